/**
 * A typical failing Fargate deployment as AWS returns it (SDK v3 output shapes, Dates as Date),
 * and aws-sdk-client-mock handlers answering every call the collector makes for it.
 *
 * Service "api" in cluster "prod" (eu-west-1) rolls out api:42; its tasks stop with the app
 * exiting 1. Private subnets behind a NAT gateway, an ALB target group, a Secrets Manager
 * secret with a json key, two SSM parameters (bare name and path), an ECR image and an
 * X-Ray sidecar from the public gallery.
 */
import { CloudWatchLogsClient, DescribeLogGroupsCommand, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs'
import {
  DescribeManagedPrefixListsCommand,
  DescribeNatGatewaysCommand,
  DescribeNetworkAclsCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcAttributeCommand,
  DescribeVpcEndpointsCommand,
  EC2Client,
  type RouteTable,
  type SecurityGroup,
  type VpcEndpoint
} from '@aws-sdk/client-ec2'
import { BatchGetImageCommand, DescribeImagesCommand, ECRClient } from '@aws-sdk/client-ecr'
import {
  DescribeContainerInstancesCommand,
  DescribeServiceDeploymentsCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  ListServiceDeploymentsCommand,
  type Service,
  type Task,
  type TaskDefinition
} from '@aws-sdk/client-ecs'
import {
  DescribeLoadBalancersCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client
} from '@aws-sdk/client-elastic-load-balancing-v2'
import { EFSClient } from '@aws-sdk/client-efs'
import { GetRoleCommand, IAMClient, SimulatePrincipalPolicyCommand, type EvaluationResult } from '@aws-sdk/client-iam'
import { DescribeSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import { DescribeParametersCommand, SSMClient } from '@aws-sdk/client-ssm'
import { STSClient } from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'

export const ACCOUNT = '123456789012'
export const REGION = 'eu-west-1'
export const CLUSTER = 'prod'
export const SERVICE = 'api'
export const DEPLOYMENT = 'ecs-svc/4718061531863413372'
export const OLD_DEPLOYMENT = 'ecs-svc/9123456789012345678'
export const TD_ARN = `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/api:42`
export const OLD_TD_ARN = `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/api:41`
export const EXEC_ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/api-execution-role`
export const TASK_ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/service-role/api-task-role`
export const IMAGE = `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/api:v1.4.2`
export const XRAY_IMAGE = 'public.ecr.aws/xray/aws-xray-daemon:3.3.7'
export const REPOSITORY_ARN = `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/api`
export const SECRET_ARN = `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:prod/api/db-AbCdEf`
export const SECRET_VALUE_FROM = `${SECRET_ARN}:password::`
export const KMS_KEY_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
export const API_KEY_PARAMETER = 'prod-api-key'
export const FLAGS_PARAMETER = '/prod/api/flags'
export const LOG_GROUP = '/ecs/api'
export const LOG_GROUP_ARN = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${LOG_GROUP}:*`
export const TG_ARN = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/api-tg/6d0ecf831eec9f09`
export const LB_ARN = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/prod-alb/50dc6c495c0c9188`
export const VPC = 'vpc-0a1b2c3d4e5f67890'
export const SUBNETS = ['subnet-0aa11bb22cc33dd44', 'subnet-0ee55ff66aa77bb88']
export const TASK_SG = 'sg-0123456789abcdef0'
export const LB_SG = 'sg-0fedcba9876543210'
export const ENDPOINT_SG = 'sg-0a0b0c0d0e0f01234'
export const DEFAULT_SG = 'sg-0d5e6f7a8b9c0d1e2'
export const ROUTE_TABLE = 'rtb-0a9b8c7d6e5f43210'
export const MAIN_ROUTE_TABLE = 'rtb-0123456789main000'
export const NAT = 'nat-0b1c2d3e4f5a6b7c8'
export const NACL = 'acl-0123abcd4567ef890'
export const TASK_IDS = ['a3f1c2d4e5b64789a0b1c2d3e4f5a6b7', '0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f', '5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b']

const T0 = Date.parse('2026-11-20T10:00:00.000Z')
export const at = (seconds: number): Date => new Date(T0 + seconds * 1000)
export const iso = (seconds: number): string => at(seconds).toISOString()

export function service(): Service {
  return {
    serviceArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:service/${CLUSTER}/${SERVICE}`,
    serviceName: SERVICE,
    clusterArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/${CLUSTER}`,
    status: 'ACTIVE',
    desiredCount: 2,
    runningCount: 2,
    pendingCount: 0,
    launchType: 'FARGATE',
    platformVersion: 'LATEST',
    taskDefinition: TD_ARN,
    healthCheckGracePeriodSeconds: 60,
    createdAt: at(-864000),
    deploymentConfiguration: {
      deploymentCircuitBreaker: { enable: true, rollback: true },
      maximumPercent: 200,
      minimumHealthyPercent: 100
    },
    deployments: [
      {
        id: DEPLOYMENT,
        status: 'PRIMARY',
        taskDefinition: TD_ARN,
        desiredCount: 2,
        pendingCount: 0,
        runningCount: 0,
        failedTasks: 3,
        createdAt: at(0),
        updatedAt: at(240),
        launchType: 'FARGATE',
        platformVersion: '1.4.0',
        rolloutState: 'IN_PROGRESS',
        rolloutStateReason: `ECS deployment ${DEPLOYMENT} in progress.`
      },
      {
        id: OLD_DEPLOYMENT,
        status: 'ACTIVE',
        taskDefinition: OLD_TD_ARN,
        desiredCount: 2,
        pendingCount: 0,
        runningCount: 2,
        failedTasks: 0,
        createdAt: at(-86400),
        updatedAt: at(-86000),
        launchType: 'FARGATE',
        platformVersion: '1.4.0',
        rolloutState: 'COMPLETED',
        rolloutStateReason: `ECS deployment ${OLD_DEPLOYMENT} completed.`
      }
    ],
    events: [
      {
        id: '3c1e9a2b-7d0f-4c1b-9c3e-2f4a6b8c0d1e',
        createdAt: at(230),
        message: `(service ${SERVICE}) has started 1 tasks: (task ${TASK_IDS[0]}).`
      }
    ],
    loadBalancers: [{ targetGroupArn: TG_ARN, containerName: 'api', containerPort: 8080 }],
    networkConfiguration: {
      awsvpcConfiguration: { subnets: [...SUBNETS], securityGroups: [TASK_SG], assignPublicIp: 'DISABLED' }
    },
    schedulingStrategy: 'REPLICA'
  }
}

export function taskDefinition(arn = TD_ARN, image = IMAGE): TaskDefinition {
  const revision = Number(arn.split(':').pop())
  return {
    taskDefinitionArn: arn,
    family: 'api',
    revision,
    status: 'ACTIVE',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    compatibilities: ['EC2', 'FARGATE'],
    cpu: '512',
    memory: '1024',
    executionRoleArn: EXEC_ROLE_ARN,
    taskRoleArn: TASK_ROLE_ARN,
    runtimePlatform: { cpuArchitecture: 'X86_64', operatingSystemFamily: 'LINUX' },
    registeredAt: at(-60),
    registeredBy: `arn:aws:sts::${ACCOUNT}:assumed-role/gha-deploy/GitHubActions`,
    containerDefinitions: [
      {
        name: 'api',
        image,
        essential: true,
        portMappings: [{ containerPort: 8080, hostPort: 8080, protocol: 'tcp' }],
        environment: [
          { name: 'NODE_ENV', value: 'production' },
          { name: 'PORT', value: '8080' }
        ],
        secrets: [
          { name: 'DB_PASSWORD', valueFrom: SECRET_VALUE_FROM },
          { name: 'API_KEY', valueFrom: API_KEY_PARAMETER },
          { name: 'FEATURE_FLAGS', valueFrom: FLAGS_PARAMETER }
        ],
        logConfiguration: {
          logDriver: 'awslogs',
          options: { 'awslogs-group': LOG_GROUP, 'awslogs-region': REGION, 'awslogs-stream-prefix': 'ecs' }
        }
      },
      {
        name: 'xray',
        image: XRAY_IMAGE,
        essential: false,
        portMappings: [{ containerPort: 2000, hostPort: 2000, protocol: 'udp' }],
        logConfiguration: {
          logDriver: 'awslogs',
          options: { 'awslogs-group': LOG_GROUP, 'awslogs-region': REGION, 'awslogs-stream-prefix': 'ecs' }
        }
      }
    ]
  }
}

/** A task of the followed deployment that stopped because the app exited 1 (the sidecar was stopped with it). */
export function stoppedTask(index: number): Task {
  const id = TASK_IDS[index]
  const taskArn = `arn:aws:ecs:${REGION}:${ACCOUNT}:task/${CLUSTER}/${id}`
  const started = 20 + index * 70
  return {
    taskArn,
    clusterArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/${CLUSTER}`,
    taskDefinitionArn: TD_ARN,
    group: `service:${SERVICE}`,
    startedBy: DEPLOYMENT,
    launchType: 'FARGATE',
    platformVersion: '1.4.0',
    platformFamily: 'Linux',
    cpu: '512',
    memory: '1024',
    availabilityZone: `${REGION}a`,
    createdAt: at(started),
    pullStartedAt: at(started + 8),
    pullStoppedAt: at(started + 19),
    startedAt: at(started + 24),
    stoppingAt: at(started + 31),
    stoppedAt: at(started + 44),
    executionStoppedAt: at(started + 31),
    desiredStatus: 'STOPPED',
    lastStatus: 'STOPPED',
    stopCode: 'EssentialContainerExited',
    stoppedReason: 'Essential container in task exited',
    attachments: [
      {
        id: 'c5a2ad1e-1d2f-4e3a-9c7b-0123456789ab',
        type: 'ElasticNetworkInterface',
        status: 'DELETED',
        details: [
          { name: 'subnetId', value: SUBNETS[0] },
          { name: 'networkInterfaceId', value: 'eni-0a1b2c3d4e5f60718' },
          { name: 'privateIPv4Address', value: `10.0.1.${57 + index}` }
        ]
      }
    ],
    containers: [
      {
        containerArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:container/${CLUSTER}/${id}/6f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b`,
        taskArn,
        name: 'api',
        image: IMAGE,
        imageDigest: 'sha256:8f3a9c6b1e2d4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f90',
        runtimeId: `${id}-2531612879`,
        lastStatus: 'STOPPED',
        exitCode: 1,
        healthStatus: 'UNKNOWN'
      },
      {
        containerArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:container/${CLUSTER}/${id}/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d`,
        taskArn,
        name: 'xray',
        image: XRAY_IMAGE,
        runtimeId: `${id}-3418236507`,
        lastStatus: 'STOPPED',
        exitCode: 143,
        healthStatus: 'UNKNOWN'
      }
    ]
  }
}

