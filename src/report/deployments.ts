/**
 * The deployment table: where each deployment of the service stands.
 */
import type { EcsDeployment } from '../evidence/schema.js'
import { code, text } from './escape.js'
import { heading, table } from './markdown.js'
import {
  formatDuration,
  millisBetween,
  redactorFor,
  taskDefinitionLabel,
  taskDefinitionOf,
  type ReportInput
} from './model.js'

const MAX_ROWS = 8

function count(value: number | undefined): string {
  return value === undefined ? '–' : String(value)
}

/** Only our deployment's duration is known to mean "how long this rollout took". */
function duration(deployment: EcsDeployment, ours: boolean, input: ReportInput): string {
  if (!ours) return ''
  return formatDuration(millisBetween(deployment.createdAt, input.evidence.watch?.endedAt ?? deployment.updatedAt))
}

function row(deployment: EcsDeployment, input: ReportInput): string[] {
  const ours = deployment.id === input.deploymentId
  return [
    ours ? '👉' : '',
    code(deployment.id, { inTable: true }),
    text(deployment.status, 20),
    code(taskDefinitionLabel(deployment.taskDefinition), { inTable: true }),
    count(deployment.desiredCount),
    count(deployment.runningCount),
    count(deployment.pendingCount),
    count(deployment.failedTasks),
    text(deployment.rolloutState, 20),
    duration(deployment, ours, input)
  ]
}

/** A row for our deployment when ECS no longer lists it (it was rolled back or replaced). */
function goneRow(input: ReportInput): string[] | null {
  if (!input.deploymentId) return null
  const serviceDeployment = input.evidence.serviceDeployments?.[0]
  const status = serviceDeployment?.status ?? 'no longer listed'
  return [
    '👉',
    code(input.deploymentId, { inTable: true }),
    text(status, 40),
    code(taskDefinitionOf(input.evidence.taskDefinition), { inTable: true }),
    '–',
    '–',
    '–',
    count(serviceDeployment?.deploymentCircuitBreaker?.failureCount),
    '',
    formatDuration(millisBetween(serviceDeployment?.createdAt ?? input.evidence.watch?.startedAt, serviceDeployment?.finishedAt ?? input.evidence.watch?.endedAt))
  ]
}

function notes(input: ReportInput): string[] {
  const redact = redactorFor(input)
  const lines: string[] = []
  const ours = input.evidence.service.deployments?.find((d) => d.id === input.deploymentId)
  if (ours?.rolloutState === 'FAILED' && ours.rolloutStateReason) lines.push(`Rollout: ${text(redact.line(ours.rolloutStateReason), 400)}`)
  const serviceDeployment = input.evidence.serviceDeployments?.[0]
  const breaker = serviceDeployment?.deploymentCircuitBreaker
  if (breaker?.threshold) {
    lines.push(
      `Circuit breaker: ${breaker.failureCount ?? 0} of ${breaker.threshold} failed tasks${breaker.status ? ` (${text(breaker.status, 30)})` : ''}.`
    )
  }
  if (serviceDeployment?.rollback?.reason) lines.push(`Rollback: ${text(redact.line(serviceDeployment.rollback.reason), 400)}`)
  return lines
}

/** The comment's narrower table: status and rollout in one column, no duration. */
function compactRow(full: string[]): string[] {
  const [marker, id, status, revision, desired, running, pending, failed, rollout] = full
  const tasks = running === '–' && desired === '–' ? '–' : `${running}/${desired}`
  return [marker, id, revision, rollout ? `${status} · ${rollout}` : status, tasks, pending, failed]
}

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
  const parts = [heading(level, 'Deployments'), '']
  if (opts.compact) {
    parts.push(table(['', 'Deployment', 'Revision', 'Status', 'Running', 'Pending', 'Failed'], rows.map(compactRow), ['left', 'left', 'left', 'left', 'right', 'right', 'right']))
  } else {
    const headers = ['', 'Deployment', 'Status', 'Revision', 'Desired', 'Running', 'Pending', 'Failed', 'Rollout', 'Duration']
    parts.push(table(headers, rows, ['left', 'left', 'left', 'left', 'right', 'right', 'right', 'right', 'left', 'right']))
  }
  const extra = notes(input)
  if (extra.length) parts.push('', extra.join('<br>\n'))
  return parts.join('\n')
}
