/** Security-group and network-ACL evaluation for the HTTPS traffic a starting task sends. */
import type { NetworkAcl, SecurityGroup } from '@aws-sdk/client-ec2'
import type { Jsonified } from '../../../types.js'
import { ANYWHERE, cidrContains } from './cidr.js'

export type Group = Jsonified<SecurityGroup>
type Permission = NonNullable<Group['IpPermissions']>[number]
export type Acl = Jsonified<NetworkAcl>
type AclEntry = NonNullable<Acl['Entries']>[number]

export const HTTPS = 443
/** A port in every OS's ephemeral range (Linux 32768-60999, the NACL guidance 1024-65535). */
const EPHEMERAL_SAMPLE = 40000

function coversPort(p: Permission, port: number): boolean {
  if (p.IpProtocol === '-1' || p.IpProtocol === 'all') return true
  if (p.IpProtocol !== 'tcp' && p.IpProtocol !== '6') return false
  return (p.FromPort ?? 0) <= port && port <= (p.ToPort ?? 65535)
}

function https(groups: Group[], direction: 'egress' | 'ingress'): Permission[] {
  return groups.flatMap((g) => (direction === 'egress' ? g.IpPermissionsEgress : g.IpPermissions) ?? []).filter((p) => coversPort(p, HTTPS))
}

/** Some group lets HTTPS out to 0.0.0.0/0. */
export function egressToAnywhere(groups: Group[]): boolean {
  return https(groups, 'egress').some((p) => (p.IpRanges ?? []).some((r) => r.CidrIp === ANYWHERE))
}

/** HTTPS out to an interface endpoint: to anywhere, to one of its groups, or to a CIDR holding its addresses. */
export function egressToEndpoint(groups: Group[], endpointGroupIds: string[], endpointCidrs: string[]): boolean {
  return https(groups, 'egress').some(
    (p) =>
      (p.IpRanges ?? []).some((r) => r.CidrIp === ANYWHERE || (endpointCidrs.length > 0 && endpointCidrs.every((c) => cidrContains(r.CidrIp, c)))) ||
      (p.UserIdGroupPairs ?? []).some((pair) => endpointGroupIds.includes(pair.GroupId ?? ''))
  )
}

/** HTTPS out to S3 through the gateway endpoint: to anywhere or to the S3 prefix list. */
export function egressToS3(groups: Group[], prefixListId: string | undefined): boolean {
  return https(groups, 'egress').some(
    (p) =>
      (p.IpRanges ?? []).some((r) => r.CidrIp === ANYWHERE) ||
      (p.PrefixListIds ?? []).some((l) => !prefixListId || l.PrefixListId === prefixListId)
  )
}

/** An endpoint group lets HTTPS in from the task: from anywhere, from a task group, or from a CIDR holding the task subnets. */
export function ingressFromTask(endpointGroups: Group[], taskGroupIds: string[], taskCidrs: string[]): boolean {
  return https(endpointGroups, 'ingress').some(
    (p) =>
      (p.IpRanges ?? []).some((r) => r.CidrIp === ANYWHERE || (taskCidrs.length > 0 && taskCidrs.every((c) => cidrContains(r.CidrIp, c)))) ||
      (p.UserIdGroupPairs ?? []).some((pair) => taskGroupIds.includes(pair.GroupId ?? ''))
  )
}

/** The subnet's network ACL: its explicit association, else the VPC's default ACL. */
export function aclFor(acls: Acl[], subnetId: string, vpcId: string | undefined): Acl | undefined {
  return (
    acls.find((a) => (a.Associations ?? []).some((s) => s.SubnetId === subnetId)) ??
    acls.find((a) => a.IsDefault && (!vpcId || a.VpcId === vpcId))
  )
}

export interface AclDecision {
  allowed: boolean
  /** The rule that decided, when one matched (the "*" rule is number 32767). */
  rule?: AclEntry
}

function entryMatches(entry: AclEntry, port: number, cidr: string): boolean {
  const protocol = entry.Protocol === '-1' || entry.Protocol === '6' || entry.Protocol === 'tcp'
  if (!protocol) return false
  if (entry.Protocol !== '-1' && entry.PortRange && !((entry.PortRange.From ?? 0) <= port && port <= (entry.PortRange.To ?? 65535))) return false
  return cidrContains(entry.CidrBlock, cidr)
}

/** Network ACLs are stateless: rules are read in number order and the first match decides. */
export function evaluateAcl(acl: Acl, direction: 'egress' | 'ingress', cidr: string): AclDecision {
  const port = direction === 'egress' ? HTTPS : EPHEMERAL_SAMPLE
  const entries = (acl.Entries ?? [])
    .filter((e) => Boolean(e.Egress) === (direction === 'egress'))
    .sort((a, b) => (a.RuleNumber ?? 0) - (b.RuleNumber ?? 0))
  const rule = entries.find((e) => entryMatches(e, port, cidr))
  return rule ? { allowed: rule.RuleAction === 'allow', rule } : { allowed: false }
}

/** A free rule number below the one that denied (ACL rules run in number order). */
export function freeRuleNumber(acl: Acl, direction: 'egress' | 'ingress', below: number | undefined): number {
  const used = new Set((acl.Entries ?? []).filter((e) => Boolean(e.Egress) === (direction === 'egress')).map((e) => e.RuleNumber))
  const ceiling = below && below < 32767 ? below : 100
  for (let n = ceiling - 1; n > 0; n -= 1) if (!used.has(n)) return n
  return ceiling + 1
}
