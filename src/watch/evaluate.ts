import type { EcsDeployment, EcsService, EcsTask } from '../evidence/schema.js'
import { isBenignStop, isStopped } from '../diagnose/stops.js'
import type { ClassifiedStop, Decision, FailureSignature, Observation, WatchBaseline } from './types.js'

/** Fargate stops a task that has not left PENDING after about three minutes; past that it is stuck. */
export const FARGATE_PENDING_LIMIT_MS = 3 * 60_000

const PLACEMENT_CODES = new Set(['placement-failed', 'subnet-ip-exhausted'])

/** ECS event templates that say tasks cannot be placed or launched (field guide §8, §13, §14). */
const CANNOT_START_EVENT =
  /was unable to place a task|failed to launch a task|unable to stop or start tasks during a deployment|insufficient ?free ?addresses/i

export function findDeployment(service: EcsService, id: string): EcsDeployment | undefined {
  return service.deployments?.find((d) => d.id === id)
}

export function failureSignatures(stops: ClassifiedStop[]): FailureSignature[] {
  const bySignature = new Map<string, FailureSignature>()
  for (const { classification } of stops) {
    const entry = bySignature.get(classification.signature) ?? {
      signature: classification.signature,
      count: 0,
      deterministic: classification.deterministic
    }
    entry.count += 1
    bySignature.set(classification.signature, entry)
  }
  return [...bySignature.values()].sort((a, b) => b.count - a.count)
}

export function failedStops(tasks: EcsTask[], classify: (task: EcsTask) => ClassifiedStop['classification']) {
  return tasks
    .filter((t) => isStopped(t) && !isBenignStop(t))
    .map((task) => ({ task, classification: classify(task) }))
}

function eventsSince(service: EcsService, sinceIso: string | undefined) {
  return (service.events ?? []).filter((e) => !sinceIso || (e.createdAt ?? '') >= sinceIso)
}

function rollbackDecision(
  service: EcsService,
  baseline: WatchBaseline,
  ours: EcsDeployment | undefined
): Decision | null {
  const id = baseline.deploymentId
  if (ours?.rolloutState === 'FAILED') {
    const primary = service.deployments?.find((d) => d.status === 'PRIMARY' && d.id !== id)
    const target = primary ? ` and rolled back to ${primary.id} (${shortTaskDefinition(primary.taskDefinition)})` : ''
    return {
      verdict: 'rolled-back',
      reason: `The deployment circuit breaker marked ${id} FAILED${target}: ${ours.rolloutStateReason ?? 'no reason given'}`
    }
  }
  const primary = service.deployments?.find((d) => d.status === 'PRIMARY')
  if (!primary || primary.id === id) return null
  const rolledBack =
    baseline.previousTaskDefinitions.includes(primary.taskDefinition ?? '') ||
    (service.events ?? []).some((e) => /rolling back to deployment/i.test(e.message ?? ''))
  if (rolledBack)
    return {
      verdict: 'rolled-back',
      reason: `${id} was replaced by a rollback to ${primary.id} (${shortTaskDefinition(primary.taskDefinition)}); the service now runs the old revision`
    }
  return {
    verdict: 'failed',
    reason: `${id} was superseded by a newer deployment ${primary.id} (${shortTaskDefinition(primary.taskDefinition)}) before it completed`
  }
}

function failureDecision(stops: ClassifiedStop[], baseline: WatchBaseline, anyRunning: boolean): Decision | null {
  for (const signature of failureSignatures(stops)) {
    const threshold = signature.deterministic ? 1 : baseline.maxFailedTasks
    if (signature.count < threshold) continue
    const code = stops.find((s) => s.classification.signature === signature.signature)?.classification.code
    const tasks = signature.count === 1 ? '1 task' : `${signature.count} tasks`
    const kind = signature.deterministic ? 'a failure that repeats on every start' : 'the same failure'
    if (code && PLACEMENT_CODES.has(code) && !anyRunning)
      return { verdict: 'stuck', reason: `${tasks} of ${baseline.deploymentId} could not be placed: ${signature.signature}` }
    return { verdict: 'failed', reason: `${tasks} of ${baseline.deploymentId} stopped with ${kind}: ${signature.signature}` }
  }
  return null
}

function stuckDecision(
  observation: Observation,
  baseline: WatchBaseline,
  ours: EcsDeployment | undefined,
  confirmedPlacementEvents: string[]
): Decision | null {
  const anyRunning = observation.tasks.some((t) => t.lastStatus === 'RUNNING') || (ours?.runningCount ?? 0) > 0
  if (anyRunning) return null
  if (confirmedPlacementEvents.length > 0)
    return { verdict: 'stuck', reason: `No task of ${baseline.deploymentId} is running: ${confirmedPlacementEvents[0]}` }
  const waiting = observation.tasks.filter(
    (t) =>
      (t.lastStatus === 'PROVISIONING' || t.lastStatus === 'PENDING') &&
      !pulling(t) &&
      observation.nowMs - Date.parse(t.createdAt ?? '') > FARGATE_PENDING_LIMIT_MS
  )
  if (waiting.length > 0)
    return {
      verdict: 'stuck',
      reason: `${waiting.length} task(s) of ${baseline.deploymentId} have been ${waiting[0].lastStatus} for over 3 minutes`
    }
  return null
}

/** A large image still being pulled is slow, not stuck (field guide §13b). */
function pulling(task: EcsTask): boolean {
  return Boolean(task.pullStartedAt) && !task.pullStoppedAt
}

function isStable(service: EcsService, ours: EcsDeployment | undefined): boolean {
  if (!ours || service.deployments?.length !== 1) return false
  const running = ours.runningCount ?? 0
  return (
    running === (ours.desiredCount ?? -1) &&
    (ours.pendingCount ?? 0) === 0 &&
    (ours.rolloutState === undefined || ours.rolloutState === 'COMPLETED')
  )
}

/** Placement events of our deployment's window that are still current (seen on two polls, nothing running). */
export function cannotStartEvents(service: EcsService, since: string | undefined): string[] {
  return eventsSince(service, since)
    .map((e) => e.message ?? '')
    .filter((m) => CANNOT_START_EVENT.test(m))
}

export interface EvaluateInput {
  observation: Observation
  baseline: WatchBaseline
  stops: ClassifiedStop[]
  /** Placement/launch events confirmed on consecutive polls. */
  confirmedPlacementEvents: string[]
}

/** The verdict, or null to keep watching. Pure: the same observation always gives the same answer. */
export function evaluate({ observation, baseline, stops, confirmedPlacementEvents }: EvaluateInput): Decision | null {
  const { service } = observation
  if (service.status === 'INACTIVE' || service.status === 'DRAINING')
    return { verdict: 'failed', reason: `The service became ${service.status} (deleted) while ${baseline.deploymentId} was deploying` }
  const ours = findDeployment(service, baseline.deploymentId)
  const anyRunning = observation.tasks.some((t) => t.lastStatus === 'RUNNING')
  const decision =
    rollbackDecision(service, baseline, ours) ??
    failureDecision(stops, baseline, anyRunning) ??
    stuckDecision(observation, baseline, ours, confirmedPlacementEvents)
  if (decision) return decision
  if (isStable(service, ours))
    return {
      verdict: 'stable',
      reason: `${baseline.deploymentId} is the only deployment with ${ours?.runningCount}/${ours?.desiredCount} tasks running${ours?.rolloutState ? ` (${ours.rolloutState})` : ''}`
    }
  return null
}

export function shortTaskDefinition(arn: string | undefined): string {
  return arn?.split('/').pop() ?? 'unknown task definition'
}
