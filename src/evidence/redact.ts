/**
 * The evidence document leaves the runner: it is the `evidence-file` output, people attach it to bug
 * reports, and the CLI prints diagnoses made from it. So credentials are redacted where they enter
 * it: log lines and the free text AWS wrote (stopped reasons, events, target health, errors) go
 * through the redaction rules, and task-definition environment values are replaced by placeholders
 * that keep only whether two values are equal (what the diagnosis compares between revisions).
 * Pure; redacting twice changes nothing.
 */
import type { KeyValuePair } from '@aws-sdk/client-ecs'
import { looksSecretName, REDACTED, redactLines, redactSecrets } from '../redact.js'
import type { Jsonified } from '../types.js'
import type { EcsService, EcsTask, EcsTaskDefinition, Evidence } from './schema.js'

type ContainerDefinition = NonNullable<EcsTaskDefinition['containerDefinitions']>[number]
type EnvironmentEntry = Jsonified<KeyValuePair>
type TargetHealth = NonNullable<NonNullable<Evidence['loadBalancing']>['targetHealth']>[number]['descriptions'][number]

const PLACEHOLDER = /^\[REDACTED value \d+\]$/

/**
 * Evidence read from a file is untrusted: any member may have the wrong type. These keep a wrong
 * value as it is (the diagnosis copes with it) instead of throwing.
 */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function mapArray<T>(value: T[] | undefined, each: (item: T) => T): T[] | undefined {
  return Array.isArray(value) ? value.map((item) => (isRecord(item) ? each(item) : item)) : value
}

/** Numbers distinct environment values, so equal values get equal placeholders across both revisions. */
class EnvironmentPlaceholders {
  private readonly numbers = new Map<string, number>()

  placeholder(value: string): string {
    if (PLACEHOLDER.test(value)) return value
    let number = this.numbers.get(value)
    if (number === undefined) this.numbers.set(value, (number = this.numbers.size + 1))
    return `[REDACTED value ${number}]`
  }

  entries(environment: EnvironmentEntry[] | undefined): EnvironmentEntry[] | undefined {
    return mapArray(environment, (entry) => (typeof entry.value === 'string' ? { ...entry, value: this.placeholder(entry.value) } : entry))
  }
}

/** Values of task-definition env vars whose names look secret: redacted wherever else they appear. */
export function secretEnvironmentValues(evidence: Evidence): string[] {
  const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value.filter(isRecord) : [])
  return [evidence.taskDefinition, evidence.previousTaskDefinition]
    .flatMap((td) => (isRecord(td) ? list(td.containerDefinitions) : []))
    .flatMap((container) => list(container.environment))
    .filter((pair) => typeof pair.name === 'string' && typeof pair.value === 'string' && pair.value.length >= 4 && !PLACEHOLDER.test(pair.value) && looksSecretName(pair.name))
    .map((pair) => pair.value as string)
}

/** Values under secret-looking keys (docker labels, log driver options) are dropped; other strings are redacted. */
function redactRecord(record: Record<string, string> | undefined, text: (value: string) => string): Record<string, string> | undefined {
  if (!isRecord(record)) return record
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [key, typeof value !== 'string' ? value : looksSecretName(key) && !value.startsWith('arn:') ? REDACTED : text(value)])
  )
}

function redactContainer(container: ContainerDefinition, env: EnvironmentPlaceholders, text: (value: string) => string): ContainerDefinition {
  const list = (values: string[] | undefined) => (Array.isArray(values) ? values.map(text) : values)
  const { healthCheck, logConfiguration } = container
  return {
    ...container,
    ...(container.environment ? { environment: env.entries(container.environment) } : {}),
    ...(container.command ? { command: list(container.command) } : {}),
    ...(container.entryPoint ? { entryPoint: list(container.entryPoint) } : {}),
    ...(isRecord(healthCheck) && healthCheck.command ? { healthCheck: { ...healthCheck, command: list(healthCheck.command) } } : {}),
    ...(container.dockerLabels ? { dockerLabels: redactRecord(container.dockerLabels, text) } : {}),
    ...(isRecord(logConfiguration) && logConfiguration.options
      ? { logConfiguration: { ...logConfiguration, options: redactRecord(logConfiguration.options, text) } }
      : {})
  }
}

function redactTaskDefinition(
  td: EcsTaskDefinition | null | undefined,
  env: EnvironmentPlaceholders,
  text: (value: string) => string
): EcsTaskDefinition | null | undefined {
  if (!isRecord(td) || !td.containerDefinitions) return td
  return { ...td, containerDefinitions: mapArray(td.containerDefinitions, (c) => redactContainer(c, env, text)) }
}

