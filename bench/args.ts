/** Command-line flags of `npm run bench`. Pure: argv in, options out; bad flags throw BenchUsageError naming the flag. */
import { parseArgs } from 'node:util'

export const SECTIONS = ['corpus', 'verdict', 'calls', 'diagnosis', 'startup', 'memory', 'strategies', 'preflight'] as const
export type SectionName = (typeof SECTIONS)[number]

export interface BenchOptions {
  /** Where to write the figures as JSON (none = print only). */
  json?: string
  /** Runs of every timing part; medians are quoted. */
  runs: number
  only: SectionName[]
  quick: boolean
  /** Rewrite the measured sections' blocks in README.md's Performance section. */
  readme: boolean
}

export const DEFAULT_RUNS = 3
export const QUICK_RUNS = 1
const MAX_RUNS = 20

export const USAGE = `usage: npm run bench -- [--json FILE] [--runs N] [--only ${SECTIONS.join(',')}] [--quick] [--readme]`

export class BenchUsageError extends Error {}

function parseRuns(text: string | undefined, quick: boolean): number {
  if (text === undefined) return quick ? QUICK_RUNS : DEFAULT_RUNS
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > MAX_RUNS) {
    throw new BenchUsageError(`--runs must be a whole number from 1 to ${MAX_RUNS} (got '${text}')`)
  }
  return Number(text)
}

function parseOnly(text: string | undefined): SectionName[] {
  if (text === undefined) return [...SECTIONS]
  const names = text.split(',').map((name) => name.trim()).filter((name) => name !== '')
  const unknown = names.filter((name) => !(SECTIONS as readonly string[]).includes(name))
  if (names.length === 0 || unknown.length > 0) {
    throw new BenchUsageError(`--only '${text}': unknown section ${unknown.map((n) => `'${n}'`).join(', ') || '(none given)'}; accepted: ${SECTIONS.join(', ')}`)
  }
  return SECTIONS.filter((name) => names.includes(name))
}

export function parseBenchArgs(argv: string[]): BenchOptions {
  let values: { json?: string; runs?: string; only?: string; quick?: boolean; readme?: boolean }
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: { json: { type: 'string' }, runs: { type: 'string' }, only: { type: 'string' }, quick: { type: 'boolean' }, readme: { type: 'boolean' } },
      strict: true,
      allowPositionals: false
    }))
  } catch (error) {
    throw new BenchUsageError(error instanceof Error ? error.message : String(error))
  }
  if (values.json !== undefined && values.json.trim() === '') throw new BenchUsageError('--json needs a file name')
  const quick = values.quick ?? false
  return { json: values.json, runs: parseRuns(values.runs, quick), only: parseOnly(values.only), quick, readme: values.readme ?? false }
}
