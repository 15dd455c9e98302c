/** The task ENI has no way out: no NAT/IGW route, missing VPC endpoints, blocked egress, no public IP, no free IPs. */
import type { VpcEndpoint } from '@aws-sdk/client-ec2'
import { IdGenerator } from '../../random.js'
import type { Scenario, World } from '../../types.js'
import { serviceRouteTables, serviceSubnets, taskSecurityGroup } from '../base-world.js'
import { defineScenario, failsToStart } from '../define.js'
import { ecrAuthTimeout, layerDownloadTimeout, LOGGER_CONNECTION_ISSUE, subnetAddressesExhausted } from '../messages.js'

const NETWORK_TIMEOUT_SECONDS = 40

function removeDefaultRoutes(world: World): void {
  for (const table of serviceRouteTables(world)) table.Routes = table.Routes?.filter((r) => r.DestinationCidrBlock !== '0.0.0.0/0')
}

/** Private subnets without internet access: the NAT gateway is gone and the routes to it with it. */
function isolate(world: World): void {
  removeDefaultRoutes(world)
  world.network.natGateways = []
}

/** Interface endpoints (private DNS on) in the service subnets, with a security group open to the VPC on 443. */
function addInterfaceEndpoints(world: World, services: string[]): void {
  const vpcId = world.network.vpcs[0].VpcId as string
  const ids = new IdGenerator(`endpoints:${vpcId}`)
  const groupId = `sg-0${ids.hex(16)}`
  world.network.securityGroups.push({
    GroupId: groupId,
    GroupName: 'prod-vpc-endpoints',
    Description: 'interface endpoints',
    VpcId: vpcId,
    OwnerId: world.accountId,
    IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/16' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }],
    IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }]
  })
  const subnetIds = serviceSubnets(world).map((s) => s.SubnetId as string)
  for (const service of services) {
    const id = `vpce-0${ids.hex(16)}`
    const endpoint: VpcEndpoint = {
      VpcEndpointId: id,
      VpcEndpointType: 'Interface',
      VpcId: vpcId,
      ServiceName: `com.amazonaws.${world.region}.${service}`,
      State: 'available' as VpcEndpoint['State'],
      PolicyDocument: JSON.stringify({ Statement: [{ Action: '*', Effect: 'Allow', Principal: '*', Resource: '*' }] }),
      RouteTableIds: [],
      SubnetIds: subnetIds,
      Groups: [{ GroupId: groupId, GroupName: 'prod-vpc-endpoints' }],
      IpAddressType: 'ipv4',
      DnsOptions: { DnsRecordIpType: 'ipv4' },
      PrivateDnsEnabled: true,
      RequesterManaged: false,
      NetworkInterfaceIds: subnetIds.map(() => `eni-0${ids.hex(16)}`),
      DnsEntries: [
        { DnsName: `${id}-${ids.alphanumeric(8).toLowerCase()}.${service}.${world.region}.vpce.amazonaws.com`, HostedZoneId: 'Z7K1066E3PUKB' },
        { DnsName: `${service}.${world.region}.amazonaws.com`, HostedZoneId: `Z0${ids.alphanumeric(19).toUpperCase()}` }
      ],
      CreationTimestamp: new Date(Date.now() - 200 * 86_400_000),
      OwnerId: world.accountId
    }
    world.network.vpcEndpoints.push(endpoint)
  }
}

function removeS3GatewayEndpoint(world: World): void {
  world.network.vpcEndpoints = world.network.vpcEndpoints.filter((e) => !e.ServiceName?.endsWith('.s3'))
}

function cannotReachEcr(world: World) {
  return { newTasks: [failsToStart('before-pull', ecrAuthTimeout(world.region), NETWORK_TIMEOUT_SECONDS)] }
}

