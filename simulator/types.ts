/**
 * Scenario format: a static AWS world (in AWS SDK shapes wherever AWS has one) plus a timeline saying what
 * happens to each task the followed deployment starts. Scenarios are plain data; the engine replays them.
 */
import type {
  ContainerInstance,
  DeploymentConfiguration,
  LaunchType,
  LoadBalancer as EcsLoadBalancer,
  NetworkConfiguration,
  TaskDefinition
} from '@aws-sdk/client-ecs'
import type {
  InternetGateway,
  NatGateway,
  NetworkAcl,
  RouteTable,
  SecurityGroup,
  Subnet,
  Vpc,
  VpcEndpoint
} from '@aws-sdk/client-ec2'
import type { LoadBalancer, TargetGroup, TargetHealthReasonEnum } from '@aws-sdk/client-elastic-load-balancing-v2'
import type { RootCauseCode, Verdict } from '../src/types.js'
import type { Faults } from './faults.js'

/** The action inputs the e2e tests and the demo pass for this scenario. */
export interface ScenarioAction {
  cluster: string
  service: string
  region: string
  timeoutMinutes?: number
  maxFailedTasks?: number
  /** Passed as the deployment-id input: follow this deployment even if it is no longer PRIMARY when the action starts. */
  deploymentId?: string
  /** Passed as the on-failure input. */
  onFailure?: 'report' | 'rollback'
}

/** What the action must conclude about one service. rootCause null = nothing failed (or nothing to blame yet). */
export interface ServiceExpectation {
  verdict: Verdict
  rootCause: RootCauseCode | null
  /** With on-failure: rollback, the rollback output. */
  rollback?: 'rolled-back' | 'failed' | 'not-permitted' | 'skipped'
}

/** One more service deployed in the same step, in the same cluster, network and account as `world.service`. */
export interface ServiceScenario {
  service: ServiceSpec
  timeline: Timeline
}

export interface Scenario {
  name: string
  description: string
  /**
   * What the action must conclude: its verdict and root-cause outputs (with several services, those of
   * the first failing one) and, for scenarios with several services, each service's own.
   */
  expect: ServiceExpectation & { services?: Record<string, ServiceExpectation> }
  action: ScenarioAction
  /** Default speed factor for this scenario when the caller gives none. */
  speed?: number
  world: World
  timeline: Timeline
  /**
   * Further services deployed in the same step (multi-service scenarios): each has its own deployments,
   * tasks, events and timeline; `world.service` and `timeline` are the first service.
   */
  moreServices?: ServiceScenario[]
  /** Faults this scenario always has, e.g. a permission the action's role lacks; added to the caller's. */
  faults?: Faults
}

export interface World {
  accountId: string
  region: string
  /** The identity the action runs as (STS GetCallerIdentity). */
  caller: { roleName: string; sessionName: string }
  cluster: { name: string; containerInstances: ContainerInstance[] }
  service: ServiceSpec
  /** Registered task definitions (taskDefinitionArn, family and revision set). */
  taskDefinitions: TaskDefinition[]
  network: NetworkSpec
  iam: { roles: RoleSpec[] }
  secrets: SecretSpec[]
  parameters: ParameterSpec[]
  ecr: { repositories: RepositorySpec[] }
  logGroups: LogGroupSpec[]
  loadBalancing: { loadBalancers: LoadBalancer[]; targetGroups: TargetGroupSpec[] }
}

export interface ServiceSpec {
  name: string
  desiredCount: number
  launchType: LaunchType
  platformVersion?: string
  networkConfiguration?: NetworkConfiguration
  loadBalancers: EcsLoadBalancer[]
  healthCheckGracePeriodSeconds?: number
  deploymentConfiguration: DeploymentConfiguration
  /** The deployment being replaced: COMPLETED a day ago, its tasks running and healthy at second 0. */
  previousDeployment: DeploymentSpec
  /** The followed deployment, created at simulated second 0 (as if by the deploy step's UpdateService). */
  deployment: DeploymentSpec
}

export interface DeploymentSpec {
  id: string
  taskDefinition: string
  /** When the deployment changed the network configuration (default: the service's). */
  networkConfiguration?: NetworkConfiguration
}

export interface NetworkSpec {
  vpcs: Vpc[]
  vpcAttributes: Record<string, { enableDnsSupport: boolean; enableDnsHostnames: boolean }>
  /** AvailableIpAddressCount is the count before this deployment's tasks take addresses. */
  subnets: Subnet[]
  routeTables: RouteTable[]
  natGateways: NatGateway[]
  internetGateways: InternetGateway[]
  vpcEndpoints: VpcEndpoint[]
  securityGroups: SecurityGroup[]
  networkAcls: NetworkAcl[]
  /** AWS-managed prefix lists (e.g. com.amazonaws.eu-west-1.s3). */
  prefixLists: { id: string; name: string; cidrs: string[] }[]
}

export interface PolicyStatement {
  Sid?: string
  Effect: 'Allow' | 'Deny'
  Action?: string | string[]
  NotAction?: string | string[]
  Resource: string | string[]
}

