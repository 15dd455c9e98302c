/**
 * A mermaid gantt chart of the deployment's tasks: when each started, ran and stopped.
 * Everything written into the diagram is built from a safe character set, never copied from AWS.
 */
import type { EcsTask } from '../evidence/schema.js'
import { arnShortener } from './arns.js'
import { mermaidLabel, shortCode, text } from './escape.js'
import { details, heading, plural, table } from './markdown.js'
import { clockTime, deploymentTasks, redactorFor, taskId, type ReportInput } from './model.js'

type Outcome = 'running' | 'failed-to-start' | 'exited' | 'stopped'

/** A task ECS is stopping (desired STOPPED, or stoppingAt set) has ended for the reader, though not yet STOPPED. */
function isStopping(task: EcsTask): boolean {
  return task.desiredStatus === 'STOPPED' || Boolean(task.stoppingAt)
}

export function taskOutcome(task: EcsTask): Outcome {
  if (task.lastStatus !== 'STOPPED' && !task.stoppedAt && !isStopping(task)) return 'running'
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
      if (/health/i.test(task.stoppedReason ?? '')) return 'failed health checks'
      return task.stopCode === 'ServiceSchedulerInitiated' ? 'stopped by ECS' : 'stopped'
  }
}

/** Failures are red; a task ECS stopped for its own reasons (a rollback, a scale-in) is grey. */
function outcomeTags(task: EcsTask): string[] {
  const label = outcomeLabel(task)
  return label === 'stopped by ECS' || label === 'stopped' ? ['done'] : ['crit']
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

/**
 * A section per task, its id on the left (labels never run into a bar: each bar has its own row), a bar
 * while it started and, once started, a bar labelled with how it ended or that it runs.
 */
function taskRows(task: EcsTask, now: number): string[] {
  const created = parse(task.createdAt)
  if (created === null) return []
  const started = parse(task.startedAt)
  const ended = parse(task.stoppedAt) ?? parse(task.stoppingAt)
  const running = taskOutcome(task) === 'running'
  const id = mermaidLabel(taskId(task.taskArn).slice(0, 8), 8) || 'task'
  const endLabel = mermaidLabel(outcomeLabel(task), 24)
  const rows = [`    section ${id}`]
  if (started === null) {
    rows.push(running ? bar('starting', ['active'], created, now) : bar(endLabel, outcomeTags(task), created, ended ?? now))
    return rows
  }
  rows.push(bar('starting', ['active'], created, started))
  rows.push(running ? bar(endLabel, [], started, now) : bar(endLabel, outcomeTags(task), started, ended ?? now))
  return rows
}

/** Room on the left for the 8-character task ids, so no id runs into a bar. */
export const CHART_CONFIG = '%%{init: {"gantt": {"leftPadding": 90}}}%%'

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
    CHART_CONFIG,
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

/** Task ids are 32 characters: the table shows the first 12 (as the logs do), the full id on hover. */
const TASK_ID_SHOWN = 12

/** "EssentialContainerExited: Essential container in task exited" */
function stopReason(task: EcsTask, reason: string): string {
  return text([task.stopCode, reason].filter(Boolean).join(': '), 240)
}

/** Every task of the deployment (newest first) in a collapsible table. */
export function tasksSection(input: ReportInput, maxRows: number): string | null {
  const tasks = deploymentTasks(input)
  if (tasks.length === 0) return null
  const redact = redactorFor(input)
  const shorten = arnShortener()
  const rows = tasks.slice(0, maxRows).map((task) => [
    shortCode(taskId(task.taskArn), TASK_ID_SHOWN),
    text(task.lastStatus, 20),
    clockTime(task.createdAt),
    clockTime(task.startedAt),
    clockTime(task.stoppedAt),
    exitCodes(task),
    stopReason(task, shorten(redact.line(task.stoppedReason)))
  ])
  const body = [table(['Task', 'Status', 'Created (UTC)', 'Started', 'Stopped', 'Exit codes', 'Stopped reason'], rows)]
  if (tasks.length > rows.length) body.push('', `_Showing the ${rows.length} most recent of ${plural(tasks.length, 'task')}._`)
  return details(`All tasks of the deployment (${plural(tasks.length, 'task')})`, body.join('\n'))
}
