/**
 * The ECS service scheduler, replayed in simulated time: rolling deployment (maximumPercent /
 * minimumHealthyPercent), replacements with start back-off, scale-in of the previous deployment once new
 * tasks are healthy, the deployment circuit breaker and its rollback, and the service events of all of it.
 * Task lifecycles are in task-lifecycle.ts; everything runs off one time-ordered queue, so replays are deterministic.
 */
import type { TaskDefinition } from '@aws-sdk/client-ecs'
import type { SimClock } from '../clock.js'
import type { IdGenerator } from '../random.js'
import type { DeploymentSpec, Scenario, ServiceScenario, TaskFate, TargetGroupSpec, Timeline, World } from '../types.js'
import { LogStore } from './logs.js'
import { isActive, type SimDeployment, type SimEvent, type SimTask } from './model.js'
import { TaskLifecycle } from './task-lifecycle.js'
import { TimeQueue } from './time-queue.js'

const DAY = 86_400
const MAX_EVENTS = 100
const HEALTHY_FATE: TaskFate = { outcome: { kind: 'healthy' } }

export function circuitBreakerThreshold(desiredCount: number): number {
  return Math.min(200, Math.max(3, Math.ceil(0.5 * desiredCount)))
}

export interface SchedulerOptions {
  /** The service this scheduler runs, when it is not the scenario's first (`world.service`). */
  service?: ServiceScenario
  /** CloudWatch Logs storage shared by the services of one simulator. */
  logs?: LogStore
}

export class EcsScheduler {
  readonly deployments: SimDeployment[] = []
  readonly tasks: SimTask[] = []
  /** Newest first, as DescribeServices returns them. */
  readonly events: SimEvent[] = []
  readonly logs: LogStore
  readonly queue = new TimeQueue()
  /** The scenario's world as this service sees it: `world.service` is this service. */
  readonly world: World
  private readonly timeline: Timeline
  private readonly lifecycle: TaskLifecycle
  /** The deployment DescribeServices names as currentServiceDeployment. */
  private current?: SimDeployment
  /** Simulated second of DeleteService (with force): nothing launches or scales after it. */
  deletedAt?: number

  constructor(
    private readonly scenario: Scenario,
    readonly clock: SimClock,
    readonly ids: IdGenerator,
    options: SchedulerOptions = {}
  ) {
    this.world = options.service ? { ...scenario.world, service: options.service.service } : scenario.world
    this.timeline = options.service?.timeline ?? scenario.timeline
    this.logs = options.logs ?? new LogStore()
    this.lifecycle = new TaskLifecycle(this)
    this.setUp()
  }

  get service() {
    return this.world.service
  }

  get primary(): SimDeployment {
    return this.deployments.find((d) => d.status === 'PRIMARY') as SimDeployment
  }

  get followed(): SimDeployment {
    return this.deployments.find((d) => d.id === this.service.deployment.id) as SimDeployment
  }

  get currentDeployment(): SimDeployment {
    return this.current ?? this.followed
  }

  visibleDeployments(): SimDeployment[] {
    return this.deployments.filter((d) => d.status !== 'INACTIVE').sort((a, b) => b.createdAt - a.createdAt)
  }

  tasksOf(deployment: SimDeployment): SimTask[] {
    return this.tasks.filter((t) => t.deployment === deployment)
  }

  taskDefinition(arn: string): TaskDefinition {
    const found = this.world.taskDefinitions.find((td) => td.taskDefinitionArn === arn)
    if (!found) throw new Error(`scenario ${this.scenario.name}: task definition ${arn} is not in world.taskDefinitions`)
    return found
  }

  targetGroup(arn: string): TargetGroupSpec | undefined {
    return this.world.loadBalancing.targetGroups.find((tg) => tg.TargetGroupArn === arn)
  }

  /** Processes everything due up to simulated second `t`. */
  advanceTo(t: number): void {
    this.queue.runUntil(t, () => this.reconcile())
  }

  private get now(): number {
    return this.queue.now
  }

  event(message: string, at = this.now): void {
    this.events.unshift({ id: this.ids.uuid(), at, message: `(service ${this.service.name}) ${message}` })
    this.events.sort((a, b) => b.at - a.at)
    if (this.events.length > MAX_EVENTS) this.events.length = MAX_EVENTS
  }

