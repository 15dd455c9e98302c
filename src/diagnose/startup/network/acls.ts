/** Network ACLs are stateless: outbound 443 and the inbound ephemeral replies must both be allowed. */
import { listOf } from '../facts.js'
import { aws } from '../fixes.js'
import { ANYWHERE } from './cidr.js'
import { aclFor, evaluateAcl, freeRuleNumber, type Acl } from './firewall.js'
import type { NetworkScope, SubnetPath } from './scope.js'
export function checkAcls(scope: NetworkScope, subnets: SubnetPath[]): void {
  const acls = scope.net.networkAcls
  if (!acls) return
  const checked = new Map<string, { acl: Acl; subnets: string[]; problems: string[] }>()
  for (const path of subnets) {
    const acl = aclFor(acls, path.subnetId, scope.vpcId)
    if (!acl?.NetworkAclId) continue
    const entry = checked.get(acl.NetworkAclId) ?? { acl, subnets: [], problems: [] }
    entry.subnets.push(path.subnetId)
    checked.set(acl.NetworkAclId, entry)
  }
  const destinations = aclDestinations(scope, subnets)
  for (const [aclId, { acl, subnets: aclSubnets, problems }] of checked) {
    for (const destination of destinations) {
      for (const direction of ['egress', 'ingress'] as const) {
        const decision = evaluateAcl(acl, direction, destination.cidr)
        if (decision.allowed) continue
        const why = decision.rule && decision.rule.RuleNumber !== 32767 ? `rule ${decision.rule.RuleNumber} denies it` : 'no rule allows it (the final * rule denies)'
        const detail =
          direction === 'egress'
            ? `Network ACL ${aclId} of ${listOf(aclSubnets)} blocks outbound TCP 443 to ${destination.label}: ${why}.`
            : `Network ACL ${aclId} of ${listOf(aclSubnets)} blocks the return traffic (inbound TCP 1024-65535 from ${destination.label}): ${why}. ACLs are stateless.`
        problems.push(detail)
        const rule = freeRuleNumber(acl, direction, decision.rule?.RuleNumber)
        scope.add({
          kind: direction === 'egress' ? 'nacl-egress' : 'nacl-ingress',
          detail,
          services: [],
          fixes: [
            {
              title: `Allow ${direction === 'egress' ? 'outbound TCP 443' : 'inbound TCP 1024-65535'} ${direction === 'egress' ? 'to' : 'from'} ${destination.cidr} in ${aclId}`,
              commands: [
                aws(
                  scope.region,
                  'ec2',
                  'create-network-acl-entry',
                  '--network-acl-id',
                  aclId,
                  direction === 'egress' ? '--egress' : '--ingress',
                  '--rule-number',
                  rule,
                  '--protocol',
                  'tcp',
                  '--port-range',
                  direction === 'egress' ? 'From=443,To=443' : 'From=1024,To=65535',
                  '--cidr-block',
                  destination.cidr,
                  '--rule-action',
                  'allow'
                )
              ]
            }
          ]
        })
      }
    }
    scope.checks.push({
      id: `network.nacl.${aclId}`,
      title: `Network ACL ${aclId} allows HTTPS out and the replies in`,
      status: problems.length === 0 ? 'passed' : 'failed',
      ...(problems.length ? { detail: problems.join(' ') } : {})
    })
    if (problems.length === 0) scope.passed.push(`Network ACL ${aclId} allows outbound 443 and inbound ephemeral ports.`)
  }
}

function aclDestinations(scope: NetworkScope, subnets: SubnetPath[]): { cidr: string; label: string }[] {
  const destinations: { cidr: string; label: string }[] = []
  const internet = subnets.some((s) => s.egress === 'igw' || s.egress === 'nat' || s.egress === 'other') || (scope.needs.s3 && Boolean(scope.s3Gateway()))
  if (internet) destinations.push({ cidr: ANYWHERE, label: '0.0.0.0/0' })
  const vpcCidr = scope.vpcCidr()
  if (!internet && vpcCidr && subnets.some((s) => s.egress === 'none')) destinations.push({ cidr: vpcCidr, label: `the VPC endpoints (${vpcCidr})` })
  return destinations
}
