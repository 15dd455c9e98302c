/**
 * Reads one stopped task that started and then died: which container is the culprit, what its exit
 * code, container reason and logs say, and therefore which root-cause code applies.
 *
 * Order matters: the stop reason first (a health-check kill explains a 137 or 143), then
 * CannotStartContainerError exec failures, then the culprit container's reason (OutOfMemoryError),
 * then environment facts in its logs (exec format error, OOM, no space, command not found), then the
 * exit code (139, 137), then what the application logged, then the bare code. The messages are those of
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/stopped-task-errors.html.
 */
import type { EcsTask, EcsTaskDefinition } from '../../evidence/schema.js'
import type { RootCauseCode } from '../../types.js'
import type { StopClassification, StopInput } from '../classification.js'
import { readStartFailure, type StartFailure } from '../container-start.js'
import { normaliseReason } from '../signature.js'
import type { Confidence } from '../types.js'
import { isLocalHost, type LogSignal } from './log-signals.js'
import { analyseLogs, type LogAnalysis } from './logs.js'
import { quoteLine } from '../../redact.js'
import { containerPorts, isEssential, type TaskContainer } from './task-facts.js'
import { SERVICE_CONNECT_CONTAINER } from './service-connect.js'

/** Secrets Manager, SSM parameters and the KMS key that encrypts them, by IAM action or SDK operation name. */
const SECRET_ACTION = /^(?:secretsmanager:|ssm:GetParameter|kms:Decrypt)|^(?:GetSecretValue|GetParameters?|GetParametersByPath|Decrypt)$/i

export type ReadingKind = 'exit' | 'elb-health-check' | 'container-health-check' | 'cannot-start'

/** Why an exit reading landed on its code; explainers word the finding from it. */
export type ExitDetail =
  | 'oom-killed'
  | 'runtime-heap'
  | 'platform'
  | 'command'
  | 'no-space'
  | 'segfault'
  | 'missing-env'
  | 'missing-config-file'
  | 'local-default'
  | 'sidecar-dependency'
  | 'remote-dependency'
  | 'address-in-use'
  | 'privileged-port'
  | 'module-not-found'
  | 'path-not-writable'
  | 'usage'
  | 'sigkill'
  | 'sigterm'
  | 'essential-exit-zero'
  | 'init-oom'
  | 'log-router'
  | 'service-connect'
  | 'app-aws-denied'
  | 'generic'

export interface RuntimeReading {
  kind: ReadingKind
  code: RootCauseCode
  confidence: Confidence
  deterministic: boolean
  cause: string
  containerName?: string
  exitCode?: number | null
  containerReason?: string
  detail?: ExitDetail
  logs: LogAnalysis
  signal?: LogSignal
  /** For a process the runtime could not start: the runtime's reason, and the message it came in. */
  startFailure?: StartFailure
  message?: string
}

const ELB_KILL = /^Task failed (?:ELB|Elastic Load Balancing|load balancer|VPC Lattice) health checks/i
const CONTAINER_HEALTH_KILL = /^Task failed container health checks/i
const ESSENTIAL_EXITED = /^Essential container in task exited/i
const OOM = /OutOfMemoryError/i

export function readRuntimeStop(input: StopInput): RuntimeReading | null {
  const { task } = input
  const reason = task.stoppedReason ?? ''
  if (ELB_KILL.test(reason)) return healthCheckReading(input, 'elb-health-check')
  if (CONTAINER_HEALTH_KILL.test(reason)) return healthCheckReading(input, 'container-health-check')
  const cannotStart = cannotStartReading(input)
  if (cannotStart) return cannotStart
  if (!containerExited(input)) return null
  const container = culprit(task, input.taskDefinition, input.logs)
  return container ? exitReading(input, container, OOM.test(reason) ? reason : undefined) : null
}

/**
 * A task still running whose logs name a failure (no task of the deployment stopped, or none was
 * kept): the same reading as an exit, one step less sure, and nothing at all without a signal or an error.
 */
