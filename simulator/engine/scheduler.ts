/**
 * The ECS service scheduler, replayed in simulated time: rolling deployment (maximumPercent /
 * minimumHealthyPercent), replacements with start back-off, scale-in of the previous deployment once new
 * tasks are healthy, the deployment circuit breaker and its rollback, and the service events of all of it.
 * Task lifecycles are in task-lifecycle.ts; everything runs off one time-ordered queue, so replays are deterministic.
 */
import type { ServiceConnectConfiguration, TaskDefinition } from '@aws-sdk/client-ecs'
import type { SimClock } from '../clock.js'
import type { IdGenerator } from '../random.js'
import type { DeploymentSpec, Scenario, ServiceScenario, TaskFate, TargetGroupSpec, Timeline, World } from '../types.js'
import { AlarmBoard } from './alarms.js'
import { CodeDeployDriver } from './codedeploy.js'
import { NativeBlueGreen } from './bluegreen.js'
import { ExternalController } from './external.js'
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
  /** CloudWatch alarms shared by the services of one simulator. */
  alarms?: AlarmBoard
}

/** A deployment strategy other than ROLLING: it runs the followed deployment instead of the rolling scheduler loop. */
export interface StrategyDriver {
  reconcile(): void
  /** A task of `task.deployment` stopped for a failure. */
  taskFailed(task: SimTask, neverStarted: boolean): void
}

/** A rolling deployment with alarms keeps its rollout IN_PROGRESS this long after it is steady, watching them. */
export const ROLLING_ALARM_BAKE_SECONDS = 180

