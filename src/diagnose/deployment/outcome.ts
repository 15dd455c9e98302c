/**
 * What the service scheduler says about the followed deployment, read by its event templates
 * (docs/diagnosis/messages.md §1.5; https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-event-messages.html):
 *
 *   (service S) [(deployment ecs-svc/N)] deployment failed: tasks failed to start.
 *   (service S) [(deployment ecs-svc/N) | deployment ecs-svc/N] deployment failed: alarm detected.
 *   (service S) rolling back to deployment ecs-svc/N.
 *
 * and by the deployment's rolloutState / rolloutStateReason ("ECS deployment circuit breaker: tasks failed to start.").
 */
import type { DiagnosisContext } from '../context.js'
import { deploymentEvents } from '../startup/events.js'

export type FailureReason = 'tasks-failed-to-start' | 'alarm' | 'other'

export interface DeploymentOutcome {
  /** An event or the rollout state says the deployment failed (undefined: nothing says either way). */
  failed?: boolean
  reason?: FailureReason
  /** The event that said so, when one did. */
  event?: { message: string; createdAt?: string }
  rolledBack: boolean
}

const FAILED = /\bdeployment failed:?\s*(.*?)\.?\s*$/i
const ROLLING_BACK = /\brolling back to deployment\b/i

function reasonOf(text: string): FailureReason {
  if (/\balarms?\b/i.test(text)) return 'alarm'
  if (/tasks? failed to start/i.test(text)) return 'tasks-failed-to-start'
  return 'other'
}

export function readDeploymentOutcome(ctx: DiagnosisContext): DeploymentOutcome {
  const events = deploymentEvents(ctx)
  const rolledBack = events.some((e) => ROLLING_BACK.test(e.message ?? ''))
  for (const event of events) {
    const failed = FAILED.exec(event.message ?? '')
    if (failed) {
      return { failed: true, reason: reasonOf(failed[1]), event: { message: event.message ?? '', ...(event.createdAt ? { createdAt: event.createdAt } : {}) }, rolledBack }
    }
  }
  const deployment = ctx.deployment
  if (deployment?.rolloutState === 'FAILED') return { failed: true, reason: reasonOf(deployment.rolloutStateReason ?? ''), rolledBack }
  if (rolledBack) return { failed: true, reason: 'other', rolledBack }
  return { rolledBack }
}

/**
 * The followed deployment completed with every task running: whatever stopped on the way (a Fargate
 * retirement, a Spot interruption, a replaced host) was replaced and is no cause.
 */
export function serviceIsHealthy(ctx: DiagnosisContext): boolean {
  const deployment = ctx.deployment
  if (!deployment || readDeploymentOutcome(ctx).failed) return false
  const running = deployment.runningCount ?? 0
  const desired = deployment.desiredCount ?? ctx.service.desiredCount ?? 0
  if (running < desired) return false
  if (deployment.rolloutState === 'COMPLETED') return true
  const only = (ctx.service.deployments ?? []).length === 1
  return deployment.rolloutState === undefined && deployment.status === 'PRIMARY' && only && desired > 0
}
