/** Typed, validated inputs shared by the action and the CLI. Bad values fail at once, naming the input. */

/** What to do when a deployment fails: only report it (the default), or also roll the service back. */
export const ON_FAILURE = ['report', 'rollback'] as const
export type OnFailure = (typeof ON_FAILURE)[number]

export interface Inputs {
  cluster: string
  /** The first (or only) service; see `services`. */
  service: string
  /** Every service named in the 'service' input (comma- or newline-separated), in order. */
  services: string[]
  region: string
  deploymentId?: string
  taskDefinition?: string
  /** CODE_DEPLOY services: the CodeDeploy deployment to follow (`d-…`). */
  codeDeployDeploymentId?: string
  timeoutMinutes: number
  pollIntervalSeconds: number
  maxFailedTasks: number
  githubToken: string
  commentOnPr: boolean
  logLines: number
  onFailure: OnFailure
}

/** Raw values by input name as the runner gives them ('' when not set). */
export type RawInputs = Partial<Record<InputName, string>>

export type InputName =
  | 'cluster'
  | 'service'
  | 'region'
  | 'deployment-id'
  | 'task-definition'
  | 'codedeploy-deployment-id'
  | 'timeout-minutes'
  | 'poll-interval-seconds'
  | 'max-failed-tasks'
  | 'github-token'
  | 'comment-on-pr'
  | 'log-lines'
  | 'on-failure'

export const DEFAULTS = {
  timeoutMinutes: 15,
  pollIntervalSeconds: 10,
  maxFailedTasks: 2,
  logLines: 50
} as const

export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string
  ) {
    super(`Input '${input}' ${message}`)
    this.name = 'InputError'
  }
}

const NAME = /^[A-Za-z0-9_-]{1,255}$/
const ECS_ARN = (kind: string) => new RegExp(`^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\\d{12}:${kind}/[A-Za-z0-9_/-]{1,512}$`)
/** The shape of every region code: geography, an optional partition or country part (gov, isob, de ...), direction, number. */
const REGION = /^[a-z]{2,4}(-[a-z]{2,4})?-(north|south|east|west|central|northeast|northwest|southeast|southwest)-\d{1,2}$/
const DEPLOYMENT_ID = /^ecs-svc\/\d{1,25}$/
const CODEDEPLOY_DEPLOYMENT_ID = /^d-[A-Z0-9]{9}$/
const TASK_DEFINITION =
  /^(arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/)?[A-Za-z0-9_-]{1,255}:\d{1,10}$/

function shown(value: string): string {
  return value.length > 80 ? `'${value.slice(0, 77)}...'` : `'${value}'`
}

function required(raw: RawInputs, name: InputName, accepted: string): string {
  const value = (raw[name] ?? '').trim()
  if (value === '') throw new InputError(name, `is required: ${accepted}`)
  return value
}

function nameOrArn(raw: RawInputs, name: InputName, kind: 'cluster' | 'service'): string {
  const accepted = `a ${kind} name (letters, digits, '-' and '_', up to 255) or an ECS ${kind} ARN`
  const value = required(raw, name, accepted)
  if (NAME.test(value) || ECS_ARN(kind).test(value)) return value
  throw new InputError(name, `must be ${accepted} (got ${shown(value)})`)
}

function number(
  raw: RawInputs,
  name: InputName,
  fallback: number,
  range: { min: number; max: number; integer: boolean; unit: string }
): number {
  const text = (raw[name] ?? '').trim()
  if (text === '') return fallback
  const kind = range.integer ? 'a whole number' : 'a number'
  const accepted = `must be ${kind} of ${range.unit} from ${range.min} to ${range.max}`
  if (!/^\d+(\.\d+)?$/.test(text)) throw new InputError(name, `${accepted} (got ${shown(text)})`)
  const value = Number(text)
  if (range.integer && !Number.isInteger(value)) throw new InputError(name, `${accepted} (got ${shown(text)})`)
  if (value < range.min || value > range.max) throw new InputError(name, `${accepted} (got ${shown(text)})`)
  return value
}

function boolean(raw: RawInputs, name: InputName, fallback: boolean): boolean {
  const text = (raw[name] ?? '').trim().toLowerCase()
  if (text === '') return fallback
  if (text === 'true') return true
  if (text === 'false') return false
  throw new InputError(name, `must be 'true' or 'false' (got ${shown(raw[name] ?? '')})`)
}

function oneOf<T extends string>(raw: RawInputs, name: InputName, accepted: readonly T[], fallback: T): T {
  const text = (raw[name] ?? '').trim()
  if (text === '') return fallback
  const value = accepted.find((a) => a === text.toLowerCase())
  if (value) return value
  throw new InputError(name, `must be ${accepted.map((a) => `'${a}'`).join(' or ')} (got ${shown(raw[name] ?? '')})`)
}

