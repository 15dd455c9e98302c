/** Amazon EC2 (ec2Query): the network evidence — subnets, routes, NAT, endpoints, security groups, NACLs. */
import * as sdk from '@aws-sdk/client-ec2'
import type {
  DescribeInternetGatewaysRequest,
  DescribeInternetGatewaysResult,
  DescribeManagedPrefixListsRequest,
  DescribeManagedPrefixListsResult,
  DescribeNatGatewaysRequest,
  DescribeNatGatewaysResult,
  DescribeNetworkAclsRequest,
  DescribeNetworkAclsResult,
  DescribePrefixListsRequest,
  DescribePrefixListsResult,
  DescribeRouteTablesRequest,
  DescribeRouteTablesResult,
  DescribeSecurityGroupsRequest,
  DescribeSecurityGroupsResult,
  DescribeSubnetsRequest,
  DescribeSubnetsResult,
  DescribeVpcAttributeRequest,
  DescribeVpcAttributeResult,
  DescribeVpcEndpointsRequest,
  DescribeVpcEndpointsResult,
  DescribeVpcsRequest,
  DescribeVpcsResult,
  Filter,
  Subnet,
  Tag
} from '@aws-sdk/client-ec2'
import { AwsError } from '../aws-error.js'
import { wildcardMatch } from '../engine/policy.js'
import { operation, paginate, type ServiceDefinition, type SimContext } from './context.js'

type Field<T> = (item: T) => (string | number | boolean | undefined)[]
type FilterFields<T> = Record<string, Field<T>>

function withTags<T extends { Tags?: Tag[] }>(fields: FilterFields<T>): (name: string) => Field<T> | undefined {
  return (name) => {
    if (fields[name]) return fields[name]
    if (name.startsWith('tag:')) return (item) => (item.Tags ?? []).filter((t) => t.Key === name.slice(4)).map((t) => t.Value)
    if (name === 'tag-key') return (item) => (item.Tags ?? []).map((t) => t.Key)
    return undefined
  }
}

function applyFilters<T extends { Tags?: Tag[] }>(items: T[], filters: Filter[] | undefined, fields: FilterFields<T>): T[] {
  const lookup = withTags(fields)
  let result = items
  for (const filter of filters ?? []) {
    const field = lookup(filter.Name ?? '')
    if (!field) throw new AwsError('InvalidParameterValue', `The filter '${filter.Name}' is invalid`)
    const wanted = filter.Values ?? []
    result = result.filter((item) => field(item).some((v) => v !== undefined && wanted.some((w) => wildcardMatch(w, String(v), false))))
  }
  return result
}

function byIds<T>(items: T[], ids: string[] | undefined, idOf: (item: T) => string | undefined, notFound: (id: string) => AwsError): T[] {
  if (!ids?.length) return items
  const missing = ids.find((id) => !items.some((item) => idOf(item) === id))
  if (missing) throw notFound(missing)
  return items.filter((item) => ids.includes(idOf(item) ?? ''))
}

function page<T>(items: T[], nextToken: string | undefined, maxResults: number | undefined): { page: T[]; nextToken?: string } {
  return paginate(items, nextToken, maxResults ?? 1000, () => new AwsError('InvalidNextToken', 'The token is not valid'))
}

/** Available addresses go down by one per task ENI the replay attached (counts in the scenario are at second 0). */
function subnetNow(subnet: Subnet, ctx: SimContext): Subnet {
  const taken = ctx.cluster.tasks.filter((t) => t.createdAt >= 0 && t.subnetId === subnet.SubnetId && t.eniStatus === 'ATTACHED').length
  return { ...subnet, AvailableIpAddressCount: Math.max(0, (subnet.AvailableIpAddressCount ?? 0) - taken) }
}

