import type { EcsService, EcsTask } from '../evidence/schema.js'
import type { StopOutcome } from '../stops.js'
import type { Verdict } from '../types.js'
import type { StrategyEvidence } from '../evidence/schema.js'

/** What one poll saw, as plain JSON. */
export interface Observation {
  service: EcsService
  /** Tasks of the followed deployment known so far (stopped ones stay known after ECS forgets them). */
  tasks: EcsTask[]
  /** Reference "now" in epoch ms: the later of our clock and the newest AWS timestamp seen. */
  nowMs: number
}

/** Facts fixed when the watch starts. */
export interface WatchBaseline {
  deploymentId: string
  taskDefinitionArn?: string
  /** Task definitions of the service's other deployments at start: a rollback returns to one of them. */
  previousTaskDefinitions: string[]
  startedAtMs: number
  timeoutMs: number
  maxFailedTasks: number
  /** How long ECS may report that it cannot place or launch our tasks, with none progressing, before `stuck`. */
  launchBlockWindowMs: number
}

export interface ClassifiedStop {
  task: EcsTask
  classification: StopOutcome
}

export interface FailureSignature {
  signature: string
  count: number
  deterministic: boolean
}

export interface Decision {
  verdict: Verdict
  reason: string
}

export interface WatchResult extends Decision {
  deploymentId: string
  /** The task definition the followed deployment runs. */
  taskDefinitionArn?: string
  service: EcsService
  tasks: EcsTask[]
  startedAt: string
  endedAt: string
  progress: string
  failureSignatures: FailureSignature[]
  /** The kind of deployment and what the watch saw of it beyond its tasks (stages, hooks, CodeDeploy). */
  strategy?: StrategyEvidence
}
