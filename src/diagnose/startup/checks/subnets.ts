/** Free IP addresses of the service subnets against what the deployment may need. */
import type { DiagnosisContext } from '../../context.js'
import type { CheckResult } from '../../rules.js'
import { explainSubnetIps } from '../explain/capacity.js'
import { checkGroup, isFailingRun, listOf } from '../facts.js'
import { describeCapacity, subnetCapacity } from '../network/subnets.js'

export function subnetChecks(ctx: DiagnosisContext): CheckResult {
  const capacity = subnetCapacity(ctx)
  if (!capacity) return { checks: [] }
  const failed = capacity.short || capacity.exhausted.length > 0
  const check = {
    id: 'subnets.free-ips',
    title: 'Free IP addresses in the service subnets',
    status: failed ? ('failed' as const) : ('passed' as const),
    detail: describeCapacity(capacity)
  }
  if (!failed || !isFailingRun(ctx)) return { checks: [check] }
  const cause = capacity.exhausted.length > 0 ? `${listOf(capacity.exhausted)} ${capacity.exhausted.length === 1 ? 'has' : 'have'} no free IP addresses` : `the subnets have ${capacity.total} free addresses for up to ${capacity.needed} new tasks`
  return { checks: [check], findings: [explainSubnetIps(ctx, checkGroup('subnet-ip-exhausted', cause))] }
}
