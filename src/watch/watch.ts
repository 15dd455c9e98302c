import type { ECSClient } from '@aws-sdk/client-ecs'
import type { EcsDeployment, EcsService, EcsTask } from '../evidence/schema.js'
import type { StopClassification } from '../diagnose/classification.js'
import { classifyStop } from '../diagnose/index.js'
import { errorMessage, errorName, isExpiredCredentials, isTransient } from '../aws/errors.js'
import type { Logger } from '../logger.js'
import { cannotStartEvents, evaluate, failedStops, failureSignatures, findDeployment, shortTaskDefinition } from './evaluate.js'
import { DescribeServicesBatcher } from './describe-batcher.js'
import { DeploymentPoller, WatchError } from './poller.js'
import { formatDuration } from '../format.js'
import { logLine } from '../redact.js'
import { progressLine } from './progress.js'
import { watchSnapshot, type WatchSnapshot } from './snapshot.js'
import type { Decision, WatchBaseline, WatchResult } from './types.js'

export interface WatchOptions {
  ecs: ECSClient
  cluster: string
  service: string
  deploymentId?: string
  taskDefinition?: string
  timeoutMs: number
  pollIntervalMs: number
  maxFailedTasks: number
  logger: Logger
  clock?: () => number
  sleep?: (ms: number) => Promise<void>
  classify?: (task: EcsTask) => StopClassification
  /** Shared by the watchers of one step, so their DescribeServices calls are batched. */
  batcher?: DescribeServicesBatcher
  /** Called after every poll that read the service, e.g. to draw a live view. */
  onProgress?: (snapshot: WatchSnapshot) => void
}

/**
 * Tasks are listed only when the service's counters or newest event moved (a stop always moves one:
 * the scheduler starts a replacement and says so), plus a safety sweep every few polls, so a poll
 * where nothing changed costs one DescribeServices call whatever the number of tasks.
 */
const SWEEP_EVERY_POLLS = 6
/** Unknown (non-transient) errors in a row before the watch gives up. */
const MAX_CONSECUTIVE_ERRORS = 5

/** Rejects once `ms` pass, so a request that never answers cannot hold the watch past its timeout. */
function withDeadline<T>(work: Promise<T>, ms: number, onExpired: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onExpired()
      reject(Object.assign(new Error('AWS did not answer before the timeout'), { name: 'TimeoutError' }))
    }, Math.max(ms, 0))
  })
  return Promise.race([work, expired]).finally(() => clearTimeout(timer))
}

/** A deployment ECS already finished with and dropped from DescribeServices. */
export class DeploymentGoneError extends WatchError {
  constructor(
    readonly deploymentId: string,
    message: string
  ) {
    super(message)
  }
}

/** The verdict for a deployment that only the service-deployments API still knows, or null. */
export function goneDeploymentDecision(deploymentId: string, status: string | undefined, reason?: string): Decision | null {
  const why = reason ? `: ${reason}` : ''
  if (status?.startsWith('ROLLBACK_'))
    return { verdict: 'rolled-back', reason: `${deploymentId} was rolled back before the watch started (${status})${why}` }
  if (status === 'STOPPED' || status === 'STOP_REQUESTED')
    return { verdict: 'failed', reason: `${deploymentId} was stopped (${status})${why}` }
  return null
}

export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

function taskDefinitionMatches(arn: string | undefined, wanted: string): boolean {
  if (!arn) return false
  return arn === wanted || arn.endsWith(`/${wanted}`)
}

function describeDeployments(service: EcsService): string {
  return (service.deployments ?? [])
    .map((d) => `${d.id} (${d.status}, ${shortTaskDefinition(d.taskDefinition)})`)
    .join(', ') || 'none'
}

