/** The scheduler's state as the ECS and ELBv2 APIs return it (SDK output shapes). */
import type {
  Container,
  Deployment,
  Service,
  ServiceDeployment,
  ServiceDeploymentBrief,
  ServiceRevisionSummary,
  Task,
  TaskSet
} from '@aws-sdk/client-ecs'
import type { TargetHealthDescription } from '@aws-sdk/client-elastic-load-balancing-v2'
import type { SimClock } from '../clock.js'
import type { World } from '../types.js'
import { circuitBreakerThreshold, type EcsScheduler } from './scheduler.js'
import { isActive, isPending, type SimDeployment, type SimTask } from './model.js'

export class EcsViews {
  constructor(
    private readonly scheduler: EcsScheduler,
    private readonly world: World,
    private readonly clock: SimClock
  ) {}

  private date(simSeconds: number | undefined): Date | undefined {
    return simSeconds === undefined ? undefined : this.clock.dateAt(simSeconds)
  }

  get clusterArn(): string {
    return `arn:aws:ecs:${this.world.region}:${this.world.accountId}:cluster/${this.world.cluster.name}`
  }

  get serviceArn(): string {
    return `arn:aws:ecs:${this.world.region}:${this.world.accountId}:service/${this.world.cluster.name}/${this.world.service.name}`
  }

  service(): Service {
    const spec = this.world.service
    const tasks = this.scheduler.tasks
    const primary = this.scheduler.primary
    const fargate = spec.launchType === 'FARGATE'
    const taskSets = this.scheduler.controller !== 'ECS'
    return {
      serviceArn: this.serviceArn,
      serviceName: spec.name,
      clusterArn: this.clusterArn,
      loadBalancers: spec.loadBalancers,
      serviceRegistries: [],
      status: this.scheduler.deletedAt === undefined ? 'ACTIVE' : tasks.some((t) => t.lastStatus !== 'STOPPED') ? 'DRAINING' : 'INACTIVE',
      desiredCount: this.scheduler.deletedAt === undefined ? spec.desiredCount : 0,
      runningCount: tasks.filter((t) => t.lastStatus === 'RUNNING').length,
      pendingCount: tasks.filter(isPending).length,
      launchType: spec.launchType,
      ...(fargate ? { platformVersion: spec.platformVersion ?? 'LATEST', platformFamily: 'Linux' } : {}),
      taskDefinition: primary.taskDefinitionArn,
      deploymentConfiguration: spec.deploymentConfiguration,
      deployments: taskSets ? [] : this.scheduler.visibleDeployments().map((d) => this.deployment(d)),
      ...(taskSets ? { taskSets: this.scheduler.visibleDeployments().map((d) => this.taskSet(d)) } : {}),
      roleArn: `arn:aws:iam::${this.world.accountId}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`,
      events: this.scheduler.events.map((e) => ({ id: e.id, createdAt: this.date(e.at), message: e.message })),
      createdAt: this.date(-90 * 86_400),
      ...(taskSets ? {} : { currentServiceDeployment: this.scheduler.currentDeployment.serviceDeployment.arn }),
      placementConstraints: [],
      placementStrategy: [],
      networkConfiguration: primary.networkConfiguration,
      healthCheckGracePeriodSeconds: spec.healthCheckGracePeriodSeconds ?? 0,
      schedulingStrategy: 'REPLICA',
      deploymentController: { type: this.scheduler.controller },
      createdBy: `arn:aws:iam::${this.world.accountId}:role/terraform-deployer`,
      enableECSManagedTags: true,
      propagateTags: 'NONE',
      enableExecuteCommand: false,
      availabilityZoneRebalancing: 'ENABLED'
    }
  }

  deployment(d: SimDeployment): Deployment {
    const spec = this.world.service
    const tasks = this.scheduler.tasksOf(d)
    const fargate = spec.launchType === 'FARGATE'
    return {
      id: d.id,
      status: d.status,
      taskDefinition: d.taskDefinitionArn,
      desiredCount: d.status === 'PRIMARY' ? spec.desiredCount : tasks.filter(isActive).length,
      pendingCount: tasks.filter(isPending).length,
      runningCount: tasks.filter((t) => isActive(t) && t.lastStatus === 'RUNNING').length,
      failedTasks: d.failedTasks,
      createdAt: this.date(d.createdAt),
      updatedAt: this.date(d.updatedAt),
      launchType: spec.launchType,
      ...(fargate ? { platformVersion: '1.4.0', platformFamily: 'Linux' } : {}),
      networkConfiguration: d.networkConfiguration,
      rolloutState: d.rolloutState,
      rolloutStateReason: d.rolloutStateReason,
      ...(d.serviceConnect ? { serviceConnectConfiguration: d.serviceConnect.configuration, serviceConnectResources: d.serviceConnect.resources } : {})
    }
  }

