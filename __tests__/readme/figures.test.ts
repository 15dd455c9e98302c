/**
 * The README's figures that are not timings: every count, limit and setting it quotes is read here from the
 * code or from the test that runs it, so a figure cannot drift from what `npm test` checks. Elsewhere: the
 * corpus figures (__tests__/corpus), the IAM policies (hardening/iam-policy, preflight/iam-policy), the
 * root-cause table (diagnose/catalogue) and the generated Performance block (__tests__/bench).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import yaml from 'js-yaml'
import { OFFICIAL_MAX_WAIT_SECONDS, OFFICIAL_MIN_DELAY_SECONDS } from '../../bench/targets.js'
import { runStrategy, strategyOf, strategyScenarios } from '../../bench/sections/strategies.js'
import { DEFAULT_MAX_ATTEMPTS, DEFAULT_REQUEST_TIMEOUT_MS, EVIDENCE_MAX_ATTEMPTS, evidenceBackoffMs } from '../../src/aws/clients.js'
import { DEFAULT_EVIDENCE_DEADLINE_MS } from '../../src/evidence/collect.js'
import { EVIDENCE_SCHEMA_VERSION } from '../../src/evidence/schema.js'
import { InputError, parseInputs, type InputName } from '../../src/inputs/inputs.js'
import { DESCRIBE_SERVICES_BATCH } from '../../src/watch/describe-batcher.js'
import { FARGATE_PENDING_LIMIT_MS } from '../../src/watch/evaluate.js'
import { LAUNCH_BLOCK_WINDOW_MS } from '../../src/watch/launch-block.js'
import { getScenario, scenarios } from '../../simulator/index.js'
import { REPO_ROOT } from '../../simulator/run-action.js'
import { DEGRADED, needsServiceDeployments, OPTIONAL, cases as accessDeniedCases } from '../hardening/access-denied-cases.js'
import { BAD_INPUTS } from '../hardening/bad-inputs.js'
import { cases as faultCases, CELLS } from '../hardening/fault-cells.js'
import { PROBED_OUTPUTS } from '../hardening/hostile.js'
import { isReadOnlyAction, readmePolicyActions } from '../hardening/readme-policy.js'
import { COMMENT_LIMIT_CHARS, DEFAULT_SEED, HUGE_STRING_CHARS, MANY_EVENTS, MANY_TASKS, RUNS, SUMMARY_LIMIT_BYTES } from '../property/settings.js'

const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
/** The README with every run of white space one space: a figure may wrap anywhere. */
const text = README.replace(/\s+/g, ' ')
const n = (value: number) => value.toLocaleString('en-US')
const minutes = (ms: number) => ms / 60_000

/** Fails with the missing figure, not the whole README. */
function expectQuoted(figure: string): void {
  expect(text.includes(figure) ? figure : `README.md does not say: ${figure}`).toBe(figure)
}

/** The README's table rows under a heading line, as cells. */
function tableAfter(heading: string): string[][] {
  const lines = README.split('\n')
  const start = lines.findIndex((line) => line.startsWith(heading))
  if (start < 0) throw new Error(`README.md has no line starting with ${heading}`)
  const rows: string[][] = []
  for (const line of lines.slice(lines.findIndex((l, i) => i >= start && l.startsWith('|')))) {
    if (!line.startsWith('|')) break
    rows.push(line.slice(1, -1).split('|').map((c) => c.trim()))
  }
  return rows.slice(2)
}

