/**
 * Runs the bundled action (dist/index.js) in its own process, as a runner does (simulator/run-action.ts's
 * environment), and timestamps what the bench needs: the first output, the verdict line, the job summary
 * being written, the exit, and the child's peak RSS.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RunningSimulator } from '../simulator/index.js'
import type { Scenario } from '../simulator/types.js'
import { ACTION_ENTRY, actionEnv, REPO_ROOT } from '../simulator/run-action.js'

export const DIST_DIR = join(REPO_ROOT, 'dist')
export const SRC_DIR = join(REPO_ROOT, 'src')
const TIME_BINARY = '/usr/bin/time'
const MAX_RSS_HOOK = join(REPO_ROOT, 'bench', 'report-max-rss.mjs')

export interface ActionProcessOptions {
  sim: RunningSimulator
  workDir: string
  pollIntervalSeconds?: number
  /** Measure the child's peak RSS (with /usr/bin/time -v when installed, else a --import exit hook). */
  measureRss?: boolean
  /** Kill the child after this many real ms. */
  killAfterMs: number
  /** Node options before the entry, e.g. ['--import', hook]. */
  nodeArgs?: string[]
  /** More environment variables. */
  env?: Record<string, string>
}

export interface ActionProcessRun {
  exitCode: number | null
  /** performance.now() timestamps in this process. */
  spawnedAtMs: number
  verdictAtMs?: number
  /** The job summary first held the final report (the in-progress summary, written from the start, does not count). */
  summaryWrittenAtMs?: number
  exitedAtMs: number
  peakRssKb?: number
  rssMethod?: string
  summaryPath: string
  log: string
}

export function actionIsBuilt(): boolean {
  return existsSync(ACTION_ENTRY)
}

function newestMtimeMs(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtimeMs(path) : statSync(path).mtimeMs)
  }
  return newest
}

/** A fresh clone writes dist/ and src/ within moments of each other, in either order. */
const CHECKOUT_TOLERANCE_MS = 10_000

/** dist/index.js clearly older than the newest file under src/: the figures describe an outdated bundle. */
export function bundleIsStale(): boolean {
  return actionIsBuilt() && statSync(ACTION_ENTRY).mtimeMs + CHECKOUT_TOLERANCE_MS < newestMtimeMs(SRC_DIR)
}

export function directoryBytes(dir: string): number {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    total += entry.isDirectory() ? directoryBytes(path) : statSync(path).size
  }
  return total
}

/** `node ...args`, measuring the peak RSS when asked: the same way for the action and for `node -e 0`. */
function command(args: string[], measureRss: boolean): { file: string; args: string[]; method?: string } {
  if (!measureRss) return { file: process.execPath, args }
  if (existsSync(TIME_BINARY)) return { file: TIME_BINARY, args: ['-v', process.execPath, ...args], method: '/usr/bin/time -v' }
  return { file: process.execPath, args: ['--import', MAX_RSS_HOOK, ...args], method: 'process.resourceUsage().maxRSS at exit' }
}

/** Written at the top of the job summary until the final report replaces it (src/report/progress.ts). */
const IN_PROGRESS = 'This summary is replaced as each service reaches a verdict'

/** The job summary file holds the final report: not empty, and no longer the in-progress summary. */
function finalSummaryWritten(path: string, last: { size: number }): boolean {
  const size = statSync(path).size
  if (size === 0 || size === last.size) return false
  last.size = size
  return !readFileSync(path, 'utf8').includes(IN_PROGRESS)
}

export interface TimedNodeRun {
  exitCode: number | null
  /** spawn() → the child's exit, in ms. */
  ms: number
  peakRssKb?: number
  output: string
}

/**
 * `node ...args` spawned the way the bench spawns the action (the runner's environment for `scenario`'s
 * inputs, piped output), timed from spawn() to exit: the baseline `node -e 0`, and the action on a bad input.
 */
export function runTimedNode(args: string[], scenario: Scenario, workDir: string, options: { inputs?: Record<string, string>; measureRss?: boolean } = {}): Promise<TimedNodeRun> {
  mkdirSync(workDir, { recursive: true })
  const output = join(workDir, 'github-output.txt')
  const summary = join(workDir, 'job-summary.md')
  writeFileSync(output, '')
  writeFileSync(summary, '')
  // A closed loopback port: a bad input must fail before any AWS call, and nothing may leave the machine.
  const env = { ...actionEnv({ scenario, endpointUrl: 'http://127.0.0.1:9', workDir, inputs: options.inputs }, { output, summary }), RUNNER_TEMP: workDir }
  const { file, args: argv } = command(args, options.measureRss ?? false)
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(file, argv, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let log = ''
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (exitCode) => {
      clearTimeout(timer)
      resolve({ exitCode, ms: performance.now() - started, peakRssKb: peakRssKb(log), output: log })
    })
  })
}

function peakRssKb(log: string): number | undefined {
  const found = /Maximum resident set size \(kbytes\): (\d+)/.exec(log) ?? /bench-max-rss-kb: (\d+)/.exec(log)
  return found ? Number(found[1]) : undefined
}

export function runActionProcess(options: ActionProcessOptions, onFirstCall?: (kill: () => void) => void): Promise<ActionProcessRun> {
  mkdirSync(options.workDir, { recursive: true })
  const output = join(options.workDir, 'github-output.txt')
  const summaryPath = join(options.workDir, 'job-summary.md')
  writeFileSync(output, '')
  writeFileSync(summaryPath, '')
  const env = {
    ...actionEnv({ scenario: options.sim.scenario, endpointUrl: options.sim.url, workDir: options.workDir, pollIntervalSeconds: options.pollIntervalSeconds }, { output, summary: summaryPath }),
    RUNNER_TEMP: options.workDir,
    ...options.env
  }
  const { file, args, method } = command([...(options.nodeArgs ?? []), ACTION_ENTRY], options.measureRss ?? false)
  return new Promise((resolve, reject) => {
    const spawnedAtMs = performance.now()
    const child = spawn(file, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let log = ''
    let verdictAtMs: number | undefined
    let summaryWrittenAtMs: number | undefined
    const kill = () => child.kill('SIGKILL')
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString()
      if (verdictAtMs === undefined && /(^|\n)(\[[^\]]+\] )?Verdict: /.test(text)) verdictAtMs = performance.now()
      log += text
    })
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
    let calls = 0
    const summarySeen = { size: 0 }
    const watcher = setInterval(() => {
      if (summaryWrittenAtMs === undefined && finalSummaryWritten(summaryPath, summarySeen)) summaryWrittenAtMs = performance.now()
      if (onFirstCall && calls === 0 && options.sim.callLog().length > 0) {
        calls = 1
        onFirstCall(kill)
      }
    }, 1)
    const timer = setTimeout(kill, options.killAfterMs)
    child.on('error', (error) => {
      clearInterval(watcher)
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (exitCode) => {
      const exitedAtMs = performance.now()
      clearInterval(watcher)
      clearTimeout(timer)
      if (summaryWrittenAtMs === undefined && finalSummaryWritten(summaryPath, summarySeen)) summaryWrittenAtMs = exitedAtMs
      resolve({ exitCode, spawnedAtMs, verdictAtMs, summaryWrittenAtMs, exitedAtMs, peakRssKb: peakRssKb(log), rssMethod: method, summaryPath, log })
    })
  })
}
