/** Time-ordered actions in simulated seconds; replaying them in order makes a scenario deterministic. */

interface QueuedAction {
  at: number
  seq: number
  run: () => void
}

export class TimeQueue {
  /** Simulated second of the action being run (or of the last advance). */
  now = 0
  private readonly items: QueuedAction[] = []
  private seq = 0
  private readonly wakeups = new Set<number>()

  at(time: number, run: () => void): void {
    this.items.push({ at: time, seq: this.seq++, run })
  }

  /** Makes sure the loop runs at `time` even if nothing else happens then. */
  wakeUpAt(time: number): void {
    if (!Number.isFinite(time) || this.wakeups.has(time)) return
    this.wakeups.add(time)
    this.at(time, () => undefined)
  }

  /** Runs every action due up to simulated second `t`, earliest first, calling `afterEach` after each one. */
  runUntil(t: number, afterEach: () => void): void {
    for (let next = this.takeDue(t); next; next = this.takeDue(t)) {
      this.now = Math.max(this.now, next.at)
      next.run()
      afterEach()
    }
    this.now = Math.max(this.now, t)
  }

  private takeDue(t: number): QueuedAction | undefined {
    let best = -1
    for (let i = 0; i < this.items.length; i++) {
      const item = this.items[i]
      if (item.at > t) continue
      if (best < 0 || item.at < this.items[best].at || (item.at === this.items[best].at && item.seq < this.items[best].seq)) best = i
    }
    return best < 0 ? undefined : this.items.splice(best, 1)[0]
  }
}
