/**
 * Can the load balancer reach the task on the health-check port? Reads the task security groups'
 * ingress and the load balancer security group's egress from the evidence (the rules the load balancer needs:
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-update-security-groups.html).
 * The load balancer's nodes have private addresses of the VPC, so an address-range rule only
 * admits them when the range covers the VPC's subnets.
 */
import type { NetworkEvidence } from '../../../evidence/schema.js'

type SecurityGroup = NonNullable<NetworkEvidence['securityGroups']>[number]
type Permission = NonNullable<SecurityGroup['IpPermissions']>[number]

export interface SecurityGroupVerdict {
  status: 'allowed' | 'blocked' | 'unknown'
  port: number
  taskSecurityGroupIds: string[]
  /** The load balancer's security group, when the evidence lets us tell which one it is. */
  loadBalancerSecurityGroupId?: string
  /** Which side blocks: the task SG's ingress or the LB SG's egress. */
  blockedBy?: 'task-ingress' | 'lb-egress'
  detail: string
}

interface Sources {
  groups: string[]
  cidrs: string[]
  /** IPv6 ranges and prefix lists: cannot be judged from the evidence. */
  opaque: string[]
}

function covers(permission: Permission, port: number): boolean {
  const protocol = permission.IpProtocol ?? ''
  if (protocol === '-1' || protocol === 'all') return true
  if (protocol !== 'tcp' && protocol !== '6') return false
  return (permission.FromPort ?? 0) <= port && port <= (permission.ToPort ?? 65535)
}

function sourcesOf(permissions: Permission[] | undefined, port: number): Sources {
  const matching = (permissions ?? []).filter((p) => covers(p, port))
  return {
    groups: matching.flatMap((p) => (p.UserIdGroupPairs ?? []).flatMap((g) => (g.GroupId ? [g.GroupId] : []))),
    cidrs: matching.flatMap((p) => (p.IpRanges ?? []).flatMap((r) => (r.CidrIp ? [r.CidrIp] : []))),
    opaque: matching.flatMap((p) => [
      ...(p.Ipv6Ranges ?? []).flatMap((r) => (r.CidrIpv6 ? [r.CidrIpv6] : [])),
      ...(p.PrefixListIds ?? []).flatMap((r) => (r.PrefixListId ? [r.PrefixListId] : []))
    ])
  }
}

function range(cidr: string): [number, number] | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr)
  if (!match) return undefined
  const address = match.slice(1, 5).reduce((n, octet) => n * 256 + Number(octet), 0)
  const size = 2 ** (32 - Number(match[5]))
  const start = Math.floor(address / size) * size
  return [start, start + size - 1]
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1]
const sameSixteen = (a: [number, number], b: [number, number]) => Math.floor(a[0] / 65536) === Math.floor(b[0] / 65536)

/**
 * 'yes' when the range overlaps a subnet of the VPC we know; 'maybe' when it is in the same /16
 * (the load balancer's own subnets may be there); 'no' when it is elsewhere (an office VPN range).
 */
function rangeReachesVpc(cidr: string, network: NetworkEvidence | undefined): 'yes' | 'maybe' | 'no' {
  const rule = range(cidr)
  if (!rule) return 'maybe'
  if (rule[0] === 0 && rule[1] === 2 ** 32 - 1) return 'yes'
  const subnets = (network?.subnets ?? []).map((s) => (s.CidrBlock ? range(s.CidrBlock) : undefined)).filter((r): r is [number, number] => r !== undefined)
  if (subnets.length === 0) return 'maybe'
  if (subnets.some((s) => overlaps(rule, s))) return 'yes'
  return subnets.some((s) => sameSixteen(rule, s)) ? 'maybe' : 'no'
}

const LB_NAME = /(?:^|[^a-z])(?:alb|elb|nlb|lb|load.?balancer|ingress)(?:[^a-z]|$)/i

/**
 * The load balancer's security groups: named by the load balancer when its description is in the
 * evidence, else the groups that are neither the task's nor a VPC endpoint's.
 */