export const APP_LOG = [
  '> api@1.4.2 start',
  '> node dist/server.js',
  '{"level":"info","msg":"connecting to database","host":"prod-db.cluster-c9akciq32.eu-west-1.rds.amazonaws.com"}',
  'Error: connect ECONNREFUSED 10.0.3.17:5432',
  '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)'
]

function routeTable(id: string, associations: { subnetId?: string; main?: boolean }[]): RouteTable {
  return {
    RouteTableId: id,
    VpcId: VPC,
    OwnerId: ACCOUNT,
    Associations: associations.map((a, i) => ({
      RouteTableAssociationId: `rtbassoc-0${i}1234567890abcde`,
      RouteTableId: id,
      ...(a.subnetId ? { SubnetId: a.subnetId } : {}),
      Main: a.main ?? false,
      AssociationState: { State: 'associated' }
    })),
    Routes: [
      { DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', State: 'active', Origin: 'CreateRouteTable' },
      { DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: NAT, State: 'active', Origin: 'CreateRoute' }
    ],
    PropagatingVgws: [],
    Tags: []
  }
}

export const explicitRouteTable = (): RouteTable => routeTable(ROUTE_TABLE, SUBNETS.map((subnetId) => ({ subnetId })))
export const mainRouteTable = (): RouteTable => routeTable(MAIN_ROUTE_TABLE, [{ main: true }])

export function securityGroup(id: string, name: string, egress: SecurityGroup['IpPermissionsEgress']): SecurityGroup {
  return {
    GroupId: id,
    GroupName: name,
    Description: name === 'default' ? 'default VPC security group' : `${name} security group`,
    OwnerId: ACCOUNT,
    VpcId: VPC,
    IpPermissions:
      id === TASK_SG ? [{ IpProtocol: 'tcp', FromPort: 8080, ToPort: 8080, UserIdGroupPairs: [{ GroupId: LB_SG, UserId: ACCOUNT }] }] : [],
    IpPermissionsEgress: egress
  }
}

export const ALL_EGRESS: SecurityGroup['IpPermissionsEgress'] = [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }], UserIdGroupPairs: [] }]

