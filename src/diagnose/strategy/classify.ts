/**
 * What ended a deployment when no task did: the CloudWatch alarm ECS rolled back on, the lifecycle hook
 * that failed, or CodeDeploy's own failure. Read from the service deployment or CodeDeploy deployment the
 * watch saw.
 */
import { failedLifecycleEvent, hookFailure } from '../../deployment-facts.js'
import type { EventClassification } from '../classification.js'
import type { DiagnosisContext } from '../context.js'
import { codeDeployOf, endedBadly, serviceDeploymentOf, strings } from './facts.js'

function classification(code: EventClassification['code'], cause: string, signature: string, message: string, createdAt?: string): EventClassification {
  return { code, confidence: 'high', deterministic: true, signature, cause, message, ...(createdAt ? { createdAt } : {}) }
}

function fromServiceDeployment(ctx: DiagnosisContext): EventClassification[] {
  const sd = serviceDeploymentOf(ctx)
  if (!sd || !endedBadly(sd.status)) return []
  const reason = typeof sd.statusReason === 'string' ? sd.statusReason : ''
  const alarms = strings(sd.alarms?.triggeredAlarmNames)
  if (sd.alarms?.status === 'TRIGGERED' || alarms.length > 0)
    return [classification('deployment-alarm-triggered', `alarm ${alarms.join(', ') || '(unnamed)'} went into ALARM`, 'alarm triggered: <alarm>', reason, sd.updatedAt)]
  const hook = hookFailure(sd)
  if (hook) return [classification('lifecycle-hook-failed', `${hook.stage} lifecycle hook failed`, `${hook.stage} lifecycle hook failed`, reason, sd.updatedAt)]
  return []
}

function fromCodeDeploy(ctx: DiagnosisContext): EventClassification[] {
  const cd = codeDeployOf(ctx)
  const info = cd?.deployment
  if (info?.status !== 'Failed' && info?.status !== 'Stopped') return []
  const event = failedLifecycleEvent(cd?.target)?.lifecycleEventName
  const code = info.errorInformation?.code ?? info.status
  const message = info.errorInformation?.message ?? ''
  return [classification('codedeploy-failed', `CodeDeploy ${code}${event ? ` at ${event}` : ''}`, `codedeploy ${code}`, message, info.completeTime)]
}


/** The alarm event alone ("deployment failed: alarm detected.") is read by the deployment rules (src/diagnose/deployment). */
export function classifyStrategyEvents(ctx: DiagnosisContext): EventClassification[] {
  return [...fromServiceDeployment(ctx), ...fromCodeDeploy(ctx)]
}
