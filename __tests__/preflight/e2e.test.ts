/**
 * End to end: the bundled preflight action (dist/preflight/index.js), run as a GitHub runner runs it on
 * the rendered task definition file, and `ecs-deploy-doctor preflight` from the bundled CLI on the
 * registered revision, against the simulator for every scenario. What the step outputs, writes to the job
 * summary and exits with must match the scenario; every `aws` command printed must be a valid one.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Fix } from '../../src/diagnose/types.js'
import { getScenario, scenarios, startSimulator, type Scenario } from '../../simulator/index.js'
import { preflightIsBuilt, runPreflightAction, runPreflightCli, type PreflightRun, type PreflightRunOptions } from '../../simulator/run-preflight.js'
import { rejected } from '../diagnose/aws-cli.js'
import { pool } from '../hardening/engine.js'
import { CONFIGURATION_SCENARIOS, WARNING_SCENARIOS } from './engine.js'

interface Runs {
  action: PreflightRun
  /** The CLI runs on the scenarios whose result says something: configuration, warnings, healthy. */
  cli?: PreflightRun
}

interface CliJson {
  result: string
  rootCause: string | null
  findings: { code: string; fixes: Fix[] }[]
  checks: { status: string }[]
}

let workRoot = ''

const withCli = (s: Scenario) => CONFIGURATION_SCENARIOS.includes(s.name) || WARNING_SCENARIOS.includes(s.name) || s.expect.verdict === 'stable'

async function play(scenario: Scenario, mode: PreflightRunOptions['taskDefinition'], run: typeof runPreflightAction, extra: Partial<PreflightRunOptions> & { args?: string[] } = {}): Promise<PreflightRun> {
  const sim = await startSimulator({ scenario, clock: 'manual' })
  try {
    return await run({ scenario, endpointUrl: sim.url, workDir: join(workRoot, `${scenario.name}-${mode}-${run.name}`), taskDefinition: mode, ...extra })
  } finally {
    await sim.close()
  }
}

const built = preflightIsBuilt()
if (!built) console.warn('preflight e2e skipped: dist/preflight/index.js or dist/cli/index.js does not exist (run npm run package first)')
const describeIfBuilt = built ? describe : describe.skip

