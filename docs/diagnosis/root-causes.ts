/**
 * Rewrites README.md's root-cause table from src/diagnose/catalogue.ts (between the root-causes
 * markers). Run: npx tsx docs/diagnosis/root-causes.ts
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { rootCauseTable } from '../../src/diagnose/catalogue.js'

export const README = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'README.md')
export const START = '<!-- root-causes:start (generated from src/diagnose/catalogue.ts: npx tsx docs/diagnosis/root-causes.ts) -->'
export const END = '<!-- root-causes:end -->'

/** The README with its table replaced by the generated one. */
export function withGeneratedTable(readme: string): string {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${START} … ${END}`)
  return `${readme.slice(0, start + START.length)}\n${rootCauseTable()}\n${readme.slice(end)}`
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(README, withGeneratedTable(readFileSync(README, 'utf8')))
}
