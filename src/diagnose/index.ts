import type { EcsTask, Evidence } from '../evidence/schema.js'
import type { RootCauseCode } from '../types.js'
import type { StopInput } from './classification.js'
import { CATALOGUE } from './catalogue.js'
import { buildContext, type DiagnosisContext } from './context.js'
import { deploymentRules } from './deployment/index.js'
import { readDeploymentOutcome, serviceIsHealthy } from './deployment/outcome.js'
import type { CheckResult, ClassifiedGroup, EventReading, Reading, RuleSet } from './rules.js'
import { runtimeRules, whatChanged } from './runtime/index.js'
import { readRunningTaskLogs, readUnhealthyRunningTasks } from './runtime/running.js'
import { startupRules } from './startup/index.js'
import { normaliseReason } from './signature.js'
import { strategyRules } from './strategy/index.js'
import { logsForTask } from './task-logs.js'
import type { Check, Diagnosis, FailureGroup, Finding } from './types.js'

export type { Diagnosis } from './types.js'

const RULE_SETS: RuleSet[] = [startupRules, runtimeRules, strategyRules, deploymentRules]

/** A rule that threw: kept as a failed check and a debug line, never silently turned into `unknown`. */
interface RuleFailure {
  rule: string
  error: unknown
}

/** Runs rules over untrusted evidence: one rule's bug must not hide the rest of the diagnosis, nor go unnoticed. */
class Guard {
  readonly failures: RuleFailure[] = []

  run<T>(rule: string, fn: () => T, fallback: T): T {
    try {
      return fn()
    } catch (error) {
      this.failures.push({ rule, error })
      return fallback
    }
  }
}

/** Classifies one failed stop by the structure of its messages, once; unknown when no rule recognises it. */
export function classifyStop(input: StopInput): Reading {
  return classifyWith(new Guard(), input)
}

function classifyWith(guard: Guard, input: StopInput): Reading {
  for (const rules of RULE_SETS) {
    const reading = guard.run(`${rules.name}.classifyStop`, () => rules.classifyStop(input), null)
    if (reading) return { ...reading, task: input.task }
  }
  return guard.run('unknownStop', () => unknownStop(input.task), unreadableStop(input.task))
}

/** A stop the rules could not even look at (its fields are not what ECS returns). */
function unreadableStop(task: EcsTask): Reading {
  return { code: 'unknown', confidence: 'low', deterministic: false, signature: 'unknown: unreadable stop', cause: 'the stopped task could not be read', task }
}

function unknownStop(task: EcsTask): Reading {
  const container = task.containers?.find((c) => c.exitCode !== undefined && c.exitCode !== null && c.exitCode !== 0)
  const reason = [task.stopCode, task.stoppedReason, container?.reason].filter(Boolean).join(': ')
  return {
    code: 'unknown',
    confidence: 'low',
    deterministic: false,
    signature: `unknown: ${normaliseReason(reason)}${container ? ` (exit ${container.exitCode})` : ''}`,
    cause: task.stoppedReason ?? container?.reason ?? task.stopCode ?? 'stopped',
    containerName: container?.name,
    exitCode: container?.exitCode,
    task
  }
}

/** Evidence in, diagnosis out. Pure: never throws, works with whatever keys the evidence has. */
export function diagnose(evidence: Evidence): Diagnosis {
  const guard = new Guard()
  const diagnosis = guard.run('diagnose', () => diagnoseEvidence(evidence, guard), null)
  if (diagnosis) return diagnosis
  const fallback = fallbackDiagnosis(evidence)
  return { ...fallback, checks: failedRuleChecks(guard.failures), debug: debugLines(guard.failures) }
}

