/**
 * Whether what a tool told the user when a deployment failed names the root cause. The texts it printed
 * or showed are read by this action's own diagnosis as if they were all ECS had said: service events and
 * the deployment's rolloutStateReason, no tasks, logs or other evidence. Pure.
 */
import { diagnose } from '../src/diagnose/index.js'
import { EVIDENCE_SCHEMA_VERSION, type Evidence } from '../src/evidence/schema.js'
import type { RootCauseCode } from '../src/types.js'

/** What a tool said about a failed deployment. */
export interface Said {
  /** Lines it printed (its failure message) or showed as service events, newest first. */
  messages: string[]
  /** The rolloutStateReason of the deployment, when the tool shows it. */
  rolloutStateReason?: string
}

const DEPLOYMENT_ID = 'ecs-svc/0000000000000000001'
const AT = '2026-01-01T00:00:00.000Z'

function evidenceOf(said: Said): Evidence {
  return {
    schemaVersion: EVIDENCE_SCHEMA_VERSION,
    deploymentId: DEPLOYMENT_ID,
    watch: { verdict: 'failed', reason: '', startedAt: AT, endedAt: AT },
    service: {
      serviceName: 'service',
      status: 'ACTIVE',
      deployments: [
        {
          id: DEPLOYMENT_ID,
          status: 'PRIMARY',
          ...(said.rolloutStateReason === undefined ? {} : { rolloutState: 'FAILED', rolloutStateReason: said.rolloutStateReason })
        }
      ],
      events: said.messages.map((message, i) => ({ id: `said-${i}`, message }))
    }
  }
}

/** The root cause our diagnosis reads from those texts alone; null when they name none. */
export function rootCauseSaid(said: Said): RootCauseCode | null {
  if (said.messages.length === 0 && said.rolloutStateReason === undefined) return null
  const code = diagnose(evidenceOf(said)).rootCause?.code ?? null
  return code === 'unknown' ? null : code
}

/** True when the texts alone name the scenario's expected root cause (never for a scenario that expects none). */
export function namesRootCause(said: Said, expected: RootCauseCode | null): boolean {
  return expected !== null && rootCauseSaid(said) === expected
}
