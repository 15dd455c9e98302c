/** Load-balancer checks over the evidence: target health, LB → task security groups, health-check port, grace period. */
import type { DiagnosisContext } from '../../context.js'
import type { CheckResult } from '../../rules.js'
import type { Check } from '../../types.js'
import { isFailingRun } from '../../startup/facts.js'
import { analyseElb, type ElbAnalysis } from '../elb/analysis.js'
import { explainElbHealthCheck } from '../explain/elb.js'
import { privateIpOf } from '../task-facts.js'

const UNHEALTHY_REASON = /^Target\.(?:Timeout|ResponseCodeMismatch|FailedHealthChecks|NotInUse)$/

export function elbChecks(ctx: DiagnosisContext): CheckResult {
  if (ctx.targetGroupArns.length === 0) return { checks: [] }
  const killed = ctx.failedTasks.filter((t) => /^Task failed ELB health checks/i.test(t.stoppedReason ?? ''))
  const analysis = analyseElb(ctx, killed)
  const targetHealth = targetHealthCheck(ctx, analysis)
  const checks = [targetHealth, securityGroupCheck(analysis), healthCheckPortCheck(analysis), gracePeriodCheck(analysis)].filter((c): c is Check => c !== undefined)
  const findings = targetHealth?.status === 'failed' && isFailingRun(ctx) ? [explainElbHealthCheck(ctx, { code: 'elb-health-check-failed', classifications: [], tasks: killed, events: [] })] : []
  return { checks, findings }
}

function targetHealthCheck(ctx: DiagnosisContext, a: ElbAnalysis): Check | undefined {
  const reported = (ctx.evidence.loadBalancing?.targetHealth ?? []).length > 0
  if (!reported) return undefined
  // Targets are matched to tasks by private IP; with no IP of any task known, the target group's targets stand for the deployment's.
  const matchable = ctx.tasks.some((t) => privateIpOf(t))
  const ours = matchable ? a.observations.filter((o) => o.taskId) : a.observations
  const unhealthy = ours.filter((o) => o.state === 'unhealthy' || (o.reason && UNHEALTHY_REASON.test(o.reason)))
  const base = { id: 'elb-target-health', title: `Targets of the deployment in ${a.targetGroupName ?? 'the target group'} are healthy` }
  if (ours.length === 0) return { ...base, status: 'skipped', detail: 'No target of the deployment is registered in the target group right now.' }
  if (unhealthy.length === 0) return { ...base, status: 'passed', detail: `${ours.length} target(s): ${[...new Set(ours.map((o) => o.state))].join(', ')}` }
  return {
    ...base,
    status: 'failed',
    detail: unhealthy.map((o) => `${o.target}: ${o.reason ?? o.state}${o.description ? ` (${o.description})` : ''}`).join('; ')
  }
}

function securityGroupCheck(a: ElbAnalysis): Check | undefined {
  const sg = a.securityGroup
  if (!sg) return undefined
  return {
    id: 'elb-security-group',
    title: `The load balancer can reach the tasks on TCP ${sg.port}`,
    status: sg.status === 'allowed' ? 'passed' : sg.status === 'blocked' ? 'failed' : 'skipped',
    detail: sg.detail
  }
}

function healthCheckPortCheck(a: ElbAnalysis): Check | undefined {
  if (!a.targetGroup || !a.containerPort) return undefined
  const port = a.settings.port
  const matches = port === 'traffic-port' || Number(port) === a.containerPort
  return {
    id: 'elb-health-check-port',
    title: 'The health check goes to the container port',
    status: matches ? 'passed' : 'failed',
    detail: `Health check port ${port}, container port ${a.containerPort}`
  }
}

function gracePeriodCheck(a: ElbAnalysis): Check | undefined {
  const seconds = a.start?.seconds
  if (seconds === undefined) return undefined
  const needed = seconds + a.settings.interval * a.settings.healthyThreshold
  return {
    id: 'elb-grace-period',
    title: 'The health-check grace period covers the app start',
    status: needed <= a.graceSeconds ? 'passed' : 'failed',
    detail: `App ready after ${seconds} s + ${a.settings.healthyThreshold} × ${a.settings.interval} s to turn healthy = ${needed} s; grace period ${a.graceSeconds} s`
  }
}