/**
 * A task still RUNNING whose container health check reports UNHEALTHY: ECS replaces it soon, and a deployment
 * that ends (or times out) that way failed its container health check even before any task stopped.
 */
export function readUnhealthyRunningTask(input: StopInput): RuntimeReading | null {
  const td = input.taskDefinition
  const unhealthy = (input.task.containers ?? []).some((c) => c.healthStatus === 'UNHEALTHY' && hasHealthCheck(td, c.name))
  if (!unhealthy) return null
  return { ...healthCheckReading(input, 'container-health-check'), confidence: 'medium' }
}

export function readRunningTask(input: StopInput): RuntimeReading | null {
  const container = culprit({ ...input.task, containers: (input.task.containers ?? []).map((c) => ({ ...c, exitCode: undefined, reason: undefined })) }, input.taskDefinition, input.logs)
  if (!container) return null
  const reading = exitReading(input, { ...container, exitCode: undefined, reason: undefined })
  if (!reading.signal && !reading.logs.firstError) return null
  return { ...reading, confidence: reading.signal && !reading.signal.weak && reading.confidence === 'high' ? 'medium' : 'low', deterministic: false }
}

/**
 * The task stopped because a container exited: ECS said so, or — when the stop reason was not kept —
 * a container's exit code, reason or logs show it.
 */
function containerExited(input: StopInput): boolean {
  const { task } = input
  const reason = task.stoppedReason ?? ''
  if (ESSENTIAL_EXITED.test(reason) || OOM.test(reason) || task.stopCode === 'EssentialContainerExited') return true
  if (reason.trim() || task.stopCode) return false
  const containers = task.containers ?? []
  return containers.some((c) => (c.exitCode !== undefined && c.exitCode !== null) || c.reason) || (input.logs ?? []).some((l) => l.lines.length > 0)
}

export function toStopClassification(task: EcsTask, reading: RuntimeReading): StopClassification {
  return {
    code: reading.code,
    confidence: reading.confidence,
    deterministic: reading.deterministic,
    signature: signatureOf(task, reading),
    cause: reading.cause,
    containerName: reading.containerName,
    exitCode: reading.exitCode
  }
}

function signatureOf(task: EcsTask, reading: RuntimeReading): string {
  const stopCode = task.stopCode ?? (reading.kind === 'cannot-start' ? 'TaskFailedToStart' : 'EssentialContainerExited')
  switch (reading.kind) {
    case 'exit':
      return `${stopCode}: ${reading.containerName} exit ${reading.exitCode ?? 'none'} (${reading.code})`
    case 'container-health-check':
      return `${stopCode}: Task failed container health checks (${reading.containerName ?? 'container'})`
    default:
      return `${stopCode}: ${normaliseReason(reading.cause)}`
  }
}

function logsFor(input: StopInput, containerName: string | undefined): LogAnalysis {
  return analyseLogs(input.logs?.find((l) => l.containerName === containerName))
}

function healthCheckReading(input: StopInput, kind: 'elb-health-check' | 'container-health-check'): RuntimeReading {
  const containers = input.task.containers ?? []
  const td = input.taskDefinition
  const serving = (name: string | undefined) => containerPorts(definitionOf(td, name)).length > 0 && isEssential(td, name)
  const container =
    kind === 'container-health-check'
      ? (containers.find((c) => c.healthStatus === 'UNHEALTHY') ?? containers.find((c) => hasHealthCheck(td, c.name)))
      : (containers.find((c) => serving(c.name)) ?? containers[0])
  const proxy = kind === 'container-health-check' && SERVICE_CONNECT_CONTAINER.test(container?.name ?? '')
  return {
    kind,
    code: proxy ? 'service-connect-failed' : kind === 'elb-health-check' ? 'elb-health-check-failed' : 'container-health-check-failed',
    confidence: 'high',
    deterministic: false,
    cause: input.task.stoppedReason ?? '',
    containerName: container?.name,
    exitCode: container?.exitCode,
    containerReason: container?.reason,
    logs: logsFor(input, container?.name),
    ...(proxy ? { detail: 'service-connect' as const } : {})
  }
}

