/** Mutable simulation state of the ECS service: deployments, tasks, targets (times in simulated seconds). */
import type {
  DeploymentRolloutState,
  NetworkConfiguration,
  HealthStatus,
  ServiceConnectConfiguration,
  ServiceConnectServiceResource,
  ServiceDeploymentStatus,
  TaskDefinition,
  TaskStopCode
} from '@aws-sdk/client-ecs'
import type { TargetHealthReasonEnum, TargetHealthStateEnum } from '@aws-sdk/client-elastic-load-balancing-v2'
import type { TaskFate } from '../types.js'

export interface SimServiceDeployment {
  arn: string
  status: ServiceDeploymentStatus
  statusReason?: string
  startedAt: number
  finishedAt?: number
  updatedAt: number
  sourceDeploymentIds: string[]
  rollback?: { reason: string; startedAt: number; revisionArn: string }
  circuitBreakerStatus: 'MONITORING' | 'TRIGGERED' | 'MONITORING_COMPLETE' | 'DISABLED'
  /** BLUE_GREEN / LINEAR / CANARY: the lifecycle stage, its hooks and the requested traffic weights of the target revision. */
  lifecycleStage?: string
  hooks?: SimHook[]
  productionWeight?: number
  testWeight?: number
  /** deploymentConfiguration.alarms enabled: MONITORING, then TRIGGERED or MONITORING_COMPLETE. */
  alarmsStatus?: 'MONITORING' | 'TRIGGERED' | 'MONITORING_COMPLETE' | 'DISABLED'
  triggeredAlarmNames?: string[]
}

export interface SimHook {
  hookId: string
  stage: string
  targetType: 'AWS_LAMBDA' | 'PAUSE'
  targetArn?: string
  status: 'AWAITING_ACTION' | 'IN_PROGRESS' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT'
  expiresAt?: number
  timeoutAction?: 'ROLLBACK' | 'CONTINUE'
}

export interface SimDeployment {
  id: string
  taskDefinitionArn: string
  status: 'PRIMARY' | 'ACTIVE' | 'INACTIVE'
  createdAt: number
  updatedAt: number
  rolloutState: DeploymentRolloutState
  rolloutStateReason: string
  failedTasks: number
  consecutiveStartFailures: number
  unableToStartReported: boolean
  nextLaunchAt: number
  launched: number
  /** Tasks stopped for an unhealthy status, announced by the next "has started" event. */
  replacedUnhealthy: number
  fates: TaskFate[]
  launchBlocked?: { eventMessage: string; untilSeconds?: number; reported: boolean }
  revisionArn: string
  serviceDeployment: SimServiceDeployment
  networkConfiguration?: NetworkConfiguration
  /** Service Connect: the configuration, the Cloud Map services ECS made for it, and the name of the proxy container its tasks get. */
  serviceConnect?: { configuration: ServiceConnectConfiguration; resources: ServiceConnectServiceResource[]; proxyName: string }
  /** Target groups its tasks register in, when not the service's (a blue/green deployment's alternate target group). */
  targetGroupArns?: string[]
  /** CODE_DEPLOY / EXTERNAL: this deployment is a task set (shown in taskSets, not deployments). */
  taskSet?: { externalId?: string; startedBy?: string; scalePercent: number; createdAt: number }
  /** Not created yet (a CodeDeploy replacement task set before Install): invisible, launches nothing. */
  hidden?: boolean
  /** ROLLING with alarms: when the bake after the rollout ends (ECS completes it then). */
  bakeEndsAt?: number
}

export interface SimContainer {
  name: string
  image: string
  containerArn: string
  lastStatus: 'PENDING' | 'RUNNING' | 'STOPPED'
  exitCode?: number
  reason?: string
  healthStatus: HealthStatus
  hasHealthCheck: boolean
  runtimeId?: string
  imageDigest?: string
  hostPort?: number
  containerPort?: number
  /** awslogs destination, when the container logs to CloudWatch. */
  awslogs?: { group: string; stream: string }
}

export interface SimTarget {
  targetGroupArn: string
  id: string
  port: number
  availabilityZone?: string
  state: TargetHealthStateEnum
  reason?: TargetHealthReasonEnum
  description?: string
}

export type TaskLastStatus =
  | 'PROVISIONING'
  | 'PENDING'
  | 'ACTIVATING'
  | 'RUNNING'
  | 'DEACTIVATING'
  | 'STOPPING'
  | 'DEPROVISIONING'
  | 'STOPPED'

export interface SimTask {
  id: string
  arn: string
  deployment: SimDeployment
  taskDefinition: TaskDefinition
  fate: TaskFate
  requestId: string
  availabilityZone?: string
  subnetId?: string
  ip?: string
  eniId?: string
  macAddress?: string
  attachmentId?: string
  eniStatus?: 'PRECREATED' | 'ATTACHED' | 'DELETED'
  containerInstanceArn?: string
  lastStatus: TaskLastStatus
  desiredStatus: 'RUNNING' | 'STOPPED'
  healthStatus: HealthStatus
  healthy: boolean
  reachedRunning: boolean
  createdAt: number
  connectivityAt?: number
  pullStartedAt?: number
  pullStoppedAt?: number
  startedAt?: number
  stoppingAt?: number
  executionStoppedAt?: number
  stoppedAt?: number
  stopCode?: TaskStopCode
  stoppedReason?: string
  containers: SimContainer[]
  targets: SimTarget[]
  version: number
  /** Exit code when the scheduler stops this task (default 143; 137 = ignores SIGTERM). */
  exitCodeOnStop?: number
}

export interface SimEvent {
  id: string
  at: number
  message: string
}


export function isActive(task: SimTask): boolean {
  return task.desiredStatus === 'RUNNING'
}

export function isPending(task: SimTask): boolean {
  return isActive(task) && ['PROVISIONING', 'PENDING', 'ACTIVATING'].includes(task.lastStatus)
}

export function isRunning(task: SimTask): boolean {
  return task.lastStatus === 'RUNNING'
}
