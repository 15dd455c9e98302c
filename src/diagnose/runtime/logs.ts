/**
 * Log analysis (pure): from a container's last lines, find the lines that matter — the first error
 * and its stack trace, the root exception, and the signal that names the failure (missing env var,
 * connection refused to host:port, OOM, ...) — and cut an excerpt of at most 30 lines around them.
 */
import type { LogExcerpt } from '../../evidence/schema.js'
import { DETECTORS, type LogSignal, type SignalKind } from './log-signals.js'
import { continuesTrace, isErrorLine, levelOf, listeningLines, type ListeningLine } from './log-lines.js'
import { redact } from '../../redact.js'

export const MAX_EXCERPT_LINES = 30
const CONTEXT_BEFORE = 3

export interface LogAnalysis {
  /** Logs of the container were part of the evidence (possibly empty). */
  collected: boolean
  hasLines: boolean
  missing?: LogExcerpt['missing']
  signals: LogSignal[]
  /** The signal that names the failure: environment facts first, then the earliest strong signal, then a weak one. */
  decisive?: LogSignal
  firstError?: { index: number; line: string }
  /** The root exception: Python's last traceback line, Java's deepest "Caused by:", else the first error. */
  exception?: { index: number; line: string }
  /** Redacted lines around the failure, and the index (into `lines`) of the most telling one. */
  excerpt?: { lines: string[]; highlight?: number }
  listening: ListeningLine[]
}

/** Facts about the environment that override whatever the app logged around them. */
const ENVIRONMENT_FACTS: SignalKind[] = ['exec-format-error', 'out-of-memory', 'no-space-left', 'command-not-found', 'exec-permission-denied', 'service-connect']
/** Weak (warning-level) signals that may still decide when nothing stronger was logged. */
const WEAK_FALLBACK: SignalKind[] = ['connection-failed', 'missing-env']
const FALLBACK_WORDING = /\b(?:using (?:the )?default|defaulting to|falling back|fallback|skipping|ignored|optional|will retry|retrying)\b/i

/** Detection reads at most this much of a line: the shapes that matter are at its start, and long minified lines would be slow. */
const MAX_SCANNED_LINE = 2_000

export function analyseLogs(excerpt: Pick<LogExcerpt, 'lines' | 'missing'> | undefined): LogAnalysis {
  const lines = (excerpt?.lines ?? []).map((line) => (line.length > MAX_SCANNED_LINE ? line.slice(0, MAX_SCANNED_LINE) : line))
  if (lines.length === 0) {
    return { collected: Boolean(excerpt), hasLines: false, missing: excerpt?.missing, signals: [], listening: [] }
  }
  const signals = findSignals(lines)
  const decisive = chooseDecisive(signals)
  const firstErrorIndex = lines.findIndex((line, i) => isErrorLine(line) || signals.some((s) => s.index === i && !s.weak))
  const analysis: LogAnalysis = { collected: true, hasLines: true, signals, decisive, listening: listeningLines(lines) }
  if (firstErrorIndex >= 0) {
    const end = traceEnd(lines, firstErrorIndex)
    const exceptionIndex = rootException(lines, firstErrorIndex, end)
    analysis.firstError = { index: firstErrorIndex, line: lines[firstErrorIndex] }
    analysis.exception = { index: exceptionIndex, line: lines[exceptionIndex] }
    analysis.excerpt = cutExcerpt(lines, windowStart(lines, firstErrorIndex), end, decisive?.index ?? exceptionIndex)
  } else if (decisive) {
    analysis.excerpt = cutExcerpt(lines, Math.max(0, decisive.index - CONTEXT_BEFORE), traceEnd(lines, decisive.index), decisive.index)
  } else {
    const start = Math.max(0, lines.length - 12)
    analysis.excerpt = { lines: lines.slice(start).map(redact) }
  }
  return analysis
}

function findSignals(lines: string[]): LogSignal[] {
  const signals: LogSignal[] = []
  lines.forEach((line, index) => {
    for (const [kind, detect] of DETECTORS) {
      const detail = detect(lines, index)
      if (!detail) continue
      const level = levelOf(line)
      const weak = Boolean(detail.hint) || level === 'warn' || level === 'info' || level === 'debug' || FALLBACK_WORDING.test(line)
      signals.push({ kind, index, line, weak, ...definedOnly(detail) })
      break
    }
  })
  return signals
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}

