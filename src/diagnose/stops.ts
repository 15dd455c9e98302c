import type { EcsTask } from '../evidence/schema.js'

/**
 * Stops that are not failures (field guide §16): replacement / scale-in by the scheduler,
 * user-initiated stops, Spot/maintenance notices. Health-check kills share stopCode
 * ServiceSchedulerInitiated, so the decision reads stoppedReason, never stopCode alone.
 */
export function isBenignStop(task: EcsTask): boolean {
  const reason = task.stoppedReason ?? ''
  if (/^Scaling activity initiated by/i.test(reason)) return true
  if (task.stopCode === 'UserInitiated') return true
  if (task.stopCode === 'TerminationNotice' || task.stopCode === 'SpotInterruption') return true
  if (/^(Task stopped by user|Stopped by user|Service .* was deleted)/i.test(reason)) return true
  return false
}

/**
 * A task counts as stopped once it is STOPPED, or as soon as the scheduler decided to stop it and
 * said why: a health-check kill is known a minute before the task drains to STOPPED. Other stops
 * wait for STOPPED, because their exit codes and logs only exist then.
 */
export function isStopped(task: EcsTask): boolean {
  if (task.lastStatus === 'STOPPED') return true
  return task.desiredStatus === 'STOPPED' && task.stopCode === 'ServiceSchedulerInitiated' && Boolean(task.stoppedReason)
}

/** Strips ids, addresses, hashes and numbers so the same failure on different tasks groups together. */
export function normaliseReason(text: string): string {
  return text
    .replace(/arn:aws[\w-]*:[^\s)'"]+/g, '<arn>')
    .replace(/\b[0-9a-f]{32}\b/g, '<task>')
    .replace(/sha256:[0-9a-f]{64}/g, '<digest>')
    .replace(/\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b/g, '<ip>')
    .replace(/\b(?:subnet|sg|vpc|eni|rtb|igw|nat|vpce|i)-[0-9a-f]{8,17}\b/g, '<id>')
    .replace(/\d+/g, 'N')
    .replace(/\s+/g, ' ')
    .trim()
}
