/**
 * The step's part of the job summary file (GITHUB_STEP_SUMMARY): each write replaces the step's previous
 * one and keeps what was in the file before the step's first write. Synchronous, so it also works from a
 * signal handler in the moment before the runner kills the step.
 */
import { closeSync, existsSync, ftruncateSync, openSync, statSync, writeSync } from 'node:fs'

/** GitHub's limit for one step's summary is 1 MiB; stay a little under it. */
export const SUMMARY_MAX_BYTES = 1_024 * 1_000

export class StepSummaryFile {
  private startOffset: number | undefined

  constructor(readonly path: string) {}

  /**
   * Replaces what this step wrote before with `markdown`: written over it first, then cut to length, so a
   * step killed in between leaves the new text (and perhaps a tail of the old), never an empty summary.
   * Throws when the file cannot be written.
   */
  replace(markdown: string): void {
    const exists = existsSync(this.path)
    this.startOffset ??= exists ? statSync(this.path).size : 0
    const fd = openSync(this.path, exists ? 'r+' : 'w')
    try {
      const bytes = Buffer.from(markdown, 'utf8')
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, this.startOffset + done)
      ftruncateSync(fd, this.startOffset + bytes.length)
    } finally {
      closeSync(fd)
    }
  }
}

const files = new Map<string, StepSummaryFile>()

/** The step's summary file, one per path for the process; undefined outside GitHub Actions. */
export function stepSummaryFile(path = process.env.GITHUB_STEP_SUMMARY): StepSummaryFile | undefined {
  if (!path) return undefined
  let file = files.get(path)
  if (!file) files.set(path, (file = new StepSummaryFile(path)))
  return file
}
