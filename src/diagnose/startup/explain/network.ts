/**
 * network-unreachable: a start-up call (ECR auth, manifest, S3 layers, Secrets Manager, SSM,
 * CloudWatch Logs) timed out or could not resolve. The network analysis names the gap with the
 * real ids, or says the path looks fine, which contradicts the message and lowers confidence.
 */
import type { DiagnosisContext } from '../../context.js'
import type { ParsedMessage, Stage } from '../../messages.js'
import type { ClassifiedGroup } from '../../rules.js'
import type { Confidence, Finding, Fix } from '../../types.js'
import { causeLine } from '../classify.js'
import { isEc2Service } from '../events.js'
import { couldNotCheck, groupMessages, listOf, occurrences, unique } from '../facts.js'
import { aws, updateNetworkConfiguration } from '../fixes.js'
import { analyseNetwork, type NetworkAnalysis, type NetworkProblem, type ProblemKind } from '../network/analyse.js'
import { endpointServiceName, type NetworkNeeds } from '../network/needs.js'

interface Target {
  /** What the task tried to reach, for the headline. */
  label: string
  /** The endpoint service that serves it in an isolated subnet (undefined: internet only). */
  service?: string
}

export function targetOf(message: ParsedMessage): Target {
  const host = message.host ?? ''
  const byStage: Partial<Record<Stage, Target>> = {
    'ecr-auth': { label: 'the ECR API (registry auth)', service: 'ecr.api' },
    'image-layer': { label: 'S3 (ECR image layers)', service: 's3' },
    'secrets-manager': { label: 'Secrets Manager', service: 'secretsmanager' },
    'registry-credentials': { label: 'Secrets Manager (registry credentials)', service: 'secretsmanager' },
    ssm: { label: 'SSM Parameter Store', service: 'ssm' },
    logs: { label: 'CloudWatch Logs', service: 'logs' },
    'env-files': { label: 'S3 (environment files)', service: 's3' }
  }
  const known = byStage[message.stage]
  if (known) return known
  if (message.stage === 'image-manifest' || message.stage === 'image-pull') {
    if (/docker\.io$/.test(host)) return { label: `Docker Hub (${host})` }
    if (host && !/\.dkr\.ecr\./.test(host) && !/amazonaws\.com$/.test(host)) return { label: host }
    return { label: 'the ECR registry (image manifest)', service: 'ecr.dkr' }
  }
  return { label: 'the AWS services it needs to start' }
}

/** A route or resolver that exists but is broken is the proximate cause, ahead of what an isolated subnet would need instead. */
const BROKEN_PATH: ProblemKind[] = ['public-ip-disabled', 'nat-unavailable', 'blackhole', 'dns-support']

function summaryOf(problem: NetworkProblem, analysis: NetworkAnalysis, region: string): string {
  const isolated = analysis.subnets.filter((s) => s.egress === 'none').map((s) => s.subnetId)
  switch (problem.kind) {
    case 'missing-endpoints':
      return `${listOf(isolated)} ${isolated.length === 1 ? 'has' : 'have'} no NAT or internet route and the VPC lacks ${listOf(problem.services.map((s) => endpointServiceName(region, s)))}`
    case 'public-ip-disabled':
      return 'the subnets route to an internet gateway but assignPublicIp is DISABLED'
    case 'nat-unavailable':
      return 'the NAT gateway of the subnets is not available'
    case 'blackhole':
      return 'the default route points at a gateway that no longer exists'
    case 'internet-image':
      return 'the image is outside ECR and the subnets have no internet route'
    case 'private-dns-off':
      return `private DNS is off on the ${listOf(problem.services)} endpoint`
    case 's3-gateway-route':
      return 'the S3 gateway endpoint is not on the task route table'
    case 'endpoint-sg':
      return `the ${listOf(problem.services)} endpoint's security group blocks HTTPS from the task`
    case 'sg-egress':
    case 'sg-egress-endpoint':
      return 'the task security group blocks outbound HTTPS'
    case 'sg-egress-s3':
      return 'the task security group blocks HTTPS to the S3 prefix list'
    case 'nacl-egress':
    case 'nacl-ingress':
      return 'a network ACL blocks the HTTPS traffic'
    case 'dns-support':
    case 'dns-hostnames':
      return 'VPC DNS resolution is off'
    default:
      return problem.detail
  }
}

