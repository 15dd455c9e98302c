/**
 * npm run bench [-- --json FILE] [--runs N] [--only NAME,...] [--quick] [--readme]: measures this action against
 * the alternatives on the simulator and prints one markdown table per section (figures beside their targets);
 * --readme also rewrites those sections in README.md's Performance block. See bench/README.md for what each
 * figure means and how it is measured.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname } from 'node:path'
import { BenchUsageError, parseBenchArgs, USAGE, type BenchOptions, type SectionName } from './args.js'
import { README_PATH, withBenchSections } from './readme.js'
import { renderReport, type SectionResult } from './report.js'
import { apiCallsSection } from './sections/api-calls.js'
import { corpusSection } from './sections/corpus.js'
import { diagnosisLatencySection } from './sections/diagnosis-latency.js'
import { memorySection } from './sections/memory.js'
import { preflightSection } from './sections/preflight.js'
import { startupSection } from './sections/startup.js'
import { strategiesSection } from './sections/strategies.js'
import { timeToVerdictSection } from './sections/time-to-verdict.js'

type Section = (options: BenchOptions, progress: (message: string) => void) => Promise<SectionResult>

const SECTION_RUNNERS: Record<SectionName, Section | undefined> = {
  corpus: corpusSection,
  verdict: timeToVerdictSection,
  calls: apiCallsSection,
  diagnosis: diagnosisLatencySection,
  startup: startupSection,
  memory: memorySection,
  strategies: strategiesSection,
  preflight: preflightSection
}

/** Node warnings (e.g. MaxListenersExceededWarning from code under test) are counted and listed once, not printed mid-table. */
function collectWarnings(): Map<string, number> {
  const seen = new Map<string, number>()
  process.removeAllListeners('warning')
  process.on('warning', (warning) => {
    const key = `${warning.name}: ${warning.message.split('\n')[0]}`
    seen.set(key, (seen.get(key) ?? 0) + 1)
  })
  return seen
}

function progress(message: string): void {
  process.stderr.write(`${message}\n`)
}

async function main(): Promise<void> {
  let options: BenchOptions
  try {
    options = parseBenchArgs(process.argv.slice(2))
  } catch (error) {
    if (error instanceof BenchUsageError) {
      process.stderr.write(`bench: ${error.message}\n${USAGE}\n`)
      process.exit(2)
    }
    throw error
  }
  const warnings = collectWarnings()
  const loadAverage = loadavg()[0]
  const started = performance.now()
  const sections: SectionResult[] = []
  for (const name of options.only) {
    const runner = SECTION_RUNNERS[name]
    if (!runner) continue
    const sectionStarted = performance.now()
    progress(`bench: ${name}`)
    sections.push(await runner(options, progress))
    progress(`bench: ${name} took ${((performance.now() - sectionStarted) / 1000).toFixed(1)} s`)
  }
  const durationSeconds = (performance.now() - started) / 1000
  const cpuList = cpus()
  const header = {
    date: new Date().toISOString().slice(0, 10),
    node: process.versions.node,
    cpus: `${cpuList.length} × ${cpuList[0]?.model.trim() ?? 'unknown CPU'}`,
    loadAverage,
    runs: options.runs,
    quick: options.quick,
    durationSeconds
  }
  let markdown = renderReport(header, sections)
  if (warnings.size > 0) {
    markdown += `\nNode warnings during the bench: ${[...warnings.entries()].map(([w, n]) => `${w} (×${n})`).join('; ')}\n`
  }
  process.stdout.write(markdown)
  if (options.json) {
    mkdirSync(dirname(options.json), { recursive: true })
    writeFileSync(options.json, `${JSON.stringify({ ...header, sections, warnings: Object.fromEntries(warnings) }, null, 2)}\n`)
    progress(`bench: figures written to ${options.json}`)
  }
  if (options.readme) {
    writeFileSync(README_PATH, withBenchSections(readFileSync(README_PATH, 'utf8'), header, sections))
    progress(`bench: ${sections.map((s) => s.name).join(', ')} written to the Performance block of ${README_PATH}`)
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
