/**
 * Section 7: preflight on the demo scenario's new task definition with 50 ms added to every simulated AWS
 * call: how long it takes and how many AWS calls it makes, in-process (runPreflight + the job summary) and
 * as the bundled preflight action in a fresh process (spawn → exit, as on a runner).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { destroyClients } from '../../src/aws/clients.js'
import type { Logger } from '../../src/logger.js'
import { parsePreflightInputs } from '../../src/preflight/inputs.js'
import { renderPreflightSummary } from '../../src/preflight/report.js'
import { runPreflight } from '../../src/preflight/run.js'
import { startSimulator, type Scenario } from '../../simulator/index.js'
import { preflightIsBuilt, runPreflightAction, writeRenderedTaskDefinition } from '../../simulator/run-preflight.js'
import { newTaskDefinition } from '../../simulator/scenarios/base-world.js'
import { DEFAULT_DEMO_SCENARIO, getScenario } from '../../simulator/scenarios/index.js'
import type { BenchOptions } from '../args.js'
import { benchClients } from '../harness.js'
import type { Figure, SectionResult, Table } from '../report.js'
import { median, round } from '../stats.js'
import { DIAGNOSIS_CALL_LATENCY_MS, MAX_PREFLIGHT_CALLS, MAX_PREFLIGHT_MS } from '../targets.js'

type Mode = 'registered' | 'file'

interface PreflightSample {
  mode: Mode
  ms: number
  /** Bundled runs: spawn → the first AWS call (Node start-up, loading the bundle, reading the inputs). */
  startMs?: number
  calls: number
  result: string
  rootCause: string | null
}

const QUIET: Logger = { info: () => undefined, warning: () => undefined, error: () => undefined, debug: () => undefined, startGroup: () => undefined, endGroup: () => undefined }

function taskDefinitionValue(scenario: Scenario, mode: Mode, dir: string): string {
  return mode === 'registered' ? (newTaskDefinition(scenario.world).taskDefinitionArn ?? '') : writeRenderedTaskDefinition(scenario, join(dir, 'task-definition.json'))
}

/** runPreflight with the real SDK clients (code already warm), then the job summary rendered. */
async function inProcess(scenario: Scenario, mode: Mode, dir: string): Promise<PreflightSample> {
  const sim = await startSimulator({ scenario, clock: 'manual', faults: { latencyMs: DIAGNOSIS_CALL_LATENCY_MS } })
  const clients = benchClients(sim)
  try {
    const { action } = scenario
    const inputs = parsePreflightInputs({ cluster: action.cluster, service: action.service, region: action.region, 'task-definition': taskDefinitionValue(scenario, mode, dir) }, {})
    const started = performance.now()
    const outcome = await runPreflight(inputs, clients, QUIET)
    renderPreflightSummary({ report: outcome.report, cluster: action.cluster, serviceName: action.service, region: action.region })
    const ms = performance.now() - started
    return { mode, ms, calls: sim.callLog().length, result: outcome.report.result, rootCause: outcome.report.rootCause?.code ?? null }
  } finally {
    destroyClients(clients)
    await sim.close()
  }
}

/** dist/preflight/index.js in a fresh process with the runner's environment: spawn → exit. */
async function bundled(scenario: Scenario, mode: Mode, dir: string, index: number): Promise<PreflightSample> {
  const sim = await startSimulator({ scenario, clock: 'manual', faults: { latencyMs: DIAGNOSIS_CALL_LATENCY_MS } })
  // The call log counts real ms from the simulator's start, which is (about) now.
  const simStartedAt = performance.now()
  try {
    const started = performance.now()
    const run = await runPreflightAction({ scenario, endpointUrl: sim.url, workDir: join(dir, `bundled-${mode}-${index}`), taskDefinition: mode })
    const ms = performance.now() - started
    const first = sim.callLog()[0]
    const startMs = first ? simStartedAt + first.realMs - started : undefined
    return { mode, ms, ...(startMs !== undefined ? { startMs } : {}), calls: sim.callLog().length, result: run.outputs.result ?? `exit ${run.exitCode}`, rootCause: run.outputs['root-cause'] || null }
  } finally {
    await sim.close()
  }
}

