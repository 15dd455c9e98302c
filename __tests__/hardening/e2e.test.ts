/**
 * What only the bundle can prove, run as a runner (dist/index.js) or a terminal (dist/cli/index.js)
 * would: a call that never answers still lets the action end by its own timeout; AccessDenied on the
 * core ECS calls and bad inputs end with exit code 1 and one error line without a stack; the CLI's
 * `diagnose --evidence` turns a malformed, truncated, wrong-version or hostile file into one line and
 * exit code 2. All cases run at once: the longest (the 60 s evidence deadline) sets the wall time.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_EVIDENCE_DEADLINE_MS } from '../../src/evidence/collect.js'
import { getScenario, startSimulator, type Faults, type Scenario } from '../../simulator/index.js'
import { distIsBuilt, errorLines, runActionWith, runCli, STACK_FRAME, type DistRun } from './dist.js'
import { BAD_INPUTS } from './bad-inputs.js'

interface ActionCase {
  name: string
  scenario: Scenario
  faults?: Faults
  inputs: Record<string, string>
  env?: Record<string, string>
}

const HANG_TIMEOUT_MINUTES = 0.5

const BASE_INPUTS = (scenario: Scenario) => ({
  cluster: scenario.action.cluster,
  service: scenario.action.service,
  region: scenario.action.region,
  'timeout-minutes': String(scenario.action.timeoutMinutes ?? 5),
  'poll-interval-seconds': '2'
})

function badInputName(input: string, kind: string, value: string | undefined): string {
  const shown = value === undefined ? 'not set' : JSON.stringify(value.length > 24 ? `${value.slice(0, 21)}...` : value)
  return `bad input: ${input} ${kind} (${shown})`
}

/** The first bad value of each input and of each class, through the bundle (the full matrix runs in inputs.test.ts). */
const BAD_INPUT_CASES = BAD_INPUTS.filter(
  ([name, kind], i) => BAD_INPUTS.findIndex(([n]) => n === name) === i || BAD_INPUTS.findIndex(([, k]) => k === kind) === i
)

const actionCases: ActionCase[] = [
  {
    name: 'hang: DescribeServices never answers',
    scenario: getScenario('healthy'),
    faults: { hang: ['ECS:DescribeServices'] },
    inputs: { 'timeout-minutes': String(HANG_TIMEOUT_MINUTES) }
  },
  {
    // Tasks stay PENDING: ECS's service state alone cannot end the watch early (a stable service could).
    name: 'hang: ListTasks never answers',
    scenario: getScenario('slow-image-pull-timeout'),
    faults: { hang: ['ECS:ListTasks'] },
    inputs: { 'timeout-minutes': String(HANG_TIMEOUT_MINUTES) }
  },
  { name: 'hang: an evidence call never answers', scenario: getScenario('image-not-found'), faults: { hang: ['EC2:DescribeRouteTables'] }, inputs: {} },
  ...['DescribeServices', 'ListTasks', 'DescribeTasks'].map((operation) => ({
    name: `denied: ecs:${operation}`,
    scenario: getScenario('image-not-found'),
    faults: { deny: [`ECS:${operation}`] },
    inputs: {}
  })),
  ...BAD_INPUT_CASES.map(([input, kind, value]) => ({
    name: badInputName(input, kind, value),
    scenario: getScenario('healthy'),
    inputs: { [input]: value ?? '' },
    // The runner's AWS_REGION would stand in for a missing region input.
    env: input === 'region' ? { AWS_REGION: '', AWS_DEFAULT_REGION: '' } : undefined
  }))
]

async function playAction(c: ActionCase): Promise<DistRun> {
  const sim = await startSimulator({ scenario: c.scenario, faults: c.faults })
  try {
    return await runActionWith(c.scenario, sim.url, { ...BASE_INPUTS(c.scenario), ...c.inputs }, 240_000, c.env)
  } finally {
    await sim.close()
  }
}

const built = distIsBuilt()
if (!built) console.warn('hardening e2e skipped: dist/ is not built (npm run package)')
const describeIfBuilt = built ? describe : describe.skip

