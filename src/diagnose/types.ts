import type { RootCauseCode } from '../types.js'

export type Confidence = 'high' | 'medium' | 'low'

export interface Fix {
  title: string
  /** Real `aws` CLI commands (or shell commands) with the real ids filled in; one concern per fix. */
  commands: string[]
  note?: string
}

export interface Finding {
  code: RootCauseCode
  /** One line headline, e.g. "Execution role cannot read secret prod/db-password". */
  title: string
  /** Two or three sentences on why, plain text (renderers escape it). */
  explanation: string
  confidence: Confidence
  /** Plain-text evidence lines, most telling first. */
  evidence: string[]
  fixes: Fix[]
  /** Log lines that matter (first error / stack trace), with where they came from. */
  logExcerpt?: { taskArn: string; containerName: string; lines: string[]; highlight?: number }
}

export type CheckStatus = 'passed' | 'failed' | 'skipped'

export interface Check {
  id: string
  title: string
  status: CheckStatus
  detail?: string
  /** When skipped for lack of permission: the IAM action that would have enabled it. */
  missingPermission?: string
}

export interface Change {
  field: string
  before: string
  after: string
}

export interface FailureGroup {
  signature: string
  count: number
  exampleReason: string
  exitCode?: number | null
}

export interface Diagnosis {
  /** The root cause (the first finding), or null when nothing failed. */
  rootCause: Finding | null
  findings: Finding[]
  checks: Check[]
  /** Differences between the failing and the previous task definition (names only for env/secrets). */
  whatChanged: Change[]
  /** Stopped tasks of the deployment grouped by failure signature. */
  failureGroups: FailureGroup[]
}
