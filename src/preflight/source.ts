/**
 * The task definition to check: a rendered JSON file (not registered yet), or a registered revision read
 * with DescribeTaskDefinition.
 */
import { DescribeTaskDefinitionCommand, type ECSClient } from '@aws-sdk/client-ecs'
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { errorMessage, errorName, isAccessDenied } from '../aws/errors.js'
import type { EcsTaskDefinition } from '../evidence/schema.js'
import { toJson } from '../evidence/json.js'
import { InputError } from '../inputs/inputs.js'
import { deniedError, PreflightError } from './errors.js'
import { TASK_DEFINITION_ACCEPTED, type TaskDefinitionInput } from './inputs.js'
import type { Candidate } from './types.js'

export interface LoadedTaskDefinition {
  taskDefinition: EcsTaskDefinition
  candidate: Candidate
}

export async function loadTaskDefinition(input: TaskDefinitionInput, ecs: ECSClient): Promise<LoadedTaskDefinition> {
  if (input.kind === 'file') {
    const taskDefinition = parseTaskDefinitionFile(await readTaskDefinitionFile(input.path), input.path)
    return { taskDefinition, candidate: { label: `${taskDefinition.family ?? 'task definition'} (${basename(input.path)})`, source: 'file' } }
  }
  const taskDefinition = await describeCandidate(ecs, input.reference)
  return { taskDefinition, candidate: { label: revisionLabel(taskDefinition) ?? input.reference, source: 'registered' } }
}

async function readTaskDefinitionFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    const reason = (error as { code?: string }).code === 'ENOENT' ? 'no such file' : errorMessage(error)
    throw new InputError('task-definition', `'${path.slice(0, 200)}' cannot be read (${reason}); it must be ${TASK_DEFINITION_ACCEPTED}`)
  }
}

/**
 * A task definition as JSON: the RegisterTaskDefinition input the render action writes, or the output
 * of describe-task-definition ({"taskDefinition": {...}}). Task cpu and memory written as numbers are
 * read as the strings ECS uses.
 */
export function parseTaskDefinitionFile(text: string, path: string): EcsTaskDefinition {
  const notTaskDefinition = (why: string) => new InputError('task-definition', `file '${path.slice(0, 200)}' is not a task definition: ${why}`)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw notTaskDefinition(`invalid JSON (${errorMessage(error).slice(0, 200)})`)
  }
  const document = isObject(parsed) && isObject(parsed.taskDefinition) ? parsed.taskDefinition : parsed
  if (!isObject(document)) throw notTaskDefinition('the file holds no JSON object')
  const containers = document.containerDefinitions
  if (!Array.isArray(containers) || containers.length === 0) throw notTaskDefinition('it has no containerDefinitions')
  const unnamed = containers.findIndex((c) => !isObject(c) || typeof c.name !== 'string' || typeof c.image !== 'string')
  if (unnamed >= 0) throw notTaskDefinition(`containerDefinitions[${unnamed}] needs a "name" and an "image"`)
  return { ...document, ...sizes(document) } as EcsTaskDefinition
}

function sizes(document: Record<string, unknown>): Record<string, string> {
  const result: Record<string, string> = {}
  for (const key of ['cpu', 'memory']) if (typeof document[key] === 'number') result[key] = String(document[key])
  return result
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

async function describeCandidate(ecs: ECSClient, reference: string): Promise<EcsTaskDefinition> {
  try {
    const output = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: reference }))
    if (output.taskDefinition) return toJson(output.taskDefinition) as EcsTaskDefinition
  } catch (error) {
    if (isAccessDenied(error)) throw deniedError('ecs:DescribeTaskDefinition', error)
    if (errorName(error) !== 'ClientException') throw error
  }
  throw new PreflightError(`Task definition '${reference}' was not found in this region. Check the 'task-definition' and 'region' inputs.`)
}

/** "api:42" for a registered task definition. */
export function revisionLabel(taskDefinition: EcsTaskDefinition | null | undefined): string | undefined {
  if (taskDefinition?.family && taskDefinition.revision !== undefined) return `${taskDefinition.family}:${taskDefinition.revision}`
  return /task-definition\/([^/]+:\d+)$/.exec(taskDefinition?.taskDefinitionArn ?? '')?.[1]
}
