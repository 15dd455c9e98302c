/**
 * ECS Deploy Doctor's loopback AWS simulator: real AWS SDK clients pointed at AWS_ENDPOINT_URL cannot tell it
 * from AWS for the calls the action makes. See simulator/README.md.
 */
import { DEFAULT_SPEED, SimClock } from './clock.js'
import { SimCluster } from './engine/cluster.js'
import { FaultInjector, type CallOutcome, type Faults } from './faults.js'
import { IdGenerator } from './random.js'
import { getScenario } from './scenarios/index.js'
import { SimServer } from './server.js'
import type { SimContext } from './services/context.js'
import type { Scenario } from './types.js'

export type { Faults, CallOutcome } from './faults.js'
export type { Scenario, ServiceExpectation, ServiceScenario, World, Timeline, TaskFate, TaskOutcome } from './types.js'
export { allScenarios, multiServiceScenarios, scenarios, getScenario } from './scenarios/index.js'

export { DEFAULT_SPEED } from './clock.js'

export interface StartOptions {
  scenario: string | Scenario
  /** Simulated seconds per real second; default: the scenario's own speed, else DEFAULT_SPEED. */
  speed?: number
  faults?: Faults
  /** 0 (default) = any free port. */
  port?: number
  /** 'manual' = time only moves with advance(). */
  clock?: 'real' | 'manual'
}

export interface CallLogEntry {
  service: string
  operation: string
  simSeconds: number
  realMs: number
  outcome: CallOutcome
  /** The request's User-Agent header. */
  userAgent: string
}

export interface RunningSimulator {
  url: string
  port: number
  scenario: Scenario
  /** Simulated seconds since the followed deployment started. */
  simSeconds(): number
  /** Only with clock 'manual'. */
  advance(seconds: number): void
  /** Calls per operation, key "ECS:DescribeServices" (every HTTP request, faulted or not). */
  callCounts(): Record<string, number>
  callLog(): CallLogEntry[]
  close(): Promise<void>
}

export async function startSimulator(options: StartOptions): Promise<RunningSimulator> {
  const scenario = typeof options.scenario === 'string' ? getScenario(options.scenario) : options.scenario
  const speed = options.speed ?? scenario.speed ?? DEFAULT_SPEED
  if (!Number.isFinite(speed) || speed <= 0) throw new Error(`speed must be a positive number, got ${options.speed}`)
  const faults = new FaultInjector(withScenarioFaults(scenario.faults, options.faults))
  const clock = new SimClock(options.clock ?? 'real', speed)
  const ids = new IdGenerator(scenario.name)
  const cluster = new SimCluster(scenario, clock, ids)
  const { scheduler, views } = cluster.first
  const context = (): SimContext => {
    const simNow = clock.simSeconds()
    cluster.advanceTo(simNow)
    return { world: scenario.world, cluster, scheduler, views, clock, ids, simNow, now: clock.dateAt(simNow) }
  }
  const server = new SimServer({ context, clock, faults })
  const port = await server.listen(options.port ?? 0)
  let closed: Promise<void> | undefined
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    scenario,
    simSeconds: () => clock.simSeconds(),
    advance: (seconds) => {
      clock.advance(seconds)
      cluster.advanceTo(clock.simSeconds())
    },
    callCounts: () => countCalls(server.calls),
    callLog: () => server.calls.map((c) => ({ ...c })),
    close: () => (closed ??= server.close())
  }
}

/** The caller's faults plus the scenario's own (its deny and hang lists are added to the caller's). */
export function withScenarioFaults(scenario: Faults | undefined, caller: Faults | undefined): Faults {
  if (!scenario) return caller ?? {}
  return {
    ...scenario,
    ...caller,
    deny: [...(scenario.deny ?? []), ...(caller?.deny ?? [])],
    hang: [...(scenario.hang ?? []), ...(caller?.hang ?? [])]
  }
}

export function countCalls(calls: { service: string; operation: string }[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const call of calls) {
    const key = `${call.service}:${call.operation}`
    counts[key] = (counts[key] ?? 0) + 1
  }
  return counts
}

/** "ECS:DescribeServices  12" lines, busiest first, for terminals and benchmark logs. */
export function formatCallCounts(counts: Record<string, number>): string {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const width = Math.max(10, ...entries.map(([key]) => key.length))
  const total = entries.reduce((n, [, count]) => n + count, 0)
  return [...entries.map(([key, count]) => `${key.padEnd(width)}  ${count}`), `${'total'.padEnd(width)}  ${total}`].join('\n')
}
