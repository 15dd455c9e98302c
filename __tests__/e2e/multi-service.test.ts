/**
 * End to end: the bundled action (dist/index.js), run as a runner runs it, against the scenarios where
 * one step deploys several services, and the on-failure: rollback scenarios. Asserts what a workflow
 * sees: the outputs (verdict, root-cause, rollback, the `services` JSON), the exit code and the job
 * summary (a row per service, the rollback section).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getScenario, startSimulator, type CallLogEntry, type Faults, type Scenario } from '../../simulator/index.js'
import { actionIsBuilt, runAction, type ActionRun } from '../../simulator/run-action.js'

interface Case {
  key: string
  scenario: Scenario
  faults: Faults
}

interface Outcome {
  run?: ActionRun
  calls: CallLogEntry[]
  error?: unknown
}

const MULTI = ['multi-two-one-failing', 'multi-three-all-healthy', 'multi-three-one-rolled-back']
const ROLLBACK = ['rollback-permitted', 'rollback-denied']

const cases: Case[] = [
  ...[...MULTI, ...ROLLBACK].map((name) => ({ key: name, scenario: getScenario(name), faults: {} })),
  ...MULTI.map((name) => ({ key: `${name} (throttle 0.3)`, scenario: getScenario(name), faults: { throttleRate: 0.3, seed: 5 } }))
]

interface ServiceOutput {
  verdict: string
  rootCause: string | null
  deploymentId: string | null
  duration: string
  evidenceFile: string
  rollback: string | null
  rollbackDeploymentId: string | null
}

async function play(c: Case, workRoot: string): Promise<Outcome> {
  const sim = await startSimulator({ scenario: c.scenario, faults: c.faults })
  try {
    const run = await runAction({
      scenario: c.scenario,
      endpointUrl: sim.url,
      workDir: join(workRoot, c.key.replace(/[^a-z0-9-]+/gi, '_')),
      pollIntervalSeconds: 2,
      killAfterMs: 4 * 60_000
    })
    return { run, calls: sim.callLog() }
  } catch (error) {
    return { error, calls: sim.callLog() }
  } finally {
    await sim.close()
  }
}

const built = actionIsBuilt()
if (!built) console.warn('e2e multi-service scenarios skipped: dist/index.js does not exist (run npm run package first)')
const describeIfBuilt = built ? describe : describe.skip

describeIfBuilt('dist/index.js: several services in one step, and on-failure: rollback', () => {
  const outcomes = new Map<string, Outcome>()
  let workRoot = ''

  beforeAll(async () => {
    workRoot = mkdtempSync(join(tmpdir(), 'ecs-deploy-doctor-e2e-multi-'))
    const results = await Promise.all(cases.map((c) => play(c, workRoot)))
    cases.forEach((c, i) => outcomes.set(c.key, results[i]))
  }, 240_000)

  afterAll(() => {
    if (workRoot) rmSync(workRoot, { recursive: true, force: true })
  })

  function runOf(key: string): ActionRun {
    const outcome = outcomes.get(key)
    if (outcome?.error) throw outcome.error
    return outcome?.run as ActionRun
  }

  const context = (run: ActionRun) => `exit ${run.exitCode}; log tail:\n${run.log.split('\n').slice(-30).join('\n')}`

  it.each(cases.map((c) => [c.key, c] as const))('%s: verdict, root cause and one entry per service', (key, c) => {
    const run = runOf(key)
    const { expect: expected } = c.scenario
    const services = JSON.parse(run.outputs.services ?? '{}') as Record<string, ServiceOutput>
    const perService = Object.fromEntries(Object.entries(services).map(([name, s]) => [name, { verdict: s.verdict, rootCause: s.rootCause }]))
    const wanted = expected.services ?? { [c.scenario.action.service]: { verdict: expected.verdict, rootCause: expected.rootCause } }
    expect({ verdict: run.outputs.verdict, rootCause: run.outputs['root-cause'] || null, perService, context: context(run) }).toEqual({
      verdict: expected.verdict,
      rootCause: expected.rootCause,
      perService: Object.fromEntries(Object.entries(wanted).map(([name, s]) => [name, { verdict: s.verdict, rootCause: s.rootCause }])),
      context: context(run)
    })
    expect(run.exitCode).toBe(expected.verdict === 'stable' ? 0 : 1)
    for (const service of Object.values(services)) {
      expect(service.deploymentId).toMatch(/^ecs-svc\/\d+$/)
      expect(service.duration).toMatch(/^\d+s$|^\d+m \d{2}s$/)
    }
  })

  it.each(MULTI)('%s: the summary has a row per service, then the failing ones in full', (name) => {
    const run = runOf(name)
    const { services, verdict } = getScenario(name).expect
    const names = Object.keys(services ?? {})
    const rows = run.summary.split('\n').filter((line) => /^\| `[a-z]+` \|/.test(line))
    expect(rows.map((row) => row.split('|')[1].trim())).toEqual(names.map((n) => `\`${n}\``))
    for (const row of rows) {
      const service = row.split('|')[1].trim().replaceAll('`', '')
      expect(row.split('|')[2]).toContain(services?.[service].verdict)
    }
    const failing = names.filter((n) => services?.[n].verdict !== 'stable')
    if (verdict === 'stable') expect(run.summary).toMatch(/^## ✅ All 3 services deployed and stable$/m)
    else expect(run.summary).toMatch(new RegExp(`^## ❌ ${failing.length} of ${names.length} services did not deploy`, 'm'))
    for (const service of failing) expect(run.summary).toMatch(new RegExp(`^### .* \`${service}\` deployment `, 'm'))
  })

  it.each(MULTI)('%s (throttle 0.3): each skipped poll is a log line, and the run warns once', (name) => {
    const run = runOf(`${name} (throttle 0.3)`)
    const lines = run.log.split('\n')
    // The SDK retries a throttled call twice first, so a run may skip no poll at all.
    const skips = lines.filter((line) => /Skipped a poll: /.test(line)).length
    expect(lines.filter((line) => line.startsWith('::warning::') && /Skipped a poll/.test(line))).toEqual([])
    expect(lines.filter((line) => line.startsWith('::warning::') && /skipped because AWS throttled/.test(line))).toHaveLength(skips > 0 ? 1 : 0)
  })

  it('multi-two-one-failing: the failure line names the failing service and its cause', () => {
    const run = runOf('multi-two-one-failing')
    expect(run.log).toMatch(/^::error::worker: Deployment failed \(missing-configuration\): worker exits at start-up: QUEUE_URL is not set\. /m)
    expect(run.log).not.toMatch(/^::error::api:/m)
  })

  // That the services share their DescribeServices calls is counted exactly on virtual time in
  // __tests__/watch/shared-polls.test.ts: on real timers the count depended on the machine's load.

  it('rollback-permitted: the service is rolled back, the rollback watched to stable, and the report says what changed', () => {
    const run = runOf('rollback-permitted')
    const { calls } = outcomes.get('rollback-permitted') as Outcome
    expect(run.outputs.rollback).toBe('rolled-back')
    const api = (JSON.parse(run.outputs.services) as Record<string, ServiceOutput>).api
    expect(api).toMatchObject({ verdict: 'failed', rollback: 'rolled-back' })
    expect(api.rollbackDeploymentId).toMatch(/^ecs-svc\/\d+$/)
    expect(api.rollbackDeploymentId).not.toBe(api.deploymentId)
    expect(calls.filter((c) => c.operation === 'StopServiceDeployment').map((c) => c.outcome)).toEqual(['ok'])
    expect(calls.some((c) => c.operation === 'UpdateService')).toBe(false)
    expect(run.summary).toContain('### ↩️ Rolled back')
    expect(run.summary).toContain(
      `ECS Deploy Doctor rolled \`api\` back from \`api:42\` to \`api:41\` with \`ecs:StopServiceDeployment\` (stop type \`ROLLBACK\`). ` +
        `The rollback deployment \`${api.rollbackDeploymentId}\` ended \`stable\``
    )
    expect(run.summary.indexOf('### ↩️ Rolled back')).toBeLessThan(run.summary.indexOf('### Evidence'))
    expect(run.log).toMatch(/^::notice::Rolled back with ecs:StopServiceDeployment: api:42 -> api:41 in ecs-svc\/\d+, stable\.$/m)
    expect(run.log).toMatch(/^::error::Deployment failed \(app-exit-error\): .*\. Rolled back with ecs:StopServiceDeployment: api:42 -> api:41/m)
  })

  it('rollback-denied: nothing is changed, the step says which permissions are missing', () => {
    const run = runOf('rollback-denied')
    const { calls } = outcomes.get('rollback-denied') as Outcome
    expect(run.outputs.rollback).toBe('not-permitted')
    expect(JSON.parse(run.outputs.services).api).toMatchObject({ verdict: 'failed', rollback: 'not-permitted', rollbackDeploymentId: null })
    expect(calls.filter((c) => /StopServiceDeployment|UpdateService/.test(c.operation)).map((c) => `${c.operation} ${c.outcome}`)).toEqual([
      'StopServiceDeployment denied',
      'UpdateService denied'
    ])
    expect(run.log).toMatch(
      /^::warning::Not rolled back: The role lacks ecs:StopServiceDeployment and ecs:UpdateService; the service was left as it is\.$/m
    )
    expect(run.summary).toContain('### 🔒 Rollback not permitted')
    expect(run.summary).toContain('**Nothing was changed.**')
    expect(run.summary).toMatch(/aws ecs stop-service-deployment --service-deployment-arn arn:aws:ecs:eu-west-1:123456789012:service-deployment\/prod\/api\/\S+ --stop-type ROLLBACK --region eu-west-1/)
  })

  it('scenarios without on-failure leave the rollback output empty', () => {
    for (const name of MULTI) {
      const run = runOf(name)
      expect(run.outputs.rollback).toBe('')
      for (const service of Object.values(JSON.parse(run.outputs.services) as Record<string, ServiceOutput>)) expect(service.rollback).toBeNull()
    }
  })
})
