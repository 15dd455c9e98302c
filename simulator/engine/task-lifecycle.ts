/**
 * One task's life, as the ECS agent and the load balancer play it: PROVISIONING (ENI) → PENDING (pull) →
 * RUNNING → healthy, or a stop with the scenario's stop code, reason, exit code and log lines; target health
 * from initial to healthy / unhealthy to draining; awslogs lines in the task's stream.
 */
import type { TaskDefinition, TaskStopCode } from '@aws-sdk/client-ecs'
import type { SimClock } from '../clock.js'
import type { IdGenerator } from '../random.js'
import type { TaskFate, TargetGroupSpec, World } from '../types.js'
import type { LogStore } from './logs.js'
import { isActive, type SimContainer, type SimDeployment, type SimTask } from './model.js'
import type { TimeQueue } from './time-queue.js'

export interface StopOptions {
  stopCode: TaskStopCode
  stoppedReason: string
  exitCode?: number
  containerReason?: string
  /** Wait for the load balancer's deregistration delay before stopping the containers. */
  drain: boolean
  /** The process ignores SIGTERM: SIGKILL after the container's stopTimeout (exit 137). */
  ignoresSigterm?: boolean
  /** Counts against the deployment (not a scale-in). */
  failure: boolean
}

/** What the lifecycle needs from the scheduler that owns the tasks. */
export interface LifecycleHost {
  readonly world: World
  readonly clock: SimClock
  readonly ids: IdGenerator
  readonly logs: LogStore
  readonly queue: TimeQueue
  readonly tasks: SimTask[]
  event(message: string): void
  /** A task stopped for a reason that counts as a failure of its deployment. */
  taskFailed(task: SimTask, neverStarted: boolean): void
  taskDefinition(arn: string): TaskDefinition
  targetGroup(arn: string): TargetGroupSpec | undefined
}

export class TaskLifecycle {
  private subnetCursor = 0

  constructor(private readonly host: LifecycleHost) {}

  /** Puts a pre-existing task straight into RUNNING (the previous deployment's tasks at second 0). */
  bringUp(task: SimTask, startedAt: number): void {
    this.attachNetwork(task, startedAt - 20)
    task.pullStartedAt = startedAt - 15
    task.pullStoppedAt = startedAt - 5
    this.enterRunning(task, startedAt, false)
    for (const target of task.targets) Object.assign(target, { state: 'healthy', reason: undefined, description: undefined })
  }

  /** A new PROVISIONING task of `deployment`, placed in a subnet (awsvpc) or on a container instance (bridge). */
  create(deployment: SimDeployment, fate: TaskFate, createdAt: number): SimTask {
    const { accountId, region } = this.host.world
    const cluster = this.host.world.cluster.name
    const id = this.host.ids.hex(32)
    const taskDefinition = this.host.taskDefinition(deployment.taskDefinitionArn)
    const containers: SimContainer[] = (taskDefinition.containerDefinitions ?? []).map((def) => {
      const options = def.logConfiguration?.logDriver === 'awslogs' ? def.logConfiguration.options ?? {} : undefined
      const mapping = def.portMappings?.[0]
      return {
        name: def.name ?? 'app',
        image: def.image ?? '',
        containerArn: `arn:aws:ecs:${region}:${accountId}:container/${cluster}/${id}/${this.host.ids.uuid()}`,
        lastStatus: 'PENDING',
        healthStatus: 'UNKNOWN',
        hasHealthCheck: !!def.healthCheck,
        containerPort: mapping?.containerPort,
        hostPort: mapping?.hostPort,
        awslogs: options?.['awslogs-group']
          ? { group: options['awslogs-group'], stream: `${options['awslogs-stream-prefix'] ?? 'ecs'}/${def.name}/${id}` }
          : undefined
      }
    })
    const proxy = deployment.serviceConnect
    if (proxy) containers.push(this.serviceConnectProxy(proxy, id))
    const task: SimTask = {
      id,
      arn: `arn:aws:ecs:${region}:${accountId}:task/${cluster}/${id}`,
      deployment,
      taskDefinition,
      fate,
      requestId: this.host.ids.uuid(),
      lastStatus: 'PROVISIONING',
      desiredStatus: 'RUNNING',
      healthStatus: 'UNKNOWN',
      healthy: false,
      reachedRunning: false,
      createdAt,
      containers,
      targets: [],
      version: 1
    }
    this.placeTask(task)
    this.host.tasks.push(task)
    return task
  }

