/**
 * The fault matrix's cells (one fault setting each) and its cases (each cell × the scenarios it runs), shared by
 * the matrix (fault-matrix.test.ts) and the README's figures (__tests__/readme/figures.test.ts).
 */
import { scenarios, type Faults, type Scenario } from '../../simulator/index.js'
import type { EngineOptions } from './engine.js'

export interface Cell {
  /** The row of the README's reliability table this cell counts towards. */
  row: string
  name: string
  faults: Faults
  /** Rough real cost of one run, to start the slowest first. */
  weight: number
  clock?: EngineOptions['clock']
  /** Scaled latency: ms of simulated time per call, turned into real ms at each scenario's speed. */
  simulatedLatencyMs?: number
  only?: (scenario: Scenario) => boolean
}

export const SEEDS = [1, 2]
const REAL_LATENCY_SUBSET = new Set([
  'healthy',
  'circuit-breaker-rollback',
  'slow-image-pull-timeout',
  'capacity-unavailable-persistent',
  'secret-access-denied',
  'network-no-nat-route',
  'app-missing-env-var',
  'elb-wrong-path'
])

export const CELLS: Cell[] = [
  ...SEEDS.flatMap((seed) => [
    { row: '30 % of calls throttled', name: `throttling 30 % (seed ${seed})`, faults: { throttleRate: 0.3, seed }, weight: 2 },
    { row: '60 % of calls throttled', name: `throttling 60 % (seed ${seed})`, faults: { throttleRate: 0.6, seed }, weight: 4 },
    { row: '10 % of calls answered HTTP 500/503', name: `HTTP 500/503 10 % (seed ${seed})`, faults: { errorRate: 0.1, seed }, weight: 1 },
    { row: '30 % throttled and 10 % 5xx', name: `throttling 30 % + HTTP 5xx 10 % (seed ${seed})`, faults: { throttleRate: 0.3, errorRate: 0.1, seed }, weight: 3 }
  ]),
  { row: "2 s latency on every call (scaled to each scenario's speed)", name: '2 s latency per call (scaled to each scenario speed)', faults: {}, clock: 'scaled', simulatedLatencyMs: 2000, weight: 1 },
  { row: '2 s real latency on every call (one scenario per verdict and evidence path)', name: '2 s real latency per call (subset)', faults: { latencyMs: 2000 }, only: (s) => REAL_LATENCY_SUBSET.has(s.name), weight: 5 }
]

export const cases = CELLS.flatMap((cell) => scenarios.filter((s) => !cell.only || cell.only(s)).map((scenario) => ({ cell, scenario })))
export const key = (cell: Cell, scenario: Scenario) => `${cell.name} / ${scenario.name}`
