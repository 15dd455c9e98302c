/**
 * ECS-controller deployments whose verdict is the service deployment's: BLUE_GREEN, LINEAR and CANARY (a
 * deployment is done only once its bake time and clean-up are over, and any rollback is a failure), and
 * ROLLING with CloudWatch alarms (after the tasks are healthy ECS keeps the rollout IN_PROGRESS while it
 * watches the alarms). One DescribeServiceDeployments call per poll besides DescribeServices.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-blue-green.html
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-alarm-failure.html
 */
import { DescribeServiceDeploymentsCommand, ListServiceDeploymentsCommand, type ServiceDeployment } from '@aws-sdk/client-ecs'
import { isAccessDenied } from '../../aws/errors.js'
import type { EcsService } from '../../evidence/schema.js'
import { toJson } from '../../evidence/json.js'
import { formatDuration } from '../../format.js'
import { chooseDeployment, DeploymentGoneError } from '../choose.js'
import { findDeployment } from '../evaluate.js'
import type { Decision } from '../types.js'
import { strategyLabel } from './detect.js'
import { deniedFor } from './errors.js'
import type { FollowedDeployment, PlanOptions, StrategyObservation, StrategyPlan } from './plan.js'
import { followedFrom } from './rolling.js'
import {
  isServiceDeploymentOf,
  pausedHook,
  serviceDeploymentDecision,
  serviceDeploymentProgress,
  trafficSplit,
  type ServiceDeploymentJson
} from './service-deployment.js'
import { StageRecorder } from './stages.js'
import type { AwaitingAction, DeploymentStrategy, StrategyEvidence } from '../../evidence/schema.js'

/** DescribeServiceDeployments takes at most 20 ARNs. */
const DESCRIBE_LIMIT = 20

export class ServiceDeploymentPlan implements StrategyPlan {
  private followedId = ''
  private arn?: string
  private current?: ServiceDeploymentJson
  /** The last DescribeServiceDeployments failed: a rollback the service shows waits for the next read to be named. */
  private stale = false
  /** The service deployment cannot be read (not found, or ROLLING+alarms without the permission): tasks alone decide. */
  private degraded = false
  /** Why it is degraded, until the warning that says so could name the deployment. */
  private degradedBecause?: string
  private awaiting: AwaitingAction | null = null
  private readonly announced = new Set<string>()
  private readonly stages = new StageRecorder()
  private service?: EcsService

  constructor(
    readonly strategy: DeploymentStrategy,
    private readonly options: PlanOptions
  ) {}

  /**
   * The deployment named by the inputs, else the one the service's current service deployment targets
   * (the deploy step's, even when ECS already rolled it back and a runner that started late finds the
   * previous deployment PRIMARY again).
   */
  async follow(service: EcsService): Promise<FollowedDeployment> {
    this.service = service
    if (this.lazy) return this.followRolling(service)
    const current = service.currentServiceDeployment ? (await this.describe([service.currentServiceDeployment]))[0] : undefined
    const wanted = this.options.deploymentId ?? (this.options.taskDefinition ? undefined : deploymentIdOf(current))
    let deployment
    try {
      deployment = chooseDeployment(service, wanted, this.options.taskDefinition)
    } catch (error) {
      if (error instanceof DeploymentGoneError) return this.followGone(error, current)
      throw error
    }
    this.followedId = deployment.id ?? ''
    const found = isServiceDeploymentOf(current, this.followedId) ? current : await this.find(deployment.createdAt)
    if (found) {
      this.arn = found.serviceDeploymentArn
      this.update(found)
    } else {
      this.degrade(`no service deployment of ${this.followedId} was found`)
    }
    this.announceDegraded()
    return followedFrom(service, deployment)
  }

  /**
   * ROLLING with alarms: the task rules and DescribeServices follow the rollout and its bake; the service
   * deployment is read only once ECS marked it FAILED or another deployment took over, to name what did it.
   */
  private get lazy(): boolean {
    return this.strategy.kind === 'ROLLING'
  }

  private async followRolling(service: EcsService): Promise<FollowedDeployment> {
    try {
      const deployment = chooseDeployment(service, this.options.deploymentId, this.options.taskDefinition)
      this.followedId = deployment.id ?? ''
      if (this.rolloutEnded(service)) await this.readWhyItEnded(service)
      this.announceDegraded()
      return followedFrom(service, deployment)
    } catch (error) {
      if (!(error instanceof DeploymentGoneError)) throw error
      const current = service.currentServiceDeployment ? (await this.describe([service.currentServiceDeployment]))[0] : undefined
      return this.followGone(error, current)
    }
  }

