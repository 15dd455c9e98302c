/**
 * Credential redaction, the one module for it: anything a container or AWS wrote goes through these
 * rules before it reaches the evidence document, a diagnosis, a report or the log. Each rule keeps the
 * context that helps a reader ("DB_PASSWORD=", "Bearer ", the URL host) and replaces only the secret
 * itself. The secrets found are returned so the publisher can also mask them in the Actions log.
 */
import type { KeyValuePair } from '@aws-sdk/client-ecs'
import type { EcsService, EcsTask, EcsTaskDefinition, Evidence, StrategyEvidence } from './evidence/schema.js'
import { ROOT_CAUSE_CODES, type Jsonified } from './types.js'

export const REDACTED = '[REDACTED]'

export interface Redacted {
  text: string
  /** The secret values that were replaced, for core.setSecret. */
  secrets: string[]
}

const SECRET_NAME =
  '(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?|client[_-]?secret|session[_-]?key|signing[_-]?key|auth[_-]?key)'

/** True for names like DB_PASSWORD, apiKey, STRIPE_SECRET_KEY, github-token. */
export function looksSecretName(name: string): boolean {
  return new RegExp(SECRET_NAME, 'i').test(name)
}

interface Rule {
  pattern: RegExp
  /** Index of the capture group holding the secret; the rest of the match is kept. */
  secretGroup: number
  accept?: (secret: string, prefix: string) => boolean
}

const PRIVATE_KEY_BLOCK = /(-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----)([\s\S]*?)(-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g

const RULES: Rule[] = [
  // Authorization / Proxy-Authorization headers, with or without a scheme word.
  {
    pattern: /\b((?:proxy-)?authorization["']?\s*[:=]\s*["']?(?:(?:Bearer|Basic|Token|Digest|AWS4-HMAC-SHA256)\s+)?)([^\s"',;]+)/gi,
    secretGroup: 2
  },
  { pattern: /\b(Bearer\s+)([A-Za-z0-9._~+/=-]{8,})/g, secretGroup: 2 },
  // user:password@host in any URL.
  { pattern: /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)([^\s@/]+)(?=@)/gi, secretGroup: 2 },
  // AWS access key ids (long-term AKIA, temporary ASIA).
  { pattern: /\b()((?:AKIA|ASIA)[A-Z0-9]{16})\b/g, secretGroup: 2 },
  // JSON Web Tokens.
  { pattern: /\b()(eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,})/g, secretGroup: 2 },
  // GitHub and Slack tokens.
  { pattern: /\b()(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|xox[abprs]-[A-Za-z0-9-]{10,})/g, secretGroup: 2 },
  // "password": "value" in JSON.
  {
    pattern: new RegExp(`("[^"]{0,64}${SECRET_NAME}[^"]{0,64}"\\s*:\\s*")((?:[^"\\\\]|\\\\.)+)(?=")`, 'gi'),
    secretGroup: 2,
    accept: isPlausibleSecretValue
  },
  // NAME=value, NAME: value, --name=value, with optional quotes; not a path or ARN segment (".../db-password-AbCdEf: ...").
  {
    pattern: new RegExp(`(?<![\\w/:.-])([A-Za-z0-9_.-]{0,64}${SECRET_NAME}[A-Za-z0-9_.-]{0,64}["']?(?:\\s*=\\s*|:\\s+))("[^"\\n]+"|'[^'\\n]+'|[^\\s"',;&]+)`, 'gi'),
    secretGroup: 2,
    accept: (value, prefix) => isPlausibleSecretValue(value) && !isRootCauseLabel(prefix)
  },
  // A 40-character AWS secret access key standing alone (mixed case plus a digit or / +).
  {
    pattern: /(^|[^A-Za-z0-9/+=])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/g,
    secretGroup: 2,
    accept: (value) => /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9/+]/.test(value)
  }
]

