import { describe, expect, it } from '@jest/globals'
import { ProgressSummary, stepMinutesNeeded } from '../../src/report/progress.js'
import { readMarkdown } from './helpers/markdown.js'

const START = Date.parse('2026-11-20T10:00:00.000Z')
const plan = { cluster: 'prod', region: 'eu-west-1', services: ['api', 'worker'], timeoutMinutes: 15, onFailure: 'rollback' as const }
const snapshot = { running: 1, desired: 2, pending: 1, stopped: 2, rolloutState: 'IN_PROGRESS', at: '2026-11-20T10:04:10.000Z' }

describe('the job summary while the step runs', () => {
  it('says what is watched, for how long, what the step may need, and where each service is', () => {
    const progress = new ProgressSummary(plan, () => START)
    progress.update({ service: 'api', phase: 'watching', snapshot })
    const markdown = progress.inProgress()
    expect(markdown).toMatch(/^## ⏳ Watching `api`, `worker` in `prod` \(eu-west-1\)\n/)
    expect(markdown).toContain('Started at 10:00:00 UTC; each deployment gets up to 15m 00s (`timeout-minutes`).')
    expect(markdown).toContain('This step can take up to 50 minutes (with `on-failure: rollback`, the watch, the rollback and the rollback’s own watch)')
    expect(markdown).toContain('| `api` | ⏳ watching | 1/2 running, 1 pending, 2 stopped, IN_PROGRESS | 10:04:10 UTC |')
    expect(markdown).toMatch(/^\| `worker` \| ⏳ starting \| +\| +\|$/m)
    expect(readMarkdown(markdown).unclosedFence).toBe(false)
  })

  it('a phase change is worth a new write; another poll is not', () => {
    const progress = new ProgressSummary(plan, () => START)
    expect(progress.update({ service: 'api', phase: 'watching', snapshot })).toBe(true)
    expect(progress.update({ service: 'api', phase: 'watching', snapshot })).toBe(false)
    expect(progress.update({ service: 'api', phase: 'rolling-back', verdict: 'failed' })).toBe(true)
  })

  it('interrupted: the signal, the time, what was known, and each service’s report once diagnosed', () => {
    let now = START
    const progress = new ProgressSummary(plan, () => now)
    progress.update({ service: 'api', phase: 'rolling-back', verdict: 'failed', snapshot })
    progress.setReport('api', '### ❌ `api` deployment failed — `app-exit-error`')
    progress.update({ service: 'worker', phase: 'done', verdict: 'stable' })
    now += 4 * 60_000 + 12_000
    const markdown = progress.interrupted('SIGTERM')
    expect(markdown).toMatch(/^## ⚠️ Stopped before the end: `api`, `worker` in `prod` \(eu-west-1\)\n/)
    expect(markdown).toContain('The step received SIGTERM after 4m 12s: the runner stops a step when it reaches its own `timeout-minutes` or the run is cancelled.')
    expect(markdown).toContain('| `api` | ❌ failed: rolling back | 1/2 running, 1 pending, 2 stopped, IN_PROGRESS |')
    expect(markdown).toContain('| `worker` | ✅ stable |')
    expect(markdown).toContain('### ❌ `api` deployment failed — `app-exit-error`')
    expect(progress.whereLine()).toBe('api: ❌ failed: rolling back (1/2 running, 1 pending, 2 stopped, IN_PROGRESS); worker: ✅ stable')
  })

  it('the minutes a step can take: timeout-minutes and 2 more; with rollback 3 × timeout-minutes and 5 more', () => {
    expect(stepMinutesNeeded(15, 'report')).toBe(17)
    expect(stepMinutesNeeded(15, 'rollback')).toBe(50)
    expect(stepMinutesNeeded(0.5, 'rollback')).toBe(7)
  })
})