  /** Our rolling deployment failed or was replaced: the moment its service deployment says why. */
  private rolloutEnded(service: EcsService): boolean {
    const ours = findDeployment(service, this.followedId)
    const primary = (service.deployments ?? []).find((d) => d.status === 'PRIMARY')
    return !ours || ours.rolloutState === 'FAILED' || (primary !== undefined && primary.id !== this.followedId)
  }

  private async readWhyItEnded(service: EcsService): Promise<void> {
    this.stale = true
    const current = service.currentServiceDeployment ? (await this.describe([service.currentServiceDeployment]))[0] : undefined
    const found = isServiceDeploymentOf(current, this.followedId) ? current : await this.find(findDeployment(service, this.followedId)?.createdAt)
    if (found) {
      this.arn = found.serviceDeploymentArn
      this.update(found)
    } else if (!this.degraded) {
      this.degrade(`no service deployment of ${this.followedId} was found`)
    }
    this.stale = false
  }

  /** A deployment ECS already finished with and dropped from DescribeServices: its service deployment still says how it ended. */
  private async followGone(error: DeploymentGoneError, current: ServiceDeploymentJson | undefined): Promise<FollowedDeployment> {
    this.followedId = error.deploymentId
    const found = isServiceDeploymentOf(current, this.followedId) ? current : await this.find(undefined)
    if (!found) throw error
    this.arn = found.serviceDeploymentArn
    this.update(found)
    return { deploymentId: this.followedId, previousTaskDefinitions: [], label: this.followedId, detail: `service deployment ${found.status}` }
  }

  async poll(service: EcsService): Promise<void> {
    this.service = service
    if (this.lazy && !this.arn && !this.degraded && this.rolloutEnded(service)) return this.readWhyItEnded(service)
    if (!this.arn || this.degraded) return
    this.stale = true
    const [sd] = await this.describe([this.arn])
    if (sd) this.update(sd)
    this.stale = false
  }

  taskOwnerId(): string {
    return this.followedId
  }

  reportedId(): string {
    return this.followedId
  }

  decide(rolling: Decision | null, observation: StrategyObservation): Decision | null {
    const own = serviceDeploymentDecision(this.current, this.followedId, this.strategy.kind)
    if (own && own.verdict !== 'stable') return this.finished(own, observation)
    // An alarm rollback shows in DescribeServices first; name its cause from the next read.
    if (rolling?.verdict === 'rolled-back' && this.stale && !this.degraded) return null
    if (rolling && rolling.verdict !== 'stable') return this.finished(rolling, observation)
    if (own) return this.finished(own, observation)
    if (rolling && (this.strategy.kind === 'ROLLING' || this.degraded)) return this.finished(rolling, observation)
    return null
  }

  progress(base: string): string {
    const extra = [serviceDeploymentProgress(this.current), this.bakeNote()].filter(Boolean)
    return extra.length > 0 ? `${base}; ${extra.join(', ')}` : base
  }

  timeoutDetail(): string | undefined {
    if (this.awaiting) return awaitingLine(this.awaiting)
    const label = strategyLabel(this.strategy)
    const stage = this.current?.lifecycleStage
    if (stage) {
      const traffic = trafficSplit(this.current)
      return `the ${label} deployment had reached ${stage}${traffic ? ` (${traffic})` : ''}; ${remaining(this.current)}`
    }
    const bake = this.bakeNote()
    return bake ? `${bake}; ${remaining(this.current)}` : undefined
  }

  changeKey(): string {
    const sd = this.current
    if (!sd) return ''
    const target = sd.targetServiceRevision
    return [sd.status, sd.lifecycleStage, target?.runningTaskCount, target?.pendingTaskCount, sd.alarms?.status, sd.deploymentCircuitBreaker?.failureCount].join(':')
  }

  evidence(): StrategyEvidence {
    return {
      ...this.strategy,
      ...(this.current ? { serviceDeployment: this.current } : {}),
      ...(this.stages.list().length > 0 ? { stages: this.stages.list() } : {}),
      ...(this.awaiting ? { awaiting: this.awaiting } : {})
    }
  }

  private finished(decision: Decision, observation: StrategyObservation): Decision {
    this.stages.close(observation.nowMs)
    return decision
  }

  private update(sd: ServiceDeploymentJson): void {
    this.current = sd
    const shifting = sd.status === 'IN_PROGRESS' || sd.status === 'PENDING'
    this.stages.observe(sd.lifecycleStage, this.options.clock(), shifting ? sd.targetServiceRevision?.requestedProductionTrafficWeight : undefined)
    this.awaiting = pausedHook(sd, this.options.region)
    if (this.awaiting?.hookId && !this.announced.has(this.awaiting.hookId)) {
      this.announced.add(this.awaiting.hookId)
      this.options.logger.warning(`Waiting for approval: ${awaitingLine(this.awaiting)}`)
    }
  }