function redactTask(task: EcsTask, env: EnvironmentPlaceholders, text: (value: string) => string): EcsTask {
  const overrides = isRecord(task.overrides) ? task.overrides.containerOverrides : undefined
  return {
    ...task,
    ...(task.stoppedReason !== undefined ? { stoppedReason: text(task.stoppedReason) } : {}),
    ...(task.containers ? { containers: mapArray(task.containers, (c) => (c.reason !== undefined ? { ...c, reason: text(c.reason) } : c)) } : {}),
    ...(overrides
      ? {
          overrides: {
            ...task.overrides,
            containerOverrides: mapArray(overrides, (o) => ({
              ...o,
              ...(o.environment ? { environment: env.entries(o.environment) } : {}),
              ...(Array.isArray(o.command) ? { command: o.command.map(text) } : {})
            }))
          }
        }
      : {})
  }
}

function redactService(service: EcsService, text: (value: string) => string): EcsService {
  if (!isRecord(service)) return service
  return {
    ...service,
    ...(service.events ? { events: mapArray(service.events, (e) => (e.message !== undefined ? { ...e, message: text(e.message) } : e)) } : {}),
    ...(service.deployments
      ? { deployments: mapArray(service.deployments, (d) => (d.rolloutStateReason !== undefined ? { ...d, rolloutStateReason: text(d.rolloutStateReason) } : d)) }
      : {})
  }
}

/**
 * The last lines of a log may begin inside a private key whose BEGIN line was earlier: an END line
 * before any BEGIN line means the window starts inside a key.
 */
function redactLogLines(lines: string[], known: string[]): { lines: string[]; secrets: string[] } {
  const end = lines.findIndex((line) => /-----END [A-Z0-9 ]*PRIVATE KEY-----/.test(line))
  const begin = lines.findIndex((line) => /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(line))
  const startsInsideKey = end >= 0 && (begin < 0 || begin > end)
  return redactLines(lines, known, startsInsideKey)
}

/** The evidence with credentials redacted and environment values replaced; everything else as it was. */
export function redactEvidence(evidence: Evidence): Evidence {
  const known = secretEnvironmentValues(evidence)
  const found = new Set<string>([...known, ...secretsRedactedFrom(evidence)])
  const text = (value: string) => {
    if (typeof value !== 'string') return value
    const redacted = redactSecrets(value, known)
    redacted.secrets.forEach((secret) => found.add(secret))
    return redacted.text
  }
  const lines = (values: string[]) => {
    const redacted = redactLogLines(values, known)
    redacted.secrets.forEach((secret) => found.add(secret))
    return redacted.lines
  }
  const env = new EnvironmentPlaceholders()
  const { watch, loadBalancing } = evidence
  const redacted: Evidence = {
    ...evidence,
    ...(isRecord(watch)
      ? {
          watch: {
            ...watch,
            reason: text(watch.reason),
            ...(watch.progress !== undefined ? { progress: text(watch.progress) } : {}),
            ...(watch.failureSignatures ? { failureSignatures: mapArray(watch.failureSignatures, (f) => ({ ...f, signature: text(f.signature) })) } : {})
          }
        }
      : {}),
    service: redactService(evidence.service, text),
    ...(evidence.taskDefinition !== undefined ? { taskDefinition: redactTaskDefinition(evidence.taskDefinition, env, text) } : {}),
    ...(evidence.previousTaskDefinition !== undefined ? { previousTaskDefinition: redactTaskDefinition(evidence.previousTaskDefinition, env, text) } : {}),
    ...(evidence.tasks ? { tasks: mapArray(evidence.tasks, (t) => redactTask(t, env, text)) } : {}),
    ...(evidence.logs
      ? { logs: mapArray(evidence.logs, (log) => ({ ...log, lines: Array.isArray(log.lines) ? lines(log.lines.map(String)) : log.lines })) }
      : {}),
    ...(evidence.serviceDeployments
      ? {
          serviceDeployments: mapArray(evidence.serviceDeployments, (d) => ({
            ...d,
            ...(d.statusReason !== undefined ? { statusReason: text(d.statusReason) } : {}),
            ...(isRecord(d.rollback) && d.rollback.reason !== undefined ? { rollback: { ...d.rollback, reason: text(d.rollback.reason) } } : {})
          }))
        }
      : {}),
    ...(isRecord(loadBalancing) && Array.isArray(loadBalancing.targetHealth)
      ? {
          loadBalancing: {
            ...loadBalancing,
            targetHealth: mapArray(loadBalancing.targetHealth, (group) => ({
              ...group,
              descriptions: mapArray<TargetHealth>(group.descriptions, (d) =>
                isRecord(d.TargetHealth) && d.TargetHealth.Description !== undefined
                  ? { ...d, TargetHealth: { ...d.TargetHealth, Description: text(d.TargetHealth.Description) } }
                  : d
              )
            }))
          }
        }
      : {}),
    ...(evidence.unavailable ? { unavailable: mapArray(evidence.unavailable, (u) => ({ ...u, error: text(u.error) })) } : {})
  }
  redactedSecrets.set(redacted, [...found])
  return redacted
}

/**
 * The credentials redactEvidence took out of a document, kept beside it (never in it), so the
 * publisher can still mask them in the Actions log for the steps that come after this one.
 */
const redactedSecrets = new WeakMap<Evidence, string[]>()

export function secretsRedactedFrom(evidence: Evidence): string[] {
  return redactedSecrets.get(evidence) ?? []
}
