import type { EcsDeployment, EcsService, EcsTask } from '../evidence/schema.js'
import { formatDuration, shortTaskDefinition } from '../format.js'
import { isStopped, type StopClassifier } from '../stops.js'
import type { LaunchBlock } from './launch-block.js'
import type { ClassifiedStop, Decision, FailureSignature, Observation, WatchBaseline } from './types.js'

/** Fargate stops a task that has not left PENDING after about three minutes; past that it is stuck. */
export const FARGATE_PENDING_LIMIT_MS = 3 * 60_000

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

/** Stopped tasks whose stop is a failure; none before a classifier is loaded (no task has stopped yet). */
export function failedStops(tasks: EcsTask[], classifier: StopClassifier | undefined): ClassifiedStop[] {
  if (!classifier) return []
  return tasks
    .filter(isStopped)
    .map((task) => ({ task, classification: classifier.classify(task) }))
    .filter((stop) => stop.classification.failure)
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
    const placement = stops.find((s) => s.classification.signature === signature.signature)?.classification.placement
    const tasks = signature.count === 1 ? '1 task' : `${signature.count} tasks`
    const kind = signature.deterministic ? 'a failure that repeats on every start' : 'the same failure'
    if (placement && !anyRunning)
      return { verdict: 'stuck', reason: `${tasks} of ${baseline.deploymentId} could not be placed: ${signature.signature}` }
    return { verdict: 'failed', reason: `${tasks} of ${baseline.deploymentId} stopped with ${kind}: ${signature.signature}` }
  }
  return null
}

function stuckDecision(
  observation: Observation,
  baseline: WatchBaseline,
  ours: EcsDeployment | undefined,
  launchBlock: LaunchBlock | null
): Decision | null {
  const anyRunning = observation.tasks.some((t) => t.lastStatus === 'RUNNING') || (ours?.runningCount ?? 0) > 0
  if (anyRunning) return null
  if (launchBlock && launchBlock.forMs >= baseline.launchBlockWindowMs)
    return {
      verdict: 'stuck',
      reason: `No task of ${baseline.deploymentId} is running and none has progressed for ${formatDuration(launchBlock.forMs)}: ${launchBlock.message}`
    }
  const waiting = observation.tasks.filter(
    (t) =>
      onFargate(t) &&
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

/**
 * The Fargate limit does not apply on EC2: a capacity provider with managed scaling keeps tasks in
 * PROVISIONING while Auto Scaling adds instances, which is slow, not stuck
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/managed-scaling-behavior.html).
 */
function onFargate(task: EcsTask): boolean {
  return task.launchType === 'FARGATE' || /^FARGATE/.test(task.capacityProviderName ?? '')
}

/** A large image still being pulled (pullStartedAt without pullStoppedAt) is slow, not stuck. */
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

export interface EvaluateInput {
  observation: Observation
  baseline: WatchBaseline
  stops: ClassifiedStop[]
  /** A "cannot place / launch" event still listed with no progress of our tasks since, or null. */
  launchBlock: LaunchBlock | null
}

/** The verdict, or null to keep watching. Pure: the same observation always gives the same answer. */
export function evaluate({ observation, baseline, stops, launchBlock }: EvaluateInput): Decision | null {
  const { service } = observation
  if (service.status === 'INACTIVE' || service.status === 'DRAINING')
    return { verdict: 'failed', reason: `The service became ${service.status} (deleted) while ${baseline.deploymentId} was deploying` }
  const ours = findDeployment(service, baseline.deploymentId)
  const anyRunning = observation.tasks.some((t) => t.lastStatus === 'RUNNING')
  const decision =
    rollbackDecision(service, baseline, ours) ??
    failureDecision(stops, baseline, anyRunning) ??
    stuckDecision(observation, baseline, ours, launchBlock)
  if (decision) return decision
  if (isStable(service, ours))
    return {
      verdict: 'stable',
      reason: `${baseline.deploymentId} is the only deployment with ${ours?.runningCount}/${ours?.desiredCount} tasks running${ours?.rolloutState ? ` (${ours.rolloutState})` : ''}`
    }
  return null
}