  // ---------------------------------------------------------------- set-up: the world at second 0

  private setUp(): void {
    for (const group of this.world.logGroups) this.logs.createGroup(group.name, this.clock.epochMsAt(-200 * DAY), group.retentionInDays)
    const previous = this.addDeployment(this.service.previousDeployment, -DAY, [HEALTHY_FATE])
    previous.status = 'ACTIVE'
    previous.rolloutState = 'COMPLETED'
    previous.rolloutStateReason = `ECS deployment ${previous.id} completed.`
    previous.serviceDeployment.status = 'SUCCESSFUL'
    previous.serviceDeployment.finishedAt = -DAY + 300
    previous.serviceDeployment.circuitBreakerStatus = this.breakerEnabled() ? 'MONITORING_COMPLETE' : 'DISABLED'
    previous.nextLaunchAt = Infinity
    this.event(`(deployment ${previous.id}) deployment completed.`, -DAY + 300)
    for (const at of [-DAY + 301, -DAY + 6 * 3600 + 301, -DAY + 12 * 3600 + 301, -DAY + 18 * 3600 + 301]) this.event('has reached a steady state.', at)
    this.seedPreviousTasks(previous)

    const followed = this.addDeployment(this.service.deployment, 0, this.timeline.newTasks)
    followed.status = 'PRIMARY'
    followed.serviceDeployment.sourceDeploymentIds = [previous.id]
    followed.nextLaunchAt = 2
    if (this.timeline.launchBlocked) followed.launchBlocked = { ...this.timeline.launchBlocked, reported: false }
    this.queue.wakeUpAt(followed.nextLaunchAt)
  }

  private breakerEnabled(): boolean {
    return !!this.service.deploymentConfiguration.deploymentCircuitBreaker?.enable
  }

  private addDeployment(spec: DeploymentSpec, createdAt: number, fates: TaskFate[]): SimDeployment {
    const { accountId, region } = this.world
    const cluster = this.world.cluster.name
    const deployment: SimDeployment = {
      id: spec.id,
      taskDefinitionArn: spec.taskDefinition,
      status: 'ACTIVE',
      createdAt,
      updatedAt: createdAt,
      rolloutState: 'IN_PROGRESS',
      rolloutStateReason: `ECS deployment ${spec.id} in progress.`,
      failedTasks: 0,
      consecutiveStartFailures: 0,
      unableToStartReported: false,
      nextLaunchAt: createdAt,
      launched: 0,
      replacedUnhealthy: 0,
      fates: fates.length > 0 ? fates : [HEALTHY_FATE],
      networkConfiguration: spec.networkConfiguration ?? this.service.networkConfiguration,
      revisionArn: `arn:aws:ecs:${region}:${accountId}:service-revision/${cluster}/${this.service.name}/${spec.id.replace('ecs-svc/', '')}`,
      serviceDeployment: {
        arn: `arn:aws:ecs:${region}:${accountId}:service-deployment/${cluster}/${this.service.name}/${this.ids.alphanumeric(21)}`,
        status: 'IN_PROGRESS',
        startedAt: createdAt,
        updatedAt: createdAt,
        sourceDeploymentIds: [],
        circuitBreakerStatus: this.breakerEnabled() ? 'MONITORING' : 'DISABLED'
      }
    }
    this.deployments.push(deployment)
    return deployment
  }

