/**
 * Reads the simulator's engine directly (no HTTP, no client) to find the moments the targets are measured
 * from: when tasks of the followed deployment stopped for a failure, when a launch-blocking event was
 * written, and when ECS's circuit breaker marked the deployment FAILED.
 */
import { SimClock } from '../simulator/clock.js'
import { EcsScheduler } from '../simulator/engine/scheduler.js'
import { IdGenerator } from '../simulator/random.js'
import type { Scenario } from '../simulator/index.js'

function schedulerFor(scenario: Scenario): EcsScheduler {
  const copy = structuredClone(scenario)
  return new EcsScheduler(copy, new SimClock('manual', 1), new IdGenerator(copy.name))
}

/** Stops that are not failures: the scheduler scaling in or replacing tasks (ECS's own wording). */
function isScaleIn(stoppedReason: string | undefined): boolean {
  return /^Scaling activity initiated by/i.test(stoppedReason ?? '')
}

export interface FailureMoments {
  /** Simulated seconds at which tasks of the followed deployment reached STOPPED for a failure, in order. */
  failedStopsAt: number[]
  /** When ECS decided to stop those tasks (stoppingAt; earlier than STOPPED when targets drain first), same order. */
  failedStopDecidedAt: number[]
  /** When the service event that blocks every launch was written (no task is ever created). */
  launchBlockedAt?: number
}

export function failureMoments(scenario: Scenario, horizonSeconds: number): FailureMoments {
  const scheduler = schedulerFor(scenario)
  scheduler.advanceTo(horizonSeconds)
  const followedId = scenario.world.service.deployment.id
  const failed = scheduler.tasks
    .filter((t) => t.deployment.id === followedId && t.stoppedAt !== undefined && !isScaleIn(t.stoppedReason))
    .sort((a, b) => (a.stoppedAt as number) - (b.stoppedAt as number))
  const blocked = scenario.timeline.launchBlocked?.eventMessage
  const event = blocked ? scheduler.events.find((e) => e.message.endsWith(blocked)) : undefined
  return {
    failedStopsAt: failed.map((t) => t.stoppedAt as number),
    failedStopDecidedAt: failed.map((t) => t.stoppingAt ?? (t.stoppedAt as number)),
    launchBlockedAt: event?.at
  }
}

/** When ECS's circuit breaker marked the followed deployment FAILED, and what ECS said then. */
export interface BreakerTrip {
  atSeconds: number
  /** The deployment's rolloutStateReason ("ECS deployment circuit breaker: tasks failed to start."). */
  rolloutStateReason: string
  /** The service events written since the deployment started, newest first, as the console lists them then. */
  events: string[]
}

/** The breaker's trip within the horizon, or undefined if it never tripped. */
export function circuitBreaker(scenario: Scenario, horizonSeconds: number, stepSeconds = 1): BreakerTrip | undefined {
  const scheduler = schedulerFor(scenario)
  for (let t = 0; t <= horizonSeconds; t += stepSeconds) {
    scheduler.advanceTo(t)
    const followed = scheduler.followed
    if (followed.rolloutState !== 'FAILED') continue
    const event = scheduler.events.find((e) => e.message.includes(`(deployment ${followed.id}) deployment failed`))
    return {
      atSeconds: event?.at ?? t,
      rolloutStateReason: followed.rolloutStateReason,
      events: scheduler.events.filter((e) => e.at >= 0).map((e) => e.message)
    }
  }
  return undefined
}

/** When the circuit breaker marked the followed deployment FAILED, or undefined if it never did within the horizon. */
export function circuitBreakerTrip(scenario: Scenario, horizonSeconds: number, stepSeconds = 1): number | undefined {
  return circuitBreaker(scenario, horizonSeconds, stepSeconds)?.atSeconds
}
