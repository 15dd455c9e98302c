/**
 * How the diagnosis is extended. Startup rules (tasks that never run: image, network, IAM, secrets,
 * logging, placement, roles, EFS) live in ./startup; runtime rules (containers that start and then die:
 * exit codes, logs, OOM, health checks, Service Connect) live in ./runtime; service-event templates
 * that are neither (deployment outcome, alarms) in ./deployment. Each side contributes classifiers,
 * explainers per root-cause code and checks; index.ts composes them.
 */
import type { EcsTask } from '../evidence/schema.js'
import type { RootCauseCode } from '../types.js'
import type { StopClassification, StopInput } from './classification.js'
import type { DiagnosisContext } from './context.js'
import type { ParsedMessage } from './messages.js'
import type { RuntimeReading } from './runtime/classify.js'
import type { Change, Check, Finding } from './types.js'

/**
 * A classification with what the classifier read to reach it, so explainers never read a stop again:
 * the AWS message that decided, or the container's exit, logs and signal.
 */
export interface Reading extends StopClassification {
  /** The stop reason, container reason or quoted error that decided, parsed. */
  parsed?: ParsedMessage
  /** The runtime reading: culprit container, exit code, logs, signal. */
  runtime?: RuntimeReading
  /** The task read (a stopped task, or a running one whose logs decided). */
  task?: EcsTask
  /** Read from a task still running (its logs), not from a stop: weighs less than any stop. */
  running?: boolean
}

/** A service event of the followed deployment that names a failure. */
export interface EventReading extends Reading {
  message: string
  createdAt?: string
  /** The part of the event that names the cause (the Reason, the quoted error, or the template). */
  detail?: string
}

/** Classifies one failed stop; returns null when the stop is not of this side's kind. */
export type StopClassifier = (input: StopInput) => Reading | null

/** Classifies service events of the followed deployment (newest first). */
export type EventClassifier = (ctx: DiagnosisContext) => EventReading[]

/** The failed tasks (or events) that share one root-cause code. */
export interface ClassifiedGroup {
  code: RootCauseCode
  classifications: Reading[]
  /** Stopped tasks of the group, newest first (empty for event-only causes). */
  tasks: DiagnosisContext['failedTasks']
  events: EventReading[]
}

/** Builds the finding for a code: explanation, confirming evidence from the deeper checks, fix commands. */
export type Explainer = (ctx: DiagnosisContext, group: ClassifiedGroup) => Finding

/** An independent check over the evidence (network path, IAM simulation, subnet IPs, target health ...). */
export interface CheckResult {
  checks: Check[]
  /**
   * Findings a failed check stands for on its own: used when no stopped task or event names the cause,
   * and over a low-confidence reading when the check proves its cause (`proof`).
   */
  findings?: Finding[]
}
export type CheckRunner = (ctx: DiagnosisContext) => CheckResult

export interface RuleSet {
  /** Names the rule set in the failed check a throwing rule leaves. */
  name: string
  classifyStop: StopClassifier
  classifyEvents?: EventClassifier
  explainers: Partial<Record<RootCauseCode, Explainer>>
  checks: CheckRunner[]
}

export type WhatChanged = (ctx: DiagnosisContext) => Change[]