const SECURITY_GROUPS: Record<string, SecurityGroup> = {
  [TASK_SG]: securityGroup(TASK_SG, 'api-tasks', ALL_EGRESS),
  [LB_SG]: securityGroup(LB_SG, 'prod-alb', ALL_EGRESS),
  [ENDPOINT_SG]: securityGroup(ENDPOINT_SG, 'vpc-endpoints', ALL_EGRESS),
  [DEFAULT_SG]: securityGroup(DEFAULT_SG, 'default', ALL_EGRESS)
}

const POLICY = {
  'ecr:GetAuthorizationToken': ['*', 'AmazonECSTaskExecutionRolePolicy'],
  'ecr:BatchGetImage': ['*', 'AmazonECSTaskExecutionRolePolicy'],
  'ecr:GetDownloadUrlForLayer': ['*', 'AmazonECSTaskExecutionRolePolicy'],
  'logs:CreateLogStream': ['*', 'AmazonECSTaskExecutionRolePolicy'],
  'logs:PutLogEvents': ['*', 'AmazonECSTaskExecutionRolePolicy'],
  'secretsmanager:GetSecretValue': [`arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:prod/api/*`, 'api-secrets'],
  'ssm:GetParameters': [`arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/*`, 'api-secrets'],
  'kms:Decrypt': [KMS_KEY_ARN, 'api-secrets']
} as Record<string, [string, string]>

