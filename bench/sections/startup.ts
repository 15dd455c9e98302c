/** Section 4: cold start of `node dist/index.js` to its first AWS call, and the size of the bundle. */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSimulator } from '../../simulator/index.js'
import { ACTION_ENTRY, REPO_ROOT } from '../../simulator/run-action.js'
import { DEFAULT_DEMO_SCENARIO, getScenario } from '../../simulator/scenarios/index.js'
import type { BenchOptions } from '../args.js'
import { actionIsBuilt, bundleIsStale, directoryBytes, DIST_DIR, runActionProcess } from '../action-process.js'
import type { Figure, SectionResult, Table } from '../report.js'
import { median, round, spread } from '../stats.js'
import { MAX_COLD_START_MS } from '../targets.js'

const SAMPLES = 5
const QUICK_SAMPLES = 3

interface StartSample {
  coldStartMs: number
  firstCall: string
}

async function sample(dir: string, index: number): Promise<StartSample> {
  const sim = await startSimulator({ scenario: getScenario(DEFAULT_DEMO_SCENARIO), clock: 'real', speed: 1 })
  // The simulator logs calls in ms since its own start; at speed 1 that start is now − simSeconds.
  const simStartMs = performance.now() - sim.simSeconds() * 1000
  try {
    const run = await runActionProcess({ sim, workDir: join(dir, String(index)), killAfterMs: 30_000 }, (kill) => kill())
    const first = sim.callLog()[0]
    if (!first) throw new Error(`dist/index.js made no AWS call (exit ${run.exitCode}): ${run.log.slice(-500)}`)
    return { coldStartMs: simStartMs + first.realMs - run.spawnedAtMs, firstCall: `${first.service}:${first.operation}` }
  } finally {
    await sim.close()
  }
}

/** Node's own start-up on this machine: spawn → exit of `node -e 0`. */
function nodeStartMs(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' })
    child.on('error', reject)
    child.on('close', () => resolve(performance.now() - started))
  })
}

/** The packages the action bundles; what each costs to load in a fresh Node process explains the start-up and memory figures. */
const BUNDLED_PACKAGES = [
  '@actions/core',
  '@actions/github',
  ...['ecs', 'ec2', 'iam', 'cloudwatch-logs', 'ecr', 'elastic-load-balancing-v2', 'secrets-manager', 'ssm', 'sts'].map((c) => `@aws-sdk/client-${c}`)
]

interface LoadCost {
  module: string
  ms: number
  rssMb: number
}

function loadCost(modules: string[], label: string): LoadCost {
  const script = `const t = performance.now(); for (const m of ${JSON.stringify(modules)}) await import(m); const ms = performance.now() - t; process.stdout.write(JSON.stringify({ ms, rss: process.memoryUsage().rss }))`
  const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8' })) as { ms: number; rss: number }
  return { module: label, ms: out.ms, rssMb: out.rss / 1_048_576 }
}

function loadCostTable(): Table {
  const bare = loadCost([], 'nothing (bare node)')
  const each = BUNDLED_PACKAGES.map((name) => loadCost([name], name))
  const all = loadCost(BUNDLED_PACKAGES, 'all of the above')
  return {
    caption: 'What loading each bundled package costs (import() from node_modules in a fresh Node process): time, and the process RSS afterwards.',
    header: ['Package', 'Load time', 'RSS after load'],
    rows: [bare, ...each, all].map((c) => [c.module, `${round(c.ms)} ms`, `${round(c.rssMb)} MB`])
  }
}

function megabytes(bytes: number): string {
  return `${round(bytes / 1_048_576, 2)} MB`
}

export async function startupSection(options: BenchOptions, progress: (m: string) => void): Promise<SectionResult> {
  if (!actionIsBuilt()) {
    return { name: 'startup', title: '4. Start-up and size', figures: [{ name: 'Cold start', value: 'dist/index.js is missing: run npm run package', target: `≤ ${MAX_COLD_START_MS} ms`, pass: false }], tables: [], notes: [], data: {} }
  }
  const count = options.quick ? QUICK_SAMPLES : SAMPLES
  progress(`  cold start: ${count} fresh processes of node dist/index.js`)
  const dir = mkdtempSync(join(tmpdir(), 'bench-start-'))
  const samples: StartSample[] = []
  try {
    for (let i = 0; i < count; i++) samples.push(await sample(dir, i))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const nodeStarts: number[] = []
  for (let i = 0; i < count; i++) nodeStarts.push(await nodeStartMs())
  const nodeStart = median(nodeStarts)
  const times = samples.map((s) => s.coldStartMs)
  const cold = median(times)
  const range = spread(times)
  const cli = join(DIST_DIR, 'cli', 'index.js')
  const figures: Figure[] = [
    {
      name: `Cold start: spawn of node dist/index.js → first AWS call (${samples[0].firstCall})`,
      value: `${round(cold)} ms (${round(range.min)}–${round(range.max)})`,
      target: `≤ ${MAX_COLD_START_MS} ms`,
      pass: cold <= MAX_COLD_START_MS
    },
    { name: "Of which Node's own start-up (node -e 0, spawn → exit)", value: `${round(nodeStart)} ms`, target: '—', pass: null },
    { name: 'Bundle: dist/index.js', value: megabytes(statSync(ACTION_ENTRY).size), target: '—', pass: null },
    ...(existsSync(cli) ? [{ name: 'Bundle: dist/cli/index.js', value: megabytes(statSync(cli).size), target: '—', pass: null }] : []),
    { name: 'dist/ in total (incl. licenses.txt)', value: megabytes(directoryBytes(DIST_DIR)), target: '—', pass: null }
  ]
  const notes = [
    `Median of ${count} fresh processes, each spawned with the runner's INPUT_* environment against a simulator; the time runs from spawn() to the simulator receiving the first request (Node start-up, loading the ${megabytes(statSync(ACTION_ENTRY).size)} bundle, reading inputs, building the SDK clients). Samples: ${times.map((t) => `${round(t)} ms`).join(', ')}.`,
    ...(bundleIsStale() ? ['⚠️ dist/index.js is older than src/: these figures describe the last `npm run package`, not the current sources.'] : [])
  ]
  return { name: 'startup', title: '4. Start-up and size', figures, tables: [loadCostTable()], notes, data: { samples, nodeStartMs: nodeStarts, distBytes: directoryBytes(DIST_DIR), indexBytes: statSync(ACTION_ENTRY).size, stale: bundleIsStale() } }
}