describe('the README: inputs and what the watch waits for', () => {
  const action = yaml.load(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }
  const rows = tableAfter('### Inputs')

  it("gives every input's default as action.yml does", () => {
    const quoted = rows.filter(([, defaultCell]) => /^`[^`]+`$/.test(defaultCell ?? ''))
    expect(quoted.length).toBeGreaterThanOrEqual(7)
    for (const [name, defaultCell] of quoted) expect([name, defaultCell.slice(1, -1)]).toEqual([name, action.inputs[name.slice(1, -1)]?.default])
  })

  it('gives the ranges the parser accepts, and no wider', () => {
    const ranged = rows.flatMap(([name, , what]) => {
      const range = /\((\d+(?:\.\d+)?) to (\d+)\)/.exec(what ?? '')
      return range ? [{ input: name.slice(1, -1) as InputName, low: Number(range[1]), high: Number(range[2]) }] : []
    })
    expect(ranged.map((r) => r.input)).toEqual(['timeout-minutes', 'poll-interval-seconds', 'max-failed-tasks', 'log-lines'])
    const parse = (input: InputName, value: number) => {
      try {
        parseInputs({ cluster: 'prod', service: 'api', region: 'eu-west-1', [input]: String(value) }, {})
        return 'accepted'
      } catch (error) {
        return error instanceof InputError ? 'rejected' : String(error)
      }
    }
    for (const { input, low, high } of ranged) {
      const step = Number.isInteger(low) ? 1 : low / 2
      expect([input, parse(input, low), parse(input, high), parse(input, low - step), parse(input, high + 1)]).toEqual([input, 'accepted', 'accepted', 'rejected', 'rejected'])
    }
  })

  it('quotes the default number of failed tasks, and the official action\'s default wait it compares with', () => {
    expectQuoted(`(${action.inputs['max-failed-tasks'].default} by default; 1 for failures that repeat on every start`)
    expectQuoted(`the pipeline is green (or sits for ${OFFICIAL_MAX_WAIT_SECONDS / 60} minutes)`)
  })

  it('quotes the stuck windows, the DescribeServices batch and the evidence schema version of the code', () => {
    expectQuoted(`none of our tasks has progressed (been placed, pulled, started) for ${minutes(LAUNCH_BLOCK_WINDOW_MS)} minutes since`)
    expectQuoted(`a Fargate task has waited in PROVISIONING/PENDING over ${minutes(FARGATE_PENDING_LIMIT_MS)} minutes without pulling`)
    expectQuoted(`one \`DescribeServices\` call covers up to ${DESCRIBE_SERVICES_BATCH} services`)
    expectQuoted(`path of the evidence JSON (schema version ${EVIDENCE_SCHEMA_VERSION})`)
  })

  it("bounds a step's time with the code's deadline, attempts and request timeout", () => {
    const timeout = Number(action.inputs['timeout-minutes'].default)
    expectQuoted(`| evidence and diagnosis of a failing service | ${DEFAULT_EVIDENCE_DEADLINE_MS / 1000} s (the evidence deadline) |`)
    expectQuoted(`(${DEFAULT_MAX_ATTEMPTS} attempts of ${DEFAULT_REQUEST_TIMEOUT_MS / 1000} s)`)
    expectQuoted(`up to 3 × \`timeout-minutes\` + 5 minutes (${3 * timeout + 5} minutes at the default ${timeout})`)
  })
})

describe("the README's deployment strategies table", () => {
  it('gives the AWS calls of a quiet poll of each strategy that the bench measures', async () => {
    const runs = []
    for (const scenario of [getScenario('slow-but-healthy'), ...strategyScenarios()]) runs.push(await runStrategy(scenario))
    const measured = new Map<string, number>()
    for (const run of runs) measured.set(run.strategy, Math.max(measured.get(run.strategy) ?? 0, ...run.quietPolls))
    const readme = tableAfter('| Strategy / controller |').map((cells) => {
      const kind = /`([A-Z_]+)`/.exec(cells[0])?.[1] ?? cells[0]
      return [kind === 'ROLLING' && cells[0].includes('alarms') ? 'ROLLING + alarms' : kind, Number(cells[cells.length - 1])] as const
    })
    expect(readme.map(([kind]) => kind).sort()).toEqual([...measured.keys()].sort())
    expect(Object.fromEntries(readme)).toEqual(Object.fromEntries(measured))
    expect(new Set(strategyScenarios().map(strategyOf)).size).toBe(readme.length - 1)
  }, 60_000)

  it("describes the official action's wait with the bench's settings", () => {
    expectQuoted(`\`waitUntilServicesStable\`, minDelay ${OFFICIAL_MIN_DELAY_SECONDS} s, ${OFFICIAL_MAX_WAIT_SECONDS / 60} min`)
  })
})

