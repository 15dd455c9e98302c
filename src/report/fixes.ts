/**
 * The fix: commands ready to paste, each fix in its own bash block, printed verbatim.
 */
import type { Fix } from '../diagnose/types.js'
import { fence, text } from './escape.js'
import { heading, plural } from './markdown.js'
import { redactorFor, type ReportInput } from './model.js'
import { rootCauseOf } from './headline.js'

const MAX_COMMAND_CHARS = 8_000
const MAX_COMMANDS_PER_FIX = 20

function commandBlock(commands: string[]): string {
  const shown = commands.slice(0, MAX_COMMANDS_PER_FIX).map((command) =>
    command.length > MAX_COMMAND_CHARS
      ? `# (command of ${command.length.toLocaleString('en-US')} characters left out; it is in the evidence file's diagnosis)`
      : command
  )
  if (commands.length > shown.length) shown.push(`# (${commands.length - shown.length} more commands left out)`)
  return fence(shown, 'bash')
}

function renderFix(fix: Fix, index: number, input: ReportInput): string {
  const redact = redactorFor(input)
  const parts = [`**${index + 1}. ${text(redact.line(fix.title), 200)}**`]
  if (fix.commands.length) parts.push('', commandBlock(fix.commands))
  if (fix.note) parts.push('', `_${text(redact.line(fix.note), 600)}_`)
  return parts.join('\n')
}

/** "How to fix" with up to `maxFixes` fixes; null when there is nothing to fix. */
export function fixesSection(input: ReportInput, level: number, maxFixes = 6, elsewhere = 'in the evidence file'): string | null {
  const fixes = rootCauseOf(input)?.fixes ?? []
  if (input.verdict === 'stable' || fixes.length === 0) return null
  const shown = fixes.slice(0, maxFixes)
  const parts = [heading(level, 'How to fix'), '', ...shown.flatMap((fix, index) => [renderFix(fix, index, input), ''])]
  if (fixes.length > shown.length) {
    parts.push(`_${plural(fixes.length - shown.length, 'more fix', 'more fixes')} ${elsewhere}._`, '')
  }
  return parts.join('\n').trimEnd()
}
