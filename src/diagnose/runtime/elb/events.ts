/**
 * The ECS "unhealthy" service event, parsed by its template
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-event-messages-list.html):
 *   (service S) [(task T)] [(instance I)] (port P) is unhealthy in (target-group ARN) due to (reason R).
 * Older events lack the task; task-set services write "(service S, taskSet ...)"; Classic Load
 * Balancers are "(elb NAME)". Container health checks have their own event:
 *   (service S) (task T) failed container health checks.
 */
import type { EcsService } from '../../../evidence/schema.js'

export interface UnhealthyEvent {
  message: string
  createdAt?: string
  service?: string
  taskId?: string
  instanceId?: string
  port?: number
  targetGroup: string
  reason: string
  /** The TargetHealth reason code the text stands for. */
  reasonCode?: string
  /** HTTP codes the health check got, from "Health checks failed with these codes: [404]". */
  codes: string[]
}

// Older events (and some copies) drop the parentheses: "is unhealthy in target-group NAME due to (reason ...)".
const UNHEALTHY = /is unhealthy in \(?(?:target-group|elb) ([^)\s]+)\)? due to \(?reason ([\s\S]*?)\)?\.?\s*$/i
const CONTAINER_UNHEALTHY = /\(?task ([^)\s]+)\)? failed container health checks/i
const PREFIX_GROUP = /\((service|task|instance|port|elb)\s+([^)]*)\)/g

/**
 * A copy cut before "is unhealthy in" (consoles and chat quotes keep the end): ELB's response-code
 * reason is distinctive enough alone. The target group is then unknown.
 */
const CUT_RESPONSE_CODES = /^\W*(?:\(?reason\s+)?(Health checks failed with these codes: \[[^\]]*\])\)?\.?\s*$/i

export function parseUnhealthyEvent(message: string, createdAt?: string): UnhealthyEvent | null {
  const match = UNHEALTHY.exec(message)
  if (!match) return parseCutEvent(message, createdAt)
  const head = message.slice(0, match.index)
  const fields = Object.fromEntries([...head.matchAll(PREFIX_GROUP)].map((m) => [m[1], m[2].trim()]))
  const reason = match[2].trim()
  return {
    message,
    createdAt,
    service: fields.service?.split(',')[0].trim(),
    taskId: fields.task,
    instanceId: fields.instance,
    port: fields.port ? Number(fields.port) : undefined,
    targetGroup: match[1],
    reason,
    reasonCode: reasonCodeOf(reason),
    codes: responseCodes(reason)
  }
}

function parseCutEvent(message: string, createdAt?: string): UnhealthyEvent | null {
  const reason = CUT_RESPONSE_CODES.exec(message)?.[1]
  if (!reason) return null
  return { message, createdAt, targetGroup: '', reason, reasonCode: reasonCodeOf(reason), codes: responseCodes(reason) }
}

/**
 * Maps the description ELB wrote (in events and TargetHealth.Description) to its reason code, most
 * specific first (https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetHealth.html).
 */
export function reasonCodeOf(description: string): string | undefined {
  if (/with these codes/i.test(description)) return 'Target.ResponseCodeMismatch'
  if (/due to an internal error/i.test(description)) return 'Elb.InternalError'
  if (/timed out/i.test(description)) return 'Target.Timeout'
  if (/Availability Zone that is not enabled|not configured to receive traffic/i.test(description)) return 'Target.NotInUse'
  if (/Health checks failed|UnhealthyThreshold number of health checks/i.test(description)) return 'Target.FailedHealthChecks'
  if (/Initial health checks/i.test(description)) return 'Elb.InitialHealthChecking'
  if (/in the (?:stopped|terminated|terminated or stopped) state|in an invalid state/i.test(description)) return 'Target.InvalidState'
  if (/cannot be used as a target/i.test(description)) return 'Target.IpUnusable'
  if (/Health checks are disabled/i.test(description)) return 'Target.HealthCheckDisabled'
  return undefined
}

export function responseCodes(description: string | undefined): string[] {
  const list = description ? /codes:\s*\[([^\]]*)\]/.exec(description)?.[1] : undefined
  return list ? list.split(',').map((c) => c.trim()).filter(Boolean) : []
}

/** Unhealthy events of the service since `since`, newest first, for the target group when given. */
export function unhealthyEvents(service: EcsService, since: string | undefined, targetGroupArn?: string): UnhealthyEvent[] {
  const sinceMs = since ? Date.parse(since) : Number.NEGATIVE_INFINITY
  return (service.events ?? [])
    .filter((e) => !e.createdAt || !(Date.parse(e.createdAt) < sinceMs))
    .map((e) => parseUnhealthyEvent(e.message ?? '', e.createdAt))
    .filter((e): e is UnhealthyEvent => e !== null)
    .filter((e) => !targetGroupArn || sameTargetGroup(e.targetGroup, targetGroupArn))
}

/** Events name the target group by ARN or by name. */
export function sameTargetGroup(reference: string, arn: string): boolean {
  return reference === arn || arn.split(':').pop()?.split('/')[1] === reference
}

/** Task ids of "(service S) (task T) failed container health checks" events since `since`. */
export function containerUnhealthyEvents(service: EcsService, since: string | undefined): { taskId: string; message: string; createdAt?: string }[] {
  const sinceMs = since ? Date.parse(since) : Number.NEGATIVE_INFINITY
  return (service.events ?? []).flatMap((e) => {
    const match = CONTAINER_UNHEALTHY.exec(e.message ?? '')
    if (!match || (e.createdAt && Date.parse(e.createdAt) < sinceMs)) return []
    return [{ taskId: match[1], message: e.message ?? '', createdAt: e.createdAt }]
  })
}
