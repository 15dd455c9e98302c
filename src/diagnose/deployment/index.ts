/** Deployment-level causes the service events name on their own: a deployment alarm that fired. */
import type { DiagnosisContext } from '../context.js'
import type { EventReading, RuleSet } from '../rules.js'
import { explainAlarmTriggered } from './alarm.js'
import { readDeploymentOutcome } from './outcome.js'

function alarmEvents(ctx: DiagnosisContext): EventReading[] {
  const outcome = readDeploymentOutcome(ctx)
  if (outcome.reason !== 'alarm') return []
  const message = outcome.event?.message ?? ctx.deployment?.rolloutStateReason ?? 'deployment failed: alarm detected'
  return [
    {
      code: 'deployment-alarm-triggered',
      confidence: 'medium',
      deterministic: false,
      signature: 'event: deployment failed: alarm detected',
      cause: 'deployment failed: alarm detected',
      message,
      ...(outcome.event?.createdAt ? { createdAt: outcome.event.createdAt } : {})
    }
  ]
}

export const deploymentRules: RuleSet = {
  name: 'deployment',
  classifyStop: () => null,
  classifyEvents: alarmEvents,
  explainers: { 'deployment-alarm-triggered': explainAlarmTriggered },
  checks: []
}
