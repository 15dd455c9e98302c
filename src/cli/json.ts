/** `ecs-deploy-doctor watch --json`: the final result as one JSON document. Pure. */
import type { RollbackOutcome } from '../rollback/types.js'
import type { DoctorResult } from '../doctor.js'
import { FAILING_VERDICTS, type Verdict } from '../types.js'
import { shortTaskDefinition } from '../format.js'

export interface ServiceJson {
  service: string
  verdict: Verdict
  reason: string
  deploymentId: string | null
  rootCause: { code: string; title: string; confidence: string } | null
  /** Codes of every finding, the root cause first. */
  findings: string[]
  rollback: {
    status: RollbackOutcome['status']
    reason: string
    changedBy: string | null
    fromTaskDefinition: string | null
    toTaskDefinition: string | null
    deploymentId: string | null
    verdict: Verdict | null
    missingPermissions: string[]
  } | null
}

export interface WatchJson {
  /** The first failing service's verdict, else stable. */
  verdict: Verdict
  services: ServiceJson[]
}

function rollbackJson(outcome: RollbackOutcome | null | undefined): ServiceJson['rollback'] {
  if (!outcome) return null
  return {
    status: outcome.status,
    reason: outcome.reason,
    changedBy: outcome.changedBy ?? null,
    fromTaskDefinition: outcome.fromTaskDefinition ? shortTaskDefinition(outcome.fromTaskDefinition) : null,
    toTaskDefinition: outcome.toTaskDefinition ? shortTaskDefinition(outcome.toTaskDefinition) : null,
    deploymentId: outcome.deploymentId ?? null,
    verdict: outcome.watch?.verdict ?? null,
    missingPermissions: outcome.missingPermissions
  }
}

export function serviceJson(service: string, result: DoctorResult): ServiceJson {
  const cause = result.diagnosis?.rootCause
  const findings = result.diagnosis?.findings.map((f) => f.code) ?? []
  return {
    service,
    verdict: result.watch.verdict,
    reason: result.watch.reason,
    deploymentId: result.watch.deploymentId || null,
    rootCause: cause ? { code: cause.code, title: cause.title, confidence: cause.confidence } : null,
    findings: cause ? [cause.code, ...findings.filter((code) => code !== cause.code)] : findings,
    rollback: rollbackJson(result.rollback)
  }
}

export function watchJson(services: string[], results: DoctorResult[]): WatchJson {
  const entries = results.map((result, i) => serviceJson(services[i] ?? result.watch.service.serviceName ?? 'service', result))
  const failing = entries.find((e) => FAILING_VERDICTS.includes(e.verdict))
  return { verdict: failing?.verdict ?? 'stable', services: entries }
}
