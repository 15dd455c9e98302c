/**
 * AccessDenied on each optional API in turn, over every scenario: the verdict never changes, the
 * diagnosis is as good as the remaining evidence allows (the few cases where the evidence that named
 * the cause is gone are listed, with what the diagnosis falls back to), and the job summary names
 * every permission that was refused. AccessDenied on a core ECS call of the watch: a clear error
 * that names the permission.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { renderSummary } from '../../src/report/summary.js'
import { WatchError } from '../../src/watch/errors.js'
import { getScenario } from '../../simulator/index.js'
import { SERVICES } from '../../simulator/services/index.js'
import { cases, DEGRADED, key, REQUIRED } from './access-denied-cases.js'
import { describeRun, pool, reportInputOf, runEngine, type EngineRun } from './engine.js'

const IAM_PREFIX = Object.fromEntries(SERVICES.map((s) => [s.id, s.iamPrefix]))

/** The IAM actions refused because of `deny` (not a scenario's own denials, such as rollback-denied's). */
function deniedActions(run: EngineRun, deny: string): string[] {
  const [service, operation] = deny.split(':')
  const refused = run.calls.filter((c) => c.outcome === 'denied' && c.service === service && (operation === '*' || c.operation === operation))
  return [...new Set(refused.map((c) => `${IAM_PREFIX[c.service]}:${c.operation}`))]
}

describe('AccessDenied on each optional API, over every scenario', () => {
  const runs = new Map<string, EngineRun>()

  beforeAll(async () => {
    const done = await pool(cases, 60, async ({ deny, scenario }) => ({ deny, scenario, run: await runEngine(scenario, { faults: { deny: [deny] } }) }))
    for (const { deny, scenario, run } of done) runs.set(key(deny, scenario), run)
  }, 480_000)

  it.each(cases.map((c) => [key(c.deny, c.scenario), c] as const))('%s', (name, { deny, scenario }) => {
    const run = runs.get(name) as EngineRun
    if (REQUIRED[deny]?.(scenario)) {
      expect(run.error).toBeInstanceOf(WatchError)
      expect((run.error as Error).message).toContain(`not allowed ${IAM_PREFIX[deny.split(':')[0]]}:${deny.split(':')[1]}`)
      return
    }
    const expected = DEGRADED[deny]?.[scenario.name] ?? scenario.expect.rootCause
    expect({ verdict: run.verdict, rootCause: run.rootCause, run: describeRun(run) }).toEqual({
      verdict: scenario.expect.verdict,
      rootCause: expected,
      run: describeRun(run)
    })
    const summary = renderSummary(reportInputOf(run))
    const unnamed = deniedActions(run, deny).filter((action) => !summary.includes(action))
    expect(unnamed).toEqual([])
    const checks = run.result?.diagnosis?.checks ?? []
    for (const action of deniedActions(run, deny)) expect(checks.some((c) => c.status === 'skipped' && c.missingPermission === action)).toBe(true)
  })

  it('the degradation table only lists cases that really degrade', () => {
    for (const [deny, byScenario] of Object.entries(DEGRADED)) {
      for (const [scenario, code] of Object.entries(byScenario)) {
        expect(getScenario(scenario).expect.rootCause).not.toBe(code)
        expect(runs.get(key(deny, getScenario(scenario)))?.rootCause).toBe(code)
      }
    }
  })
})

describe('AccessDenied on a core ECS call of the watch', () => {
  it.each(['ECS:DescribeServices', 'ECS:ListTasks', 'ECS:DescribeTasks'])('%s: a clear error naming the permission, no verdict invented', async (deny) => {
    const run = await runEngine(getScenario('image-not-found'), { faults: { deny: [deny] } })
    expect(run.error).toBeInstanceOf(WatchError)
    const message = (run.error as Error).message
    const action = `ecs:${deny.split(':')[1]}`
    expect(message).toContain(`not allowed ${action}`)
    expect(message).toContain('see the IAM policy in the README')
    expect(message).not.toMatch(/\n\s+at /)
  })
})
