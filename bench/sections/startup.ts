/**
 * Section 4 (issue 16): how fast the bundle starts and how much of it a run loads, each beside `node -e 0`
 * spawned the same way in the same run: spawn → first AWS request, spawn → exit on a bad input, and the bytes
 * of dist/ a stable run loads (recorded by a module hook, bench/record-loaded-modules.mjs).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startSimulator } from '../../simulator/index.js'
import { parseGithubOutput, REPO_ROOT } from '../../simulator/run-action.js'
import { getScenario } from '../../simulator/scenarios/index.js'
import type { BenchOptions } from '../args.js'
import { actionIsBuilt, bundleIsStale, directoryBytes, DIST_DIR, runActionProcess, runTimedNode } from '../action-process.js'
import type { Figure, SectionResult, Table } from '../report.js'
import { median, round, spread } from '../stats.js'
import { MAX_BAD_INPUT_OVER_NODE_MS, MAX_FIRST_REQUEST_OVER_NODE_MS, MAX_STABLE_LOADED_BYTES } from '../targets.js'

const SAMPLES = 7
const QUICK_SAMPLES = 3
/** A stable deployment: what the start-up and the loaded bytes are measured on. */
const STABLE_SCENARIO = 'healthy'
/** One input the parser refuses: the step must fail before any AWS SDK is loaded. */
const BAD_INPUT = { 'timeout-minutes': 'soon' }
const RECORD_LOADED_MODULES = join(REPO_ROOT, 'bench', 'record-loaded-modules.mjs')

interface StartSample {
  /** `node -e 0`, spawn → exit. */
  nodeMs: number
  /** node dist/index.js, spawn → the simulator receiving the first request. */
  firstRequestMs: number
  firstCall: string
  /** node dist/index.js with a bad input, spawn → exit. */
  badInputMs: number
  badInputExit: number | null
  badInputLine: string
}

async function firstRequest(dir: string): Promise<{ ms: number; call: string }> {
  const sim = await startSimulator({ scenario: getScenario(STABLE_SCENARIO), clock: 'real', speed: 1 })
  // The simulator logs calls in ms since its own start; at speed 1 that start is now − simSeconds.
  const simStartMs = performance.now() - sim.simSeconds() * 1000
  try {
    const run = await runActionProcess({ sim, workDir: dir, killAfterMs: 30_000 }, (kill) => kill())
    const first = sim.callLog()[0]
    if (!first) throw new Error(`dist/index.js made no AWS call (exit ${run.exitCode}): ${run.log.slice(-500)}`)
    return { ms: simStartMs + first.realMs - run.spawnedAtMs, call: `${first.service}:${first.operation}` }
  } finally {
    await sim.close()
  }
}

/** One of each, interleaved, so a change in the machine's load hits the baseline and the action alike. */
async function sample(dir: string, index: number): Promise<StartSample> {
  const scenario = getScenario(STABLE_SCENARIO)
  const node = await runTimedNode(['-e', '0'], scenario, join(dir, `node-${index}`))
  const first = await firstRequest(join(dir, `first-${index}`))
  const bad = await runTimedNode([join(DIST_DIR, 'index.js')], scenario, join(dir, `bad-${index}`), { inputs: BAD_INPUT })
  const line = bad.output.split('\n').find((l) => l.startsWith('::error::')) ?? ''
  return { nodeMs: node.ms, firstRequestMs: first.ms, firstCall: first.call, badInputMs: bad.ms, badInputExit: bad.exitCode, badInputLine: line }
}

interface LoadedModule {
  file: string
  bytes: number
  atMs: number
}

interface StableLoad {
  verdict?: string
  exitCode: number | null
  modules: LoadedModule[]
  /** Epoch ms of the first AWS request. */
  firstRequestAtMs?: number
}

