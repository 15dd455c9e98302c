/**
 * Simulated time. Simulated second 0 is the moment the simulator started (when the followed deployment
 * was created); it advances `speed` times faster than real time, or only when told to (manual clock).
 * Timestamps in responses map simulated seconds onto the real epoch of the start.
 */
export type ClockMode = 'real' | 'manual'

/** Default speed factor: a 10-minute deployment replays in a minute. */
export const DEFAULT_SPEED = 10

export class SimClock {
  private readonly startEpochMs = Date.now()
  private readonly startPerfMs = performance.now()
  private manualSeconds = 0

  constructor(
    readonly mode: ClockMode,
    readonly speed: number
  ) {}

  simSeconds(): number {
    if (this.mode === 'manual') return this.manualSeconds
    return (this.realElapsedMs() / 1000) * this.speed
  }

  realElapsedMs(): number {
    return performance.now() - this.startPerfMs
  }

  advance(seconds: number): void {
    if (this.mode !== 'manual') throw new Error("advance() needs the simulator started with clock: 'manual'")
    if (!(seconds >= 0)) throw new Error(`advance() takes a non-negative number of seconds, got ${seconds}`)
    this.manualSeconds += seconds
  }

  /** The wall-clock date a simulated second corresponds to. */
  dateAt(simSeconds: number): Date {
    return new Date(this.startEpochMs + Math.round(simSeconds * 1000))
  }

  epochMsAt(simSeconds: number): number {
    return this.startEpochMs + Math.round(simSeconds * 1000)
  }

  /** Simulated seconds for a wall-clock epoch in ms (inverse of epochMsAt). */
  simSecondsAtEpochMs(epochMs: number): number {
    return (epochMs - this.startEpochMs) / 1000
  }
}
