/**
 * The realistic base world every scenario starts from: account 123456789012 in eu-west-1, cluster "prod",
 * Fargate service "api" (desiredCount 2) in private subnets behind one NAT gateway, an ALB target group,
 * an execution role with the AmazonECSTaskExecutionRolePolicy statements, an awslogs group and ECR images.
 * Ids are derived from the scenario name, so each scenario has its own, stable ids.
 */
import type { ContainerDefinition, TaskDefinition } from '@aws-sdk/client-ecs'
import type { RouteTable, SecurityGroup, Subnet, Tag } from '@aws-sdk/client-ec2'
import { IdGenerator } from '../random.js'
import type { PolicySpec, RoleSpec, TargetGroupSpec, World } from '../types.js'

export const ACCOUNT_ID = '123456789012'
export const REGION = 'eu-west-1'
export const CLUSTER = 'prod'
export const SERVICE = 'api'
export const S3_PREFIX_LIST_ID = 'pl-6da54004'

const DAY = 86_400

export const EXECUTION_ROLE_POLICY: PolicySpec = {
  name: 'AmazonECSTaskExecutionRolePolicy',
  kind: 'aws-managed',
  statements: [
    {
      Effect: 'Allow',
      Action: [
        'ecr:GetAuthorizationToken',
        'ecr:BatchCheckLayerAvailability',
        'ecr:GetDownloadUrlForLayer',
        'ecr:BatchGetImage',
        'logs:CreateLogStream',
        'logs:PutLogEvents'
      ],
      Resource: '*'
    }
  ]
}

export function trustPolicy(service: string): RoleSpec['trustPolicy'] {
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: '', Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }]
  }
}

function nameTag(name: string): Tag[] {
  return [{ Key: 'Name', Value: name }]
}

export function imageUri(repository: string, tag: string): string {
  return `${ACCOUNT_ID}.dkr.ecr.${REGION}.amazonaws.com/${repository}:${tag}`
}

function appContainerDefinition(tag: string, secretArn: string): ContainerDefinition {
  return {
    name: 'api',
    image: imageUri('api', tag),
    cpu: 0,
    essential: true,
    portMappings: [{ containerPort: 8080, hostPort: 8080, protocol: 'tcp', name: 'api-8080-tcp', appProtocol: 'http' }],
    environment: [
      { name: 'NODE_ENV', value: 'production' },
      { name: 'PORT', value: '8080' },
      { name: 'LOG_LEVEL', value: 'info' }
    ],
    secrets: [
      { name: 'DATABASE_URL', valueFrom: secretArn },
      { name: 'FEATURE_FLAGS', valueFrom: '/prod/api/feature-flags' },
      { name: 'SESSION_KEY', valueFrom: `arn:aws:ssm:${REGION}:${ACCOUNT_ID}:parameter/prod/api/session-key` }
    ],
    mountPoints: [],
    volumesFrom: [],
    systemControls: [],
    logConfiguration: {
      logDriver: 'awslogs',
      options: { 'awslogs-group': '/ecs/api', 'awslogs-region': REGION, 'awslogs-stream-prefix': 'ecs' },
      secretOptions: []
    }
  }
}

function taskDefinition(revision: number, tag: string, secretArn: string, registeredDaysAgo: number): TaskDefinition {
  return {
    taskDefinitionArn: `arn:aws:ecs:${REGION}:${ACCOUNT_ID}:task-definition/api:${revision}`,
    containerDefinitions: [appContainerDefinition(tag, secretArn)],
    family: 'api',
    taskRoleArn: `arn:aws:iam::${ACCOUNT_ID}:role/api-task-role`,
    executionRoleArn: `arn:aws:iam::${ACCOUNT_ID}:role/api-execution-role`,
    networkMode: 'awsvpc',
    revision,
    volumes: [],
    status: 'ACTIVE',
    requiresAttributes: [
      { name: 'com.amazonaws.ecs.capability.logging-driver.awslogs' },
      { name: 'ecs.capability.execution-role-awslogs' },
      { name: 'com.amazonaws.ecs.capability.ecr-auth' },
      { name: 'ecs.capability.secrets.asm.environment-variables' },
      { name: 'ecs.capability.secrets.ssm.environment-variables' },
      { name: 'com.amazonaws.ecs.capability.task-iam-role' },
      { name: 'ecs.capability.execution-role-ecr-pull' },
      { name: 'ecs.capability.task-eni' }
    ],
    placementConstraints: [],
    compatibilities: ['EC2', 'FARGATE'],
    runtimePlatform: { cpuArchitecture: 'X86_64', operatingSystemFamily: 'LINUX' },
    requiresCompatibilities: ['FARGATE'],
    cpu: '512',
    memory: '1024',
    registeredAt: new Date(Date.now() - registeredDaysAgo * DAY * 1000),
    registeredBy: `arn:aws:sts::${ACCOUNT_ID}:assumed-role/github-actions-deploy/GitHubActions`
  }
}

