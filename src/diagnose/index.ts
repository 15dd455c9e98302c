import type { Evidence, EcsTask } from '../evidence/schema.js'
import type { RootCauseCode } from '../types.js'
import type { EventClassification, StopClassification, StopInput } from './classification.js'
import { buildContext, type DiagnosisContext } from './context.js'
import type { CheckResult, ClassifiedGroup, RuleSet } from './rules.js'
import { runtimeRules, whatChanged } from './runtime/index.js'
import { startupRules } from './startup/index.js'
import { normaliseReason } from './stops.js'
import { logsForTask } from './task-logs.js'
import type { Check, Diagnosis, FailureGroup, Finding } from './types.js'

export type { Diagnosis } from './types.js'

const RULE_SETS: RuleSet[] = [startupRules, runtimeRules]

/** Classifies one failed stop by the structure of its messages; unknown when no rule recognises it. */
export function classifyStop(input: StopInput): StopClassification {
  for (const rules of RULE_SETS) {
    const classification = safely(() => rules.classifyStop(input), null)
    if (classification) return classification
  }
  return unknownStop(input.task)
}

function unknownStop(task: EcsTask): StopClassification {
  const container = task.containers?.find((c) => c.exitCode !== undefined && c.exitCode !== null && c.exitCode !== 0)
  const reason = [task.stopCode, task.stoppedReason, container?.reason].filter(Boolean).join(': ')
  return {
    code: 'unknown',
    confidence: 'low',
    deterministic: false,
    signature: `unknown: ${normaliseReason(reason)}${container ? ` (exit ${container.exitCode})` : ''}`,
    cause: task.stoppedReason ?? task.stopCode ?? 'stopped',
    containerName: container?.name,
    exitCode: container?.exitCode
  }
}

/** Evidence in, diagnosis out. Pure: never throws, works with whatever keys the evidence has. */
export function diagnose(evidence: Evidence): Diagnosis {
  return safely(() => diagnoseEvidence(evidence), fallbackDiagnosis(evidence))
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

function diagnoseEvidence(evidence: Evidence): Diagnosis {
  const ctx = buildContext(evidence)
  const stops = ctx.failedTasks.map((task) => ({
    task,
    classification: classifyStop({ task, taskDefinition: ctx.taskDefinition, logs: logsOf(evidence, task) })
  }))
  const events = RULE_SETS.flatMap((rules) => safely(() => rules.classifyEvents?.(ctx) ?? [], []))
  const checkResults = RULE_SETS.flatMap((rules) => rules.checks.map((run) => safely(() => run(ctx), emptyCheck)))
  const checks = [...checkResults.flatMap((r) => r.checks), ...unavailableChecks(evidence)]

  const groups = groupByCode(stops, events)
  const findings = groups.map((group) => explain(ctx, group))
  for (const finding of checkResults.flatMap((r) => r.findings ?? [])) {
    if (!findings.some((f) => f.code === finding.code)) findings.push(finding)
  }
  const rootCause = chooseRootCause(ctx, findings)
  return {
    rootCause,
    findings: rootCause ? [rootCause, ...findings.filter((f) => f !== rootCause)] : findings,
    checks,
    whatChanged: safely(() => whatChanged(ctx), []),
    failureGroups: failureGroups(stops.map((s) => ({ task: s.task, classification: s.classification })))
  }
}

function chooseRootCause(ctx: DiagnosisContext, findings: Finding[]): Finding | null {
  const verdict = ctx.evidence.watch?.verdict
  if (verdict === 'stable') return null
  if (findings.length > 0) return findings[0]
  if (verdict === undefined || verdict === 'timeout') return null
  if (endedFromOutside(ctx)) return null
  return unknownFinding(ctx)
}

/**
 * Nothing of the deployment failed: the service was deleted, or another deployment (a second
 * deploy, a manual rollback) replaced it while the circuit breaker had not marked it FAILED. The
 * watch's reason says which; "no cause found" would send the reader looking for a failure.
 */
function endedFromOutside(ctx: DiagnosisContext): boolean {
  if (ctx.service.status === 'INACTIVE' || ctx.service.status === 'DRAINING') return true
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

function logsOf(evidence: Evidence, task: EcsTask) {
  return safely(() => logsForTask(evidence, task), [])
}

function groupByCode(
  stops: { task: EcsTask; classification: StopClassification }[],
  events: EventClassification[]
): ClassifiedGroup[] {
  const byCode = new Map<RootCauseCode, ClassifiedGroup>()
  const groupFor = (code: RootCauseCode) => {
    let group = byCode.get(code)
    if (!group) byCode.set(code, (group = { code, classifications: [], tasks: [], events: [] }))
    return group
  }
  for (const { task, classification } of stops) {
    const group = groupFor(classification.code)
    group.classifications.push(classification)
    group.tasks.push(task)
  }
  for (const event of events) {
    const group = groupFor(event.code)
    group.classifications.push(event)
    group.events.push(event)
  }
  return [...byCode.values()].sort(byWeight)
}

/** Task evidence beats events; more tasks beat fewer; a recognised cause beats unknown; deterministic beats transient. */
function byWeight(a: ClassifiedGroup, b: ClassifiedGroup): number {
  const weight = (g: ClassifiedGroup) =>
    (g.code === 'unknown' ? 0 : 1_000_000) +
    g.tasks.length * 1_000 +
    (g.events.length > 0 ? 100 : 0) +
    (g.classifications.some((c) => c.deterministic) ? 10 : 0) +
    (g.classifications.some((c) => c.confidence === 'high') ? 1 : 0)
  return weight(b) - weight(a)
}

function explain(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const explainer = RULE_SETS.map((rules) => rules.explainers[group.code]).find(Boolean)
  const fallback = genericFinding(group)
  return explainer ? safely(() => explainer(ctx, group), fallback) : fallback
}

function genericFinding(group: ClassifiedGroup): Finding {
  const first = group.classifications[0]
  return {
    code: group.code,
    title: `${group.tasks.length || group.events.length} failure(s): ${first?.cause ?? group.code}`,
    explanation: 'Tasks of the deployment stopped for this reason.',
    confidence: first?.confidence ?? 'low',
    evidence: [...new Set(group.classifications.map((c) => c.cause))].slice(0, 5),
    fixes: []
  }
}

function failureGroups(stops: { task: EcsTask; classification: StopClassification }[]): FailureGroup[] {
  const groups = new Map<string, FailureGroup>()
  for (const { task, classification } of stops) {
    const existing = groups.get(classification.signature)
    if (existing) existing.count += 1
    else
      groups.set(classification.signature, {
        signature: classification.signature,
        count: 1,
        exampleReason: task.stoppedReason ?? classification.cause,
        exitCode: classification.exitCode
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

const emptyCheck: CheckResult = { checks: [] }

/** Rules are pure but run over untrusted evidence; one rule's bug must not hide the rest of the diagnosis. */
function safely<T>(fn: () => T, fallback: T): T {
  try {
    return fn()
  } catch {
    return fallback
  }
}
