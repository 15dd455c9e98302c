/**
 * Runs the bundled action (dist/index.js) or CLI (dist/cli/index.js) as a runner or a terminal would,
 * with any INPUT_* values, and measures how long it ran. ECS_DEPLOY_DOCTOR_DIST points at another
 * bundle directory (e.g. a fresh `npm run package` of another working copy) to run these tests against it.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Scenario } from '../../simulator/index.js'
import { actionEnv, parseGithubOutput, REPO_ROOT } from '../../simulator/run-action.js'

export const DIST = process.env.ECS_DEPLOY_DOCTOR_DIST ?? join(REPO_ROOT, 'dist')
export const ACTION = join(DIST, 'index.js')
export const CLI = join(DIST, 'cli', 'index.js')
export const distIsBuilt = (): boolean => existsSync(ACTION) && existsSync(CLI)

export interface DistRun {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  realSeconds: number
}

function spawnNode(entry: string, args: string[], env: Record<string, string>, killAfterMs: number): Promise<Omit<DistRun, 'outputs' | 'summary'>> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs)
    child.on('error', reject)
    child.on('close', (exitCode) => {
      clearTimeout(timer)
      resolve({ exitCode, stdout, stderr, realSeconds: (performance.now() - started) / 1000 })
    })
  })
}

/** The action, inputs as the runner passes them (INPUT_NAME, '' = not set); AWS pointed at `endpointUrl`. */
export async function runActionWith(
  scenario: Scenario,
  endpointUrl: string,
  inputs: Record<string, string>,
  killAfterMs = 300_000,
  envOverrides: Record<string, string> = {}
): Promise<DistRun> {
  const dir = mkdtempSync(join(tmpdir(), 'ecs-deploy-doctor-dist-'))
  try {
    const files = { output: join(dir, 'output.txt'), summary: join(dir, 'summary.md') }
    writeFileSync(files.output, '')
    writeFileSync(files.summary, '')
    const env: Record<string, string> = { ...actionEnv({ scenario, endpointUrl, workDir: dir }, files), RUNNER_TEMP: dir }
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
    Object.assign(env, envOverrides)
    const run = await spawnNode(ACTION, [], env, killAfterMs)
    return { ...run, outputs: parseGithubOutput(readFileSync(files.output, 'utf8')), summary: readFileSync(files.summary, 'utf8') }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The CLI with `args`, no AWS reachable (a closed loopback port). */
export async function runCli(args: string[], killAfterMs = 60_000): Promise<DistRun> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', AWS_ENDPOINT_URL: 'http://127.0.0.1:9', AWS_EC2_METADATA_DISABLED: 'true' }
  const run = await spawnNode(CLI, args, env, killAfterMs)
  return { ...run, outputs: {}, summary: '' }
}

/** Lines a runner shows as errors (::error ...::message), with %0A etc. decoded. */
export function errorLines(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('::error'))
    .map((line) => line.replace(/^::error[^:]*::/, '').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'))
}

/** What looks like a JavaScript stack frame. */
export const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(node:)/m
