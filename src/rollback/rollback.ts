/**
 * `on-failure: rollback`: stops our failing deployment and returns the service to the last deployment
 * that completed, then watches the rollback to its own verdict. Prefers the service-deployments API
 * (StopServiceDeployment, stopType ROLLBACK); falls back to UpdateService with the previous task
 * definition. A refused permission leaves the service as it is and is named in the outcome.
 */
import {
  ListServiceDeploymentsCommand,
  StopServiceDeploymentCommand,
  UpdateServiceCommand,
  type ECSClient
} from '@aws-sdk/client-ecs'
import { errorMessage, errorName, isAccessDenied } from '../aws/errors.js'
import type { EcsDeployment, Evidence } from '../evidence/schema.js'
import type { Logger } from '../logger.js'
import type { StopClassifier } from '../stops.js'
import type { DescribeServicesBatcher } from '../watch/describe-batcher.js'
import { shortTaskDefinition } from '../format.js'
import { WatchError } from '../watch/errors.js'
import { DeploymentPoller } from '../watch/poller.js'
import type { WatchSnapshot } from '../watch/snapshot.js'
import type { WatchResult } from '../watch/types.js'
import { watchDeployment } from '../watch/watch.js'
import { decideRollback, rollbackTaskDefinition, serviceDeploymentOf } from './plan.js'
import type { RollbackApi, RollbackCall, RollbackOutcome } from './types.js'

export interface RollbackOptions {
  ecs: ECSClient
  cluster: string
  service: string
  /** The watch that ended with a failing verdict. */
  watch: WatchResult
  evidence?: Evidence
  /** Budget and cadence of the rollback's own watch (the step's timeout-minutes and poll interval). */
  timeoutMs: number
  pollIntervalMs: number
  maxFailedTasks: number
  logger: Logger
  clock: () => number
  sleep: (ms: number) => Promise<void>
  batcher?: DescribeServicesBatcher
  loadClassifier: () => Promise<StopClassifier>
  onProgress?: (snapshot: WatchSnapshot) => void
  onSkippedPoll?: (error: unknown) => void
}

/** The action an AccessDenied message names: "... is not authorized to perform: ecs:UpdateService on resource: ...". */
export function refusedAction(message: string): string | undefined {
  return /\bnot authorized to perform:? ([a-z0-9-]+:[A-Za-z0-9*]+)/.exec(message)?.[1]
}

/** StopServiceDeployment errors that mean "not available here": fall back to UpdateService. */
const UNAVAILABLE = new Set(['ServiceDeploymentNotFoundException', 'UnsupportedFeatureException', 'InvalidParameterException'])

type Attempt = { outcome: 'done'; deployment?: EcsDeployment } | { outcome: 'denied' | 'unavailable' | 'failed'; error: string }

class Rollback {
  readonly calls: RollbackCall[] = []
  private readonly poller: DeploymentPoller

  constructor(private readonly options: RollbackOptions) {
    this.poller = new DeploymentPoller(options.ecs, options.cluster, options.service, options.batcher)
  }

  get missingPermissions(): string[] {
    return [...new Set(this.calls.filter((c) => c.outcome === 'denied').map((c) => c.permission ?? c.api))]
  }

  private async call<T>(api: RollbackCall['api'], target: string, send: () => Promise<T>): Promise<{ value?: T; attempt: Attempt }> {
    try {
      const value = await send()
      this.calls.push({ api, target, outcome: 'done' })
      return { value, attempt: { outcome: 'done' } }
    } catch (error) {
      const text = `${errorName(error)}: ${errorMessage(error)}`
      const denied = isAccessDenied(error)
      const permission = denied ? (refusedAction(errorMessage(error)) ?? api) : undefined
      this.calls.push({ api, target, outcome: denied ? 'denied' : 'failed', error: text, ...(permission ? { permission } : {}) })
      if (denied) this.options.logger.info(`The role is not allowed ${api} (${text})`)
      const outcome = denied ? 'denied' : UNAVAILABLE.has(errorName(error)) ? 'unavailable' : 'failed'
      return { attempt: { outcome, error: text } }
    }
  }

