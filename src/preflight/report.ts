/**
 * The preflight's job summary and PR comment, in the post-deploy report's style: result and root cause
 * first, the fix to paste, then every check by area and what changes against the running revision.
 * Pure: report in, markdown out, always under GitHub's size limits. Everything AWS wrote is escaped.
 */
import type { Change, Fix } from '../diagnose/types.js'
import { characters, fitSections, utf8Bytes, type Section } from '../report/budget.js'
import { COMMENT_MAX_CHARS } from '../report/comment.js'
import { code, fence, html, linkTarget, text } from '../report/escape.js'
import { alert, details, heading, link, plural, table, type AlertKind } from '../report/markdown.js'
import { utcTime } from '../report/model.js'
import { SUMMARY_MAX_BYTES } from '../report/summary.js'
import { AREA_TITLES, AREAS, type CheckStatus, type PreflightCheck, type PreflightFinding, type PreflightReport, type PreflightResult } from './types.js'
import { commentKey, type CommentKey } from '../report/comment-key.js'

export interface PreflightReportInput {
  report: PreflightReport
  cluster: string
  serviceName: string
  region: string
  generatedAt?: string
  runUrl?: string
  commitSha?: string
}

interface ResultStyle {
  icon: string
  phrase: string
  alert: AlertKind
}

const RESULT_STYLE: Record<PreflightResult, ResultStyle> = {
  pass: { icon: '✅', phrase: 'preflight passed', alert: 'TIP' },
  warn: { icon: '⚠️', phrase: 'preflight passed with warnings', alert: 'WARNING' },
  fail: { icon: '❌', phrase: 'preflight failed', alert: 'CAUTION' }
}

const STATUS_ICON: Record<CheckStatus, string> = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail', skip: '⏭️ skip' }
const SEVERITY_ICON = { fail: '❌', warn: '⚠️' } as const

/**
 * The hidden marker of the preflight comment for one cluster/service: not a prefix of the post-deploy
 * comment's marker, so each mode keeps its own sticky comment.
 */
/**
 * The preflight comment's key: the post-deploy comment's scope (account/region/cluster) plus
 * "/mode=preflight", so each service keeps one preflight comment and one post-deploy comment.
 */
export function preflightCommentKey(target: { account: string; region: string; cluster: string; service: string }): CommentKey {
  const key = commentKey({ account: target.account, region: target.region, cluster: target.cluster, services: [target.service] }, {})
  return { ...key, scope: `${key.scope}/mode=preflight` }
}

/** "❌ `api`: preflight failed — `secret-access-denied`" */
export function preflightHeadline(input: PreflightReportInput): string {
  const style = RESULT_STYLE[input.report.result]
  const cause = input.report.rootCause ? ` — ${code(input.report.rootCause.code)}` : ''
  return `${style.icon} ${code(input.serviceName)}: ${style.phrase}${cause}`
}

/** One plain line for logs and the failure message. */
export function preflightLine(input: Pick<PreflightReportInput, 'report' | 'serviceName'>): string {
  const { report } = input
  const counts = countLine(report.checks)
  const cause = report.rootCause ? ` (${report.rootCause.code}: ${report.rootCause.title})` : ''
  return `Preflight of ${report.candidate.label} for ${input.serviceName}: ${report.result}${cause}. ${counts}.`
}

export function countLine(checks: PreflightCheck[]): string {
  const count = (status: CheckStatus) => checks.filter((c) => c.status === status).length
  return `${plural(checks.length, 'check')}: ${count('pass')} passed, ${count('fail')} failed, ${plural(count('warn'), 'warning')}, ${count('skip')} skipped`
}

function consequence(input: PreflightReportInput): string {
  const { report } = input
  const revision = code(report.candidate.label)
  if (report.result === 'fail') return `A deploy of ${revision} would fail before its containers run.`
  if (report.result === 'warn') return `Nothing found stops ${revision} from starting, but the warnings below may.`
  return `Nothing found stops ${revision} from starting. Failures that only show once the app runs are left to the post-deploy watch.`
}

function headlineAlert(input: PreflightReportInput, explanationMax: number): string {
  const { report } = input
  const style = RESULT_STYLE[report.result]
  const paragraphs: string[] = []
  const cause = report.rootCause
  if (cause) paragraphs.push(`**${text(cause.title, 300)}**`)
  paragraphs.push(consequence(input))
  if (cause) paragraphs.push(text(cause.explanation, explanationMax))
  return alert(style.alert, paragraphs)
}

