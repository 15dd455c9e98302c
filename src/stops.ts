/**
 * What a stopped task means, shared by the stages: whether it has stopped, whether its stop is a
 * failure at all, and the classifier contract the watch uses to count failures. The diagnosis rule
 * set implements the contract (src/diagnose/stop-classifier.ts); the watch never loads the rules
 * until one of its tasks stops.
 */
import type { EcsTask } from './evidence/schema.js'

/**
 * Stops that are not failures: replacement and scale-in by the scheduler, a user's StopTask, Spot and
 * maintenance notices (the stop codes are listed in
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Task.html). Health-check kills share
 * stopCode ServiceSchedulerInitiated with scale-in, so the decision reads stoppedReason, never the
 * stopCode alone. Evidence from older agents may lack the stopCode, hence the reason patterns.
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

/** What the watch needs to know about one stopped task to decide a verdict. */
export interface StopOutcome {
  /** False for stops that are not failures (see isBenignStop): they never count towards a verdict. */
  failure: boolean
  /** The failure with ids, addresses and numbers stripped: the same failure on two tasks has one signature. */
  signature: string
  /** Fails the same way on every start (image not found, AccessDenied ...): one stop is enough. */
  deterministic: boolean
  /** The task could not be placed (no capacity, no free IP): with nothing running the deployment is stuck. */
  placement: boolean
}

export interface StopClassifier {
  classify(task: EcsTask): StopOutcome
}
