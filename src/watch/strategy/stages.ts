/** The lifecycle stages a deployment went through, as the polls saw them (a short stage can fall between two polls). */
import type { StageSpan } from '../../evidence/schema.js'

export class StageRecorder {
  private readonly spans: StageSpan[] = []

  /** Records `stage` at `atMs` (and green's production traffic then); a new stage ends the previous one. */
  observe(stage: string | undefined, atMs: number, greenTrafficPercent?: number): void {
    if (!stage) return
    let last = this.spans[this.spans.length - 1]
    if (last?.stage !== stage) {
      const at = new Date(atMs).toISOString()
      if (last) last.endedAt = at
      last = { stage, startedAt: at }
      this.spans.push(last)
    }
    if (greenTrafficPercent !== undefined) last.greenTrafficPercent = greenTrafficPercent
  }

  /** Ends the current stage (the deployment finished). */
  close(atMs: number): void {
    const last = this.spans[this.spans.length - 1]
    if (last && !last.endedAt) last.endedAt = new Date(atMs).toISOString()
  }

  current(): string | undefined {
    return this.spans[this.spans.length - 1]?.stage
  }

  list(): StageSpan[] {
    return this.spans.map((span) => ({ ...span }))
  }
}