function factsLine(input: PreflightReportInput): string {
  const facts = [`**Service** ${code(input.serviceName)}`, `**Cluster** ${code(input.cluster)}`, `**Region** ${code(input.region)}`]
  facts.push(`**Task definition** ${code(input.report.candidate.label)}`)
  if (input.report.runningRevision) facts.push(`**Running now** ${code(input.report.runningRevision)}`)
  facts.push(text(countLine(input.report.checks)))
  return facts.join(' · ')
}

function headlineSection(input: PreflightReportInput, level: number, explanationMax: number): string {
  return [heading(level, preflightHeadline(input)), '', headlineAlert(input, explanationMax), '', factsLine(input)].join('\n')
}

function fixBlock(fix: Fix, index: number): string {
  const parts = [`**${index + 1}. ${text(fix.title, 200)}**`]
  if (fix.commands.length) parts.push('', fence(fix.commands.slice(0, 20), 'bash'))
  if (fix.note) parts.push('', `_${text(fix.note, 600)}_`)
  return parts.join('\n')
}

function fixesSection(finding: PreflightFinding | null, level: number, maxFixes: number): string | null {
  if (!finding || finding.fixes.length === 0) return null
  const shown = finding.fixes.slice(0, maxFixes)
  const more = finding.fixes.length - shown.length
  return [heading(level, 'How to fix'), '', ...shown.map(fixBlock).flatMap((block) => [block, '']), more > 0 ? `_${plural(more, 'more fix', 'more fixes')} in the job summary._` : '']
    .join('\n')
    .trimEnd()
}

function evidenceList(lines: string[], max: number): string {
  const shown = lines.slice(0, max).map((line) => `- ${text(line, 600)}`)
  if (lines.length > max) shown.push(`- _${plural(lines.length - max, 'more line')}_`)
  return shown.join('\n')
}

function rootCauseEvidence(input: PreflightReportInput, level: number, max: number): string | null {
  const cause = input.report.rootCause
  if (!cause || cause.evidence.length === 0) return null
  return [heading(level, 'Why'), '', evidenceList(cause.evidence, max)].join('\n')
}

function otherFindings(input: PreflightReportInput, level: number, maxFixes: number): string | null {
  const others = input.report.findings.filter((f) => f !== input.report.rootCause)
  if (others.length === 0) return null
  const blocks = others.map((finding) => {
    const parts = [heading(level + 1, `${SEVERITY_ICON[finding.severity]} ${text(finding.title, 300)} (${code(finding.code)})`), '', text(finding.explanation, 800)]
    if (finding.evidence.length) parts.push('', evidenceList(finding.evidence, 8))
    const fixes = finding.fixes.slice(0, maxFixes)
    if (fixes.length) parts.push('', ...fixes.map(fixBlock).flatMap((block) => [block, '']))
    return parts.join('\n').trimEnd()
  })
  return [heading(level, 'Other findings'), '', blocks.join('\n\n')].join('\n')
}

function checksTable(checks: PreflightCheck[], maxRows: number): string {
  const rows = AREAS.flatMap((area) => checks.filter((c) => c.area === area))
    .slice(0, maxRows)
    .map((c) => {
      const detail = [text(c.detail, 400)]
      if (c.missingPermission) detail.push(`needs ${code(c.missingPermission, { inTable: true })}`)
      return [STATUS_ICON[c.status], text(AREA_TITLES[c.area], 60), text(c.title, 200), detail.filter(Boolean).join(' — ')]
    })
  const more = checks.length > maxRows ? `\n\n_${plural(checks.length - maxRows, 'more check')} not shown._` : ''
  return table(['Result', 'Area', 'Check', 'Detail'], rows) + more
}

function checksSection(input: PreflightReportInput, maxRows: number): string | null {
  const checks = input.report.checks
  if (checks.length === 0) return null
  const missing = [...new Set(checks.map((c) => c.missingPermission).filter((p): p is string => Boolean(p)))]
  const summary = `${countLine(checks)}${missing.length ? ` (missing permissions: ${missing.join(', ')})` : ''}`
  return details(html(summary, 600), checksTable(checks, maxRows), input.report.result !== 'pass')
}

/** Environment and secret changes by name only, whatever the change says. */
function namesOnly(change: Change): Change {
  if (!/environment|secret|\benv\b/i.test(change.field)) return change
  const strip = (value: string) =>
    value
      .split(/,\s*/)
      .map((pair) => pair.replace(/=.*$/s, ''))
      .join(', ')
  return { field: change.field, before: strip(change.before), after: strip(change.after) }
}

