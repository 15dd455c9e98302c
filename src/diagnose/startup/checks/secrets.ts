/** Every secret and parameter the task definition references exists. */
import type { DiagnosisContext } from '../../context.js'
import type { CheckResult } from '../../rules.js'
import type { Check } from '../../types.js'
import { explainSecretNotFound } from '../explain/secrets.js'
import { checkGroup, isFailingRun } from '../facts.js'

export function secretChecks(ctx: DiagnosisContext): CheckResult {
  const checks: Check[] = (ctx.evidence.secrets ?? []).flatMap((secret): Check[] => {
    const id = `secret.${secret.containerName}.${secret.name}`
    const title = `${secret.store === 'ssm' ? 'SSM parameter' : 'Secret'} for ${secret.name} (container ${secret.containerName}) exists`
    if (secret.status === 'found') return [{ id, title, status: 'passed', detail: secret.valueFrom }]
    if (secret.status === 'not-found') return [{ id, title, status: 'failed', detail: `${secret.valueFrom} was not found.` }]
    return []
  })
  const missing = checks.filter((c) => c.status === 'failed')
  if (missing.length === 0 || !isFailingRun(ctx)) return { checks }
  return { checks, findings: [explainSecretNotFound(ctx, checkGroup('secret-not-found', missing[0].detail ?? ''))] }
}
