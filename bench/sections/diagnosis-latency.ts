/**
 * Section 3: diagnosis latency with 50 ms added to every simulated AWS call, from "failure detected" (the
 * watch's verdict) to "summary written" (evidence collected, diagnosed, job summary rendered and written).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DescribeServicesCommand } from '@aws-sdk/client-ecs'
import { destroyClients } from '../../src/aws/clients.js'
import type { ReportInput } from '../../src/report/model.js'
import { renderSummary } from '../../src/report/summary.js'
import { startSimulator, type Scenario } from '../../simulator/index.js'
import { DEFAULT_DEMO_SCENARIO, getScenario } from '../../simulator/scenarios/index.js'
import type { BenchOptions } from '../args.js'
import { actionIsBuilt, bundleIsStale, runActionProcess } from '../action-process.js'
import { benchClients, runOurs } from '../harness.js'
import type { Figure, SectionResult } from '../report.js'
import { median, round } from '../stats.js'
import { DIAGNOSIS_CALL_LATENCY_MS, MAX_DIAGNOSIS_LATENCY_MS } from '../targets.js'

const CALIBRATION_CALLS = 10

/** What one sequential SDK call costs the client with the added latency (the unit of the serial sum). */
async function perCallMs(scenario: Scenario): Promise<number> {
  const sim = await startSimulator({ scenario, clock: 'manual', faults: { latencyMs: DIAGNOSIS_CALL_LATENCY_MS } })
  const clients = benchClients(sim)
  const command = () => new DescribeServicesCommand({ cluster: scenario.action.cluster, services: [scenario.action.service] })
  try {
    await clients.ecs.send(command())
    const started = performance.now()
    for (let i = 0; i < CALIBRATION_CALLS; i++) await clients.ecs.send(command())
    return (performance.now() - started) / CALIBRATION_CALLS
  } finally {
    destroyClients(clients)
    await sim.close()
  }
}

interface LatencyRun {
  verdict: string
  rootCause: string | null
  evidenceCalls: number
  /** Verdict → runDoctor returned (evidence collected + diagnosed). */
  evidenceAndDiagnosisMs: number
  /** Verdict → summary rendered and written. */
  totalMs: number
  summaryBytes: number
}

async function measureOnce(scenario: Scenario, dir: string): Promise<LatencyRun> {
  const run = await runOurs(scenario, { faults: { latencyMs: DIAGNOSIS_CALL_LATENCY_MS } })
  if (!run.result) throw new Error(`${scenario.name}: the action failed: ${run.reason}`)
  const { watch, evidence, diagnosis } = run.result
  const { action } = scenario
  const report: ReportInput = {
    verdict: watch.verdict,
    cluster: action.cluster,
    serviceName: action.service,
    region: action.region,
    deploymentId: watch.deploymentId || null,
    evidence,
    diagnosis
  }
  const markdown = renderSummary(report)
  writeFileSync(join(dir, 'job-summary.md'), markdown)
  const summaryAtMs = performance.now()
  return {
    verdict: watch.verdict,
    rootCause: run.rootCause,
    evidenceCalls: run.evidenceCalls,
    evidenceAndDiagnosisMs: run.doneAtMs - run.verdictAtMs,
    totalMs: summaryAtMs - run.verdictAtMs,
    summaryBytes: Buffer.byteLength(markdown)
  }
}

interface BundledRun {
  verdictToSummaryMs?: number
  exitCode: number | null
}

/** The bundled action in a fresh process (cold code, as on a runner): its "Verdict:" log line → the job summary file written. */
async function measureBundled(scenario: Scenario, dir: string, index: number): Promise<BundledRun> {
  const sim = await startSimulator({ scenario, clock: 'real', faults: { latencyMs: DIAGNOSIS_CALL_LATENCY_MS } })
  try {
    const run = await runActionProcess({ sim, workDir: join(dir, `bundled-${index}`), pollIntervalSeconds: 2, killAfterMs: 120_000 })
    const measured = run.verdictAtMs !== undefined && run.summaryWrittenAtMs !== undefined
    return { verdictToSummaryMs: measured ? (run.summaryWrittenAtMs as number) - (run.verdictAtMs as number) : undefined, exitCode: run.exitCode }
  } finally {
    await sim.close()
  }
}