/** For evidence so malformed that even the context cannot be built: nothing found, consistent with the verdict. */
function fallbackDiagnosis(evidence: Evidence): Diagnosis {
  const verdict = typeof evidence === 'object' && evidence !== null ? evidence.watch?.verdict : undefined
  const failing = verdict !== undefined && verdict !== 'stable' && verdict !== 'timeout'
  const rootCause: Finding | null = failing
    ? {
        code: 'unknown',
        title: 'The deployment failed, but the evidence could not be read',
        explanation: 'The evidence document is not in the shape ECS Deploy Doctor writes, so no cause could be named from it.',
        confidence: 'low',
        evidence: [],
        fixes: []
      }
    : null
  return { rootCause, findings: rootCause ? [rootCause] : [], checks: [], whatChanged: [], failureGroups: [] }
}

function diagnoseEvidence(evidence: Evidence, guard: Guard): Diagnosis {
  const ctx = buildContext(evidence)
  const stops = ctx.failedTasks.map((task) => classifyWith(guard, { task, taskDefinition: ctx.taskDefinition, logs: guard.run('logs', () => logsForTask(evidence, task), []) }))
  const events = RULE_SETS.flatMap((rules) => guard.run(`${rules.name}.classifyEvents`, () => rules.classifyEvents?.(ctx) ?? [], []))
  const running = stops.length === 0 ? readRunningTasks(ctx, guard) : []
  const checkResults = RULE_SETS.flatMap((rules) => rules.checks.map((check) => guard.run(`${rules.name}.${check.name || 'check'}`, () => check(ctx), emptyCheck)))

  const groups = groupByCode([...stops, ...running], events)
  const findings = groups.map((group) => explain(ctx, group, guard))
  const checkFindings = checkResults.flatMap((r) => r.findings ?? []).filter((f) => !findings.some((g) => g.code === f.code))
  const rootCause = guard.run('chooseRootCause', () => chooseRootCause(ctx, findings, checkFindings), findings[0] ?? null)
  const all = [...findings, ...checkFindings]
  return {
    rootCause,
    findings: rootCause ? [rootCause, ...all.filter((f) => f !== rootCause)] : all,
    checks: [...checkResults.flatMap((r) => r.checks), ...unavailableChecks(evidence), ...failedRuleChecks(guard.failures)],
    whatChanged: guard.run('whatChanged', () => whatChanged(ctx), []),
    failureGroups: failureGroups(stops),
    ...(guard.failures.length > 0 ? { debug: debugLines(guard.failures) } : {})
  }
}

/**
 * The first finding from what ECS said, unless a check proves another cause and the reading was only a
 * guess (issue 13 item 5): a registry index without the task's architecture, an IAM simulation denying
 * the exact ARN, a missing route or secret outrank a low-confidence reading of a message or an exit code.
 */
function chooseRootCause(ctx: DiagnosisContext, findings: Finding[], checkFindings: Finding[]): Finding | null {
  if (!failingOrUnknown(ctx)) return null
  const read = findings[0]
  const proven = checkFindings.find((f) => f.confidence === 'high')
  if (read && read.code !== 'unknown' && (read.confidence !== 'low' || !proven)) return read
  if (proven) return proven
  if (read && read.code !== 'unknown') return read
  if (checkFindings.length > 0) return checkFindings[0]
  if (read) return read
  const verdict = ctx.evidence.watch?.verdict
  if (verdict === undefined && readDeploymentOutcome(ctx).failed !== true) return null
  if (verdict === 'timeout' || endedFromOutside(ctx)) return null
  return unknownFinding(ctx)
}

