/**
 * The network path of the service's subnets, as the post-deploy analysis proves it: routes (NAT, internet
 * gateway with a public IP, VPC endpoints with private DNS), security-group egress, endpoint groups,
 * network ACLs and VPC DNS. Its problems become one finding, with their fix commands.
 */
import type { DiagnosisContext } from '../../diagnose/context.js'
import { analyseNetwork, type ProblemKind } from '../../diagnose/startup/network/analyse.js'
import { endpointServiceName } from '../../diagnose/startup/network/needs.js'
import { listOf, unique } from '../../diagnose/startup/facts.js'
import type { Fix } from '../../diagnose/types.js'
import { beforeDeployFixes } from './diagnosis.js'
import type { PreflightFinding } from '../types.js'

/** A route or resolver that exists but is broken comes first: nothing behind it is reachable. */
const BROKEN_PATH: ProblemKind[] = ['public-ip-disabled', 'nat-unavailable', 'blackhole', 'dns-support', 'dns-hostnames']

export function networkFindings(ctx: DiagnosisContext): PreflightFinding[] {
  const analysis = analyseNetwork(ctx)
  if (!analysis.available || analysis.problems.length === 0) return []
  const problems = [...analysis.problems].sort((a, b) => Number(!BROKEN_PATH.includes(a.kind)) - Number(!BROKEN_PATH.includes(b.kind)))
  const services = unique(problems.flatMap((p) => p.services))
  const reach = services.length > 0 ? listOf(services.map((s) => endpointServiceName(ctx.region, s))) : 'the AWS services they need to start'
  return [
    {
      code: 'network-unreachable',
      severity: 'fail',
      area: 'network',
      title: `Tasks would not reach ${reach}: ${SUMMARY[problems[0].kind]}`,
      explanation:
        'On Fargate, registry auth, image layers, secrets, parameters and logs go through the task\'s own network interface before any container starts. ' +
        'Without a path to them every task of the deployment times out in PENDING and stops.',
      evidence: [...problems.map((p) => p.detail), ...analysis.passed.slice(0, 3)],
      fixes: dedupe(beforeDeployFixes(problems.flatMap((p) => p.fixes)))
    }
  ]
}

const SUMMARY: Record<ProblemKind, string> = {
  'public-ip-disabled': 'the subnets route to an internet gateway, but assignPublicIp is DISABLED',
  'nat-unavailable': 'the NAT gateway of the subnets is not available',
  blackhole: 'the default route points at a gateway that no longer exists',
  'missing-endpoints': 'the subnets have no NAT or internet route, and VPC endpoints are missing',
  'internet-image': 'the image is outside ECR and the subnets have no internet route',
  'private-dns-off': 'private DNS is off on a VPC endpoint',
  's3-gateway-route': 'the S3 gateway endpoint is not on the subnets\' route tables',
  'endpoint-sg': "a VPC endpoint's security group blocks HTTPS from the tasks",
  'sg-egress': 'the task security group blocks outbound HTTPS',
  'sg-egress-endpoint': 'the task security group blocks HTTPS to the VPC endpoints',
  'sg-egress-s3': 'the task security group blocks HTTPS to the S3 prefix list',
  'nacl-egress': 'a network ACL blocks outbound HTTPS',
  'nacl-ingress': 'a network ACL blocks the HTTPS replies',
  'dns-support': 'VPC DNS resolution is off',
  'dns-hostnames': 'VPC DNS hostnames are off'
}

function dedupe(fixes: Fix[]): Fix[] {
  const seen = new Set<string>()
  return fixes.filter((f) => {
    const key = f.commands.join('\n') || f.title
    return seen.has(key) ? false : (seen.add(key), true)
  })
}
