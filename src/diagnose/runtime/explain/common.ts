/** Pieces every runtime finding uses: the readings of the group, evidence lines, log excerpts, fixes. */
import type { EcsTask, EcsTaskDefinition } from '../../../evidence/schema.js'
import type { DiagnosisContext } from '../../context.js'
import type { ClassifiedGroup } from '../../rules.js'
import { command } from '../../shell.js'
import type { FieldChange, Finding, Fix } from '../../types.js'
import type { RuntimeReading } from '../classify.js'
import { missingLogsSentence } from '../logs.js'
import { quoteLine } from '../../../redact.js'
import { currentRevision, familyOf, previousRevision, shortTaskId } from '../task-facts.js'

export interface TaskReading {
  task: EcsTask
  reading: RuntimeReading
}

/** The runtime readings the classifier made for the group's tasks (newest first): stops are read once. */
export function readingsOf(_ctx: DiagnosisContext, group: ClassifiedGroup): TaskReading[] {
  return group.classifications.flatMap((c) => (c.runtime && c.task ? [{ task: c.task, reading: c.runtime }] : []))
}

/** The reading with the most to show: logs with a decisive signal, then logs with an error, then any. */
export function bestReading(readings: TaskReading[]): TaskReading | undefined {
  return (
    readings.find((r) => r.reading.signal && !r.reading.signal.weak) ??
    readings.find((r) => r.reading.logs.firstError) ??
    readings.find((r) => r.reading.logs.hasLines) ??
    readings[0]
  )
}

/** "3 of 3 failed tasks of ecs-svc/123: EssentialContainerExited, api exit 1". */
export function stoppedTasksLine(ctx: DiagnosisContext, group: ClassifiedGroup, summary: string): string {
  const total = Math.max(ctx.failedTasks.length, group.tasks.length)
  const deployment = ctx.deploymentId ? ` of ${ctx.deploymentId}` : ''
  return `${group.tasks.length} of ${total} failed tasks${deployment}: ${summary}`
}

export function exitSummary(task: EcsTask, reading: RuntimeReading): string {
  const exit = reading.exitCode === undefined || reading.exitCode === null ? 'no exit code' : `exit ${reading.exitCode}`
  const reason = reading.containerReason ? ` (${reading.containerReason})` : ''
  const state = task.lastStatus && task.lastStatus !== 'STOPPED' ? `still ${task.lastStatus}` : (task.stopCode ?? 'stopped')
  return `${state}, ${reading.containerName ?? 'container'} ${exit}${reason}`
}

export function logExcerptOf(pick: TaskReading | undefined): Finding['logExcerpt'] {
  const excerpt = pick?.reading.logs.excerpt
  if (!pick || !excerpt || excerpt.lines.length === 0 || !pick.reading.containerName) return undefined
  return {
    taskArn: pick.task.taskArn ?? '',
    containerName: pick.reading.containerName,
    lines: excerpt.lines,
    ...(excerpt.highlight !== undefined ? { highlight: excerpt.highlight } : {})
  }
}

/** The log line that decided, as an evidence line, or what to say when there were no logs. */
export function logEvidence(pick: TaskReading | undefined): string[] {
  if (!pick) return []
  const { reading, task } = pick
  const where = `${reading.containerName ?? 'container'} log (task ${shortTaskId(task)})`
  const line = reading.signal?.line ?? reading.logs.exception?.line ?? reading.logs.firstError?.line
  if (line) return [`${where}: ${quoteLine(line)}`]
  if (!reading.logs.hasLines) return [missingLogsSentence(reading.logs, reading.containerName ?? 'The container')]
  return []
}

/** Always-valid rollback to the revision the deployment replaced. */
export function rollbackFix(ctx: DiagnosisContext): Fix | undefined {
  const previous = previousRevision(ctx)
  if (!previous) return undefined
  return {
    title: `Roll back to ${previous}, the revision that ran before this deployment`,
    commands: [command('aws', 'ecs', 'update-service', '--cluster', ctx.cluster, '--service', ctx.serviceName, '--task-definition', previous, '--region', ctx.region)],
    rollsBack: true
  }
}

/** Keys of a DescribeTaskDefinition result that RegisterTaskDefinition accepts back. */
const REGISTERABLE = [
  'family', 'taskRoleArn', 'executionRoleArn', 'networkMode', 'containerDefinitions', 'volumes', 'placementConstraints',
  'requiresCompatibilities', 'cpu', 'memory', 'pidMode', 'ipcMode', 'proxyConfiguration', 'inferenceAccelerators',
  'ephemeralStorage', 'runtimePlatform', 'enableFaultInjection'
] as const