function definitionOf(td: EcsTaskDefinition | null | undefined, name: string | undefined) {
  return td?.containerDefinitions?.find((c) => c.name === name)
}

function hasHealthCheck(td: EcsTaskDefinition | null | undefined, name: string | undefined): boolean {
  return Boolean(definitionOf(td, name)?.healthCheck?.command?.length)
}

/**
 * The runtime could not start a container's process (docs/diagnosis/messages.md §5): whatever the
 * error name and the runc, crun or Docker era, the innermost cause decides the code.
 */
function cannotStartReading(input: StopInput): RuntimeReading | null {
  const { task } = input
  const sources = [
    { text: task.stoppedReason, container: undefined },
    ...(task.containers ?? []).map((c) => ({ text: c.reason, container: c }))
  ]
  for (const source of sources) {
    const failure = source.text ? readStartFailure(source.text) : null
    const decided = failure ? startCode(failure, input.taskDefinition) : null
    if (!failure || !decided || !source.text) continue
    const container =
      source.container ?? task.containers?.find((c) => c.reason) ?? task.containers?.find((c) => isEssential(input.taskDefinition, c.name))
    return {
      kind: 'cannot-start',
      deterministic: true,
      confidence: decided.confidence,
      code: decided.code,
      detail: decided.detail,
      cause: failure.cause,
      containerName: container?.name,
      exitCode: container?.exitCode,
      containerReason: container?.reason,
      logs: logsFor(input, container?.name),
      startFailure: failure,
      message: source.text
    }
  }
  return null
}

function startCode(failure: StartFailure, td: EcsTaskDefinition | null | undefined): { code: RootCauseCode; detail: ExitDetail; confidence: Confidence } | null {
  switch (failure.kind) {
    case 'command-not-found':
    case 'not-executable':
    case 'interpreter-missing':
      return { code: 'command-not-found', detail: 'command', confidence: 'high' }
    case 'exec-format':
      return { code: 'image-platform-mismatch', detail: 'platform', confidence: 'high' }
    case 'init-oom':
      return { code: 'out-of-memory', detail: 'init-oom', confidence: 'high' }
    case 'mount':
      return efsMountPoint(td, failure.path) ? { code: 'efs-mount-failed', detail: 'generic', confidence: 'medium' } : { code: 'invalid-task-definition', detail: 'generic', confidence: 'high' }
    case 'working-directory':
    case 'user':
      return { code: 'invalid-task-definition', detail: 'generic', confidence: 'high' }
    case 'resource-limits':
      return { code: 'invalid-task-definition', detail: 'generic', confidence: 'medium' }
    default:
      return null
  }
}

/** A mount destination that is an EFS volume's container path in the task definition. */
function efsMountPoint(td: EcsTaskDefinition | null | undefined, path: string | undefined): boolean {
  if (!td || !path) return false
  const efsVolumes = new Set((td.volumes ?? []).filter((v) => v.efsVolumeConfiguration).map((v) => v.name))
  return (td.containerDefinitions ?? []).some((c) => (c.mountPoints ?? []).some((m) => efsVolumes.has(m.sourceVolume) && m.containerPath && path.endsWith(m.containerPath)))
}

/**
 * The container that stopped the task: essential ones only (a non-essential sidecar's exit never
 * stops a task), ranked so the one that failed on its own beats the ones ECS then stopped with
 * SIGTERM (143) or SIGKILL after the stop timeout (137).
 */
