/**
 * `ecs-deploy-doctor watch` through the bundle (dist/cli/index.js) against the simulator: exit codes,
 * --json, the plain progress lines off a terminal; and once in-process on a (fake) terminal for the
 * live view.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../src/cli/main.js'
import type { WatchJson } from '../../src/cli/json.js'
import type { Evidence } from '../../src/evidence/schema.js'
import { getScenario, startSimulator, type Faults, type RunningSimulator } from '../../simulator/index.js'
import { REPO_ROOT } from '../../simulator/run-action.js'

const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js')
/** The cursor-up and clear-line sequences in front of a redrawn line. */
// eslint-disable-next-line no-control-regex
const CURSOR_MOVES = /^(\u001b\[\d+A)?\r\u001b\[2K/
// dist/ is committed: a missing bundle fails the suite rather than skipping it.
if (!existsSync(CLI)) throw new Error(`${CLI} does not exist: run npm run package first`)

interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

const simulators: RunningSimulator[] = []
afterAll(async () => {
  await Promise.all(simulators.map((s) => s.close()))
})

async function simulator(name: string, faults?: Faults): Promise<RunningSimulator> {
  const sim = await startSimulator({ scenario: name, faults })
  simulators.push(sim)
  return sim
}

function awsEnv(sim: RunningSimulator): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    AWS_ENDPOINT_URL: sim.url,
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_REGION: 'eu-west-1',
    AWS_EC2_METADATA_DISABLED: 'true'
  }
}

function cli(args: string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

function watchArgs(name: string, extra: string[] = []): string[] {
  const { action } = getScenario(name)
  return ['watch', '--cluster', action.cluster, '--service', action.service, '--poll-interval-seconds', '2', '--timeout-minutes', '5', ...extra]
}

describe('ecs-deploy-doctor watch (dist/cli/index.js)', () => {
  test('off a terminal: plain progress lines on stderr, the verdict on stdout, exit 0 when stable', async () => {
    const sim = await simulator('healthy')
    const run = await cli(watchArgs('healthy'), awsEnv(sim))
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/^Following ecs-svc\/\d+ of api \(api:42\), timeout 5m 00s, polling every 2s$/m)
    expect(run.stderr).toMatch(/^api ecs-svc\/\d+: 2\/2 running, COMPLETED$/m)
    expect(run.stderr).not.toContain('\u001b[')
    expect(run.stdout).toMatch(/^Verdict: stable\necs-svc\/\d+ is the only deployment with 2\/2 tasks running \(COMPLETED\)\n$/)
  }, 60_000)

  test('--json: one JSON document with every service, nothing else on stdout; exit 1 when one fails; diagnose reads its --evidence-out', async () => {
    const sim = await simulator('multi-two-one-failing')
    const evidenceOut = join(mkdtempSync(join(tmpdir(), 'cli-multi-')), 'evidence.json')
    const run = await cli(watchArgs('multi-two-one-failing', ['--json', '--evidence-out', evidenceOut]), awsEnv(sim))
    expect(run.code).toBe(1)
    const result = JSON.parse(run.stdout) as WatchJson
    expect(result.verdict).toBe('failed')
    expect(result.services.map((s) => [s.service, s.verdict, s.rootCause?.code ?? null, s.rollback])).toEqual([
      ['api', 'stable', null, null],
      ['worker', 'failed', 'missing-configuration', null]
    ])
    const worker = result.services[1]
    expect(worker.deploymentId).toMatch(/^ecs-svc\/\d+$/)
    expect(worker.rootCause).toMatchObject({ title: 'worker exits at start-up: QUEUE_URL is not set', confidence: 'high' })
    expect(worker.findings[0]).toBe('missing-configuration')
    expect(worker.reason).toMatch(/^2 tasks of ecs-svc\/\d+ stopped with the same failure/)
    expect(run.stderr).toMatch(/^\[worker\] Verdict: failed/m)
    const written = JSON.parse(readFileSync(evidenceOut, 'utf8')) as Evidence[]
    expect(written.map((e) => [e.schemaVersion, e.serviceName, e.deploymentId, e.watch?.verdict])).toEqual([
      [1, 'api', result.services[0].deploymentId, 'stable'],
      [1, 'worker', worker.deploymentId, 'failed']
    ])
    expect(written[1].watch?.reason).toBe(worker.reason)
    expect(written[1].tasks?.some((t) => t.lastStatus === 'STOPPED' && t.startedBy === worker.deploymentId)).toBe(true)
    expect(written[1].logs?.flatMap((l) => l.lines).some((line) => line.includes('QUEUE_URL'))).toBe(true)
    const offline = await cli(['diagnose', '--evidence', evidenceOut, '--format', 'json'], awsEnv(sim))
    expect(offline.code).toBe(0)
    expect((JSON.parse(offline.stdout) as { rootCause: { code: string } | null }[]).map((d) => d.rootCause?.code ?? null)).toEqual([null, 'missing-configuration'])
  }, 60_000)

  test('--on-failure rollback: the rollback is in the result', async () => {
    const sim = await simulator('rollback-permitted')
    const run = await cli(watchArgs('rollback-permitted', ['--on-failure', 'rollback', '--json']), awsEnv(sim))
    expect(run.code).toBe(1)
    const [api] = (JSON.parse(run.stdout) as WatchJson).services
    expect(api.rollback).toMatchObject({
      status: 'rolled-back',
      changedBy: 'ecs:StopServiceDeployment',
      fromTaskDefinition: 'api:42',
      toTaskDefinition: 'api:41',
      verdict: 'stable',
      missingPermissions: []
    })
  }, 60_000)

  test('text output names a refused rollback and the command to do it by hand', async () => {
    const sim = await simulator('rollback-denied')
    const run = await cli(watchArgs('rollback-denied', ['--on-failure', 'rollback']), awsEnv(sim))
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('Root cause: app-exit-error (high confidence)')
    expect(run.stdout).toContain('Not rolled back: The role lacks ecs:StopServiceDeployment and ecs:UpdateService; the service was left as it is.')
    expect(run.stdout).toMatch(/^ {2}aws ecs stop-service-deployment --service-deployment-arn arn:aws:ecs:eu-west-1:123456789012:service-deployment\/prod\/api\/\S+ --stop-type ROLLBACK --region eu-west-1$/m)
  }, 60_000)

  test.each([
    [['--on-failure', 'sometimes'], "ecs-deploy-doctor: --on-failure must be 'report' or 'rollback' (got 'sometimes')"],
    [['--service', 'api,api'], "ecs-deploy-doctor: --service names 'api' twice"],
    [['--json=yes'], 'ecs-deploy-doctor: Option \'--json\' does not take an argument']
  ])('bad input %j exits 2 with one line naming it', async (extra, message) => {
    const run = await cli(['watch', '--cluster', 'prod', '--service', 'api', '--region', 'eu-west-1', ...extra], { PATH: process.env.PATH ?? '' })
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n')[0]).toBe(message)
    expect(run.stdout).toBe('')
  })
})