describe("the README's reliability figures are the tests' own counts", () => {
  it('counts the scenario catalogue', () => {
    expectQuoted(`over the whole scenario catalogue (${scenarios.length} scenarios, the deployment strategies included)`)
  })

  it('counts the runs of each row of the fault matrix, and all of them', () => {
    const rows = [...new Set(CELLS.map((cell) => cell.row))].map((row) => {
      const cells = CELLS.filter((cell) => cell.row === row)
      const runs = faultCases.filter((c) => c.cell.row === row).length
      return `| ${row}${cells.length > 1 ? ` (${cells.length} seeds)` : ''} | ${runs} | ${runs} |`
    })
    expect(tableAfter('| AWS misbehaving |').map((cells) => `| ${cells.join(' | ')} |`)).toEqual(rows)
    expectQuoted(`In those ${n(faultCases.length)} runs no failing deployment was reported \`stable\` and none crashed`)
  })

  it('quotes the retry settings of the code', () => {
    expectQuoted(`A throttled poll is skipped with a log line (${DEFAULT_MAX_ATTEMPTS} attempts)`)
    expectQuoted(`retry up to ${EVIDENCE_MAX_ATTEMPTS} times (jittered backoff capped at ${evidenceBackoffMs(30, () => 1) / 1000} s) within the ${DEFAULT_EVIDENCE_DEADLINE_MS / 1000} s evidence deadline`)
  })

  it('counts the AccessDenied matrix: runs, causes held, the degraded and the deployments that cannot be judged without a permission', () => {
    const degraded = Object.values(DEGRADED).flatMap((byScenario) => Object.values(byScenario))
    const required = scenarios.filter(needsServiceDeployments).length
    expect(new Set(degraded)).toEqual(new Set(['app-exit-error']))
    expectQuoted(
      `AccessDenied on each of ${OPTIONAL.length} optional APIs in turn (EC2, IAM, ELBv2, ECR, CloudWatch Logs, Secrets Manager, SSM, CloudWatch, EFS, and the ECS calls only the diagnosis makes) over every scenario, ${n(accessDeniedCases.length)} runs: in ${n(accessDeniedCases.length - required)} the verdict never changed and the root cause held in ${n(accessDeniedCases.length - required - degraded.length)} (${degraded.length} lost the only evidence`
    )
    expectQuoted(`the other ${required} are blue/green, linear and canary deployments without \`ecs:DescribeServiceDeployments\``)
  })

  it('counts the bad input values and names their classes', () => {
    const classes = [...new Set(BAD_INPUTS.map(([, kind]) => kind))]
    expectQuoted(`**Bad input**: ${BAD_INPUTS.length} bad values covering every input and each class (${classes.join(', ')})`)
  })

  it("quotes the property tests' seed, runs, sizes and GitHub's limits", () => {
    const runs = Object.values(RUNS).reduce((sum, r) => sum + r, 0)
    expectQuoted(`(fast-check, seed ${DEFAULT_SEED}): ${runs} mutated real evidence documents per run`)
    expectQuoted(`${HUGE_STRING_CHARS / 1_000_000} MB strings, ${n(MANY_TASKS)} tasks and ${n(MANY_EVENTS)} events`)
    expectQuoted(`the job summary stayed ≤ ${SUMMARY_LIMIT_BYTES / 1024 / 1024} MiB and the PR comment ≤ ${n(COMMENT_LIMIT_CHARS)} characters`)
  })

  it('counts the hostile scenarios and the outputs checked', () => {
    expectQuoted(`${scenarios.length} scenarios × ${PROBED_OUTPUTS.length} outputs`)
  })

  it("counts the IAM policies' actions, read-only and for the rollback", () => {
    const actions = readmePolicyActions()
    const writes = actions.filter((a) => !isReadOnlyAction(a))
    expect(writes).toEqual(['ecs:StopServiceDeployment', 'ecs:UpdateService'])
    expectQuoted(`exactly the ${actions.length} in the policies above (${actions.length - writes.length} read-only, ${writes.length} for the opt-in rollback)`)
  })
})