/**
 * IAM's current simulation shape: one EvaluationResult per action with the aggregate decision
 * and the per-resource decisions in ResourceSpecificResults, for an execution role with the
 * managed policy and an inline "api-secrets" policy.
 */
export function simulate(actions: string[], resources: string[], policy = POLICY): EvaluationResult[] {
  return actions.map((action) => {
    const specific = resources.map((resource) => {
      const grant = policy[action]
      const allowed = !!grant && (grant[0] === '*' || grant[0] === resource || (grant[0].endsWith('*') && resource.startsWith(grant[0].slice(0, -1))))
      return {
        EvalResourceName: resource,
        EvalResourceDecision: allowed ? ('allowed' as const) : ('implicitDeny' as const),
        MatchedStatements: allowed
          ? [{ SourcePolicyId: grant[1], SourcePolicyType: grant[1] === 'api-secrets' ? ('role' as const) : ('aws-managed' as const) }]
          : [],
        MissingContextValues: []
      }
    })
    const denied = specific.some((s) => s.EvalResourceDecision !== 'allowed')
    return {
      EvalActionName: action,
      EvalResourceName: '*',
      EvalDecision: denied ? 'implicitDeny' : 'allowed',
      MatchedStatements: [],
      MissingContextValues: [],
      ResourceSpecificResults: specific
    }
  })
}

