/** What the execution role may do on the exact ARNs the task uses, from iam:SimulatePrincipalPolicy. */
import type { DiagnosisContext } from '../../context.js'
import type { CheckResult } from '../../rules.js'
import type { Check } from '../../types.js'
import { describeDecision, unavailable } from '../facts.js'

export function iamChecks(ctx: DiagnosisContext): CheckResult {
  const simulations = ctx.evidence.iam?.simulations
  if (!simulations) {
    if (!ctx.taskDefinition?.executionRoleArn || unavailable(ctx, 'iam:SimulatePrincipalPolicy', 'iam:GetRole')) return { checks: [] }
    const missingRole = ctx.evidence.iam?.roles?.some((r) => r.kind === 'execution' && !r.exists)
    return {
      checks: [
        {
          id: 'iam.simulation',
          title: 'Execution role permissions (policy simulation)',
          status: 'skipped',
          detail: missingRole ? 'The execution role does not exist.' : 'No policy simulation was collected.'
        }
      ]
    }
  }
  const checks: Check[] = simulations.map((s) => ({
    id: `iam.${s.action}.${s.resource}`,
    title: `Execution role may ${s.action} on ${s.resource}`,
    status: s.decision === 'allowed' ? 'passed' : 'failed',
    detail: describeDecision(s)
  }))
  return { checks }
}
