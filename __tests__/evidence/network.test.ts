import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  DescribeManagedPrefixListsCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcEndpointsCommand
} from '@aws-sdk/client-ec2'
import type { Service as EcsService } from '@aws-sdk/client-ecs'
import { createClients } from '../../src/aws/clients.js'
import { collectEvidence } from '../../src/evidence/collect.js'
import {
  CLUSTER,
  DEFAULT_SG,
  DEPLOYMENT,
  ENDPOINT_SG,
  LB_SG,
  MAIN_ROUTE_TABLE,
  REGION,
  ROUTE_TABLE,
  SERVICE,
  SUBNETS,
  TASK_SG,
  VPC,
  answerTypicalFailure,
  callsMade,
  explicitRouteTable,
  mainRouteTable,
  mockAws,
  securityGroup,
  service,
  stoppedTask
} from './scenario.js'

const mocks = mockAws()
afterAll(() => Object.values(mocks).forEach((m) => m.restore()))
beforeEach(() => answerTypicalFailure(mocks))

function collect(svc: EcsService = service()) {
  return collectEvidence({
    clients: createClients({ region: REGION }),
    region: REGION,
    cluster: CLUSTER,
    serviceName: SERVICE,
    deploymentId: DEPLOYMENT,
    service: svc,
    tasks: [stoppedTask(0)],
    logLines: 50
  })
}

function withAwsvpc(config: Partial<NonNullable<NonNullable<EcsService['networkConfiguration']>['awsvpcConfiguration']>>): EcsService {
  const svc = service()
  svc.networkConfiguration = { awsvpcConfiguration: { subnets: [...SUBNETS], ...config } }
  return svc
}

describe('network evidence', () => {
  it('resolves the VPC default security group when the service sets none', async () => {
    const evidence = await collect(withAwsvpc({ securityGroups: [] }))

    expect(mocks.ec2.commandCalls(DescribeSecurityGroupsCommand).map((c) => c.args[0].input)).toEqual([
      { Filters: [{ Name: 'vpc-id', Values: [VPC] }, { Name: 'group-name', Values: ['default'] }] },
      { Filters: [{ Name: 'group-id', Values: [ENDPOINT_SG, LB_SG] }] }
    ])
    expect(evidence.network?.taskSecurityGroupIds).toEqual([DEFAULT_SG])
    expect(evidence.network?.securityGroups?.map((g) => [g.GroupId, g.GroupName])).toEqual([
      [DEFAULT_SG, 'default'],
      [ENDPOINT_SG, 'vpc-endpoints'],
      [LB_SG, 'prod-alb']
    ])
  })

  it('falls back to the VPC main route table for a subnet without an explicit association', async () => {
    const onlyFirstSubnet = explicitRouteTable()
    onlyFirstSubnet.Associations = onlyFirstSubnet.Associations?.slice(0, 1)
    mocks.ec2
      .on(DescribeRouteTablesCommand, { Filters: [{ Name: 'association.subnet-id', Values: SUBNETS }] })
      .resolves({ RouteTables: [onlyFirstSubnet] })
      .on(DescribeRouteTablesCommand, { Filters: [{ Name: 'vpc-id', Values: [VPC] }, { Name: 'association.main', Values: ['true'] }] })
      .resolves({ RouteTables: [mainRouteTable()] })

    const evidence = await collect()

    expect(mocks.ec2.commandCalls(DescribeRouteTablesCommand)).toHaveLength(2)
    expect(evidence.network?.routeTables?.map((t) => [t.RouteTableId, t.Associations?.map((a) => a.SubnetId ?? (a.Main ? 'main' : ''))])).toEqual([
      [ROUTE_TABLE, [SUBNETS[0]]],
      [MAIN_ROUTE_TABLE, ['main']]
    ])
  })

  it('does not look up the main route table when every subnet has its own', async () => {
    await collect()

    expect(mocks.ec2.commandCalls(DescribeRouteTablesCommand).map((c) => c.args[0].input)).toEqual([
      { Filters: [{ Name: 'association.subnet-id', Values: SUBNETS }] }
    ])
  })

  it('looks up the S3 prefix list only when task egress is restricted', async () => {
    const restricted = securityGroup(TASK_SG, 'api-tasks', [
      { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, IpRanges: [{ CidrIp: '10.0.0.0/16' }] }
    ])
    mocks.ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [restricted] })

    const evidence = await collect()

    expect(mocks.ec2.commandCalls(DescribeManagedPrefixListsCommand).map((c) => c.args[0].input)).toEqual([
      { Filters: [{ Name: 'prefix-list-name', Values: [`com.amazonaws.${REGION}.s3`] }] }
    ])
    expect(evidence.network?.s3PrefixListId).toBe('pl-6da54004')
  })

  it('reads the S3 prefix list from the gateway endpoint route without a call', async () => {
    const table = explicitRouteTable()
    table.Routes?.push({ DestinationPrefixListId: 'pl-6da54004', GatewayId: 'vpce-0f1e2d3c4b5a69788', State: 'active', Origin: 'CreateRoute' })
    mocks.ec2
      .on(DescribeRouteTablesCommand)
      .resolves({ RouteTables: [table] })
      .on(DescribeVpcEndpointsCommand)
      .resolves({
        VpcEndpoints: [
          {
            VpcEndpointId: 'vpce-0f1e2d3c4b5a69788',
            VpcEndpointType: 'Gateway',
            VpcId: VPC,
            ServiceName: `com.amazonaws.${REGION}.s3`,
            RouteTableIds: [ROUTE_TABLE],
            Groups: []
          }
        ]
      })
      .on(DescribeSecurityGroupsCommand)
      .resolves({ SecurityGroups: [securityGroup(TASK_SG, 'api-tasks', [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, PrefixListIds: [{ PrefixListId: 'pl-6da54004' }] }])] })

    const evidence = await collect()

    expect(evidence.network?.s3PrefixListId).toBe('pl-6da54004')
    expect(mocks.ec2.commandCalls(DescribeManagedPrefixListsCommand)).toHaveLength(0)
  })

  it('collects no network evidence (and makes no EC2 call) for a service without awsvpc', async () => {
    const svc = service()
    delete svc.networkConfiguration
    svc.loadBalancers = []

    const evidence = await collect(svc)

    expect(evidence).not.toHaveProperty('network')
    expect(evidence).not.toHaveProperty('loadBalancing')
    expect(callsMade(mocks).filter((c) => c.startsWith('ec2.') || c.startsWith('elbv2.'))).toEqual([])
  })

  it('still reads the VPC through the route tables when subnets are not visible', async () => {
    mocks.ec2.on(DescribeSubnetsCommand).resolves({ Subnets: [] })

    const evidence = await collect()

    expect(evidence.network?.vpcId).toBe(VPC)
    expect(evidence.network?.subnets).toEqual([])
    expect(mocks.ec2.commandCalls(DescribeVpcEndpointsCommand)[0].args[0].input).toEqual({ Filters: [{ Name: 'vpc-id', Values: [VPC] }] })
  })
})