function loadBalancerCandidates(network: NetworkEvidence | undefined, taskGroupIds: string[], knownIds: string[] | undefined): SecurityGroup[] {
  if (knownIds && knownIds.length > 0) {
    return knownIds.map((id) => (network?.securityGroups ?? []).find((g) => g.GroupId === id) ?? { GroupId: id })
  }
  const endpointGroups = new Set((network?.vpcEndpoints ?? []).flatMap((e) => (e.Groups ?? []).map((g) => g.GroupId)))
  const others = (network?.securityGroups ?? []).filter((g) => g.GroupId && !taskGroupIds.includes(g.GroupId) && !endpointGroups.has(g.GroupId))
  const lbLike = (g: SecurityGroup) => Number(LB_NAME.test(`${g.GroupName} ${g.Description}`))
  return [...others].sort((a, b) => lbLike(b) - lbLike(a))
}

export function loadBalancerReachesTask(
  network: NetworkEvidence | undefined,
  taskGroupIds: string[],
  port: number,
  loadBalancerGroupIds?: string[]
): SecurityGroupVerdict {
  const base = { port, taskSecurityGroupIds: taskGroupIds }
  const taskGroups = (network?.securityGroups ?? []).filter((g) => g.GroupId && taskGroupIds.includes(g.GroupId))
  if (taskGroupIds.length === 0 || taskGroups.length === 0) {
    return { ...base, status: 'unknown', detail: 'The task security groups were not part of the evidence.' }
  }
  const candidates = loadBalancerCandidates(network, taskGroupIds, loadBalancerGroupIds)
  const ingress = sourcesOf(taskGroups.flatMap((g) => g.IpPermissions ?? []), port)
  const fromLoadBalancer = candidates.find((c) => ingress.groups.includes(c.GroupId ?? ''))
  const lb = fromLoadBalancer ?? candidates[0]
  const lbId = lb?.GroupId
  const names = taskGroupIds.join(', ')
  const blocked = (detail: string): SecurityGroupVerdict => ({ ...base, status: 'blocked', blockedBy: 'task-ingress', loadBalancerSecurityGroupId: lbId, detail })
  const allowed = (source: string): SecurityGroupVerdict => ({ ...base, status: 'allowed', loadBalancerSecurityGroupId: lbId, detail: `${names} allows TCP ${port} from ${source}.` })

  if (fromLoadBalancer) {
    const egress = lb?.IpPermissionsEgress ? sourcesOf(lb.IpPermissionsEgress, port) : undefined
    const reachesTask = !egress || egress.cidrs.length > 0 || egress.opaque.length > 0 || egress.groups.some((g) => taskGroupIds.includes(g))
    if (!reachesTask) {
      return { ...base, status: 'blocked', blockedBy: 'lb-egress', loadBalancerSecurityGroupId: lbId, detail: `The load balancer's ${lbId} has no outbound rule for TCP ${port} to the tasks.` }
    }
    return allowed(`the load balancer's ${lbId}`)
  }
  const selfReference = ingress.groups.find((g) => taskGroupIds.includes(g))
  if (selfReference && (!lbId || taskGroupIds.includes(lbId))) return allowed(selfReference)

  const ranges = ingress.cidrs.map((cidr) => ({ cidr, reach: rangeReachesVpc(cidr, network) }))
  const reaching = ranges.find((r) => r.reach === 'yes')
  if (reaching) return allowed(reaching.cidr)
  if (ranges.some((r) => r.reach === 'maybe') || ingress.opaque.length > 0) {
    const list = [...ranges.filter((r) => r.reach === 'maybe').map((r) => r.cidr), ...ingress.opaque].join(', ')
    return { ...base, status: 'unknown', loadBalancerSecurityGroupId: lbId, detail: `${names} allows TCP ${port} from ${list}; whether that covers the load balancer's addresses is not in the evidence.` }
  }
  const sources = [...ingress.groups, ...ingress.cidrs]
  if (sources.length === 0) return blocked(`No inbound rule of ${names} allows TCP ${port} from anywhere.`)
  if (!lbId && ingress.cidrs.length === 0) {
    return { ...base, status: 'unknown', detail: `${names} allows TCP ${port} only from ${sources.join(', ')}; the load balancer's security group is not in the evidence.` }
  }
  const outside = ingress.cidrs.length > 0 ? ' (outside the VPC subnets the load balancer sends from)' : ''
  return blocked(`${names} allows TCP ${port} only from ${sources.join(', ')}${outside}, not from the load balancer${lbId ? `'s ${lbId}` : ''}.`)
}
