import {
  DescribeVpcAttributeCommand,
  paginateDescribeManagedPrefixLists,
  paginateDescribeNatGateways,
  paginateDescribeNetworkAcls,
  paginateDescribeRouteTables,
  paginateDescribeSecurityGroups,
  paginateDescribeSubnets,
  paginateDescribeVpcEndpoints,
  type Filter,
  type RouteTable,
  type SecurityGroup,
  type VpcEndpoint
} from '@aws-sdk/client-ec2'
import type { Jsonified } from '../types.js'
import { allPages, unique, type CallOptions, type CollectionContext } from './context.js'
import { toJson } from './json.js'
import { EVIDENCE_CHECKS, type EcsService, type EvidenceCheck, type NetworkEvidence } from './schema.js'

type Json<T> = Jsonified<T>

/**
 * The task network of an awsvpc service, batched: one DescribeSubnets, one DescribeRouteTables
 * and one DescribeNetworkAcls for all subnets (by filter, so a deleted id cannot fail the call);
 * then, with the VPC id, its endpoints, DNS attributes, the main route table when a subnet has no
 * explicit association, and the default security group when the service sets none; then the NAT
 * gateways the routes use and one DescribeSecurityGroups for the task, endpoint and load
 * balancer groups; the S3 prefix list only when task egress is restricted and no route names it.
 */
