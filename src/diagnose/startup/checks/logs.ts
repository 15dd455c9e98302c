/** Each awslogs log group exists (or may be created), and the options name a region. */
import type { DiagnosisContext } from '../../context.js'
import type { CheckResult } from '../../rules.js'
import type { Check } from '../../types.js'
import { explainLogConfig } from '../explain/logging.js'
import { checkGroup, isFailingRun, logConfigsOf, simulationsFor } from '../facts.js'

export function logChecks(ctx: DiagnosisContext): CheckResult {
  const checks: Check[] = []
  let failure: string | undefined
  for (const log of logConfigsOf(ctx)) {
    if (!log.group) continue
    const id = `logs.${log.containerName}`
    const title = `Log group ${log.group} of container ${log.containerName} exists in ${log.region}`
    if (log.exists === true) checks.push({ id, title, status: 'passed' })
    else if (log.exists === false) {
      const create = log.createGroup ? simulationsFor(ctx, 'logs:CreateLogGroup')[0] : undefined
      if (log.createGroup && (!create || create.decision === 'allowed')) {
        checks.push({ id, title, status: 'passed', detail: 'Missing, but awslogs-create-group is true and the role may create it.' })
      } else {
        const detail = log.createGroup ? 'Missing, and the execution role may not logs:CreateLogGroup.' : 'Missing, and awslogs-create-group is not set.'
        checks.push({ id, title, status: 'failed', detail })
        failure ??= `log group ${log.group} does not exist in ${log.region}`
      }
    }
  }
  if (!failure || !isFailingRun(ctx)) return { checks }
  return { checks, findings: [explainLogConfig(ctx, checkGroup('log-config-error', failure))] }
}
