/**
 * Section 5 (issues 7 and 16): peak RSS of the bundled action on a stable 2-task run, on a 1,000-task service
 * with 100 events and 10 failed containers' logs, and on the failing 2-task demo, beside `node -e 0` measured
 * the same way.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSimulator, type Scenario } from '../../simulator/index.js'
import { parseGithubOutput } from '../../simulator/run-action.js'
import { DEFAULT_DEMO_SCENARIO, getScenario } from '../../simulator/scenarios/index.js'
import type { BenchOptions } from '../args.js'
import { actionIsBuilt, bundleIsStale, runActionProcess, runTimedNode } from '../action-process.js'
import type { Figure, SectionResult } from '../report.js'
import { MEMORY_FAILED_CONTAINERS, MEMORY_TASKS, memoryScenario } from '../scenarios.js'
import { median, round } from '../stats.js'
import { MAX_PEAK_RSS_MB, MAX_STABLE_PEAK_RSS_MB } from '../targets.js'

/** A stable deployment: the figure every run of the action pays. */
const STABLE_SCENARIO = 'healthy'

interface MemoryRun {
  peakRssMb?: number
  method?: string
  exitCode: number | null
  verdict?: string
  rootCause?: string
  realSeconds: number
  evidence?: { serviceEvents: number; tasks: number; logExcerpts: number; logLines: number }
}

interface EvidenceShape {
  service?: { events?: unknown[] }
  tasks?: unknown[]
  logs?: { lines?: unknown[] }[]
}

function evidenceFacts(path: string | undefined): MemoryRun['evidence'] {
  if (!path) return undefined
  const evidence = JSON.parse(readFileSync(path, 'utf8')) as EvidenceShape
  return {
    serviceEvents: evidence.service?.events?.length ?? 0,
    tasks: evidence.tasks?.length ?? 0,
    logExcerpts: evidence.logs?.length ?? 0,
    logLines: (evidence.logs ?? []).reduce((n, l) => n + (l.lines?.length ?? 0), 0)
  }
}

async function measureOnce(scenario: Scenario, dir: string): Promise<MemoryRun> {
  const sim = await startSimulator({ scenario, clock: 'real' })
  try {
    const run = await runActionProcess({ sim, workDir: dir, measureRss: true, pollIntervalSeconds: 2, killAfterMs: 180_000 })
    const outputs = parseGithubOutput(readFileSync(join(dir, 'github-output.txt'), 'utf8'))
    return {
      peakRssMb: run.peakRssKb === undefined ? undefined : run.peakRssKb / 1024,
      method: run.rssMethod,
      exitCode: run.exitCode,
      verdict: outputs.verdict,
      rootCause: outputs['root-cause'],
      realSeconds: (run.exitedAtMs - run.spawnedAtMs) / 1000,
      evidence: evidenceFacts(outputs['evidence-file'])
    }
  } finally {
    await sim.close()
  }
}