  private seedPreviousTasks(previous: SimDeployment): void {
    const exitCodes = this.timeline.previousTaskExitCodes ?? []
    for (const [index, earlier] of (this.timeline.earlierStoppedTasks ?? []).entries()) {
      const task = this.lifecycle.create(previous, HEALTHY_FATE, -DAY + 5 + index)
      this.lifecycle.bringUp(task, -DAY + 20 + index)
      const stoppedAt = -earlier.minutesAgo * 60
      Object.assign(task, {
        desiredStatus: 'STOPPED',
        lastStatus: 'STOPPED',
        healthy: false,
        stopCode: earlier.stopCode,
        stoppedReason: earlier.stoppedReason,
        stoppingAt: stoppedAt - 35,
        executionStoppedAt: stoppedAt - 5,
        stoppedAt,
        eniStatus: task.eniStatus ? 'DELETED' : undefined,
        targets: []
      })
      for (const c of task.containers) Object.assign(c, { lastStatus: 'STOPPED', exitCode: earlier.exitCode })
    }
    for (let i = 0; i < this.service.desiredCount; i++) {
      const task = this.lifecycle.create(previous, HEALTHY_FATE, -DAY + 10 + i)
      task.exitCodeOnStop = exitCodes[i]
      this.lifecycle.bringUp(task, -DAY + 40 + i)
      this.lifecycle.markHealthy(task)
    }
    previous.launched = this.service.desiredCount
  }

  // ---------------------------------------------------------------- the scheduler loop

  private reconcile(): void {
    if (this.deletedAt !== undefined) return
    this.launchForPrimary()
    this.scaleInOlderDeployments()
    this.retireDrainedDeployments()
    this.completeIfSteady()
  }

  private launchForPrimary(): void {
    const deployment = this.primary
    if (deployment.rolloutState === 'FAILED') return
    const active = this.tasksOf(deployment).filter(isActive).length
    const need = this.service.desiredCount - active
    if (need <= 0) return
    if (this.now < deployment.nextLaunchAt) {
      this.queue.wakeUpAt(deployment.nextLaunchAt)
      return
    }
    if (deployment.launchBlocked) {
      if (!deployment.launchBlocked.reported) this.event(deployment.launchBlocked.eventMessage)
      deployment.launchBlocked.reported = true
      return
    }
    const maxTasks = Math.floor(((this.service.deploymentConfiguration.maximumPercent ?? 200) * this.service.desiredCount) / 100)
    const room = maxTasks - this.tasks.filter(isActive).length
    const count = Math.min(need, room)
    if (count <= 0) return
    const started: SimTask[] = []
    for (let i = 0; i < count; i++) started.push(this.lifecycle.start(deployment))
    const list = started.map((t) => `(task ${t.id})`).join(' ')
    const replaced = Math.min(deployment.replacedUnhealthy, count)
    deployment.replacedUnhealthy -= replaced
    const suffix = replaced > 0 ? ` Amazon ECS replaced ${replaced} tasks due to an unhealthy status.` : ''
    this.event(`has started ${count} tasks: ${list}.${suffix}`)
  }

  private scaleInOlderDeployments(): void {
    const primary = this.primary
    const desired = this.service.desiredCount
    const minHealthy = Math.ceil(((this.service.deploymentConfiguration.minimumHealthyPercent ?? 100) * desired) / 100)
    if (primary.rolloutState === 'FAILED') return
    const older = this.tasks.filter((t) => t.deployment !== primary && isActive(t))
    let excess = older.length + this.tasksOf(primary).filter(isActive).length - desired
    let healthy = this.tasks.filter((t) => isActive(t) && t.healthy).length
    const victims = [...older].sort((a, b) => Number(a.healthy) - Number(b.healthy) || a.createdAt - b.createdAt)
    const stoppedRunning: SimTask[] = []
    const stoppedPending: SimTask[] = []
    for (const victim of victims) {
      if (excess <= 0) break
      if (victim.healthy && healthy - 1 < minHealthy) break
      if (victim.healthy) healthy--
      excess--
      ;(victim.reachedRunning ? stoppedRunning : stoppedPending).push(victim)
      this.lifecycle.stop(victim, {
        stopCode: 'ServiceSchedulerInitiated',
        stoppedReason: `Scaling activity initiated by (deployment ${victim.deployment.id})`,
        exitCode: victim.exitCodeOnStop ?? 143,
        drain: true,
        ignoresSigterm: victim.exitCodeOnStop === 137,
        failure: false
      })
    }
    if (stoppedRunning.length > 0) {
      this.event(`has stopped ${stoppedRunning.length} running tasks: ${stoppedRunning.map((t) => `(task ${t.id})`).join(' ')}.`)
      const targetGroups = new Set(stoppedRunning.flatMap((t) => t.targets.map((x) => x.targetGroupArn)))
      for (const tg of targetGroups) {
        const count = stoppedRunning.filter((t) => t.targets.some((x) => x.targetGroupArn === tg)).length
        this.event(`deregistered ${count} targets in (target-group ${tg})`)
      }
    }
    if (stoppedPending.length > 0) this.event(`stopped ${stoppedPending.length} pending tasks.`)
  }

