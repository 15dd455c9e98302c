/**
 * The deployment table: where each deployment of the service stands.
 */
import type { EcsDeployment, Evidence } from '../evidence/schema.js'
import { code, shortCode, text } from './escape.js'
import { heading, plural, table } from './markdown.js'
import {
  formatDuration,
  millisBetween,
  redactorFor,
  taskDefinitionLabel,
  taskDefinitionOf,
  type ReportInput
} from './model.js'

const MAX_ROWS = 8
/** A revision label longer than this is cut in the table (a family name can have 255 characters). */
const REVISION_MAX = 32

/** An AWS state such as ROLLBACK_SUCCESSFUL, free to wrap after its underscores so the column stays narrow. */
function state(value: string | undefined): string {
  return text(value, 40).replace(/\\_/g, '\\_\u200b')
}

function count(value: number | undefined): string {
  return value === undefined ? '–' : String(value)
}

/** Only our deployment's duration is known to mean "how long this rollout took". */
function duration(deployment: EcsDeployment, ours: boolean, input: ReportInput): string {
  if (!ours) return ''
  return formatDuration(millisBetween(deployment.createdAt, input.evidence.watch?.endedAt ?? deployment.updatedAt))
}

/** One deployment, as the cells of the table (the Duration cell last). */
function row(deployment: EcsDeployment, input: ReportInput): string[] {
  const ours = deployment.id === input.deploymentId
  // The rollout state on its own line keeps the column narrow enough for the deployment id.
  const status = [state(deployment.status), state(deployment.rolloutState)].filter(Boolean).join('<br>')
  return [
    ours ? '👉' : '',
    code(deployment.id, { inTable: true }),
    shortCode(taskDefinitionLabel(deployment.taskDefinition), REVISION_MAX, 'middle'),
    status,
    `${count(deployment.runningCount)}/${count(deployment.desiredCount)}`,
    count(deployment.pendingCount),
    count(deployment.failedTasks),
    duration(deployment, ours, input)
  ]
}

/** A row for our deployment when ECS no longer lists it (it was rolled back or replaced). */
function goneRow(input: ReportInput): string[] | null {
  if (!input.deploymentId) return null
  const serviceDeployment = input.evidence.serviceDeployments?.[0]
  return [
    '👉',
    code(input.deploymentId, { inTable: true }),
    shortCode(taskDefinitionOf(input.evidence.taskDefinition), REVISION_MAX, 'middle'),
    state(serviceDeployment?.status ?? 'no longer listed'),
    '–',
    '–',
    count(serviceDeployment?.deploymentCircuitBreaker?.failureCount),
    formatDuration(millisBetween(serviceDeployment?.createdAt ?? input.evidence.watch?.startedAt, serviceDeployment?.finishedAt ?? input.evidence.watch?.endedAt))
  ]
}

type CircuitBreaker = NonNullable<NonNullable<Evidence['serviceDeployments']>[number]['deploymentCircuitBreaker']>

/** ECS keeps counting failed tasks after the breaker trips, so the count can pass the threshold. */
export function circuitBreakerNote(breaker: CircuitBreaker): string | null {
  const failed = plural(breaker.failureCount ?? 0, 'failed task')
  switch (breaker.status) {
    case 'DISABLED':
      return `Circuit breaker: off for this service; ${failed}.`
    case 'TRIGGERED': {
      const threshold = breaker.threshold ? ` at its threshold of ${plural(breaker.threshold, 'failed task')}` : ''
      const counted = (breaker.failureCount ?? 0) > (breaker.threshold ?? 0) ? `; ECS counted ${failed} in all` : ''
      return `Circuit breaker: triggered${threshold}${counted}.`
    }
    default:
      return breaker.threshold ? `Circuit breaker: ${failed} so far; it stops the deployment at ${breaker.threshold}.` : null
  }
}

function notes(input: ReportInput): string[] {
  const redact = redactorFor(input)
  const lines: string[] = []
  const ours = input.evidence.service.deployments?.find((d) => d.id === input.deploymentId)
  if (ours?.rolloutState === 'FAILED' && ours.rolloutStateReason) lines.push(`Rollout: ${text(redact.line(ours.rolloutStateReason), 400)}`)
  const serviceDeployment = input.evidence.serviceDeployments?.[0]
  const breaker = serviceDeployment?.deploymentCircuitBreaker
  const breakerLine = breaker ? circuitBreakerNote(breaker) : null
  if (breakerLine) lines.push(breakerLine)
  if (serviceDeployment?.rollback?.reason) lines.push(`Rollback: ${text(redact.line(serviceDeployment.rollback.reason), 400)}`)
  return lines
}

const HEADERS = ['', 'Deployment', 'Revision', 'Status', 'Running', 'Pending', 'Failed', 'Duration']
const ALIGN: ('left' | 'right')[] = ['left', 'left', 'left', 'left', 'right', 'right', 'right', 'right']

/** `compact` (the PR comment) leaves out the Duration column. */
export function deploymentsSection(input: ReportInput, level: number, opts: { compact?: boolean } = {}): string | null {
  const deployments = input.evidence.service.deployments ?? []
  const ordered = [
    ...deployments.filter((d) => d.id === input.deploymentId),
    ...deployments
      .filter((d) => d.id !== input.deploymentId)
      .sort((a, b) => (Date.parse(b.createdAt ?? '') || 0) - (Date.parse(a.createdAt ?? '') || 0))
  ]
  const rows = ordered.slice(0, MAX_ROWS).map((deployment) => row(deployment, input))
  if (input.deploymentId && !deployments.some((d) => d.id === input.deploymentId)) {
    const gone = goneRow(input)
    if (gone) rows.unshift(gone)
  }
  if (rows.length === 0) return null
  const columns = opts.compact ? HEADERS.length - 1 : HEADERS.length
  const parts = [heading(level, 'Deployments'), '', table(HEADERS.slice(0, columns), rows.map((r) => r.slice(0, columns)), ALIGN.slice(0, columns))]
  const extra = notes(input)
  if (extra.length) parts.push('', extra.join('<br>\n'))
  return parts.join('\n')
}