/** Broken routes and DNS first, then problems about the failing service, then the rest. */
function rank(problems: NetworkProblem[], target: Target): NetworkProblem[] {
  const score = (p: NetworkProblem) => (BROKEN_PATH.includes(p.kind) ? 0 : target.service && p.services.includes(target.service) ? 1 : 2)
  return [...problems].sort((a, b) => score(a) - score(b))
}

function dedupeFixes(fixes: Fix[]): Fix[] {
  const seen = new Set<string>()
  return fixes.filter((f) => {
    const key = f.commands.join('\n') || f.title
    return seen.has(key) ? false : (seen.add(key), true)
  })
}

function needLine(target: Target, region: string): string | undefined {
  if (!target.service) return `The failing call went to ${target.label}, which only a NAT or internet gateway route can reach.`
  const endpoint = target.service === 's3' ? `the S3 gateway endpoint ${endpointServiceName(region, 's3')}` : `the ${endpointServiceName(region, target.service)} interface endpoint`
  return `The failing call went to ${target.label}: the task needs a NAT or internet gateway route, or ${endpoint}.`
}

export function explainNetwork(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const messages = groupMessages(ctx, group)
  const main = messages.find((m) => !m.weak) ?? messages[0]
  const target = main ? targetOf(main) : { label: 'the AWS services it needs to start' }
  const analysis = analyseNetwork(ctx)
  const causes = unique(messages.map((m) => causeLine(m)))
  const first = `${occurrences(group)}: ${main ? `${stageLine(main)}${causes[0] ?? ''}` : group.classifications[0]?.cause ?? ''}`
  const weak = messages.length > 0 && messages.every((m) => m.weak)
  const dns = messages.some((m) => m.cause === 'dns')
  // A message cut before its cause ("unable to pull secrets or registry auth") names no timeout: say so, and be less sure.
  const quoted = messages.length === 0 || messages.some((m) => m.cause === 'network' || m.cause === 'dns')
  const ec2 = isEc2Service(ctx) ? ' On the EC2 launch type the agent pulls and fetches secrets through the container instance, so check the instance subnet too.' : ''
  const what = dns ? 'could not resolve the name of' : quoted ? 'timed out reaching' : 'failed, most likely reaching'

  if (analysis.available && analysis.problems.length > 0) {
    const problems = rank(analysis.problems, target)
    const confidence: Confidence = weak ? 'medium' : 'high'
    return {
      code: 'network-unreachable',
      title: `Tasks cannot reach ${target.label}: ${summaryOf(problems[0], analysis, ctx.region)}`,
      explanation:
        `The task ${what} ${target.label} before its containers started. On Fargate, image pulls, secrets and logs go through the task's own network interface, so the subnet routes, endpoints, security groups and network ACLs below apply.` +
        ec2,
      confidence,
      evidence: [first, ...problems.map((p) => p.detail), needLine(target, ctx.region), ...analysis.passed.slice(0, 3), ...causes.slice(1, 3)].filter(isLine),
      fixes: dedupeFixes(problems.flatMap((p) => p.fixes))
    }
  }

  if (analysis.available) {
    return {
      code: 'network-unreachable',
      title: quoted ? `Tasks ${what} ${target.label}, but the network path looks correct` : 'Tasks could not fetch what they need to start; ECS named no cause, and the network path looks correct',
      explanation:
        `${quoted ? `ECS reported a network ${dns ? 'name resolution failure' : 'timeout'}, which contradicts the evidence` : 'ECS named no cause, and the network evidence does not point at one'}: the route tables, NAT gateways, VPC endpoints, security groups and network ACLs of the task subnets allow the traffic. ` +
        'Look at DNS resolver rules or a DNS firewall, a firewall or proxy beyond the VPC (transit gateway egress), and endpoint policies; AWS-side timeouts are transient, so a retry may pass.' +
        ec2,
      confidence: 'low',
      evidence: [first, needLine(target, ctx.region), ...analysis.passed, ...causes.slice(1, 3)].filter(isLine),
      fixes: [
        { title: 'Retry the deployment once the cause is ruled out', commands: [aws(ctx.region, 'ecs', 'update-service', '--cluster', ctx.cluster, '--service', ctx.serviceName, '--force-new-deployment')] }
      ]
    }
  }

  const missing =
    couldNotCheck(ctx, 'check the subnet routes', 'ec2:DescribeRouteTables') ??
    couldNotCheck(ctx, 'check the subnets', 'ec2:DescribeSubnets') ??
    (ctx.subnetIds.length === 0 ? 'The service has no awsvpc subnets to check (EC2 bridge or host networking: check the container instance subnet).' : 'No network evidence was collected, so routes, endpoints and security groups were not checked.')
  return {
    code: 'network-unreachable',
    title: quoted ? `Tasks cannot reach ${target.label} (network ${dns ? 'name resolution failure' : 'timeout'})` : `Tasks could not fetch what they need to start; ECS named no cause, and the usual one is the network`,
    explanation:
      `The task ${what} ${target.label} before its containers started. Typical causes: no NAT or internet gateway route, assignPublicIp DISABLED in a subnet that routes to an internet gateway, missing VPC endpoints in isolated subnets, or security groups / network ACLs blocking port 443. The network path itself could not be verified.` +
      ec2,
    confidence: quoted ? 'medium' : 'low',
    evidence: [first, needLine(target, ctx.region), missing, ...causes.slice(1, 3)].filter(isLine),
    fixes: unverifiedFixes(ctx, analysis.needs)
  }
}

