/**
 * End to end: the bundled action (dist/index.js), run as a GitHub runner runs it, against the simulator for
 * every scenario — then again with 30 % of AWS calls throttled. The verdict and root cause it writes to
 * GITHUB_OUTPUT must be the ones the scenario records, and the PR comment it posts (to a fake GitHub API,
 * one pull request per case) must say them too.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { scenarios, startSimulator, type Faults, type Scenario } from '../../simulator/index.js'
import { actionIsBuilt, runAction, type ActionRun } from '../../simulator/run-action.js'
import { parseEvidence } from '../../src/evidence/validate.js'
import { FakeGitHub } from '../report/helpers/fake-github.js'

const CONCURRENCY = 10
/** A scenario run takes 10-30 s of real time on a loaded runner; the budget grows with the catalogue (older wordings included). */
const PER_CASE_MS = 8_000
const POLL_INTERVAL_SECONDS = 2

interface Case {
  key: string
  scenario: Scenario
  faults: Faults
  /** The pull request this case comments on. */
  pullRequest: number
}

interface Outcome {
  run?: ActionRun
  error?: unknown
  realSeconds: number
}

const cases: Case[] = [
  ...scenarios.map((scenario) => ({ key: scenario.name, scenario, faults: {} })),
  ...scenarios.map((scenario) => ({ key: `${scenario.name} (throttle 0.3)`, scenario, faults: { throttleRate: 0.3, seed: 3 } }))
].map((c, i) => ({ ...c, pullRequest: i + 1 }))

const gitHub = new FakeGitHub()

async function play(c: Case, workRoot: string): Promise<Outcome> {
  const started = Date.now()
  const sim = await startSimulator({ scenario: c.scenario, faults: c.faults })
  try {
    const run = await runAction({
      scenario: c.scenario,
      endpointUrl: sim.url,
      workDir: join(workRoot, c.key.replace(/[^a-z0-9-]+/gi, '_')),
      pollIntervalSeconds: POLL_INTERVAL_SECONDS,
      killAfterMs: ((c.scenario.action.timeoutMinutes ?? 5) * 60 + 60) * 1000,
      github: { apiUrl: gitHub.url, token: 'ghs_runner_token', eventName: 'pull_request', payload: { pull_request: { number: c.pullRequest } } }
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
    await gitHub.start()
    outcomes = await playAll(cases, CONCURRENCY, workRoot)
  }, Math.max(300_000, cases.length * PER_CASE_MS))

  afterAll(() => {
    const rows = cases.map((c) => {
      const o = outcomes.get(c.key)
      return `${c.key.padEnd(48)} ${String(o?.run?.outputs.verdict ?? '-').padEnd(12)} ${String(o?.run?.outputs['root-cause'] || '-').padEnd(30)} ${o?.realSeconds.toFixed(1) ?? '-'} s`
    })
    console.info(`scenario / verdict / root cause / real time\n${rows.join('\n')}`)
    void gitHub.stop()
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
      // Once ECS or the action rolled back, rolling back is no longer offered; it may have been the only fix.
      const rolledBack = verdict === 'rolled-back' || c.scenario.expect.rollback === 'rolled-back'
      if (rolledBack) expect(run.summary).not.toMatch(/\*\*\d+\. Roll back/)
      else expect(run.summary).toMatch(/```bash\n(aws|docker) /)
    }
    const evidence = parseEvidence(readFileSync(run.outputs['evidence-file'], 'utf8'))
    expect(evidence.watch?.verdict).toBe(verdict)
    // The comment the bundle posted, not one rendered again here.
    const posted = gitHub.comments.get(c.pullRequest) ?? []
    expect(posted.map((p) => p.body.split('\n')[0])).toEqual([
      `<!-- ecs-deploy-doctor scope=123456789012/${c.scenario.action.region}/${c.scenario.action.cluster} services=${c.scenario.action.service} -->`
    ])
    const comment = posted[0].body
    expect(run.log).toContain(`PR comment created: https://github.com/acme/api/pull/${c.pullRequest}#issuecomment-${posted[0].id}`)
    expect(comment.length).toBeLessThanOrEqual(65_536)
    if (verdict === 'stable') expect(comment).toContain('deployed and stable')
    if (rootCause) expect(comment).toContain(`\`${rootCause}\``)
  })
})
