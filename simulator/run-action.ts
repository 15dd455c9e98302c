/**
 * Runs the bundled action (dist/index.js) the way a GitHub runner does: inputs as INPUT_* variables, outputs
 * and the job summary written to the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, AWS pointed at the simulator.
 * Used by `npm run demo` and the e2e tests.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Scenario } from './types.js'

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..')
export const ACTION_ENTRY = join(REPO_ROOT, 'dist', 'index.js')

export interface ActionRun {
  exitCode: number | null
  outputs: Record<string, string>
  summary: string
  summaryPath: string
  outputPath: string
  /** Captured log (empty when streamed to the terminal). */
  log: string
}

export interface RunActionOptions {
  scenario: Scenario
  endpointUrl: string
  /** Directory for the GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files (created if needed). */
  workDir: string
  pollIntervalSeconds?: number
  /** Stream the action's log to this process's stdout/stderr instead of capturing it. */
  streamLog?: boolean
  /** Kill the action after this many real ms (default: its own timeout plus two minutes). */
  killAfterMs?: number
  /** Script to run instead of dist/index.js (tests of this harness). */
  entry?: string
  /** Post the PR comment to this GitHub API (a fake on loopback); without it comment-on-pr is false. */
  github?: GitHubRun
  /** Inputs that replace the scenario's (e.g. a service ARN), by input name. */
  inputs?: Record<string, string>
  /** More environment variables for the action (e.g. HTTPS_PROXY on a self-hosted runner). */
  env?: Record<string, string>
  /** Send `signal` to the action once its log matches `when`, as a runner cancels a step at its timeout-minutes. */
  interrupt?: { when: RegExp; signal: NodeJS.Signals }
}

/** The GitHub side of a run: where the API is, the token, the event that started the workflow, and the step. */
export interface GitHubRun {
  apiUrl: string
  token: string
  eventName: 'pull_request' | 'push'
  /** The webhook payload (GITHUB_EVENT_PATH), e.g. { pull_request: { number: 12 } }. */
  payload: Record<string, unknown>
  sha?: string
  /** GITHUB_WORKFLOW, GITHUB_JOB and GITHUB_ACTION of the step. */
  step?: { workflow: string; job: string; action: string }
}

function gitHubEnv(github: GitHubRun | undefined, workDir: string): Record<string, string> {
  if (!github) return { GITHUB_EVENT_NAME: 'push' }
  const eventPath = join(workDir, 'event.json')
  writeFileSync(eventPath, JSON.stringify(github.payload))
  const step = github.step ?? { workflow: 'Deploy', job: 'deploy', action: 'doctor' }
  return {
    GITHUB_API_URL: github.apiUrl,
    GITHUB_GRAPHQL_URL: `${github.apiUrl}/graphql`,
    GITHUB_EVENT_NAME: github.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKFLOW: step.workflow,
    GITHUB_JOB: step.job,
    GITHUB_ACTION: step.action,
    ...(github.sha ? { GITHUB_SHA: github.sha } : {})
  }
}

/** Inputs keep their dashes: INPUT_TIMEOUT-MINUTES, as @actions/core reads them. */
export function actionEnv(options: RunActionOptions, files: { output: string; summary: string }): Record<string, string> {
  const { scenario } = options
  const inputs: Record<string, string> = {
    cluster: scenario.action.cluster,
    service: scenario.action.service,
    region: scenario.action.region,
    'timeout-minutes': String(scenario.action.timeoutMinutes ?? 5),
    'poll-interval-seconds': String(options.pollIntervalSeconds ?? 2),
    'comment-on-pr': options.github ? 'true' : 'false',
    'github-token': options.github?.token ?? ''
  }
  if (scenario.action.maxFailedTasks !== undefined) inputs['max-failed-tasks'] = String(scenario.action.maxFailedTasks)
  if (scenario.action.deploymentId !== undefined) inputs['deployment-id'] = scenario.action.deploymentId
  if (scenario.action.onFailure !== undefined) inputs['on-failure'] = scenario.action.onFailure
  if (scenario.action.codeDeployDeploymentId !== undefined) inputs['codedeploy-deployment-id'] = scenario.action.codeDeployDeploymentId
  Object.assign(inputs, options.inputs)
  const env: Record<string, string> = {}
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SYSTEMROOT']) {
    const value = process.env[key]
    if (value !== undefined) env[key] = value
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return {
    ...env,
    AWS_ENDPOINT_URL: options.endpointUrl,
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_REGION: scenario.action.region,
    AWS_DEFAULT_REGION: scenario.action.region,
    AWS_EC2_METADATA_DISABLED: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: 'acme/api',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    ...gitHubEnv(options.github, options.workDir),
    ...options.env
  }
}

/** Parses the file @actions/core writes outputs to: `name<<ghadelimiter_UUID\nvalue\nghadelimiter_UUID`. */
export function parseGithubOutput(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const end = lines.indexOf(delimiter, i + 1)
      if (end < 0) break
      outputs[name] = lines.slice(i + 1, end).join('\n')
      i = end
      continue
    }
    const simple = /^([^=]+)=(.*)$/.exec(lines[i])
    if (simple) outputs[simple[1]] = simple[2]
  }
  return outputs
}

export function runAction(options: RunActionOptions): Promise<ActionRun> {
  mkdirSync(options.workDir, { recursive: true })
  const outputPath = join(options.workDir, 'github-output.txt')
  const summaryPath = join(options.workDir, 'job-summary.md')
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const env = actionEnv(options, { output: outputPath, summary: summaryPath })
  const killAfterMs = options.killAfterMs ?? ((options.scenario.action.timeoutMinutes ?? 5) + 2) * 60_000
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [options.entry ?? ACTION_ENTRY], {
      cwd: REPO_ROOT,
      env,
      stdio: options.streamLog ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe']
    })
    let log = ''
    let interrupted = false
    const record = (chunk: Buffer) => {
      log += chunk.toString()
      if (options.interrupt && !interrupted && options.interrupt.when.test(log)) {
        interrupted = true
        child.kill(options.interrupt.signal)
      }
    }
    child.stdout?.on('data', record)
    child.stderr?.on('data', record)
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (exitCode) => {
      clearTimeout(timer)
      resolvePromise({
        exitCode,
        outputs: parseGithubOutput(readFileSync(outputPath, 'utf8')),
        summary: readFileSync(summaryPath, 'utf8'),
        summaryPath,
        outputPath,
        log
      })
    })
  })
}

export function actionIsBuilt(): boolean {
  return existsSync(ACTION_ENTRY)
}
