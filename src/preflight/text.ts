/** The preflight report for a terminal: result and root cause, fixes, the other findings, every check, what changes. */
import { plain } from '../cli/text.js'
import type { Fix } from '../diagnose/types.js'
import { countLine } from './report.js'
import { AREA_TITLES, type PreflightOutcome, type PreflightFinding } from './types.js'

function fixLines(fixes: Fix[]): string[] {
  return fixes.flatMap((fix, i) => [
    `  ${i + 1}. ${plain(fix.title)}`,
    ...fix.commands.map((c) => `     $ ${plain(c)}`),
    ...(fix.note ? [`     (${plain(fix.note)})`] : [])
  ])
}

function findingLines(finding: PreflightFinding, label: string): string[] {
  return [
    `${label} ${finding.code}: ${plain(finding.title)}`,
    `  ${plain(finding.explanation)}`,
    ...finding.evidence.map((e) => `  - ${plain(e)}`),
    ...(finding.fixes.length ? ['  Fix:', ...fixLines(finding.fixes).map((l) => `  ${l}`)] : [])
  ]
}

export function renderPreflightText(outcome: PreflightOutcome): string {
  const { report } = outcome
  const lines = [`Preflight of ${plain(report.candidate.label)} for service ${plain(outcome.serviceName)} (cluster ${plain(outcome.cluster)}, ${outcome.region}): ${report.result.toUpperCase()}`]
  if (report.runningRevision) lines.push(`Running now: ${plain(report.runningRevision)}`)
  for (const finding of report.findings) lines.push('', ...findingLines(finding, finding === report.rootCause ? 'Root cause:' : finding.severity === 'fail' ? 'Also failing:' : 'Warning:'))
  lines.push('', `Checks (${countLine(report.checks)}):`)
  for (const check of report.checks) {
    const extra = check.missingPermission ? ` (needs ${check.missingPermission})` : check.detail ? ` (${plain(check.detail)})` : ''
    lines.push(`  [${check.status}] ${AREA_TITLES[check.area]}: ${plain(check.title)}${extra}`)
  }
  if (report.changes.length > 0) {
    lines.push('', `What changes${report.runningRevision ? ` (${plain(report.runningRevision)} -> ${plain(report.candidate.label)})` : ''}:`)
    for (const change of report.changes) lines.push(`  ${plain(change.field)}: ${plain(change.before)} -> ${plain(change.after)}`)
  }
  lines.push('', ...report.notes.map((n) => `Note: ${plain(n)}`))
  return `${lines.join('\n')}\n`
}
