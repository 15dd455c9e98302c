/**
 * Classifies stops of tasks that never reached RUNNING (or whose container could not be created)
 * from the structure of the message: the stage that failed and the innermost decisive cause.
 * Returns null for stops that are the runtime side's (exits, OOM, health checks, OCI exec errors).
 */
import type { EcsTask } from '../../evidence/schema.js'
import type { RootCauseCode } from '../../types.js'
import type { StopClassification, StopInput } from '../classification.js'
import { parseMessage, stripVolatile, type ParsedMessage, type Stage } from '../messages.js'
import { normaliseReason } from '../stops.js'
import type { Confidence } from '../types.js'

export interface StartupCode {
  code: RootCauseCode
  confidence: Confidence
  deterministic: boolean
}

export interface HostKind {
  /** The task ran on an EC2 container instance (the agent pulls from the host). */
  ec2: boolean
}

const IMAGE_STAGES: Stage[] = ['ecr-auth', 'image-manifest', 'image-layer', 'image-pull']
const SECRET_STAGES: Stage[] = ['secrets-manager', 'ssm', 'registry-credentials', 'env-files']

/** Health-check kills, exits and OOM belong to the runtime rules; so do OCI exec failures of the app's command. */
const RUNTIME_ONLY = /^(?:Essential container in task exited|Task failed (?:ELB|container) health checks|OutOfMemoryError|Scaling activity initiated by)/i
const OCI_EXEC =
  /OCI runtime|executable file not found|exec: "|starting container process caused|unable to start container process|no such file or directory|permission denied: unknown/i

export function isEc2Task(task: EcsTask): boolean {
  return task.launchType === 'EC2' || Boolean(task.containerInstanceArn) || task.launchType === 'EXTERNAL'
}

const ok = (code: RootCauseCode, confidence: Confidence, deterministic: boolean): StartupCode => ({ code, confidence, deterministic })

/** The startup root cause a message stands for, or null when the message is not a startup failure. */
export function codeForMessage(parsed: ParsedMessage, host: HostKind): StartupCode | null {
  const text = parsed.text
  if (!text || RUNTIME_ONLY.test(text)) return null
  const special = specialCases(text)
  if (special) return special
  if (parsed.cause === 'platform') return ok('image-platform-mismatch', 'high', true)
  if (OCI_EXEC.test(text) && !['network', 'dns', 'disk'].includes(parsed.cause) && parsed.stage !== 'logs') return null
  const confidence: Confidence = parsed.weak ? 'medium' : 'high'

  switch (parsed.cause) {
    case 'rate-limit':
      return ok('image-pull-rate-limited', 'high', false)
    case 'throttled':
      return IMAGE_STAGES.includes(parsed.stage) ? ok('image-pull-rate-limited', 'medium', false) : null
    case 'disk':
      return onHost(text, host) ? ok('container-instance-unhealthy', 'high', false) : ok('ephemeral-storage-exhausted', 'high', false)
    case 'kms-denied':
      return ok('secret-access-denied', 'high', true)
    case 'access-denied':
      return accessDenied(parsed, confidence)
    case 'not-found':
      return notFound(parsed, confidence)
    case 'invalid':
      return invalid(parsed)
    case 'network':
    case 'dns':
      return ok('network-unreachable', parsed.weak ? 'medium' : 'high', false)
    default:
      return undecided(parsed)
  }
}

function specialCases(text: string): StartupCode | null {
  if (/unable to assume (?:the )?(?:service[- ]linked )?role|service linked role|sts:AssumeRole/i.test(text)) return ok('role-invalid', 'high', true)
  if (/InsufficientFreeAddressesInSubnet|not enough free addresses in subnet/i.test(text)) return ok('subnet-ip-exhausted', 'high', false)
  if (/Timeout waiting for (?:network interface|EphemeralStorage) provisioning|network interface provision/i.test(text)) {
    return ok('placement-failed', 'low', false)
  }
  if (/^Host EC2 \(instance [^)]+\) (?:stopped|terminated)|container instance .*(?:deregistered|drain)/i.test(text)) {
    return ok('container-instance-unhealthy', 'medium', false)
  }
  if (/Your Spot Task was interrupted|SpotInterruption/i.test(text)) return ok('spot-interruption', 'high', false)
  if (/^(?:DockerTimeoutError|CannotInspectContainerError)\b/i.test(text)) return ok('container-instance-unhealthy', 'medium', false)
  return null
}

/** Disk full on the container instance (Docker's root, devicemapper) rather than the task's own storage. */
function onHost(text: string, host: HostKind): boolean {
  return host.ec2 || /devmapper|thin pool|\/var\/lib\/docker/i.test(text)
}

function serviceOf(action: string | undefined): string | undefined {
  return action?.split(':')[0].toLowerCase()
}