  serviceDeployment(d: SimDeployment): ServiceDeployment {
    const sd = d.serviceDeployment
    const spec = this.world.service
    const sources = sd.sourceDeploymentIds
      .map((id) => this.scheduler.deployments.find((x) => x.id === id))
      .filter((x): x is SimDeployment => !!x)
    const weights = (green: boolean) =>
      sd.productionWeight === undefined
        ? {}
        : {
            requestedProductionTrafficWeight: green ? sd.productionWeight : 100 - sd.productionWeight,
            requestedTestTrafficWeight: green ? (sd.testWeight ?? 0) : 100 - (sd.testWeight ?? 0)
          }
    const counts = (x: SimDeployment): ServiceRevisionSummary => {
      const tasks = this.scheduler.tasksOf(x)
      return {
        arn: x.revisionArn,
        requestedTaskCount: x.status === 'PRIMARY' ? spec.desiredCount : tasks.filter(isActive).length,
        runningTaskCount: tasks.filter((t) => isActive(t) && t.lastStatus === 'RUNNING').length,
        pendingTaskCount: tasks.filter(isPending).length,
        ...weights(x === d)
      }
    }
    return {
      serviceDeploymentArn: sd.arn,
      serviceArn: this.serviceArn,
      clusterArn: this.clusterArn,
      createdAt: this.date(d.createdAt),
      startedAt: this.date(sd.startedAt),
      finishedAt: this.date(sd.finishedAt),
      updatedAt: this.date(sd.updatedAt),
      sourceServiceRevisions: sources.map(counts),
      targetServiceRevision: counts(d),
      status: sd.status,
      statusReason: sd.statusReason,
      ...(sd.lifecycleStage ? { lifecycleStage: sd.lifecycleStage as ServiceDeployment['lifecycleStage'] } : {}),
      ...(sd.hooks?.length
        ? {
            lifecycleHookDetails: sd.hooks.map((h) => ({
              hookId: h.hookId,
              targetType: h.targetType,
              ...(h.targetArn ? { targetArn: h.targetArn } : {}),
              status: h.status,
              expiresAt: this.date(h.expiresAt),
              timeoutAction: h.timeoutAction
            }))
          }
        : {}),
      ...(sd.alarmsStatus
        ? { alarms: { status: sd.alarmsStatus, alarmNames: this.scheduler.watchedAlarms, triggeredAlarmNames: sd.triggeredAlarmNames ?? [] } }
        : {}),
      deploymentConfiguration: spec.deploymentConfiguration,
      rollback: sd.rollback
        ? { reason: sd.rollback.reason, startedAt: this.date(sd.rollback.startedAt), serviceRevisionArn: sd.rollback.revisionArn }
        : undefined,
      deploymentCircuitBreaker: {
        status: sd.circuitBreakerStatus,
        failureCount: d.failedTasks,
        threshold: circuitBreakerThreshold(spec.desiredCount)
      }
    }
  }

  /** CODE_DEPLOY / EXTERNAL: a deployment shown as the task set it is. */
  taskSet(d: SimDeployment): TaskSet {
    const spec = this.world.service
    const tasks = this.scheduler.tasksOf(d).filter(isActive)
    const running = tasks.filter((t) => t.lastStatus === 'RUNNING').length
    const pending = tasks.filter((t) => t.lastStatus !== 'RUNNING').length
    const computed = Math.ceil((spec.desiredCount * (d.taskSet?.scalePercent ?? 100)) / 100)
    const steady = running === computed && pending === 0 && tasks.every((t) => t.healthy)
    const lb = spec.loadBalancers[0]
    return {
      id: d.id,
      taskSetArn: `arn:aws:ecs:${this.world.region}:${this.world.accountId}:task-set/${this.world.cluster.name}/${spec.name}/${d.id}`,
      serviceArn: this.serviceArn,
      clusterArn: this.clusterArn,
      startedBy: d.taskSet?.startedBy,
      externalId: d.taskSet?.externalId,
      status: d.status === 'PRIMARY' ? 'PRIMARY' : 'ACTIVE',
      taskDefinition: d.taskDefinitionArn,
      computedDesiredCount: computed,
      pendingCount: pending,
      runningCount: running,
      createdAt: this.date(d.taskSet?.createdAt ?? d.createdAt),
      updatedAt: this.date(d.updatedAt),
      launchType: spec.launchType,
      networkConfiguration: d.networkConfiguration,
      loadBalancers: lb ? [{ targetGroupArn: d.targetGroupArns?.[0] ?? lb.targetGroupArn, containerName: lb.containerName, containerPort: lb.containerPort }] : [],
      scale: { value: d.taskSet?.scalePercent ?? 100, unit: 'PERCENT' },
      stabilityStatus: steady ? 'STEADY_STATE' : 'STABILIZING',
      stabilityStatusAt: this.date(d.updatedAt)
    }
  }

