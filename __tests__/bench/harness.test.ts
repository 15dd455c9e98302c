/** Smoke test of the bench harness's pure parts: flags, statistics, the markdown it prints, the scenarios it derives. */
import { describe, expect, it } from '@jest/globals'
import { BenchUsageError, parseBenchArgs, SECTIONS } from '../../bench/args.js'
import { circuitBreakerTrip, failureMoments } from '../../bench/replay.js'
import { renderReport, renderSection, type SectionResult } from '../../bench/report.js'
import { failingScenarios, MEMORY_FAILED_CONTAINERS, MEMORY_TASKS, memoryScenario, slowButHealthy, withCircuitBreaker } from '../../bench/scenarios.js'
import { median } from '../../bench/stats.js'
import { getScenario } from '../../simulator/index.js'

describe('bench flags', () => {
  it('runs every section three times by default and once with --quick', () => {
    expect(parseBenchArgs([])).toEqual({ json: undefined, runs: 3, only: [...SECTIONS], quick: false })
    expect(parseBenchArgs(['--quick']).runs).toBe(1)
    expect(parseBenchArgs(['--quick', '--runs', '5']).runs).toBe(5)
  })

  it('keeps the sections of --only in report order and writes JSON where told', () => {
    const options = parseBenchArgs(['--only', 'memory,verdict', '--json', 'bench/results/latest.json'])
    expect(options.only).toEqual(['verdict', 'memory'])
    expect(options.json).toBe('bench/results/latest.json')
  })

  it('names the bad flag and what is accepted', () => {
    expect(() => parseBenchArgs(['--only', 'verdict,speed'])).toThrow(/--only 'verdict,speed': unknown section 'speed'; accepted: verdict, calls, diagnosis, startup, memory/)
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
    expect(circuitBreakerTrip(withCircuitBreaker(getScenario('placement-stuck')), 600)).toBeUndefined()
  })

  it('lists failed stops in order and ignores a healthy rollout', () => {
    const stops = failureMoments(getScenario('image-not-found'), 120).failedStopsAt
    expect(stops.length).toBeGreaterThan(1)
    expect([...stops].sort((a, b) => a - b)).toEqual(stops)
    expect(failureMoments(getScenario('healthy'), 600).failedStopsAt).toEqual([])
  })
})