/** Picks the deployment to follow: the given id, the one running the given task definition, or PRIMARY. */
export function chooseDeployment(
  service: EcsService,
  deploymentId: string | undefined,
  taskDefinition: string | undefined
): EcsDeployment {
  const name = service.serviceName ?? 'the service'
  if (deploymentId) {
    const found = findDeployment(service, deploymentId)
    if (!found)
      throw new DeploymentGoneError(
        deploymentId,
        `Input 'deployment-id' ${deploymentId} is not a current deployment of ${name}; its deployments are ${describeDeployments(service)}.`
      )
    if (taskDefinition && !taskDefinitionMatches(found.taskDefinition, taskDefinition))
      throw new WatchError(
        `Deployment ${deploymentId} runs ${shortTaskDefinition(found.taskDefinition)}, not the 'task-definition' input ${taskDefinition}.`
      )
    return found
  }
  if (taskDefinition) {
    const found = service.deployments?.find((d) => taskDefinitionMatches(d.taskDefinition, taskDefinition))
    if (!found)
      throw new WatchError(
        `No deployment of ${name} runs the 'task-definition' input ${taskDefinition}; its deployments are ${describeDeployments(service)}. ` +
          'Was the deploy step skipped, or did ECS already roll it back?'
      )
    return found
  }
  const primary = service.deployments?.find((d) => d.status === 'PRIMARY')
  if (!primary) throw new WatchError(`${name} has no PRIMARY deployment to follow.`)
  return primary
}

function newestTimestamp(service: EcsService): number {
  const stamps = [
    ...(service.events ?? []).map((e) => e.createdAt),
    ...(service.deployments ?? []).map((d) => d.updatedAt)
  ].map((s) => Date.parse(s ?? ''))
  return Math.max(0, ...stamps.filter((n) => Number.isFinite(n)))
}

/** The moment a service's counters and newest event last changed: polls that see the same key skip the task sweep. */
function changeKey(service: EcsService): string {
  const counters = (service.deployments ?? []).map(
    (d) => `${d.id}:${d.status}:${d.runningCount}:${d.pendingCount}:${d.failedTasks}:${d.rolloutState}`
  )
  return `${counters.join('|')}#${service.events?.[0]?.id ?? ''}`
}