export const TRUST_POLICY =
  '{"Version":"2012-10-17","Statement":[{"Sid":"","Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}]}'

/** Mocks every client class (so clients made for other regions are mocked too). */
export function mockAws() {
  return {
    ecs: mockClient(ECSClient),
    ec2: mockClient(EC2Client),
    iam: mockClient(IAMClient),
    logs: mockClient(CloudWatchLogsClient),
    ecr: mockClient(ECRClient),
    elbv2: mockClient(ElasticLoadBalancingV2Client),
    secretsManager: mockClient(SecretsManagerClient),
    ssm: mockClient(SSMClient),
    sts: mockClient(STSClient),
    efs: mockClient(EFSClient)
  }
}

export type AwsMocks = ReturnType<typeof mockAws>

/** Every AWS call made, as "ClientName.CommandName", in call order per client. */
export function callsMade(mocks: AwsMocks): string[] {
  return Object.entries(mocks).flatMap(([client, mock]) =>
    mock.calls().map((call: { args: unknown[] }) => `${client}.${(call.args[0] as { constructor: { name: string } }).constructor.name.replace(/Command$/, '')}`)
  )
}

/** Installs the answers AWS gives for the typical failing Fargate deployment. */
export function answerTypicalFailure(mocks: AwsMocks): void {
  mocks.ecs.reset()
  mocks.ecs
    .on(DescribeTaskDefinitionCommand, { taskDefinition: TD_ARN })
    .resolves({ taskDefinition: taskDefinition(), tags: [] })
    .on(DescribeTaskDefinitionCommand, { taskDefinition: OLD_TD_ARN })
    .resolves({ taskDefinition: taskDefinition(OLD_TD_ARN, `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/api:v1.4.1`) })
    .on(ListServiceDeploymentsCommand)
    .resolves({
      serviceDeployments: [
        {
          serviceDeploymentArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:service-deployment/${CLUSTER}/${SERVICE}/ejGvqq2ilnbKT9qj0vLJe`,
          serviceArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:service/${CLUSTER}/${SERVICE}`,
          clusterArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/${CLUSTER}`,
          createdAt: at(0.4),
          startedAt: at(1.6),
          targetServiceRevisionArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:service-revision/${CLUSTER}/${SERVICE}/4980306466373577095`,
          status: 'IN_PROGRESS'
        }
      ]
    })
    .on(DescribeServiceDeploymentsCommand)
    .resolves({
      serviceDeployments: [
        {
          serviceDeploymentArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:service-deployment/${CLUSTER}/${SERVICE}/ejGvqq2ilnbKT9qj0vLJe`,
          serviceArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:service/${CLUSTER}/${SERVICE}`,
          clusterArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/${CLUSTER}`,
          createdAt: at(0.4),
          startedAt: at(1.6),
          updatedAt: at(240),
          sourceServiceRevisions: [
            {
              arn: `arn:aws:ecs:${REGION}:${ACCOUNT}:service-revision/${CLUSTER}/${SERVICE}/1485800978477494678`,
              requestedTaskCount: 2,
              runningTaskCount: 2,
              pendingTaskCount: 0
            }
          ],
          targetServiceRevision: {
            arn: `arn:aws:ecs:${REGION}:${ACCOUNT}:service-revision/${CLUSTER}/${SERVICE}/4980306466373577095`,
            requestedTaskCount: 2,
            runningTaskCount: 0,
            pendingTaskCount: 0
          },
          status: 'IN_PROGRESS',
          deploymentConfiguration: {
            deploymentCircuitBreaker: { enable: true, rollback: true },
            maximumPercent: 200,
            minimumHealthyPercent: 100
          },
          deploymentCircuitBreaker: { status: 'MONITORING', failureCount: 3, threshold: 3 }
        }
      ],
      failures: []
    })
    .on(DescribeContainerInstancesCommand)
    .resolves({ containerInstances: [], failures: [] })

  mocks.logs.reset()
  mocks.logs
    .on(GetLogEventsCommand)
    .resolves({
      events: APP_LOG.map((message, i) => ({ timestamp: at(45 + i).getTime(), message: `${message}\n`, ingestionTime: at(46 + i).getTime() })),
      nextForwardToken: 'f/38123456789012345678901234567890123456789012345678901234/s',
      nextBackwardToken: 'b/38123456789012345678901234567890123456789012345678901230/s'
    })
    .on(DescribeLogGroupsCommand)
    .resolves({
      logGroups: [
        {
          logGroupName: LOG_GROUP,
          creationTime: at(-8640000).getTime(),
          retentionInDays: 30,
          metricFilterCount: 0,
          arn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${LOG_GROUP}:*`,
          storedBytes: 7340032,
          logGroupClass: 'STANDARD',
          logGroupArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${LOG_GROUP}`
        },
        {
          logGroupName: `${LOG_GROUP}-worker`,
          creationTime: at(-8640000).getTime(),
          arn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${LOG_GROUP}-worker:*`,
          storedBytes: 0
        }
      ]
    })

  mocks.ec2.reset()
  mocks.ec2
    .on(DescribeSubnetsCommand)
    .resolves({
      Subnets: SUBNETS.map((id, i) => ({
        SubnetId: id,
        SubnetArn: `arn:aws:ec2:${REGION}:${ACCOUNT}:subnet/${id}`,
        VpcId: VPC,
        CidrBlock: `10.0.${i + 1}.0/24`,
        AvailabilityZone: `${REGION}${'ab'[i]}`,
        AvailabilityZoneId: `euw1-az${i + 1}`,
        AvailableIpAddressCount: 240 - i,
        MapPublicIpOnLaunch: false,
        DefaultForAz: false,
        State: 'available',
        OwnerId: ACCOUNT
      }))
    })
    .on(DescribeRouteTablesCommand)
    .resolves({ RouteTables: [explicitRouteTable()] })
    .on(DescribeNetworkAclsCommand)
    .resolves({
      NetworkAcls: [
        {
          NetworkAclId: NACL,
          VpcId: VPC,
          IsDefault: true,
          OwnerId: ACCOUNT,
          Associations: SUBNETS.map((id, i) => ({ NetworkAclAssociationId: `aclassoc-0${i}a1b2c3d4e5f6a7`, NetworkAclId: NACL, SubnetId: id })),
          Entries: [
            { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0' },
            { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: true, CidrBlock: '0.0.0.0/0' },
            { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0' },
            { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: true, CidrBlock: '0.0.0.0/0' }
          ]
        }
      ]
    })
    .on(DescribeVpcEndpointsCommand)
    .resolves({
      VpcEndpoints: [
        {
          VpcEndpointId: 'vpce-0a1b2c3d4e5f6a7b8',
          VpcEndpointType: 'Interface',
          VpcId: VPC,
          ServiceName: `com.amazonaws.${REGION}.secretsmanager`,
          // EC2 sends "available" although the SDK model's enum says "Available".
          State: 'available' as VpcEndpoint['State'],
          PrivateDnsEnabled: true,
          SubnetIds: [...SUBNETS],
          Groups: [{ GroupId: ENDPOINT_SG, GroupName: 'vpc-endpoints' }],
          RouteTableIds: [],
          CreationTimestamp: at(-8640000),
          OwnerId: ACCOUNT
        }
      ]
    })
    .on(DescribeVpcAttributeCommand, { Attribute: 'enableDnsSupport' })
    .resolves({ VpcId: VPC, EnableDnsSupport: { Value: true } })
    .on(DescribeVpcAttributeCommand, { Attribute: 'enableDnsHostnames' })
    .resolves({ VpcId: VPC, EnableDnsHostnames: { Value: true } })
    .on(DescribeNatGatewaysCommand)
    .resolves({
      NatGateways: [
        {
          NatGatewayId: NAT,
          State: 'available',
          SubnetId: 'subnet-0public000000001',
          VpcId: VPC,
          ConnectivityType: 'public',
          CreateTime: at(-8640000),
          NatGatewayAddresses: [{ AllocationId: 'eipalloc-0a1b2c3d4e5f6a7b8', PublicIp: '52.16.10.20', PrivateIp: '10.0.0.12', IsPrimary: true, Status: 'succeeded' }]
        }
      ]
    })
    .on(DescribeSecurityGroupsCommand)
    .callsFake((input: { Filters?: { Name?: string; Values?: string[] }[] }) => {
      const ids = input.Filters?.find((f) => f.Name === 'group-id')?.Values
      if (ids) return { SecurityGroups: ids.filter((id) => SECURITY_GROUPS[id]).map((id) => SECURITY_GROUPS[id]) }
      const byName = input.Filters?.find((f) => f.Name === 'group-name')?.Values ?? []
      return { SecurityGroups: byName.includes('default') ? [SECURITY_GROUPS[DEFAULT_SG]] : [] }
    })
    .on(DescribeManagedPrefixListsCommand)
    .resolves({
      PrefixLists: [
        {
          PrefixListId: 'pl-6da54004',
          PrefixListName: `com.amazonaws.${REGION}.s3`,
          AddressFamily: 'IPv4',
          State: 'create-complete',
          OwnerId: 'AWS',
          PrefixListArn: `arn:aws:ec2:${REGION}:aws:prefix-list/pl-6da54004`
        }
      ]
    })

  mocks.iam.reset()
  mocks.iam
    .on(GetRoleCommand, { RoleName: 'api-execution-role' })
    .resolves({
      Role: {
        Path: '/',
        RoleName: 'api-execution-role',
        RoleId: 'AROA3XFRBF535PLBIFPI4',
        Arn: EXEC_ROLE_ARN,
        CreateDate: at(-8640000),
        AssumeRolePolicyDocument: encodeURIComponent(TRUST_POLICY),
        MaxSessionDuration: 3600
      }
    })
    .on(GetRoleCommand, { RoleName: 'api-task-role' })
    .resolves({
      Role: {
        Path: '/service-role/',
        RoleName: 'api-task-role',
        RoleId: 'AROA3XFRBF535PLBQWXYZ',
        Arn: TASK_ROLE_ARN,
        CreateDate: at(-8640000),
        AssumeRolePolicyDocument: encodeURIComponent(TRUST_POLICY),
        MaxSessionDuration: 3600
      }
    })
    .on(SimulatePrincipalPolicyCommand)
    .callsFake((input: { ActionNames: string[]; ResourceArns?: string[] }) => ({
      EvaluationResults: simulate(input.ActionNames, input.ResourceArns ?? ['*']),
      IsTruncated: false
    }))

  mocks.ecr.reset()
  mocks.ecr
    .on(DescribeImagesCommand)
    .resolves({
      imageDetails: [
        {
          registryId: ACCOUNT,
          repositoryName: 'api',
          imageDigest: 'sha256:8f3a9c6b1e2d4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f90',
          imageTags: ['v1.4.2'],
          imageSizeInBytes: 61834210,
          imagePushedAt: at(-120),
          imageManifestMediaType: 'application/vnd.docker.distribution.manifest.v2+json',
          artifactMediaType: 'application/vnd.docker.container.image.v1+json'
        }
      ]
    })
    .on(BatchGetImageCommand)
    .resolves({ images: [], failures: [] })

  mocks.secretsManager.reset()
  mocks.secretsManager.on(DescribeSecretCommand).resolves({
    ARN: SECRET_ARN,
    Name: 'prod/api/db',
    KmsKeyId: KMS_KEY_ARN,
    LastChangedDate: at(-864000),
    LastAccessedDate: at(-86400),
    VersionIdsToStages: { 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111': ['AWSCURRENT'] },
    CreatedDate: at(-8640000)
  })

  mocks.ssm.reset()
  mocks.ssm.on(DescribeParametersCommand).resolves({
    Parameters: [
      {
        Name: API_KEY_PARAMETER,
        ARN: `arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/${API_KEY_PARAMETER}`,
        Type: 'SecureString',
        KeyId: 'alias/aws/ssm',
        LastModifiedDate: at(-864000),
        LastModifiedUser: `arn:aws:iam::${ACCOUNT}:user/ops`,
        Version: 3,
        Tier: 'Standard',
        Policies: [],
        DataType: 'text'
      },
      {
        Name: FLAGS_PARAMETER,
        ARN: `arn:aws:ssm:${REGION}:${ACCOUNT}:parameter${FLAGS_PARAMETER}`,
        Type: 'String',
        LastModifiedDate: at(-864000),
        LastModifiedUser: `arn:aws:iam::${ACCOUNT}:user/ops`,
        Version: 12,
        Tier: 'Standard',
        Policies: [],
        DataType: 'text'
      }
    ]
  })

  mocks.elbv2.reset()
  mocks.elbv2
    .on(DescribeTargetGroupsCommand)
    .resolves({
      TargetGroups: [
        {
          TargetGroupArn: TG_ARN,
          TargetGroupName: 'api-tg',
          Protocol: 'HTTP',
          Port: 8080,
          VpcId: VPC,
          HealthCheckProtocol: 'HTTP',
          HealthCheckPort: 'traffic-port',
          HealthCheckEnabled: true,
          HealthCheckIntervalSeconds: 30,
          HealthCheckTimeoutSeconds: 5,
          HealthyThresholdCount: 5,
          UnhealthyThresholdCount: 2,
          HealthCheckPath: '/health',
          Matcher: { HttpCode: '200' },
          LoadBalancerArns: [LB_ARN],
          TargetType: 'ip',
          ProtocolVersion: 'HTTP1',
          IpAddressType: 'ipv4'
        }
      ]
    })
    .on(DescribeTargetHealthCommand)
    .resolves({
      TargetHealthDescriptions: [
        {
          Target: { Id: '10.0.1.23', Port: 8080, AvailabilityZone: `${REGION}a` },
          HealthCheckPort: '8080',
          TargetHealth: { State: 'healthy' }
        },
        {
          Target: { Id: '10.0.1.57', Port: 8080, AvailabilityZone: `${REGION}a` },
          HealthCheckPort: '8080',
          TargetHealth: { State: 'draining', Reason: 'Target.DeregistrationInProgress', Description: 'Target deregistration is in progress' }
        }
      ]
    })
    .on(DescribeLoadBalancersCommand)
    .resolves({
      LoadBalancers: [
        {
          LoadBalancerArn: LB_ARN,
          DNSName: 'prod-alb-1234567890.eu-west-1.elb.amazonaws.com',
          CanonicalHostedZoneId: 'Z32O12XQLNTSW2',
          CreatedTime: at(-8640000),
          LoadBalancerName: 'prod-alb',
          Scheme: 'internet-facing',
          VpcId: VPC,
          State: { Code: 'active' },
          Type: 'application',
          AvailabilityZones: [
            { ZoneName: `${REGION}a`, SubnetId: 'subnet-0public000000001' },
            { ZoneName: `${REGION}b`, SubnetId: 'subnet-0public000000002' }
          ],
          SecurityGroups: [LB_SG],
          IpAddressType: 'ipv4'
        }
      ]
    })

  mocks.sts.reset()
  mocks.efs.reset()
}

/** An error as the SDK throws it for a denied call (name, message and HTTP status as AWS sends them). */
export function accessDenied(action: string, name = 'AccessDeniedException'): Error {
  const message = `User: arn:aws:sts::${ACCOUNT}:assumed-role/gha-deploy/GitHubActions is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`
  return Object.assign(new Error(message), { name, $fault: 'client', $metadata: { httpStatusCode: 403 } })
}

export function awsError(name: string, message: string, httpStatusCode = 400): Error {
  return Object.assign(new Error(message), { name, $fault: 'client', $metadata: { httpStatusCode } })
}