/** A whole stable run with the module hook: every file of dist/ it loaded, when, and its size. */
async function stableRunLoads(dir: string): Promise<StableLoad> {
  // The simulator's clock starts inside startSimulator() before its first await; call times are ms since then.
  const simStartedAt = performance.now()
  const sim = await startSimulator({ scenario: getScenario(STABLE_SCENARIO), clock: 'real' })
  const record = join(dir, 'loaded-modules.txt')
  try {
    const run = await runActionProcess({ sim, workDir: dir, pollIntervalSeconds: 2, killAfterMs: 120_000, nodeArgs: ['--import', RECORD_LOADED_MODULES], env: { BENCH_LOADED_MODULES_FILE: record } })
    const toEpoch = (perfMs: number) => Date.now() - performance.now() + perfMs
    const first = sim.callLog()[0]
    const modules = readFileSync(record, 'utf8')
      .split('\n')
      .filter((line) => line.includes('/dist/'))
      .map((line) => {
        const [at, url] = line.split(' ')
        const path = fileURLToPath(url)
        return { file: relative(REPO_ROOT, path), bytes: statSync(path).size, atMs: Number(at) }
      })
    const outputs = parseGithubOutput(readFileSync(join(dir, 'github-output.txt'), 'utf8'))
    return { verdict: outputs.verdict, exitCode: run.exitCode, modules, firstRequestAtMs: first ? toEpoch(simStartedAt + first.realMs) : undefined }
  } finally {
    await sim.close()
  }
}

/** The packages the action bundles; what each costs to load in a fresh Node process explains the figures. */
const BUNDLED_PACKAGES = [
  '@actions/core',
  '@actions/github',
  ...['ecs', 'ec2', 'iam', 'cloudwatch-logs', 'ecr', 'elastic-load-balancing-v2', 'secrets-manager', 'ssm', 'cloudwatch', 'codedeploy', 'efs'].map((c) => `@aws-sdk/client-${c}`)
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
  return {
    caption: 'What loading each package costs unbundled (import() from node_modules in a fresh Node process): time, and the process RSS afterwards. A stable run loads only @actions/core and the ECS client of these.',
    header: ['Package', 'Load time', 'RSS after load'],
    rows: [bare, ...each].map((c) => [c.module, `${round(c.ms)} ms`, `${round(c.rssMb)} MB`])
  }
}

function megabytes(bytes: number): string {
  return `${round(bytes / 1_048_576, 2)} MB`
}

const sum = (modules: LoadedModule[]) => modules.reduce((total, m) => total + m.bytes, 0)

function missing(): SectionResult {
  const figure = { name: 'Start-up', value: 'dist/index.js is missing: run npm run package', target: `≤ node + ${MAX_FIRST_REQUEST_OVER_NODE_MS} ms`, pass: false }
  return { name: 'startup', title: '4. Start-up and size', figures: [figure], tables: [], notes: [], data: {} }
}