function chooseDecisive(signals: LogSignal[]): LogSignal | undefined {
  const strong = signals.filter((s) => !s.weak)
  return (
    strong.find((s) => ENVIRONMENT_FACTS.includes(s.kind)) ??
    strong[0] ??
    signals.find((s) => ENVIRONMENT_FACTS.includes(s.kind)) ??
    signals.find((s) => WEAK_FALLBACK.includes(s.kind))
  )
}

/** Node prints "file.js:132 / throw err / ^" above the error: start the window there. */
function windowStart(lines: string[], firstError: number): number {
  for (let i = Math.max(0, firstError - 6); i < firstError; i++) {
    if (/^\S+\.(?:js|mjs|cjs|ts):\d+\s*$/.test(lines[i])) return i
  }
  return Math.max(0, firstError - CONTEXT_BEFORE)
}

/** The last line of the stack trace / multi-line error that starts at `start`. */
function traceEnd(lines: string[], start: number): number {
  let end = start
  let inTraceback = /^Traceback \(most recent call last\):/.test(lines[start])
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]
    if (line.trim() === '') {
      if (i + 1 < lines.length && continuesTrace(lines[i + 1])) continue
      break
    }
    if (/^Traceback \(most recent call last\):/.test(line)) inTraceback = true
    const pythonException = inTraceback && /^[A-Za-z_][\w.]*(?::\s|:?\s*$)/.test(line)
    if (continuesTrace(line) || pythonException || (isErrorLine(line) && levelOf(line) === undefined)) {
      end = i
      continue
    }
    break
  }
  return end
}

function rootException(lines: string[], start: number, end: number): number {
  let python = -1
  let causedBy = -1
  let inTraceback = false
  for (let i = start; i <= end; i++) {
    const line = lines[i]
    if (/^Traceback \(most recent call last\):/.test(line)) inTraceback = true
    else if (inTraceback && /^[A-Za-z_][\w.]*(?::\s|:?\s*$)/.test(line) && !/^(?:During|The above)/.test(line)) python = i
    if (/^\s*Caused by: /.test(line)) causedBy = i
  }
  if (python >= 0) return python
  if (causedBy >= 0) return causedBy
  return start
}

/** At most 30 redacted lines from `start` through `end` that always include `focus`. */
function cutExcerpt(lines: string[], start: number, end: number, focus: number): { lines: string[]; highlight?: number } {
  const from = Math.min(start, Math.max(0, focus - CONTEXT_BEFORE))
  const to = Math.max(end, Math.min(lines.length - 1, focus + 1))
  if (to - from + 1 <= MAX_EXCERPT_LINES) {
    return { lines: lines.slice(from, to + 1).map(redact), highlight: focus - from }
  }
  if (focus - from < MAX_EXCERPT_LINES - 4) {
    return { lines: lines.slice(from, from + MAX_EXCERPT_LINES).map(redact), highlight: focus - from }
  }
  const head = lines.slice(from, from + 10)
  const tailStart = Math.max(from + 10, focus - 4)
  const tail = lines.slice(tailStart, Math.min(to + 1, tailStart + MAX_EXCERPT_LINES - head.length - 1))
  const omitted = tailStart - (from + head.length)
  const marker = omitted > 0 ? [`… ${omitted} lines omitted …`] : []
  return {
    lines: [...head, ...marker, ...tail].map(redact),
    highlight: head.length + marker.length + (focus - tailStart)
  }
}

/** What to say when a container left no lines to read. */
export function missingLogsSentence(analysis: LogAnalysis, containerName: string): string {
  if (!analysis.collected) return `No logs of ${containerName} were collected.`
  switch (analysis.missing) {
    case 'group-not-found':
      return `The log group of ${containerName} does not exist, so its output could not be read.`
    case 'no-awslogs-config':
      return `${containerName} has no awslogs log configuration, so its output could not be read.`
    default:
      return `${containerName} wrote no logs (it crashed before logging, or awslogs is misconfigured).`
  }
}