/** The watch said the deployment failed, or (for an evidence file without its verdict) the service events or rollout state do. */
/** No task of ours stopped: what the running ones show. Their logs only once the deployment failed; an UNHEALTHY health check on a timeout too. */
function readRunningTasks(ctx: DiagnosisContext, guard: Guard): Reading[] {
  const failed = deploymentFailed(ctx)
  const logs = failed ? guard.run('runtime.runningTaskLogs', () => readRunningTaskLogs(ctx), []) : []
  const unhealthy = failed || ctx.evidence.watch?.verdict === 'timeout' ? guard.run('runtime.unhealthyRunningTasks', () => readUnhealthyRunningTasks(ctx), []) : []
  // A task that is still running has not exited: while the load balancer marks its targets unhealthy, an error in its
  // log explains the failing health check (the ELB finding quotes it) rather than being an exit of its own.
  const named = targetsUnhealthy(ctx) ? logs.filter((r) => r.code !== 'app-exit-error') : logs
  // A task whose log names the failure is read from its log; its failing health check is only the symptom.
  const logged = new Set(named.map((r) => r.task?.taskArn))
  return [...named, ...unhealthy.filter((r) => !logged.has(r.task?.taskArn))]
}

function targetsUnhealthy(ctx: DiagnosisContext): boolean {
  return (ctx.evidence.loadBalancing?.targetHealth ?? []).some((group) => (group.descriptions ?? []).some((d) => d.TargetHealth?.State === 'unhealthy'))
}

function deploymentFailed(ctx: DiagnosisContext): boolean {
  const verdict = ctx.evidence.watch?.verdict
  if (verdict === undefined) return readDeploymentOutcome(ctx).failed === true || !serviceIsHealthy(ctx)
  return verdict === 'failed' || verdict === 'rolled-back' || verdict === 'stuck'
}

/**
 * A stable verdict, or — for an evidence file without one — a deployment that completed with every
 * task running: benign stops (a Fargate retirement, a Spot interruption already replaced) are no cause.
 */
function failingOrUnknown(ctx: DiagnosisContext): boolean {
  const verdict = ctx.evidence.watch?.verdict
  if (verdict === 'stable') return false
  if (verdict === undefined && serviceIsHealthy(ctx)) return false
  return true
}

/**
 * Nothing of the deployment failed: the service was deleted, or another deployment (a second
 * deploy, a manual rollback) replaced it while the circuit breaker had not marked it FAILED. The
 * watch's reason says which; "no cause found" would send the reader looking for a failure. A
 * service event saying the deployment failed overrides the rollout state the evidence caught.
 */
function endedFromOutside(ctx: DiagnosisContext): boolean {
  if (ctx.service.status === 'INACTIVE' || ctx.service.status === 'DRAINING') return true
  if (readDeploymentOutcome(ctx).failed) return false
  const ours = ctx.deployment
  if (!ours || ours.rolloutState === 'FAILED') return false
  return (ctx.service.deployments ?? []).some((d) => d.status === 'PRIMARY' && d.id !== ours.id)
}

function unknownFinding(ctx: DiagnosisContext): Finding {
  const reason = ctx.deployment?.rolloutStateReason
  const events = (Array.isArray(ctx.service.events) ? ctx.service.events : []).slice(0, 3).map((e) => String(e?.message ?? ''))
  return {
    code: 'unknown',
    title: 'The deployment failed, but no stopped task or service event names a cause',
    explanation:
      'ECS did not keep a stopped task or event that explains the failure (stopped tasks are kept for about an hour). ' +
      'The evidence below is what ECS reported.',
    confidence: 'low',
    evidence: [reason, ...events].filter((line): line is string => Boolean(line)),
    fixes: []
  }
}

function groupByCode(stops: Reading[], events: EventReading[]): ClassifiedGroup[] {
  const byCode = new Map<RootCauseCode, ClassifiedGroup>()
  const groupFor = (code: RootCauseCode) => {
    let group = byCode.get(code)
    if (!group) byCode.set(code, (group = { code, classifications: [], tasks: [], events: [] }))
    return group
  }
  for (const stop of stops) {
    const group = groupFor(stop.code)
    group.classifications.push(stop)
    if (stop.task) group.tasks.push(stop.task)
  }
  for (const event of events) {
    const group = groupFor(event.code)
    group.classifications.push(event)
    group.events.push(event)
  }
  return [...byCode.values()].sort(byWeight)
}

/**
 * Stopped tasks beat events, events beat a running task's logs; more beat fewer; a recognised cause
 * beats unknown; deterministic beats transient; sure beats guessed.
 */
