import {
  DescribeTargetHealthCommand,
  paginateDescribeLoadBalancers,
  paginateDescribeTargetGroups
} from '@aws-sdk/client-elastic-load-balancing-v2'
import { allPages, unique, type CollectionContext } from './context.js'
import { toJson } from './json.js'
import { EVIDENCE_CHECKS, type EcsService, type LoadBalancingEvidence } from './schema.js'

export interface LoadBalancingCollection {
  evidence: Promise<LoadBalancingEvidence | undefined>
  /** The load balancers' security groups, for the network check (never rejects). */
  securityGroupIds: Promise<string[]>
}

/**
 * The service's ELBv2 target groups (one DescribeTargetGroups for all), each group's target
 * health (started at once: it needs only the ARN), and one DescribeLoadBalancers for the
 * groups' load balancers. Classic load balancers (loadBalancerName only) are not covered. Before a
 * deploy (targetHealth: false) there are no targets of it to look at.
 */
/**
 * Every target group the service's tasks may be in: the production one, a blue/green deployment's
 * alternate one (green), and those of its task sets (CODE_DEPLOY, EXTERNAL).
 */
function serviceTargetGroups(service: EcsService): string[] {
  const balancers = service.loadBalancers ?? []
  return unique([
    ...balancers.map((lb) => lb.targetGroupArn),
    ...balancers.map((lb) => lb.advancedConfiguration?.alternateTargetGroupArn),
    ...(service.taskSets ?? []).flatMap((set) => (set.loadBalancers ?? []).map((lb) => lb.targetGroupArn))
  ])
}

export function collectLoadBalancing(ctx: CollectionContext, service: EcsService, options: { targetHealth?: boolean } = {}): LoadBalancingCollection {
  const targetGroupArns = serviceTargetGroups(service)
  if (targetGroupArns.length === 0) return { evidence: Promise.resolve(undefined), securityGroupIds: Promise.resolve([]) }
  const elbv2 = ctx.client('elbv2')

  const targetGroupsP = ctx
    .call({ check: EVIDENCE_CHECKS.targetGroups, api: 'elasticloadbalancing:DescribeTargetGroups' }, async (o) =>
      allPages(paginateDescribeTargetGroups({ client: await elbv2 }, { TargetGroupArns: targetGroupArns }, o), (p) => p.TargetGroups)
    )
    .then((groups) => (groups ? toJson(groups) : undefined))

  const targetHealthP = Promise.all(
    (options.targetHealth === false ? [] : targetGroupArns).map(async (targetGroupArn) => {
      const output = await ctx.call(
        { check: EVIDENCE_CHECKS.targetHealth, api: 'elasticloadbalancing:DescribeTargetHealth', resource: targetGroupArn },
        async (o) => (await elbv2).send(new DescribeTargetHealthCommand({ TargetGroupArn: targetGroupArn }), o)
      )
      return output ? { targetGroupArn, descriptions: toJson(output.TargetHealthDescriptions ?? []) } : undefined
    })
  ).then((entries) => entries.filter((e) => e !== undefined))

  const loadBalancersP = targetGroupsP.then(async (groups) => {
    const arns = unique((groups ?? []).flatMap((g) => g.LoadBalancerArns ?? []))
    if (arns.length === 0) return groups ? [] : undefined
    const balancers = await ctx.call({ check: EVIDENCE_CHECKS.loadBalancers, api: 'elasticloadbalancing:DescribeLoadBalancers' }, async (o) =>
      allPages(paginateDescribeLoadBalancers({ client: await elbv2 }, { LoadBalancerArns: arns }, o), (p) => p.LoadBalancers)
    )
    return balancers ? toJson(balancers) : undefined
  })

  const evidence = Promise.all([targetGroupsP, targetHealthP, loadBalancersP]).then(([targetGroups, targetHealth, loadBalancers]) => ({
    ...(targetGroups ? { targetGroups } : {}),
    ...(targetHealth.length > 0 ? { targetHealth } : {}),
    ...(loadBalancers ? { loadBalancers } : {})
  }))
  const securityGroupIds = loadBalancersP.then((balancers) => unique((balancers ?? []).flatMap((b) => b.SecurityGroups ?? [])))
  return { evidence, securityGroupIds }
}