  /** The service deployment to stop, or undefined when the API cannot find it (or may not be asked). */
  async serviceDeploymentArn(): Promise<string | undefined> {
    const { ecs, cluster, service, watch } = this.options
    const { value } = await this.call('ecs:ListServiceDeployments', `${cluster}/${service}`, () =>
      ecs.send(new ListServiceDeploymentsCommand({ cluster, service, status: ['PENDING', 'IN_PROGRESS'] }))
    )
    return value ? serviceDeploymentOf(value.serviceDeployments ?? [], watch.service, watch.deploymentId) : undefined
  }

  async stopServiceDeployment(arn: string): Promise<Attempt> {
    const { attempt } = await this.call('ecs:StopServiceDeployment', arn, () =>
      this.options.ecs.send(new StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: 'ROLLBACK' }))
    )
    return attempt
  }

  async updateService(taskDefinition: string): Promise<Attempt> {
    const { ecs, cluster, service, watch } = this.options
    const { value, attempt } = await this.call('ecs:UpdateService', `${cluster}/${service} taskDefinition=${taskDefinition}`, () =>
      ecs.send(new UpdateServiceCommand({ cluster, service, taskDefinition }))
    )
    const primary = value?.service?.deployments?.find((d) => d.status === 'PRIMARY' && d.id !== watch.deploymentId)
    return attempt.outcome === 'done' && primary ? { outcome: 'done', deployment: { id: primary.id, taskDefinition: primary.taskDefinition } } : attempt
  }

  /** Polls until the service's PRIMARY deployment is no longer ours: the rollback deployment. */
  async awaitRollbackDeployment(): Promise<EcsDeployment | undefined> {
    const { clock, sleep, pollIntervalMs, timeoutMs, watch, logger } = this.options
    const deadline = clock() + timeoutMs
    for (;;) {
      try {
        const service = await this.poller.describeService()
        const primary = service.deployments?.find((d) => d.status === 'PRIMARY')
        if (primary?.id && primary.id !== watch.deploymentId) return primary
      } catch (error) {
        if (error instanceof WatchError) throw error
        logger.info(`Skipped a poll: ${errorName(error)}: ${errorMessage(error)}`)
        this.options.onSkippedPoll?.(error)
      }
      if (clock() >= deadline) return undefined
      await sleep(Math.min(pollIntervalMs, Math.max(0, deadline - clock())))
    }
  }
}

/** The task definition the failing deployment runs. */
function failingTaskDefinition({ watch, evidence }: RollbackOptions): string | undefined {
  return (
    watch.taskDefinitionArn ??
    watch.service.deployments?.find((d) => d.id === watch.deploymentId)?.taskDefinition ??
    evidence?.taskDefinition?.taskDefinitionArn
  )
}

