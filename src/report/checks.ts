/**
 * The checks the diagnosis ran: passed, failed, or skipped and which permission would enable them.
 */
import type { Check } from '../diagnose/types.js'
import { code, html, text } from './escape.js'
import { details, plural, table } from './markdown.js'
import { redactorFor, type ReportInput } from './model.js'

const STATUS_ICON: Record<Check['status'], string> = { failed: '❌ failed', skipped: '⏭️ skipped', passed: '✅ passed' }
const STATUS_ORDER: Record<Check['status'], number> = { failed: 0, skipped: 1, passed: 2 }

/** Checks from the diagnosis, or, without one, the evidence that could not be collected. */
function checksOf(input: ReportInput): Check[] {
  if (input.diagnosis?.checks.length) return input.diagnosis.checks
  return (input.evidence.unavailable ?? []).map((item) => ({
    id: item.check,
    title: item.check,
    status: 'skipped' as const,
    detail: item.errorCode ?? item.error,
    missingPermission: item.api
  }))
}

function countBy(checks: Check[], status: Check['status']): number {
  return checks.filter((check) => check.status === status).length
}

export function checksSummaryLine(checks: Check[]): string {
  const missing = [...new Set(checks.map((check) => check.missingPermission).filter((p): p is string => Boolean(p)))]
  const counts = `${plural(checks.length, 'check')} run: ${countBy(checks, 'passed')} passed, ${countBy(checks, 'failed')} failed, ${countBy(checks, 'skipped')} skipped`
  return missing.length ? `${counts} (missing permissions: ${missing.join(', ')})` : counts
}

export function checksSection(input: ReportInput, maxRows: number): string | null {
  const checks = [...checksOf(input)].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status])
  if (checks.length === 0) return null
  const redact = redactorFor(input)
  const rows = checks.slice(0, maxRows).map((check) => {
    const detail = [text(redact.line(check.detail), 300)]
    if (check.missingPermission) detail.push(`needs ${code(check.missingPermission, { inTable: true })}`)
    return [STATUS_ICON[check.status], text(check.title, 150), detail.filter(Boolean).join(' — ')]
  })
  const body = [table(['Result', 'Check', 'Detail'], rows)]
  if (checks.length > maxRows) body.push('', `_${checks.length - maxRows} more checks in the evidence file._`)
  return details(html(checksSummaryLine(checks), 600), body.join('\n'))
}