function subnet(id: string, vpcId: string, az: string, cidr: string, free: number, isPublic: boolean, name: string): Subnet {
  return {
    AvailabilityZone: az,
    AvailabilityZoneId: az.endsWith('a') ? 'euw1-az1' : 'euw1-az2',
    AvailableIpAddressCount: free,
    CidrBlock: cidr,
    DefaultForAz: false,
    MapPublicIpOnLaunch: isPublic,
    State: 'available',
    SubnetId: id,
    VpcId: vpcId,
    OwnerId: ACCOUNT_ID,
    AssignIpv6AddressOnCreation: false,
    Ipv6CidrBlockAssociationSet: [],
    Tags: nameTag(name),
    SubnetArn: `arn:aws:ec2:${REGION}:${ACCOUNT_ID}:subnet/${id}`,
    EnableDns64: false,
    Ipv6Native: false,
    PrivateDnsNameOptionsOnLaunch: { HostnameType: 'ip-name', EnableResourceNameDnsARecord: false, EnableResourceNameDnsAAAARecord: false }
  }
}

/**
 * AWS returns some values outside the SDK's enum (lower-case "available" for VPC endpoint state and internet
 * gateway attachments); the simulator returns what AWS returns.
 */
function asReturnedByAws<T>(value: string): T {
  return value as T
}

const ALL_TRAFFIC = { IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }

