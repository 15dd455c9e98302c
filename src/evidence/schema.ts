/**
 * Evidence document, schema version 1: the contract between collection (I/O) and diagnosis (pure).
 * AWS SDK output shapes are kept as they are (dates as ISO-8601 strings). Every key but
 * `schemaVersion` and `service` may be missing; diagnosis works with whatever is present.
 */
import type { Deployment, Service, ServiceDeployment, Task, TaskDefinition, ContainerInstance } from '@aws-sdk/client-ecs'
import type {
  NatGateway,
  NetworkAcl,
  RouteTable,
  SecurityGroup,
  Subnet,
  VpcEndpoint
} from '@aws-sdk/client-ec2'
import type { LoadBalancer, TargetGroup, TargetHealthDescription } from '@aws-sdk/client-elastic-load-balancing-v2'
import type { Jsonified, Verdict } from '../types.js'
import type { TaskSet } from '@aws-sdk/client-ecs'
import type { DeploymentInfo, ECSTarget } from '@aws-sdk/client-codedeploy'


export const EVIDENCE_SCHEMA_VERSION = 1

export type EcsService = Jsonified<Service>
export type EcsDeployment = Jsonified<Deployment>
export type EcsTask = Jsonified<Task>
export type EcsTaskDefinition = Jsonified<TaskDefinition>

/** What the watch saw: the verdict and why, so a diagnosis can be consistent with it. */
export interface WatchOutcome {
  verdict: Verdict
  /** One line, e.g. "3 tasks of ecs-svc/123 stopped with CannotPullContainerError". */
  reason: string
  startedAt: string
  endedAt: string
  /** Last progress line, e.g. "api ecs-svc/123: 1/2 running, 1 pending, 3 stopped (...)". */
  progress?: string
  /** Failure signatures of our deployment's stopped tasks with counts, most frequent first. */
  failureSignatures?: { signature: string; count: number; deterministic: boolean }[]
}

export interface LogExcerpt {
  taskArn: string
  containerName: string
  logGroup?: string
  logStream?: string
  /** Last `log-lines` lines of the container, oldest first, with credentials redacted (redact.ts). */
  lines: string[]
  /** Set when no lines could be read: why. */
  missing?: 'stream-not-found' | 'group-not-found' | 'no-awslogs-config'
}

export interface NetworkEvidence {
  vpcId?: string
  /** The security groups the tasks get: awsvpcConfiguration.securityGroups, or the VPC default group when none is set. */
  taskSecurityGroupIds?: string[]
  /** DescribeVpcAttribute results. */
  vpcAttributes?: { enableDnsSupport?: boolean; enableDnsHostnames?: boolean }
  subnets?: Jsonified<Subnet>[]
  routeTables?: Jsonified<RouteTable>[]
  natGateways?: Jsonified<NatGateway>[]
  vpcEndpoints?: Jsonified<VpcEndpoint>[]
  securityGroups?: Jsonified<SecurityGroup>[]
  networkAcls?: Jsonified<NetworkAcl>[]
  /** The S3 managed prefix list id of the region (pl-...), when known. */
  s3PrefixListId?: string
}

export type RoleKind = 'execution' | 'task'

export interface RoleEvidence {
  kind: RoleKind
  arn: string
  roleName: string
  exists: boolean
  /** Decoded AssumeRolePolicyDocument JSON text. */
  assumeRolePolicyDocument?: string
  trustsEcsTasks?: boolean
}

export interface PolicySimulation {
  role: RoleKind
  principalArn: string
  action: string
  resource: string
  decision: 'allowed' | 'implicitDeny' | 'explicitDeny'
  /** Source policy ids of the matched statements, when AWS returned them. */
  matchedStatements?: string[]
}

export interface ImageEvidence {
  containerName: string
  image: string
  registry: 'ecr' | 'dockerhub' | 'other'
  registryId?: string
  region?: string
  repositoryName?: string
  tag?: string
  digest?: string
  status: 'found' | 'image-not-found' | 'repository-not-found' | 'not-checked'
  /** Architectures in the image index / manifest, when known (e.g. ["amd64"]). */
  architectures?: string[]
}

export interface SecretEvidence {
  containerName: string
  /** Environment variable name the secret is injected as (never its value). */
  name: string
  valueFrom: string
  store: 'secretsmanager' | 'ssm'
  status: 'found' | 'not-found' | 'not-checked'
  arn?: string
  kmsKeyId?: string
}

export interface LogGroupEvidence {
  containerName: string
  logGroupName: string
  region?: string
  exists: boolean
  createGroup?: boolean
}

export interface LoadBalancingEvidence {
  targetGroups?: Jsonified<TargetGroup>[]
  targetHealth?: { targetGroupArn: string; descriptions: Jsonified<TargetHealthDescription>[] }[]
  /** The load balancers of those target groups (their SecurityGroups are also in network.securityGroups). */
  loadBalancers?: Jsonified<LoadBalancer>[]
}