export async function startupSection(options: BenchOptions, progress: (m: string) => void): Promise<SectionResult> {
  if (!actionIsBuilt()) return missing()
  const count = options.quick ? QUICK_SAMPLES : SAMPLES
  progress(`  start-up: ${count} × (node -e 0, node dist/index.js to its first AWS request, node dist/index.js on a bad input)`)
  const dir = mkdtempSync(join(tmpdir(), 'bench-start-'))
  const samples: StartSample[] = []
  let load: StableLoad
  try {
    for (let i = 0; i < count; i++) samples.push(await sample(dir, i))
    progress(`  what a stable run (${STABLE_SCENARIO}) loads from dist/`)
    load = await stableRunLoads(join(dir, 'loads'))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const node = median(samples.map((s) => s.nodeMs))
  const first = median(samples.map((s) => s.firstRequestMs))
  const bad = median(samples.map((s) => s.badInputMs))
  const overFirst = median(samples.map((s) => s.firstRequestMs - s.nodeMs))
  const overBad = median(samples.map((s) => s.badInputMs - s.nodeMs))
  const loaded = sum(load.modules)
  const beforeFirst = load.firstRequestAtMs === undefined ? [] : load.modules.filter((m) => m.atMs <= (load.firstRequestAtMs as number))
  const badExits = samples.every((s) => s.badInputExit === 1 && s.badInputLine.includes("Input 'timeout-minutes'"))
  const range = (values: number[]) => {
    const r = spread(values)
    return `${round(r.min)}–${round(r.max)}`
  }
  const figures: Figure[] = [
    {
      name: `Spawn → first AWS request (${samples[0].firstCall}), over node -e 0 spawned the same way`,
      value: `+${round(overFirst)} ms (${round(first)} ms vs ${round(node)} ms; ${round(first / node, 2)}×)`,
      target: `≤ +${MAX_FIRST_REQUEST_OVER_NODE_MS} ms`,
      pass: overFirst <= MAX_FIRST_REQUEST_OVER_NODE_MS
    },
    {
      name: `Spawn → exit on a bad input (timeout-minutes: '${BAD_INPUT['timeout-minutes']}'), over node -e 0`,
      value: `+${round(overBad)} ms (${round(bad)} ms; ${round(bad / node, 2)}×)${badExits ? '' : ' — did not fail naming the input'}`,
      target: `≤ +${MAX_BAD_INPUT_OVER_NODE_MS} ms`,
      pass: badExits && overBad <= MAX_BAD_INPUT_OVER_NODE_MS
    },
    {
      name: `What a stable run (${STABLE_SCENARIO}, verdict ${load.verdict ?? 'none'}) loads from dist/`,
      value: `${megabytes(loaded)} in ${load.modules.length} files (of ${megabytes(directoryBytes(DIST_DIR))})`,
      target: `≤ ${megabytes(MAX_STABLE_LOADED_BYTES)}`,
      pass: load.verdict === 'stable' && loaded <= MAX_STABLE_LOADED_BYTES
    },
    { name: 'Of which loaded before its first AWS request', value: load.firstRequestAtMs === undefined ? 'not measured' : `${megabytes(sum(beforeFirst))} in ${beforeFirst.length} files`, target: '—', pass: null },
    { name: 'Entry files: dist/index.js, dist/cli/index.js, dist/preflight/index.js (the rest is shared chunks)', value: ['index.js', 'cli/index.js', 'preflight/index.js'].map((f) => `${round(statSync(join(DIST_DIR, f)).size / 1024, 1)} KB`).join(', '), target: '—', pass: null }
  ]
  const notes = [
    `Median of ${count} rounds, each spawning \`node -e 0\`, then \`node dist/index.js\` against a simulator (time from spawn() to the simulator receiving the first request), then \`node dist/index.js\` with a bad input (spawn() to exit), all with the runner's INPUT_* environment and piped output. Differences are per round, then the median. node -e 0: ${range(samples.map((s) => s.nodeMs))} ms; first request: ${range(samples.map((s) => s.firstRequestMs))} ms; bad input: ${range(samples.map((s) => s.badInputMs))} ms.`,
    `Loaded files are recorded by a module hook (\`node --import bench/record-loaded-modules.mjs\`) over a whole stable run (exit ${load.exitCode}), and sized on disk.`,
    ...(bundleIsStale() ? ['⚠️ dist/index.js is older than src/: these figures describe the last `npm run package`, not the current sources.'] : [])
  ]
  const loadedTable: Table = {
    caption: 'The files of dist/ a stable run loads, in load order.',
    header: ['File', 'Size', 'Before the first AWS request'],
    rows: load.modules.map((m) => [m.file, `${round(m.bytes / 1024, 1)} KB`, beforeFirst.includes(m) ? 'yes' : ''])
  }
  return {
    name: 'startup',
    title: '4. Start-up and size',
    figures,
    tables: [loadedTable, loadCostTable()],
    notes,
    data: { samples, loadedModules: load.modules, firstRequestAtMs: load.firstRequestAtMs, distBytes: directoryBytes(DIST_DIR), stale: bundleIsStale() }
  }
}
