import type { EcsTask, EcsTaskDefinition, LogExcerpt } from '../evidence/schema.js'
import type { RootCauseCode } from '../types.js'
import type { Confidence } from './types.js'

/** What one stopped task (or one service event) says went wrong, read from the structure of AWS's message. */
export interface StopClassification {
  code: RootCauseCode
  confidence: Confidence
  /** Fails the same way every time (image not found, AccessDenied, secret not found ...): one stop is enough. */
  deterministic: boolean
  /** Normalised failure signature for grouping: ids, IPs, hashes and numbers stripped. */
  signature: string
  /** The clause of the AWS message that decided the code (e.g. the innermost cause). */
  cause: string
  containerName?: string
  exitCode?: number | null
}

export interface StopInput {
  task: EcsTask
  taskDefinition?: EcsTaskDefinition | null
  /** Log excerpts of this task's containers, when collected. */
  logs?: LogExcerpt[]
}

/** Classifies an ECS service event message (newest first); null when the event is not a failure signal. */
export interface EventClassification extends StopClassification {
  message: string
  createdAt?: string
}
