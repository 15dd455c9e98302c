/**
 * Container log excerpts: redacted, cut to a readable size, fenced so no line can escape, and
 * folded into a collapsible block.
 */
import type { LogExcerpt } from '../evidence/schema.js'
import { code, fence, html, truncate } from './escape.js'
import { details, heading, plural } from './markdown.js'
import { redactorFor, taskId, type ReportInput } from './model.js'
import { rootCauseOf } from './headline.js'

/** Long enough for a stack-trace line; a longer line is cut after redaction. */
const LINE_MAX = 500

const MISSING_EXPLAINED: Record<NonNullable<LogExcerpt['missing']>, string> = {
  'stream-not-found': 'no log stream: the container stopped before it wrote a line (or never started)',
  'group-not-found': 'the log group does not exist',
  'no-awslogs-config': 'the container has no awslogs log configuration'
}

export interface LogLimits {
  maxLines: number
  maxBlocks: number
}

interface Block {
  taskArn: string
  containerName: string
  lines: string[]
  highlight?: number
  missing?: LogExcerpt['missing']
}

/** The root cause's excerpt first, then the collected logs of other tasks/containers. */
function blocks(input: ReportInput): Block[] {
  const excerpt = rootCauseOf(input)?.logExcerpt
  const list: Block[] = excerpt ? [excerpt] : []
  for (const log of input.evidence.logs ?? []) {
    if (list.some((b) => b.taskArn === log.taskArn && b.containerName === log.containerName)) continue
    list.push(log)
  }
  return list
}

/** A task that has not started its containers has no log stream yet: nothing stopped. */
function notStartedYet(input: ReportInput, taskArn: string): boolean {
  const task = input.evidence.tasks?.find((t) => t.taskArn === taskArn)
  return Boolean(task && !task.startedAt && task.lastStatus !== 'STOPPED' && task.desiredStatus !== 'STOPPED')
}

function missingExplained(block: Block, input: ReportInput): string {
  if (block.missing === 'stream-not-found' && notStartedYet(input, block.taskArn)) {
    return 'no log stream yet: the task has not started its containers'
  }
  return block.missing ? (MISSING_EXPLAINED[block.missing] ?? 'no lines') : 'no lines'
}

function renderBlock(block: Block, input: ReportInput, maxLines: number): string {
  const redact = redactorFor(input)
  const where = `container ${code(block.containerName)} of task ${code(taskId(block.taskArn).slice(0, 12))}`
  if (block.lines.length === 0) return `- ${where}: ${missingExplained(block, input)}`
  const start = Math.max(0, block.lines.length - maxLines)
  const shownLines = redact.tail(block.lines, maxLines)
  const cut = shownLines.filter((line) => line.length > LINE_MAX).length
  const body = fence(
    shownLines.map((line) => truncate(line, LINE_MAX)),
    'text'
  )
  const notes: string[] = []
  if (start > 0) notes.push(`Showing the last ${maxLines} of ${plural(block.lines.length, 'line')}.`)
  if (cut) notes.push(`${plural(cut, 'line')} longer than ${LINE_MAX} characters cut.`)
  if (block.highlight !== undefined && block.highlight >= start) notes.push(`The first error is line ${block.highlight - start + 1}.`)
  notes.push('Credentials are redacted.')
  const summary = `Log of ${html(block.containerName, 60)} in task ${html(taskId(block.taskArn).slice(0, 12), 12)} (${plural(shownLines.length, 'line')})`
  return details(summary, [body, '', `_${notes.join(' ')}_`].join('\n'))
}

export function logsSection(input: ReportInput, level: number, limits: LogLimits): string | null {
  const all = blocks(input)
  if (all.length === 0 || limits.maxBlocks <= 0) return null
  const shown = all.slice(0, limits.maxBlocks)
  const parts = [heading(level, 'Logs'), '', ...shown.map((block) => renderBlock(block, input, limits.maxLines)).flatMap((b) => [b, ''])]
  if (all.length > shown.length) parts.push(`_${plural(all.length - shown.length, 'more log excerpt')} in the evidence file._`)
  return parts.join('\n').trimEnd()
}
