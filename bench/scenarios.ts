/** Scenarios the bench derives from the catalogue: breaker switched on, services scaled to N tasks, the memory load. */
import { getScenario, scenarios, type Scenario, type TaskFate } from '../simulator/index.js'
import { exits, healthy } from '../simulator/scenarios/define.js'

/**
 * Every rolling-update scenario in which the deployment does not end stable (the other strategies have their
 * own section: the official action's wait and the circuit breaker replay compare rolling updates).
 */
export function failingScenarios(): Scenario[] {
  const rolling = (s: Scenario) =>
    (s.world.service.deploymentController ?? 'ECS') === 'ECS' &&
    (s.world.service.deploymentConfiguration.strategy ?? 'ROLLING') === 'ROLLING' &&
    !s.world.service.deploymentConfiguration.alarms?.enable
  return scenarios.filter((s) => s.expect.verdict !== 'stable' && rolling(s))
}

function copy(scenario: Scenario, name = scenario.name): Scenario {
  return { ...structuredClone(scenario), name }
}

/** The same scenario with the deployment circuit breaker on (rollback too), as ECS's own safety net would run it. */
export function withCircuitBreaker(scenario: Scenario): Scenario {
  const result = copy(scenario)
  result.world.service.deploymentConfiguration.deploymentCircuitBreaker = { enable: true, rollback: true }
  return result
}

/** The catalogue's slow-but-healthy rollout on a service of `desiredCount` tasks. */
export function slowButHealthy(desiredCount: number): Scenario {
  const base = getScenario('slow-but-healthy')
  const result = copy(base, desiredCount === base.world.service.desiredCount ? base.name : `${base.name}-${desiredCount}-tasks`)
  result.world.service.desiredCount = desiredCount
  return result
}

export const MEMORY_TASKS = 1000
export const MEMORY_FAILED_CONTAINERS = 10
const MEMORY_LOG_LINES = 300
/**
 * Late enough that the other tasks' target registrations have filled the service's event list (ECS keeps
 * 100) before the watch's verdict poll, even when the simulator answers slowly under 2,000 tasks.
 */
const CRASH_AFTER_SECONDS = 90

/** A long, realistic application log ending in a crash, one log event per line. */
function crashLog(exitCode: number): string[] {
  const lines: string[] = ['> api@1.42.0 start', '> node dist/server.js']
  for (let i = 0; lines.length < MEMORY_LOG_LINES - 8; i++) {
    lines.push(`{"level":"info","time":"2026-11-21T10:00:${String(i % 60).padStart(2, '0')}.000Z","msg":"warming cache","shard":${i},"keys":${1000 + i * 17}}`)
  }
  lines.push(
    `Error: cache warm-up failed (code ${exitCode}): shard 7 returned 503`,
    '    at warm (/app/dist/cache.js:88:11)',
    '    at async Promise.all (index 7)',
    '    at async start (/app/dist/server.js:41:3)',
    '',
    'Node.js v20.18.1'
  )
  return lines
}

/**
 * 1,000 tasks (and 1,000 old ones being replaced); the first 10 new tasks crash with long logs, two by two
 * with the same exit code (the watch fails on the second identical stop; the collector reads one log per
 * distinct failure); the rest start. The service's event list fills up to ECS's 100.
 */
export function memoryScenario(): Scenario {
  const result = copy(getScenario('app-missing-env-var'), `crash-on-${MEMORY_TASKS}-tasks`)
  result.world.service.desiredCount = MEMORY_TASKS
  const crashes: TaskFate[] = Array.from({ length: MEMORY_FAILED_CONTAINERS }, (_, i) => {
    const exitCode = 1 + Math.floor(i / 2)
    return exits(exitCode, crashLog(exitCode), { afterSeconds: CRASH_AFTER_SECONDS })
  })
  result.timeline = { ...result.timeline, newTasks: [...crashes, healthy()] }
  result.description = `${MEMORY_TASKS} tasks; ${MEMORY_FAILED_CONTAINERS} new tasks crash with ${MEMORY_LOG_LINES}-line logs; the service has 100 events.`
  return result
}