/**
 * `--query` that turns DescribeTaskDefinition output into RegisterTaskDefinition input: only the keys
 * this task definition has (a null would fail validation), with literal overrides (e.g. memory)
 * first, where a reader sees them.
 */
export function registerableQuery(td: EcsTaskDefinition, overrides: Record<string, string> = {}): string {
  const present = REGISTERABLE.filter((key) => td[key] !== undefined && td[key] !== null && !(key in overrides))
  const fields = [...Object.entries(overrides).map(([key, value]) => `${key}:\`${JSON.stringify(value)}\``), ...present.map((key) => `${key}:${key}`)]
  return `taskDefinition.{${fields.join(',')}}`
}

export interface NewRevision {
  /** What to change by hand in td.json before registering; without it the commands make the whole change. */
  edit?: string
  /** Top-level fields the commands set themselves (e.g. memory). */
  overrides?: Record<string, string>
  /** The fields `edit` changes, for the diff the reader sees first. */
  changes?: FieldChange[]
  note?: string
}

/** `containerDefinitions[api]`: where a container's field is, for a diff. */
export function containerField(container: string, path = ''): string {
  return `containerDefinitions[${container}]${path}`
}

/**
 * Register a corrected copy of the failing revision and deploy it. The copy is written to td.json
 * (with `overrides` already applied); `edit` says what to change by hand before registering, if anything.
 */
export function newRevisionFix(ctx: DiagnosisContext, title: string, revisionChange: NewRevision = {}): Fix | undefined {
  const td = ctx.taskDefinition
  const revision = currentRevision(ctx)
  const family = familyOf(ctx)
  if (!td || !revision || !family) return undefined
  const overrides = revisionChange.overrides ?? {}
  const describe = `${command('aws', 'ecs', 'describe-task-definition', '--task-definition', revision, '--region', ctx.region, '--output', 'json', '--query', registerableQuery(td, overrides))} > td.json`
  const overridden: FieldChange[] = Object.entries(overrides).map(([key, value]) => ({
    where: revision,
    key,
    ...(td[key as keyof EcsTaskDefinition] !== undefined ? { before: JSON.stringify(td[key as keyof EcsTaskDefinition]) } : {}),
    after: JSON.stringify(value)
  }))
  const changes = [...overridden, ...(revisionChange.changes ?? [])]
  return {
    title,
    ...(changes.length ? { changes } : {}),
    ...(revisionChange.edit ? { manualEdit: { instruction: revisionChange.edit, afterCommands: 1 } } : {}),
    commands: [
      describe,
      command('aws', 'ecs', 'register-task-definition', '--cli-input-json', 'file://td.json', '--region', ctx.region),
      command('aws', 'ecs', 'update-service', '--cluster', ctx.cluster, '--service', ctx.serviceName, '--task-definition', family, '--region', ctx.region)
    ],
    note: [revisionChange.note, `--task-definition ${family} (no revision) deploys the latest ACTIVE revision of the family: the one just registered.`]
      .filter(Boolean)
      .join(' ')
  }
}

export function compact<T>(items: (T | undefined | null | false)[]): T[] {
  return items.filter((item): item is T => Boolean(item))
}

/** Reads the whole log stream of the container that logged the failure: the excerpt is only its last lines. */
export function readLogFix(ctx: DiagnosisContext, pick: { task: EcsTask; containerName?: string } | undefined, title: string): Fix | undefined {
  const logs = ctx.evidence.logs ?? []
  // Without a task whose log was read (its stream was still empty), any stream of the deployment's tasks.
  const excerpt = pick
    ? logs.find((l) => l.taskArn === pick.task.taskArn && (!pick.containerName || l.containerName === pick.containerName))
    : logs.find((l) => l.logGroup && l.logStream && ctx.tasks.some((t) => t.taskArn === l.taskArn))
  if (!excerpt?.logGroup || !excerpt.logStream) return undefined
  return {
    title,
    commands: [
      command('aws', 'logs', 'get-log-events', '--log-group-name', excerpt.logGroup, '--log-stream-name', excerpt.logStream, '--start-from-head', '--limit', 200, '--query', 'events[].message', '--output', 'text', '--region', ctx.region)
    ]
  }
}