  /**
   * The Service Connect proxy ECS adds to each task of a deployment with Service Connect: the AppNet agent
   * and Envoy, with a health check ECS defines, logging where the Service Connect configuration says.
   */
  private serviceConnectProxy(proxy: NonNullable<SimDeployment['serviceConnect']>, taskId: string): SimContainer {
    const { accountId, region } = this.host.world
    const options = proxy.configuration.logConfiguration?.logDriver === 'awslogs' ? (proxy.configuration.logConfiguration.options ?? {}) : undefined
    return {
      name: proxy.proxyName,
      image: 'ecs-service-connect-agent:interface-v1',
      containerArn: `arn:aws:ecs:${region}:${accountId}:container/${this.host.world.cluster.name}/${taskId}/${this.host.ids.uuid()}`,
      lastStatus: 'PENDING',
      healthStatus: 'UNKNOWN',
      hasHealthCheck: true,
      awslogs: options?.['awslogs-group'] ? { group: options['awslogs-group'], stream: `${options['awslogs-stream-prefix'] ?? 'ecs'}/${proxy.proxyName}/${taskId}` } : undefined
    }
  }

  private placeTask(task: SimTask): void {
    const awsvpc = task.deployment.networkConfiguration?.awsvpcConfiguration
    if (this.host.world.service.launchType === 'EC2' && !awsvpc) {
      const instances = this.host.world.cluster.containerInstances
      const instance = instances[this.host.tasks.length % Math.max(1, instances.length)]
      task.containerInstanceArn = instance?.containerInstanceArn
      task.availabilityZone = instance?.attributes?.find((a) => a.name === 'ecs.availability-zone')?.value
      return
    }
    const subnetIds = awsvpc?.subnets ?? []
    const subnetId = subnetIds[this.subnetCursor++ % Math.max(1, subnetIds.length)]
    const subnet = this.host.world.network.subnets.find((s) => s.SubnetId === subnetId)
    task.subnetId = subnetId
    task.availabilityZone = subnet?.AvailabilityZone
    task.attachmentId = this.host.ids.uuid()
    task.eniStatus = 'PRECREATED'
  }

  private attachNetwork(task: SimTask, at: number): void {
    task.connectivityAt = at
    if (!task.attachmentId) return
    const subnet = this.host.world.network.subnets.find((s) => s.SubnetId === task.subnetId)
    const base = (subnet?.CidrBlock ?? '10.0.0.0/24').split('/')[0].split('.').map(Number)
    task.ip = `${base[0]}.${base[1]}.${base[2]}.${this.host.ids.int(10, 250)}`
    task.eniId = `eni-0${this.host.ids.hex(16)}`
    task.macAddress = Array.from({ length: 6 }, (_, i) => (i === 0 ? '0a' : this.host.ids.hex(2))).join(':')
    task.eniStatus = 'ATTACHED'
  }

  /** Fills {taskId}, {requestId}, {ip} and {subnetId} in scenario text. */
  render(task: SimTask, text: string): string {
    return text
      .replaceAll('{taskId}', task.id)
      .replaceAll('{requestId}', task.requestId)
      .replaceAll('{ip}', task.ip ?? '10.0.10.10')
      .replaceAll('{subnetId}', task.subnetId ?? '')
  }

  private fateFor(deployment: SimDeployment): TaskFate {
    const fates = deployment.fates
    return fates[Math.min(deployment.launched, fates.length - 1)]
  }