describe('on a terminal', () => {
  test('a live view redrawn in place, then the diagnosis', async () => {
    const sim = await simulator('multi-two-one-failing')
    Object.assign(process.env, awsEnv(sim))
    const frames: string[] = []
    const terminal = Object.assign(
      {
        isTTY: true,
        columns: 100,
        write: (chunk: string) => {
          frames.push(chunk)
          return true
        }
      },
      {}
    ) as unknown as NodeJS.WritableStream & { isTTY: boolean; columns: number }
    let stdout = ''
    const out = { write: (chunk: string) => ((stdout += chunk), true) } as unknown as NodeJS.WritableStream
    const code = await main(watchArgs('multi-two-one-failing'), out, terminal)
    expect(code).toBe(1)
    const screen = frames.join('')
    expect(screen).toContain('\u001b[2A\r\u001b[2K')
    expect(screen).not.toContain('Following ')
    const lastFrame = frames
      .at(-1)
      ?.split('\n')
      .filter(Boolean)
      .map((line) => line.replace(CURSOR_MOVES, ''))
    expect(lastFrame?.[0]).toMatch(/^✔ api {5}stable · 2\/2 running · COMPLETED · \d+s/)
    expect(lastFrame?.[1]).toMatch(/^✖ worker {2}failed · [01]\/1 running · \d+ stopped · IN_PROGRESS · \d+s/)
    for (const line of lastFrame ?? []) expect(Array.from(line).length).toBeLessThan(100)
    expect(stdout).toMatch(/^\n== api ==\nVerdict: stable\n/)
    expect(stdout).toContain('\n== worker ==\nVerdict: failed\nRoot cause: missing-configuration (high confidence)\n')
  }, 60_000)
})