export async function collectNetwork(
  ctx: CollectionContext,
  service: EcsService,
  loadBalancerSecurityGroupIds: Promise<string[]>
): Promise<NetworkEvidence | undefined> {
  const awsvpc = service.networkConfiguration?.awsvpcConfiguration
  const subnetIds = unique(awsvpc?.subnets ?? [])
  if (subnetIds.length === 0) return undefined
  const configuredGroupIds = unique(awsvpc?.securityGroups ?? [])
  const ec2 = ctx.client('ec2')
  const bySubnet: Filter[] = [{ Name: 'association.subnet-id', Values: subnetIds }]

  const subnetsP = list(ctx, EVIDENCE_CHECKS.subnets, 'ec2:DescribeSubnets', async (o) =>
    allPages(paginateDescribeSubnets({ client: await ec2 }, { Filters: [{ Name: 'subnet-id', Values: subnetIds }] }, o), (p) => p.Subnets)
  )
  const explicitTablesP = list(ctx, EVIDENCE_CHECKS.routeTables, 'ec2:DescribeRouteTables', async (o) =>
    allPages(paginateDescribeRouteTables({ client: await ec2 }, { Filters: bySubnet }, o), (p) => p.RouteTables)
  )
  const networkAclsP = list(ctx, EVIDENCE_CHECKS.networkAcls, 'ec2:DescribeNetworkAcls', async (o) =>
    allPages(paginateDescribeNetworkAcls({ client: await ec2 }, { Filters: bySubnet }, o), (p) => p.NetworkAcls)
  )

  const vpcIdP = (async () => {
    const fromSubnets = (await subnetsP)?.find((s) => s.VpcId)?.VpcId
    if (fromSubnets) return fromSubnets
    const [tables, acls] = await Promise.all([explicitTablesP, networkAclsP])
    return tables?.find((t) => t.VpcId)?.VpcId ?? acls?.find((a) => a.VpcId)?.VpcId
  })()

  const mainTableP = (async (): Promise<Json<RouteTable>[]> => {
    const [vpcId, explicit] = await Promise.all([vpcIdP, explicitTablesP])
    if (!vpcId || !explicit) return []
    const associated = new Set(explicit.flatMap((t) => (t.Associations ?? []).map((a) => a.SubnetId)))
    if (subnetIds.every((id) => associated.has(id))) return []
    const filters = [{ Name: 'vpc-id', Values: [vpcId] }, { Name: 'association.main', Values: ['true'] }]
    const main = await list(ctx, EVIDENCE_CHECKS.routeTables, 'ec2:DescribeRouteTables', async (o) =>
      allPages(paginateDescribeRouteTables({ client: await ec2 }, { Filters: filters }, o), (p) => p.RouteTables)
    )
    return main ?? []
  })()

  const vpcEndpointsP = vpcIdP.then((vpcId) =>
    vpcId
      ? list(ctx, EVIDENCE_CHECKS.vpcEndpoints, 'ec2:DescribeVpcEndpoints', async (o) =>
          allPages(paginateDescribeVpcEndpoints({ client: await ec2 }, { Filters: [{ Name: 'vpc-id', Values: [vpcId] }] }, o), (p) => p.VpcEndpoints)
        )
      : undefined
  )
  const vpcAttributesP = vpcIdP.then((vpcId) => (vpcId ? describeDnsAttributes(ctx, vpcId) : undefined))
  const defaultGroupP = vpcIdP.then((vpcId) => {
    if (configuredGroupIds.length > 0 || !vpcId) return undefined
    const filters = [{ Name: 'vpc-id', Values: [vpcId] }, { Name: 'group-name', Values: ['default'] }]
    return list(ctx, EVIDENCE_CHECKS.securityGroups, 'ec2:DescribeSecurityGroups', async (o) =>
      allPages(paginateDescribeSecurityGroups({ client: await ec2 }, { Filters: filters }, o), (p) => p.SecurityGroups)
    )
  })

  const routeTablesP = Promise.all([explicitTablesP, mainTableP]).then(([explicit, main]) =>
    explicit ? uniqueBy([...explicit, ...main], (t) => t.RouteTableId) : undefined
  )
  const natGatewaysP = routeTablesP.then((tables) => {
    if (!tables) return undefined
    const natIds = unique(tables.flatMap((t) => (t.Routes ?? []).map((r) => r.NatGatewayId)))
    if (natIds.length === 0) return []
    return list(ctx, EVIDENCE_CHECKS.natGateways, 'ec2:DescribeNatGateways', async (o) =>
      allPages(paginateDescribeNatGateways({ client: await ec2 }, { Filter: [{ Name: 'nat-gateway-id', Values: natIds }] }, o), (p) => p.NatGateways)
    )
  })

  const securityGroupsP = Promise.all([vpcEndpointsP, loadBalancerSecurityGroupIds, defaultGroupP]).then(
    async ([endpoints, lbGroupIds, defaultGroup]) => {
      const endpointGroupIds = (endpoints ?? []).flatMap((e) => (e.Groups ?? []).map((g) => g.GroupId))
      const known = new Set((defaultGroup ?? []).map((g) => g.GroupId))
      const ids = unique([...configuredGroupIds, ...endpointGroupIds, ...lbGroupIds]).filter((id) => !known.has(id))
      const fetched =
        ids.length === 0
          ? []
          : await list(ctx, EVIDENCE_CHECKS.securityGroups, 'ec2:DescribeSecurityGroups', async (o) =>
              allPages(paginateDescribeSecurityGroups({ client: await ec2 }, { Filters: [{ Name: 'group-id', Values: ids }] }, o), (p) => p.SecurityGroups)
            )
      if (!fetched && !defaultGroup) return undefined
      return uniqueBy([...(defaultGroup ?? []), ...(fetched ?? [])], (g) => g.GroupId)
    }
  )

  const [subnets, routeTables, networkAcls, vpcId, vpcEndpoints, vpcAttributes, defaultGroup, natGateways, securityGroups] =
    await Promise.all([subnetsP, routeTablesP, networkAclsP, vpcIdP, vpcEndpointsP, vpcAttributesP, defaultGroupP, natGatewaysP, securityGroupsP])
  const taskSecurityGroupIds = configuredGroupIds.length > 0 ? configuredGroupIds : unique((defaultGroup ?? []).map((g) => g.GroupId))
  const s3PrefixListId = await s3PrefixList(ctx, routeTables, vpcEndpoints, securityGroups, taskSecurityGroupIds)

  return {
    ...(vpcId ? { vpcId } : {}),
    ...(taskSecurityGroupIds.length > 0 ? { taskSecurityGroupIds } : {}),
    ...(vpcAttributes ? { vpcAttributes } : {}),
    ...(subnets ? { subnets } : {}),
    ...(routeTables ? { routeTables } : {}),
    ...(natGateways ? { natGateways } : {}),
    ...(vpcEndpoints ? { vpcEndpoints } : {}),
    ...(securityGroups ? { securityGroups } : {}),
    ...(networkAcls ? { networkAcls } : {}),
    ...(s3PrefixListId ? { s3PrefixListId } : {})
  }
}