function stageLine(message: ParsedMessage): string {
  const labels: Partial<Record<Stage, string>> = {
    'ecr-auth': 'ECR registry auth: ',
    'image-manifest': 'image manifest: ',
    'image-layer': 'image layer download: ',
    'image-pull': 'image pull: ',
    'secrets-manager': 'Secrets Manager: ',
    'registry-credentials': 'registry credentials: ',
    ssm: 'SSM Parameter Store: ',
    logs: 'awslogs: ',
    'env-files': 'environment files: '
  }
  return labels[message.stage] ?? ''
}

function fillIn(placeholders: (string | undefined)[]): string {
  const names = placeholders.filter(isLine)
  return names.length > 0 ? ` (fill in ${listOf(names)})` : ''
}

function isLine(line: string | undefined): line is string {
  return Boolean(line)
}

/** Without network evidence: look at the routes, and the usual fixes with the service's real subnets and groups. */
function unverifiedFixes(ctx: DiagnosisContext, needs: NetworkNeeds): Fix[] {
  const fixes: Fix[] = []
  if (ctx.subnetIds.length > 0) {
    fixes.push({
      title: 'See where the task subnets send 0.0.0.0/0',
      commands: [
        aws(ctx.region, 'ec2', 'describe-route-tables', '--filters', `Name=association.subnet-id,Values=${ctx.subnetIds.join(',')}`, '--query', 'RouteTables[].{table:RouteTableId,routes:Routes}')
      ]
    })
    if (!ctx.assignPublicIp && ctx.service.launchType !== 'EC2') {
      fixes.push({
        title: 'If these are public subnets (routed to an internet gateway): give the tasks public IPs',
        commands: [updateNetworkConfiguration(ctx, ctx.subnetIds, ctx.securityGroupIds, true)]
      })
    }
    const vpc = ctx.evidence.network?.vpcId
    const services = needs.interfaces.map((n) => n.service)
    if (services.length > 0) {
      fixes.push({
        title: `If the subnets are isolated: create the VPC endpoints the task needs${fillIn([vpc ? undefined : '<vpc-id>', needs.s3 ? '<route-table-id>' : undefined])}`,
        commands: [
          ...services.map((service) =>
            aws(
              ctx.region,
              'ec2',
              'create-vpc-endpoint',
              '--vpc-id',
              vpc ?? '<vpc-id>',
              '--vpc-endpoint-type',
              'Interface',
              '--service-name',
              endpointServiceName(ctx.region, service),
              '--subnet-ids',
              ...ctx.subnetIds,
              ...(ctx.securityGroupIds[0] ? ['--security-group-ids', ctx.securityGroupIds[0]] : []),
              '--private-dns-enabled'
            )
          ),
          ...(needs.s3
            ? [aws(ctx.region, 'ec2', 'create-vpc-endpoint', '--vpc-id', vpc ?? '<vpc-id>', '--vpc-endpoint-type', 'Gateway', '--service-name', endpointServiceName(ctx.region, 's3'), '--route-table-ids', '<route-table-id>')]
            : [])
        ],
        note: 'Interface endpoints take one subnet per Availability Zone; the S3 gateway endpoint goes on the route tables of the task subnets.'
      })
    }
  }
  return fixes
}
