/**
 * Preflight: checks of a task definition against the service it is about to be deployed to, before the
 * deploy. Plain data, so the checks (pure) and the report (pure) can be tested without AWS.
 */
import type { Evidence } from '../evidence/schema.js'
import type { Change, Fix } from '../diagnose/types.js'
import type { RootCauseCode } from '../types.js'

export const PREFLIGHT_RESULTS = ['pass', 'warn', 'fail'] as const
export type PreflightResult = (typeof PREFLIGHT_RESULTS)[number]

/** fail-on: which result fails the step. */
export const FAIL_ON = ['error', 'warning'] as const
export type FailOn = (typeof FAIL_ON)[number]

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip'

/** The part of the task's start-up a check is about, in the order ECS goes through them. */
export const AREAS = ['task-definition', 'execution-role', 'network', 'image', 'secrets', 'logging', 'storage', 'changes'] as const
export type Area = (typeof AREAS)[number]

export const AREA_TITLES: Record<Area, string> = {
  'task-definition': 'Task definition',
  'execution-role': 'Execution role',
  network: 'Network',
  image: 'Images',
  secrets: 'Secrets, parameters and environment files',
  logging: 'Logging',
  storage: 'Storage',
  changes: 'What changes against the running revision'
}

/** One line of the report: what was checked, and how it came out. */
export interface PreflightCheck {
  id: string
  area: Area
  title: string
  status: CheckStatus
  detail?: string
  /** When skipped for lack of permission: the IAM action that would have enabled it. */
  missingPermission?: string
}

/** A problem the checks found, with what to do about it: the post-deploy diagnosis's finding, told before the deploy. */
export interface PreflightFinding {
  code: RootCauseCode
  severity: 'fail' | 'warn'
  area: Area
  title: string
  explanation: string
  evidence: string[]
  fixes: Fix[]
}

/** The task definition preflight checks, and where it came from. */
export interface Candidate {
  /** "api:42", or the family and "(from FILE)" for a rendered file. */
  label: string
  source: 'file' | 'registered'
}

export interface PreflightReport {
  result: PreflightResult
  /** The first failing finding (else the first warning): what a deploy would run into first. */
  rootCause: PreflightFinding | null
  findings: PreflightFinding[]
  checks: PreflightCheck[]
  /** The candidate against the running revision (env and secret names only). */
  changes: Change[]
  /** The revision the service runs now, when known ("api:41"). */
  runningRevision?: string
  candidate: Candidate
  /** Lines the reader should know that are not checks (e.g. what IAM simulation cannot see). */
  notes: string[]
}

/** Everything a run produced, for publishing. */
export interface PreflightOutcome {
  report: PreflightReport
  evidence: Evidence
  cluster: string
  serviceName: string
  region: string
}
