/** What `on-failure: rollback` did to one service, as plain JSON for the reports and outputs. */
import type { Verdict } from '../types.js'

/**
 * - rolled-back: the rollback deployment reached `stable`;
 * - failed: a rollback was started but did not become stable, or AWS refused it for another reason than permissions;
 * - not-permitted: the role may not roll back (the service was left as it is);
 * - skipped: the verdict does not call for a rollback (ECS already rolled back, a timeout, a newer deployment).
 */
export const ROLLBACK_STATUSES = ['rolled-back', 'failed', 'not-permitted', 'skipped'] as const
export type RollbackStatus = (typeof ROLLBACK_STATUSES)[number]

/** The two ways to roll a service back, by their IAM action names. */
export type RollbackApi = 'ecs:StopServiceDeployment' | 'ecs:UpdateService'

export interface RollbackCall {
  api: RollbackApi | 'ecs:ListServiceDeployments'
  /** What the call named: a service deployment ARN, or the cluster/service and task definition. */
  target: string
  outcome: 'done' | 'denied' | 'failed'
  /** "AccessDeniedException: User: ... is not authorized to perform: ..." */
  error?: string
  /** The IAM action AWS said was refused (usually `api`; e.g. iam:PassRole when a request passes a role). */
  permission?: string
}

export interface RollbackOutcome {
  status: RollbackStatus
  /** One sentence: why this status. */
  reason: string
  /** The failing deployment and the task definition it runs. */
  fromDeploymentId: string
  fromTaskDefinition?: string
  /** The task definition the service was (or would be) rolled back to. */
  toTaskDefinition?: string
  /** The call that changed the service, when one did. */
  changedBy?: RollbackApi
  /** Every call made, in order, the refused ones too. */
  calls: RollbackCall[]
  /** IAM actions the role lacked, e.g. "ecs:StopServiceDeployment". */
  missingPermissions: string[]
  /** The deployment the rollback started, and the verdict of watching it. */
  deploymentId?: string
  watch?: { verdict: Verdict; reason: string; startedAt: string; endedAt: string; progress: string }
}