export const networkScenarios: Scenario[] = [
  defineScenario({
    name: 'network-no-nat-route',
    description: "The private subnets' route tables lost their 0.0.0.0/0 route to the NAT gateway: Fargate cannot reach ECR to get registry auth.",
    expect: { verdict: 'failed', rootCause: 'network-unreachable' },
    configure: removeDefaultRoutes,
    timeline: cannotReachEcr
  }),

  defineScenario({
    name: 'network-nat-blackhole',
    description: 'The NAT gateway was deleted; the private route tables still point 0.0.0.0/0 at it (route state blackhole).',
    expect: { verdict: 'failed', rootCause: 'network-unreachable' },
    configure: (world) => {
      for (const nat of world.network.natGateways) Object.assign(nat, { State: 'deleted', DeleteTime: new Date(Date.now() - 3 * 3_600_000) })
      for (const table of serviceRouteTables(world)) {
        for (const route of table.Routes ?? []) if (route.NatGatewayId) route.State = 'blackhole'
      }
    },
    timeline: cannotReachEcr
  }),

  defineScenario({
    name: 'network-missing-ecr-endpoints',
    description:
      'Isolated private subnets (no NAT) with VPC endpoints for S3, logs, Secrets Manager and SSM, but none for ecr.api / ecr.dkr: the registry auth call times out.',
    expect: { verdict: 'failed', rootCause: 'network-unreachable' },
    configure: (world) => {
      isolate(world)
      addInterfaceEndpoints(world, ['logs', 'secretsmanager', 'ssm'])
    },
    timeline: cannotReachEcr
  }),

  defineScenario({
    name: 'network-missing-s3-endpoint',
    description:
      'Isolated private subnets with ecr.api, ecr.dkr, logs, secretsmanager and ssm interface endpoints but no S3 gateway endpoint: ECR image layers cannot be downloaded.',
    expect: { verdict: 'failed', rootCause: 'network-unreachable' },
    configure: (world) => {
      isolate(world)
      removeS3GatewayEndpoint(world)
      addInterfaceEndpoints(world, ['ecr.api', 'ecr.dkr', 'logs', 'secretsmanager', 'ssm'])
    },
    timeline: (world) => ({
      newTasks: [failsToStart('pull', layerDownloadTimeout('api:v1.42.0', world.region), NETWORK_TIMEOUT_SECONDS)]
    })
  }),

  defineScenario({
    name: 'network-missing-logs-endpoint',
    description:
      'Isolated private subnets with every endpoint but logs: the image pulls, then the awslogs driver cannot reach CloudWatch Logs (the log group does exist).',
    expect: { verdict: 'failed', rootCause: 'network-unreachable' },
    configure: (world) => {
      isolate(world)
      addInterfaceEndpoints(world, ['ecr.api', 'ecr.dkr', 'secretsmanager', 'ssm'])
    },
    timeline: () => ({ newTasks: [failsToStart('create-container', LOGGER_CONNECTION_ISSUE, 30)] })
  }),

  defineScenario({
    name: 'network-sg-egress-blocked',
    description: "The task security group's egress was tightened to the database port only: HTTPS to ECR is blocked.",
    expect: { verdict: 'failed', rootCause: 'network-unreachable' },
    configure: (world) => {
      taskSecurityGroup(world).IpPermissionsEgress = [
        { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, IpRanges: [{ CidrIp: '10.0.20.0/24', Description: 'postgres' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }
      ]
    },
    timeline: cannotReachEcr
  }),

  defineScenario({
    name: 'network-public-ip-disabled',
    description: 'The new deployment moved the tasks to the public subnets (route to an internet gateway) but kept assignPublicIp DISABLED: no address to reach the internet with.',
    expect: { verdict: 'failed', rootCause: 'network-unreachable' },
    configure: (world) => {
      const publicSubnets = world.network.subnets.filter((s) => s.MapPublicIpOnLaunch).map((s) => s.SubnetId as string)
      world.service.deployment.networkConfiguration = {
        awsvpcConfiguration: { subnets: publicSubnets, securityGroups: [taskSecurityGroup(world).GroupId as string], assignPublicIp: 'DISABLED' }
      }
    },
    timeline: cannotReachEcr
  }),

  defineScenario({
    name: 'subnet-ips-exhausted',
    description: "The service's private subnets have no free IP addresses left: task ENIs cannot be created and tasks never leave PROVISIONING.",
    expect: { verdict: 'stuck', rootCause: 'subnet-ip-exhausted' },
    configure: (world) => {
      for (const subnet of serviceSubnets(world)) subnet.AvailableIpAddressCount = 0
    },
    timeline: () => ({ newTasks: [failsToStart('provisioning', subnetAddressesExhausted('{subnetId}'), 25)] })
  })
]
