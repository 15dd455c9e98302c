import type { RootCauseCode } from '../types.js'

export type Confidence = 'high' | 'medium' | 'low'

/** One task-definition field a fix changes; the reader sees it as a diff before the commands. */
export interface FieldChange {
  /** Where the field is, e.g. `api:42` or `containerDefinitions[api].environment`: the diff's hunk header. */
  where: string
  /** The JSON key; none for an item of a list. */
  key?: string
  /** JSON of the value now; none when the fix adds it. */
  before?: string
  /** JSON of the value after the fix; none when the fix removes it. */
  after?: string
}

/** A change the reader makes by hand, between the commands that prepare it and those that apply it. */
export interface ManualEdit {
  instruction: string
  /** How many of the fix's commands run before the edit. */
  afterCommands: number
}

export interface Fix {
  title: string
  /** What the fix changes, shown before the commands; the commands apply exactly this. */
  changes?: FieldChange[]
  /** Said before the commands: the commands alone do not make the change. */
  manualEdit?: ManualEdit
  /** Real `aws` CLI commands (or shell commands) with the real ids filled in; one concern per fix. */
  commands: string[]
  note?: string
  /** Rolls the service back to the revision before the deployment: moot once ECS or the action did. */
  rollsBack?: boolean
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
  /** For the action's debug log: rules that threw (each is also a failed check), with where they broke. */
  debug?: string[]
}
