/**
 * A mermaid gantt chart of the deployment's tasks: when each started, ran and stopped.
 * Everything written into the diagram is built from a safe character set, never copied from AWS.
 */
import type { EcsTask } from '../evidence/schema.js'
import { code, mermaidLabel, text } from './escape.js'
import { details, heading, plural, table } from './markdown.js'
import { clockTime, deploymentTasks, redactorFor, taskId, type ReportInput } from './model.js'

type Outcome = 'running' | 'failed-to-start' | 'exited' | 'stopped'

export function taskOutcome(task: EcsTask): Outcome {
  if (task.lastStatus !== 'STOPPED' && !task.stoppedAt) return 'running'
  if (!task.startedAt || task.stopCode === 'TaskFailedToStart') return 'failed-to-start'
  if (task.stopCode === 'EssentialContainerExited') return 'exited'
  return 'stopped'
}

function failedExitCode(task: EcsTask): number | undefined {
  return task.containers?.find((container) => container.exitCode !== undefined && container.exitCode !== null && container.exitCode !== 0)
    ?.exitCode
}

function outcomeLabel(task: EcsTask): string {
  switch (taskOutcome(task)) {
    case 'running':
      return task.lastStatus === 'RUNNING' ? 'running' : 'starting'
    case 'failed-to-start':
      return 'failed to start'
    case 'exited': {
      const exitCode = failedExitCode(task)
      return exitCode === undefined ? 'exited' : `exit ${exitCode}`
    }
    default:
      return /health/i.test(task.stoppedReason ?? '') ? 'failed health checks' : 'stopped'
  }
}

/** "2024-05-01 10:00:40" in UTC; the chart's dateFormat. */
function chartTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
}

function parse(iso: string | undefined): number | null {
  const ms = Date.parse(iso ?? '')
  return Number.isFinite(ms) ? ms : null
}

function bar(label: string, tags: string[], start: number, end: number): string {
  const data = [...tags, chartTime(start), chartTime(Math.max(start, end))].join(', ')
  return `    ${label} :${data}`
}

function taskRows(task: EcsTask, now: number): string[] {
  const created = parse(task.createdAt)
  if (created === null) return []
  const started = parse(task.startedAt)
  const stopped = parse(task.stoppedAt) ?? parse(task.stoppingAt)
  const outcome = taskOutcome(task)
  const failed = outcome !== 'running'
  const id = mermaidLabel(taskId(task.taskArn).slice(0, 8), 8) || 'task'
  const rows = [`    section ${id} ${mermaidLabel(outcomeLabel(task), 24)}`]
  const startEnd = started ?? stopped ?? now
  rows.push(bar('starting', started === null && failed ? ['crit'] : ['active'], created, startEnd))
  if (started !== null) rows.push(bar('running', failed ? ['crit'] : [], started, stopped ?? now))
  return rows
}

export function timelineSection(input: ReportInput, level: number, maxTasks: number): string | null {
  const tasks = deploymentTasks(input).filter((task) => parse(task.createdAt) !== null)
  if (tasks.length === 0 || maxTasks <= 0) return null
  const shown = tasks.slice(0, maxTasks).sort(
    (a, b) => (parse(a.createdAt) ?? 0) - (parse(b.createdAt) ?? 0) || (a.taskArn ?? '').localeCompare(b.taskArn ?? '')
  )
  const now = parse(input.evidence.watch?.endedAt) ?? Math.max(...shown.map((task) => parse(task.stoppedAt) ?? parse(task.createdAt) ?? 0))
  const title = mermaidLabel(`Tasks of ${input.deploymentId ?? 'the deployment'} (UTC)`, 80)
  const chart = [
    '```mermaid',
    'gantt',
    `    title ${title}`,
    '    dateFormat YYYY-MM-DD HH:mm:ss',
    '    axisFormat %H:%M:%S',
    '    todayMarker off',
    ...shown.flatMap((task) => taskRows(task, now)),
    '```'
  ]
  const parts = [heading(level, 'Task timeline'), '', chart.join('\n')]
  if (tasks.length > shown.length) parts.push('', `_Showing the ${shown.length} most recent of ${plural(tasks.length, 'task')}._`)
  return parts.join('\n')
}

function exitCodes(task: EcsTask): string {
  return (task.containers ?? [])
    .filter((container) => container.exitCode !== undefined && container.exitCode !== null)
    .map((container) => `${text(container.name, 40)} ${container.exitCode}`)
    .join(', ')
}

/** Every task of the deployment (newest first) in a collapsible table. */
export function tasksSection(input: ReportInput, maxRows: number): string | null {
  const tasks = deploymentTasks(input)
  if (tasks.length === 0) return null
  const redact = redactorFor(input)
  const rows = tasks.slice(0, maxRows).map((task) => [
    code(taskId(task.taskArn), { inTable: true, max: 40 }),
    text(task.lastStatus, 20),
    clockTime(task.createdAt),
    clockTime(task.startedAt),
    clockTime(task.stoppedAt),
    text(task.stopCode, 40),
    exitCodes(task),
    text(redact.line(task.stoppedReason), 200)
  ])
  const body = [table(['Task', 'Status', 'Created (UTC)', 'Started', 'Stopped', 'Stop code', 'Exit codes', 'Stopped reason'], rows)]
  if (tasks.length > rows.length) body.push('', `_Showing the ${rows.length} most recent of ${plural(tasks.length, 'task')}._`)
  return details(`All tasks of the deployment (${plural(tasks.length, 'task')})`, body.join('\n'))
}