describeIfBuilt('the bundle under faults and bad input', () => {
  const runs = new Map<string, DistRun>()
  let dir = ''

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ecs-deploy-doctor-hardening-e2e-'))
    const done = await Promise.all(actionCases.map(async (c) => [c.name, await playAction(c)] as const))
    for (const [name, run] of done) runs.set(name, run)
  }, 280_000)

  afterAll(() => {
    const rows = [...runs.entries()].map(([name, run]) => `${name.padEnd(60)} exit ${run.exitCode} ${run.realSeconds.toFixed(1)} s`)
    console.info(`hardening e2e:\n${rows.join('\n')}`)
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it.each(['hang: DescribeServices never answers', 'hang: ListTasks never answers'])(
    '%s: the action ends by its own timeout with verdict timeout',
    (name) => {
      const run = runs.get(name) as DistRun
      expect(run.exitCode).toBe(1)
      expect(run.outputs.verdict).toBe('timeout')
      expect(run.realSeconds).toBeGreaterThanOrEqual(HANG_TIMEOUT_MINUTES * 60)
      // The watch's own timeout, then the evidence deadline at most, then the report.
      expect(run.realSeconds).toBeLessThan(HANG_TIMEOUT_MINUTES * 60 + DEFAULT_EVIDENCE_DEADLINE_MS / 1000 + 15)
      expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK_FRAME)
    }
  )

  it('hang on an evidence call: the verdict and root cause stand; the check is reported as not answered in time', () => {
    const run = runs.get('hang: an evidence call never answers') as DistRun
    expect(run.exitCode).toBe(1)
    expect({ verdict: run.outputs.verdict, rootCause: run.outputs['root-cause'] }).toEqual({ verdict: 'failed', rootCause: 'image-not-found' })
    expect(run.realSeconds).toBeLessThan(DEFAULT_EVIDENCE_DEADLINE_MS / 1000 + 30)
    expect(run.summary).toContain('No answer within the 60 s evidence collection deadline')
  })

  it.each(['DescribeServices', 'ListTasks', 'DescribeTasks'])('denied ecs:%s: exit 1, one error line naming the permission, no stack', (operation) => {
    const run = runs.get(`denied: ecs:${operation}`) as DistRun
    expect(run.exitCode).toBe(1)
    const errors = errorLines(run.stdout)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(`not allowed ecs:${operation}`)
    expect(errors[0].split('\n')).toHaveLength(1)
    expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK_FRAME)
  })

  it.each(BAD_INPUT_CASES.map(([input, kind, value]) => [badInputName(input, kind, value), input] as const))(
    '%s: exit 1, one error line naming the input, no stack',
    (name, input) => {
      const run = runs.get(name) as DistRun
      expect(run.exitCode).toBe(1)
      const errors = errorLines(run.stdout)
      expect(errors).toHaveLength(1)
      expect(errors[0]).toMatch(new RegExp(`^Input '${input}' (is required|must be)`))
      expect(errors[0].split('\n')).toHaveLength(1)
      expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK_FRAME)
    }
  )
})

describeIfBuilt('ecs-deploy-doctor diagnose --evidence with a bad file', () => {
  let dir = ''
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ecs-deploy-doctor-bad-evidence-'))
  })
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  const GOOD = JSON.stringify({ schemaVersion: 1, service: { serviceName: 'api' }, tasks: [] })
  const FILES: [string, string, RegExp][] = [
    ['malformed', '{ schemaVersion: 1, service: {} }', /is not valid JSON/],
    ['truncated', GOOD.slice(0, GOOD.length - 5), /is not valid JSON .*was the file truncated\?/],
    ['empty', '', /is not valid JSON/],
    ['wrong version', JSON.stringify({ schemaVersion: 2, service: {} }), /has schemaVersion 2; this version of ECS Deploy Doctor reads schemaVersion 1/],
    ['no version', JSON.stringify({ service: {} }), /has schemaVersion missing/],
    ['not an object', '[1, 2, 3]', /\[0\] must be a JSON object with schemaVersion 1, got number/],
    ['hostile: service is a string', JSON.stringify({ schemaVersion: 1, service: '<script>alert(1)</script>' }), /'service' must be an object/],
    ['hostile: tasks is an object', JSON.stringify({ schemaVersion: 1, service: {}, tasks: { __proto__: { polluted: true } } }), /'tasks' must be an array, got an object/],
    ['hostile: taskDefinition is a number', JSON.stringify({ schemaVersion: 1, service: {}, taskDefinition: 42 }), /'taskDefinition' must be an object or null, got number/],
    ['binary', '\u0000\u0001\u0002\uFFFD', /is not valid JSON/]
  ]

  it.each(FILES)('%s: one line on stderr, exit 2, no stack', async (name, content, message) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.json`)
    writeFileSync(file, content)
    const run = await runCli(['diagnose', '--evidence', file, '--format', 'json'])
    expect(run.exitCode).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(message)
    expect(run.stderr).not.toMatch(STACK_FRAME)
  })

  it('a file that does not exist: one line, exit 2', async () => {
    const run = await runCli(['diagnose', '--evidence', join(dir, 'missing.json')])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(/^ecs-deploy-doctor: cannot read --evidence .*missing\.json: ENOENT/)
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})
