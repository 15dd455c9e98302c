/** Scenario definitions = the base world + a few overrides + a timeline. */
import type { Faults } from '../faults.js'
import type { LogLine, Scenario, ScenarioAction, ServiceScenario, TaskFate, TaskOutcome, Timeline, World } from '../types.js'
import { baseWorld, CLUSTER, REGION, SERVICE } from './base-world.js'

export interface ScenarioDefinition {
  name: string
  description: string
  expect: Scenario['expect']
  /** Action inputs besides cluster/service/region (a function when they depend on the world's ids). */
  action?: Partial<ScenarioAction> | ((world: World) => Partial<ScenarioAction>)
  speed?: number
  /** Changes to the base world (mutate it). */
  configure?: (world: World) => void
  /** What happens, given the configured world (so messages can name its ARNs). */
  timeline: (world: World) => Timeline
  /** More services deployed in the same step (see services.ts); they may add to the world. The action then names them all. */
  moreServices?: (world: World) => ServiceScenario[]
  /** Faults the scenario always has (e.g. a permission the action's role lacks). */
  faults?: Faults
}

/** The definition each scenario was built from, so a variant can be built from it under its own name (and ids). */
const DEFINITIONS = new WeakMap<Scenario, ScenarioDefinition>()

/** The definition a scenario was built from: a variant is defined from it under its own name (and so its own ids). */
export function definitionOf(scenario: Scenario): ScenarioDefinition {
  const definition = DEFINITIONS.get(scenario)
  if (!definition) throw new Error(`scenario ${scenario.name} was not built by defineScenario`)
  return definition
}

export function defineScenario(definition: ScenarioDefinition): Scenario {
  const world = baseWorld(definition.name)
  definition.configure?.(world)
  const moreServices = definition.moreServices?.(world)
  const action = typeof definition.action === 'function' ? definition.action(world) : definition.action
  const service = [SERVICE, ...(moreServices ?? []).map((s) => s.service.name)].join(',')
  const scenario: Scenario = {
    name: definition.name,
    description: definition.description,
    expect: definition.expect,
    action: { cluster: CLUSTER, service, region: REGION, ...action },
    speed: definition.speed,
    world,
    timeline: definition.timeline(world),
    ...(moreServices ? { moreServices } : {}),
    ...(definition.faults ? { faults: definition.faults } : {})
  }
  DEFINITIONS.set(scenario, definition)
  return scenario
}

/** What a healthy Node.js api writes on start. */
export const STARTUP_LOGS: LogLine[] = [
  { at: 0.2, message: '> api@1.42.0 start' },
  { at: 0.3, message: '> node dist/server.js' },
  { at: 1.1, message: '{"level":"info","time":"{time}","msg":"connected to database","pool":10}' },
  { at: 1.4, message: '{"level":"info","time":"{time}","msg":"server listening","port":8080}' }
]

export function healthy(options: { healthyAfterSeconds?: number; provisioningSeconds?: number; pullSeconds?: number; logs?: LogLine[] } = {}): TaskFate {
  const { healthyAfterSeconds, logs, ...timing } = options
  return { ...timing, outcome: { kind: 'healthy', healthyAfterSeconds }, logs: logs ?? STARTUP_LOGS }
}

export function failsToStart(stage: Extract<TaskOutcome, { kind: 'fails-to-start' }>['stage'], stoppedReason: string, afterSeconds?: number): TaskFate {
  return { outcome: { kind: 'fails-to-start', stage, stoppedReason, afterSeconds } }
}

/** The process writes `logs` (one event per line, from second 0.2 on) and exits with `exitCode`. */
export function exits(exitCode: number, logs: string[], options: { afterSeconds?: number; containerReason?: string } = {}): TaskFate {
  const afterSeconds = options.afterSeconds ?? 4
  const step = Math.min(0.1, (afterSeconds - 0.3) / Math.max(1, logs.length))
  return {
    outcome: { kind: 'container-exits', afterSeconds, exitCode, containerReason: options.containerReason },
    logs: logs.map((message, i) => ({ at: 0.2 + i * step, message }))
  }
}

/** Node.js's report of an uncaught exception at start-up, one log event per line, after npm's banner. */
export function nodeCrash(source: string[], error: string[]): string[] {
  return ['> api@1.42.0 start', '> node dist/server.js', '', ...source, '', ...error, '', 'Node.js v20.18.1']
}
