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
  loadBalancers: 'Load balancers'
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
  containerInstances?: Jsonified<ContainerInstance>[]
  unavailable?: UnavailableCheck[]
}
