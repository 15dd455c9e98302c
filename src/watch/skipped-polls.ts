import { errorName } from '../aws/errors.js'

/**
 * Polls skipped because AWS throttled or failed transiently, across every watch of a run. Each skip
 * is a log line; the run ends with one warning (GitHub shows only the first 10 annotations of a step).
 */
export class SkippedPolls {
  private readonly byError = new Map<string, number>()

  record(error: unknown): void {
    const name = errorName(error)
    this.byError.set(name, (this.byError.get(name) ?? 0) + 1)
  }

  get count(): number {
    return [...this.byError.values()].reduce((sum, n) => sum + n, 0)
  }

  /** The one warning of the run, or null when no poll was skipped. */
  warning(): string | null {
    if (this.count === 0) return null
    const errors = [...this.byError.entries()].sort((a, b) => b[1] - a[1]).map(([name, n]) => `${name} ×${n}`)
    const polls = this.count === 1 ? '1 poll was' : `${this.count} polls were`
    return (
      `${polls} skipped because AWS throttled or failed the request (${errors.join(', ')}); each was retried at the next poll, ` +
      "so the verdict stands. If it keeps happening, raise 'poll-interval-seconds' or look for other callers of the ECS API in this account and region."
    )
  }
}
