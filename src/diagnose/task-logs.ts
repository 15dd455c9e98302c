import type { EcsTask, Evidence, LogExcerpt } from '../evidence/schema.js'
import { normaliseReason } from './signature.js'

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
  const sibling = loggedTaskBySignature(evidence).get(failureSignature(task))
  return sibling ? logs.filter((l) => l.taskArn === sibling) : []
}

const loggedTaskIndex = new WeakMap<Evidence, Map<string, string>>()

/** The first task with logs for each failure signature, computed once per document (thousands of tasks stay linear). */
function loggedTaskBySignature(evidence: Evidence): Map<string, string> {
  let index = loggedTaskIndex.get(evidence)
  if (!index) {
    const logged = new Set((evidence.logs ?? []).map((l) => l.taskArn))
    index = new Map()
    for (const t of Array.isArray(evidence.tasks) ? evidence.tasks : []) {
      if (!t?.taskArn || !logged.has(t.taskArn)) continue
      const signature = failureSignature(t)
      if (!index.has(signature)) index.set(signature, t.taskArn)
    }
    loggedTaskIndex.set(evidence, index)
  }
  return index
}

function failureSignature(task: EcsTask): string {
  const containers = (Array.isArray(task.containers) ? task.containers : [])
    .filter((c) => typeof c === 'object' && c !== null)
    .map((c) => `${c.name}:${c.exitCode ?? '-'}:${normaliseReason(c.reason ?? '')}`)
    .sort()
    .join(',')
  return `${task.stopCode ?? ''}|${normaliseReason(task.stoppedReason ?? '')}|${containers}`
}
