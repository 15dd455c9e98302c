/**
 * Stopped tasks grouped by failure signature, and the findings besides the root cause.
 */
import type { FailureGroup } from '../diagnose/types.js'
import { code, text } from './escape.js'
import { heading, plural, table } from './markdown.js'
import { redactorFor, type ReportInput } from './model.js'
import { arnShortener } from './arns.js'
import { rootCauseOf } from './headline.js'

function failureGroups(input: ReportInput): FailureGroup[] {
  if (input.diagnosis?.failureGroups.length) return input.diagnosis.failureGroups
  return (input.evidence.watch?.failureSignatures ?? []).map((s) => ({ signature: s.signature, count: s.count, exampleReason: '' }))
}

export function failureGroupsSection(input: ReportInput, level: number, opts: { maxRows: number; reasonMax: number }): string | null {
  const groups = [...failureGroups(input)].sort((a, b) => b.count - a.count)
  if (groups.length === 0) return null
  const redact = redactorFor(input)
  const total = groups.reduce((sum, group) => sum + group.count, 0)
  const shown = groups.slice(0, opts.maxRows)
  const rows = shown.map((group) => [
    String(group.count),
    code(redact.line(group.signature), { inTable: true, max: 120 }),
    group.exitCode === undefined || group.exitCode === null ? '–' : String(group.exitCode),
    text(redact.line(group.exampleReason), opts.reasonMax)
  ])
  const parts = [
    heading(level, `Stopped tasks by failure (${plural(total, 'task')})`),
    '',
    table(['Tasks', 'Failure signature', 'Exit code', 'Example stopped reason'], rows, ['right', 'left', 'right', 'left'])
  ]
  const hidden = groups.slice(shown.length)
  if (hidden.length) {
    const hiddenTasks = hidden.reduce((sum, group) => sum + group.count, 0)
    parts.push('', `_${plural(hidden.length, 'more signature')} (${plural(hiddenTasks, 'task')}) not shown._`)
  }
  return parts.join('\n')
}

export function otherFindingsSection(input: ReportInput, level: number, maxFindings = 5): string | null {
  const rootCause = rootCauseOf(input)
  const others = (input.diagnosis?.findings ?? []).filter((finding) => finding !== rootCause && !(rootCause && finding.code === rootCause.code && finding.title === rootCause.title))
  if (others.length === 0) return null
  const redact = redactorFor(input)
  const items = others
    .slice(0, maxFindings)
    .map(
      (finding) =>
        `- ${code(finding.code)} **${text(redact.line(finding.title), 200)}** (${text(finding.confidence, 20)} confidence): ${text(redact.line(finding.explanation), 400)}`
    )
  if (others.length > maxFindings) items.push(`- _${plural(others.length - maxFindings, 'more finding')} in the evidence file._`)
  return [heading(level, 'Other findings'), '', ...items].join('\n')
}

/** The root cause's evidence lines, most telling first. */
export function rootCauseEvidenceSection(input: ReportInput, level: number, maxLines = 12): string | null {
  const evidence = rootCauseOf(input)?.evidence ?? []
  if (evidence.length === 0) return null
  const redact = redactorFor(input)
  const shorten = arnShortener()
  const items = evidence.slice(0, maxLines).map((line) => `- ${text(shorten(redact.line(line)), 500)}`)
  if (evidence.length > maxLines) items.push(`- _${plural(evidence.length - maxLines, 'more line')} in the evidence file._`)
  return [heading(level, 'Why we think so'), '', ...items].join('\n')
}
