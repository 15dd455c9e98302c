/**
 * How long the app took to start serving, read from its own logs: the framework's reported start-up
 * time ("Started App in 95.3 seconds"), else the "listening" line's timestamp against the task's
 * startedAt, else against the first log line.
 */
import type { EcsTask } from '../../evidence/schema.js'
import { listeningLines, timestampOf, type ListeningLine } from './log-lines.js'

export interface AppStart {
  seconds?: number
  listening: ListeningLine
  how?: 'reported by the framework' | 'since the task started' | 'since the first log line'
}

const MAX_PLAUSIBLE_SECONDS = 3600

export function appStart(task: EcsTask, rawLines: string[]): AppStart | undefined {
  const lines = rawLines.map((line) => line.slice(0, 2_000))
  const listening = listeningLines(lines)
  const withPort = listening.find((l) => l.port !== undefined && l.reportedSeconds === undefined)
  const reported = listening.find((l) => l.reportedSeconds !== undefined)
  const chosen = reported ?? withPort ?? listening[0]
  if (!chosen) return undefined
  const bind = withPort ?? chosen
  const merged: ListeningLine = { ...chosen, host: bind.host, port: bind.port }
  if (reported?.reportedSeconds !== undefined) return { seconds: Math.ceil(reported.reportedSeconds), listening: merged, how: 'reported by the framework' }
  const at = timestampOf(chosen.line)
  const taskStart = task.startedAt ? Date.parse(task.startedAt) : NaN
  if (at && Number.isFinite(taskStart)) {
    const seconds = (at.ms - taskStart) / 1000
    if (seconds >= 0 && seconds <= MAX_PLAUSIBLE_SECONDS) return { seconds: Math.round(seconds), listening: merged, how: 'since the task started' }
  }
  const first = lines.map(timestampOf).find((t) => t !== undefined)
  if (at && first && at.ms >= first.ms) {
    return { seconds: Math.round((at.ms - first.ms) / 1000), listening: merged, how: 'since the first log line' }
  }
  return { listening: merged }
}

export interface StartProgress {
  /** Seconds the start would take at the pace the app reported. */
  estimatedSeconds: number
  percent: number
  elapsedSeconds: number
  line: string
  index: number
}

const PERCENT = /(?:^|[^\d.])(\d{1,2}(?:\.\d+)?)\s?%/

/**
 * An app still starting that logs its progress ("warming cache 33%"): the time it will need,
 * extrapolated from the last progress line and its timestamp.
 */
export function startProgress(task: EcsTask, rawLines: string[]): StartProgress | undefined {
  const lines = rawLines.map((line) => line.slice(0, 2_000))
  const taskStart = task.startedAt ? Date.parse(task.startedAt) : NaN
  const firstStamp = lines.map(timestampOf).find((t) => t !== undefined)
  for (let index = lines.length - 1; index >= 0; index--) {
    const percent = Number(PERCENT.exec(lines[index])?.[1])
    const at = timestampOf(lines[index])
    if (!(percent > 0 && percent < 100) || !at) continue
    const origin = Number.isFinite(taskStart) && at.ms >= taskStart ? taskStart : firstStamp?.ms
    if (origin === undefined) return undefined
    const elapsedSeconds = (at.ms - origin) / 1000
    if (elapsedSeconds <= 0 || elapsedSeconds > MAX_PLAUSIBLE_SECONDS) return undefined
    return { estimatedSeconds: Math.ceil((elapsedSeconds * 100) / percent), percent, elapsedSeconds: Math.round(elapsedSeconds), line: lines[index], index }
  }
  return undefined
}