function row(label: string, samples: PreflightSample[]): string[] {
  const starts = samples.flatMap((s) => (s.startMs !== undefined ? [s.startMs] : []))
  const start = starts.length ? `${round(median(starts))} ms` : '—'
  return [label, `${round(median(samples.map((s) => s.ms)))} ms`, start, String(median(samples.map((s) => s.calls))), `${samples[0].result} (${samples[0].rootCause ?? '—'})`]
}

export async function preflightSection(options: BenchOptions, progress: (m: string) => void): Promise<SectionResult> {
  const scenario = getScenario(DEFAULT_DEMO_SCENARIO)
  const dir = mkdtempSync(join(tmpdir(), 'bench-preflight-'))
  const samples: Record<string, PreflightSample[]> = {}
  try {
    for (const mode of ['registered', 'file'] as const) {
      progress(`  preflight of ${scenario.name} (${mode}) with ${DIAGNOSIS_CALL_LATENCY_MS} ms per call, ${options.runs} run(s)`)
      samples[`in-process ${mode}`] = []
      for (let i = 0; i < options.runs; i++) samples[`in-process ${mode}`].push(await inProcess(scenario, mode, dir))
      if (preflightIsBuilt()) {
        samples[`bundled ${mode}`] = []
        for (let i = 0; i < options.runs; i++) samples[`bundled ${mode}`].push(await bundled(scenario, mode, dir, i))
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const warm = samples['in-process registered']
  const cold = samples['bundled registered']
  const warmMs = median(warm.map((s) => s.ms))
  const calls = Math.max(...Object.values(samples).flat().map((s) => s.calls))
  const coldMs = cold ? median(cold.map((s) => s.ms)) : undefined
  const coldStarts = (cold ?? []).flatMap((s) => (s.startMs !== undefined ? [s.startMs] : []))
  const startMs = coldStarts.length ? median(coldStarts) : undefined
  const figures: Figure[] = [
    {
      name: `Preflight of ${scenario.name}'s new revision, bundled action in a fresh process (spawn → exit, +${DIAGNOSIS_CALL_LATENCY_MS} ms per call)`,
      value: coldMs === undefined ? 'not measured (dist/preflight/index.js missing)' : `${round(coldMs)} ms`,
      target: `≤ ${MAX_PREFLIGHT_MS} ms`,
      pass: coldMs !== undefined && coldMs <= MAX_PREFLIGHT_MS
    },
    {
      name: 'Of which the bundled process starting (spawn → first AWS call: Node, loading the bundle, reading the inputs)',
      value: startMs === undefined ? '—' : `${round(startMs)} ms`,
      target: '—',
      pass: null
    },
    { name: 'The same in-process, code already warm (runPreflight + job summary)', value: `${round(warmMs)} ms`, target: `≤ ${MAX_PREFLIGHT_MS} ms`, pass: warmMs <= MAX_PREFLIGHT_MS },
    { name: 'AWS calls of one preflight (most of any run)', value: String(calls), target: `≤ ${MAX_PREFLIGHT_CALLS}`, pass: calls <= MAX_PREFLIGHT_CALLS }
  ]
  const table: Table = {
    caption: 'Each way of running it: median time, AWS calls, and what it found (the demo scenario adds a secret the execution role may not read).',
    header: ['Run', 'Time', 'Of which start-up (spawn → first AWS call)', 'AWS calls', 'Result (root cause)'],
    rows: Object.entries(samples).map(([label, runs]) => row(label, runs))
  }
  const notes = [
    `The simulator answers every call ${DIAGNOSIS_CALL_LATENCY_MS} ms late and stands still (manual clock). "registered" checks the revision by ARN (one more DescribeTaskDefinition); "file" checks the rendered task definition file before it is registered. Bundled runs include Node's start-up and loading the bundle; medians of ${options.runs} run(s).`
  ]
  return { name: 'preflight', title: '7. Preflight', figures, tables: [table], notes, data: { scenario: scenario.name, latencyMs: DIAGNOSIS_CALL_LATENCY_MS, samples } }
}