export async function diagnosisLatencySection(options: BenchOptions, progress: (m: string) => void): Promise<SectionResult> {
  const scenario = getScenario(DEFAULT_DEMO_SCENARIO)
  progress(`  ${scenario.name} with ${DIAGNOSIS_CALL_LATENCY_MS} ms per call, ${options.runs} run(s)`)
  const dir = mkdtempSync(join(tmpdir(), 'bench-summary-'))
  const runs: LatencyRun[] = []
  const bundled: BundledRun[] = []
  try {
    for (let i = 0; i < options.runs; i++) runs.push(await measureOnce(scenario, dir))
    if (actionIsBuilt()) {
      progress(`  the same with node dist/index.js in a fresh process, ${options.runs} run(s)`)
      for (let i = 0; i < options.runs; i++) bundled.push(await measureBundled(scenario, dir, i))
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const unitMs = await perCallMs(scenario)
  const total = median(runs.map((r) => r.totalMs))
  const calls = median(runs.map((r) => r.evidenceCalls))
  const serialMs = calls * unitMs
  const coldTimes = bundled.map((b) => b.verdictToSummaryMs).filter((v): v is number => v !== undefined)
  const cold = coldTimes.length ? median(coldTimes) : undefined
  const figures: Figure[] = [
    {
      name: `Failure detected → summary written, bundled action in a fresh process (${scenario.name}, +${DIAGNOSIS_CALL_LATENCY_MS} ms per call)`,
      value: cold === undefined ? 'not measured (dist/index.js missing or no verdict)' : `${round(cold)} ms`,
      target: `≤ ${MAX_DIAGNOSIS_LATENCY_MS} ms`,
      pass: cold !== undefined && cold <= MAX_DIAGNOSIS_LATENCY_MS
    },
    {
      name: 'The same in-process, code already warm (src/, runDoctor + renderSummary)',
      value: `${round(total)} ms`,
      target: `≤ ${MAX_DIAGNOSIS_LATENCY_MS} ms`,
      pass: total <= MAX_DIAGNOSIS_LATENCY_MS
    },
    {
      name: 'Same evidence calls one after another (serial sum)',
      value: `${round(serialMs)} ms (${calls} calls × ${round(unitMs, 1)} ms)`,
      target: '—',
      pass: null
    },
    {
      name: 'Parallel speed-up (serial sum ÷ in-process time)',
      value: `${round(serialMs / total, 1)}×`,
      target: '—',
      pass: null
    }
  ]
  const notes = [
    `In-process: runDoctor with the real SDK clients; the simulator (manual clock, so the scenario stands still at the verdict) answers every call ${DIAGNOSIS_CALL_LATENCY_MS} ms late. "Failure detected" is the moment the watch logs its verdict; the time then covers evidence collection, diagnosis, rendering the job summary (${median(runs.map((r) => r.summaryBytes))} bytes) and writing it to a file. Median of ${runs.length} run(s): ${runs.map((r) => `${round(r.totalMs)} ms`).join(', ')}; evidence + diagnosis alone ${round(median(runs.map((r) => r.evidenceAndDiagnosisMs)))} ms.`,
    `Bundled: node dist/index.js with the runner's environment against a real-clock simulator whose every answer is ${DIAGNOSIS_CALL_LATENCY_MS} ms late; from the moment its "Verdict:" log line reaches the bench to the moment the job summary file is non-empty (every run is a cold process, as on a runner). Runs: ${coldTimes.map((t) => `${round(t)} ms`).join(', ') || 'none'}.${bundleIsStale() ? ' ⚠️ dist/index.js is older than src/.' : ''}`,
    `Serial sum = evidence calls × the time one sequential call takes the same client at +${DIAGNOSIS_CALL_LATENCY_MS} ms (mean of ${CALIBRATION_CALLS} DescribeServices calls).`
  ]
  return {
    name: 'diagnosis',
    title: '3. Diagnosis latency',
    figures,
    tables: [],
    notes,
    data: { scenario: scenario.name, latencyMs: DIAGNOSIS_CALL_LATENCY_MS, runs, bundled, perCallMs: unitMs, serialMs }
  }
}