export function baseWorld(scenarioName: string): World {
  const ids = new IdGenerator(`world:${scenarioName}`)
  const hexId = (prefix: string) => `${prefix}-0${ids.hex(16)}`
  const vpcId = hexId('vpc')
  const zones = [`${REGION}a`, `${REGION}b`]
  const publicSubnets = zones.map((az, i) => subnet(hexId('subnet'), vpcId, az, `10.0.${i}.0/24`, 246 - 3 * i, true, `prod-public-${az}`))
  const privateSubnets = zones.map((az, i) => subnet(hexId('subnet'), vpcId, az, `10.0.${10 + i}.0/24`, 231 - 5 * i, false, `prod-private-${az}`))
  const igwId = hexId('igw')
  const natId = hexId('nat')
  const local = { DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', Origin: 'CreateRouteTable' as const, State: 'active' as const }
  const association = (rtb: string, subnetId: string) => ({
    Main: false,
    RouteTableAssociationId: hexId('rtbassoc'),
    RouteTableId: rtb,
    SubnetId: subnetId,
    AssociationState: { State: 'associated' as const }
  })
  const mainRtb = hexId('rtb')
  const publicRtb = hexId('rtb')
  const privateRtbs = privateSubnets.map(() => hexId('rtb'))
  const routeTables: RouteTable[] = [
    {
      RouteTableId: mainRtb,
      VpcId: vpcId,
      OwnerId: ACCOUNT_ID,
      Routes: [local],
      Associations: [{ Main: true, RouteTableAssociationId: hexId('rtbassoc'), RouteTableId: mainRtb, AssociationState: { State: 'associated' } }],
      PropagatingVgws: [],
      Tags: nameTag('prod-main')
    },
    {
      RouteTableId: publicRtb,
      VpcId: vpcId,
      OwnerId: ACCOUNT_ID,
      Routes: [local, { DestinationCidrBlock: '0.0.0.0/0', GatewayId: igwId, Origin: 'CreateRoute', State: 'active' }],
      Associations: publicSubnets.map((s) => association(publicRtb, s.SubnetId as string)),
      PropagatingVgws: [],
      Tags: nameTag('prod-public')
    },
    ...privateSubnets.map((s, i) => ({
      RouteTableId: privateRtbs[i],
      VpcId: vpcId,
      OwnerId: ACCOUNT_ID,
      Routes: [local, { DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: natId, Origin: 'CreateRoute' as const, State: 'active' as const }],
      Associations: [association(privateRtbs[i], s.SubnetId as string)],
      PropagatingVgws: [],
      Tags: nameTag(`prod-private-${s.AvailabilityZone}`)
    }))
  ]
  const albSg = hexId('sg')
  const taskSg = hexId('sg')
  const defaultSg = hexId('sg')
  const securityGroups: SecurityGroup[] = [
    {
      GroupId: albSg,
      GroupName: 'prod-api-alb',
      Description: 'prod api load balancer',
      VpcId: vpcId,
      OwnerId: ACCOUNT_ID,
      IpPermissions: [443, 80].map((port) => ({ IpProtocol: 'tcp', FromPort: port, ToPort: port, IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] })),
      IpPermissionsEgress: [ALL_TRAFFIC],
      Tags: nameTag('prod-api-alb')
    },
    {
      GroupId: taskSg,
      GroupName: 'prod-api-tasks',
      Description: 'prod api tasks',
      VpcId: vpcId,
      OwnerId: ACCOUNT_ID,
      IpPermissions: [
        {
          IpProtocol: 'tcp',
          FromPort: 8080,
          ToPort: 8080,
          IpRanges: [],
          Ipv6Ranges: [],
          PrefixListIds: [],
          UserIdGroupPairs: [{ GroupId: albSg, UserId: ACCOUNT_ID, Description: 'from the load balancer' }]
        }
      ],
      IpPermissionsEgress: [ALL_TRAFFIC],
      Tags: nameTag('prod-api-tasks')
    },
    {
      GroupId: defaultSg,
      GroupName: 'default',
      Description: 'default VPC security group',
      VpcId: vpcId,
      OwnerId: ACCOUNT_ID,
      IpPermissions: [{ IpProtocol: '-1', IpRanges: [], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [{ GroupId: defaultSg, UserId: ACCOUNT_ID }] }],
      IpPermissionsEgress: [ALL_TRAFFIC]
    }
  ]
  const aclId = hexId('acl')
  const aclEntry = (egress: boolean, ruleNumber: number, allow: boolean) => ({
    CidrBlock: '0.0.0.0/0',
    Egress: egress,
    Protocol: '-1',
    RuleAction: allow ? ('allow' as const) : ('deny' as const),
    RuleNumber: ruleNumber
  })
  const secretArn = `arn:aws:secretsmanager:${REGION}:${ACCOUNT_ID}:secret:prod/api/database-${ids.alphanumeric(6)}`
  const previousId = `ecs-svc/${ids.digits(19)}`
  const deploymentId = `ecs-svc/${ids.digits(19)}`
  const albArn = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT_ID}:loadbalancer/app/prod-api/${ids.hex(16)}`
  const targetGroupArn = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT_ID}:targetgroup/prod-api-tg/${ids.hex(16)}`
  const targetGroup: TargetGroupSpec = {
    TargetGroupArn: targetGroupArn,
    TargetGroupName: 'prod-api-tg',
    Protocol: 'HTTP',
    Port: 8080,
    VpcId: vpcId,
    HealthCheckProtocol: 'HTTP',
    HealthCheckPort: 'traffic-port',
    HealthCheckEnabled: true,
    HealthCheckIntervalSeconds: 10,
    HealthCheckTimeoutSeconds: 5,
    HealthyThresholdCount: 2,
    UnhealthyThresholdCount: 3,
    HealthCheckPath: '/health',
    Matcher: { HttpCode: '200' },
    LoadBalancerArns: [albArn],
    TargetType: 'ip',
    ProtocolVersion: 'HTTP1',
    IpAddressType: 'ipv4',
    deregistrationDelaySeconds: 20
  }
  const roles: RoleSpec[] = [
    {
      name: 'api-execution-role',
      description: 'Pulls images, writes logs and reads secrets for the api service',
      trustPolicy: trustPolicy('ecs-tasks.amazonaws.com'),
      policies: [
        EXECUTION_ROLE_POLICY,
        {
          name: 'api-secrets',
          kind: 'inline',
          statements: [
            { Sid: 'ReadDatabaseSecret', Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: `arn:aws:secretsmanager:${REGION}:${ACCOUNT_ID}:secret:prod/api/database-??????` },
            { Sid: 'ReadParameters', Effect: 'Allow', Action: ['ssm:GetParameters', 'ssm:GetParameter'], Resource: `arn:aws:ssm:${REGION}:${ACCOUNT_ID}:parameter/prod/api/*` }
          ]
        }
      ]
    },
    {
      name: 'api-task-role',
      description: 'Application permissions of the api service',
      trustPolicy: trustPolicy('ecs-tasks.amazonaws.com'),
      policies: [
        { name: 'api-uploads', kind: 'inline', statements: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::prod-api-uploads/*' }] }
      ]
    },
    {
      name: 'AWSServiceRoleForECS',
      path: '/aws-service-role/ecs.amazonaws.com/',
      description: 'Role to enable Amazon ECS to manage your cluster.',
      trustPolicy: trustPolicy('ecs.amazonaws.com'),
      policies: [{ name: 'AmazonECSServiceRolePolicy', kind: 'aws-managed', statements: [{ Effect: 'Allow', Action: ['ec2:*NetworkInterface*', 'elasticloadbalancing:*Targets'], Resource: '*' }] }]
    }
  ]

  return {
    accountId: ACCOUNT_ID,
    region: REGION,
    caller: { roleName: 'github-actions-deploy', sessionName: 'GitHubActions' },
    cluster: { name: CLUSTER, containerInstances: [] },
    service: {
      name: SERVICE,
      desiredCount: 2,
      launchType: 'FARGATE',
      platformVersion: 'LATEST',
      networkConfiguration: {
        awsvpcConfiguration: { subnets: privateSubnets.map((s) => s.SubnetId as string), securityGroups: [taskSg], assignPublicIp: 'DISABLED' }
      },
      loadBalancers: [{ targetGroupArn, containerName: 'api', containerPort: 8080 }],
      healthCheckGracePeriodSeconds: 30,
      deploymentConfiguration: {
        deploymentCircuitBreaker: { enable: false, rollback: false },
        maximumPercent: 200,
        minimumHealthyPercent: 100
      },
      previousDeployment: { id: previousId, taskDefinition: `arn:aws:ecs:${REGION}:${ACCOUNT_ID}:task-definition/api:41` },
      deployment: { id: deploymentId, taskDefinition: `arn:aws:ecs:${REGION}:${ACCOUNT_ID}:task-definition/api:42` }
    },
    taskDefinitions: [taskDefinition(41, 'v1.41.0', secretArn, 6), taskDefinition(42, 'v1.42.0', secretArn, 0)],
    network: {
      vpcs: [
        {
          VpcId: vpcId,
          CidrBlock: '10.0.0.0/16',
          State: 'available',
          OwnerId: ACCOUNT_ID,
          InstanceTenancy: 'default',
          IsDefault: false,
          DhcpOptionsId: hexId('dopt'),
          CidrBlockAssociationSet: [{ AssociationId: hexId('vpc-cidr-assoc'), CidrBlock: '10.0.0.0/16', CidrBlockState: { State: 'associated' } }],
          Tags: nameTag('prod')
        }
      ],
      vpcAttributes: { [vpcId]: { enableDnsSupport: true, enableDnsHostnames: true } },
      subnets: [...publicSubnets, ...privateSubnets],
      routeTables,
      natGateways: [
        {
          NatGatewayId: natId,
          SubnetId: publicSubnets[0].SubnetId,
          VpcId: vpcId,
          State: 'available',
          ConnectivityType: 'public',
          CreateTime: new Date(Date.now() - 300 * DAY * 1000),
          NatGatewayAddresses: [
            { AllocationId: hexId('eipalloc'), NetworkInterfaceId: hexId('eni'), PrivateIp: '10.0.0.87', PublicIp: '34.251.12.77', IsPrimary: true, Status: 'succeeded' }
          ],
          Tags: nameTag('prod-nat-a')
        }
      ],
      internetGateways: [{ InternetGatewayId: igwId, OwnerId: ACCOUNT_ID, Attachments: [{ VpcId: vpcId, State: asReturnedByAws('available') }], Tags: nameTag('prod') }],
      vpcEndpoints: [
        {
          VpcEndpointId: hexId('vpce'),
          VpcEndpointType: 'Gateway',
          VpcId: vpcId,
          ServiceName: `com.amazonaws.${REGION}.s3`,
          State: asReturnedByAws('available'),
          PolicyDocument: JSON.stringify({ Version: '2008-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] }),
          RouteTableIds: privateRtbs,
          SubnetIds: [],
          Groups: [],
          PrivateDnsEnabled: false,
          RequesterManaged: false,
          NetworkInterfaceIds: [],
          DnsEntries: [],
          CreationTimestamp: new Date(Date.now() - 300 * DAY * 1000),
          OwnerId: ACCOUNT_ID
        }
      ],
      securityGroups,
      networkAcls: [
        {
          NetworkAclId: aclId,
          VpcId: vpcId,
          IsDefault: true,
          OwnerId: ACCOUNT_ID,
          Entries: [aclEntry(true, 100, true), aclEntry(true, 32767, false), aclEntry(false, 100, true), aclEntry(false, 32767, false)],
          Associations: [...publicSubnets, ...privateSubnets].map((s) => ({
            NetworkAclAssociationId: hexId('aclassoc'),
            NetworkAclId: aclId,
            SubnetId: s.SubnetId
          })),
          Tags: []
        }
      ],
      prefixLists: [{ id: S3_PREFIX_LIST_ID, name: `com.amazonaws.${REGION}.s3`, cidrs: ['3.5.64.0/21', '3.5.72.0/23', '52.92.0.0/17', '52.218.0.0/17'] }]
    },
    iam: { roles },
    secrets: [{ name: 'prod/api/database', arn: secretArn, description: 'api database connection string' }],
    parameters: [
      { name: '/prod/api/feature-flags', type: 'String' },
      { name: '/prod/api/session-key', type: 'SecureString' }
    ],
    ecr: {
      repositories: [
        {
          name: 'api',
          images: [
            { tags: ['v1.41.0'], digest: `sha256:${ids.hex(64)}`, architectures: ['amd64'], index: false, sizeInBytes: 148_233_102, pushedDaysAgo: 6 },
            { tags: ['v1.42.0'], digest: `sha256:${ids.hex(64)}`, architectures: ['amd64'], index: false, sizeInBytes: 149_012_877, pushedDaysAgo: 0.01 }
          ]
        }
      ]
    },
    logGroups: [{ name: '/ecs/api', retentionInDays: 30 }],
    loadBalancing: {
      loadBalancers: [
        {
          LoadBalancerArn: albArn,
          DNSName: `prod-api-${ids.digits(9)}.${REGION}.elb.amazonaws.com`,
          CanonicalHostedZoneId: 'Z32O12XQLNTSW2',
          CreatedTime: new Date(Date.now() - 300 * DAY * 1000),
          LoadBalancerName: 'prod-api',
          Scheme: 'internet-facing',
          VpcId: vpcId,
          State: { Code: 'active' },
          Type: 'application',
          AvailabilityZones: publicSubnets.map((s) => ({ ZoneName: s.AvailabilityZone, SubnetId: s.SubnetId, LoadBalancerAddresses: [] })),
          SecurityGroups: [albSg],
          IpAddressType: 'ipv4'
        }
      ],
      targetGroups: [targetGroup]
    }
  }
}

// ------------------------------------------------------------------ accessors used by scenario overrides

export function newTaskDefinition(world: World): TaskDefinition {
  return world.taskDefinitions.find((td) => td.taskDefinitionArn === world.service.deployment.taskDefinition) as TaskDefinition
}

export function appContainer(world: World): ContainerDefinition {
  return newTaskDefinition(world).containerDefinitions?.[0] as ContainerDefinition
}

export function executionRole(world: World): RoleSpec {
  return world.iam.roles.find((r) => r.name === 'api-execution-role') as RoleSpec
}

export function executionRoleArn(world: World): string {
  return `arn:aws:iam::${world.accountId}:role/api-execution-role`
}

export function taskSecurityGroup(world: World): SecurityGroup {
  return world.network.securityGroups.find((g) => g.GroupName === 'prod-api-tasks') as SecurityGroup
}

export function albSecurityGroup(world: World): SecurityGroup {
  return world.network.securityGroups.find((g) => g.GroupName === 'prod-api-alb') as SecurityGroup
}

export function serviceSubnets(world: World): Subnet[] {
  const ids = world.service.networkConfiguration?.awsvpcConfiguration?.subnets ?? []
  return world.network.subnets.filter((s) => ids.includes(s.SubnetId as string))
}

export function serviceRouteTables(world: World): RouteTable[] {
  const ids = serviceSubnets(world).map((s) => s.SubnetId)
  return world.network.routeTables.filter((r) => r.Associations?.some((a) => ids.includes(a.SubnetId)))
}

export function targetGroup(world: World): TargetGroupSpec {
  return world.loadBalancing.targetGroups[0]
}

export function databaseSecretArn(world: World): string {
  return world.secrets[0].arn
}
