/**
 * What one step of the action publishes: the job summary and the PR comment, for one service (its
 * report, with the rollback section under the headline) or several (the combined report). Pure.
 */
import { rollbackLine, withRollbackSection } from './rollback.js'
import { characters, hardCut, utf8Bytes } from './budget.js'
import { renderCombinedComment, renderCombinedSummary, type ServiceReport } from './combined.js'
import { COMMENT_MAX_CHARS, renderComment } from './comment.js'
import { endSentence, verdictPhrase, watchReason } from './headline.js'
import type { ReportInput } from './model.js'
import { renderSummary, SUMMARY_MAX_BYTES } from './summary.js'

/** Room for the rollback section in a single report (it is a few KiB at most). */
const ROLLBACK_SECTION_RESERVE = 8_000

/** Under GitHub's 65,536 characters: a comment is at most COMMENT_MAX_CHARS plus the rollback section. */
const COMMENT_WITH_ROLLBACK_MAX_CHARS = COMMENT_MAX_CHARS + 5_000

function serviceSummary(report: ServiceReport, maxBytes: number): string {
  const reserve = report.rollback ? ROLLBACK_SECTION_RESERVE : 0
  const markdown = withRollbackSection(renderSummary(report, { maxBytes: maxBytes - reserve }), report, report.rollback, 3)
  return hardCut(markdown, { max: maxBytes, measure: utf8Bytes })
}

function serviceComment(report: ServiceReport): string {
  const markdown = withRollbackSection(renderComment(report), report, report.rollback, 4)
  return hardCut(markdown, { max: COMMENT_WITH_ROLLBACK_MAX_CHARS, measure: characters })
}

/** `maxBytes`: GitHub's limit by default; less where the summary holds more (the in-progress summary). */
export function renderStepSummary(reports: ServiceReport[], opts: { maxBytes?: number } = {}): string {
  const maxBytes = opts.maxBytes ?? SUMMARY_MAX_BYTES
  return reports.length === 1 ? serviceSummary(reports[0], maxBytes) : renderCombinedSummary(reports, { maxBytes })
}

export function renderStepComment(reports: ServiceReport[]): string {
  return reports.length === 1 ? serviceComment(reports[0]) : renderCombinedComment(reports)
}

/**
 * The line that fails the step, in full sentences: the verdict and root cause, what the watch saw (in
 * ECS's words, not the internal failure signature) and what the rollback did. `service` prefixes it
 * when the step watched several.
 */
export function failedStepLine(report: Pick<ReportInput, 'verdict' | 'evidence' | 'diagnosis' | 'rollback'>, service?: string): string {
  const cause = report.diagnosis?.rootCause
  const phrase = verdictPhrase(report.verdict)
  const verdict = `${service ? `${service}: ` : ''}${phrase[0].toUpperCase()}${phrase.slice(1)}${cause ? ` (${cause.code}): ${cause.title}` : ''}`
  return [verdict, watchReason(report), report.rollback ? rollbackLine(report.rollback) : '']
    .filter(Boolean)
    .map(endSentence)
    .join(' ')
}