export const ec2: ServiceDefinition = {
  id: 'EC2',
  aliases: ['ec2'],
  protocol: 'ec2Query',
  queryVersion: '2016-11-15',
  xmlNamespace: 'http://ec2.amazonaws.com/doc/2016-11-15/',
  iamPrefix: 'ec2',
  sdk,
  operations: {
    DescribeVpcs: operation<DescribeVpcsRequest, DescribeVpcsResult>((input, ctx) => {
      const vpcs = byIds(ctx.world.network.vpcs, input.VpcIds, (v) => v.VpcId, (id) => new AwsError('InvalidVpcID.NotFound', `The vpc ID '${id}' does not exist`))
      return { Vpcs: applyFilters(vpcs, input.Filters, { 'vpc-id': (v) => [v.VpcId], 'cidr-block': (v) => [v.CidrBlock], 'is-default': (v) => [v.IsDefault], state: (v) => [v.State] }) }
    }),

    DescribeSubnets: operation<DescribeSubnetsRequest, DescribeSubnetsResult>((input, ctx) => {
      const subnets = byIds(ctx.world.network.subnets, input.SubnetIds, (s) => s.SubnetId, (id) => new AwsError('InvalidSubnetID.NotFound', `The subnet ID '${id}' does not exist`))
      const filtered = applyFilters(subnets, input.Filters, {
        'subnet-id': (s) => [s.SubnetId],
        'vpc-id': (s) => [s.VpcId],
        'availability-zone': (s) => [s.AvailabilityZone],
        'cidr-block': (s) => [s.CidrBlock],
        'map-public-ip-on-launch': (s) => [s.MapPublicIpOnLaunch],
        'default-for-az': (s) => [s.DefaultForAz],
        state: (s) => [s.State]
      })
      const { page: items, nextToken } = page(filtered.map((s) => subnetNow(s, ctx)), input.NextToken, input.MaxResults)
      return { Subnets: items, NextToken: nextToken }
    }),

    DescribeRouteTables: operation<DescribeRouteTablesRequest, DescribeRouteTablesResult>((input, ctx) => {
      const tables = byIds(ctx.world.network.routeTables, input.RouteTableIds, (r) => r.RouteTableId, (id) => new AwsError('InvalidRouteTableID.NotFound', `The routeTable ID '${id}' does not exist`))
      const filtered = applyFilters(tables, input.Filters, {
        'route-table-id': (r) => [r.RouteTableId],
        'vpc-id': (r) => [r.VpcId],
        'association.subnet-id': (r) => (r.Associations ?? []).map((a) => a.SubnetId),
        'association.route-table-association-id': (r) => (r.Associations ?? []).map((a) => a.RouteTableAssociationId),
        'association.main': (r) => (r.Associations ?? []).map((a) => a.Main),
        'association.gateway-id': (r) => (r.Associations ?? []).map((a) => a.GatewayId),
        'route.destination-cidr-block': (r) => (r.Routes ?? []).map((x) => x.DestinationCidrBlock),
        'route.gateway-id': (r) => (r.Routes ?? []).map((x) => x.GatewayId),
        'route.nat-gateway-id': (r) => (r.Routes ?? []).map((x) => x.NatGatewayId),
        'route.state': (r) => (r.Routes ?? []).map((x) => x.State)
      })
      const { page: items, nextToken } = page(filtered, input.NextToken, input.MaxResults)
      return { RouteTables: items, NextToken: nextToken }
    }),

    DescribeNatGateways: operation<DescribeNatGatewaysRequest, DescribeNatGatewaysResult>((input, ctx) => {
      const nats = byIds(ctx.world.network.natGateways, input.NatGatewayIds, (n) => n.NatGatewayId, (id) => new AwsError('NatGatewayNotFound', `The Nat Gateway ${id} was not found`))
      const filtered = applyFilters(nats, input.Filter, {
        'nat-gateway-id': (n) => [n.NatGatewayId],
        'vpc-id': (n) => [n.VpcId],
        'subnet-id': (n) => [n.SubnetId],
        state: (n) => [n.State]
      })
      const { page: items, nextToken } = page(filtered, input.NextToken, input.MaxResults)
      return { NatGateways: items, NextToken: nextToken }
    }),

    DescribeInternetGateways: operation<DescribeInternetGatewaysRequest, DescribeInternetGatewaysResult>((input, ctx) => {
      const igws = byIds(ctx.world.network.internetGateways, input.InternetGatewayIds, (g) => g.InternetGatewayId, (id) => new AwsError('InvalidInternetGatewayID.NotFound', `The internetGateway ID '${id}' does not exist`))
      return {
        InternetGateways: applyFilters(igws, input.Filters, {
          'internet-gateway-id': (g) => [g.InternetGatewayId],
          'attachment.vpc-id': (g) => (g.Attachments ?? []).map((a) => a.VpcId),
          'attachment.state': (g) => (g.Attachments ?? []).map((a) => a.State)
        })
      }
    }),

    DescribeVpcEndpoints: operation<DescribeVpcEndpointsRequest, DescribeVpcEndpointsResult>((input, ctx) => {
      const endpoints = byIds(ctx.world.network.vpcEndpoints, input.VpcEndpointIds, (e) => e.VpcEndpointId, (id) => new AwsError('InvalidVpcEndpointId.NotFound', `The Vpc Endpoint Id '${id}' does not exist`))
      const filtered = applyFilters(endpoints, input.Filters, {
        'vpc-endpoint-id': (e) => [e.VpcEndpointId],
        'vpc-id': (e) => [e.VpcId],
        'service-name': (e) => [e.ServiceName],
        'vpc-endpoint-type': (e) => [e.VpcEndpointType],
        'vpc-endpoint-state': (e) => [e.State]
      })
      const { page: items, nextToken } = page(filtered, input.NextToken, input.MaxResults)
      return { VpcEndpoints: items, NextToken: nextToken }
    }),

    DescribeSecurityGroups: operation<DescribeSecurityGroupsRequest, DescribeSecurityGroupsResult>((input, ctx) => {
      const groups = byIds(ctx.world.network.securityGroups, input.GroupIds, (g) => g.GroupId, (id) => new AwsError('InvalidGroup.NotFound', `The security group '${id}' does not exist`))
      const filtered = applyFilters(groups, input.Filters, {
        'group-id': (g) => [g.GroupId],
        'group-name': (g) => [g.GroupName],
        'vpc-id': (g) => [g.VpcId],
        'ip-permission.group-id': (g) => (g.IpPermissions ?? []).flatMap((p) => (p.UserIdGroupPairs ?? []).map((u) => u.GroupId)),
        'egress.ip-permission.group-id': (g) => (g.IpPermissionsEgress ?? []).flatMap((p) => (p.UserIdGroupPairs ?? []).map((u) => u.GroupId))
      })
      const { page: items, nextToken } = page(filtered, input.NextToken, input.MaxResults)
      return { SecurityGroups: items, NextToken: nextToken }
    }),

    DescribeNetworkAcls: operation<DescribeNetworkAclsRequest, DescribeNetworkAclsResult>((input, ctx) => {
      const acls = byIds(ctx.world.network.networkAcls, input.NetworkAclIds, (a) => a.NetworkAclId, (id) => new AwsError('InvalidNetworkAclID.NotFound', `The network ACL '${id}' does not exist`))
      const filtered = applyFilters(acls, input.Filters, {
        'network-acl-id': (a) => [a.NetworkAclId],
        'vpc-id': (a) => [a.VpcId],
        default: (a) => [a.IsDefault],
        'association.subnet-id': (a) => (a.Associations ?? []).map((x) => x.SubnetId),
        'association.network-acl-id': (a) => (a.Associations ?? []).map((x) => x.NetworkAclId)
      })
      const { page: items, nextToken } = page(filtered, input.NextToken, input.MaxResults)
      return { NetworkAcls: items, NextToken: nextToken }
    }),

    DescribeVpcAttribute: operation<DescribeVpcAttributeRequest, DescribeVpcAttributeResult>((input, ctx) => {
      const vpcId = input.VpcId ?? ''
      const attributes = ctx.world.network.vpcAttributes[vpcId]
      if (!attributes) throw new AwsError('InvalidVpcID.NotFound', `The vpc ID '${vpcId}' does not exist`)
      switch (input.Attribute) {
        case 'enableDnsSupport':
          return { VpcId: vpcId, EnableDnsSupport: { Value: attributes.enableDnsSupport } }
        case 'enableDnsHostnames':
          return { VpcId: vpcId, EnableDnsHostnames: { Value: attributes.enableDnsHostnames } }
        case 'enableNetworkAddressUsageMetrics':
          return { VpcId: vpcId, EnableNetworkAddressUsageMetrics: { Value: false } }
        default:
          throw new AwsError('InvalidParameterValue', `Value (${input.Attribute}) for parameter attribute is invalid. Unknown attribute.`)
      }
    }),

    DescribeManagedPrefixLists: operation<DescribeManagedPrefixListsRequest, DescribeManagedPrefixListsResult>((input, ctx) => {
      const lists = ctx.world.network.prefixLists.map((p) => ({
        PrefixListId: p.id,
        AddressFamily: 'IPv4',
        State: 'create-complete' as const,
        PrefixListArn: `arn:aws:ec2:${ctx.world.region}:aws:prefix-list/${p.id}`,
        PrefixListName: p.name,
        Version: 1,
        OwnerId: 'AWS',
        Tags: []
      }))
      const selected = byIds(lists, input.PrefixListIds, (p) => p.PrefixListId, (id) => new AwsError('InvalidPrefixListID.NotFound', `The prefix list ID '${id}' does not exist`))
      return {
        PrefixLists: applyFilters(selected, input.Filters, {
          'prefix-list-id': (p) => [p.PrefixListId],
          'prefix-list-name': (p) => [p.PrefixListName],
          'owner-id': (p) => [p.OwnerId]
        })
      }
    }),

    DescribePrefixLists: operation<DescribePrefixListsRequest, DescribePrefixListsResult>((input, ctx) => {
      const lists = ctx.world.network.prefixLists.map((p) => ({ PrefixListId: p.id, PrefixListName: p.name, Cidrs: p.cidrs }))
      const selected = byIds(lists, input.PrefixListIds, (p) => p.PrefixListId, (id) => new AwsError('InvalidPrefixListID.NotFound', `The prefix list ID '${id}' does not exist`))
      return {
        PrefixLists: applyFilters(selected as (typeof lists[number] & { Tags?: Tag[] })[], input.Filters, {
          'prefix-list-id': (p) => [p.PrefixListId],
          'prefix-list-name': (p) => [p.PrefixListName]
        })
      }
    })
  }
}