  /** Starts the next task of `deployment` and schedules its whole fate. */
  start(deployment: SimDeployment): SimTask {
    const fate = this.fateFor(deployment)
    deployment.launched++
    const task = this.create(deployment, fate, this.host.queue.now)
    const outcome = fate.outcome
    const provisioned = this.host.queue.now + (fate.provisioningSeconds ?? 5)
    const failToStart = (at: number, stoppedReason: string) =>
      this.host.queue.at(at, () => this.stop(task, { stopCode: 'TaskFailedToStart', stoppedReason: this.render(task, stoppedReason), drain: false, failure: true }))

    if (outcome.kind === 'fails-to-start' && outcome.stage === 'provisioning') {
      failToStart(this.host.queue.now + (outcome.afterSeconds ?? fate.provisioningSeconds ?? 5), outcome.stoppedReason)
      return task
    }
    this.host.queue.at(provisioned, () => {
      if (!isActive(task)) return
      this.attachNetwork(task, provisioned)
      task.lastStatus = 'PENDING'
      task.version++
    })
    if (outcome.kind === 'fails-to-start' && outcome.stage === 'before-pull') {
      failToStart(provisioned + (outcome.afterSeconds ?? 3), outcome.stoppedReason)
      return task
    }
    const pullStart = provisioned + 1
    const pullEnd = pullStart + (fate.pullSeconds ?? 8)
    this.host.queue.at(pullStart, () => {
      if (isActive(task)) task.pullStartedAt = pullStart
    })
    if (outcome.kind === 'fails-to-start' && outcome.stage === 'pull') {
      failToStart(pullStart + (outcome.afterSeconds ?? fate.pullSeconds ?? 8), outcome.stoppedReason)
      return task
    }
    this.host.queue.at(pullEnd, () => {
      if (!isActive(task)) return
      task.pullStoppedAt = pullEnd
      for (const c of task.containers) c.imageDigest = this.imageDigest(c.image)
    })
    if (outcome.kind === 'fails-to-start') {
      failToStart(pullEnd + (outcome.afterSeconds ?? 1), outcome.stoppedReason)
      return task
    }
    const running = pullEnd + 1
    this.host.queue.at(running, () => {
      if (isActive(task)) this.enterRunning(task, running, true)
    })
    this.scheduleOutcome(task, running)
    return task
  }

  private imageDigest(image: string): string | undefined {
    const [repoPart, tag] = image.split('/').slice(1).join('/').split(':')
    const repository = this.host.world.ecr.repositories.find((r) => r.name === repoPart)
    return repository?.images.find((i) => i.tags.includes(tag ?? 'latest'))?.digest
  }

  /** `live` = started during the replay (announced in events, logs from the scenario); else pre-existing. */
  private enterRunning(task: SimTask, at: number, live: boolean): void {
    task.lastStatus = 'RUNNING'
    task.startedAt = at
    task.reachedRunning = true
    task.version++
    for (const c of task.containers) {
      c.lastStatus = 'RUNNING'
      c.runtimeId = `${task.id}-${this.host.ids.digits(10)}`
      if (c.awslogs) this.host.logs.createStream(c.awslogs.group, c.awslogs.stream, this.host.clock.epochMsAt(at))
    }
    this.registerTargets(task, live)
    if (live) this.scheduleLogs(task, at)
    else this.writeStartupLogs(task, at)
  }

  private registerTargets(task: SimTask, announce: boolean): void {
    for (const [index, spec] of this.host.world.service.loadBalancers.entries()) {
      const lb = { ...spec, targetGroupArn: task.deployment.targetGroupArns?.[index] ?? spec.targetGroupArn }
      if (!lb.targetGroupArn) continue
      const container = task.containers.find((c) => c.name === lb.containerName)
      const instance = this.host.world.cluster.containerInstances.find((i) => i.containerInstanceArn === task.containerInstanceArn)
      task.targets.push({
        targetGroupArn: lb.targetGroupArn,
        id: task.ip ?? instance?.ec2InstanceId ?? task.id,
        port: task.ip ? (lb.containerPort ?? 80) : (container?.hostPort ?? lb.containerPort ?? 80),
        availabilityZone: task.availabilityZone,
        state: 'initial',
        reason: 'Elb.RegistrationInProgress',
        description: 'Target registration is in progress'
      })
    }
    if (task.targets.length > 0) {
      const registeredAt = this.host.queue.now
      this.host.queue.at(registeredAt + 3, () => {
        for (const target of task.targets) {
          if (target.state === 'initial') Object.assign(target, { reason: 'Elb.InitialHealthChecking', description: 'Initial health checks in progress' })
        }
      })
      if (announce) {
        const groups = [...new Set(task.targets.map((t) => t.targetGroupArn))]
        for (const tg of groups) this.host.event(`registered 1 targets in (target-group ${tg})`)
      }
    }
  }