export class EcsScheduler {
  readonly deployments: SimDeployment[] = []
  readonly tasks: SimTask[] = []
  /** Newest first, as DescribeServices returns them. */
  readonly events: SimEvent[] = []
  readonly logs: LogStore
  readonly queue = new TimeQueue()
  /** The scenario's world as this service sees it: `world.service` is this service. */
  readonly world: World
  readonly timeline: Timeline
  readonly lifecycle: TaskLifecycle
  readonly alarms: AlarmBoard
  /** BLUE_GREEN / LINEAR / CANARY or CODE_DEPLOY: what runs the followed deployment. */
  driver?: StrategyDriver
  codeDeploy?: CodeDeployDriver
  blueGreen?: NativeBlueGreen
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
    this.alarms = options.alarms ?? new AlarmBoard(scenario, clock)
    this.lifecycle = new TaskLifecycle(this)
    this.setUp()
  }

  get service() {
    return this.world.service
  }

  get primary(): SimDeployment {
    return this.deployments.find((d) => d.status === 'PRIMARY') ?? this.followed
  }

  get controller(): 'ECS' | 'CODE_DEPLOY' | 'EXTERNAL' {
    return this.service.deploymentController ?? 'ECS'
  }

  /** The alarms ECS watches during this service's deployments (deploymentConfiguration.alarms), when enabled. */
  get watchedAlarms(): string[] {
    const alarms = this.service.deploymentConfiguration.alarms
    return alarms?.enable ? (alarms.alarmNames ?? []) : []
  }

  get followed(): SimDeployment {
    return this.deployments.find((d) => d.id === this.service.deployment.id) as SimDeployment
  }

  get currentDeployment(): SimDeployment {
    return this.current ?? this.followed
  }

  visibleDeployments(): SimDeployment[] {
    return this.deployments.filter((d) => d.status !== 'INACTIVE' && !d.hidden).sort((a, b) => b.createdAt - a.createdAt)
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

  get now(): number {
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
    if (this.controller === 'CODE_DEPLOY') {
      this.driver = this.codeDeploy = new CodeDeployDriver(this, followed, previous)
      return
    }
    if (this.controller === 'EXTERNAL') {
      this.driver = new ExternalController(this, followed, previous)
      return
    }
    followed.status = 'PRIMARY'
    followed.serviceDeployment.sourceDeploymentIds = [previous.id]
    followed.nextLaunchAt = 2
    if (this.timeline.launchBlocked) followed.launchBlocked = { ...this.timeline.launchBlocked, reported: false }
    this.queue.wakeUpAt(followed.nextLaunchAt)
    if (this.watchedAlarms.length > 0) {
      followed.serviceDeployment.alarmsStatus = 'MONITORING'
      this.queue.wakeUpAt(this.alarms.nextFiring(this.watchedAlarms))
    }
    const strategy = this.service.deploymentConfiguration.strategy ?? 'ROLLING'
    if (strategy !== 'ROLLING') this.driver = this.blueGreen = new NativeBlueGreen(this, followed, previous)
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
      ...(spec.serviceConnectConfiguration?.enabled ? { serviceConnect: this.serviceConnectOf(spec.serviceConnectConfiguration) } : {}),
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

  /** The Cloud Map service ECS creates for each Service Connect service, and the proxy container's name. */
  private serviceConnectOf(configuration: ServiceConnectConfiguration): NonNullable<SimDeployment['serviceConnect']> {
    const { accountId, region } = this.world
    const resources = (configuration.services ?? []).map((service) => ({
      discoveryName: service.discoveryName ?? service.portName,
      discoveryArn: `arn:aws:servicediscovery:${region}:${accountId}:service/srv-${this.ids.alphanumeric(16).toLowerCase()}`
    }))
    return { configuration, resources, proxyName: `ecs-service-connect-${this.ids.alphanumeric(6)}` }
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
    if (this.driver) return this.driver.reconcile()
    this.checkAlarms()
    this.launchForPrimary()
    this.scaleInOlderDeployments()
    this.retireDrainedDeployments()
    this.completeIfSteady()
  }

  private launchForPrimary(): void {
    const maxTasks = Math.floor(((this.service.deploymentConfiguration.maximumPercent ?? 200) * this.service.desiredCount) / 100)
    this.launchFor(this.primary, maxTasks)
  }

  /** Starts tasks of `deployment` up to the desired count, as long as the service has fewer than `maxTasks` active. */
  launchFor(deployment: SimDeployment, maxTasks: number): void {
    if (deployment.rolloutState === 'FAILED' || deployment.hidden) return
    const active = this.tasksOf(deployment).filter(isActive).length
    const need = this.service.desiredCount - active
    if (need <= 0) return
    if (this.now < deployment.nextLaunchAt) {
      this.queue.wakeUpAt(deployment.nextLaunchAt)
      return
    }
    const blocked = deployment.launchBlocked
    if (blocked && this.now < (blocked.untilSeconds ?? Infinity)) {
      if (!blocked.reported) this.event(blocked.eventMessage)
      blocked.reported = true
      if (blocked.untilSeconds !== undefined) this.queue.wakeUpAt(blocked.untilSeconds)
      return
    }
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
    if (this.stillBaking(primary)) return
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
      if (serviceDeployment.alarmsStatus === 'MONITORING') serviceDeployment.alarmsStatus = 'MONITORING_COMPLETE'
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
    if (this.driver) return this.driver.taskFailed(task, neverStarted)
    const deployment = task.deployment
    if (deployment.status !== 'PRIMARY' || deployment.rolloutState !== 'IN_PROGRESS') return
    this.recordFailure(deployment, neverStarted)
    this.checkCircuitBreaker(deployment)
  }

  /** Counts a failed task of `deployment` and backs off its next launch as ECS does. */
  recordFailure(deployment: SimDeployment, neverStarted: boolean): void {
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
  }

  /** Stops tasks the way a scale-in does (drained, exit 143, a benign stop). */
  scaleIn(tasks: SimTask[]): void {
    const running = tasks.filter((t) => isActive(t) && t.reachedRunning)
    for (const task of tasks.filter(isActive)) {
      this.lifecycle.stop(task, {
        stopCode: 'ServiceSchedulerInitiated',
        stoppedReason: `Scaling activity initiated by (deployment ${task.deployment.id})`,
        exitCode: task.exitCodeOnStop ?? 143,
        drain: true,
        failure: false
      })
    }
    if (running.length > 0) this.event(`has stopped ${running.length} running tasks: ${running.map((t) => `(task ${t.id})`).join(' ')}.`)
  }

  /**
   * ROLLING with alarms: once steady, ECS keeps the rollout IN_PROGRESS for a bake time while it watches the
   * alarms (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-alarm-failure.html).
   */
  private stillBaking(primary: SimDeployment): boolean {
    if (this.watchedAlarms.length === 0 || primary.serviceDeployment.status !== 'IN_PROGRESS') return false
    const bake = (this.service.deploymentConfiguration.bakeTimeInMinutes ?? ROLLING_ALARM_BAKE_SECONDS / 60) * 60
    primary.bakeEndsAt ??= this.now + bake
    if (this.now >= primary.bakeEndsAt) return false
    this.queue.wakeUpAt(primary.bakeEndsAt)
    return true
  }

  /** ROLLING with alarms: an alarm in ALARM while our rollout is IN_PROGRESS fails it and rolls back. */
  private checkAlarms(): void {
    const deployment = this.primary
    if (deployment.rolloutState !== 'IN_PROGRESS' || deployment.serviceDeployment.alarmsStatus !== 'MONITORING') return
    const firing = this.alarms.firing(this.watchedAlarms, this.now)
    if (firing.length === 0) return
    deployment.serviceDeployment.alarmsStatus = 'TRIGGERED'
    deployment.serviceDeployment.triggeredAlarmNames = firing
    // The simulator's own wording: AWS does not document this statusReason.
    const rollback = this.service.deploymentConfiguration.alarms?.rollback === true
    this.failDeployment(deployment, 'alarm detected.', {
      rollback,
      rollbackReason: `Service deployment rolled back because the CloudWatch alarm(s) ${firing.join(', ')} went into ALARM.`,
      stoppedReason: `Service deployment failed because the CloudWatch alarm(s) ${firing.join(', ')} went into ALARM.`,
      rolloutStateReason: 'ECS deployment failed: alarm detected.'
    })
  }

  private checkCircuitBreaker(deployment: SimDeployment): void {
    const breaker = this.service.deploymentConfiguration.deploymentCircuitBreaker
    if (!breaker?.enable) return
    const threshold = circuitBreakerThreshold(this.service.desiredCount)
    if (deployment.failedTasks < threshold) return
    deployment.serviceDeployment.circuitBreakerStatus = 'TRIGGERED'
    this.failDeployment(deployment, 'tasks failed to start.', {
      rollback: !!breaker.rollback,
      rollbackReason: 'Service deployment rolled back because the circuit breaker threshold was exceeded.',
      stoppedReason: 'Service deployment failed because the circuit breaker threshold was exceeded.',
      rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.'
    })
  }

  /**
   * Marks a rolling deployment FAILED ("deployment failed: <why>") and rolls back to the last completed one,
   * or (rollback off, or nothing to return to) stops its service deployment with `stoppedReason`.
   */
  private failDeployment(
    deployment: SimDeployment,
    why: string,
    texts: { rollback: boolean; rollbackReason: string; stoppedReason: string; rolloutStateReason: string }
  ): void {
    const { rollbackReason, stoppedReason } = texts
    deployment.rolloutState = 'FAILED'
    deployment.rolloutStateReason = texts.rolloutStateReason
    deployment.serviceDeployment.updatedAt = this.now
    this.event(`(deployment ${deployment.id}) deployment failed: ${why}`)
    const previous = this.deployments.find((d) => d !== deployment && d.rolloutState === 'COMPLETED')
    if (!texts.rollback || !previous) {
      deployment.serviceDeployment.status = 'STOPPED'
      deployment.serviceDeployment.statusReason = stoppedReason
      deployment.serviceDeployment.finishedAt = this.now
      return
    }
    this.event(`rolling back to deployment ${previous.id}.`)
    deployment.status = 'ACTIVE'
    deployment.serviceDeployment.status = 'ROLLBACK_IN_PROGRESS'
    deployment.serviceDeployment.statusReason = rollbackReason
    deployment.serviceDeployment.rollback = { reason: rollbackReason, startedAt: this.now, revisionArn: previous.revisionArn }
    previous.status = 'PRIMARY'
    previous.rolloutState = 'IN_PROGRESS'
    previous.rolloutStateReason = `ECS deployment circuit breaker: rolling back to deploymentId ${previous.id}.`
    previous.updatedAt = this.now
    previous.nextLaunchAt = this.now + 1
    previous.fates = [HEALTHY_FATE]
  }
}
