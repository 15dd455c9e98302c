/**
 * How the diagnosis is extended. Startup rules (tasks that never run: image, network, IAM, secrets,
 * logging, placement, roles) live in ./startup; runtime rules (containers that start and then die:
 * exit codes, logs, OOM, health checks) live in ./runtime. Each side contributes classifiers,
 * explainers per root-cause code and checks; index.ts composes them.
 */
import type { RootCauseCode } from '../types.js'
import type { EventClassification, StopClassification, StopInput } from './classification.js'
import type { DiagnosisContext } from './context.js'
import type { Change, Check, Finding } from './types.js'

/** Classifies one failed stop; returns null when the stop is not of this side's kind. */
export type StopClassifier = (input: StopInput) => StopClassification | null

/** Classifies service events of the followed deployment (newest first). */
export type EventClassifier = (ctx: DiagnosisContext) => EventClassification[]

/** The failed tasks (or events) that share one root-cause code. */
export interface ClassifiedGroup {
  code: RootCauseCode
  classifications: StopClassification[]
  /** Stopped tasks of the group, newest first (empty for event-only causes). */
  tasks: DiagnosisContext['failedTasks']
  events: EventClassification[]
}

/** Builds the finding for a code: explanation, confirming evidence from the deeper checks, fix commands. */
export type Explainer = (ctx: DiagnosisContext, group: ClassifiedGroup) => Finding

/** An independent check over the evidence (network path, IAM simulation, subnet IPs, target health ...). */
export interface CheckResult {
  checks: Check[]
  /** Findings a failed check stands for on its own, used when no stopped task or event names the cause. */
  findings?: Finding[]
}
export type CheckRunner = (ctx: DiagnosisContext) => CheckResult

export interface RuleSet {
  classifyStop: StopClassifier
  classifyEvents?: EventClassifier
  explainers: Partial<Record<RootCauseCode, Explainer>>
  checks: CheckRunner[]
}

export type WhatChanged = (ctx: DiagnosisContext) => Change[]