function optional(raw: RawInputs, name: InputName, pattern: RegExp, accepted: string): string | undefined {
  const value = (raw[name] ?? '').trim()
  if (value === '') return undefined
  if (!pattern.test(value)) throw new InputError(name, `must be ${accepted} (got ${shown(value)})`)
  return value
}

function region(raw: RawInputs, env: Record<string, string | undefined>): string {
  const accepted = "an AWS region code such as 'eu-west-1'"
  const value = (raw.region ?? '').trim() || env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || ''
  if (value === '')
    throw new InputError(
      'region',
      `is required when AWS_REGION is not set (aws-actions/configure-aws-credentials sets it): ${accepted}`
    )
  if (!REGION.test(value)) throw new InputError('region', `must be ${accepted} (got ${shown(value)})`)
  return value
}

export const MAX_SERVICES = 50

function serviceList(raw: RawInputs): string[] {
  const accepted = "a service name (letters, digits, '-' and '_', up to 255) or an ECS service ARN"
  const items = (raw.service ?? '')
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
  if (items.length === 0) throw new InputError('service', `is required: ${accepted}; several may be given, comma- or newline-separated`)
  if (items.length > MAX_SERVICES) throw new InputError('service', `names ${items.length} services; at most ${MAX_SERVICES} are accepted`)
  for (const item of items) nameOrArn({ service: item }, 'service', 'service')
  const names = items.map(resourceName)
  const second = names.findIndex((name, i) => names.indexOf(name) !== i)
  if (second >= 0) {
    const first = names.indexOf(names[second])
    const why = items[first] === items[second] ? '' : ' (a name and an ARN of one service count as the same)'
    throw new InputError('service', `names '${names[second]}' twice${why}`)
  }
  return items
}

/**
 * The name of a cluster or service given by name or ARN: "api" for "arn:aws:ecs:eu-west-1:123456789012:service/prod/api"
 * (and for the older "service/api" ARN format). Outputs and comment keys use it, so an ARN and a name agree.
 */
export function resourceName(nameOrArn: string): string {
  return nameOrArn.startsWith('arn:') ? nameOrArn.slice(nameOrArn.lastIndexOf('/') + 1) : nameOrArn
}

/** Validates every input; the first bad one throws an InputError naming it and what is accepted. */
export function parseInputs(raw: RawInputs, env: Record<string, string | undefined> = process.env): Inputs {
  const services = serviceList(raw)
  const inputs: Inputs = {
    cluster: nameOrArn(raw, 'cluster', 'cluster'),
    service: services[0],
    services,
    region: region(raw, env),
    deploymentId: optional(raw, 'deployment-id', DEPLOYMENT_ID, "an ECS deployment id such as 'ecs-svc/1234567890123456789'"),
    taskDefinition: optional(
      raw,
      'task-definition',
      TASK_DEFINITION,
      "a task definition ARN or 'family:revision' such as 'api:42'"
    ),
    codeDeployDeploymentId: optional(
      raw,
      'codedeploy-deployment-id',
      CODEDEPLOY_DEPLOYMENT_ID,
      "a CodeDeploy deployment id such as 'd-A1B2C3D4E'"
    ),
    timeoutMinutes: number(raw, 'timeout-minutes', DEFAULTS.timeoutMinutes, {
      min: 0.1,
      max: 360,
      integer: false,
      unit: 'minutes'
    }),
    pollIntervalSeconds: number(raw, 'poll-interval-seconds', DEFAULTS.pollIntervalSeconds, {
      min: 2,
      max: 300,
      integer: false,
      unit: 'seconds'
    }),
    maxFailedTasks: number(raw, 'max-failed-tasks', DEFAULTS.maxFailedTasks, {
      min: 1,
      max: 100,
      integer: true,
      unit: 'tasks'
    }),
    githubToken: (raw['github-token'] ?? '').trim(),
    commentOnPr: boolean(raw, 'comment-on-pr', true),
    logLines: number(raw, 'log-lines', DEFAULTS.logLines, { min: 1, max: 10000, integer: true, unit: 'lines' }),
    onFailure: oneOf(raw, 'on-failure', ON_FAILURE, 'report')
  }
  if (services.length > 1) {
    for (const name of ['deployment-id', 'task-definition', 'codedeploy-deployment-id'] as const)
      if ((raw[name] ?? '').trim() !== '')
        throw new InputError(name, `applies to one service, but 'service' names ${services.length}; leave it empty to follow each service's PRIMARY deployment`)
  }
  return inputs
}

export const INPUT_NAMES: InputName[] = [
  'cluster',
  'service',
  'region',
  'deployment-id',
  'task-definition',
  'codedeploy-deployment-id',
  'timeout-minutes',
  'poll-interval-seconds',
  'max-failed-tasks',
  'github-token',
  'comment-on-pr',
  'log-lines',
  'on-failure'
]
