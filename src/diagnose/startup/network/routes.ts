/** Each task subnet's default route: explicit association else the main table; internet gateway (needs public IPs), NAT (must be available), blackhole, or none. */
import type { Fix } from '../../types.js'
import { listOf } from '../facts.js'
import { updateNetworkConfiguration } from '../fixes.js'
import { ANYWHERE } from './cidr.js'
import type { Nat, NetworkScope, ProblemKind, Route, SubnetPath } from './scope.js'
export function pathOf(scope: NetworkScope, subnetId: string): SubnetPath {
  const info = scope.subnetInfo(subnetId)
  const base = { subnetId, ...(info?.CidrBlock ? { cidr: info.CidrBlock } : {}), ...(info?.AvailabilityZone ? { availabilityZone: info.AvailabilityZone } : {}) }
  if (!scope.net.routeTables) return { ...base, association: 'unknown', egress: 'unknown' }
  const explicit = scope.tables.find((t) => (t.Associations ?? []).some((a) => a.SubnetId === subnetId))
  const main = scope.tables.find((t) => (!scope.vpcId || t.VpcId === scope.vpcId) && (t.Associations ?? []).some((a) => a.Main))
  const table = explicit ?? main
  if (!table) return { ...base, association: 'unknown', egress: 'unknown' }
  const route = (table.Routes ?? []).find((r) => r.DestinationCidrBlock === ANYWHERE)
  const association = explicit ? 'explicit' : 'main'
  const common = { ...base, routeTableId: table.RouteTableId, association } as const
  if (!route) return { ...common, egress: 'none' }
  return { ...common, ...egressOf(scope, route) }
}

function egressOf(scope: NetworkScope, route: Route): Pick<SubnetPath, 'egress' | 'target'> {
  const target = route.GatewayId ?? route.NatGatewayId ?? route.TransitGatewayId ?? route.NetworkInterfaceId ?? route.InstanceId ?? route.VpcPeeringConnectionId ?? route.CoreNetworkArn
  if (route.State === 'blackhole') return { egress: 'none', target: `blackhole:${target ?? 'unknown'}` }
  if (route.GatewayId?.startsWith('igw-')) return { egress: 'igw', target: route.GatewayId }
  if (route.NatGatewayId) return { egress: 'nat', target: route.NatGatewayId }
  if (target) return { egress: 'other', target }
  return { egress: 'none' }
}

export function checkRoutes(scope: NetworkScope, subnets: SubnetPath[]): void {
  const failures = new Map<string, { kind: ProblemKind; paths: SubnetPath[] }>()
  for (const path of subnets) {
    const id = `network.route.${path.subnetId}`
    const title = `Egress route of ${path.subnetId}`
    if (path.egress === 'unknown') {
      if (scope.net.routeTables) scope.checks.push({ id, title, status: 'skipped', detail: `No route table for ${path.subnetId} was in the evidence.` })
      continue
    }
    const failure = routeFailure(scope, path)
    if (failure) {
      const key = `${failure.kind} ${failure.detail}`
      const entry = failures.get(key) ?? { kind: failure.kind, paths: [] }
      entry.paths.push(path)
      failures.set(key, entry)
      scope.checks.push({ id, title, status: 'failed', detail: `${scope.where(path)} ${failure.detail}` })
      continue
    }
    const detail = routeSummary(scope, path)
    scope.passed.push(detail)
    scope.checks.push({ id, title, status: 'passed', detail })
  }
  for (const [key, { kind, paths }] of failures) {
    const rest = key.slice(kind.length + 1)
    const detail = `${listOf(paths.map((p) => scope.where(p)))} ${paths.length > 1 ? rest.replace(/^routes /, 'route ') : rest}`
    const fixes =
      kind === 'public-ip-disabled'
        ? publicIpFixes(scope, paths)
        : [scope.natRouteFix(paths, 'replace-route', kind === 'nat-unavailable' ? paths[0].target : undefined)]
    scope.add({ kind, detail, services: [], fixes })
  }
}

function routeSummary(scope: NetworkScope, path: SubnetPath): string {
  switch (path.egress) {
    case 'igw':
      return `${scope.where(path)} routes 0.0.0.0/0 to ${path.target} and the service assigns public IPs.`
    case 'nat':
      return `${scope.where(path)} routes 0.0.0.0/0 to ${path.target}, which is available.`
    case 'other':
      return `${scope.where(path)} routes 0.0.0.0/0 to ${path.target} (egress beyond the VPC is not verified).`
    default:
      return `${scope.where(path)} has no route to the internet; it relies on VPC endpoints.`
  }
}

/** What is wrong with a subnet's default route, as the end of a sentence about the subnet. */
function routeFailure(scope: NetworkScope, path: SubnetPath): { kind: ProblemKind; detail: string } | undefined {
  if (path.target?.startsWith('blackhole:')) {
    const gone = path.target.slice('blackhole:'.length)
    return { kind: 'blackhole', detail: `routes 0.0.0.0/0 to ${gone}, which no longer exists (route state blackhole).` }
  }
  if (path.egress === 'igw' && !scope.ctx.assignPublicIp) {
    return {
      kind: 'public-ip-disabled',
      detail: `routes 0.0.0.0/0 to internet gateway ${path.target}, but the service sets assignPublicIp=DISABLED, so the task ENI has no public address and no way out.`
    }
  }
  if (path.egress === 'nat') {
    const nat = scope.net.natGateways?.find((n: Nat) => n.NatGatewayId === path.target)
    if (nat && nat.State !== 'available') {
      return {
        kind: 'nat-unavailable',
        detail: `routes 0.0.0.0/0 to ${path.target}, whose state is ${nat.State ?? 'unknown'}, not available${nat.FailureMessage ? ` (${nat.FailureMessage})` : ''}.`
      }
    }
  }
  return undefined
}

function publicIpFixes(scope: NetworkScope, paths: SubnetPath[]): Fix[] {
  const ec2 = scope.ctx.service.launchType === 'EC2'
  const natFix = scope.natRouteFix(paths, 'create-route')
  if (ec2) return [natFix]
  return [
    {
      title: 'Give the tasks public IPs (the subnets route to an internet gateway)',
      commands: [updateNetworkConfiguration(scope.ctx, scope.ctx.subnetIds, scope.taskGroupIds, true)]
    }
  ]
}
