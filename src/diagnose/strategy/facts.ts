/** The strategy evidence as the strategy rules read it: defensive, since evidence files are untrusted. */
import type { DiagnosisContext } from '../context.js'
import type { StrategyEvidence } from '../../evidence/schema.js'

function record<T extends object>(value: T | undefined | null): T | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined
}

export function strategyOf(ctx: DiagnosisContext): StrategyEvidence | undefined {
  return record(ctx.evidence.strategy)
}

export function serviceDeploymentOf(ctx: DiagnosisContext): StrategyEvidence['serviceDeployment'] {
  return record(strategyOf(ctx)?.serviceDeployment)
}

export function codeDeployOf(ctx: DiagnosisContext): StrategyEvidence['codeDeploy'] {
  return record(strategyOf(ctx)?.codeDeploy)
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/** ECS rolled back or stopped the service deployment. */
export function endedBadly(status: unknown): boolean {
  return typeof status === 'string' && (status.startsWith('ROLLBACK_') || status === 'STOPPED' || status === 'STOP_REQUESTED')
}

export function functionNameOf(arnOrName: string): string {
  return arnOrName.includes(':function:') ? (arnOrName.split(':function:')[1]?.split(':')[0] ?? arnOrName) : arnOrName
}

/** Epoch milliseconds of the deployment's start, for log and metric windows. */
export function startedAtMs(ctx: DiagnosisContext): number | undefined {
  const strategy = strategyOf(ctx)
  const iso = strategy?.serviceDeployment?.createdAt ?? strategy?.codeDeploy?.deployment?.createTime ?? ctx.deployment?.createdAt ?? ctx.evidence.watch?.startedAt
  const ms = typeof iso === 'string' ? Date.parse(iso) : NaN
  return Number.isFinite(ms) ? ms : undefined
}