export function culprit(task: EcsTask, td: EcsTaskDefinition | null | undefined, logs: StopInput['logs'] = []): TaskContainer | undefined {
  const containers = task.containers ?? []
  const exited = containers.filter((c) => (c.exitCode !== undefined && c.exitCode !== null) || c.reason)
  const essential = exited.filter((c) => isEssential(td, c.name))
  const candidates = essential.length > 0 ? essential : exited
  const ranked = [...candidates].sort((a, b) => rank(a) - rank(b))[0]
  if (ranked) return ranked
  // No exit code kept (ECS had not recorded it, or the source did not quote it): the container whose logs we have.
  const logged = new Set((logs ?? []).filter((l) => l.lines.length > 0).map((l) => l.containerName))
  return containers.find((c) => logged.has(c.name ?? '')) ?? containers.find((c) => isEssential(td, c.name)) ?? containers[0]
}

function rank(container: TaskContainer): number {
  const exit = container.exitCode
  if (OOM.test(container.reason ?? '')) return 0
  if (exit === undefined || exit === null) return 6
  if (exit === 143) return 5
  if (exit === 137) return 4
  if (exit === 0) return 3
  return 1
}

/** `taskReason`: an OutOfMemoryError the task's stoppedReason carries when the container's reason is empty. */
function exitReading(input: StopInput, container: TaskContainer, taskReason?: string): RuntimeReading {
  const reason = container.reason || taskReason || ''
  const logs = logsFor(input, container.name)
  const signal = logs.decisive
  const decided =
    environmentFact(reason, container.exitCode, signal) ??
    proxyExit(container) ??
    (signal && applicationSignal(input.taskDefinition, container.name, signal)) ??
    bareExit(container, reason, logs)
  return {
    kind: 'exit',
    code: decided.code,
    detail: decided.detail,
    // A signal from a warning-level line decides only for want of anything stronger.
    confidence: signal?.weak && decided.fromSignal ? 'medium' : decided.confidence,
    deterministic: decided.deterministic ?? false,
    cause: decided.cause ?? (signal ? quoteLine(signal.line) : reason),
    containerName: container.name,
    exitCode: container.exitCode,
    containerReason: reason || undefined,
    logs,
    signal
  }
}

/** The Service Connect proxy container stopped the task: its agent or Envoy failed, not the app. */
function proxyExit(container: TaskContainer): Decision | null {
  if (!SERVICE_CONNECT_CONTAINER.test(container.name ?? '')) return null
  return { code: 'service-connect-failed', detail: 'service-connect', confidence: 'medium' }
}

interface Decision {
  code: RootCauseCode
  detail: ExitDetail
  confidence: Confidence
  /** Defaults to the decisive log line. */
  cause?: string
  deterministic?: boolean
  fromSignal?: boolean
}

/** What ECS or the kernel says happened, whatever the app logged: OOM kill, wrong platform, missing program, disk, SIGSEGV. */
function environmentFact(reason: string, exit: number | null | undefined, signal: LogSignal | undefined): Decision | null {
  if (OOM.test(reason)) return { code: 'out-of-memory', detail: 'oom-killed', confidence: 'high', cause: reason }
  if (/exec format error/i.test(reason)) {
    return { code: 'image-platform-mismatch', detail: 'platform', confidence: 'high', cause: reason, deterministic: true }
  }
  switch (signal?.kind) {
    case 'exec-format-error':
      return { code: 'image-platform-mismatch', detail: 'platform', confidence: 'high', deterministic: true }
    case 'command-not-found':
    case 'exec-permission-denied':
      return { code: 'command-not-found', detail: 'command', confidence: 'high', deterministic: true }
    case 'service-connect':
      return { code: 'service-connect-failed', detail: 'service-connect', confidence: signal.weak ? 'low' : 'medium' }
  }
  if (exit === 127 || exit === 126) {
    return { code: 'command-not-found', detail: 'command', confidence: 'medium', cause: reason || `exit code ${exit}`, deterministic: true }
  }
  if (signal?.kind === 'out-of-memory') return { code: 'out-of-memory', detail: 'runtime-heap', confidence: 'high', fromSignal: true }
  if (signal?.kind === 'no-space-left') return { code: 'ephemeral-storage-exhausted', detail: 'no-space', confidence: 'high', fromSignal: true }
  if (signal?.kind === 'segfault') return { code: 'segfault', detail: 'segfault', confidence: exit === 139 ? 'high' : 'medium' }
  if (exit === 139) return { code: 'segfault', detail: 'segfault', confidence: 'high', cause: reason || 'exit code 139 (SIGSEGV)' }
  return null
}

