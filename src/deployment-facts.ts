/**
 * What a deployment strategy's own records say failed, read the same way by the watch, the evidence
 * collector and the diagnosis: the lifecycle hook an ECS service deployment rolled back on, and the
 * CodeDeploy lifecycle event that failed. Pure.
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceDeployment.html
 * https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_ECSTarget.html
 */
import type { ServiceDeployment } from '@aws-sdk/client-ecs'
import type { DeploymentInfo, ECSTarget, LifecycleEvent } from '@aws-sdk/client-codedeploy'
import type { DeploymentStrategy, StageSpan } from './evidence/schema.js'
import type { Jsonified } from './types.js'

export type ServiceDeploymentJson = Jsonified<ServiceDeployment>


/**
 * "Service deployment rolled back because TEST_TRAFFIC_SHIFT lifecycle hook(s) failed. Lifecycle hook target
 * arn:aws:lambda:…:function:validate returned FAILED status." — the documented statusReason of a failed hook
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/troubleshooting-blue-green.html).
 */
const HOOK_FAILED = /rolled back because ([A-Z_]+) lifecycle hook\(s\) failed\.?\s*(.*)$/s
const PAUSE_TIMED_OUT = /rolled back because ([A-Z_]+) pause hook timed out/
const LAMBDA_ARN = /arn:aws[\w-]*:lambda:[\w-]+:\d{12}:function:[\w.-]+(?::[\w$.-]+)?/

export interface HookFailure {
  stage: string
  /** The Lambda function the hook ran, when ECS named it. */
  functionArn?: string
  /** What ECS said after the stage, e.g. "Lifecycle hook target … returned FAILED status." */
  detail: string
  /** A pause hook nobody continued before it expired. */
  pauseExpired: boolean
}

/** The failed hook of a rolled-back service deployment, from its statusReason and hook details. */
export function hookFailure(sd: ServiceDeploymentJson | undefined): HookFailure | null {
  const reason = sd?.statusReason ?? sd?.rollback?.reason ?? ''
  const failedHook = (sd?.lifecycleHookDetails ?? []).find((h) => h.status === 'FAILED' || h.status === 'TIMED_OUT')
  const pause = PAUSE_TIMED_OUT.exec(reason)
  if (pause) return { stage: pause[1], detail: reason, pauseExpired: true }
  const hook = HOOK_FAILED.exec(reason)
  if (!hook && !failedHook) return null
  const functionArn = LAMBDA_ARN.exec(hook?.[2] ?? '')?.[0] ?? (failedHook?.targetType === 'AWS_LAMBDA' ? failedHook.targetArn : undefined)
  return {
    stage: hook?.[1] ?? sd?.lifecycleStage ?? 'unknown stage',
    ...(functionArn ? { functionArn } : {}),
    detail: hook?.[2]?.trim() || reason,
    pauseExpired: failedHook?.targetType === 'PAUSE'
  }
}

export type CodeDeployInfo = Jsonified<DeploymentInfo>
export type CodeDeployTarget = Jsonified<ECSTarget>

export function failedLifecycleEvent(target: CodeDeployTarget | undefined): Jsonified<LifecycleEvent> | undefined {
  return (target?.lifecycleEvents ?? []).find((e) => e.status === 'Failed')
}

/** "blue/green", "linear", ... for sentences. */
export function strategyLabel(strategy: Pick<DeploymentStrategy, 'kind'>): string {
  switch (strategy.kind) {
    case 'BLUE_GREEN':
      return 'blue/green'
    case 'CODE_DEPLOY':
      return 'CodeDeploy blue/green'
    case 'EXTERNAL':
      return 'external controller'
    default:
      return strategy.kind.toLowerCase()
  }
}

/** The lifecycle events as stage spans (CodeDeploy gives their real start and end times). */
export function lifecycleSpans(target: CodeDeployTarget | undefined): StageSpan[] {
  return (target?.lifecycleEvents ?? [])
    .filter((e) => e.lifecycleEventName && e.startTime)
    .map((e) => ({
      stage: e.lifecycleEventName as string,
      startedAt: e.startTime as string,
      ...(e.endTime ? { endedAt: e.endTime } : {}),
      ...(e.status ? { status: e.status } : {})
    }))
}

/** What made ECS roll back or stop, in a few words. */
export function rollbackCause(sd: ServiceDeploymentJson): string {
  const triggered = sd.alarms?.triggeredAlarmNames ?? []
  if (sd.alarms?.status === 'TRIGGERED' || triggered.length > 0)
    return `CloudWatch alarm${triggered.length === 1 ? '' : 's'} ${triggered.join(', ') || '(unnamed)'} went into ALARM`
  const hook = hookFailure(sd)
  if (hook) return hook.pauseExpired ? `the ${hook.stage} pause hook expired` : `the ${hook.stage} lifecycle hook failed`
  const breaker = sd.deploymentCircuitBreaker
  if (breaker?.status === 'TRIGGERED') return `the circuit breaker tripped (${breaker.failureCount ?? '?'} of ${breaker.threshold ?? '?'} tasks failed)`
  return 'ECS stopped it'
}
