/** Per-line facts: log level, error shapes, stack-trace continuation, timestamps, "listening" lines. */

export type Level = 'error' | 'warn' | 'info' | 'debug'

const LEVEL_WORDS: Record<string, Level> = {
  error: 'error', err: 'error', fatal: 'error', critical: 'error', crit: 'error', severe: 'error', panic: 'error',
  emerg: 'error', alert: 'error', warn: 'warn', warning: 'warn', info: 'info', notice: 'info', debug: 'debug',
  trace: 'debug', verbose: 'debug'
}
const RAILS_LEVELS: Record<string, Level> = { D: 'debug', I: 'info', W: 'warn', E: 'error', F: 'error' }

/** The explicit level a logging framework wrote on the line, if any. */
export function levelOf(line: string): Level | undefined {
  const structured = /(?:\blevel[=:]\s*"?|"level"\s*:\s*")([a-z]+)/i.exec(line)
  if (structured) return LEVEL_WORDS[structured[1].toLowerCase()]
  const bracketed = /\[(ERROR|ERR|WARN(?:ING)?|INFO|DEBUG|TRACE|FATAL|CRITICAL|SEVERE|NOTICE|PANIC)\]/i.exec(line)
  if (bracketed) return LEVEL_WORDS[bracketed[1].toLowerCase()]
  const rails = /^([DIWEF]), \[\d{4}-/.exec(line)
  if (rails) return RAILS_LEVELS[rails[1]]
  const bare = /(?:^|[\s|:])(ERROR|WARN(?:ING)?|INFO|DEBUG|TRACE|FATAL|CRITICAL|SEVERE|NOTICE|PANIC)(?=[\s:|]|$)/.exec(line)
  return bare ? LEVEL_WORDS[bare[1].toLowerCase()] : undefined
}

const EXCEPTION_HEADER =
  /^\s*(?:Uncaught\s+|Unhandled exception\.\s*|Exception in thread "[^"]*"\s+)?(?:[\w$]+(?:\.|::))*[A-Z][\w$]*(?:Error|Exception|Failure|Fault|Bad|Invalid|NotFound)\b(?:\s*\[[A-Z_]+\])?(?::|\s*$|\s+\()/
const ERROR_OPENERS = [
  /^Traceback \(most recent call last\):/,
  /^\s*panic: /,
  /^fatal error: /,
  /FATAL ERROR:/,
  /^Exception in thread /,
  /^Unhandled exception\./,
  /^terminate called after/,
  /:\d+:in [`'][^']*': .* \([A-Z][\w:]+\)\s*$/,
  /\baborted!\s*$/,
  /^Error: /,
  /\bFatal error: /,
  /^\s*Caused by: /
]

/** A line that opens or states an error: an exception header, a fatal banner, or an error-level log line. */
export function isErrorLine(line: string): boolean {
  if (EXCEPTION_HEADER.test(line) || ERROR_OPENERS.some((p) => p.test(line))) return true
  return levelOf(line) === 'error'
}

export function isExceptionHeader(line: string): boolean {
  return EXCEPTION_HEADER.test(line) && !/^\s+(?:at|File)\s/.test(line)
}

const CONTINUATION = [
  /^\s+at\s/,
  /^\t/,
  /^\s*\.\.\. \d+ (?:more|common frames omitted)/,
  /^\s*(?:Caused by|Suppressed):/,
  /^\s+File "/,
  /^\s{2,}\S/,
  /^(?:During handling of the above exception|The above exception was the direct cause)/,
  /^Traceback \(most recent call last\):/,
  /^goroutine \d+ \[/,
  /^\[signal SIG/,
  /^[\w./*()-]+\(.*\)$/,
  /^\s*[{}\][]\s*$/,
  /^Node\.js v\d+/,
  /^\s*\^+\s*$/,
  /^\s*throw\s/,
  /^\s*from\s/,
  /^\S+\.(?:js|mjs|cjs|ts):\d+\s*$/,
  /^\[?\s*exited with code/i
]

/** Whether a line continues the stack trace / multi-line error above it. */
export function continuesTrace(line: string): boolean {
  return CONTINUATION.some((p) => p.test(line)) || isExceptionHeader(line)
}

export interface ParsedTime {
  ms: number
  /** The line carried a UTC offset or Z, so it can be compared with AWS timestamps. */
  zoned: boolean
}

/** A timestamp written at the start of a log line (ISO-8601, Go's log package, Rails, gunicorn). */
export function timestampOf(line: string): ParsedTime | undefined {
  const head = line.slice(0, 60)
  const iso = /(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?\s*(Z|[+-]\d{2}:?\d{2})?/.exec(head)
  const go = iso ? null : /^(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?/.exec(head)
  const match = iso ?? go
  if (!match) return undefined
  const [, y, mo, d, h, mi, s, frac, zone] = match
  const fraction = frac ? `.${frac.slice(0, 3).padEnd(3, '0')}` : ''
  const offset = !zone ? 'Z' : zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`
  const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${fraction}${offset}`)
  return Number.isFinite(ms) ? { ms, zoned: Boolean(zone) } : undefined
}

export interface ListeningLine {
  index: number
  line: string
  host?: string
  port?: number
  /** Start-up duration the framework itself reported ("Started App in 95.3 seconds"). */
  reportedSeconds?: number
}

const LISTENING = [
  /\b(?:listening|serving|accepting connections|server (?:started|running|is running|ready)|started server|now listening|http server started|running on|started on port|tomcat started on|netty started on|jetty started on|undertow started on|application startup complete|uvicorn running on)\b/i
]
const BIND_ADDRESS = /(?:https?:\/\/)?(\[[0-9a-f:]*\]|(?:\d{1,3}\.){3}\d{1,3}|localhost|0\.0\.0\.0|::)?:(\d{2,5})\b/i
const STARTED_IN = /\bStarted \S+ in (\d+(?:\.\d+)?) seconds(?: \((?:process|JVM) running for (\d+(?:\.\d+)?)\))?/

/** Lines where the app says it is ready to serve, with the address it bound when written. */
export function listeningLines(lines: string[]): ListeningLine[] {
  const found: ListeningLine[] = []
  lines.forEach((line, index) => {
    const started = STARTED_IN.exec(line)
    if (started) {
      found.push({ index, line, reportedSeconds: Number(started[2] ?? started[1]) })
      return
    }
    if (!LISTENING.some((p) => p.test(line)) || isErrorLine(line)) return
    const withoutTimes = line.replace(/\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?/g, ' ')
    const address = BIND_ADDRESS.exec(withoutTimes)
    const portWord = /\bports?(?:\(s\))?[:\s]+(\d{2,5})\b/i.exec(withoutTimes)
    const host = address?.[1]?.replace(/^\[|\]$/g, '')
    const port = portWord ? Number(portWord[1]) : address ? Number(address[2]) : undefined
    found.push({ index, line, host: host === '' ? '::' : host, port })
  })
  return found
}
