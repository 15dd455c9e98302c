/**
 * Whether and where to roll back, decided from what the watch saw. Pure: the I/O is in rollback.ts.
 */
import type { ServiceDeploymentBrief } from '@aws-sdk/client-ecs'
import type { EcsService, Evidence } from '../evidence/schema.js'
import type { Verdict } from '../types.js'
import { shortTaskDefinition } from '../format.js'

export type RollbackDecision = { act: true } | { act: false; reason: string }

/**
 * Rolls back `failed` and `stuck` deployments that are still the service's PRIMARY. Not `rolled-back`
 * (ECS already did), not `timeout` (slow is not broken: the deployment may still finish), and not a
 * deployment a newer one replaced (rolling back would undo someone else's deploy). Null: nothing failed.
 */
export function decideRollback(verdict: Verdict, service: EcsService, deploymentId: string): RollbackDecision | null {
  switch (verdict) {
    case 'stable':
      return null
    case 'rolled-back':
      return { act: false, reason: `ECS already rolled ${deploymentId} back; nothing was changed.` }
    case 'timeout':
      return {
        act: false,
        reason:
          `${deploymentId} was still in progress at the timeout. A slow deployment is not a broken one, so it was left running; ` +
          'raise timeout-minutes, or roll back by hand if it should not finish.'
      }
    default: {
      const primary = service.deployments?.find((d) => d.status === 'PRIMARY')
      if (!primary || primary.id === deploymentId) return { act: true }
      return {
        act: false,
        reason: `A newer deployment ${primary.id} (${shortTaskDefinition(primary.taskDefinition)}) replaced ${deploymentId}; rolling back would undo it, so nothing was changed.`
      }
    }
  }
}

/**
 * The task definition to return to: that of the newest other deployment whose rollout COMPLETED,
 * else the previous task definition the evidence found. Never the failing one.
 */
export function rollbackTaskDefinition(service: EcsService, deploymentId: string, evidence?: Evidence): string | undefined {
  const ours = service.deployments?.find((d) => d.id === deploymentId)?.taskDefinition
  const completed = (service.deployments ?? [])
    .filter((d) => d.id !== deploymentId && d.rolloutState === 'COMPLETED' && d.taskDefinition && d.taskDefinition !== ours)
    .sort((a, b) => Date.parse(b.createdAt ?? '') - Date.parse(a.createdAt ?? ''))
  const previous = completed[0]?.taskDefinition ?? evidence?.previousTaskDefinition?.taskDefinitionArn
  return previous && previous !== ours ? previous : undefined
}

const IN_PROGRESS = new Set(['PENDING', 'IN_PROGRESS'])

/**
 * The in-progress service deployment of our deployment: its target service revision carries the
 * deployment id's digits; else the service's currentServiceDeployment while ours is PRIMARY.
 */
export function serviceDeploymentOf(briefs: ServiceDeploymentBrief[], service: EcsService, deploymentId: string): string | undefined {
  const candidates = briefs.filter((b) => b.serviceDeploymentArn && IN_PROGRESS.has(b.status ?? ''))
  const digits = deploymentId.replace(/^ecs-svc\//, '')
  const exact = candidates.find((b) => b.targetServiceRevisionArn?.endsWith(`/${digits}`))
  if (exact) return exact.serviceDeploymentArn
  const primary = service.deployments?.find((d) => d.status === 'PRIMARY')
  if (primary?.id !== deploymentId) return undefined
  return candidates.find((b) => b.serviceDeploymentArn === service.currentServiceDeployment)?.serviceDeploymentArn
}