async function list<I>(ctx: CollectionContext, check: EvidenceCheck, api: string, run: (options: CallOptions) => Promise<I[]>): Promise<Json<I>[] | undefined> {
  const items = await ctx.call({ check, api }, run)
  return items ? toJson(items) : undefined
}

/** DescribeVpcAttribute reads one attribute per call. */
async function describeDnsAttributes(ctx: CollectionContext, vpcId: string): Promise<NetworkEvidence['vpcAttributes']> {
  const spec = { check: EVIDENCE_CHECKS.vpcAttributes, api: 'ec2:DescribeVpcAttribute', resource: vpcId }
  const [support, hostnames] = await Promise.all([
    ctx.call(spec, async (o) => (await (await ctx.client('ec2')).send(new DescribeVpcAttributeCommand({ VpcId: vpcId, Attribute: 'enableDnsSupport' }), o)).EnableDnsSupport?.Value),
    ctx.call(spec, async (o) => (await (await ctx.client('ec2')).send(new DescribeVpcAttributeCommand({ VpcId: vpcId, Attribute: 'enableDnsHostnames' }), o)).EnableDnsHostnames?.Value)
  ])
  if (support === undefined && hostnames === undefined) return undefined
  return { ...(support !== undefined ? { enableDnsSupport: support } : {}), ...(hostnames !== undefined ? { enableDnsHostnames: hostnames } : {}) }
}

/**
 * The S3 prefix list id matters when task egress is restricted (a rule must allow it). It is free
 * when an S3 gateway endpoint's route is in the tables; otherwise one DescribeManagedPrefixLists,
 * only when no task security group allows HTTPS to 0.0.0.0/0.
 */
async function s3PrefixList(
  ctx: CollectionContext,
  routeTables: Json<RouteTable>[] | undefined,
  vpcEndpoints: Json<VpcEndpoint>[] | undefined,
  securityGroups: Json<SecurityGroup>[] | undefined,
  taskSecurityGroupIds: string[]
): Promise<string | undefined> {
  const gatewayIds = new Set(
    (vpcEndpoints ?? []).filter((e) => e.VpcEndpointType === 'Gateway' && e.ServiceName?.endsWith('.s3')).map((e) => e.VpcEndpointId)
  )
  const routed = (routeTables ?? []).flatMap((t) => t.Routes ?? []).find((r) => r.DestinationPrefixListId && gatewayIds.has(r.GatewayId))
  if (routed?.DestinationPrefixListId) return routed.DestinationPrefixListId
  const taskGroups = (securityGroups ?? []).filter((g) => taskSecurityGroupIds.includes(g.GroupId ?? ''))
  if (taskGroups.length === 0 || taskGroups.some(allowsHttpsToAnywhere)) return undefined
  const filters = [{ Name: 'prefix-list-name', Values: [`com.amazonaws.${ctx.region}.s3`] }]
  const lists = await list(ctx, EVIDENCE_CHECKS.s3PrefixList, 'ec2:DescribeManagedPrefixLists', async (o) =>
    allPages(paginateDescribeManagedPrefixLists({ client: await ctx.client('ec2') }, { Filters: filters }, o), (p) => p.PrefixLists)
  )
  return lists?.[0]?.PrefixListId
}

export function allowsHttpsToAnywhere(group: Json<SecurityGroup>): boolean {
  return (group.IpPermissionsEgress ?? []).some((p) => {
    const port = p.IpProtocol === '-1' || (p.IpProtocol === 'tcp' && (p.FromPort ?? 0) <= 443 && 443 <= (p.ToPort ?? 65535))
    return port && (p.IpRanges ?? []).some((r) => r.CidrIp === '0.0.0.0/0')
  })
}

function uniqueBy<T>(items: T[], key: (item: T) => string | undefined): T[] {
  const seen = new Set<string | undefined>()
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)))
}
