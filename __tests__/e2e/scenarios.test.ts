/**
 * End to end: the bundled action (dist/index.js), run as a GitHub runner runs it, against the simulator for
 * every scenario — then again with 30 % of AWS calls throttled. The verdict and root cause it writes to
 * GITHUB_OUTPUT must be the ones the scenario records.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { scenarios, startSimulator, type Faults, type Scenario } from '../../simulator/index.js'
import { actionIsBuilt, runAction, type ActionRun } from '../../simulator/run-action.js'
import { diagnose } from '../../src/diagnose/index.js'
import { parseEvidence } from '../../src/evidence/validate.js'
import { commentMarker, renderComment } from '../../src/report/comment.js'

const CONCURRENCY = 10
const POLL_INTERVAL_SECONDS = 2

interface Case {
  key: string
  scenario: Scenario
  faults: Faults
}

interface Outcome {
  run?: ActionRun
  error?: unknown
  realSeconds: number
}

const cases: Case[] = [
  ...scenarios.map((scenario) => ({ key: scenario.name, scenario, faults: {} })),
  ...scenarios.map((scenario) => ({ key: `${scenario.name} (throttle 0.3)`, scenario, faults: { throttleRate: 0.3, seed: 3 } }))
]

async function play(c: Case, workRoot: string): Promise<Outcome> {
  const started = Date.now()
  const sim = await startSimulator({ scenario: c.scenario, faults: c.faults })
  try {
    const run = await runAction({
      scenario: c.scenario,
      endpointUrl: sim.url,
      workDir: join(workRoot, c.key.replace(/[^a-z0-9-]+/gi, '_')),
      pollIntervalSeconds: POLL_INTERVAL_SECONDS,
      killAfterMs: ((c.scenario.action.timeoutMinutes ?? 5) * 60 + 60) * 1000
    })
    return { run, realSeconds: (Date.now() - started) / 1000 }
  } catch (error) {
    return { error, realSeconds: (Date.now() - started) / 1000 }
  } finally {
    await sim.close()
  }
}

/** Runs the cases `limit` at a time: the action mostly sleeps between polls. */
async function playAll(all: Case[], limit: number, workRoot: string): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>()
  const queue = [...all].sort((a, b) => (b.scenario.action.timeoutMinutes ? 1 : 0) - (a.scenario.action.timeoutMinutes ? 1 : 0))
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) outcomes.set(next.key, await play(next, workRoot))
  }
  await Promise.all(Array.from({ length: limit }, worker))
  return outcomes
}

const built = actionIsBuilt()
if (!built) console.warn('e2e scenarios skipped: dist/index.js does not exist (run npm run package first)')
const describeIfBuilt = built ? describe : describe.skip

describeIfBuilt('dist/index.js against every simulated scenario', () => {
  let outcomes = new Map<string, Outcome>()
  let workRoot = ''

  beforeAll(async () => {
    workRoot = mkdtempSync(join(tmpdir(), 'ecs-deploy-doctor-e2e-'))
    outcomes = await playAll(cases, CONCURRENCY, workRoot)
  }, 300_000)

  afterAll(() => {
    const rows = cases.map((c) => {
      const o = outcomes.get(c.key)
      return `${c.key.padEnd(48)} ${String(o?.run?.outputs.verdict ?? '-').padEnd(12)} ${String(o?.run?.outputs['root-cause'] || '-').padEnd(30)} ${o?.realSeconds.toFixed(1) ?? '-'} s`
    })
    console.info(`scenario / verdict / root cause / real time\n${rows.join('\n')}`)
    if (workRoot) rmSync(workRoot, { recursive: true, force: true })
  })

  it.each(cases.map((c) => [c.key, c] as const))('%s', (_key, c) => {
    const outcome = outcomes.get(c.key)
    if (outcome?.error) throw outcome.error
    const run = outcome?.run as ActionRun
    const context = `exit ${run.exitCode}; log tail:\n${run.log.split('\n').slice(-25).join('\n')}`
    expect({ verdict: run.outputs.verdict, rootCause: run.outputs['root-cause'] || null, context }).toEqual({
      verdict: c.scenario.expect.verdict,
      rootCause: c.scenario.expect.rootCause,
      context
    })
  })

  const plain = cases.filter((c) => !c.key.includes('throttle') && !c.scenario.moreServices?.length)

  it.each(plain.map((c) => [c.key, c] as const))('%s: the job summary and the PR comment say what a reader needs', (_key, c) => {
    const run = outcomes.get(c.key)?.run as ActionRun
    const { verdict, rootCause } = c.scenario.expect
    expect(run.exitCode).toBe(verdict === 'stable' ? 0 : 1)
    expect(Buffer.byteLength(run.summary, 'utf8')).toBeLessThanOrEqual(1_048_576)
    if (verdict === 'stable') expect(run.summary).toContain('deployed and stable')
    if (rootCause) {
      expect(run.summary.split('\n').slice(0, 3).join('\n')).toContain(`\`${rootCause}\``)
      expect(run.summary).toMatch(/```bash\n(aws|docker) /)
    }
    const evidence = parseEvidence(readFileSync(run.outputs['evidence-file'], 'utf8'))
    const comment = renderComment({
      verdict: run.outputs.verdict as typeof verdict,
      cluster: c.scenario.action.cluster,
      serviceName: c.scenario.action.service,
      region: c.scenario.action.region,
      deploymentId: run.outputs['deployment-id'] || null,
      evidence,
      diagnosis: diagnose(evidence)
    })
    expect(comment.startsWith(commentMarker(c.scenario.action.cluster, c.scenario.action.service))).toBe(true)
    expect(comment.length).toBeLessThanOrEqual(65_536)
    if (rootCause) expect(comment).toContain(`\`${rootCause}\``)
  })
})
