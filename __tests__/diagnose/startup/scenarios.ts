/**
 * Start-up failure scenarios over the shared evidence fixture: a failed deployment whose tasks
 * stop with one reason, plus the network / IAM / image / secret / log evidence the failure mode
 * leaves behind. Each builder returns a fresh Evidence document.
 */
import type { EcsTask, Evidence, PolicySimulation } from '../../../src/evidence/schema.js'
import {
  ACCOUNT,
  at,
  baseEvidence,
  EXEC_ROLE_ARN,
  LOG_GROUP,
  NAT,
  REGION,
  ROUTE_TABLE,
  SECRET_ARN,
  serviceEvent,
  SUBNETS,
  task,
  TASK_SG,
  VPC
} from '../../fixtures/evidence.js'

export const ENDPOINT_SG = 'sg-0e0d0c0b0a0908070'
export const IGW = 'igw-0f1e2d3c4b5a69788'
export const REPO_ARN = `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/api`
export const KMS_KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d`

/** A failed deployment: the watch gave up, the new deployment has no running task. */
export function failedDeployment(): Evidence {
  const evidence = baseEvidence()
  evidence.watch = {
    verdict: 'failed',
    reason: 'tasks of ecs-svc/4718061531863413372 keep failing to start',
    startedAt: at(0),
    endedAt: at(600)
  }
  return evidence
}

/** `count` tasks of the new deployment stopped before RUNNING with this reason. */
export function withStops(evidence: Evidence, stoppedReason: string, count = 2, overrides: Partial<EcsTask> = {}): Evidence {
  for (let i = 0; i < count; i += 1) {
    evidence.tasks?.push(
      task({
        stopCode: 'TaskFailedToStart',
        stoppedReason,
        stoppingAt: at(60 + i * 30),
        stoppedAt: at(65 + i * 30),
        ...overrides
      })
    )
  }
  return evidence
}

/** Newest first, like DescribeServices; stamped after the deployment started. */
export function withEvents(evidence: Evidence, ...messages: string[]): Evidence {
  messages.forEach((message, i) => evidence.service.events?.unshift(serviceEvent(message, 30 + i * 60)))
  return evidence
}

/** A task of the new deployment still starting (no stop yet). */
export function pendingTask(lastStatus: 'PROVISIONING' | 'PENDING'): EcsTask {
  return task({ desiredStatus: 'RUNNING', lastStatus, attachments: [{ id: 'd6b3be2f-2e3a-4f4b-8d8c-1234567890ab', type: 'ElasticNetworkInterface', status: 'PRECREATED', details: [{ name: 'subnetId', value: SUBNETS[0] }] }] })
}

export function stoppedWith(reason: string, count = 2): Evidence {
  return withStops(failedDeployment(), reason, count)
}

// ---- network --------------------------------------------------------------------------------

/** Task subnets without a default route (isolated): only the local route. */
export function isolate(evidence: Evidence): Evidence {
  const table = evidence.network?.routeTables?.[0]
  if (table) table.Routes = (table.Routes ?? []).filter((r) => r.DestinationCidrBlock !== '0.0.0.0/0')
  if (evidence.network) evidence.network.natGateways = []
  return evidence
}

/** Task subnets routed to an internet gateway (public subnets). */
export function publicRoute(evidence: Evidence): Evidence {
  const table = evidence.network?.routeTables?.[0]
  if (table) {
    table.Routes = [
      ...(table.Routes ?? []).filter((r) => r.DestinationCidrBlock !== '0.0.0.0/0'),
      { DestinationCidrBlock: '0.0.0.0/0', GatewayId: IGW, State: 'active', Origin: 'CreateRoute' }
    ]
  }
  if (evidence.network) evidence.network.natGateways = []
  return evidence
}

const ENDPOINT_SERVICES = ['ecr.api', 'ecr.dkr', 'logs', 'secretsmanager', 'ssm']

/** Interface endpoints (private DNS on, endpoint SG admitting 443 from the task SG) and optionally the S3 gateway. */
export function withEndpoints(evidence: Evidence, services: string[], options: { s3Gateway?: boolean; privateDns?: boolean; admitTask?: boolean } = {}): Evidence {
  const net = evidence.network
  if (!net) return evidence
  const endpoints: NonNullable<typeof net.vpcEndpoints> = services.map((service, i) => ({
    VpcEndpointId: `vpce-0${ENDPOINT_SERVICES.indexOf(service) + 1}a1b2c3d4e5f6a7b8`,
    VpcEndpointType: 'Interface',
    VpcId: VPC,
    ServiceName: `com.amazonaws.${REGION}.${service}`,
    State: 'Available',
    PrivateDnsEnabled: options.privateDns ?? true,
    SubnetIds: [...SUBNETS],
    Groups: [{ GroupId: ENDPOINT_SG, GroupName: 'vpc-endpoints' }],
    RouteTableIds: [],
    CreationTimestamp: at(-100000 - i)
  }))
  if (options.s3Gateway) {
    endpoints.push({
      VpcEndpointId: 'vpce-0s3gateway0000001',
      VpcEndpointType: 'Gateway',
      VpcId: VPC,
      ServiceName: `com.amazonaws.${REGION}.s3`,
      State: 'Available',
      RouteTableIds: [ROUTE_TABLE],
      PolicyDocument: '{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}'
    })
  }
  net.vpcEndpoints = endpoints
  net.securityGroups = [
    ...(net.securityGroups ?? []),
    {
      GroupId: ENDPOINT_SG,
      GroupName: 'vpc-endpoints',
      VpcId: VPC,
      IpPermissions:
        options.admitTask === false
          ? [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, UserIdGroupPairs: [{ GroupId: 'sg-0999999999999999a' }] }]
          : [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, UserIdGroupPairs: [{ GroupId: TASK_SG }] }],
      IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }]
    }
  ]
  return evidence
}

/** The task security group allows only the given egress rules. */
export function restrictTaskEgress(evidence: Evidence, egress: NonNullable<NonNullable<NonNullable<Evidence['network']>['securityGroups']>[number]['IpPermissionsEgress']>): Evidence {
  const group = evidence.network?.securityGroups?.find((g) => g.GroupId === TASK_SG)
  if (group) group.IpPermissionsEgress = egress
  return evidence
}

export function natState(evidence: Evidence, state: 'failed' | 'deleted' | 'pending'): Evidence {
  const nat = evidence.network?.natGateways?.find((n) => n.NatGatewayId === NAT)
  if (nat) {
    nat.State = state
    nat.FailureMessage = state === 'failed' ? 'Elastic IP address eipalloc-0a1b2c3d could not be associated with this NAT gateway' : undefined
  }
  return evidence
}

export function blackholeRoute(evidence: Evidence): Evidence {
  const route = evidence.network?.routeTables?.[0].Routes?.find((r) => r.DestinationCidrBlock === '0.0.0.0/0')
  if (route) route.State = 'blackhole'
  if (evidence.network) evidence.network.natGateways = []
  return evidence
}

/** The default NACL denies outbound 443 (rule 90) before the allow-all rule. */
export function naclDeniesHttps(evidence: Evidence): Evidence {
  const acl = evidence.network?.networkAcls?.[0]
  acl?.Entries?.push({ RuleNumber: 90, Protocol: '6', PortRange: { From: 443, To: 443 }, RuleAction: 'deny', Egress: true, CidrBlock: '0.0.0.0/0' })
  return evidence
}

/** A NACL that lets 443 out but no ephemeral return traffic in. */
export function naclWithoutEphemeral(evidence: Evidence): Evidence {
  const acl = evidence.network?.networkAcls?.[0]
  if (acl) {
    acl.Entries = [
      { RuleNumber: 100, Protocol: '6', PortRange: { From: 443, To: 443 }, RuleAction: 'allow', Egress: true, CidrBlock: '0.0.0.0/0' },
      { RuleNumber: 100, Protocol: '6', PortRange: { From: 8080, To: 8080 }, RuleAction: 'allow', Egress: false, CidrBlock: '10.0.0.0/16' },
      { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0' },
      { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: true, CidrBlock: '0.0.0.0/0' }
    ]
  }
  return evidence
}

// ---- IAM, secrets, images, logs ----------------------------------------------------------------

export function setSimulation(evidence: Evidence, action: string, resource: string, decision: PolicySimulation['decision'], matchedStatements?: string[]): Evidence {
  const simulations = evidence.iam?.simulations ?? []
  const existing = simulations.find((s) => s.action === action && s.resource === resource)
  if (existing) {
    existing.decision = decision
    if (matchedStatements) existing.matchedStatements = matchedStatements
  } else {
    simulations.push({ role: 'execution', principalArn: EXEC_ROLE_ARN, action, resource, decision, ...(matchedStatements ? { matchedStatements } : {}) })
  }
  return evidence
}

/** The collector was denied iam:SimulatePrincipalPolicy (and GetRole): no iam key at all. */
export function withoutIamPermission(evidence: Evidence): Evidence {
  delete evidence.iam
  evidence.unavailable = [
    ...(evidence.unavailable ?? []),
    {
      check: 'Execution role permissions',
      api: 'iam:SimulatePrincipalPolicy',
      error: `User: arn:aws:sts::${ACCOUNT}:assumed-role/github-deploy/GitHubActions is not authorized to perform: iam:SimulatePrincipalPolicy on resource: role api-execution-role`,
      errorCode: 'AccessDenied',
      resource: EXEC_ROLE_ARN
    }
  ]
  return evidence
}

/** The container reads an SSM parameter instead of (or beside) the Secrets Manager secret. */
export function withSsmParameter(evidence: Evidence, name: string, status: 'found' | 'not-found' = 'found'): Evidence {
  const container = evidence.taskDefinition?.containerDefinitions?.[0]
  container?.secrets?.push({ name: 'DB_URL', valueFrom: name })
  const arn = name.startsWith('arn:') ? name : `arn:aws:ssm:${REGION}:${ACCOUNT}:parameter${name.startsWith('/') ? name : `/${name}`}`
  evidence.secrets?.push({ containerName: 'api', name: 'DB_URL', valueFrom: name, store: 'ssm', status, arn })
  evidence.iam?.simulations?.push({ role: 'execution', principalArn: EXEC_ROLE_ARN, action: 'ssm:GetParameters', resource: arn, decision: 'allowed' })
  return evidence
}

export function secretStatus(evidence: Evidence, status: 'found' | 'not-found', kmsKeyId?: string): Evidence {
  const secret = evidence.secrets?.find((s) => s.valueFrom === SECRET_ARN)
  if (secret) {
    secret.status = status
    if (kmsKeyId) secret.kmsKeyId = kmsKeyId
  }
  return evidence
}

export function imageStatus(evidence: Evidence, status: 'found' | 'image-not-found' | 'repository-not-found', architectures?: string[]): Evidence {
  const image = evidence.images?.[0]
  if (image) {
    image.status = status
    if (architectures) image.architectures = architectures
    else delete image.architectures
  }
  return evidence
}

export function logGroupMissing(evidence: Evidence, createGroup = false): Evidence {
  const group = evidence.logGroups?.find((g) => g.logGroupName === LOG_GROUP)
  if (group) {
    group.exists = false
    group.createGroup = createGroup
  }
  if (createGroup) {
    const options = evidence.taskDefinition?.containerDefinitions?.[0].logConfiguration?.options
    if (options) options['awslogs-create-group'] = 'true'
  }
  return evidence
}

/** The service runs on EC2 container instances (bridge networking, no awsvpc subnets). */
export function onEc2(evidence: Evidence): Evidence {
  evidence.service.launchType = 'EC2'
  delete evidence.service.networkConfiguration
  delete evidence.network
  if (evidence.taskDefinition) {
    evidence.taskDefinition.requiresCompatibilities = ['EC2']
    evidence.taskDefinition.networkMode = 'bridge'
  }
  evidence.containerInstances = [
    {
      containerInstanceArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:container-instance/prod/5a1e2b3c1d2e4f5a8b9c0d1e2f3a4b5c`,
      ec2InstanceId: 'i-0abc1234def567890',
      status: 'ACTIVE',
      agentConnected: false,
      versionInfo: { agentVersion: '1.82.0' },
      remainingResources: [
        { name: 'CPU', type: 'INTEGER', integerValue: 512 },
        { name: 'MEMORY', type: 'INTEGER', integerValue: 256 }
      ]
    }
  ]
  return evidence
}

export function subnetsFree(evidence: Evidence, ...free: number[]): Evidence {
  evidence.network?.subnets?.forEach((s, i) => {
    s.AvailableIpAddressCount = free[i] ?? free[free.length - 1]
  })
  return evidence
}
