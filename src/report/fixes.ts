/**
 * The fix: first the change itself (a diff of the task definition fields), then the commands that
 * make exactly that change, printed verbatim. A fix the commands alone cannot make says so, and
 * what to edit, before its first command.
 */
import type { FieldChange, Fix } from '../diagnose/types.js'
import { code, fence, text } from './escape.js'
import { heading, plural } from './markdown.js'
import { alreadyRolledBack, redactorFor, type Redactor, type ReportInput } from './model.js'
import { rootCauseOf } from './headline.js'

const MAX_COMMAND_CHARS = 8_000
const MAX_COMMANDS_PER_FIX = 20
const MAX_CHANGES = 20

function commandBlock(commands: string[]): string {
  const shown = commands.slice(0, MAX_COMMANDS_PER_FIX).map((command) =>
    command.length > MAX_COMMAND_CHARS
      ? `# (command of ${command.length.toLocaleString('en-US')} characters left out; it is in the evidence file's diagnosis)`
      : command
  )
  if (commands.length > shown.length) shown.push(`# (${commands.length - shown.length} more commands left out)`)
  return fence(shown, 'bash')
}

/** "@@ containerDefinitions[api] @@" then "- "memory": 1024" / "+ "memory": 2048", as GitHub colours a diff. */
function diffBlock(changes: FieldChange[], redact: Redactor): string {
  const lines: string[] = []
  let where: string | undefined
  for (const change of changes.slice(0, MAX_CHANGES)) {
    if (change.where !== where) lines.push(`@@ ${change.where} @@`)
    where = change.where
    const key = change.key ? `${JSON.stringify(change.key)}: ` : ''
    if (change.before !== undefined) lines.push(`- ${key}${change.before}`)
    if (change.after !== undefined) lines.push(`+ ${key}${change.after}`)
  }
  return fence(lines.map((line) => redact.line(line)), 'diff')
}

/** Placeholders such as <nat-gateway-id> that the reader fills in. */
function placeholders(commands: string[]): string[] {
  return [...new Set(commands.flatMap((command) => command.match(/<[a-z][a-z0-9-]*>/g) ?? []))]
}

/** The commands; with a manual edit, split where the edit goes, so no block pasted whole deploys the unedited copy. */
function commandParts(fix: Fix): string[] {
  const edit = fix.manualEdit
  if (!edit || edit.afterCommands <= 0 || edit.afterCommands >= fix.commands.length) {
    return fix.commands.length ? [commandBlock(fix.commands)] : []
  }
  const before = commandBlock(fix.commands.slice(0, edit.afterCommands))
  const after = commandBlock(fix.commands.slice(edit.afterCommands))
  return [before, '', 'Make the edit, then:', '', after]
}

function renderFix(fix: Fix, index: number, input: ReportInput): string {
  const redact = redactorFor(input)
  const parts = [`**${index + 1}. ${text(redact.line(fix.title), 200)}**`]
  if (fix.changes?.length) parts.push('', diffBlock(fix.changes, redact))
  if (fix.manualEdit) parts.push('', `⚠️ **Needs a manual edit, the commands alone do not make this change:** ${text(redact.line(fix.manualEdit.instruction), 800)}`)
  const blanks = placeholders(fix.commands)
  if (blanks.length && !/fill in/i.test(fix.title)) parts.push('', `Fill in ${blanks.map((blank) => code(blank)).join(', ')} before running:`)
  const commands = commandParts(fix)
  if (commands.length) parts.push('', ...commands)
  if (fix.note) parts.push('', `_${text(redact.line(fix.note), 600)}_`)
  return parts.join('\n')
}

/** The fixes worth offering: rolling back is moot once ECS or the action rolled the service back. */
export function fixesToOffer(input: ReportInput): Fix[] {
  const fixes = rootCauseOf(input)?.fixes ?? []
  return alreadyRolledBack(input) ? fixes.filter((fix) => !fix.rollsBack) : fixes
}

/** "How to fix" with up to `maxFixes` fixes; null when there is nothing to fix. */
export function fixesSection(input: ReportInput, level: number, maxFixes = 6, elsewhere = 'in the evidence file'): string | null {
  const fixes = fixesToOffer(input)
  if (input.verdict === 'stable' || fixes.length === 0) return null
  const shown = fixes.slice(0, maxFixes)
  const parts = [heading(level, 'How to fix'), '', ...shown.flatMap((fix, index) => [renderFix(fix, index, input), ''])]
  if (fixes.length > shown.length) {
    parts.push(`_${plural(fixes.length - shown.length, 'more fix', 'more fixes')} ${elsewhere}._`, '')
  }
  return parts.join('\n').trimEnd()
}
