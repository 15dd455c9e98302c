/**
 * Runs this action's pipeline in-process against the simulator, with the REAL AWS SDK clients. With the
 * manual simulator clock, the injected sleep advances simulated time, so a verdict's simulated second is
 * exact and a 30-minute deployment replays in well under a second.
 */
import { createClients, destroyClients, type AwsClients } from '../src/aws/clients.js'
import { runDoctor, type DoctorResult } from '../src/doctor.js'
import { parseInputs, type RawInputs } from '../src/inputs/inputs.js'
import type { Logger } from '../src/logger.js'
import type { RootCauseCode, Verdict } from '../src/types.js'
import { startSimulator, type Faults, type RunningSimulator, type Scenario } from '../simulator/index.js'

const STATIC_CREDENTIALS = { accessKeyId: 'bench', secretAccessKey: 'bench' }

export function benchClients(sim: RunningSimulator): AwsClients {
  return createClients({ region: sim.scenario.action.region, endpoint: sim.url, credentials: STATIC_CREDENTIALS })
}

export function totalCalls(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0)
}

/** A logger that keeps quiet but tells the caller when the watch reached its verdict. */
export function markingLogger(onVerdict: () => void): Logger {
  return {
    info: (message) => {
      if (message.startsWith('Verdict: ')) onVerdict()
    },
    warning: () => undefined,
    error: () => undefined,
    debug: () => undefined,
    startGroup: () => undefined,
    endGroup: () => undefined
  }
}

/**
 * 'defaults' = what a user gets without tuning (poll 10 s, max-failed-tasks 2, timeout 15 min);
 * 'scenario' = the inputs the catalogue's e2e tests pass for this scenario.
 */
export type InputChoice = 'defaults' | 'scenario'

export function actionInputs(scenario: Scenario, choice: InputChoice) {
  const { action } = scenario
  const raw: RawInputs = { cluster: action.cluster, service: action.service, region: action.region, 'comment-on-pr': 'false' }
  if (choice === 'scenario') {
    if (action.timeoutMinutes !== undefined) raw['timeout-minutes'] = String(action.timeoutMinutes)
    if (action.maxFailedTasks !== undefined) raw['max-failed-tasks'] = String(action.maxFailedTasks)
  }
  return parseInputs(raw, {})
}

export function hasOwnInputs(scenario: Scenario): boolean {
  return scenario.action.timeoutMinutes !== undefined || scenario.action.maxFailedTasks !== undefined
}

/** Injected clock and sleep that drive a manual-clock simulator: sleeping advances simulated time. */
export function manualTime(sim: RunningSimulator, epochMs: number) {
  return {
    clock: () => epochMs + sim.simSeconds() * 1000,
    sleep: async (ms: number) => sim.advance(ms / 1000)
  }
}

export interface OurRun {
  scenario: string
  verdict: Verdict | 'error'
  reason: string
  rootCause: RootCauseCode | null
  /** Simulated seconds from the deployment's start to the verdict. */
  verdictSimSeconds: number
  /** Calls the watch made, and calls made after its verdict (evidence collection). */
  watchCalls: number
  evidenceCalls: number
  callCounts: Record<string, number>
  /** performance.now() at the verdict and when runDoctor returned. */
  verdictAtMs: number
  doneAtMs: number
  result?: DoctorResult
}

export interface OurRunOptions {
  inputs?: InputChoice
  faults?: Faults
}

/** Watch → evidence → diagnosis, exactly as the action runs it (runDoctor), on a manual-clock simulator. */
export async function runOurs(scenario: Scenario, options: OurRunOptions = {}): Promise<OurRun> {
  const epochMs = Date.now()
  const sim = await startSimulator({ scenario, clock: 'manual', faults: options.faults })
  const clients = benchClients(sim)
  let watchCalls = -1
  let verdictAtMs = 0
  let verdictSimSeconds = Number.NaN
  const logger = markingLogger(() => {
    verdictAtMs = performance.now()
    verdictSimSeconds = sim.simSeconds()
    watchCalls = sim.callLog().length
  })
  try {
    const result = await runDoctor(actionInputs(scenario, options.inputs ?? 'defaults'), clients, logger, manualTime(sim, epochMs))
    const doneAtMs = performance.now()
    const all = sim.callLog().length
    return {
      scenario: scenario.name,
      verdict: result.watch.verdict,
      reason: result.watch.reason,
      rootCause: result.diagnosis?.rootCause?.code ?? null,
      verdictSimSeconds,
      watchCalls,
      evidenceCalls: all - watchCalls,
      callCounts: sim.callCounts(),
      verdictAtMs,
      doneAtMs,
      result
    }
  } catch (error) {
    return {
      scenario: scenario.name,
      verdict: 'error',
      reason: error instanceof Error ? error.message : String(error),
      rootCause: null,
      verdictSimSeconds: sim.simSeconds(),
      watchCalls: sim.callLog().length,
      evidenceCalls: 0,
      callCounts: sim.callCounts(),
      verdictAtMs,
      doneAtMs: performance.now()
    }
  } finally {
    destroyClients(clients)
    await sim.close()
  }
}

const cached = new Map<string, Promise<OurRun>>()

/** runOurs with the defaults, once per scenario per bench: its call counts and verdict repeat exactly. */
export function runOursCached(scenario: Scenario): Promise<OurRun> {
  let run = cached.get(scenario.name)
  if (!run) {
    run = runOurs(scenario)
    cached.set(scenario.name, run)
  }
  return run
}