describeIfBuilt('the bundled preflight action and CLI on every scenario', () => {
  const runs = new Map<string, Runs>()

  beforeAll(async () => {
    workRoot = mkdtempSync(join(tmpdir(), 'preflight-e2e-'))
    const results = await pool(scenarios, 8, async (scenario) => ({
      name: scenario.name,
      action: await play(scenario, 'file', runPreflightAction),
      ...(withCli(scenario) ? { cli: await play(scenario, 'registered', runPreflightCli, { args: ['--format', 'json'] }) } : {})
    }))
    for (const { name, ...r } of results) runs.set(name, r)
  }, 600_000)

  afterAll(() => {
    if (workRoot) rmSync(workRoot, { recursive: true, force: true })
  })

  const cliJson = (name: string): CliJson => JSON.parse(runs.get(name)?.cli?.stdout ?? '{}') as CliJson

  it.each(CONFIGURATION_SCENARIOS)('%s: the step fails, outputs the root cause and the summary names it', (name) => {
    const { action } = runs.get(name) as Runs
    const expected = getScenario(name).expect.rootCause
    expect({ exit: action.exitCode, result: action.outputs.result, rootCause: action.outputs['root-cause'] }).toEqual({ exit: 1, result: 'fail', rootCause: expected })
    expect(action.summary.split('\n')[0]).toBe(`## ❌ \`api\`: preflight failed — \`${expected}\``)
    expect(readFileSync(action.outputs['summary-file'], 'utf8').trimEnd()).toBe(action.summary.trimEnd())
    expect(action.log).toMatch(new RegExp(`::error::Preflight of api \\(task-definition.json\\) for api: fail \\(${expected}: `))
    const findings = JSON.parse(action.outputs.findings) as { code: string; severity: string }[]
    expect(findings[0]).toMatchObject({ code: expected, severity: 'fail' })
  })

  it.each(CONFIGURATION_SCENARIOS)('%s: the CLI exits 1 and names the same root cause', (name) => {
    const cli = runs.get(name)?.cli as PreflightRun
    expect({ exit: cli.exitCode, result: cliJson(name).result, rootCause: cliJson(name).rootCause }).toEqual({ exit: 1, result: 'fail', rootCause: getScenario(name).expect.rootCause })
  })

  it.each(WARNING_SCENARIOS)('%s: warns without failing the step (fail-on: error)', (name) => {
    const { action, cli } = runs.get(name) as Required<Runs>
    expect({ exit: action.exitCode, result: action.outputs.result, rootCause: action.outputs['root-cause'] }).toEqual({ exit: 0, result: 'warn', rootCause: getScenario(name).expect.rootCause })
    expect({ exit: cli.exitCode, result: cliJson(name).result }).toEqual({ exit: 0, result: 'warn' })
    expect(action.summary.split('\n')[0]).toBe(`## ⚠️ \`api\`: preflight passed with warnings — \`${getScenario(name).expect.rootCause}\``)
  })

  it('healthy scenarios pass the step with no finding', () => {
    const healthy = scenarios.filter((s) => s.expect.verdict === 'stable')
    const brief = (s: Scenario) => {
      const { action, cli } = runs.get(s.name) as Required<Runs>
      return { name: s.name, exit: action.exitCode, result: action.outputs.result, findings: action.outputs.findings, cliExit: cli.exitCode, cliResult: cliJson(s.name).result }
    }
    expect(healthy.map(brief)).toEqual(healthy.map((s) => ({ name: s.name, exit: 0, result: 'pass', findings: '[]', cliExit: 0, cliResult: 'pass' })))
  })

  it('no scenario whose cause shows only at runtime fails the step', () => {
    const runtime = scenarios.filter((s) => s.expect.verdict !== 'stable' && !CONFIGURATION_SCENARIOS.includes(s.name) && !WARNING_SCENARIOS.includes(s.name))
    const failing = runtime.filter((s) => (runs.get(s.name) as Runs).action.exitCode !== 0)
    expect(failing.map((s) => `${s.name}: ${(runs.get(s.name) as Runs).action.outputs['root-cause']}`)).toEqual([])
  })

  it('prints only valid aws commands', async () => {
    const commands = new Map<string, string>()
    for (const [name, { action }] of runs) {
      for (const finding of JSON.parse(action.outputs.findings ?? '[]') as { code: string; fixes: Fix[] }[]) {
        for (const fix of finding.fixes) for (const command of fix.commands) if (command.startsWith('aws ') && !commands.has(command)) commands.set(command, `${name} → ${finding.code} → ${fix.title}`)
      }
    }
    expect(commands.size).toBeGreaterThan(15)
    expect(await rejected(commands)).toEqual([])
  }, 60_000)
})

describeIfBuilt('fail-on: warning', () => {
  beforeAll(() => {
    workRoot ||= mkdtempSync(join(tmpdir(), 'preflight-e2e-'))
  })

  it('fails the step on a warning', async () => {
    const run = await play(getScenario('docker-hub-rate-limit'), 'registered', runPreflightAction, { inputs: { 'fail-on': 'warning' } })
    expect({ exit: run.exitCode, result: run.outputs.result }).toEqual({ exit: 1, result: 'warn' })
    expect(run.log).toMatch(/::error::Preflight of api:42 for api: warn \(image-pull-rate-limited: /)
  })

  it('a bad input fails the step with one line and no output', async () => {
    const run = await play(getScenario('healthy'), 'registered', runPreflightAction, { inputs: { 'fail-on': 'sometimes' } })
    expect(run.exitCode).toBe(1)
    expect(run.log.trim().split('\n').filter((l) => l.startsWith('::error::'))).toEqual(["::error::Input 'fail-on' must be 'error' or 'warning' (got 'sometimes')"])
    expect(run.outputs).toEqual({})
  })
})
