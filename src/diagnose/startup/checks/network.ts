/** The network path of the task subnets, as checks; a stand-alone finding when tasks hang before starting and nothing else names a cause. */
import type { DiagnosisContext } from '../../context.js'
import type { CheckResult } from '../../rules.js'
import { explainNetwork } from '../explain/network.js'
import { checkGroup, isFailingRun, unavailable } from '../facts.js'
import { analyseNetwork } from '../network/analyse.js'

const EC2_APIS = ['ec2:DescribeRouteTables', 'ec2:DescribeSubnets', 'ec2:DescribeVpcEndpoints', 'ec2:DescribeSecurityGroups', 'ec2:DescribeNetworkAcls']

export function networkChecks(ctx: DiagnosisContext): CheckResult {
  const analysis = analyseNetwork(ctx)
  if (!analysis.available) {
    if (ctx.subnetIds.length === 0) {
      return { checks: [{ id: 'network', title: 'Network path of the task subnets', status: 'skipped', detail: 'The service has no awsvpc subnets (bridge or host networking): the container instance network applies.' }] }
    }
    if (unavailable(ctx, ...EC2_APIS)) return { checks: [] }
    return { checks: [{ id: 'network', title: 'Network path of the task subnets', status: 'skipped', detail: 'No network evidence was collected.' }] }
  }
  const hanging = ctx.failedTasks.length === 0 && ctx.tasks.some((t) => t.lastStatus === 'PENDING' || t.lastStatus === 'PROVISIONING' || t.lastStatus === 'ACTIVATING')
  // A broken path proves the cause only while no task got as far as running: one that ran reached ECR.
  const neverRan = ctx.failedTasks.length > 0 && ctx.tasks.every((t) => !t.startedAt && !(t.containers ?? []).some((c) => c.exitCode !== undefined && c.exitCode !== null))
  if (!isFailingRun(ctx) || !(hanging || neverRan) || analysis.problems.length === 0) return { checks: analysis.checks }
  const finding = explainNetwork(ctx, checkGroup('network-unreachable', analysis.problems[0].detail))
  return { checks: analysis.checks, findings: [{ ...finding, confidence: hanging ? 'medium' : 'high' }] }
}
