/** The root-cause catalogue is the one source of the README's table and covers every code. */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { CATALOGUE, rootCauseTable } from '../../src/diagnose/catalogue.js'
import { ROOT_CAUSE_CODES } from '../../src/types.js'
import { END, README, START, withGeneratedTable } from '../../docs/diagnosis/root-causes.js'

describe('the root-cause catalogue', () => {
  test("README's root-cause table is the one generated from the catalogue (npx tsx docs/diagnosis/root-causes.ts rewrites it)", () => {
    const readme = readFileSync(README, 'utf8')
    expect(readme).toContain(START)
    expect(readme).toContain(END)
    expect(readme).toBe(withGeneratedTable(readme))
  })

  test('every code has a summary, the messages that name it, what confirms it and what the fixes do', () => {
    for (const code of ROOT_CAUSE_CODES) {
      const entry = CATALOGUE[code]
      expect(entry.summary.length).toBeGreaterThan(10)
      expect([entry.readFrom, entry.confirmedBy, entry.fixes].every((text) => text.length > 0)).toBe(true)
    }
    expect(rootCauseTable().split('\n')).toHaveLength(ROOT_CAUSE_CODES.length + 2)
  })
})
