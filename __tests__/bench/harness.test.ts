/** The bench harness's pure parts (flags, statistics, the markdown it prints, the scenarios it derives), and what the other tools say. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { BenchUsageError, parseBenchArgs, SECTIONS } from '../../bench/args.js'
import { namesRootCause, rootCauseSaid } from '../../bench/names-root-cause.js'
import { officialVerification, runOfficial, waiterError } from '../../bench/official.js'
import { circuitBreaker, circuitBreakerTrip, failureMoments } from '../../bench/replay.js'
import { breakerSaid, namedText, officialSaid, type ScenarioFigures } from '../../bench/sections/time-to-verdict.js'
import { README_END, README_PATH, README_START, readBenchSections, renderReadmeSection, withBenchSections } from '../../bench/readme.js'
import { renderReport, renderSection, type SectionResult } from '../../bench/report.js'
import { failingScenarios, MEMORY_FAILED_CONTAINERS, MEMORY_TASKS, memoryScenario, slowButHealthy, withCircuitBreaker } from '../../bench/scenarios.js'
import { median } from '../../bench/stats.js'
import { getScenario } from '../../simulator/index.js'

describe('bench flags', () => {
  it('runs every section three times by default and once with --quick', () => {
    expect(parseBenchArgs([])).toEqual({ json: undefined, runs: 3, only: [...SECTIONS], quick: false, readme: false })
    expect(parseBenchArgs(['--readme']).readme).toBe(true)
    expect(parseBenchArgs(['--quick']).runs).toBe(1)
    expect(parseBenchArgs(['--quick', '--runs', '5']).runs).toBe(5)
  })

  it('keeps the sections of --only in report order and writes JSON where told', () => {
    const options = parseBenchArgs(['--only', 'memory,verdict', '--json', 'bench/results/latest.json'])
    expect(options.only).toEqual(['verdict', 'memory'])
    expect(options.json).toBe('bench/results/latest.json')
  })

  it('names the bad flag and what is accepted', () => {
    expect(() => parseBenchArgs(['--only', 'verdict,speed'])).toThrow(`--only 'verdict,speed': unknown section 'speed'; accepted: ${SECTIONS.join(', ')}`)
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/--runs must be a whole number from 1 to 20 \(got '0'\)/)
    expect(() => parseBenchArgs(['--json', ''])).toThrow(BenchUsageError)
    expect(() => parseBenchArgs(['--fast'])).toThrow(BenchUsageError)
  })
})

describe('bench statistics', () => {
  it('quotes the median of odd and even counts', () => {
    expect(median([72, 120, 96])).toBe(96)
    expect(median([1, 2, 3, 10])).toBe(2.5)
  })
})

describe('bench report', () => {
  const section: SectionResult = {
    name: 'calls',
    title: '2. AWS API calls',
    figures: [
      { name: 'Calls per steady poll', value: '3', target: '≤ 3', pass: true },
      { name: 'Calls for a failing run', value: '46 | ECS', target: '≤ 40', pass: false },
      { name: 'Bundle', value: '5.9 MB', target: '—', pass: null }
    ],
    tables: [],
    notes: ['counted by the simulator'],
    data: {}
  }

  it('prints each figure beside its target with ✅ / ❌, escaping pipes', () => {
    const markdown = renderSection(section)
    expect(markdown).toContain('| Calls per steady poll | 3 | ≤ 3 | ✅ |')
    expect(markdown).toContain('| Calls for a failing run | 46 \\| ECS | ≤ 40 | ❌ |')
    expect(markdown).toContain('| Bundle | 5.9 MB | — | — |')
    expect(markdown).toContain('- counted by the simulator')
  })

  it('counts the targets met over figures that have one', () => {
    const header = { date: '2026-11-21', node: '20.20.2', cpus: '2 × CPU', loadAverage: 0.4, runs: 3, quick: false, durationSeconds: 161 }
    expect(renderReport(header, [section])).toMatch(/^Measured 2026-11-21 on 2 × CPU \(load average 0\.4 at the start\).* the bench took 161 s\. Targets met: 1 of 2\./)
  })
})

describe("the README's Performance block (npm run bench -- --readme)", () => {
  const header = { date: '2026-12-05', node: '20.20.2', cpus: '2 × AMD EPYC', loadAverage: 3.24, runs: 3, quick: false, durationSeconds: 300 }
  const section = (name: SectionResult['name'], value: string): SectionResult => ({
    name,
    title: `Title of ${name}`,
    figures: [
      { name: 'Calls for a failing run', value, target: '≤ 40', pass: false },
      { name: 'Bundle', value: '5.9 MB', target: '—', pass: null }
    ],
    tables: [
      { caption: 'Per scenario', header: ['Scenario', 'Calls'], rows: [['healthy', '12']] },
      { caption: 'Per strategy', header: ['Strategy', 'Quiet poll calls'], rows: [['BLUE_GREEN', '2']], readme: true }
    ],
    notes: ['a note'],
    data: {}
  })
  const readme = (block: string) => `# Title\n\n## Performance\n\n${README_START}\n${block}\n${README_END}\n\n## Development\n`

  it('writes each section with its date and machine, its figures and only the tables it marks for the README; reads them back', () => {
    const markdown = renderReadmeSection(header, section('calls', '46 | ECS'))
    expect(markdown).toContain('Measured 2026-12-05 on 2 × AMD EPYC (load average 3.2 at the start), Node 20.20.2; 3 runs per timing figure (medians).')
    expect(markdown).toContain('| Calls for a failing run | 46 \\| ECS | ≤ 40 | ❌ |')
    expect(markdown).toContain('| BLUE_GREEN | 2 |')
    expect(markdown).not.toContain('Per scenario')
    expect(markdown).not.toContain('a note')
    const [read] = readBenchSections(readme(markdown))
    expect(read).toEqual({
      name: 'calls',
      title: 'Title of calls',
      measured: 'Measured 2026-12-05 on 2 × AMD EPYC (load average 3.2 at the start), Node 20.20.2; 3 runs per timing figure (medians).',
      figures: section('calls', '46 | ECS').figures
    })
  })

  it('replaces the sections measured, keeps the others, in report order, and leaves the rest of the README alone', () => {
    const before = readme([renderReadmeSection(header, section('corpus', 'old')), renderReadmeSection(header, section('memory', 'old'))].join('\n\n'))
    const after = withBenchSections(before, { ...header, date: '2026-12-06', quick: true, runs: 1 }, [section('memory', 'new'), section('verdict', 'new')])
    const read = readBenchSections(after)
    expect(read.map((r) => [r.name, r.figures[0].value])).toEqual([
      ['corpus', 'old'],
      ['verdict', 'new'],
      ['memory', 'new']
    ])
    expect(read[2].measured).toBe('Measured 2026-12-06 on 2 × AMD EPYC (load average 3.2 at the start), Node 20.20.2; 1 run per timing figure, --quick.')
    expect(after.startsWith('# Title\n\n## Performance\n\n')).toBe(true)
    expect(after.endsWith(`${README_END}\n\n## Development\n`)).toBe(true)
    expect(withBenchSections(after, header, [section('memory', 'new')])).toBe(withBenchSections(after, header, [section('memory', 'new')]))
  })

  it('names the markers when the README lacks them', () => {
    expect(() => withBenchSections('# no block\n', header, [])).toThrow(`README.md lacks the markers ${README_START} … ${README_END}`)
  })

  it('is in README.md as the generator writes it, with the figures of every section', () => {
    const sections = readBenchSections(readFileSync(README_PATH, 'utf8'))
    expect(sections.map((s) => s.name)).toEqual([...SECTIONS])
    for (const s of sections) {
      expect(s.figures.length).toBeGreaterThan(0)
      expect(s.figures.every((f) => f.name !== '' && f.value !== '' && f.target !== '')).toBe(true)
    }
  })
})

describe('bench scenarios', () => {
  it('switches the circuit breaker on without touching the catalogue', () => {
    const original = getScenario('image-not-found')
    const withBreaker = withCircuitBreaker(original)
    expect(withBreaker.world.service.deploymentConfiguration.deploymentCircuitBreaker).toEqual({ enable: true, rollback: true })
    expect(original.world.service.deploymentConfiguration.deploymentCircuitBreaker?.enable).toBe(false)
  })

  it('scales slow-but-healthy and builds the memory load', () => {
    expect(slowButHealthy(1000).world.service.desiredCount).toBe(1000)
    const memory = memoryScenario()
    expect(memory.world.service.desiredCount).toBe(MEMORY_TASKS)
    const crashes = memory.timeline.newTasks.filter((fate) => fate.outcome.kind === 'container-exits')
    expect(crashes).toHaveLength(MEMORY_FAILED_CONTAINERS)
    expect(memory.timeline.newTasks.at(-1)?.outcome.kind).toBe('healthy')
  })

  it('covers every scenario that does not end stable', () => {
    const names = failingScenarios().map((s) => s.name)
    expect(names).toContain('secret-access-denied')
    expect(names).not.toContain('healthy')
  })
})

describe('engine replays', () => {
  it('finds when the breaker trips, and that it never trips when no task starts', () => {
    const trip = circuitBreakerTrip(getScenario('circuit-breaker-rollback'), 600)
    expect(trip).toBeGreaterThan(0)
    expect(circuitBreakerTrip(withCircuitBreaker(getScenario('capacity-unavailable-persistent')), 600)).toBeUndefined()
  })

  it('lists failed stops in order and ignores a healthy rollout', () => {
    const stops = failureMoments(getScenario('image-not-found'), 120).failedStopsAt
    expect(stops.length).toBeGreaterThan(1)
    expect([...stops].sort((a, b) => a - b)).toEqual(stops)
    expect(failureMoments(getScenario('healthy'), 600).failedStopsAt).toEqual([])
  })
})

describe('what the official action and the circuit breaker say, read for a root cause', () => {
  const ELB_EVENT =
    '(service api) (task 32381202da30af701cce92481562b21c) (port 8080) is unhealthy in (target-group arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/prod-api-tg/da6d537000db3b3e) due to (reason Health checks failed with these codes: [404]).'
  const BREAKER_REASON = 'ECS deployment circuit breaker: tasks failed to start.'

  it("reads nothing from the real waiter's timeout: the action prints the JSON of the waiter's result", async () => {
    // The real waitUntilServicesStable against the simulator, 600× faster: image-not-found never stabilises.
    const run = await runOfficial(getScenario('image-not-found'), 600, 600)
    expect(run.outcome).toBe('timeout')
    expect(run.said.waiterState).toBe('TIMEOUT')
    expect(run.said.waiterReason).toBe('Waiter has timed out')
    expect(run.said.failureMessage).toMatch(/^\{"state":"TIMEOUT","observedResponses":\{"200: OK":\d+\},"reason":"Waiter has timed out"\}$/)
    expect(rootCauseSaid(officialSaid(run.said))).toBeNull()
    expect(namesRootCause(officialSaid(run.said), 'image-not-found')).toBe(false)
  }, 30_000)

  it("words v2.6.3's check after the waiter succeeded as the action does, and those lines name nothing", () => {
    const gone = officialVerification('ecs-svc/42', [{ id: 'ecs-svc/41', rolloutState: 'COMPLETED' }])
    expect(gone).toEqual({
      outcome: 'fails: rolled back',
      failureMessage: 'Deployment ecs-svc/42 not found after stabilization. The deployment was likely rolled back by the deployment circuit breaker.'
    })
    const failed = officialVerification('ecs-svc/42', [{ id: 'ecs-svc/42', rolloutState: 'FAILED', rolloutStateReason: BREAKER_REASON }])
    expect(failed.failureMessage).toBe(`Deployment ecs-svc/42 FAILED: ${BREAKER_REASON}`)
    expect(officialVerification('ecs-svc/42', [{ id: 'ecs-svc/42', rolloutState: 'COMPLETED' }])).toEqual({ outcome: 'passes (failure missed)' })
    for (const said of [gone, failed]) expect(rootCauseSaid({ messages: [said.failureMessage as string] })).toBeNull()
    expect(officialSaid({ waiterState: 'SUCCESS' })).toEqual({ messages: [] })
  })

  it("keeps an error that is not the waiter's JSON as the action would print it", () => {
    expect(waiterError(new Error('socket hang up'))).toEqual({ outcome: 'fails: service gone', waiterState: 'ERROR', failureMessage: 'socket hang up' })
  })

  it('reads the cause from a breaker event that quotes the failing health check, not from "tasks failed to start"', () => {
    expect(namesRootCause({ messages: [ELB_EVENT], rolloutStateReason: BREAKER_REASON }, 'elb-health-check-failed')).toBe(true)
    expect(rootCauseSaid({ messages: ['(service api) (deployment ecs-svc/6623947508749515090) deployment failed: tasks failed to start.'], rolloutStateReason: BREAKER_REASON })).toBeNull()
    expect(namesRootCause({ messages: [ELB_EVENT] }, null)).toBe(false)
    expect(namesRootCause({ messages: [] }, 'image-not-found')).toBe(false)
  })

  it('takes what ECS shows when the breaker trips: it names an ELB failure, not a missing image; a breaker that never trips says nothing', () => {
    const elb = circuitBreaker(withCircuitBreaker(getScenario('elb-wrong-path')), 600)
    expect(elb?.rolloutStateReason).toBe(BREAKER_REASON)
    expect(elb?.events.some((e) => e.endsWith('due to (reason Health checks failed with these codes: [404]).'))).toBe(true)
    expect(namesRootCause(breakerSaid(elb), 'elb-health-check-failed')).toBe(true)

    const image = circuitBreaker(withCircuitBreaker(getScenario('image-not-found')), 600)
    expect(image?.events).toEqual(expect.arrayContaining([expect.stringMatching(/^\(service api\) \(deployment ecs-svc\/\d+\) deployment failed: tasks failed to start\.$/)]))
    expect(rootCauseSaid(breakerSaid(image))).toBeNull()

    const never = circuitBreaker(withCircuitBreaker(getScenario('capacity-unavailable-persistent')), 600)
    expect(never).toBeUndefined()
    expect(breakerSaid(never)).toEqual({ messages: [] })
  })

  it('counts, for each tool, the scenarios whose expected root cause it names', () => {
    const row = (expected: string | null, ours: boolean, official: boolean, breaker: boolean) =>
      ({
        expected: { verdict: 'failed', rootCause: expected },
        ours: { rootCauseCorrect: ours },
        official: { namesRootCause: official },
        breaker: { namesRootCause: breaker }
      }) as unknown as ScenarioFigures
    const rows = [row('image-not-found', true, false, false), row('elb-health-check-failed', true, false, true), row('segfault', false, false, false), row(null, false, false, false)]
    expect(namedText(rows)).toBe('this action 2/3 · official action 0/3 · circuit breaker 1/3')
  })
})
