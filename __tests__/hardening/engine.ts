/**
 * Runs the action's engine (runDoctor: watch → evidence → diagnosis) in-process with the REAL AWS SDK
 * clients against the loopback simulator. With the simulator's manual clock the injected sleep advances
 * simulated time, so a 15-minute deployment replays in well under a second of real time while every
 * AWS call still crosses HTTP, the SDK's retry strategy and its error parsing.
 */
import { createClients, destroyClients, type ClientOptions } from '../../src/aws/clients.js'
import { runDoctorForServices, type DoctorResult } from '../../src/doctor.js'
import { parseInputs, type RawInputs } from '../../src/inputs/inputs.js'
import type { Logger } from '../../src/logger.js'
import type { ReportInput } from '../../src/report/model.js'
import type { RootCauseCode, Verdict } from '../../src/types.js'
import { DEFAULT_SPEED, startSimulator, type CallLogEntry, type Faults, type RunningSimulator, type Scenario } from '../../simulator/index.js'

export const TEST_CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' }

export interface LogLine {
  level: 'info' | 'warning' | 'error' | 'debug' | 'group'
  message: string
}

export interface EngineOptions {
  faults?: Faults
  /** Overrides of the createClients options (retry attempts, request timeout). */
  client?: Partial<ClientOptions>
  /** Overrides of the action inputs the e2e tests pass for this scenario. */
  inputs?: RawInputs
  /**
   * 'manual' (default): sleeping advances simulated time; AWS calls take no simulated time.
   * 'scaled': the simulator runs at `speed` (default the scenario's) and the engine's clock and
   * sleep run in simulated time too, so a call's real latency costs `speed` times as much simulated time.
   */
  clock?: 'manual' | 'scaled'
  speed?: number
  /** Called once the simulator is up, before the engine starts: to prepare the world. */
  beforeWatch?: (sim: RunningSimulator) => Promise<void> | void
  /** Called after every sleep of the engine (manual clock), once simulated time has moved: to act mid-watch. */
  onSleep?: (sim: RunningSimulator) => Promise<void> | void
  /** Called when the watch logs its verdict, before evidence is collected. */
  onVerdict?: (sim: RunningSimulator) => void
}

export interface EngineRun {
  scenario: Scenario
  verdict: Verdict | 'error'
  rootCause: RootCauseCode | null
  result?: DoctorResult
  error?: unknown
  log: LogLine[]
  calls: CallLogEntry[]
  realMs: number
  simSeconds: number
}

/** The inputs the e2e tests pass for the scenario, with the action's default poll interval (10 s). */
export function scenarioInputs(scenario: Scenario, overrides: RawInputs = {}): RawInputs {
  const { action } = scenario
  const raw: RawInputs = {
    cluster: action.cluster,
    service: action.service,
    region: action.region,
    'timeout-minutes': String(action.timeoutMinutes ?? 5),
    'comment-on-pr': 'false'
  }
  if (action.maxFailedTasks !== undefined) raw['max-failed-tasks'] = String(action.maxFailedTasks)
  if (action.deploymentId !== undefined) raw['deployment-id'] = action.deploymentId
  if (action.onFailure !== undefined) raw['on-failure'] = action.onFailure
  if (action.codeDeployDeploymentId !== undefined) raw['codedeploy-deployment-id'] = action.codeDeployDeploymentId
  return { ...raw, ...overrides }
}

export function capturingLogger(into: LogLine[], onVerdict?: () => void): Logger {
  return {
    info: (message) => {
      into.push({ level: 'info', message })
      if (message.startsWith('Verdict: ')) onVerdict?.()
    },
    warning: (message) => into.push({ level: 'warning', message }),
    error: (message) => into.push({ level: 'error', message }),
    debug: (message) => into.push({ level: 'debug', message }),
    startGroup: (message) => into.push({ level: 'group', message }),
    endGroup: () => undefined
  }
}

/** Injected clock and sleep for a manual-clock simulator: the clock reads simulated time, sleeping advances it. */
export function manualTime(sim: RunningSimulator, epochMs: number, onSleep?: EngineOptions['onSleep']) {
  return {
    clock: () => epochMs + sim.simSeconds() * 1000,
    sleep: async (ms: number) => {
      sim.advance(ms / 1000)
      await onSleep?.(sim)
      // Let other runs' sockets and timers make progress: sleeping is never a busy loop.
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
}

/** Injected clock and sleep for a real-clock simulator at `speed`: the engine lives in simulated time. */
export function scaledTime(sim: RunningSimulator, epochMs: number, speed: number) {
  return {
    clock: () => epochMs + sim.simSeconds() * 1000,
    sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms / speed))
  }
}

export function speedOf(scenario: Scenario, options: EngineOptions): number {
  return options.speed ?? scenario.speed ?? DEFAULT_SPEED
}

export async function runEngine(scenario: Scenario, options: EngineOptions = {}): Promise<EngineRun> {
  const started = performance.now()
  const epochMs = Date.now()
  const manual = (options.clock ?? 'manual') === 'manual'
  const speed = speedOf(scenario, options)
  const sim = await startSimulator({ scenario, faults: options.faults, clock: manual ? 'manual' : 'real', speed })
  const clients = createClients({ region: scenario.action.region, endpoint: sim.url, credentials: TEST_CREDENTIALS, ...options.client })
  const log: LogLine[] = []
  const finish = (run: Pick<EngineRun, 'verdict' | 'rootCause' | 'result' | 'error'>): EngineRun => ({
    scenario,
    ...run,
    log,
    calls: sim.callLog(),
    realMs: performance.now() - started,
    simSeconds: sim.simSeconds()
  })
  try {
    await options.beforeWatch?.(sim)
    const inputs = parseInputs(scenarioInputs(scenario, options.inputs), {})
    const time = manual ? manualTime(sim, epochMs, options.onSleep) : scaledTime(sim, epochMs, speed)
    const [result] = await runDoctorForServices(inputs, clients, capturingLogger(log, () => options.onVerdict?.(sim)), time)
    return finish({ verdict: result.watch.verdict, rootCause: result.diagnosis?.rootCause?.code ?? null, result })
  } catch (error) {
    return finish({ verdict: 'error', rootCause: null, error })
  } finally {
    destroyClients(clients)
    await sim.close()
  }
}

/** Runs `items` through `work`, `limit` at a time, results in input order. */
export async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i])
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/** What publishReports renders from one result (no run link or commit: those are GitHub's, not AWS's). */
export function reportInputOf(run: EngineRun): ReportInput {
  const result = run.result as DoctorResult
  const { action } = run.scenario
  return {
    verdict: result.watch.verdict,
    cluster: action.cluster,
    serviceName: action.service,
    region: action.region,
    deploymentId: result.watch.deploymentId || null,
    evidence: result.evidence,
    diagnosis: result.diagnosis
  }
}

export function describeRun(run: EngineRun): string {
  const error = run.error instanceof Error ? `${run.error.name}: ${run.error.message}` : run.error ? String(run.error) : ''
  const warnings = run.log.filter((l) => l.level === 'warning').slice(-5).map((l) => `  warning: ${l.message}`)
  return [
    `${run.scenario.name}: ${run.verdict} / ${run.rootCause ?? '-'} (${Math.round(run.realMs)} ms real, ${Math.round(run.simSeconds)} s simulated)`,
    ...(run.result ? [`  reason: ${run.result.watch.reason}`] : []),
    ...(error ? [`  error: ${error}`] : []),
    ...warnings
  ].join('\n')
}
