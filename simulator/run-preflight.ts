/**
 * Runs the bundled preflight action (dist/preflight/index.js) the way a GitHub runner does, against the
 * simulator: inputs as INPUT_* variables, outputs and the job summary in GITHUB_OUTPUT / GITHUB_STEP_SUMMARY
 * files. The task definition to check is a scenario's new one, registered (its ARN) or written to a file
 * the way aws-actions/amazon-ecs-render-task-definition writes it.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseGithubOutput, REPO_ROOT } from './run-action.js'
import { newTaskDefinition } from './scenarios/base-world.js'
import type { Scenario } from './types.js'

export const PREFLIGHT_ENTRY = join(REPO_ROOT, 'dist', 'preflight', 'index.js')
export const CLI_ENTRY = join(REPO_ROOT, 'dist', 'cli', 'index.js')

export interface PreflightRun {
  exitCode: number | null
  outputs: Record<string, string>
  summary: string
  /** The action's log, or the CLI's stderr. */
  log: string
  /** The CLI's stdout. */
  stdout: string
}

export interface PreflightRunOptions {
  scenario: Scenario
  endpointUrl: string
  workDir: string
  /** 'registered' passes the new revision's ARN; 'file' writes it to a file first. */
  taskDefinition: 'registered' | 'file'
  /** More inputs (fail-on, ...) by name. */
  inputs?: Record<string, string>
  killAfterMs?: number
}

const REGISTRATION_ONLY = ['taskDefinitionArn', 'revision', 'status', 'requiresAttributes', 'compatibilities', 'registeredAt', 'registeredBy', 'deregisteredAt']

/** The scenario's new task definition as a rendered file: the registration input, without what ECS adds on registering. */
export function writeRenderedTaskDefinition(scenario: Scenario, path: string): string {
  const registered = newTaskDefinition(scenario.world) as Record<string, unknown>
  const rendered = Object.fromEntries(Object.entries(registered).filter(([key]) => !REGISTRATION_ONLY.includes(key)))
  writeFileSync(path, `${JSON.stringify(rendered, null, 2)}\n`)
  return path
}

function taskDefinitionInput(options: PreflightRunOptions): string {
  if (options.taskDefinition === 'registered') return newTaskDefinition(options.scenario.world).taskDefinitionArn ?? ''
  return writeRenderedTaskDefinition(options.scenario, join(options.workDir, 'task-definition.json'))
}

function baseEnv(endpointUrl: string, region: string): Record<string, string> {
  const env: Record<string, string> = {}
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SYSTEMROOT']) {
    const value = process.env[key]
    if (value !== undefined) env[key] = value
  }
  return {
    ...env,
    AWS_ENDPOINT_URL: endpointUrl,
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
    AWS_EC2_METADATA_DISABLED: 'true'
  }
}

function spawnNode(entry: string, args: string[], env: Record<string, string>, killAfterMs: number): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [entry, ...args], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (exitCode) => {
      clearTimeout(timer)
      resolvePromise({ exitCode, stdout, stderr })
    })
  })
}

/** The preflight action, as a runner runs it. */
export async function runPreflightAction(options: PreflightRunOptions): Promise<PreflightRun> {
  mkdirSync(options.workDir, { recursive: true })
  const outputPath = join(options.workDir, 'github-output.txt')
  const summaryPath = join(options.workDir, 'job-summary.md')
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const { action } = options.scenario
  const inputs: Record<string, string> = {
    cluster: action.cluster,
    service: action.service.split(',')[0],
    region: action.region,
    'task-definition': taskDefinitionInput(options),
    'comment-on-pr': 'false',
    'github-token': '',
    ...options.inputs
  }
  const env: Record<string, string> = {
    ...baseEnv(options.endpointUrl, action.region),
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: 'acme/api',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    RUNNER_TEMP: options.workDir
  }
  const run = await spawnNode(PREFLIGHT_ENTRY, [], env, options.killAfterMs ?? 120_000)
  return {
    exitCode: run.exitCode,
    outputs: parseGithubOutput(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    log: run.stdout + run.stderr,
    stdout: ''
  }
}

/** `ecs-deploy-doctor preflight` from the bundled CLI. */
export async function runPreflightCli(options: PreflightRunOptions & { args?: string[] }): Promise<PreflightRun> {
  mkdirSync(options.workDir, { recursive: true })
  const { action } = options.scenario
  const args = ['preflight', '--cluster', action.cluster, '--service', action.service.split(',')[0], '--region', action.region, '--task-definition', taskDefinitionInput(options), ...(options.args ?? [])]
  const run = await spawnNode(CLI_ENTRY, args, baseEnv(options.endpointUrl, action.region), options.killAfterMs ?? 120_000)
  return { exitCode: run.exitCode, outputs: {}, summary: '', log: run.stderr, stdout: run.stdout }
}

export function preflightIsBuilt(): boolean {
  return existsSync(PREFLIGHT_ENTRY) && existsSync(CLI_ENTRY)
}