async function inTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-memory-'))
  try {
    return await work(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function medianRss(runs: MemoryRun[]): number | undefined {
  const measured = runs.map((r) => r.peakRssMb).filter((v): v is number => v !== undefined)
  return measured.length ? median(measured) : undefined
}

export async function memorySection(options: BenchOptions, progress: (m: string) => void): Promise<SectionResult> {
  const title = '5. Memory'
  if (!actionIsBuilt()) {
    return { name: 'memory', title, figures: [{ name: 'Peak RSS', value: 'dist/index.js is missing: run npm run package', target: `≤ ${MAX_PEAK_RSS_MB} MB`, pass: false }], tables: [], notes: [], data: {} }
  }
  const runs: MemoryRun[] = []
  const stableRuns: MemoryRun[] = []
  const demo: MemoryRun[] = []
  const nodeRss: number[] = []
  for (let i = 0; i < options.runs; i++) {
    progress(`  peak RSS: node -e 0, node dist/index.js on a stable run, on ${MEMORY_TASKS} tasks and on the 2-task demo, run ${i + 1}/${options.runs}`)
    const node = await inTempDir((dir) => runTimedNode(['-e', '0'], getScenario(STABLE_SCENARIO), dir, { measureRss: true }))
    if (node.peakRssKb !== undefined) nodeRss.push(node.peakRssKb / 1024)
    stableRuns.push(await inTempDir((dir) => measureOnce(getScenario(STABLE_SCENARIO), dir)))
    runs.push(await inTempDir((dir) => measureOnce(memoryScenario(), dir)))
    demo.push(await inTempDir((dir) => measureOnce(getScenario(DEFAULT_DEMO_SCENARIO), dir)))
  }
  const peak = medianRss(runs)
  const stable = medianRss(stableRuns)
  const base = medianRss(demo)
  const node = nodeRss.length ? median(nodeRss) : undefined
  const overNode = (mb: number | undefined) => (mb === undefined || node === undefined ? '' : ` (node -e 0 + ${round(mb - node, 1)} MB; ${round(mb / node, 1)}×)`)
  const last = runs[runs.length - 1]
  const figures: Figure[] = [
    {
      name: `Peak RSS, a stable run (${STABLE_SCENARIO}: 2 tasks, verdict ${stableRuns[stableRuns.length - 1]?.verdict ?? 'none'})`,
      value: stable === undefined ? 'not measured' : `${round(stable, 1)} MB${overNode(stable)}`,
      target: `≤ ${MAX_STABLE_PEAK_RSS_MB} MB`,
      pass: stable !== undefined && stable <= MAX_STABLE_PEAK_RSS_MB
    },
    {
      name: `Peak RSS, ${MEMORY_TASKS}-task service, ${last.evidence?.serviceEvents ?? '?'} events, ${MEMORY_FAILED_CONTAINERS} failed containers with logs`,
      value: peak === undefined ? 'not measured' : `${round(peak, 1)} MB${overNode(peak)}`,
      target: `≤ ${MAX_PEAK_RSS_MB} MB`,
      pass: peak !== undefined && peak <= MAX_PEAK_RSS_MB
    },
    {
      name: `Peak RSS, failing 2-task service (${DEFAULT_DEMO_SCENARIO}, the demo: evidence and diagnosis)`,
      value: base === undefined ? 'not measured' : `${round(base, 1)} MB${overNode(base)}`,
      target: '—',
      pass: null
    },
    { name: 'Peak RSS of node -e 0, measured the same way', value: node === undefined ? 'not measured' : `${round(node, 1)} MB`, target: '—', pass: null }
  ]
  const facts = last.evidence
  const notes = [
    `Each run is the bundled action in its own process (the runner's environment, poll 2 s) against a real-clock simulator at 10×, and \`node -e 0\` spawned the same way, each measured by ${last.method ?? 'n/a'}. Stable run: ${stableRuns.map((r) => (r.peakRssMb === undefined ? 'n/a' : `${round(r.peakRssMb, 1)} MB`)).join(', ')}; node -e 0: ${nodeRss.map((mb) => `${round(mb, 1)} MB`).join(', ') || 'n/a'}.`,
    `The ${MEMORY_TASKS}-task run: ${MEMORY_TASKS} old tasks being replaced by ${MEMORY_TASKS} new ones, the first ${MEMORY_FAILED_CONTAINERS} of which crash with 300-line logs. Peak RSS of that child process (${last.method ?? 'n/a'}), median of ${runs.length} run(s): ${runs.map((r) => (r.peakRssMb === undefined ? 'n/a' : `${round(r.peakRssMb, 1)} MB`)).join(', ')}.`,
    `Last run: verdict ${last.verdict ?? 'none'}, root cause ${last.rootCause || 'none'}, exit ${last.exitCode}, ${round(last.realSeconds, 1)} s; its evidence file holds ${facts ? `${facts.tasks} tasks, ${facts.serviceEvents} service events and ${facts.logExcerpts} log excerpts (${facts.logLines} lines; the collector reads one per distinct failure, at most 5)` : 'nothing (not written)'}.`,
    ...(bundleIsStale() ? ['⚠️ dist/index.js is older than src/: this measures the last `npm run package`, not the current sources.'] : [])
  ]
  return { name: 'memory', title, figures, tables: [], notes, data: { runs, stableRuns, demo, nodeRss } }
}
