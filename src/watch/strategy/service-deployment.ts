/**
 * Reading an ECS service deployment (DescribeServiceDeployments): its verdict, what rolled it back, the
 * stage and traffic split, and a pause hook waiting for approval. Pure.
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceDeployment.html
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-deployment.html
 */
import type { ServiceDeployment } from '@aws-sdk/client-ecs'
import type { Decision } from '../types.js'
import { continueServiceDeployment } from './commands.js'
import type { AwaitingAction, StrategyKind } from '../../evidence/schema.js'
import type { ServiceDeploymentJson } from '../../deployment-facts.js'

export { hookFailure, type HookFailure, type ServiceDeploymentJson } from '../../deployment-facts.js'
import { rollbackCause } from '../../deployment-facts.js'
export { rollbackCause } from '../../deployment-facts.js'

const ROLLING_BACK = new Set(['ROLLBACK_REQUESTED', 'ROLLBACK_IN_PROGRESS', 'ROLLBACK_SUCCESSFUL'])


function reasonText(sd: ServiceDeploymentJson): string {
  const text = sd.statusReason ?? sd.rollback?.reason
  return text ? `: ${text}` : ''
}

function atStage(sd: ServiceDeploymentJson): string {
  return sd.lifecycleStage ? ` at ${sd.lifecycleStage}` : ''
}

/** The verdict a service deployment's status gives, or null while it is still going. */
export function serviceDeploymentDecision(sd: ServiceDeploymentJson | undefined, deploymentId: string, kind: StrategyKind): Decision | null {
  const status = sd?.status
  if (!sd || !status) return null
  if (status === 'SUCCESSFUL') {
    const after = kind === 'ROLLING' ? '' : ' after its bake time and clean-up'
    return { verdict: 'stable', reason: `The service deployment of ${deploymentId} is SUCCESSFUL${after}` }
  }
  if (ROLLING_BACK.has(status))
    return { verdict: 'rolled-back', reason: `ECS rolled ${deploymentId} back${atStage(sd)} because ${rollbackCause(sd)} (${status})${reasonText(sd)}` }
  if (status === 'ROLLBACK_FAILED')
    return { verdict: 'failed', reason: `ECS could not roll ${deploymentId} back (ROLLBACK_FAILED)${reasonText(sd)}` }
  if (status === 'STOPPED' || status === 'STOP_REQUESTED')
    return { verdict: 'failed', reason: `The service deployment of ${deploymentId} was stopped${atStage(sd)} (${status})${reasonText(sd)}` }
  return null
}

/** A pause hook waiting for approval, with the commands that continue or roll back. */
export function pausedHook(sd: ServiceDeploymentJson | undefined, region: string): AwaitingAction | null {
  const hook = (sd?.lifecycleHookDetails ?? []).find((h) => h.targetType === 'PAUSE' && h.status === 'AWAITING_ACTION')
  const arn = sd?.serviceDeploymentArn
  if (!hook?.hookId || !arn) return null
  const continueWith = (action: 'CONTINUE' | 'ROLLBACK') => continueServiceDeployment(arn, hook.hookId as string, action, region)
  return {
    kind: 'pause-hook',
    stage: sd?.lifecycleStage ?? 'unknown stage',
    hookId: hook.hookId,
    ...(hook.expiresAt ? { expiresAt: hook.expiresAt } : {}),
    ...(hook.timeoutAction ? { timeoutAction: hook.timeoutAction } : {}),
    continueCommand: continueWith('CONTINUE'),
    rollbackCommand: continueWith('ROLLBACK')
  }
}

function percent(value: number | undefined): string {
  return `${Math.round((value ?? 0) * 10) / 10}%`
}

/** "production 10% green / 90% blue, test 100% green" from the target revision's requested weights. */
export function trafficSplit(sd: ServiceDeploymentJson | undefined): string | undefined {
  const target = sd?.targetServiceRevision
  if (target?.requestedProductionTrafficWeight === undefined && target?.requestedTestTrafficWeight === undefined) return undefined
  const production = target.requestedProductionTrafficWeight ?? 0
  const parts = [`production ${percent(production)} green / ${percent(100 - production)} blue`]
  if (target.requestedTestTrafficWeight !== undefined) parts.push(`test ${percent(target.requestedTestTrafficWeight)} green`)
  return parts.join(', ')
}

/** "stage BAKE_TIME, production 100% green / 0% blue, green 2/2 running, blue 2 running". */
export function serviceDeploymentProgress(sd: ServiceDeploymentJson | undefined): string | undefined {
  if (!sd) return undefined
  const parts: string[] = [`service deployment ${sd.status ?? 'unknown'}`]
  if (sd.lifecycleStage) parts.push(`stage ${sd.lifecycleStage}`)
  const traffic = trafficSplit(sd)
  if (traffic) parts.push(traffic)
  const green = sd.targetServiceRevision
  if (green && sd.lifecycleStage) parts.push(`green ${green.runningTaskCount ?? 0}/${green.requestedTaskCount ?? 0} running`)
  const blue = (sd.sourceServiceRevisions ?? []).reduce((n, r) => n + (r.runningTaskCount ?? 0), 0)
  if (sd.lifecycleStage && (sd.sourceServiceRevisions ?? []).length > 0) parts.push(`blue ${blue} running`)
  if (sd.alarms?.status && sd.alarms.status !== 'DISABLED') parts.push(`alarms ${sd.alarms.status}`)
  return parts.join(', ')
}

/** The service revision's trailing digits are the ecs-svc/ deployment id's (how Terraform matches them). */
export function isServiceDeploymentOf(sd: ServiceDeploymentJson | ServiceDeployment | undefined, deploymentId: string): boolean {
  const digits = deploymentId.replace(/^ecs-svc\//, '')
  return Boolean(digits) && (sd?.targetServiceRevision?.arn?.endsWith(`/${digits}`) ?? false)
}
