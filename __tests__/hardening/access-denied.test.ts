/**
 * AccessDenied on each optional API in turn, over every scenario: the verdict never changes, the
 * diagnosis is as good as the remaining evidence allows (the few cases where the evidence that named
 * the cause is gone are listed, with what the diagnosis falls back to), and the job summary names
 * every permission that was refused. AccessDenied on a core ECS call of the watch: a clear error
 * that names the permission.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { RootCauseCode } from '../../src/types.js'
import { renderSummary } from '../../src/report/summary.js'
import { WatchError } from '../../src/watch/poller.js'
import { getScenario, scenarios, type Scenario } from '../../simulator/index.js'
import { SERVICES } from '../../simulator/services/index.js'
import { describeRun, pool, reportInputOf, runEngine, type EngineRun } from './engine.js'

/** Optional APIs, one denial setting each: a whole service, or the ECS calls only the diagnosis makes. */
const OPTIONAL = [
  'EC2:*',
  'IAM:*',
  'ELBv2:*',
  'ECR:*',
  'Logs:*',
  'SecretsManager:*',
  'SSM:*',
  'ECS:DescribeTaskDefinition',
  'ECS:ListServiceDeployments',
  'ECS:DescribeServiceDeployments',
  'ECS:DescribeContainerInstances'
]

/**
 * Where the refused API held the only evidence of the cause. Without the container's log (or the task
 * definition that says where the log is) an exit code alone says "the application exited with an error".
 */
const WITHOUT_LOGS: Partial<Record<string, RootCauseCode>> = {
  'exec-format-error': 'app-exit-error',
  'app-missing-env-var': 'app-exit-error',
  'app-dependency-unreachable': 'app-exit-error'
}
const DEGRADED: Record<string, Partial<Record<string, RootCauseCode>>> = {
  'Logs:*': WITHOUT_LOGS,
  'ECS:DescribeTaskDefinition': WITHOUT_LOGS
}

const IAM_PREFIX = Object.fromEntries(SERVICES.map((s) => [s.id, s.iamPrefix]))

/** The IAM actions refused because of `deny` (not a scenario's own denials, such as rollback-denied's). */
function deniedActions(run: EngineRun, deny: string): string[] {
  const [service, operation] = deny.split(':')
  const refused = run.calls.filter((c) => c.outcome === 'denied' && c.service === service && (operation === '*' || c.operation === operation))
  return [...new Set(refused.map((c) => `${IAM_PREFIX[c.service]}:${c.operation}`))]
}

const cases = OPTIONAL.flatMap((deny) => scenarios.map((scenario) => ({ deny, scenario })))
const key = (deny: string, scenario: Scenario) => `deny ${deny} / ${scenario.name}`

describe('AccessDenied on each optional API, over every scenario', () => {
  const runs = new Map<string, EngineRun>()

  beforeAll(async () => {
    const done = await pool(cases, 60, async ({ deny, scenario }) => ({ deny, scenario, run: await runEngine(scenario, { faults: { deny: [deny] } }) }))
    for (const { deny, scenario, run } of done) runs.set(key(deny, scenario), run)
  }, 240_000)

  it.each(cases.map((c) => [key(c.deny, c.scenario), c] as const))('%s', (name, { deny, scenario }) => {
    const run = runs.get(name) as EngineRun
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
