import type { EcsTask, Evidence, LogExcerpt } from '../evidence/schema.js'
import { normaliseReason } from './stops.js'

/**
 * The log excerpts that speak for a stopped task: its own, else those of a task that stopped the
 * same way (stop code, stop reason, and each container's exit code and reason). The collector reads
 * the logs of one task per failure signature, so without this the siblings would be diagnosed
 * without logs and outvote the one task whose logs name the cause.
 */
export function logsForTask(evidence: Evidence, task: EcsTask): LogExcerpt[] {
  const logs = evidence.logs ?? []
  const own = logs.filter((l) => l.taskArn === task.taskArn)
  if (own.length > 0) return own
  const signature = failureSignature(task)
  const sibling = (evidence.tasks ?? []).find(
    (t) => t.taskArn !== task.taskArn && failureSignature(t) === signature && logs.some((l) => l.taskArn === t.taskArn)
  )
  return sibling ? logs.filter((l) => l.taskArn === sibling.taskArn) : []
}

function failureSignature(task: EcsTask): string {
  const containers = (task.containers ?? [])
    .map((c) => `${c.name}:${c.exitCode ?? '-'}:${normaliseReason(c.reason ?? '')}`)
    .sort()
    .join(',')
  return `${task.stopCode ?? ''}|${normaliseReason(task.stoppedReason ?? '')}|${containers}`
}
