/** Static checks of the task definition's container health checks. */
import type { DiagnosisContext } from '../../context.js'
import type { CheckResult } from '../../rules.js'
import type { Check } from '../../types.js'

export function containerHealthChecks(ctx: DiagnosisContext): CheckResult {
  const checks: Check[] = (ctx.taskDefinition?.containerDefinitions ?? [])
    .filter((c) => c.healthCheck?.command?.length)
    .map((c) => {
      const [form, ...rest] = c.healthCheck!.command!
      const wholeLineAsProgram = form === 'CMD' && rest.length === 1 && /\s/.test(rest[0])
      const known = form === 'CMD' || form === 'CMD-SHELL' || form === 'NONE'
      const ok = known && !wholeLineAsProgram
      return {
        id: `container-health-check-command:${c.name}`,
        title: `The health check command of ${c.name} is well-formed`,
        status: ok ? ('passed' as const) : ('failed' as const),
        detail: !known
          ? `It starts with "${form}"; it must start with CMD, CMD-SHELL or NONE.`
          : wholeLineAsProgram
            ? 'It uses CMD with the whole command line as one element, which runs as a program name; use CMD-SHELL.'
            : `${form} form, interval ${c.healthCheck?.interval ?? 30} s, retries ${c.healthCheck?.retries ?? 3}, startPeriod ${c.healthCheck?.startPeriod ?? 0} s`
      }
    })
  return { checks }
}
