/** Elastic Load Balancing v2 (awsQuery): target groups, their health-check settings and target health. */
import * as sdk from '@aws-sdk/client-elastic-load-balancing-v2'
import type {
  DescribeLoadBalancersInput,
  DescribeLoadBalancersOutput,
  DescribeTargetGroupAttributesInput,
  DescribeTargetGroupAttributesOutput,
  DescribeTargetGroupsInput,
  DescribeTargetGroupsOutput,
  DescribeTargetHealthInput,
  DescribeTargetHealthOutput,
  TargetGroup
} from '@aws-sdk/client-elastic-load-balancing-v2'
import { AwsError } from '../aws-error.js'
import type { TargetGroupSpec } from '../types.js'
import { operation, paginate, type ServiceDefinition, type SimContext } from './context.js'

function targetGroupNotFound(): AwsError {
  return new AwsError('TargetGroupNotFound', 'One or more target groups not found')
}

function findTargetGroup(ctx: SimContext, arn: string | undefined): TargetGroupSpec {
  const tg = ctx.world.loadBalancing.targetGroups.find((t) => t.TargetGroupArn === arn)
  if (!tg) throw targetGroupNotFound()
  return tg
}

function invalidMarker(): AwsError {
  return new AwsError('ValidationError', 'Invalid value for Marker')
}

function publicShape(tg: TargetGroupSpec): TargetGroup {
  const { deregistrationDelaySeconds: _deregistrationDelaySeconds, ...shape } = tg
  return shape
}

export const elbv2: ServiceDefinition = {
  id: 'ELBv2',
  aliases: ['elbv2', 'elasticloadbalancingv2', 'elasticloadbalancing'],
  protocol: 'awsQuery',
  queryVersion: '2015-12-01',
  xmlNamespace: 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/',
  iamPrefix: 'elasticloadbalancing',
  sdk,
  operations: {
    DescribeLoadBalancers: operation<DescribeLoadBalancersInput, DescribeLoadBalancersOutput>((input, ctx) => {
      let balancers = ctx.world.loadBalancing.loadBalancers
      if (input.LoadBalancerArns?.length || input.Names?.length) {
        const wanted = (lb: (typeof balancers)[number]) =>
          !!input.LoadBalancerArns?.includes(lb.LoadBalancerArn ?? '') || !!input.Names?.includes(lb.LoadBalancerName ?? '')
        if ((input.LoadBalancerArns?.length ?? 0) + (input.Names?.length ?? 0) > balancers.filter(wanted).length) {
          throw new AwsError('LoadBalancerNotFound', 'One or more load balancers not found')
        }
        balancers = balancers.filter(wanted)
      }
      const { page, nextToken } = paginate(balancers, input.Marker, input.PageSize ?? 400, invalidMarker)
      return { LoadBalancers: page, NextMarker: nextToken }
    }),

    DescribeTargetGroups: operation<DescribeTargetGroupsInput, DescribeTargetGroupsOutput>((input, ctx) => {
      let groups = ctx.world.loadBalancing.targetGroups
      if (input.TargetGroupArns?.length) {
        if (input.TargetGroupArns.some((arn) => !groups.some((g) => g.TargetGroupArn === arn))) throw targetGroupNotFound()
        groups = groups.filter((g) => input.TargetGroupArns?.includes(g.TargetGroupArn ?? ''))
      }
      if (input.Names?.length) {
        if (input.Names.some((name) => !groups.some((g) => g.TargetGroupName === name))) throw targetGroupNotFound()
        groups = groups.filter((g) => input.Names?.includes(g.TargetGroupName ?? ''))
      }
      if (input.LoadBalancerArn) {
        if (!ctx.world.loadBalancing.loadBalancers.some((lb) => lb.LoadBalancerArn === input.LoadBalancerArn)) {
          throw new AwsError('LoadBalancerNotFound', 'One or more load balancers not found')
        }
        groups = groups.filter((g) => g.LoadBalancerArns?.includes(input.LoadBalancerArn ?? ''))
      }
      const { page, nextToken } = paginate(groups.map(publicShape), input.Marker, input.PageSize ?? 400, invalidMarker)
      return { TargetGroups: page, NextMarker: nextToken }
    }),

    DescribeTargetGroupAttributes: operation<DescribeTargetGroupAttributesInput, DescribeTargetGroupAttributesOutput>((input, ctx) => {
      const tg = findTargetGroup(ctx, input.TargetGroupArn)
      return {
        Attributes: [
          { Key: 'deregistration_delay.timeout_seconds', Value: String(tg.deregistrationDelaySeconds) },
          { Key: 'stickiness.enabled', Value: 'false' },
          { Key: 'load_balancing.algorithm.type', Value: 'round_robin' },
          { Key: 'slow_start.duration_seconds', Value: '0' }
        ]
      }
    }),

    DescribeTargetHealth: operation<DescribeTargetHealthInput, DescribeTargetHealthOutput>((input, ctx) => {
      const tg = findTargetGroup(ctx, input.TargetGroupArn)
      const all = ctx.cluster.services.flatMap((s) => s.views.targetHealth(tg.TargetGroupArn ?? ''))
      if (!input.Targets?.length) return { TargetHealthDescriptions: all }
      return {
        TargetHealthDescriptions: input.Targets.map(
          (wanted) =>
            all.find((d) => d.Target?.Id === wanted.Id && (wanted.Port === undefined || d.Target?.Port === wanted.Port)) ?? {
              Target: wanted,
              TargetHealth: { State: 'unused', Reason: 'Target.NotRegistered', Description: 'Target is not registered to the target group' }
            }
        )
      }
    })
  }
}
