/**
 * "What changed" between the failing revision and the previous one.
 */
import type { Change } from '../diagnose/types.js'
import { code, text } from './escape.js'
import { heading, plural, table } from './markdown.js'
import { redactorFor, taskDefinitionOf, type ReportInput } from './model.js'

/** Environment and secret changes are shown by name only, whatever the diagnosis passed in. */
function namesOnly(change: Change): Change {
  if (!/environment|secret|\benv\b/i.test(change.field)) return change
  const strip = (value: string): string =>
    value
      .split(/,\s*/)
      .map((pair) => pair.replace(/=.*$/s, ''))
      .join(', ')
  return { field: change.field, before: strip(change.before), after: strip(change.after) }
}

export function changesSection(input: ReportInput, level: number, maxRows: number): string | null {
  const changes = input.diagnosis?.whatChanged ?? []
  if (input.verdict === 'stable' || changes.length === 0) return null
  const redact = redactorFor(input)
  const previous = taskDefinitionOf(input.evidence.previousTaskDefinition)
  const current = taskDefinitionOf(input.evidence.taskDefinition)
  const title = previous && current ? `What changed: ${code(previous)} → ${code(current)}` : 'What changed since the previous deployment'
  const rows = changes
    .slice(0, maxRows)
    .map(namesOnly)
    .map((change) => [
      code(redact.line(change.field), { inTable: true, max: 120 }),
      text(redact.line(change.before), 200),
      text(redact.line(change.after), 200)
    ])
  const parts = [heading(level, title), '', table(['Field', 'Before', 'After'], rows)]
  if (changes.length > maxRows) parts.push('', `_${plural(changes.length - maxRows, 'more change')} in the evidence file._`)
  return parts.join('\n')
}
