import type { Diagnosis, Fix } from '../diagnose/types.js'

/** Strips terminal control sequences: AWS and container text must not drive the user's terminal. */
export function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)?|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
}

/** A fix for a terminal: the change, a manual edit before the commands it must come between, the commands. */
function fixLines(fix: Fix): string[] {
  const changes = (fix.changes ?? []).flatMap((c) => [
    ...(c.before !== undefined ? [`  - ${plain(c.where)} ${c.key ? `${c.key}: ` : ''}${plain(c.before)}`] : []),
    ...(c.after !== undefined ? [`  + ${plain(c.where)} ${c.key ? `${c.key}: ` : ''}${plain(c.after)}`] : [])
  ])
  const commands = fix.commands.map((c) => `  ${plain(c)}`)
  const edit = fix.manualEdit
  const ordered = edit
    ? [...commands.slice(0, edit.afterCommands), `  # Manual edit: ${plain(edit.instruction)}`, ...commands.slice(edit.afterCommands)]
    : commands
  return [`Fix: ${plain(fix.title)}`, ...changes, ...(edit ? ['  (needs a manual edit between the commands, see below)'] : []), ...ordered, ...(fix.note ? [`  (${plain(fix.note)})`] : [])]
}

/** A diagnosis for a terminal: root cause, why, fixes, evidence, checks. */
export function renderDiagnosisText(diagnosis: Diagnosis, verdict?: string): string {
  const lines: string[] = []
  const cause = diagnosis.rootCause
  if (verdict) lines.push(`Verdict: ${verdict}`)
  if (!cause) {
    lines.push('Root cause: none (nothing failed)')
  } else {
    lines.push(`Root cause: ${cause.code} (${cause.confidence} confidence)`, `  ${plain(cause.title)}`, '', plain(cause.explanation))
    for (const fix of cause.fixes) lines.push('', ...fixLines(fix))
    if (cause.evidence.length > 0) lines.push('', 'Evidence:', ...cause.evidence.map((e) => `  - ${plain(e)}`))
    if (cause.logExcerpt) {
      lines.push('', `Log (${plain(cause.logExcerpt.containerName)}):`, ...cause.logExcerpt.lines.map((l) => `  | ${plain(l)}`))
    }
  }
  for (const finding of diagnosis.findings.filter((f) => f !== cause && f.code !== cause?.code)) {
    lines.push('', `Also: ${finding.code}: ${plain(finding.title)}`)
  }
  if (diagnosis.whatChanged.length > 0) {
    lines.push('', 'What changed since the previous deployment:')
    for (const change of diagnosis.whatChanged) lines.push(`  ${plain(change.field)}: ${plain(change.before)} -> ${plain(change.after)}`)
  }
  if (diagnosis.checks.length > 0) {
    lines.push('', 'Checks:')
    for (const check of diagnosis.checks) {
      const extra = check.missingPermission ? ` (needs ${check.missingPermission})` : check.detail ? ` (${plain(check.detail)})` : ''
      lines.push(`  [${check.status}] ${plain(check.title)}${extra}`)
    }
  }
  return `${lines.join('\n')}\n`
}