/**
 * An EFS file system a volume of the task definition mounts (Amazon EFS DescribeFileSystems,
 * DescribeMountTargets, DescribeMountTargetSecurityGroups, DescribeAccessPoints, DescribeFileSystemPolicy).
 * The mount targets' security groups themselves (their rules) are in `network.securityGroups`.
 * Every key but `fileSystemId` may be missing: a call that failed leaves its key out (see `unavailable`).
 */
export interface EfsEvidence {
  fileSystemId: string
  /** DescribeFileSystems: false when the file system does not exist in this account and Region. */
  exists?: boolean
  /** available, creating, deleting, ... */
  lifeCycleState?: string
  name?: string
  /** Every mount target of the file system (one per Availability Zone at most), with the security groups of its network interface. */
  mountTargets?: { mountTargetId: string; subnetId?: string; availabilityZoneName?: string; lifeCycleState?: string; vpcId?: string; securityGroups?: string[] }[]
  /** The access points the task definition names. */
  accessPoints?: {
    accessPointId: string
    /** false when DescribeAccessPoints said AccessPointNotFound. */
    exists?: boolean
    /** The file system the access point belongs to. */
    fileSystemId?: string
    lifeCycleState?: string
    rootDirectory?: { path?: string; creationInfo?: { ownerUid?: number; ownerGid?: number; permissions?: string } }
    posixUser?: { uid?: number; gid?: number; secondaryGids?: number[] }
  }[]
  /**
   * The file system policy as JSON text; null when it has none (PolicyNotFound: the default policy, which lets
   * any client that reaches a mount target mount and write); absent when it could not be read.
   */
  policy?: string | null
}

/** Titles of the evidence checks, as `UnavailableCheck.check` names them. */
export const EVIDENCE_CHECKS = {
  taskDefinition: 'Task definition',
  previousTaskDefinition: 'Previous task definition',
  stoppedTasks: 'Stopped tasks of the deployment',
  serviceDeployments: 'Service deployment history',
  containerInstances: 'Container instances',
  containerLogs: 'Container logs',
  logGroups: 'CloudWatch log groups',
  subnets: 'Subnets and free IP addresses',
  routeTables: 'Subnet route tables',
  natGateways: 'NAT gateways',
  vpcEndpoints: 'VPC endpoints',
  vpcAttributes: 'VPC DNS attributes',
  securityGroups: 'Security groups',
  networkAcls: 'Network ACLs',
  s3PrefixList: 'S3 prefix list',
  roles: 'IAM roles and trust policies',
  policySimulation: 'Execution role permissions',
  images: 'Container images',
  secrets: 'Secrets and parameters',
  targetGroups: 'Target groups',
  targetHealth: 'Target health',
  loadBalancers: 'Load balancers',
  efsFileSystems: 'EFS file systems',
  efsMountTargets: 'EFS mount targets and their security groups',
  efsAccessPoints: 'EFS access points',
  efsPolicies: 'EFS file system policies',
  taskRoleSimulation: 'Task role permissions',
  alarms: 'Rollback alarms',
  hookLogs: 'Lifecycle hook logs'
} as const
export type EvidenceCheck = (typeof EVIDENCE_CHECKS)[keyof typeof EVIDENCE_CHECKS]

/** errorCode of a call that had not answered when the collection's overall deadline passed. */
export const DEADLINE_EXCEEDED = 'DeadlineExceeded'

/** A check that could not run: which API failed and how. */
export interface UnavailableCheck {
  /** One of EVIDENCE_CHECKS. */
  check: string
  /** IAM action form, e.g. "iam:SimulatePrincipalPolicy". */
  api: string
  error: string
  /** Error name from the SDK (e.g. "AccessDeniedException"), or DEADLINE_EXCEEDED. */
  errorCode?: string
  /** What the call was about when it concerned one resource (a role, secret, image, log stream, target group). */
  resource?: string
}

export interface Evidence {
  schemaVersion: typeof EVIDENCE_SCHEMA_VERSION
  generatedAt?: string
  region?: string
  cluster?: string
  serviceName?: string
  deploymentId?: string | null
  watch?: WatchOutcome
  service: EcsService
  /**
   * The followed deployment's task definition. Environment values are placeholders ("[REDACTED value 2]",
   * equal for equal values), command lines and log options are redacted (redact.ts).
   */
  taskDefinition?: EcsTaskDefinition | null
  /** The task definition of the deployment being replaced (last COMPLETED / ACTIVE one), for "what changed". */
  previousTaskDefinition?: EcsTaskDefinition | null
  /** Tasks of the followed deployment (startedBy == deploymentId), stopped and running. */
  tasks?: EcsTask[]
  /** DescribeServiceDeployments for the followed deployment (first), then later ones such as its rollback; when available. */
  serviceDeployments?: Jsonified<ServiceDeployment>[]
  logs?: LogExcerpt[]
  network?: NetworkEvidence
  iam?: { roles?: RoleEvidence[]; simulations?: PolicySimulation[] }
  images?: ImageEvidence[]
  secrets?: SecretEvidence[]
  logGroups?: LogGroupEvidence[]
  loadBalancing?: LoadBalancingEvidence
  efs?: EfsEvidence[]
  containerInstances?: Jsonified<ContainerInstance>[]
  /**
   * How the service deploys and what the watch saw of it beyond its tasks (strategy, stages, service
   * deployment, CodeDeploy deployment); after a failure, the alarms that fired and the failed hook's logs.
   */
  strategy?: StrategyEvidence
  unavailable?: UnavailableCheck[]
}

