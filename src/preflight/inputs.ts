/**
 * Preflight inputs, shared by the preflight action and `ecs-deploy-doctor preflight`. The inputs it
 * shares with the post-deploy action are validated by the same code (parseInputs); a bad value fails at
 * once with one line naming the input and what it accepts.
 */
import { InputError, parseInputs } from '../inputs/inputs.js'
import { FAIL_ON, type FailOn } from './types.js'

export type PreflightInputName = 'cluster' | 'service' | 'task-definition' | 'region' | 'fail-on' | 'github-token' | 'comment-on-pr'

export const PREFLIGHT_INPUT_NAMES: PreflightInputName[] = ['cluster', 'service', 'task-definition', 'region', 'fail-on', 'github-token', 'comment-on-pr']

export type RawPreflightInputs = Partial<Record<PreflightInputName, string>>

/** A registered revision (ARN or family:revision), or the path of a task definition JSON file. */
export type TaskDefinitionInput = { kind: 'registered'; reference: string } | { kind: 'file'; path: string }

export interface PreflightInputs {
  cluster: string
  service: string
  region: string
  taskDefinition: TaskDefinitionInput
  failOn: FailOn
  githubToken: string
  commentOnPr: boolean
}

const REGISTERED = /^(arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/)?[A-Za-z0-9_-]{1,255}:\d{1,10}$/

export const TASK_DEFINITION_ACCEPTED =
  "a task definition JSON file (as aws-actions/amazon-ecs-render-task-definition writes it), a task definition ARN, or 'family:revision' such as 'api:42'"

function taskDefinition(raw: RawPreflightInputs): TaskDefinitionInput {
  const value = (raw['task-definition'] ?? '').trim()
  if (value === '') throw new InputError('task-definition', `is required: ${TASK_DEFINITION_ACCEPTED}`)
  if (REGISTERED.test(value)) return { kind: 'registered', reference: value }
  if (value.startsWith('arn:')) throw new InputError('task-definition', `must be ${TASK_DEFINITION_ACCEPTED} (got '${value.slice(0, 80)}')`)
  return { kind: 'file', path: value }
}

function failOn(raw: RawPreflightInputs): FailOn {
  const value = (raw['fail-on'] ?? '').trim().toLowerCase()
  if (value === '') return 'error'
  const accepted = FAIL_ON.find((a) => a === value)
  if (accepted) return accepted
  throw new InputError('fail-on', `must be 'error' or 'warning' (got '${(raw['fail-on'] ?? '').slice(0, 80)}')`)
}

/** Validates every input; the first bad one throws an InputError naming it and what is accepted. */
export function parsePreflightInputs(raw: RawPreflightInputs, env: Record<string, string | undefined> = process.env): PreflightInputs {
  const shared = parseInputs(
    { cluster: raw.cluster, service: raw.service, region: raw.region, 'github-token': raw['github-token'], 'comment-on-pr': raw['comment-on-pr'] },
    env
  )
  if (shared.services.length > 1) {
    throw new InputError('service', `names ${shared.services.length} services; preflight checks one service and its task definition per step`)
  }
  return {
    cluster: shared.cluster,
    service: shared.service,
    region: shared.region,
    taskDefinition: taskDefinition(raw),
    failOn: failOn(raw),
    githubToken: shared.githubToken,
    commentOnPr: shared.commentOnPr
  }
}