function changesSection(input: PreflightReportInput, level: number, maxRows: number): string | null {
  const { report } = input
  const reviewed = new Map(report.checks.filter((c) => c.area === 'changes').map((c) => [c.title, c]))
  const title = report.runningRevision ? `What changes: ${code(report.runningRevision)} → ${code(report.candidate.label)}` : 'What changes'
  if (report.changes.length === 0) {
    return report.runningRevision ? [heading(level, title), '', 'No difference in the settings compared (images, sizes, roles, environment and secret names, ports, health checks, logging).'].join('\n') : null
  }
  const rows = report.changes.slice(0, maxRows).map((raw) => {
    const change = namesOnly(raw)
    const review = reviewed.get(`${raw.field}: ${raw.before} → ${raw.after}`)
    const risk = review ? `${review.status === 'pass' ? '✅ risky, verified' : '⚠️ risky'}: ${text(review.detail, 200)}` : ''
    return [code(change.field, { inTable: true, max: 120 }), text(change.before, 200), text(change.after, 200), risk]
  })
  const parts = [heading(level, title), '', table(['Field', 'Running now', 'To deploy', 'Risk'], rows)]
  if (report.changes.length > maxRows) parts.push('', `_${plural(report.changes.length - maxRows, 'more change')} not shown._`)
  return parts.join('\n')
}

function notesSection(input: PreflightReportInput): string | null {
  return input.report.notes.length ? alert('NOTE', input.report.notes.map((n) => text(n, 600))) : null
}

function footer(input: PreflightReportInput, comment: boolean): string {
  const at = utcTime(input.generatedAt)
  const commit = input.commitSha && /^[0-9a-f]{7,40}$/i.test(input.commitSha) ? ` for ${code(input.commitSha.slice(0, 7))}` : ''
  if (comment) return `<sub>Preflight by ECS Deploy Doctor${commit}${at ? ` at ${at}` : ''}. This comment is updated in place on every run.</sub>`
  return `<sub>ECS Deploy Doctor preflight · result ${input.report.result}${at ? ` at ${at}` : ''} · every finding is in the \`findings\` output</sub>`
}

const SUMMARY_SHRINK_ORDER = ['Checks', 'What changes', 'Other findings', 'Why', 'Fixes', 'Headline']

export function renderPreflightSummary(input: PreflightReportInput, opts: { maxBytes?: number } = {}): string {
  const sections: Section[] = [
    { name: 'Headline', variants: [() => headlineSection(input, 2, 1500), () => headlineSection(input, 2, 300)] },
    { name: 'Fixes', variants: [() => fixesSection(input.report.rootCause, 3, 6), () => fixesSection(input.report.rootCause, 3, 1)] },
    { name: 'Why', variants: [() => rootCauseEvidence(input, 3, 12), () => rootCauseEvidence(input, 3, 3)] },
    { name: 'Other findings', variants: [() => otherFindings(input, 3, 3), () => otherFindings(input, 3, 0)] },
    { name: 'Checks', variants: [() => checksSection(input, 200), () => checksSection(input, 30)] },
    { name: 'What changes', variants: [() => changesSection(input, 3, 40), () => changesSection(input, 3, 10)] },
    { name: 'Notes', variants: [() => notesSection(input)] },
    { name: 'Footer', variants: [() => footer(input, false)] }
  ]
  return fitSections(sections, { max: opts.maxBytes ?? SUMMARY_MAX_BYTES, measure: utf8Bytes, shrinkOrder: SUMMARY_SHRINK_ORDER, elsewhere: 'the `findings` output' })
}

function findingsList(input: PreflightReportInput, max: number): string | null {
  const others = input.report.findings.filter((f) => f !== input.report.rootCause)
  if (others.length === 0) return null
  const lines = others.slice(0, max).map((f) => `- ${SEVERITY_ICON[f.severity]} ${text(f.title, 200)} (${code(f.code)})`)
  if (others.length > max) lines.push(`- _${plural(others.length - max, 'more finding')} in the job summary_`)
  return [heading(4, 'Also found'), '', ...lines].join('\n')
}

function runLink(input: PreflightReportInput): string | null {
  const run = input.runUrl ? linkTarget(input.runUrl) : null
  return run ? `➡️ ${link('Full report: every check, what changes, fix commands', run)}` : null
}

export function renderPreflightComment(input: PreflightReportInput): string {
  const sections: Section[] = [
    { name: 'Headline', variants: [() => headlineSection(input, 3, 800), () => headlineSection(input, 3, 200)] },
    { name: 'Fixes', variants: [() => fixesSection(input.report.rootCause, 4, 3), () => fixesSection(input.report.rootCause, 4, 1)] },
    { name: 'Also found', variants: [() => findingsList(input, 10), () => findingsList(input, 3)] },
    { name: 'Links', variants: [() => runLink(input)] },
    { name: 'Footer', variants: [() => footer(input, true)] }
  ]
  return fitSections(sections, { max: COMMENT_MAX_CHARS, measure: characters, shrinkOrder: ['Also found', 'Fixes', 'Headline'], elsewhere: 'the job summary' })
}
