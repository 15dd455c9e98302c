/**
 * The real-world corpus is well formed (every record sourced, labelled with known codes, buildable into
 * evidence), and the diagnosis names an acceptable root cause for it at the accuracy issue 13 targets
 * (bench/targets.ts): overall, for ECS's own records, and for every healthy deployment (no root cause).
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CORPUS_MIN_ACCURACY, CORPUS_MIN_HEALTHY_ACCURACY } from '../../bench/targets.js'
import { parseEvidence } from '../../src/evidence/validate.js'
import { accuracyByCategory, CORPUS_CODES, corpusProblems, loadCorpus, recordEvidence, scoreRecord, type Accuracy, type Scored } from './harness.js'

const records = loadCorpus()

describe('the real-world corpus', () => {
  test('every record has a source URL, a known label and quotes something the ECS APIs return', () => {
    expect(corpusProblems(records, CORPUS_CODES)).toEqual([])
  })

  test('every record builds an evidence document that the evidence validator accepts', () => {
    for (const record of records) expect(() => parseEvidence(JSON.stringify(recordEvidence(record)))).not.toThrow()
  })
})

describe('diagnosis accuracy on the real-world corpus', () => {
  const scored = records.map(scoreRecord)
  const ratio = (a: Accuracy) => (a.total === 0 ? 1 : a.correct / a.total)
  const misses = (include: (s: Scored) => boolean) =>
    scored.filter((s) => include(s) && !s.correct).map((s) => `${s.record.id}: got ${s.got ?? 'no root cause'}, expected ${s.record.expected.join(' or ') || 'no root cause'}`)
  const total = (include: (s: Scored) => boolean) => accuracyByCategory(scored, include).at(-1) as Accuracy

  test(`names an acceptable root cause for at least ${CORPUS_MIN_ACCURACY * 100} % of all records`, () => {
    const all = total(() => true)
    expect({ accuracy: ratio(all) >= CORPUS_MIN_ACCURACY, misses: misses(() => true) }).toMatchObject({ accuracy: true })
  })

  test(`and of ECS's own records (without other platforms' runtime messages)`, () => {
    const ecs = (s: Scored) => (s.record.origin ?? 'ecs') === 'ecs'
    expect({ accuracy: ratio(total(ecs)) >= CORPUS_MIN_ACCURACY, misses: misses(ecs) }).toMatchObject({ accuracy: true })
  })

  test('never names a root cause for a healthy deployment, with or without the watch verdict', () => {
    const healthy = (s: Scored) => s.record.expected.length === 0
    expect(total(healthy).total).toBeGreaterThan(0)
    expect({ accuracy: ratio(total(healthy)) >= CORPUS_MIN_HEALTHY_ACCURACY, misses: misses(healthy) }).toEqual({ accuracy: true, misses: [] })
  })
})

describe("the README's corpus figures", () => {
  const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'README.md'), 'utf8').replace(/\s+/g, ' ')
  const scored = records.map(scoreRecord)
  const count = (include: (s: Scored) => boolean) => {
    const chosen = scored.filter(include)
    return { right: chosen.filter((s) => s.correct).length, total: chosen.length }
  }
  const ecs = (s: Scored) => (s.record.origin ?? 'ecs') === 'ecs'
  const fresh = (s: Scored) => s.record.split === 'fresh'
  const pct = (c: { right: number; total: number }) => `${((100 * c.right) / c.total).toFixed(1)} %`

  test('are what the corpus measures today (whole corpus, ECS records, healthy, fresh split)', () => {
    const all = count(() => true)
    const ecsAll = count(ecs)
    const healthy = count((s) => s.record.expected.length === 0)
    const freshAll = count(fresh)
    const freshEcs = count((s) => fresh(s) && ecs(s))
    expect(readme).toContain(`acceptable root cause for ${all.right} of ${all.total} records (${pct(all)}; ${ecsAll.right} of ${ecsAll.total} ECS records, ${pct(ecsAll)})`)
    expect(readme).toContain(`none for every healthy deployment (${healthy.right} of ${healthy.total})`)
    expect(readme).toContain(`the **fresh split**: ${freshAll.total} records`)
    expect(readme).toContain(`right for ${freshAll.right} of ${freshAll.total} (${pct(freshAll)}; ${freshEcs.right} of ${freshEcs.total} ECS records, ${pct(freshEcs)})`)
  })
})
