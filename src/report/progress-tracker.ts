/**
 * The job summary while the step runs (progress.ts renders it): written when the step starts, and again as
 * services reach a verdict and a diagnosis. It is loaded before the first poll, so it stays small: a
 * service's full report is rendered by the report renderer, loaded with import() once a service fails.
 */
import * as core from '@actions/core'
import { resourceName, type Inputs } from '../inputs/inputs.js'
import { ProgressSummary, stepMinutesNeeded, type ProgressUpdate } from './progress.js'
import type { ServiceOutcome } from './publish.js'
import { stepSummaryFile, SUMMARY_MAX_BYTES } from './step-summary.js'

/** What the step needs to report its progress: the doctor's updates in, the job summary rewritten. */
export interface ProgressTracker {
  /**
   * The doctor's onUpdate; `result` carries a service's diagnosis once it is known. Resolves when the
   * summary holds it (its report is rendered once the renderer is loaded).
   */
  onUpdate(update: ProgressUpdate & { result?: ServiceOutcome }): Promise<void>
  /** The runner stopped the step: writes what is known; returns the line that fails the step. */
  interrupted(signal: string): string
  /** The run ended with an error before its report. */
  failed(message: string): void
  /** The final report takes over the summary. */
  finish(): void
}

/** Room in the summary for the progress table and notes, before the services' reports. */
const PROGRESS_HEAD_BYTES = 30_000

type Renderer = typeof import('./publish.js')

/**
 * Writes the in-progress job summary now, and again as services reach a verdict and a diagnosis. A summary
 * that cannot be written is logged at debug level: the final one warns.
 */
export function trackProgress(inputs: Inputs, clock: () => number = Date.now): ProgressTracker {
  const services = inputs.services.map(resourceName)
  const progress = new ProgressSummary({ ...inputs, cluster: resourceName(inputs.cluster), services }, clock)
  const file = stepSummaryFile()
  let finished = false
  let renderer: Promise<Renderer> | undefined
  const loadRenderer = (): Promise<Renderer> => (renderer ??= import('./publish.js'))
  /** Reports rendered so far: each waits for the renderer, then writes the summary as it then is. */
  let rendered: Promise<void> = Promise.resolve()
  const write = (markdown: string): void => {
    if (!file || finished) return
    try {
      file.replace(markdown)
    } catch (error) {
      core.debug(`The in-progress job summary could not be written: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  const reportBytes = Math.floor((SUMMARY_MAX_BYTES - PROGRESS_HEAD_BYTES) / services.length)
  write(progress.inProgress())
  return {
    onUpdate: ({ result, ...update }) => {
      const service = resourceName(update.service)
      if (progress.update({ ...update, service })) write(progress.inProgress())
      // A failing verdict comes before its diagnosis: the renderer loads while the evidence is collected.
      if (update.phase === 'diagnosing') loadRenderer().catch(() => undefined)
      if (!result) return rendered
      rendered = rendered
        .then(async () => {
          const { renderServiceSummary } = await loadRenderer()
          progress.setReport(service, renderServiceSummary(result, inputs, service, reportBytes))
          write(progress.inProgress())
        })
        .catch((error: unknown) => core.debug(`The in-progress job summary could not be rendered: ${error instanceof Error ? error.message : String(error)}`))
      return rendered
    },
    interrupted: (signal) => {
      write(progress.interrupted(signal))
      finished = true
      const minutes = stepMinutesNeeded(inputs.timeoutMinutes, inputs.onFailure)
      return (
        `ECS Deploy Doctor was stopped by ${signal} after ${progress.elapsed()} (${progress.whereLine()}). ` +
        `The job summary has what was known. This step can take up to ${minutes} minutes: give it a timeout-minutes of at least that.`
      )
    },
    failed: (message) => {
      write(progress.failed(message))
      finished = true
    },
    finish: () => {
      finished = true
    }
  }
}