function byWeight(a: ClassifiedGroup, b: ClassifiedGroup): number {
  const stopped = (g: ClassifiedGroup) => g.classifications.filter((c) => c.task && !c.running).length
  const weight = (g: ClassifiedGroup) =>
    (g.code === 'unknown' ? 0 : 1_000_000) +
    stopped(g) * 1_000 +
    (g.events.length > 0 ? 100 : 0) +
    (g.tasks.length > 0 ? 50 : 0) +
    (g.classifications.some((c) => c.deterministic) ? 10 : 0) +
    (g.classifications.some((c) => c.confidence === 'high') ? 2 : g.classifications.some((c) => c.confidence === 'medium') ? 1 : 0)
  return weight(b) - weight(a)
}

function explain(ctx: DiagnosisContext, group: ClassifiedGroup, guard: Guard): Finding {
  const explainer = RULE_SETS.map((rules) => rules.explainers[group.code]).find(Boolean)
  const fallback = genericFinding(group)
  return explainer ? guard.run(`explain ${group.code}`, () => explainer(ctx, group), fallback) : fallback
}

function genericFinding(group: ClassifiedGroup): Finding {
  const first = group.classifications[0]
  return {
    code: group.code,
    title: `${group.tasks.length || group.events.length} failure(s): ${first?.cause ?? group.code}`,
    explanation:
      group.code === 'unknown'
        ? 'No rule recognises this stop; what ECS reported is shown.'
        : `Tasks of the deployment stopped because ${CATALOGUE[group.code].summary}.`,
    confidence: first?.confidence ?? 'low',
    evidence: [...new Set(group.classifications.map((c) => c.cause))].slice(0, 5),
    fixes: []
  }
}

function failureGroups(stops: Reading[]): FailureGroup[] {
  const groups = new Map<string, FailureGroup>()
  for (const stop of stops) {
    const existing = groups.get(stop.signature)
    if (existing) existing.count += 1
    else
      groups.set(stop.signature, {
        signature: stop.signature,
        count: 1,
        exampleReason: stop.task?.stoppedReason ?? stop.cause,
        exitCode: stop.exitCode
      })
  }
  return [...groups.values()].sort((a, b) => b.count - a.count)
}

function unavailableChecks(evidence: Evidence): Check[] {
  const entries = Array.isArray(evidence.unavailable) ? evidence.unavailable.filter((u) => typeof u === 'object' && u !== null) : []
  return entries.map((u) => {
    const denied = /AccessDenied|UnauthorizedOperation|AuthorizationError|not authorized/i.test(`${u.errorCode} ${u.error}`)
    return {
      id: `unavailable:${u.api}`,
      title: u.check,
      status: 'skipped' as const,
      detail: denied ? `${u.api} was denied to the action's role: ${u.error}` : `${u.api} failed: ${u.error}`,
      ...(denied ? { missingPermission: u.api } : {})
    }
  })
}

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`
  return String(error)
}

function failedRuleChecks(failures: RuleFailure[]): Check[] {
  return failures.map((f, i) => ({
    id: `diagnosis.rule.${i + 1}`,
    title: `Diagnosis rule ${f.rule} ran over the evidence`,
    status: 'failed' as const,
    detail: `The rule threw ${errorText(f.error)}; the diagnosis went on without it. Please report this with the evidence file.`
  }))
}

/** Where each failed rule broke: the error and its first stack frames, for the action's debug log. */
function debugLines(failures: RuleFailure[]): string[] {
  return failures.map((f) => {
    const stack = f.error instanceof Error && f.error.stack ? f.error.stack.split('\n').slice(1, 4).map((l) => l.trim()).join(' | ') : ''
    return `diagnosis rule ${f.rule} threw ${errorText(f.error)}${stack ? ` (${stack})` : ''}`
  })
}

const emptyCheck: CheckResult = { checks: [] }
