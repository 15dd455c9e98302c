/** What each section measured, and its markdown. Pure: results in, markdown out. */
import type { SectionName } from './args.js'

export interface Figure {
  name: string
  value: string
  /** Human-readable target, e.g. "≤ 3"; '—' when the figure is reported without a target. */
  target: string
  /** null = no target to meet. */
  pass: boolean | null
}

export interface Table {
  caption?: string
  /** Also shown in the README's Performance block (`--readme`); by default only the figures are. */
  readme?: boolean
  header: string[]
  rows: string[][]
}

export interface SectionResult {
  name: SectionName
  title: string
  figures: Figure[]
  tables: Table[]
  notes: string[]
  /** Raw measurements, for the JSON file. */
  data: unknown
}

export function mark(pass: boolean | null): string {
  if (pass === null) return '—'
  return pass ? '✅' : '❌'
}

/** Table cells may hold anything AWS-free we produce, but a pipe or newline would break the row. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

export function renderTable(table: Table): string {
  const lines: string[] = []
  if (table.caption) lines.push(table.caption, '')
  lines.push(`| ${table.header.map(cell).join(' | ')} |`)
  lines.push(`|${table.header.map(() => '---').join('|')}|`)
  for (const row of table.rows) lines.push(`| ${row.map(cell).join(' | ')} |`)
  return lines.join('\n')
}

export function figuresTable(figures: Figure[]): Table {
  return {
    header: ['Figure', 'Measured', 'Target', ''],
    rows: figures.map((f) => [f.name, f.value, f.target, mark(f.pass)])
  }
}

export function renderSection(section: SectionResult): string {
  const parts = [`### ${section.title}`, renderTable(figuresTable(section.figures))]
  for (const table of section.tables) parts.push(renderTable(table))
  if (section.notes.length > 0) parts.push(section.notes.map((n) => `- ${n}`).join('\n'))
  return parts.join('\n\n')
}

export interface BenchHeader {
  date: string
  node: string
  cpus: string
  /** 1-minute load average when the bench started: other work on the machine inflates the timings. */
  loadAverage: number
  runs: number
  quick: boolean
  durationSeconds: number
}

export function renderReport(header: BenchHeader, sections: SectionResult[]): string {
  const all = sections.flatMap((s) => s.figures).filter((f) => f.pass !== null)
  const met = all.filter((f) => f.pass).length
  const intro =
    `Measured ${header.date} on ${header.cpus} (load average ${header.loadAverage.toFixed(1)} at the start), Node ${header.node}; ${header.runs} run(s) per timing figure (medians)` +
    `${header.quick ? ', --quick' : ''}; the bench took ${header.durationSeconds.toFixed(0)} s. ` +
    `Targets met: ${met} of ${all.length}.`
  return [intro, ...sections.map(renderSection)].join('\n\n') + '\n'
}
