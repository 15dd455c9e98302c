import type { ECSClient } from '@aws-sdk/client-ecs'
import type { CodeDeployClient } from '@aws-sdk/client-codedeploy'
import type { EcsService, EcsTask } from '../evidence/schema.js'
import { errorMessage, errorName, isExpiredCredentials, isTransient } from '../aws/errors.js'
import type { Logger } from '../logger.js'
import { isStopped, type StopClassifier } from '../stops.js'
import { evaluate, failedStops, failureSignatures } from './evaluate.js'
import { DeploymentGoneError, goneDeploymentDecision } from './choose.js'
import { DescribeServicesBatcher } from './describe-batcher.js'
import { WatchError } from './errors.js'
import { LaunchBlockTracker, launchBlockWindowMs } from './launch-block.js'
import { DeploymentPoller } from './poller.js'
import { formatDuration } from '../format.js'
import { logLine } from '../redact.js'
import { progressLine } from './progress.js'
import { watchSnapshot, type WatchSnapshot } from './snapshot.js'
import { planFor, type StrategyPlan } from './strategy/index.js'
import type { Decision, WatchBaseline, WatchResult } from './types.js'

export { chooseDeployment, DeploymentGoneError, goneDeploymentDecision } from './choose.js'

export interface WatchOptions {
  ecs: ECSClient
  cluster: string
  service: string
  deploymentId?: string
  taskDefinition?: string
  /** CODE_DEPLOY services: the CodeDeploy deployment to follow (else the one in progress is found). */
  codeDeployDeploymentId?: string
  /** Needed for CODE_DEPLOY services; called only for them, so other runs never load the CodeDeploy client. */
  codedeploy?: () => Promise<CodeDeployClient>
  /** Region named in the commands the watch prints (continue a paused deployment). */
  region?: string
  timeoutMs: number
  pollIntervalMs: number
  maxFailedTasks: number
  logger: Logger
  clock?: () => number
  sleep?: (ms: number) => Promise<void>
  /** Loaded when the first task of the deployment stops, so a run without stops never loads the rules. */
  loadClassifier: () => Promise<StopClassifier>
  /** Shared by the watchers of one step, so their DescribeServices calls are batched. */
  batcher?: DescribeServicesBatcher
  /** Called after every poll that read the service, e.g. to draw a live view. */
  onProgress?: (snapshot: WatchSnapshot) => void
  /** Called for each poll skipped for throttling or a transient error (logged as info; the run warns once). */
  onSkippedPoll?: (error: unknown) => void
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

export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

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
  const { logger } = options
  let classifier: StopClassifier | undefined
  // At the timeout, and when the watch returns, calls still waiting for AWS are abandoned, not retried.
  const stop = new AbortController()
  const poller = new DeploymentPoller(options.ecs, options.cluster, options.service, options.batcher, stop.signal)
  const startedAtMs = clock()
  const deadline = startedAtMs + options.timeoutMs

  let baseline: WatchBaseline | undefined
  /** The state machine of the service's kind of deployment, picked on the first poll. */
  let plan: StrategyPlan | undefined
  let service: EcsService | undefined
  let lastKey = ''
  let lastProgress = ''
  let polls = 0
  let consecutiveErrors = 0
  const seenEvents = new Set<string>()
  let launchBlocks: LaunchBlockTracker | undefined

  /** The id whose tasks are ours (a CodeDeploy replacement task set only exists once CodeDeploy made it). */
  const owner = (): string => plan?.taskOwnerId() ?? baseline?.deploymentId ?? options.deploymentId ?? ''

