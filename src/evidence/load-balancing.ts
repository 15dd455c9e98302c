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
 * groups' load balancers. Classic load balancers (loadBalancerName only) are not covered.
 */
export function collectLoadBalancing(ctx: CollectionContext, service: EcsService): LoadBalancingCollection {
  const targetGroupArns = unique((service.loadBalancers ?? []).map((lb) => lb.targetGroupArn))
  if (targetGroupArns.length === 0) return { evidence: Promise.resolve(undefined), securityGroupIds: Promise.resolve([]) }
  const elbv2 = ctx.clients.elbv2

  const targetGroupsP = ctx
    .call({ check: EVIDENCE_CHECKS.targetGroups, api: 'elasticloadbalancing:DescribeTargetGroups' }, (o) =>
      allPages(paginateDescribeTargetGroups({ client: elbv2 }, { TargetGroupArns: targetGroupArns }, o), (p) => p.TargetGroups)
    )
    .then((groups) => (groups ? toJson(groups) : undefined))

  const targetHealthP = Promise.all(
    targetGroupArns.map(async (targetGroupArn) => {
      const output = await ctx.call(
        { check: EVIDENCE_CHECKS.targetHealth, api: 'elasticloadbalancing:DescribeTargetHealth', resource: targetGroupArn },
        (o) => elbv2.send(new DescribeTargetHealthCommand({ TargetGroupArn: targetGroupArn }), o)
      )
      return output ? { targetGroupArn, descriptions: toJson(output.TargetHealthDescriptions ?? []) } : undefined
    })
  ).then((entries) => entries.filter((e) => e !== undefined))

  const loadBalancersP = targetGroupsP.then(async (groups) => {
    const arns = unique((groups ?? []).flatMap((g) => g.LoadBalancerArns ?? []))
    if (arns.length === 0) return groups ? [] : undefined
    const balancers = await ctx.call({ check: EVIDENCE_CHECKS.loadBalancers, api: 'elasticloadbalancing:DescribeLoadBalancers' }, (o) =>
      allPages(paginateDescribeLoadBalancers({ client: elbv2 }, { LoadBalancerArns: arns }, o), (p) => p.LoadBalancers)
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