/** Follows one deployment to a verdict. Never throws for throttling or transient errors; throws WatchError for what no retry fixes. */
export async function watchDeployment(options: WatchOptions): Promise<WatchResult> {
  const clock = options.clock ?? Date.now
  const sleep = options.sleep ?? realSleep
  const classify = options.classify ?? ((task: EcsTask) => classifyStop({ task }))
  const { logger } = options
  // At the timeout, and when the watch returns, calls still waiting for AWS are abandoned, not retried.
  const stop = new AbortController()
  const poller = new DeploymentPoller(options.ecs, options.cluster, options.service, options.batcher, stop.signal)
  const startedAtMs = clock()
  const deadline = startedAtMs + options.timeoutMs

  let baseline: WatchBaseline | undefined
  let service: EcsService | undefined
  let lastKey = ''
  let lastProgress = ''
  let polls = 0
  let consecutiveErrors = 0
  const seenEvents = new Set<string>()
  const placementSeen = new Set<string>()

  const finish = (decision: Decision): WatchResult => {
    const deploymentId = baseline?.deploymentId ?? options.deploymentId ?? ''
    const tasks = poller.ourTasks(deploymentId)
    return {
      ...decision,
      // The reason quotes AWS text (events, stopped reasons): it is logged and fails the job as it is.
      reason: logLine(decision.reason),
      deploymentId,
      taskDefinitionArn: baseline?.taskDefinitionArn,
      service: service ?? {},
      tasks,
      startedAt: new Date(startedAtMs).toISOString(),
      endedAt: new Date(clock()).toISOString(),
      progress: service ? progressLine(service, deploymentId, tasks) : 'the service could not be read',
      failureSignatures: failureSignatures(failedStops(tasks, classify))
    }
  }

  try {
    return await pollUntilVerdict()
  } finally {
    stop.abort()
  }

  async function pollUntilVerdict(): Promise<WatchResult> {
    for (;;) {
      try {
        await withDeadline(pollOnce(), deadline - clock(), () => stop.abort())
        consecutiveErrors = 0
      } catch (error) {
        if (error instanceof DeploymentGoneError) {
          const gone = await poller.findServiceDeployment(error.deploymentId)
          const decision = goneDeploymentDecision(error.deploymentId, gone?.status, gone?.statusReason ?? gone?.rollback?.reason)
          if (!decision) throw error
          return { ...finish(decision), deploymentId: error.deploymentId }
        }
        if (error instanceof WatchError) throw error
        if (isExpiredCredentials(error))
          throw new WatchError(
            `AWS rejected the credentials (${errorName(error)}: ${errorMessage(error)}); they may have expired before the watch ended. ` +
              "Give the role session a longer duration (configure-aws-credentials 'role-duration-seconds') or lower 'timeout-minutes'."
          )
        consecutiveErrors += 1
        if (!isTransient(error) && consecutiveErrors >= MAX_CONSECUTIVE_ERRORS)
          throw new WatchError(`The watch stopped after ${consecutiveErrors} failed polls in a row: ${errorName(error)}: ${errorMessage(error)}`)
        logger.warning(`Skipped a poll: ${errorName(error)}: ${errorMessage(error)}`)
      }

      if (service && baseline) {
        const decision = observe(service, baseline)
        if (decision) return finish(decision)
      }
      const now = clock()
      if (now >= deadline) {
        return finish({
          verdict: 'timeout',
          reason: `Timed out after ${formatDuration(options.timeoutMs)}: ${lastProgress || 'the service could not be read'}`
        })
      }
      await sleep(Math.min(options.pollIntervalMs, deadline - now))
    }
  }

  async function pollOnce(): Promise<void> {
    service = await poller.describeService()
    if (!baseline) {
      if (service.status === 'INACTIVE' || service.status === 'DRAINING')
        throw new WatchError(
          `Service '${options.service}' in cluster '${options.cluster}' is ${service.status}: it was deleted, so there is no deployment to follow. ` +
            "Check the 'service' and 'cluster' inputs."
        )
      const followed = chooseDeployment(service, options.deploymentId, options.taskDefinition)
      baseline = {
        deploymentId: followed.id ?? '',
        taskDefinitionArn: followed.taskDefinition,
        previousTaskDefinitions: (service.deployments ?? [])
          .filter((d) => d.id !== followed.id && d.taskDefinition)
          .map((d) => d.taskDefinition as string),
        startedAtMs,
        timeoutMs: options.timeoutMs,
        maxFailedTasks: options.maxFailedTasks
      }
      logger.info(
        `Following ${baseline.deploymentId} of ${service.serviceName} (${shortTaskDefinition(followed.taskDefinition)}), ` +
          `timeout ${formatDuration(options.timeoutMs)}, polling every ${formatDuration(options.pollIntervalMs)}`
      )
      for (const event of service.events ?? []) if (event.id) seenEvents.add(event.id)
    }
    const key = changeKey(service)
    const ours = poller.ourTasks(baseline.deploymentId)
    const changed = polls === 0 || key !== lastKey
    const stopping = ours.some((t) => t.desiredStatus === 'STOPPED' && t.lastStatus !== 'STOPPED')
    if (changed || stopping || polls % SWEEP_EVERY_POLLS === 0) {
      await poller.sweep(baseline.deploymentId, changed)
    }
    lastKey = key
    polls += 1
  }

  function observe(current: EcsService, base: WatchBaseline): Decision | null {
    const tasks = poller.ourTasks(base.deploymentId)
    logNewEvents(current)
    const progress = progressLine(current, base.deploymentId, tasks)
    if (progress !== lastProgress) logger.info(progress)
    lastProgress = progress
    options.onProgress?.(watchSnapshot(current, base.deploymentId, tasks, startedAtMs, clock()))
    const since = findDeployment(current, base.deploymentId)?.createdAt
    const placement = cannotStartEvents(current, since)
    const confirmed = placement.filter((m) => placementSeen.has(m))
    for (const message of placement) placementSeen.add(message)
    return evaluate({
      observation: { service: current, tasks, nowMs: Math.max(clock(), newestTimestamp(current)) },
      baseline: base,
      stops: failedStops(tasks, classify),
      confirmedPlacementEvents: confirmed
    })
  }

  function logNewEvents(current: EcsService): void {
    const fresh = (current.events ?? []).filter((e) => e.id && !seenEvents.has(e.id)).reverse()
    if (fresh.length === 0) return
    logger.startGroup(`Service events (${fresh.length} new)`)
    for (const event of fresh) {
      seenEvents.add(event.id as string)
      logger.info(`${event.createdAt ?? ''} ${logLine(event.message ?? '')}`)
    }
    logger.endGroup()
  }
}
