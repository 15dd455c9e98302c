/** Task security groups must let HTTPS out: to anywhere through a NAT or internet gateway, to the endpoints, and to the S3 prefix list. */
import type { Fix } from '../../types.js'
import { listOf, unique } from '../facts.js'
import { aws } from '../fixes.js'
import { ANYWHERE } from './cidr.js'
import { egressToAnywhere, egressToEndpoint, egressToS3 } from './firewall.js'
import { isAvailable, type NetworkScope, type SubnetPath } from './scope.js'
export function checkTaskEgress(scope: NetworkScope, subnets: SubnetPath[]): void {
  const groups = scope.groups.filter((g) => scope.taskGroupIds.includes(g.GroupId ?? ''))
  if (groups.length === 0) return
  const ids = listOf(groups.map((g) => g.GroupId ?? ''))
  const usesInternet = subnets.some((s) => s.egress === 'igw' || s.egress === 'nat' || s.egress === 'other')
  const problems: string[] = []
  if (usesInternet && !egressToAnywhere(groups)) {
    const detail = `Task security group ${ids} allows no outbound TCP 443 to 0.0.0.0/0, so the task cannot reach ECR, CloudWatch Logs or Secrets Manager through the ${subnets.find((s) => s.egress === 'nat') ? 'NAT' : 'internet'} gateway.`
    problems.push(detail)
    scope.add({ kind: 'sg-egress', detail, services: [], fixes: [egressFix(scope, groups[0].GroupId ?? '', `IpRanges=[{CidrIp=${ANYWHERE}}]`, 'to 0.0.0.0/0')] })
  }
  const endpointGroups = scope.needs.interfaces.flatMap((n) => {
    const endpoint = scope.interfaceEndpoint(n.service)
    return endpoint && isAvailable(endpoint) && endpoint.PrivateDnsEnabled !== false ? (endpoint.Groups ?? []).map((g) => g.GroupId ?? '') : []
  })
  const vpcCidr = scope.vpcCidr()
  if (endpointGroups.length > 0 && !egressToEndpoint(groups, endpointGroups, vpcCidr ? [vpcCidr] : scope.taskCidrs())) {
    const target = unique(endpointGroups)[0]
    const detail = `Task security group ${ids} allows no outbound TCP 443 to the VPC endpoints (group ${listOf(unique(endpointGroups))}${vpcCidr ? ` or ${vpcCidr}` : ''}).`
    problems.push(detail)
    scope.add({ kind: 'sg-egress-endpoint', detail, services: [], fixes: [egressFix(scope, groups[0].GroupId ?? '', `UserIdGroupPairs=[{GroupId=${target}}]`, `to ${target}`)] })
  }
  const s3ViaGateway = scope.needs.s3 && Boolean(scope.s3Gateway()) && subnets.some((s) => s.egress === 'none')
  if (s3ViaGateway && !egressToS3(groups, scope.net.s3PrefixListId)) {
    const list = scope.net.s3PrefixListId
    const detail = `Task security group ${ids} restricts egress and allows no TCP 443 to the S3 prefix list${list ? ` ${list}` : ''}, so ECR layer downloads through the S3 gateway endpoint are dropped.`
    problems.push(detail)
    const fix = egressFix(scope, groups[0].GroupId ?? '', `PrefixListIds=[{PrefixListId=${list ?? '<s3-prefix-list-id>'}}]`, `to the S3 prefix list${list ? ` ${list}` : ''}`)
    if (!list) {
      fix.title += ' (fill in <s3-prefix-list-id>)'
      fix.note = `Find it with: aws ec2 describe-managed-prefix-lists --filters Name=prefix-list-name,Values=com.amazonaws.${scope.region}.s3 --region ${scope.region}`
    }
    scope.add({ kind: 'sg-egress-s3', detail, services: ['s3'], fixes: [fix] })
  }
  scope.checks.push({
    id: 'network.sg-egress',
    title: `Task security group ${ids} allows outbound HTTPS`,
    status: problems.length === 0 ? 'passed' : 'failed',
    ...(problems.length ? { detail: problems.join(' ') } : {})
  })
  if (problems.length === 0) scope.passed.push(`Task security group ${ids} allows outbound TCP 443 where the task needs it.`)
}

function egressFix(scope: NetworkScope, groupId: string, destination: string, label: string): Fix {
  return {
    title: `Allow outbound HTTPS from ${groupId} ${label}`,
    commands: [
      aws(scope.region, 'ec2', 'authorize-security-group-egress', '--group-id', groupId, '--ip-permissions', `IpProtocol=tcp,FromPort=443,ToPort=443,${destination}`)
    ]
  }
}
