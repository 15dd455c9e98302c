/**
 * The live terminal view of `ecs-deploy-doctor watch`: one line per service, redrawn in place with
 * ANSI cursor movement. `renderLiveFrame` is pure; `LiveView` owns the stream and the redraw timer.
 */
import type { ServiceUpdate } from '../doctor.js'
import { formatDuration } from '../format.js'
import type { Logger } from '../logger.js'
import type { Verdict } from '../types.js'
import { plain } from './text.js'

export interface LiveService {
  name: string
  phase: ServiceUpdate['phase'] | 'starting'
  snapshot?: ServiceUpdate['snapshot']
  verdict?: Verdict
  rollback?: ServiceUpdate['rollback']
}

export interface FrameOptions {
  /** Terminal width in columns; every line is cut to fit, so the cursor arithmetic stays right. */
  width: number
  nowMs: number
  /** When the watch started, for the elapsed time before the first poll. */
  startedAtMs: number
  /** Advances the spinner. */
  tick: number
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏']

const VERDICT_MARK: Record<Verdict, string> = {
  stable: '✔',
  failed: '✖',
  'rolled-back': '↩',
  stuck: '⏸',
  timeout: '⏱'
}

const PHASE_WORD: Record<LiveService['phase'], string> = {
  starting: 'starting',
  watching: 'watching',
  diagnosing: 'diagnosing',
  'rolling-back': 'rolling back',
  done: ''
}

/** Cuts to `width` characters (code points), ending with an ellipsis when cut. */
export function fit(line: string, width: number): string {
  const chars = Array.from(line)
  if (chars.length <= width) return line
  return `${chars.slice(0, Math.max(0, width - 1)).join('')}…`
}

/** An event for one line: control characters stripped, whitespace collapsed, "(service api) " dropped. */
export function eventText(message: string): string {
  return plain(message.replace(/\s+/g, ' '))
    .replace(/^\(service [^)]*\) /, '')
    .trim()
}

function stateWord(service: LiveService): string {
  if (service.phase !== 'done') return PHASE_WORD[service.phase]
  const verdict = service.verdict ?? 'done'
  return service.rollback ? `${verdict}, rollback ${service.rollback}` : verdict
}

function counts(service: LiveService): string[] {
  const s = service.snapshot
  if (!s) return []
  const parts = [`${s.running}/${s.desired} running`]
  if (s.pending > 0) parts.push(`${s.pending} pending`)
  if (s.stopped > 0) parts.push(`${s.stopped} stopped`)
  if (s.rolloutState) parts.push(s.rolloutState)
  return parts
}

function elapsed(service: LiveService, options: FrameOptions): string {
  const s = service.snapshot
  const start = s ? Date.parse(s.startedAt) : options.startedAtMs
  const end = service.phase === 'done' && s ? Date.parse(s.at) : options.nowMs
  return formatDuration(Math.max(0, end - start)) || '0s'
}

/** One line per service: mark, name, state, counts, rollout state, elapsed time, last event. */
export function renderLiveFrame(services: LiveService[], options: FrameOptions): string[] {
  const nameWidth = Math.min(24, Math.max(...services.map((s) => Array.from(s.name).length)))
  const stateWidth = Math.max(...services.map((s) => stateWord(s).length))
  const width = Math.max(20, options.width - 1)
  return services.map((service) => {
    const mark = service.phase === 'done' && service.verdict ? VERDICT_MARK[service.verdict] : SPINNER[options.tick % SPINNER.length]
    const name = fit(plain(service.name), nameWidth).padEnd(nameWidth)
    const fields = [stateWord(service).padEnd(stateWidth), ...counts(service), elapsed(service, options)]
    const event = service.snapshot?.lastEvent ? ` · ${eventText(service.snapshot.lastEvent.message)}` : ''
    return fit(`${mark} ${name}  ${fields.join(' · ')}${event}`, width)
  })
}

export interface LiveStream {
  write(chunk: string): unknown
  columns?: number
}

const CURSOR_UP = (lines: number) => `\u001b[${lines}A`
const CLEAR_LINE = '\r\u001b[2K'
const CLEAR_DOWN = '\u001b[J'

/** Keeps the frame on screen: redraws on every update and on a timer (spinner, elapsed time). */
export class LiveView {
  private readonly services: LiveService[]
  private drawn = 0
  private tick = 0
  private timer: NodeJS.Timeout | undefined
  private readonly startedAtMs: number

  constructor(
    private readonly stream: LiveStream,
    names: string[],
    private readonly clock: () => number = Date.now
  ) {
    this.services = names.map((name) => ({ name, phase: 'starting' }))
    this.startedAtMs = clock()
  }

  start(intervalMs = 120): void {
    this.redraw()
    this.timer = setInterval(() => {
      this.tick += 1
      this.redraw()
    }, intervalMs)
    this.timer.unref()
  }

  readonly update = (update: ServiceUpdate): void => {
    const service = this.services.find((s) => s.name === update.service)
    if (!service) return
    service.phase = update.phase
    if (update.snapshot) service.snapshot = update.snapshot
    if (update.verdict) service.verdict = update.verdict
    if (update.rollback) service.rollback = update.rollback
    this.redraw()
  }

  /** Prints a line above the frame (warnings), then redraws the frame under it. */
  print(line: string): void {
    this.erase()
    this.stream.write(`${plain(line)}\n`)
    this.redraw()
  }

  /** Stops the timer and leaves the last frame on screen; later calls do nothing. */
  stop(): void {
    if (!this.timer) return
    clearInterval(this.timer)
    this.timer = undefined
    this.redraw()
  }

  /** A logger that keeps the frame intact: progress lines are the frame's job; warnings and errors print above it. */
  logger(): Logger {
    return {
      info: () => undefined,
      debug: () => undefined,
      warning: (m) => this.print(`warning: ${m}`),
      error: (m) => this.print(`error: ${m}`),
      startGroup: () => undefined,
      endGroup: () => undefined
    }
  }

  private erase(): void {
    if (this.drawn > 0) this.stream.write(`${CURSOR_UP(this.drawn)}${CLEAR_LINE}${CLEAR_DOWN}`)
    this.drawn = 0
  }

  private redraw(): void {
    const lines = renderLiveFrame(this.services, {
      width: this.stream.columns ?? 80,
      nowMs: this.clock(),
      startedAtMs: this.startedAtMs,
      tick: this.tick
    })
    const up = this.drawn > 0 ? CURSOR_UP(this.drawn) : ''
    this.stream.write(`${up}${lines.map((line) => `${CLEAR_LINE}${line}\n`).join('')}`)
    this.drawn = lines.length
  }
}