  serviceDeploymentBrief(d: SimDeployment): ServiceDeploymentBrief {
    const sd = d.serviceDeployment
    return {
      serviceDeploymentArn: sd.arn,
      serviceArn: this.serviceArn,
      clusterArn: this.clusterArn,
      startedAt: this.date(sd.startedAt),
      createdAt: this.date(d.createdAt),
      finishedAt: this.date(sd.finishedAt),
      targetServiceRevisionArn: d.revisionArn,
      status: sd.status,
      statusReason: sd.statusReason
    }
  }

  task(t: SimTask): Task {
    const td = t.taskDefinition
    const fargate = this.world.service.launchType === 'FARGATE'
    const stopped = t.desiredStatus === 'STOPPED'
    return {
      attachments: t.attachmentId ? [this.eniAttachment(t)] : [],
      attributes: [{ name: 'ecs.cpu-architecture', value: td.runtimePlatform?.cpuArchitecture === 'ARM64' ? 'arm64' : 'x86_64' }],
      availabilityZone: t.availabilityZone,
      clusterArn: this.clusterArn,
      connectivity: t.connectivityAt !== undefined ? 'CONNECTED' : undefined,
      connectivityAt: this.date(t.connectivityAt),
      containerInstanceArn: t.containerInstanceArn,
      containers: t.containers.map((c) => this.container(t, c)),
      cpu: td.cpu,
      createdAt: this.date(t.createdAt),
      desiredStatus: t.desiredStatus,
      enableExecuteCommand: false,
      executionStoppedAt: this.date(t.executionStoppedAt),
      group: `service:${this.world.service.name}`,
      healthStatus: t.healthStatus,
      lastStatus: t.lastStatus,
      launchType: this.world.service.launchType,
      memory: td.memory,
      overrides: { containerOverrides: t.containers.map((c) => ({ name: c.name })), inferenceAcceleratorOverrides: [] },
      ...(fargate ? { platformVersion: '1.4.0', platformFamily: 'Linux', ephemeralStorage: { sizeInGiB: 20 }, fargateEphemeralStorage: { sizeInGiB: 20 } } : {}),
      pullStartedAt: this.date(t.pullStartedAt),
      pullStoppedAt: this.date(t.pullStoppedAt),
      startedAt: this.date(t.startedAt),
      startedBy: t.deployment.id,
      stopCode: stopped ? t.stopCode : undefined,
      stoppedAt: this.date(t.stoppedAt),
      stoppedReason: stopped ? t.stoppedReason : undefined,
      stoppingAt: this.date(t.stoppingAt),
      tags: [],
      taskArn: t.arn,
      taskDefinitionArn: td.taskDefinitionArn,
      version: t.version
    }
  }

  private eniAttachment(t: SimTask) {
    const details = [{ name: 'subnetId', value: t.subnetId }]
    if (t.eniId) {
      details.push(
        { name: 'networkInterfaceId', value: t.eniId },
        { name: 'macAddress', value: t.macAddress },
        { name: 'privateDnsName', value: `ip-${(t.ip ?? '').replaceAll('.', '-')}.${this.world.region}.compute.internal` },
        { name: 'privateIPv4Address', value: t.ip }
      )
    }
    return { id: t.attachmentId, type: 'ElasticNetworkInterface', status: t.eniStatus, details }
  }

  private container(t: SimTask, c: SimTask['containers'][number]): Container {
    const bridge = !t.attachmentId && c.hostPort !== undefined
    return {
      containerArn: c.containerArn,
      taskArn: t.arn,
      name: c.name,
      image: c.image,
      imageDigest: c.imageDigest,
      runtimeId: c.runtimeId,
      lastStatus: c.lastStatus,
      exitCode: c.exitCode,
      reason: c.reason,
      networkBindings:
        bridge && c.runtimeId
          ? [{ bindIP: '0.0.0.0', containerPort: c.containerPort, hostPort: c.hostPort, protocol: 'tcp' }]
          : [],
      networkInterfaces: t.ip ? [{ attachmentId: t.attachmentId, privateIpv4Address: t.ip }] : [],
      healthStatus: c.hasHealthCheck ? c.healthStatus : 'UNKNOWN',
      cpu: '0'
    }
  }

  targetHealth(targetGroupArn: string): TargetHealthDescription[] {
    return this.scheduler.tasks.flatMap((t) =>
      t.targets
        .filter((target) => target.targetGroupArn === targetGroupArn)
        .map((target) => ({
          Target: { Id: target.id, Port: target.port, AvailabilityZone: target.availabilityZone },
          HealthCheckPort: String(target.port),
          TargetHealth: { State: target.state, Reason: target.reason, Description: target.description }
        }))
    )
  }
}