  private scheduleLogs(task: SimTask, runningAt: number): void {
    for (const line of task.fate.logs ?? []) {
      this.host.queue.at(runningAt + line.at, () => {
        if (task.executionStoppedAt !== undefined && task.executionStoppedAt < runningAt + line.at) return
        const at = runningAt + line.at
        this.writeLog(task, at, this.render(task, line.message).replaceAll('{time}', this.host.clock.dateAt(at).toISOString()))
      })
    }
  }

  private writeStartupLogs(task: SimTask, at: number): void {
    const port = task.containers[0]?.containerPort ?? 8080
    const time = this.host.clock.dateAt(at + 1).toISOString()
    this.writeLog(task, at + 1, `{"level":"info","time":"${time}","msg":"server listening","port":${port}}`)
  }

  private writeLog(task: SimTask, at: number, message: string): void {
    const container = task.containers.find((c) => c.awslogs)
    if (!container?.awslogs) return
    this.host.logs.write(container.awslogs.group, container.awslogs.stream, this.host.clock.epochMsAt(at), message)
  }

  private scheduleOutcome(task: SimTask, running: number): void {
    const outcome = task.fate.outcome
    const stillRunning = () => isActive(task) && task.lastStatus === 'RUNNING'
    switch (outcome.kind) {
      case 'healthy': {
        const after = outcome.healthyAfterSeconds ?? (task.targets.length > 0 || this.host.world.service.loadBalancers.length > 0 ? 20 : 3)
        this.host.queue.at(running + after, () => {
          if (stillRunning()) this.markHealthy(task)
        })
        return
      }
      case 'container-exits':
        this.host.queue.at(running + outcome.afterSeconds, () => {
          if (!stillRunning()) return
          this.stop(task, {
            stopCode: 'EssentialContainerExited',
            stoppedReason: 'Essential container in task exited',
            exitCode: outcome.exitCode,
            containerReason: outcome.containerReason,
            drain: false,
            failure: true
          })
        })
        return
      case 'fails-elb-health-checks': {
        const firstUnhealthy = running + Math.min(outcome.afterSeconds, this.unhealthyDetectionSeconds())
        this.host.queue.at(firstUnhealthy, () => {
          if (!stillRunning()) return
          for (const target of task.targets) Object.assign(target, { state: 'unhealthy', reason: outcome.reason, description: outcome.description })
        })
        this.host.queue.at(running + outcome.afterSeconds, () => {
          if (!stillRunning()) return
          const port = task.targets[0]?.port ?? task.containers[0]?.containerPort
          for (const tg of new Set(task.targets.map((t) => t.targetGroupArn))) {
            this.host.event(`(task ${task.id}) (port ${port}) is unhealthy in (target-group ${tg}) due to (reason ${outcome.eventReason}).`)
          }
          this.stopForHealth(task, `Task failed ELB health checks in (target-group ${task.targets[0]?.targetGroupArn})`, outcome.ignoresSigterm)
        })
        return
      }
      case 'fails-container-health-checks':
        this.host.queue.at(running + Math.min(20, outcome.afterSeconds), () => {
          if (!stillRunning()) return
          for (const target of task.targets) Object.assign(target, { state: 'healthy', reason: undefined, description: undefined })
        })
        this.host.queue.at(running + outcome.afterSeconds, () => {
          if (!stillRunning()) return
          task.healthStatus = 'UNHEALTHY'
          const proxyName = task.deployment.serviceConnect?.proxyName
          for (const c of task.containers) {
            if (c.hasHealthCheck && (outcome.container !== 'service-connect-proxy' || c.name === proxyName)) c.healthStatus = 'UNHEALTHY'
          }
          this.host.event(`(task ${task.id}) failed container health checks.`)
          this.stopForHealth(task, 'Task failed container health checks', outcome.ignoresSigterm)
        })
        return
      default:
        return
    }
  }

  private unhealthyDetectionSeconds(): number {
    const tg = this.host.world.service.loadBalancers[0]?.targetGroupArn ? this.host.targetGroup(this.host.world.service.loadBalancers[0].targetGroupArn) : undefined
    return (tg?.HealthCheckIntervalSeconds ?? 30) * (tg?.UnhealthyThresholdCount ?? 2)
  }

