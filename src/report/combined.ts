/**
 * One report for a step that watched several services: a row per service, then the full
 * report of each failing one (with its rollback, when one was asked for). Pure, and within the
 * same size limits as a single report.
 */
import { rollbackLabel, withRollbackSection } from './rollback.js'
import { COMMENT_MAX_CHARS, renderComment } from './comment.js'
import { code } from './escape.js'
import { heading, table } from './markdown.js'
import { watchDuration, type ReportInput } from './model.js'
import { renderSummary, SUMMARY_MAX_BYTES } from './summary.js'
import { hardCut, characters, utf8Bytes } from './budget.js'

const ICON: Record<ReportInput['verdict'], string> = {
  stable: '✅',
  failed: '❌',
  'rolled-back': '↩️',
  stuck: '⏸️',
  timeout: '⏱️'
}

/** One service's report, with what `on-failure: rollback` did to it. */
export type ServiceReport = ReportInput

/** Room kept in a service's share of the summary for its rollback section. */
const ROLLBACK_SECTION_RESERVE = 8_000

function failing<T extends ReportInput>(reports: T[]): T[] {
  return reports.filter((r) => r.verdict !== 'stable')
}

function headline(reports: ReportInput[]): string {
  const bad = failing(reports)
  if (bad.length === 0) return heading(2, `✅ All ${reports.length} services deployed and stable`)
  const counts = new Map<string, number>()
  for (const r of reports) counts.set(r.verdict, (counts.get(r.verdict) ?? 0) + 1)
  const parts = [...counts.entries()].map(([verdict, n]) => `${n} ${verdict}`)
  return heading(2, `❌ ${bad.length} of ${reports.length} services did not deploy: ${parts.join(', ')}`)
}

function overview(reports: ServiceReport[]): string {
  const withRollback = reports.some((r) => r.rollback)
  return table(
    ['Service', 'Verdict', 'Root cause', 'Deployment', 'Duration', ...(withRollback ? ['Rollback'] : [])],
    reports.map((r) => [
      code(r.serviceName, { inTable: true }),
      `${ICON[r.verdict]} ${r.verdict}`,
      r.diagnosis?.rootCause ? code(r.diagnosis.rootCause.code, { inTable: true }) : '',
      r.deploymentId ? code(r.deploymentId, { inTable: true }) : '',
      watchDuration(r),
      ...(withRollback ? [r.rollback ? rollbackLabel(r.rollback) : ''] : [])
    ])
  )
}

/** Each service's report nests under the step's h2 headline: its own headline is an h3. */
const SERVICE_HEADING_LEVEL = 3

export function renderCombinedSummary(reports: ServiceReport[], opts: { maxBytes?: number } = {}): string {
  const max = opts.maxBytes ?? SUMMARY_MAX_BYTES
  const head = `${headline(reports)}\n\n${overview(reports)}\n`
  const bad = failing(reports)
  const share = Math.floor((max - utf8Bytes(head) - 200) / Math.max(bad.length, 1))
  const bodies = bad.map((r) => {
    const reserve = r.rollback ? ROLLBACK_SECTION_RESERVE : 0
    const summary = renderSummary(r, { maxBytes: Math.max(share - reserve, 2_000), headingLevel: SERVICE_HEADING_LEVEL })
    return withRollbackSection(summary, r, r.rollback, SERVICE_HEADING_LEVEL + 1)
  })
  return hardCut([head, ...bodies].join('\n---\n\n'), { max, measure: utf8Bytes })
}

export function renderCombinedComment(reports: ServiceReport[]): string {
  const head = `${headline(reports)}\n\n${overview(reports)}\n`
  const bad = failing(reports)
  const share = Math.floor((COMMENT_MAX_CHARS - head.length - 200) / Math.max(bad.length, 1))
  const bodies = bad.map((r) => {
    const comment = renderComment(r, { headingLevel: SERVICE_HEADING_LEVEL })
    const single = withRollbackSection(comment, r, r.rollback, SERVICE_HEADING_LEVEL + 1)
    return hardCut(single, { max: share, measure: characters })
  })
  return hardCut([head, ...bodies].join('\n---\n\n'), { max: COMMENT_MAX_CHARS, measure: characters })
}
