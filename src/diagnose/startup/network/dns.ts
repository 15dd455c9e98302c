/** VPC DNS attributes: no resolution at all without enableDnsSupport; endpoint private DNS needs enableDnsHostnames too. */
import type { Fix } from '../../types.js'
import { aws } from '../fixes.js'
import type { NetworkScope } from './scope.js'
export function checkDns(scope: NetworkScope, isolated: boolean): void {
  const attributes = scope.net.vpcAttributes
  if (!attributes || !scope.vpcId) return
  const problems: string[] = []
  if (attributes.enableDnsSupport === false) {
    const detail = `VPC ${scope.vpcId} has enableDnsSupport=false: the task cannot resolve any AWS endpoint name.`
    problems.push(detail)
    scope.add({ kind: 'dns-support', detail, services: [], fixes: [dnsFix(scope, '--enable-dns-support')] })
  }
  const privateDns = scope.needs.interfaces.some((n) => {
    const endpoint = scope.interfaceEndpoint(n.service)
    return endpoint && endpoint.PrivateDnsEnabled !== false
  })
  if (attributes.enableDnsHostnames === false && (isolated || privateDns)) {
    const detail = `VPC ${scope.vpcId} has enableDnsHostnames=false: private DNS of interface endpoints needs both DNS attributes.`
    problems.push(detail)
    scope.add({ kind: 'dns-hostnames', detail, services: [], fixes: [dnsFix(scope, '--enable-dns-hostnames')] })
  }
  scope.checks.push({
    id: 'network.dns',
    title: `VPC ${scope.vpcId} DNS attributes`,
    status: problems.length === 0 ? 'passed' : 'failed',
    ...(problems.length ? { detail: problems.join(' ') } : {})
  })
}

function dnsFix(scope: NetworkScope, flag: string): Fix {
  return { title: `Turn on ${flag.slice(2)} for ${scope.vpcId}`, commands: [aws(scope.region, 'ec2', 'modify-vpc-attribute', '--vpc-id', scope.vpcId ?? '', flag, 'Value=true')] }
}