/** Nothing recognisable in the logs: the exit code alone. */
function bareExit(container: TaskContainer, reason: string, logs: LogAnalysis): Decision {
  const exit = container.exitCode
  const errorLine = logs.exception?.line ?? logs.firstError?.line
  const cause = errorLine ? quoteLine(errorLine) : reason || `${container.name} exited with code ${exit ?? 'none'}`
  if (exit === 137) {
    return { code: 'app-exit-error', detail: 'sigkill', confidence: 'low', cause: reason || `${container.name} exited with code 137 (SIGKILL) without an OutOfMemoryError reason` }
  }
  if (exit === 143) return { code: 'app-exit-error', detail: 'sigterm', confidence: 'low', cause }
  if (exit === 0) return { code: 'app-exit-error', detail: 'essential-exit-zero', confidence: 'high', cause: `essential container ${container.name} exited with code 0` }
  return { code: 'app-exit-error', detail: 'generic', confidence: errorLine ? 'medium' : 'low', cause }
}

function applicationSignal(td: EcsTaskDefinition | null | undefined, containerName: string | undefined, signal: LogSignal): Decision | null {
  const fromLog = (code: RootCauseCode, detail: ExitDetail, confidence: Confidence): Decision => ({ code, detail, confidence, fromSignal: true })
  switch (signal.kind) {
    case 'missing-env':
      return fromLog('missing-configuration', 'missing-env', signal.envVar ? 'high' : 'medium')
    case 'missing-config-file':
      return fromLog('missing-configuration', 'missing-config-file', 'high')
    case 'connection-failed':
      if (!isLocalHost(signal.host)) return fromLog('dependency-unreachable', 'remote-dependency', signal.host ? 'high' : 'medium')
      if (sidecarServing(td, containerName, signal.port)) return fromLog('dependency-unreachable', 'sidecar-dependency', 'high')
      return fromLog('missing-configuration', 'local-default', 'medium')
    case 'address-in-use':
      return fromLog('port-conflict', 'address-in-use', 'high')
    case 'bind-permission-denied':
      return fromLog('app-exit-error', 'privileged-port', 'high')
    case 'module-not-found':
      return fromLog('app-exit-error', 'module-not-found', 'high')
    case 'path-not-writable':
      return fromLog('app-exit-error', 'path-not-writable', 'medium')
    case 'usage-printed':
      return fromLog('app-exit-error', 'usage', 'medium')
    case 'log-router-failure':
      return fromLog('log-config-error', 'log-router', 'medium')
    case 'health-check-rejected':
      return fromLog('elb-health-check-failed', 'generic', 'medium')
    case 'aws-access-denied':
      // The app reads its own secrets (SDK or CLI at start-up): the task role, or on EC2 the instance role, lacks the action.
      return SECRET_ACTION.test(signal.action ?? '') ? fromLog('secret-access-denied', 'app-aws-denied', 'medium') : fromLog('app-exit-error', 'app-aws-denied', 'medium')
    default:
      return null
  }
}

/** Another container of the task that exposes the port: localhost is a real dependency then (a proxy sidecar). */
export function sidecarServing(td: EcsTaskDefinition | null | undefined, containerName: string | undefined, port: number | undefined) {
  if (!port) return undefined
  return td?.containerDefinitions?.find((c) => c.name !== containerName && containerPorts(c).includes(port))
}