function accessDenied(parsed: ParsedMessage, confidence: Confidence): StartupCode | null {
  const service = serviceOf(parsed.permission?.action)
  if (service === 'ecr') return ok('image-pull-access-denied', confidence, true)
  if (service === 'secretsmanager' || service === 'ssm' || service === 'kms') return ok('secret-access-denied', confidence, true)
  if (service === 'logs') return ok('log-config-error', confidence, true)
  if (service === 's3') return parsed.stage === 'env-files' ? ok('secret-access-denied', confidence, true) : ok('image-pull-access-denied', confidence, true)
  if (service === 'sts') return ok('role-invalid', confidence, true)
  if (IMAGE_STAGES.includes(parsed.stage)) return ok('image-pull-access-denied', parsed.weak ? 'low' : confidence, true)
  if (SECRET_STAGES.includes(parsed.stage)) return ok('secret-access-denied', confidence, true)
  if (parsed.stage === 'logs') return ok('log-config-error', confidence, true)
  return null
}

function notFound(parsed: ParsedMessage, confidence: Confidence): StartupCode | null {
  const kind = parsed.notFound?.kind
  if (kind === 'ssm-parameter' || kind === 'json-key' || kind === 'secret') return ok('secret-not-found', confidence, true)
  if (kind === 'log-group') return ok('log-config-error', confidence, true)
  if (SECRET_STAGES.includes(parsed.stage)) return ok('secret-not-found', confidence, true)
  if (parsed.stage === 'logs') return ok('log-config-error', confidence, true)
  if (kind === 'image' || kind === 'repository' || IMAGE_STAGES.includes(parsed.stage)) return ok('image-not-found', confidence, true)
  if (parsed.stage === 'container-create' || parsed.stage === 'container-start') return ok('invalid-task-definition', 'medium', true)
  return null
}

function invalid(parsed: ParsedMessage): StartupCode | null {
  if (parsed.stage === 'logs') return ok('log-config-error', 'high', true)
  if (SECRET_STAGES.includes(parsed.stage)) return ok('secret-not-found', 'medium', true)
  if (IMAGE_STAGES.includes(parsed.stage)) return ok('image-not-found', 'medium', true)
  if (parsed.stage === 'container-create' || parsed.stage === 'container-start') return ok('invalid-task-definition', 'medium', true)
  return null
}

/**
 * Nothing decisive survived (ECS cut the message, or only the stage is named). The retry count
 * hints: the agent retries transport errors several times, while AccessDenied / not found fail
 * after one attempt. Low confidence; the explainers let the deeper evidence decide.
 */
function undecided(parsed: ParsedMessage): StartupCode | null {
  const transient = (parsed.retries ?? 0) >= 3
  switch (parsed.stage) {
    case 'secrets-manager':
    case 'ssm':
    case 'registry-credentials':
    case 'env-files':
      return transient ? ok('network-unreachable', 'low', false) : ok('secret-access-denied', 'low', false)
    case 'ecr-auth':
      return transient ? ok('network-unreachable', 'low', false) : ok('image-pull-access-denied', 'low', false)
    case 'image-manifest':
    case 'image-layer':
    case 'image-pull':
      return ok('image-not-found', 'low', false)
    case 'logs':
      return ok('log-config-error', 'low', false)
    case 'container-create':
      return ok('invalid-task-definition', 'low', false)
    default:
      return null
  }
}

export interface StartupReason {
  parsed: ParsedMessage
  startup: StartupCode
  containerName?: string
}

/** The first of the task's stoppedReason and container reasons that reads as a startup failure. */
export function startupReasonOf(task: EcsTask): StartupReason | null {
  const host = { ec2: isEc2Task(task) }
  const candidates: { text: string; containerName?: string }[] = []
  if (task.stoppedReason) candidates.push({ text: task.stoppedReason })
  for (const container of task.containers ?? []) {
    if (container.reason) candidates.push({ text: container.reason, containerName: container.name })
  }
  for (const candidate of candidates) {
    const parsed = parseMessage(candidate.text)
    const startup = codeForMessage(parsed, host)
    if (startup) return { parsed, startup, ...(candidate.containerName ? { containerName: candidate.containerName } : {}) }
  }
  return null
}

export function signatureOf(code: RootCauseCode, parsed: ParsedMessage): string {
  const decisive = parsed.causeText || parsed.clauses[parsed.clauses.length - 1] || parsed.text
  return `${code}: ${normaliseReason(stripVolatile(`${parsed.stage} ${parsed.errorType ?? ''} ${decisive}`))}`
}

/** What the cause clause says, for one line of evidence. */
export function causeLine(parsed: ParsedMessage): string {
  const line = parsed.causeText || parsed.text
  return line.length > 400 ? `${line.slice(0, 400)}…` : line
}

export function classifyStartupStop(input: StopInput): StopClassification | null {
  const reason = startupReasonOf(input.task)
  if (!reason) return null
  const { parsed, startup } = reason
  const containerName = reason.containerName ?? input.task.containers?.find((c) => c.reason)?.name
  return {
    code: startup.code,
    confidence: startup.confidence,
    deterministic: startup.deterministic,
    signature: signatureOf(startup.code, parsed),
    cause: causeLine(parsed),
    ...(containerName ? { containerName } : {}),
    exitCode: null
  }
}
