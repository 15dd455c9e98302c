/**
 * The job summary while the step runs. Written when the step starts and again as each service reaches a
 * verdict and a diagnosis, so a step the runner stops first (the step's own timeout-minutes, a cancel)
 * still leaves a report; on a signal it says what was known then. The final report replaces it. Pure but
 * for the clock: publish.ts writes what it renders.
 */
import { formatDuration, utcTime } from '../format.js'
import type { OnFailure } from '../inputs/inputs.js'
import { FAILING_VERDICTS, type Verdict } from '../types.js'
import { code } from './escape.js'
import { heading, table } from './markdown.js'

/** Where one service is (the doctor's ServiceUpdate, as plain data). */
export interface ProgressUpdate {
  service: string
  phase: 'watching' | 'diagnosing' | 'rolling-back' | 'done'
  snapshot?: { running: number; desired: number; pending: number; stopped: number; rolloutState?: string; at: string }
  verdict?: Verdict
}

export interface StepPlan {
  cluster: string
  region: string
  /** Service names, in input order. */
  services: string[]
  timeoutMinutes: number
  onFailure: OnFailure
}

/**
 * Minutes the step can take, as the README's "How long a step can take" derives them: the watch (T), the
 * evidence (60 s deadline) and the AWS and GitHub calls after it; with rollback, also waiting up to T for the
 * rollback deployment and watching it up to T, with a minute for each rollback API call's retries.
 */
export function stepMinutesNeeded(timeoutMinutes: number, onFailure: OnFailure): number {
  return Math.ceil(onFailure === 'rollback' ? 3 * timeoutMinutes + 5 : timeoutMinutes + 2)
}

interface ServiceState {
  update?: ProgressUpdate
  /** The service's report (its diagnosis), once known. */
  report?: string
}

export class ProgressSummary {
  private readonly states: Map<string, ServiceState>
  private readonly startedAtMs: number

  constructor(
    private readonly plan: StepPlan,
    private readonly clock: () => number = Date.now
  ) {
    this.states = new Map(plan.services.map((service) => [service, {}]))
    this.startedAtMs = clock()
  }

  /** Records a service's progress; true when its phase changed (worth writing the summary again). */
  update(update: ProgressUpdate): boolean {
    const state = this.states.get(update.service) ?? {}
    const changed = state.update?.phase !== update.phase
    this.states.set(update.service, { ...state, update })
    return changed
  }

  setReport(service: string, markdown: string): void {
    this.states.set(service, { ...this.states.get(service), report: markdown })
  }

  /** One line for the log and the failed step: where each service was. */
  whereLine(): string {
    return [...this.states.entries()].map(([service, state]) => `${service}: ${stateText(state.update)}${tasksText(state.update) ? ` (${tasksText(state.update)})` : ''}`).join('; ')
  }

  elapsed(): string {
    return formatDuration(this.clock() - this.startedAtMs)
  }

  /** The summary while the step runs. */
  inProgress(): string {
    const { timeoutMinutes, onFailure } = this.plan
    return [
      heading(2, `⏳ Watching ${this.subject()}`),
      `Started at ${utcTime(new Date(this.startedAtMs).toISOString())}; each deployment gets up to ${formatDuration(timeoutMinutes * 60_000)} (\`timeout-minutes\`). ` +
        `This summary is replaced as each service reaches a verdict and a diagnosis, then by the final report.`,
      this.budgetLine(onFailure),
      this.body()
    ].join('\n\n')
  }

  /** The summary when the runner stops the step (SIGINT or SIGTERM) before the final report. */
  interrupted(signal: string): string {
    return [
      heading(2, `⚠️ Stopped before the end: ${this.subject()}`),
      `The step received ${signal} after ${this.elapsed()}: the runner stops a step when it reaches its own \`timeout-minutes\` or the run is cancelled. ` +
        'What ECS Deploy Doctor knew at that moment is below.',
      this.budgetLine(this.plan.onFailure),
      this.body()
    ].join('\n\n')
  }

  /** The summary when the run ended with an error before any report (the error says why). */
  failed(message: string): string {
    return [heading(2, `❌ ECS Deploy Doctor could not finish: ${this.subject()}`), message, this.body()].join('\n\n')
  }

  private subject(): string {
    const services = this.plan.services.map((s) => code(s)).join(', ')
    return `${services} in ${code(this.plan.cluster)} (${this.plan.region})`
  }

  private budgetLine(onFailure: OnFailure): string {
    const minutes = stepMinutesNeeded(this.plan.timeoutMinutes, onFailure)
    const why = onFailure === 'rollback' ? 'with `on-failure: rollback`, the watch, the rollback and the rollback’s own watch' : 'the watch, the evidence and the report'
    return `This step can take up to ${minutes} minutes (${why}); a step \`timeout-minutes\` shorter than that may stop it before the final report.`
  }

  private body(): string {
    const rows = [...this.states.entries()].map(([service, state]) => [code(service, { inTable: true }), stateText(state.update), tasksText(state.update), utcTime(state.update?.snapshot?.at)])
    const reports = [...this.states.values()].flatMap((state) => (state.report ? [state.report] : []))
    return [table(['Service', 'State', 'Tasks of the deployment', 'Last poll'], rows), ...reports].join('\n\n---\n\n')
  }
}

function stateText(update: ProgressUpdate | undefined): string {
  if (!update) return '⏳ starting'
  const verdict = update.verdict
  const icon = verdict && FAILING_VERDICTS.includes(verdict) ? '❌' : '✅'
  switch (update.phase) {
    case 'watching':
      return '⏳ watching'
    case 'diagnosing':
      return `${icon} ${verdict}: collecting evidence`
    case 'rolling-back':
      return `${icon} ${verdict}: rolling back`
    case 'done':
      return `${icon} ${verdict}`
  }
}

function tasksText(update: ProgressUpdate | undefined): string {
  const s = update?.snapshot
  if (!s) return ''
  const parts = [`${s.running}/${s.desired} running`]
  if (s.pending > 0) parts.push(`${s.pending} pending`)
  if (s.stopped > 0) parts.push(`${s.stopped} stopped`)
  if (s.rolloutState) parts.push(s.rolloutState)
  return parts.join(', ')
}
