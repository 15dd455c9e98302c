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
  ServiceConnectConfiguration,
  TaskDefinition
} from '@aws-sdk/client-ecs'
import type { AccessPointDescription, FileSystemDescription, MountTargetDescription } from '@aws-sdk/client-efs'
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
import type { MetricAlarm } from '@aws-sdk/client-cloudwatch'
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
  /** Passed as the codedeploy-deployment-id input (CODE_DEPLOY scenarios). */
  codeDeployDeploymentId?: string
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
  /** CloudWatch metric alarms (SDK shapes; state, reason and history are simulated from `timeline.alarms`). */
  alarms?: MetricAlarm[]
  /** CODE_DEPLOY services: the CodeDeploy application and deployment group of `service`. */
  codeDeploy?: CodeDeployGroupSpec
  /** Amazon EFS file systems the task definitions may mount. */
  efs?: EfsSpec
}

/** EFS file systems, their mount targets (with the security groups of their network interfaces), access points and policies. */
export interface EfsSpec {
  fileSystems: FileSystemDescription[]
  mountTargets: (MountTargetDescription & { securityGroups: string[] })[]
  accessPoints: AccessPointDescription[]
  /** File system id → its file system policy; a file system without one has the default policy (PolicyNotFound). */
  policies: Record<string, { Version: string; Statement: Record<string, unknown>[] }>
}

/** A CodeDeploy ECS deployment group and the deployment the scenario follows (created at simulated second 0). */
export interface CodeDeployGroupSpec {
  applicationName: string
  deploymentGroupName: string
  deploymentId: string
  /** The deployment that put the blue task set in place (its task set's externalId). */
  previousDeploymentId: string
  /** The green task set's target group (the deployment group's second target group). */
  greenTargetGroupArn: string
  /** Lambda function of each lifecycle hook in the AppSpec (BeforeInstall, AfterAllowTestTraffic, ...). */
  hooks: Record<string, string>
  /** deploymentReadyOption STOP_DEPLOYMENT: wait in Ready for ContinueDeployment. */
  waitForReroute?: boolean
  /** Minutes the blue task set keeps running after the reroute (terminateBlueInstancesOnDeploymentSuccess). */
  terminationWaitMinutes: number
  autoRollback: boolean
}

export interface ServiceSpec {
  name: string
  /** deploymentController.type (default ECS). */
  deploymentController?: 'ECS' | 'CODE_DEPLOY' | 'EXTERNAL'
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
  /**
   * Service Connect of the deployment (as UpdateService sets it): DescribeServices shows it and the Cloud Map
   * services ECS made for it, and each task gets the Service Connect proxy container (ecs-service-connect-*).
   */
  serviceConnectConfiguration?: ServiceConnectConfiguration
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
  /**
   * The container health check fails; ECS stops the task `afterSeconds` after RUNNING. With `container:
   * 'service-connect-proxy'` it is the health check ECS runs on the Service Connect proxy that fails.
   */
  | { kind: 'fails-container-health-checks'; afterSeconds: number; ignoresSigterm?: boolean; container?: 'service-connect-proxy' }

export interface HookFate {
  outcome: 'succeeds' | 'fails'
  afterSeconds?: number
  /** What the function writes to its log group /aws/lambda/NAME. */
  logs?: string[]
}

export interface Timeline {
  /** Fate of the i-th task the followed deployment starts; the last entry repeats. */
  newTasks: TaskFate[]
  /**
   * The followed deployment cannot launch any task: this service event (without the "(service NAME) "
   * prefix) is written once at the first attempt, as ECS suppresses duplicates. With `untilSeconds` the
   * condition clears at that simulated second (capacity came back) and the tasks launch; the event stays listed.
   */
  launchBlocked?: { eventMessage: string; untilSeconds?: number }
  /** Exit codes of the previous deployment's tasks when the rollout stops them (default 143 each). */
  previousTaskExitCodes?: number[]
  /**
   * Fate of the i-th task of each deployment started during the replay (UpdateService, or the rollback of
   * StopServiceDeployment); the last entry repeats. Default: healthy, as the revision rolled back to worked.
   */
  laterDeploymentTasks?: TaskFate[]
  /** CloudWatch alarms of `world.alarms` that go into ALARM at these simulated seconds. */
  alarms?: { name: string; firesAt: number }[]
  /**
   * What each lifecycle hook's Lambda function does (by function ARN or name; default: returns SUCCEEDED after
   * 5 s): its answer and the lines it logs. Pause hooks wait for ContinueServiceDeployment or their timeout.
   */
  hooks?: Record<string, HookFate>
  /** Tasks of the previous deployment that stopped earlier (within the hour ECS keeps stopped tasks). */
  earlierStoppedTasks?: { minutesAgo: number; stopCode: 'UserInitiated' | 'ServiceSchedulerInitiated' | 'SpotInterruption'; stoppedReason: string; exitCode: number }[]
}
