/**
 * The service events that matter: those of this deployment's window, failures first when there
 * are too many to show.
 */
import type { EcsService } from '../evidence/schema.js'
import { arnShortener } from './arns.js'
import { text } from './escape.js'
import { heading, plural, table } from './markdown.js'
import { clockTime, followedDeployment, redactorFor, type ReportInput } from './model.js'

type ServiceEvent = NonNullable<EcsService['events']>[number]

/** Words of ECS service-event templates that report a problem rather than progress. */
const PROBLEM = /\b(unable|fail(ed|ing)?|unhealthy|error|denied|insufficient|rolling back|rolled back|throttled|alarm|missing|not authorized|could not|no container instance)\b/i
const ROUTINE = /has reached a steady state/i

function windowStart(input: ReportInput): number {
  const created = followedDeployment(input)?.createdAt ?? input.evidence.watch?.startedAt
  const start = Date.parse(created ?? '')
  return Number.isFinite(start) ? start - 60_000 : Number.NEGATIVE_INFINITY
}

/** Events of the deployment's window, oldest first; at most `max`, problems preferred. */
export function eventsThatMatter(input: ReportInput, max: number): { shown: ServiceEvent[]; total: number } {
  const start = windowStart(input)
  const inWindow = (input.evidence.service.events ?? [])
    .filter((event) => (Date.parse(event.createdAt ?? '') || 0) >= start)
    .sort((a, b) => (Date.parse(a.createdAt ?? '') || 0) - (Date.parse(b.createdAt ?? '') || 0))
  if (inWindow.length <= max) return { shown: inWindow, total: inWindow.length }
  const problems = inWindow.filter((event) => PROBLEM.test(event.message ?? ''))
  const rest = inWindow.filter((event) => !PROBLEM.test(event.message ?? '') && !ROUTINE.test(event.message ?? ''))
  const chosen = new Set([...problems.slice(-max), ...rest.slice(-Math.max(0, max - problems.length))])
  return { shown: inWindow.filter((event) => chosen.has(event)), total: inWindow.length }
}

export function eventsSection(input: ReportInput, level: number, opts: { max: number; messageMax: number }): string | null {
  const { shown, total } = eventsThatMatter(input, opts.max)
  if (shown.length === 0) return null
  const redact = redactorFor(input)
  const shorten = arnShortener()
  const rows = shown.map((event) => [clockTime(event.createdAt), text(shorten(redact.line(event.message)), opts.messageMax)])
  const parts = [heading(level, 'Service events'), '', table(['Time (UTC)', 'Event'], rows)]
  if (total > shown.length) parts.push('', `_Showing ${shown.length} of ${plural(total, 'event')} since the deployment started._`)
  return parts.join('\n')
}
