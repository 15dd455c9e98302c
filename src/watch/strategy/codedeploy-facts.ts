/**
 * Reading a CodeDeploy blue/green deployment of an ECS service (GetDeployment, GetDeploymentTarget): its
 * verdict, the lifecycle event that failed, the replacement task set, and `Ready` (waiting for a reroute). Pure.
 * https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_DeploymentInfo.html
 * https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_ECSTarget.html
 */
import type { Decision } from '../types.js'
import { continueCodeDeploy, stopCodeDeploy } from './commands.js'
import type { AwaitingAction } from '../../evidence/schema.js'
import { failedLifecycleEvent, type CodeDeployInfo, type CodeDeployTarget } from '../../deployment-facts.js'

export { failedLifecycleEvent, type CodeDeployInfo, type CodeDeployTarget } from '../../deployment-facts.js'
export { lifecycleSpans } from '../../deployment-facts.js'

/** CodeDeploy's id format: "d-" and nine letters or digits. */
export const CODEDEPLOY_DEPLOYMENT_ID = /^d-[A-Z0-9]{9}$/

/** The console names an ECS service's application and deployment group like this (the official action's defaults too). */
export function defaultDeploymentGroup(cluster: string, service: string): { applicationName: string; deploymentGroupName: string } {
  return { applicationName: `AppECS-${cluster}-${service}`, deploymentGroupName: `DgpECS-${cluster}-${service}` }
}

/** The replacement (green) task set's id, once CodeDeploy created it. */
export function greenTaskSetId(target: CodeDeployTarget | undefined): string | undefined {
  return (target?.taskSetsInfo ?? []).find((t) => t.taskSetLabel === 'Green')?.identifer
}

function failureText(info: CodeDeployInfo, target: CodeDeployTarget | undefined): string {
  const event = failedLifecycleEvent(target)
  const error = info.errorInformation
  const parts = [
    event ? `lifecycle event ${event.lifecycleEventName} failed` : '',
    error?.code ? `${error.code}: ${error.message ?? ''}`.trim() : ''
  ].filter(Boolean)
  return parts.join('; ') || 'no reason given'
}

/** The verdict of a CodeDeploy deployment, or null while it is still going (Ready included: it waits for a person). */
export function codeDeployDecision(info: CodeDeployInfo | undefined, target: CodeDeployTarget | undefined): Decision | null {
  const id = info?.deploymentId ?? 'the CodeDeploy deployment'
  switch (info?.status) {
    case 'Succeeded':
      return { verdict: 'stable', reason: `CodeDeploy deployment ${id} Succeeded: the replacement task set serves production traffic` }
    case 'Failed':
    case 'Stopped': {
      const rollback = info.rollbackInfo?.rollbackDeploymentId
      const why = failureText(info, target)
      if (rollback)
        return { verdict: 'rolled-back', reason: `CodeDeploy deployment ${id} ${info.status} (${why}) and was rolled back by deployment ${rollback}` }
      return { verdict: 'failed', reason: `CodeDeploy deployment ${id} ${info.status}: ${why}` }
    }
    default:
      return null
  }
}

/** `Ready`: the replacement task set is up and CodeDeploy waits for someone to reroute traffic. */
export function readyToReroute(info: CodeDeployInfo | undefined, region: string): AwaitingAction | null {
  if (info?.status !== 'Ready' || !info.deploymentId) return null
  return {
    kind: 'codedeploy-ready',
    stage: 'Ready',
    continueCommand: continueCodeDeploy(info.deploymentId, region),
    rollbackCommand: stopCodeDeploy(info.deploymentId, region)
  }
}


function currentEvent(target: CodeDeployTarget | undefined): string | undefined {
  const events = target?.lifecycleEvents ?? []
  const current =
    events.find((e) => e.status === 'Failed') ??
    events.find((e) => e.status === 'InProgress') ??
    [...events].reverse().find((e) => e.status === 'Succeeded')
  return current?.lifecycleEventName
}

/** "CodeDeploy d-X InProgress, lifecycle event AllowTraffic, green 2/2 running (100% traffic), blue 2 running (0%)". */
export function codeDeployProgress(info: CodeDeployInfo | undefined, target: CodeDeployTarget | undefined): string | undefined {
  if (!info && !target) return undefined
  const parts = [`CodeDeploy ${info?.deploymentId ?? target?.deploymentId ?? ''} ${info?.status ?? target?.status ?? 'unknown'}`.replace(/\s+/g, ' ')]
  const event = currentEvent(target)
  if (event) parts.push(`lifecycle event ${event}`)
  for (const label of ['Green', 'Blue'] as const) {
    const set = (target?.taskSetsInfo ?? []).find((t) => t.taskSetLabel === label)
    if (set) parts.push(`${label.toLowerCase()} ${set.runningCount ?? 0}/${set.desiredCount ?? 0} running (${set.trafficWeight ?? 0}% traffic)`)
  }
  return parts.join(', ')
}

/** The event a deployment still InProgress is at, for the timeout line. */
export function codeDeployStage(target: CodeDeployTarget | undefined): string | undefined {
  return currentEvent(target)
}

/**
 * The Lambda function of each lifecycle hook, read from the AppSpec the deployment carries
 * (`revision.appSpecContent.content`, YAML or JSON): `- AfterAllowTestTraffic: "ValidateFn"`.
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html
 */
export function appSpecHookFunctions(info: CodeDeployInfo | undefined): Record<string, string> {
  const content = info?.revision?.appSpecContent?.content ?? info?.revision?.string?.content ?? ''
  const hooks: Record<string, string> = {}
  const pattern = /["']?(BeforeInstall|AfterInstall|AfterAllowTestTraffic|BeforeAllowTraffic|AfterAllowTraffic)["']?\s*:\s*["']?([\w.:$-]+)["']?/g
  for (const [, event, fn] of content.matchAll(pattern)) hooks[event] ??= fn
  return hooks
}
