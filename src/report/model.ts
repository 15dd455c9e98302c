/**
 * What a report needs, and the facts every report section derives from it. Pure.
 */
import type { RollbackOutcome } from '../rollback/types.js'
import type { Diagnosis } from '../diagnose/types.js'
import type { EcsDeployment, EcsTask, EcsTaskDefinition, Evidence } from '../evidence/schema.js'
import type { Verdict } from '../types.js'
import { redactLines, redactSecrets, redactTail, secretEnvironmentValues, secretsRedactedFrom } from '../redact.js'
import { formatDuration, taskDefinitionLabel } from '../format.js'
import { ecsConsoleUrl } from '../partition.js'

export interface ReportInput {
  verdict: Verdict
  cluster: string
  serviceName: string
  region: string
  deploymentId: string | null
  evidence: Evidence
  /** Null for stable, or when the diagnosis could not run. */
  diagnosis: Diagnosis | null
  /** Link to the workflow run, for the PR comment. */
  runUrl?: string
  /** The commit that was deployed, shown in the PR comment footer. */
  commitSha?: string
  /** What `on-failure: rollback` did, when it was asked for. */
  rollback?: RollbackOutcome | null
}

/** The service runs the previous revision again: ECS or the action rolled it back. */
export function alreadyRolledBack(input: ReportInput): boolean {
  return input.verdict === 'rolled-back' || input.rollback?.status === 'rolled-back'
}

export function taskId(taskArn: string | undefined): string {
  if (!taskArn) return ''
  return taskArn.slice(taskArn.lastIndexOf('/') + 1)
}

export function taskDefinitionOf(td: EcsTaskDefinition | null | undefined): string {
  if (!td) return ''
  if (td.family && td.revision !== undefined) return `${td.family}:${td.revision}`
  return taskDefinitionLabel(td.taskDefinitionArn)
}

export function followedDeployment(input: ReportInput): EcsDeployment | undefined {
  if (!input.deploymentId) return undefined
  return input.evidence.service.deployments?.find((deployment) => deployment.id === input.deploymentId)
}

export { formatDuration, taskDefinitionLabel }

export function millisBetween(start: string | undefined, end: string | undefined): number | null {
  if (!start || !end) return null
  const ms = Date.parse(end) - Date.parse(start)
  return Number.isFinite(ms) ? ms : null
}

/** How long the watch followed the deployment. */
export function watchDuration(input: ReportInput): string {
  const watch = input.evidence.watch
  return formatDuration(millisBetween(watch?.startedAt, watch?.endedAt))
}

export { clockTime, utcTime } from '../format.js'

/** The service's Deployments page in the console of the region's partition; undefined where there is no public console. */
export function consoleUrl(input: Pick<ReportInput, 'region' | 'cluster' | 'serviceName'>): string | undefined {
  return ecsConsoleUrl(input.region, input.cluster, input.serviceName)
}

/** Tasks of the followed deployment, newest first. */
export function deploymentTasks(input: ReportInput): EcsTask[] {
  const tasks = input.evidence.tasks ?? []
  const ours = input.deploymentId ? tasks.filter((task) => !task.startedBy || task.startedBy === input.deploymentId) : tasks
  return [...ours].sort((a, b) => (Date.parse(b.createdAt ?? '') || 0) - (Date.parse(a.createdAt ?? '') || 0))
}

export interface TargetHealthCount {
  healthy: number
  total: number
}

/** Target health of the deployment's tasks (matched by private IP when known). */
export function targetHealth(input: ReportInput): TargetHealthCount | null {
  const groups = input.evidence.loadBalancing?.targetHealth
  if (!groups?.length) return null
  const taskIps = new Set(
    deploymentTasks(input)
      .flatMap((task) => task.attachments ?? [])
      .flatMap((attachment) => attachment.details ?? [])
      .filter((detail) => detail.name === 'privateIPv4Address' && detail.value)
      .map((detail) => detail.value as string)
  )
  const descriptions = groups.flatMap((group) => group.descriptions)
  const ours = taskIps.size ? descriptions.filter((d) => d.Target?.Id && taskIps.has(d.Target.Id)) : descriptions
  return { healthy: ours.filter((d) => d.TargetHealth?.State === 'healthy').length, total: ours.length }
}

/** Redaction runs on at most this much of a string; reports never show more of one. */
export const REDACT_MAX = 8_000

/** Redaction bound to the secrets known for this input. */
export interface Redactor {
  line(value: string | undefined | null): string
  lines(values: readonly string[]): string[]
  /** The last `count` of `values`, redacted. */
  tail(values: readonly string[], count: number): string[]
}

export function redactorFor(input: ReportInput): Redactor {
  const known = secretEnvironmentValues(input.evidence)
  // Strings from a hand-edited evidence file may be numbers or objects: they are shown as text.
  return {
    line: (value) => (value ? redactSecrets(String(value).slice(0, REDACT_MAX), known).text : ''),
    lines: (values) => redactLines(values.map(String), known).lines,
    tail: (values, count) => {
      const start = Math.max(0, values.length - count)
      const capped = [...values.slice(0, start).map(String), ...values.slice(start).map((value) => String(value).slice(0, REDACT_MAX))]
      return redactTail(capped, count, known)
    }
  }
}

/**
 * Every credential the report would otherwise show: log lines, AWS strings and the diagnosis
 * text. The publisher passes these to core.setSecret so the Actions log masks them too.
 */
export function secretsToMask(input: ReportInput): string[] {
  const known = secretEnvironmentValues(input.evidence)
  // The collector redacts the evidence as it builds it; what it took out is kept beside the document.
  const found = new Set<string>([...known, ...secretsRedactedFrom(input.evidence)])
  const addLines = (lines: readonly string[]): void =>
    redactLines(lines.map((line) => line.slice(0, REDACT_MAX)), known).secrets.forEach((secret) => found.add(secret))
  for (const log of input.evidence.logs ?? []) addLines(log.lines)
  const strings: string[] = []
  for (const task of input.evidence.tasks ?? []) {
    strings.push(task.stoppedReason ?? '', ...(task.containers ?? []).map((c) => c.reason ?? ''))
  }
  strings.push(...(input.evidence.service.events ?? []).map((event) => event.message ?? ''))
  strings.push(input.evidence.watch?.reason ?? '', input.evidence.watch?.progress ?? '')
  for (const finding of input.diagnosis?.findings ?? []) {
    strings.push(finding.title, finding.explanation, ...finding.evidence)
    if (finding.logExcerpt) addLines(finding.logExcerpt.lines)
  }
  for (const group of input.diagnosis?.failureGroups ?? []) strings.push(group.exampleReason, group.signature)
  for (const value of strings) redactSecrets(value.slice(0, REDACT_MAX), known).secrets.forEach((secret) => found.add(secret))
  return [...found].filter((secret) => !secret.includes('[REDACTED'))
}
