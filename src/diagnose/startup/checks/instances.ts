/** EC2 container instances: agent connected and ACTIVE. Fargate Spot interruptions: a stand-alone finding when nothing else failed. */
import type { DiagnosisContext } from '../../context.js'
import type { CheckResult } from '../../rules.js'
import type { Check } from '../../types.js'
import { explainSpot } from '../explain/capacity.js'
import { checkGroup, isFailingRun } from '../facts.js'

export function instanceChecks(ctx: DiagnosisContext): CheckResult {
  const checks: Check[] = (ctx.evidence.containerInstances ?? []).map((ci) => {
    const healthy = ci.agentConnected !== false && (ci.status ?? 'ACTIVE') === 'ACTIVE'
    return {
      id: `instance.${ci.ec2InstanceId ?? ci.containerInstanceArn}`,
      title: `Container instance ${ci.ec2InstanceId ?? ci.containerInstanceArn} is ACTIVE with its agent connected`,
      status: healthy ? ('passed' as const) : ('failed' as const),
      detail: `status ${ci.status ?? 'unknown'}, agentConnected ${String(ci.agentConnected)}`
    }
  })
  return { checks }
}

export function spotChecks(ctx: DiagnosisContext): CheckResult {
  const interrupted = ctx.tasks.filter((t) => t.stopCode === 'SpotInterruption' || /Spot Task was interrupted/i.test(t.stoppedReason ?? ''))
  if (interrupted.length === 0) return { checks: [] }
  const check: Check = {
    id: 'spot.interruptions',
    title: 'Fargate Spot interruptions during the deployment',
    status: 'failed',
    detail: `${interrupted.length} task(s) of the deployment were stopped by a Spot interruption (not a failure of the revision).`
  }
  if (!isFailingRun(ctx) || ctx.failedTasks.length > 0) return { checks: [check] }
  return { checks: [check], findings: [explainSpot(ctx, { ...checkGroup('spot-interruption', 'SpotInterruption'), tasks: interrupted })] }
}
