/**
 * End to end: the runner stops a step that reaches its own timeout-minutes (or a cancelled run) by signalling
 * it, SIGINT then SIGTERM, then kills it. The bundled action (dist/index.js) must still leave a job summary
 * saying what it knew: it writes one when it starts, replaces it as services reach a verdict and a diagnosis,
 * and on a signal writes what is known before it exits.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getScenario, startSimulator } from '../../simulator/index.js'
import { actionIsBuilt, runAction, type ActionRun, type RunActionOptions } from '../../simulator/run-action.js'

let workRoot = ''

/** Runs the scenario slowed down (simulated seconds per real second), so the signal lands mid-phase. */
async function stopMidway(name: string, speed: number, interrupt: RunActionOptions['interrupt']): Promise<ActionRun> {
  const scenario = getScenario(name)
  const sim = await startSimulator({ scenario, speed })
  try {
    return await runAction({ scenario, endpointUrl: sim.url, workDir: join(workRoot, `${name}-${interrupt?.signal}`), pollIntervalSeconds: 2, killAfterMs: 4 * 60_000, interrupt })
  } finally {
    await sim.close()
  }
}

/** The progress line the watch logs after a poll: "api ecs-svc/123: 0/2 running, 2 pending". */
const FIRST_PROGRESS = /^api ecs-svc\/\d+: \d+\/\d+ running/m

const built = actionIsBuilt()
if (!built) console.warn('e2e stopped-step tests skipped: dist/index.js does not exist (run npm run package first)')
const describeIfBuilt = built ? describe : describe.skip

describeIfBuilt('dist/index.js stopped by the runner still leaves a report', () => {
  beforeAll(() => {
    workRoot = mkdtempSync(join(tmpdir(), 'ecs-deploy-doctor-e2e-stopped-'))
  })

  afterAll(() => {
    if (workRoot) rmSync(workRoot, { recursive: true, force: true })
  })

  it('SIGTERM mid-watch: the summary says it was stopped, when, and where the deployment was; the step fails saying so', async () => {
    const run = await stopMidway('slow-but-healthy', 5, { when: FIRST_PROGRESS, signal: 'SIGTERM' })
    expect(run.exitCode).toBe(1)
    expect(run.summary).toMatch(/^## ⚠️ Stopped before the end: `api` in `prod` \(eu-west-1\)\n/)
    expect(run.summary).toMatch(/The step received SIGTERM after \d+s: the runner stops a step when it reaches its own `timeout-minutes` or the run is cancelled\./)
    expect(run.summary).toMatch(/^\| `api` \| ⏳ watching \| \d+\/2 running[^|]*\| \d\d:\d\d:\d\d UTC \|$/m)
    expect(run.summary).toContain('This step can take up to 7 minutes')
    expect(run.log).toMatch(/^::error::ECS Deploy Doctor was stopped by SIGTERM after \d+s \(api: ⏳ watching \(\d+\/2 running.*\)\)\. The job summary has what was known\. This step can take up to 7 minutes: give it a timeout-minutes of at least that\.$/m)
    expect(run.outputs.verdict).toBeUndefined()
  }, 240_000)

  it('SIGINT while the rollback is watched: the diagnosis is already in the summary', async () => {
    const run = await stopMidway('rollback-permitted', 4, { when: /started ecs-svc\/\d+ \(api:41\); watching it/, signal: 'SIGINT' })
    expect(run.exitCode).toBe(1)
    expect(run.summary).toMatch(/^## ⚠️ Stopped before the end: `api` in `prod`/)
    expect(run.summary).toContain('| `api` | ❌ failed: rolling back |')
    expect(run.summary).toMatch(/^## ❌ `api` deployment failed — `app-exit-error`/m)
    expect(run.summary).toContain('This step can take up to 20 minutes (with `on-failure: rollback`')
    expect(run.log).toMatch(/^::error::ECS Deploy Doctor was stopped by SIGINT after/m)
  }, 240_000)

  it('killed outright (no chance to write): the summary written as the watch started is there', async () => {
    const run = await stopMidway('slow-but-healthy', 5, { when: FIRST_PROGRESS, signal: 'SIGKILL' })
    expect(run.exitCode).toBeNull()
    expect(run.summary).toMatch(/^## ⏳ Watching `api` in `prod` \(eu-west-1\)\n/)
    expect(run.summary).toContain('each deployment gets up to 5m 00s (`timeout-minutes`)')
  }, 240_000)
})