  private retireDrainedDeployments(): void {
    for (const deployment of this.deployments) {
      if (deployment.status !== 'ACTIVE') continue
      if (this.tasksOf(deployment).some((t) => t.lastStatus !== 'STOPPED')) continue
      deployment.status = 'INACTIVE'
      deployment.updatedAt = this.now
    }
  }

  private completeIfSteady(): void {
    const primary = this.primary
    if (primary.rolloutState !== 'IN_PROGRESS') return
    const healthy = this.tasksOf(primary).filter((t) => isActive(t) && t.healthy).length
    if (healthy < this.service.desiredCount) return
    if (this.deployments.some((d) => d !== primary && d.status !== 'INACTIVE')) return
    primary.rolloutState = 'COMPLETED'
    primary.rolloutStateReason = `ECS deployment ${primary.id} completed.`
    primary.updatedAt = this.now
    const rolledBack = this.deployments.find((d) => d.serviceDeployment.status === 'ROLLBACK_IN_PROGRESS')
    const finished = rolledBack ? [rolledBack.serviceDeployment] : []
    if (!rolledBack || (rolledBack !== primary && primary.serviceDeployment.status === 'IN_PROGRESS')) finished.push(primary.serviceDeployment)
    for (const serviceDeployment of finished) {
      serviceDeployment.status = serviceDeployment === rolledBack?.serviceDeployment ? 'ROLLBACK_SUCCESSFUL' : 'SUCCESSFUL'
      serviceDeployment.finishedAt = this.now
      serviceDeployment.updatedAt = this.now
      if (serviceDeployment.circuitBreakerStatus === 'MONITORING') serviceDeployment.circuitBreakerStatus = 'MONITORING_COMPLETE'
    }
    this.event(`(deployment ${primary.id}) deployment completed.`)
    this.event('has reached a steady state.')
  }

  // ---------------------------------------------------------------- API calls that change the service

  /**
   * UpdateService with a task definition (or forceNewDeployment): a new PRIMARY deployment whose tasks
   * follow `timeline.laterDeploymentTasks`; the others become ACTIVE and are scaled in as it becomes healthy.
   */
  startDeployment(taskDefinitionArn: string): SimDeployment {
    this.taskDefinition(taskDefinitionArn)
    const replaced = this.primary
    const deployment = this.addDeployment(
      { id: `ecs-svc/${this.ids.digits(19)}`, taskDefinition: taskDefinitionArn },
      this.now,
      this.timeline.laterDeploymentTasks ?? [HEALTHY_FATE]
    )
    replaced.status = 'ACTIVE'
    replaced.updatedAt = this.now
    const superseded = replaced.serviceDeployment
    if (superseded.status === 'IN_PROGRESS' || superseded.status === 'PENDING') {
      superseded.status = 'STOPPED'
      superseded.statusReason = 'Service deployment stopped because a newer service deployment started.'
      superseded.finishedAt = this.now
      superseded.updatedAt = this.now
    }
    deployment.status = 'PRIMARY'
    deployment.serviceDeployment.sourceDeploymentIds = this.deployments.filter((d) => d !== deployment && d.status === 'ACTIVE').map((d) => d.id)
    deployment.nextLaunchAt = this.now + 1
    this.current = deployment
    this.queue.wakeUpAt(deployment.nextLaunchAt)
    return deployment
  }

  /** DeleteService --force: desired count 0, every task is scaled in, nothing starts again (DRAINING, then INACTIVE). */
  deleteService(): void {
    if (this.deletedAt !== undefined) return
    this.deletedAt = this.now
    for (const task of this.tasks.filter(isActive)) {
      this.lifecycle.stop(task, {
        stopCode: 'ServiceSchedulerInitiated',
        stoppedReason: `Scaling activity initiated by (deployment ${task.deployment.id})`,
        exitCode: 143,
        drain: true,
        failure: false
      })
    }
  }