/** Our own "secret-access-denied: ..." labels name a failure, not a secret. */
function isRootCauseLabel(prefix: string): boolean {
  const key = prefix.replace(/["']?\s*(?:=|:)\s*$/, '')
  return (ROOT_CAUSE_CODES as readonly string[]).includes(key)
}

/** ARNs, placeholders and already-masked values are names or references, not secrets. */
function isPlausibleSecretValue(quoted: string): boolean {
  const value = quoted.replace(/^(["'])(.*)\1$/, '$2')
  if (!value) return false
  if (value.includes(REDACTED) || /^\*+$/.test(value)) return false
  if (/^arn:aws[a-z-]*:/i.test(value)) return false
  // Source code quoted in a stack trace (`SECRET_KEY = os.environ[...]`) names a variable; it is not a value.
  if (/^(?:os\.|process\.|ENV\b|System\.|env\b|getenv|settings\.|config\.|self\.|this\.|\$\{)/.test(value)) return false
  if (/^(?:null|none|true|false|undefined|\$\{.*\}|\{\{.*\}\}|<[^>]*>)$/i.test(value)) return false
  return true
}

/**
 * Redacts credentials in one line: AWS access keys and secret keys, bearer and basic tokens,
 * passwords in URLs, KEY=value pairs whose names look secret, JWTs, GitHub/Slack tokens, private
 * key blocks, and any of `knownSecrets` (e.g. values of secret-looking task-definition env vars).
 */
export function redactSecrets(line: string, knownSecrets: readonly string[] = []): Redacted {
  const secrets: string[] = []
  let text = line
  for (const known of knownSecrets) {
    if (known.length >= 4 && text.includes(known)) {
      secrets.push(known)
      text = text.split(known).join(REDACTED)
    }
  }
  text = text.replace(PRIVATE_KEY_BLOCK, (_match, begin: string, body: string, end: string) => {
    if (body.trim()) secrets.push(body.trim())
    return `${begin}${REDACTED}${end}`
  })
  for (const rule of RULES) {
    text = text.replace(rule.pattern, (...args: unknown[]) => {
      const match = args[0] as string
      const groups = args.slice(1, 1 + rule.secretGroup) as (string | undefined)[]
      const secret = groups[rule.secretGroup - 1] ?? ''
      const prefix = groups.slice(0, rule.secretGroup - 1).join('')
      if (!secret || (rule.accept && !rule.accept(secret, prefix))) return match
      secrets.push(secret.replace(/^(["'])(.*)\1$/, '$2'))
      return `${prefix}${REDACTED}${match.slice(prefix.length + secret.length)}`
    })
  }
  return { text, secrets: unique(secrets) }
}

/**
 * Redacts a sequence of log lines. Besides the per-line rules, a private key written over several
 * lines is redacted from its BEGIN line to its END line.
 */
export function redactLines(
  lines: readonly string[],
  knownSecrets: readonly string[] = [],
  startsInsideKey = false
): { lines: string[]; secrets: string[] } {
  const out: string[] = []
  const secrets: string[] = []
  let insideKey = startsInsideKey
  for (const line of lines) {
    if (insideKey) {
      if (/-----END [A-Z0-9 ]*PRIVATE KEY-----/.test(line)) {
        insideKey = false
        out.push(line.replace(/^.*?(?=-----END)/, (before) => (before.trim() ? REDACTED : before)))
      } else {
        if (line.trim()) secrets.push(line.trim())
        out.push(REDACTED)
      }
      continue
    }
    const redacted = redactSecrets(line, knownSecrets)
    secrets.push(...redacted.secrets)
    if (/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(line) && !/-----END [A-Z0-9 ]*PRIVATE KEY-----/.test(line)) {
      insideKey = true
    }
    out.push(redacted.text)
  }
  return { lines: out, secrets: unique(secrets) }
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}

/**
 * The last `count` lines, redacted. Only those lines are run through the rules; the earlier ones
 * are scanned for private-key markers so a key that began before the window is still redacted.
 */
export function redactTail(lines: readonly string[], count: number, knownSecrets: readonly string[] = []): string[] {
  const start = Math.max(0, lines.length - count)
  let insideKey = false
  for (let index = 0; index < start; index++) {
    const line = lines[index]
    if (!line.includes('PRIVATE KEY-----')) continue
    if (/-----END [A-Z0-9 ]*PRIVATE KEY-----/.test(line)) insideKey = false
    if (/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----(?![\s\S]*-----END [A-Z0-9 ]*PRIVATE KEY-----)/.test(line)) insideKey = true
  }
  return redactLines(lines.slice(start), knownSecrets, insideKey).lines
}

/** `text` with its credentials redacted. */
export function redact(text: string): string {
  return redactSecrets(text, []).text
}

/** One log line fit for an evidence line or a title: redacted, trimmed, at most `max` characters. */
export function quoteLine(line: string, max = 240): string {
  const clean = redact(line).replace(/\s+/g, ' ').trim()
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean
}

/**
 * AWS or container text for the Actions log, as one line: credentials redacted, and line breaks
 * flattened, since a logged line that starts with "::" is a workflow command to the runner.
 */
export function logLine(text: string, knownSecrets: readonly string[] = []): string {
  return redactSecrets(text, knownSecrets).text.replace(/[\r\n\u2028\u2029]+/g, ' ')
}

/*
 * The evidence document leaves the runner: it is the `evidence-file` output, people attach it to bug
 * reports, and the CLI prints diagnoses made from it. So credentials are redacted where they enter
 * it: log lines and the free text AWS wrote (stopped reasons, events, target health, errors) go
 * through the rules above, and task-definition environment values are replaced by placeholders that
 * keep only whether two values are equal (what the diagnosis compares between revisions).
 * Pure; redacting twice changes nothing.
 */

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
/** The strategy evidence: AWS's free text (status reasons, alarm reasons) and the hook function's log lines. */
function maybe(value: unknown, text: (value: string) => string): string | undefined {
  return typeof value === 'string' ? text(value) : (value as undefined)
}

function redactServiceDeployment(sd: StrategyEvidence['serviceDeployment'], text: (value: string) => string): StrategyEvidence['serviceDeployment'] {
  if (!isRecord(sd)) return sd
  return {
    ...sd,
    ...(sd.statusReason !== undefined ? { statusReason: maybe(sd.statusReason, text) } : {}),
    ...(isRecord(sd.rollback) && sd.rollback.reason !== undefined ? { rollback: { ...sd.rollback, reason: maybe(sd.rollback.reason, text) } } : {})
  }
}

function redactCodeDeploy(cd: StrategyEvidence['codeDeploy'], text: (value: string) => string): StrategyEvidence['codeDeploy'] {
  if (!isRecord(cd)) return cd
  const deployment = isRecord(cd.deployment) ? cd.deployment : undefined
  const target = isRecord(cd.target) ? cd.target : undefined
  const error = isRecord(deployment?.errorInformation) ? deployment.errorInformation : undefined
  return {
    ...cd,
    ...(deployment ? { deployment: { ...deployment, ...(error ? { errorInformation: { ...error, message: maybe(error.message, text) } } : {}) } } : {}),
    ...(target
      ? {
          target: {
            ...target,
            lifecycleEvents: mapArray(target.lifecycleEvents, (event) =>
              isRecord(event.diagnostics)
                ? { ...event, diagnostics: { ...event.diagnostics, message: maybe(event.diagnostics.message, text), logTail: maybe(event.diagnostics.logTail, text) } }
                : event
            )
          }
        }
      : {})
  }
}

function redactStrategy(strategy: StrategyEvidence, text: (value: string) => string, lines: (values: string[]) => string[]): StrategyEvidence {
  if (!isRecord(strategy)) return strategy
  const hookLogs = isRecord(strategy.hookLogs) ? strategy.hookLogs : undefined
  return {
    ...strategy,
    ...(strategy.serviceDeployment !== undefined ? { serviceDeployment: redactServiceDeployment(strategy.serviceDeployment, text) } : {}),
    ...(strategy.codeDeploy !== undefined ? { codeDeploy: redactCodeDeploy(strategy.codeDeploy, text) } : {}),
    ...(strategy.firedAlarms
      ? {
          firedAlarms: mapArray(strategy.firedAlarms, (alarm) => ({
            ...alarm,
            ...(alarm.stateReason !== undefined ? { stateReason: maybe(alarm.stateReason, text) } : {}),
            history: mapArray(alarm.history, (item) => ({ ...item, summary: maybe(item.summary, text) ?? '' })) ?? []
          }))
        }
      : {}),
    ...(hookLogs ? { hookLogs: { ...hookLogs, lines: Array.isArray(hookLogs.lines) ? lines(hookLogs.lines.map(String)) : hookLogs.lines } } : {})
  }
}

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
    ...(evidence.strategy ? { strategy: redactStrategy(evidence.strategy, text, lines) } : {}),
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