export interface PolicySpec {
  name: string
  /** aws-managed and customer-managed policies are attached; inline ones are role policies. */
  kind: 'aws-managed' | 'customer-managed' | 'inline'
  statements: PolicyStatement[]
}

export interface RoleSpec {
  name: string
  path?: string
  description?: string
  /** The trust policy (AssumeRolePolicyDocument) as an object; it is URL-encoded JSON on the wire, as in AWS. */
  trustPolicy: { Version: string; Statement: Record<string, unknown>[] }
  policies: PolicySpec[]
}

export interface SecretSpec {
  name: string
  /** Full ARN including the random 6-character suffix. */
  arn: string
  /** Customer-managed KMS key ARN; absent = aws/secretsmanager. */
  kmsKeyId?: string
  description?: string
}

export interface ParameterSpec {
  name: string
  type: 'String' | 'StringList' | 'SecureString'
  /** KMS key of a SecureString (alias/aws/ssm when absent). */
  keyId?: string
}

export interface ImageSpec {
  tags: string[]
  digest: string
  /** Platforms of the image, e.g. ['amd64'] or ['amd64', 'arm64'] for a multi-arch index. */
  architectures: string[]
  /** true = pushed as an image index / manifest list (buildx), false = single image manifest. */
  index: boolean
  sizeInBytes: number
  pushedDaysAgo: number
}

export interface RepositorySpec {
  name: string
  /** Account that owns the registry; defaults to the world's account. */
  registryId?: string
  images: ImageSpec[]
}

export interface LogGroupSpec {
  name: string
  retentionInDays?: number
}

export interface TargetGroupSpec extends TargetGroup {
  /** deregistration_delay.timeout_seconds. */
  deregistrationDelaySeconds: number
}

/** A log line a container writes, at seconds after it started. `{taskId}` is replaced by the task id. */
export interface LogLine {
  at: number
  message: string
}

/**
 * What happens to one task. Stopped reasons and log lines may use the placeholders {taskId}, {requestId}
 * (a fresh request id per task), {ip} (the task's private IP), {subnetId} and, in log lines, {time}.
 */
export interface TaskFate {
  /** ENI provisioning (PROVISIONING). Default 5. */
  provisioningSeconds?: number
  /** Image pull (PENDING with pullStartedAt). Default 8. */
  pullSeconds?: number
  outcome: TaskOutcome
  logs?: LogLine[]
}

export type TaskOutcome =
  /** Becomes healthy (target healthy / container health check passes) this long after RUNNING. */
  | { kind: 'healthy'; healthyAfterSeconds?: number }
  /**
   * Stops with stopCode TaskFailedToStart and this stoppedReason:
   * 'provisioning' = while the ENI is created; 'before-pull' = fetching secrets / registry auth / logger setup;
   * 'pull' = the image pull fails; 'create-container' = pulled, but the container cannot be created/started.
   */
  | { kind: 'fails-to-start'; stage: 'provisioning' | 'before-pull' | 'pull' | 'create-container'; stoppedReason: string; afterSeconds?: number }
  /** The essential container exits on its own (EssentialContainerExited). */
  | { kind: 'container-exits'; afterSeconds: number; exitCode: number; containerReason?: string }
  /** ELB marks the target unhealthy; ECS stops the task (ServiceSchedulerInitiated) `afterSeconds` after RUNNING. */
  | {
      kind: 'fails-elb-health-checks'
      afterSeconds: number
      /** TargetHealth.Reason, e.g. Target.ResponseCodeMismatch. */
      reason: TargetHealthReasonEnum
      /** TargetHealth.Description, e.g. "Health checks failed with these codes: [404]". */
      description: string
      /** The (reason ...) text of the service event. */
      eventReason: string
      /** true = the process ignores SIGTERM and is killed after stopTimeout (exit 137). */
      ignoresSigterm?: boolean
    }
  /** The container health check fails; ECS stops the task `afterSeconds` after RUNNING. */
  | { kind: 'fails-container-health-checks'; afterSeconds: number; ignoresSigterm?: boolean }

export interface Timeline {
  /** Fate of the i-th task the followed deployment starts; the last entry repeats. */
  newTasks: TaskFate[]
  /**
   * The followed deployment cannot launch any task: this service event (without the "(service NAME) "
   * prefix) is written once at the first attempt, as ECS suppresses duplicates.
   */
  launchBlocked?: { eventMessage: string }
  /** Exit codes of the previous deployment's tasks when the rollout stops them (default 143 each). */
  previousTaskExitCodes?: number[]
  /**
   * Fate of the i-th task of each deployment started during the replay (UpdateService, or the rollback of
   * StopServiceDeployment); the last entry repeats. Default: healthy, as the revision rolled back to worked.
   */
  laterDeploymentTasks?: TaskFate[]
  /** Tasks of the previous deployment that stopped earlier (within the hour ECS keeps stopped tasks). */
  earlierStoppedTasks?: { minutesAgo: number; stopCode: 'UserInitiated' | 'ServiceSchedulerInitiated' | 'SpotInterruption'; stoppedReason: string; exitCode: number }[]
}