/**
 * How a service deploys, and what the watch saw of a deployment beyond its tasks, as plain JSON: the
 * strategy, the stages it went through, the service deployment or CodeDeploy deployment it last read.
 * It travels in the evidence (`strategy`) to the diagnosis and the reports.
 */
/** `deploymentController.type` (ECS when absent). */
export const DEPLOYMENT_CONTROLLERS = ['ECS', 'CODE_DEPLOY', 'EXTERNAL'] as const
export type DeploymentController = (typeof DEPLOYMENT_CONTROLLERS)[number]

/** ECS controller strategies (`deploymentConfiguration.strategy`, ROLLING when absent), or the other controllers. */
export type StrategyKind = 'ROLLING' | 'BLUE_GREEN' | 'LINEAR' | 'CANARY' | 'CODE_DEPLOY' | 'EXTERNAL'

export interface DeploymentStrategy {
  controller: DeploymentController
  kind: StrategyKind
  /** CloudWatch alarms ECS watches to roll back (ECS controller, `deploymentConfiguration.alarms` enabled). */
  alarms?: { names: string[]; rollback: boolean }
}

/** One lifecycle stage (or CodeDeploy lifecycle event) and when the watch first and last saw it. */
export interface StageSpan {
  stage: string
  startedAt: string
  endedAt?: string
  /** Succeeded, Failed, ... for CodeDeploy lifecycle events; absent for ECS stages. */
  status?: string
  /** ECS stages: the production traffic share green had by the end of the stage, as last seen. */
  greenTrafficPercent?: number
}

/** A deployment that waits for a person (or a later CI step) to act. */
export interface AwaitingAction {
  kind: 'pause-hook' | 'codedeploy-ready'
  /** Where it waits: the lifecycle stage, or `Ready`. */
  stage: string
  hookId?: string
  expiresAt?: string
  /** What ECS does when the pause expires (ROLLBACK or CONTINUE). */
  timeoutAction?: string
  /** Commands that continue or roll back, with the real ids. */
  continueCommand: string
  rollbackCommand: string
}

/** The function a lifecycle hook ran and its last log lines (collected as evidence when a hook failed). */
export interface HookLogs {
  functionArn: string
  functionName: string
  logGroupName: string
  /** Last lines, oldest first, redacted. */
  lines: string[]
  missing?: 'group-not-found' | 'no-lines'
}

export interface AlarmEvidence {
  name: string
  type: 'MetricAlarm' | 'CompositeAlarm' | 'unknown'
  stateValue?: string
  stateReason?: string
  stateTransitionedAt?: string
  metric?: string
  namespace?: string
  dimensions?: string
  statistic?: string
  threshold?: number
  comparison?: string
  periodSeconds?: number
  evaluationPeriods?: number
  /** Composite alarms: their rule. */
  alarmRule?: string
  /** State changes since the deployment began, newest first: "12:03:05 OK → ALARM: Threshold Crossed: ...". */
  history: { at: string; summary: string }[]
}

export interface StrategyEvidence extends DeploymentStrategy {
  /** ECS controller: the followed service deployment as last described. */
  serviceDeployment?: Jsonified<ServiceDeployment>
  /** Stages in the order the watch saw them (ECS lifecycle stages or CodeDeploy lifecycle events). */
  stages?: StageSpan[]
  codeDeploy?: {
    deploymentId: string
    applicationName?: string
    deploymentGroupName?: string
    deployment?: Jsonified<DeploymentInfo>
    target?: Jsonified<ECSTarget>
    /** Lambda function of each lifecycle hook, read from the deployment's AppSpec. */
    hookFunctions?: Record<string, string>
  }
  /** CODE_DEPLOY and EXTERNAL: the followed (replacement) task set as last seen. */
  taskSet?: Jsonified<TaskSet>
  /** Set when the deployment was waiting for someone to act when the watch ended. */
  awaiting?: AwaitingAction
  /** Collected after a failing verdict: the alarms that fired, and the failed hook's function logs. */
  firedAlarms?: AlarmEvidence[]
  hookLogs?: HookLogs
}