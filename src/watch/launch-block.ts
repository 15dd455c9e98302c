import type { EcsService, EcsTask } from '../evidence/schema.js'

/**
 * ECS event templates that say tasks cannot be placed or launched
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-event-messages.html).
 */
const CANNOT_START_EVENT =
  /was unable to place a task|failed to launch a task|unable to stop or start tasks during a deployment|insufficient ?free ?addresses/i

/**
 * How long a "cannot place / launch" condition must last, with no progress of our tasks, before the watch
 * calls the deployment stuck. ECS retries placement on every scheduler cycle: a Fargate "Capacity is
 * unavailable at this time. Please try again later" usually clears within minutes, and an EC2 Auto Scaling
 * scale-out (launch, boot, agent registration) takes about 3–5 minutes. ECS keeps an event in the list and
 * suppresses duplicates of it for up to six hours, so neither "still listed" nor "no new event" says
 * anything about whether the condition persists; only the tasks' progress does.
 */
export const LAUNCH_BLOCK_WINDOW_MS = 5 * 60_000

/** The window for a watch of `timeoutMs`: never more than half the timeout, so a short watch can still say stuck. */
export function launchBlockWindowMs(timeoutMs: number): number {
  return Math.min(LAUNCH_BLOCK_WINDOW_MS, Math.max(timeoutMs / 2, 0))
}

export interface LaunchBlock {
  /** The newest event that says tasks cannot be placed or launched. */
  message: string
  /** How many such events ECS listed since the condition began. */
  occurrences: number
  /** For how long (by the watch's clock) it has been listed with no progress of our tasks. */
  forMs: number
}

/** A task state the scheduler only reaches by progressing: placed, provisioned, pulling, pulled, started. */
function progressState(task: EcsTask): string | null {
  if (task.lastStatus === 'STOPPED' || task.desiredStatus === 'STOPPED') return null
  return [task.taskArn, task.lastStatus, task.pullStartedAt ? 'pull-started' : '', task.pullStoppedAt ? 'pulled' : ''].join('|')
}

/**
 * Follows whether a "cannot place / launch" event still blocks our deployment: an event counts from the
 * poll that first listed it, and stops counting once one of our tasks makes progress after that.
 */
export class LaunchBlockTracker {
  private readonly seenStates = new Set<string>()
  private readonly firstListedAt = new Map<string, number>()
  private lastProgressAt = -Infinity

  constructor(private readonly deploymentCreatedAt: string | undefined) {}

  observe(service: EcsService, ourTasks: EcsTask[], nowMs: number): LaunchBlock | null {
    for (const task of ourTasks) {
      const state = progressState(task)
      if (state && !this.seenStates.has(state)) {
        this.seenStates.add(state)
        this.lastProgressAt = nowMs
      }
    }
    const blocking = this.cannotStartEvents(service)
      .map((event) => ({ event, listedAt: this.listedAt(event.id ?? event.message ?? '', nowMs) }))
      .filter(({ listedAt }) => listedAt > this.lastProgressAt)
    if (blocking.length === 0) return null
    const since = Math.min(...blocking.map((b) => b.listedAt))
    return { message: blocking[0].event.message ?? '', occurrences: blocking.length, forMs: nowMs - since }
  }

  private listedAt(key: string, nowMs: number): number {
    const known = this.firstListedAt.get(key)
    if (known !== undefined) return known
    this.firstListedAt.set(key, nowMs)
    return nowMs
  }

  /** Events of our deployment's window (newest first) that say tasks cannot be placed or launched. */
  private cannotStartEvents(service: EcsService) {
    const since = this.deploymentCreatedAt ?? ''
    return (service.events ?? []).filter((e) => (e.createdAt ?? '') >= since && CANNOT_START_EVENT.test(e.message ?? ''))
  }
}