  const finish = (decision: Decision): WatchResult => {
    const deploymentId = plan?.reportedId() || owner()
    const tasks = poller.ourTasks(owner())
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
      progress: service ? progressOf(service, tasks) : 'the service could not be read',
      failureSignatures: failureSignatures(failedStops(tasks, classifier)),
      ...(plan ? { strategy: plan.evidence() } : {})
    }
  }

  function progressOf(current: EcsService, tasks: EcsTask[]): string {
    const base = progressLine(current, owner(), tasks)
    return plan ? plan.progress(base) : base
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
        logger.info(`Skipped a poll: ${errorName(error)}: ${errorMessage(error)}`)
        options.onSkippedPoll?.(error)
      }

      if (service && baseline) {
        await loadClassifierOnFirstStop(owner())
        const decision = observe(service, baseline)
        if (decision) return finish(decision)
      }
      const now = clock()
      if (now >= deadline) {
        const detail = plan?.timeoutDetail()
        return finish({
          verdict: 'timeout',
          reason: `Timed out after ${formatDuration(options.timeoutMs)}: ${detail ? `${detail}. ` : ''}${lastProgress || 'the service could not be read'}`
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
      plan = await planFor(service, {
        ecs: options.ecs,
        codedeploy: options.codedeploy,
        cluster: options.cluster,
        service: options.service,
        region: options.region ?? 'us-east-1',
        deploymentId: options.deploymentId,
        taskDefinition: options.taskDefinition,
        codeDeployDeploymentId: options.codeDeployDeploymentId,
        logger,
        clock,
        signal: stop.signal
      })
      const followed = await plan.follow(service)
      baseline = {
        deploymentId: followed.deploymentId,
        taskDefinitionArn: followed.taskDefinitionArn,
        previousTaskDefinitions: followed.previousTaskDefinitions,
        startedAtMs,
        timeoutMs: options.timeoutMs,
        maxFailedTasks: options.maxFailedTasks,
        launchBlockWindowMs: launchBlockWindowMs(options.timeoutMs)
      }
      launchBlocks = new LaunchBlockTracker(followed.createdAt)
      const about = [followed.detail, plan.strategy.kind === 'ROLLING' ? '' : `${plan.strategy.kind} deployment`].filter(Boolean).join(', ')
      logger.info(
        `Following ${followed.label} of ${service.serviceName}${about ? ` (${about})` : ''}, ` +
          `timeout ${formatDuration(options.timeoutMs)}, polling every ${formatDuration(options.pollIntervalMs)}`
      )
      for (const event of service.events ?? []) if (event.id) seenEvents.add(event.id)
    } else {
      await plan?.poll(service)
    }
    const key = `${changeKey(service)}#${plan?.changeKey() ?? ''}`
    const ours = poller.ourTasks(owner())
    const changed = polls === 0 || key !== lastKey
    const stopping = ours.some((t) => t.desiredStatus === 'STOPPED' && t.lastStatus !== 'STOPPED')
    if (owner() && (changed || stopping || polls % SWEEP_EVERY_POLLS === 0)) {
      await poller.sweep(owner(), changed)
    }
    lastKey = key
    polls += 1
  }

  /** The rules are loaded once a task of ours has stopped: before that there is nothing to classify. */
  async function loadClassifierOnFirstStop(deploymentId: string): Promise<void> {
    if (!classifier && poller.ourTasks(deploymentId).some(isStopped)) classifier = await options.loadClassifier()
  }

  function observe(current: EcsService, base: WatchBaseline): Decision | null {
    const deploymentId = owner()
    const tasks = poller.ourTasks(deploymentId)
    logNewEvents(current)
    const progress = progressOf(current, tasks)
    if (progress !== lastProgress) logger.info(progress)
    lastProgress = progress
    options.onProgress?.(watchSnapshot(current, deploymentId, tasks, startedAtMs, clock()))
    const observation = { service: current, tasks, nowMs: Math.max(clock(), newestTimestamp(current)) }
    const rolling = evaluate({
      observation,
      baseline: { ...base, deploymentId },
      stops: failedStops(tasks, classifier),
      launchBlock: launchBlocks?.observe(current, tasks, clock()) ?? null
    })
    return plan ? plan.decide(rolling, observation) : rolling
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