  /** The newest deployment other than `deployment` that completed: where a rollback goes. */
  lastCompletedBefore(deployment: SimDeployment): SimDeployment | undefined {
    return [...this.deployments].sort((a, b) => b.createdAt - a.createdAt).find((d) => d !== deployment && d.rolloutState === 'COMPLETED')
  }

  /**
   * StopServiceDeployment with stopType ROLLBACK: the service deployment goes ROLLBACK_IN_PROGRESS (then
   * ROLLBACK_SUCCESSFUL once the service is steady) and a new deployment runs the last completed revision.
   */
  rollBack(deployment: SimDeployment, target: SimDeployment): SimDeployment {
    const rollback = this.startDeployment(target.taskDefinitionArn)
    const serviceDeployment = deployment.serviceDeployment
    const reason = 'Service deployment rolled back because it was stopped with the ROLLBACK stop type.'
    Object.assign(serviceDeployment, {
      status: 'ROLLBACK_IN_PROGRESS',
      statusReason: reason,
      finishedAt: undefined,
      updatedAt: this.now,
      rollback: { reason, startedAt: this.now, revisionArn: target.revisionArn }
    })
    deployment.updatedAt = this.now
    this.event(`rolling back to deployment ${rollback.id}.`)
    return rollback
  }

  taskFailed(task: SimTask, neverStarted: boolean): void {
    const deployment = task.deployment
    if (deployment.status !== 'PRIMARY' || deployment.rolloutState !== 'IN_PROGRESS') return
    deployment.failedTasks++
    deployment.updatedAt = this.now
    if (neverStarted) {
      deployment.consecutiveStartFailures++
      const n = deployment.consecutiveStartFailures
      deployment.nextLaunchAt = this.now + Math.min(900, 5 * 2 ** Math.max(0, n - 2))
      if (n >= 3 && !deployment.unableToStartReported) {
        deployment.unableToStartReported = true
        this.event('is unable to consistently start tasks successfully.')
      }
    } else {
      deployment.nextLaunchAt = this.now + 2
    }
    this.checkCircuitBreaker(deployment)
  }

  private checkCircuitBreaker(deployment: SimDeployment): void {
    const breaker = this.service.deploymentConfiguration.deploymentCircuitBreaker
    if (!breaker?.enable) return
    const threshold = circuitBreakerThreshold(this.service.desiredCount)
    if (deployment.failedTasks < threshold) return
    deployment.rolloutState = 'FAILED'
    deployment.rolloutStateReason = 'ECS deployment circuit breaker: tasks failed to start.'
    deployment.serviceDeployment.circuitBreakerStatus = 'TRIGGERED'
    deployment.serviceDeployment.updatedAt = this.now
    this.event(`(deployment ${deployment.id}) deployment failed: tasks failed to start.`)
    const previous = this.deployments.find((d) => d !== deployment && d.rolloutState === 'COMPLETED')
    if (!breaker.rollback || !previous) {
      deployment.serviceDeployment.status = 'STOPPED'
      deployment.serviceDeployment.statusReason = 'Service deployment failed because the circuit breaker threshold was exceeded.'
      deployment.serviceDeployment.finishedAt = this.now
      return
    }
    this.event(`rolling back to deployment ${previous.id}.`)
    deployment.status = 'ACTIVE'
    deployment.serviceDeployment.status = 'ROLLBACK_IN_PROGRESS'
    deployment.serviceDeployment.statusReason = 'Service deployment rolled back because the circuit breaker threshold was exceeded.'
    deployment.serviceDeployment.rollback = {
      reason: 'Service deployment rolled back because the circuit breaker threshold was exceeded.',
      startedAt: this.now,
      revisionArn: previous.revisionArn
    }
    previous.status = 'PRIMARY'
    previous.rolloutState = 'IN_PROGRESS'
    previous.rolloutStateReason = `ECS deployment circuit breaker: rolling back to deploymentId ${previous.id}.`
    previous.updatedAt = this.now
    previous.nextLaunchAt = this.now + 1
    previous.fates = [HEALTHY_FATE]
  }
}