  /** ROLLING with alarms: all tasks healthy, the rollout still IN_PROGRESS: ECS is watching the alarms. */
  private bakeNote(): string | undefined {
    if (this.strategy.kind !== 'ROLLING' || !this.strategy.alarms || !this.service) return undefined
    const ours = findDeployment(this.service, this.followedId)
    const alone = (this.service.deployments ?? []).length === 1
    if (!ours || !alone || ours.rolloutState !== 'IN_PROGRESS' || (ours.runningCount ?? 0) < (ours.desiredCount ?? 1)) return undefined
    return `all tasks are running; ECS is watching alarm${this.strategy.alarms.names.length === 1 ? '' : 's'} ${this.strategy.alarms.names.join(', ')} before it completes the rollout (bake time)`
  }

  private async find(createdAt: string | undefined): Promise<ServiceDeploymentJson | undefined> {
    if (this.degraded) return undefined
    const after = createdAt ? new Date(Date.parse(createdAt) - 10 * 60_000) : undefined
    let arns: string[]
    try {
      const listed = await this.options.ecs.send(
        new ListServiceDeploymentsCommand({ cluster: this.options.cluster, service: this.options.service, ...(after ? { createdAt: { after } } : {}) }),
        { abortSignal: this.options.signal }
      )
      arns = (listed.serviceDeployments ?? []).flatMap((d) => (d.serviceDeploymentArn ? [d.serviceDeploymentArn] : [])).slice(0, DESCRIBE_LIMIT)
    } catch (error) {
      if (!isAccessDenied(error)) throw error
      this.requireOrDegrade('ecs:ListServiceDeployments', error)
      return undefined
    }
    const described = arns.length > 0 ? await this.describe(arns) : []
    return described.find((sd) => isServiceDeploymentOf(sd, this.followedId))
  }

  private async describe(arns: string[]): Promise<ServiceDeploymentJson[]> {
    try {
      const output = await this.options.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: arns }), { abortSignal: this.options.signal })
      return (output.serviceDeployments ?? []).map((sd: ServiceDeployment) => toJson(sd) as ServiceDeploymentJson)
    } catch (error) {
      if (!isAccessDenied(error)) throw error
      this.requireOrDegrade('ecs:DescribeServiceDeployments', error)
      return []
    }
  }

  /** Blue/green, linear and canary cannot be judged without the service deployment; rolling with alarms can, less precisely. */
  private requireOrDegrade(action: string, error: unknown): void {
    if (this.strategy.kind !== 'ROLLING') throw deniedFor(action, `a ${strategyLabel(this.strategy)} deployment's verdict needs`, error)
    this.degrade(`${action} was denied, so an alarm rollback is reported from the service alone`)
  }

  private degrade(why: string): void {
    if (this.degraded) return
    this.degraded = true
    this.degradedBecause = why
    if (this.followedId) this.announceDegraded()
  }

  private announceDegraded(): void {
    if (!this.degradedBecause) return
    this.options.logger.warning(`Following ${this.followedId} by its tasks and DescribeServices only: ${this.degradedBecause}.`)
    this.degradedBecause = undefined
  }
}

/** ecs-svc/DIGITS: a service revision's last segment is its deployment id's digits. */
function deploymentIdOf(sd: ServiceDeploymentJson | undefined): string | undefined {
  const digits = sd?.targetServiceRevision?.arn?.split('/').pop()
  return digits && /^\d+$/.test(digits) ? `ecs-svc/${digits}` : undefined
}

export function awaitingLine(awaiting: AwaitingAction): string {
  if (awaiting.kind === 'codedeploy-ready')
    return `CodeDeploy is Ready: the replacement task set is up and waits for traffic to be rerouted. Reroute with: ${awaiting.continueCommand} (or roll back with: ${awaiting.rollbackCommand})`
  const expiry = awaiting.expiresAt ? ` until ${awaiting.expiresAt}${awaiting.timeoutAction ? `, then ${awaiting.timeoutAction}` : ''}` : ''
  return (
    `the ${awaiting.stage} pause hook ${awaiting.hookId} waits for approval${expiry}. ` +
    `Continue with: ${awaiting.continueCommand} (or roll back with: ${awaiting.rollbackCommand})`
  )
}

/** How long the stage has left, when the configuration says (bake time). */
function remaining(sd: ServiceDeploymentJson | undefined): string {
  const bake = sd?.deploymentConfiguration?.bakeTimeInMinutes
  if (sd?.lifecycleStage === 'BAKE_TIME' && bake !== undefined)
    return `the bake time is ${formatDuration(bake * 60_000)}; raise timeout-minutes to wait for the verdict`
  return 'raise timeout-minutes to wait for the verdict (a stage may take up to 24 hours)'
}