function permissionsSentence(missing: string[]): string {
  return missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`
}

/**
 * Rolls the service back when the verdict calls for it (see decideRollback) and watches the rollback.
 * Null when nothing failed. Never throws for AWS errors: they become the outcome.
 */
export async function rollBack(options: RollbackOptions): Promise<RollbackOutcome | null> {
  const { watch, logger } = options
  const decision = decideRollback(watch.verdict, watch.service, watch.deploymentId)
  if (!decision) return null
  const base = { fromDeploymentId: watch.deploymentId, fromTaskDefinition: failingTaskDefinition(options), calls: [], missingPermissions: [] }
  if (!decision.act) {
    logger.info(`Rollback skipped: ${decision.reason}`)
    return { ...base, status: 'skipped', reason: decision.reason }
  }
  logger.startGroup(`Rolling back ${watch.deploymentId} of ${options.service}`)
  try {
    const outcome = await perform(options)
    logger.info(`Rollback ${outcome.status}: ${outcome.reason}`)
    return outcome
  } finally {
    logger.endGroup()
  }
}

async function perform(options: RollbackOptions): Promise<RollbackOutcome> {
  const { watch } = options
  const rollback = new Rollback(options)
  const target = rollbackTaskDefinition(watch.service, watch.deploymentId, options.evidence)
  const outcome = (fields: Omit<RollbackOutcome, 'fromDeploymentId' | 'fromTaskDefinition' | 'calls' | 'missingPermissions'>): RollbackOutcome => ({
    fromDeploymentId: watch.deploymentId,
    fromTaskDefinition: failingTaskDefinition(options),
    toTaskDefinition: target,
    ...fields,
    calls: rollback.calls,
    missingPermissions: rollback.missingPermissions
  })

  let changedBy: RollbackApi | undefined
  let attempt: Attempt | undefined
  const arn = await rollback.serviceDeploymentArn()
  if (arn) {
    attempt = await rollback.stopServiceDeployment(arn)
    if (attempt.outcome === 'done') changedBy = 'ecs:StopServiceDeployment'
    else if (attempt.outcome === 'failed') return outcome({ status: 'failed', reason: `StopServiceDeployment failed (${attempt.error}); nothing was changed.` })
  }
  if (!changedBy) {
    if (!target) {
      const missing = rollback.missingPermissions
      if (missing.length > 0)
        return outcome({ status: 'not-permitted', reason: `The role lacks ${permissionsSentence(missing)}; the service was left as it is.` })
      return outcome({ status: 'failed', reason: 'The service has no earlier deployment that completed to roll back to; nothing was changed.' })
    }
    attempt = await rollback.updateService(target)
    if (attempt.outcome === 'done') changedBy = 'ecs:UpdateService'
  }
  if (!changedBy || !attempt) {
    const missing = rollback.missingPermissions
    if (attempt?.outcome === 'denied')
      return outcome({ status: 'not-permitted', reason: `The role lacks ${permissionsSentence(missing)}; the service was left as it is.` })
    return outcome({ status: 'failed', reason: `UpdateService failed (${attempt && 'error' in attempt ? attempt.error : 'no answer'}); nothing was changed.` })
  }
  return watchRollback(options, rollback, changedBy, attempt, outcome)
}

async function watchRollback(
  options: RollbackOptions,
  rollback: Rollback,
  changedBy: RollbackApi,
  attempt: Attempt,
  outcome: (fields: Omit<RollbackOutcome, 'fromDeploymentId' | 'fromTaskDefinition' | 'calls' | 'missingPermissions'>) => RollbackOutcome
): Promise<RollbackOutcome> {
  const { logger } = options
  let deployment: EcsDeployment | undefined
  try {
    deployment = (attempt.outcome === 'done' ? attempt.deployment : undefined) ?? (await rollback.awaitRollbackDeployment())
  } catch (error) {
    return outcome({ status: 'failed', changedBy, reason: `The rollback was started, but the service could not be read: ${errorMessage(error)}` })
  }
  if (!deployment?.id)
    return outcome({ status: 'failed', changedBy, reason: 'The rollback was started, but no rollback deployment became PRIMARY before the timeout.' })
  const to = deployment.taskDefinition
  logger.info(`${changedBy} started ${deployment.id} (${shortTaskDefinition(to)}); watching it`)
  try {
    const result = await watchDeployment({
      ecs: options.ecs,
      cluster: options.cluster,
      service: options.service,
      deploymentId: deployment.id,
      timeoutMs: options.timeoutMs,
      pollIntervalMs: options.pollIntervalMs,
      maxFailedTasks: options.maxFailedTasks,
      logger,
      clock: options.clock,
      sleep: options.sleep,
      batcher: options.batcher,
      loadClassifier: options.loadClassifier,
      onProgress: options.onProgress,
      onSkippedPoll: options.onSkippedPoll
    })
    const { verdict, reason, startedAt, endedAt, progress } = result
    const rolledBack = verdict === 'stable'
    return {
      ...outcome({
        status: rolledBack ? 'rolled-back' : 'failed',
        changedBy,
        deploymentId: deployment.id,
        watch: { verdict, reason, startedAt, endedAt, progress },
        reason: rolledBack
          ? `${deployment.id} runs ${shortTaskDefinition(to)} again and is stable.`
          : `The rollback deployment ${deployment.id} ended ${verdict}: ${reason}`
      }),
      ...(to ? { toTaskDefinition: to } : {})
    }
  } catch (error) {
    return outcome({ status: 'failed', changedBy, deploymentId: deployment.id, reason: `The rollback was started, but watching it failed: ${errorMessage(error)}` })
  }
}