  private stopForHealth(task: SimTask, stoppedReason: string, ignoresSigterm?: boolean): void {
    task.deployment.replacedUnhealthy++
    this.stop(task, {
      stopCode: 'ServiceSchedulerInitiated',
      stoppedReason,
      exitCode: ignoresSigterm ? 137 : 143,
      drain: true,
      ignoresSigterm,
      failure: true
    })
    this.host.event(`has stopped 1 running tasks: (task ${task.id}).`)
  }

  markHealthy(task: SimTask): void {
    task.healthy = true
    task.healthStatus = task.containers.some((c) => c.hasHealthCheck) ? 'HEALTHY' : 'UNKNOWN'
    for (const c of task.containers) if (c.hasHealthCheck) c.healthStatus = 'HEALTHY'
    for (const target of task.targets) Object.assign(target, { state: 'healthy', reason: undefined, description: undefined })
    task.deployment.failedTasks = 0
    task.deployment.consecutiveStartFailures = 0
    task.version++
  }

  stop(task: SimTask, options: StopOptions): void {
    if (!isActive(task)) return
    const wasRunning = task.lastStatus === 'RUNNING'
    task.desiredStatus = 'STOPPED'
    task.healthy = false
    task.stopCode = options.stopCode
    task.stoppedReason = options.stoppedReason
    task.stoppingAt = this.host.queue.now
    task.version++
    if (options.failure) this.host.taskFailed(task, !task.reachedRunning)

    if (!wasRunning) {
      task.lastStatus = task.eniStatus === 'ATTACHED' ? 'DEPROVISIONING' : 'STOPPED'
      for (const c of task.containers) c.lastStatus = 'STOPPED'
      task.executionStoppedAt = this.host.queue.now
      if (task.lastStatus === 'STOPPED') this.finishStop(task)
      else this.host.queue.at(this.host.queue.now + 2, () => this.finishStop(task))
      return
    }
    if (options.stopCode === 'EssentialContainerExited') {
      this.exitContainers(task, options.exitCode, options.containerReason)
      task.lastStatus = 'STOPPING'
      this.drainTargets(task)
      this.host.queue.at(this.host.queue.now + 1, () => (task.lastStatus = 'DEPROVISIONING'))
      this.host.queue.at(this.host.queue.now + 3, () => this.finishStop(task))
      return
    }
    const drainSeconds = options.drain && task.targets.length > 0 ? this.deregistrationDelay(task) : 0
    if (drainSeconds > 0) {
      task.lastStatus = 'DEACTIVATING'
      this.drainTargets(task)
    }
    const sigterm = this.host.queue.now + drainSeconds
    const stopTimeout = task.taskDefinition.containerDefinitions?.[0]?.stopTimeout ?? 30
    const exitAt = sigterm + (options.ignoresSigterm ? stopTimeout : 1)
    this.host.queue.at(sigterm, () => (task.lastStatus = 'STOPPING'))
    this.host.queue.at(exitAt, () => this.exitContainers(task, options.exitCode, options.containerReason))
    this.host.queue.at(exitAt + 1, () => (task.lastStatus = 'DEPROVISIONING'))
    this.host.queue.at(exitAt + 3, () => this.finishStop(task))
  }

  private deregistrationDelay(task: SimTask): number {
    return Math.max(...task.targets.map((t) => this.host.targetGroup(t.targetGroupArn)?.deregistrationDelaySeconds ?? 300))
  }

  private drainTargets(task: SimTask): void {
    for (const target of task.targets) {
      const unhealthy = target.state === 'unhealthy'
      Object.assign(target, {
        state: unhealthy ? 'unhealthy.draining' : 'draining',
        reason: 'Target.DeregistrationInProgress',
        description: 'Target deregistration is in progress'
      })
    }
  }

  private exitContainers(task: SimTask, exitCode: number | undefined, reason: string | undefined): void {
    task.executionStoppedAt = this.host.queue.now
    for (const [index, c] of task.containers.entries()) {
      c.lastStatus = 'STOPPED'
      c.exitCode = index === 0 ? exitCode : 143
      if (index === 0 && reason) c.reason = reason
    }
    task.version++
  }

  private finishStop(task: SimTask): void {
    task.lastStatus = 'STOPPED'
    task.stoppedAt = this.host.queue.now
    task.executionStoppedAt ??= this.host.queue.now
    task.targets = []
    if (task.eniStatus) task.eniStatus = 'DELETED'
    for (const c of task.containers) c.lastStatus = 'STOPPED'
    task.version++
  }
}
