/**
 * The preflight IAM policy in the README ("Before the deploy") lists exactly the AWS actions preflight
 * calls: the union of the operations in the simulator's call log over every scenario, on the registered
 * revision and on the rendered file, mapped to IAM action names. All of them are reads.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { scenarios } from '../../simulator/index.js'
import { REPO_ROOT } from '../../simulator/run-action.js'
import { iamActionsOf } from '../../simulator/services/index.js'
import { pool } from '../hardening/engine.js'
import { runPreflightEngine, type PreflightEngineRun } from './engine.js'


/** The actions of the JSON policy in the README's "Before the deploy" section. */
function preflightPolicyActions(): string[] {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
  const section = /\n## Before the deploy[^\n]*\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? ''
  const body = /```json\n([\s\S]*?)\n```/.exec(section)?.[1]
  if (!body) throw new Error('no JSON policy in the README section "Before the deploy"')
  const policy = JSON.parse(body) as { Statement: { Effect: string; Action: string | string[] }[] }
  return [...new Set(policy.Statement.filter((s) => s.Effect === 'Allow').flatMap((s) => [s.Action].flat()))].sort()
}

describe('the README preflight IAM policy', () => {
  let runs: PreflightEngineRun[] = []

  beforeAll(async () => {
    const modes = scenarios.flatMap((scenario) => (['registered', 'file'] as const).map((taskDefinition) => ({ scenario, taskDefinition })))
    runs = await pool(modes, 8, ({ scenario, taskDefinition }) => runPreflightEngine(scenario, { taskDefinition }))
  }, 180_000)

  it('every run reached a result', () => {
    expect(runs.filter((r) => r.error).map((r) => `${r.scenario.name}: ${String(r.error)}`)).toEqual([])
  })

  it('lists exactly the actions preflight calls, all of them reads', () => {
    const called = [...new Set(runs.flatMap((r) => r.calls.flatMap((c) => iamActionsOf(c.service, c.operation))))].sort()
    const listed = preflightPolicyActions()
    expect({ missingFromReadme: called.filter((a) => !listed.includes(a)), neverCalled: listed.filter((a) => !called.includes(a)) }).toEqual({ missingFromReadme: [], neverCalled: [] })
    expect(called.filter((a) => !/^[a-z0-9]+:(Describe|List|Get|BatchGet|Simulate)/.test(a))).toEqual([])
  })
})
