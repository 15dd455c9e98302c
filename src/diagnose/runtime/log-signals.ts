/**
 * The shapes of log lines that name a runtime failure, across languages and frameworks. Each
 * detector reads one line (and, for multi-line messages, its neighbours) and extracts the detail an
 * explanation needs: the env var name, the host and port, the module, the command.
 * Detectors match the STRUCTURE of a message (keyword + captured name), never a whole line.
 */

export type SignalKind =
  | 'exec-format-error'
  | 'out-of-memory'
  | 'no-space-left'
  | 'command-not-found'
  | 'exec-permission-denied'
  | 'segfault'
  | 'missing-env'
  | 'missing-config-file'
  | 'connection-failed'
  | 'address-in-use'
  | 'bind-permission-denied'
  | 'module-not-found'

export type ConnectionFailure = 'refused' | 'timeout' | 'dns' | 'reset' | 'other'

export interface SignalDetail {
  /** The name the app resolved to `host` when it logged one just before (host is then an IP). */
  hostName?: string
  envVar?: string
  configKey?: string
  path?: string
  host?: string
  port?: number
  failure?: ConnectionFailure
  module?: string
  command?: string
  runtime?: string
}

export interface LogSignal extends SignalDetail {
  kind: SignalKind
  index: number
  line: string
  /** The line carries an explicit non-error level (WARN/INFO/DEBUG): supporting evidence only. */
  weak: boolean
}

type Detector = (lines: string[], index: number) => SignalDetail | null

const ENV_NAME = '[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*'
const NOT_ENV_NAMES = new Set([
  'ERROR', 'FATAL', 'WARN', 'WARNING', 'INFO', 'DEBUG', 'TRACE', 'NOTICE', 'CRITICAL', 'SEVERE', 'PANIC', 'NOT', 'SET',
  'THE', 'ENV', 'KEY', 'VAR', 'HTTP', 'HTTPS', 'URL', 'API', 'JSON', 'YAML', 'SQL', 'TLS', 'SSL', 'TCP', 'UDP', 'DNS',
  'MISSING', 'REQUIRED', 'UNDEFINED', 'NULL', 'NONE', 'TRUE', 'FALSE', 'AND', 'FOR', 'ARE', 'MUST', 'IS', 'NO', 'IN',
  'OK', 'ID', 'UTC', 'GMT'
])

function envName(candidate: string | undefined): string | undefined {
  if (!candidate) return undefined
  const name = candidate.replace(/^["'`$({]+|["'`)}]+$/g, '')
  if (!new RegExp(`^${ENV_NAME}$`).test(name) || NOT_ENV_NAMES.has(name) || name.length < 2) return undefined
  return name
}

function firstMatch(text: string, patterns: RegExp[]): RegExpExecArray | null {
  for (const pattern of patterns) {
    const match = pattern.exec(text)
    if (match) return match
  }
  return null
}

/** The line plus the next `after` lines, joined: for messages AWS SDKs and drivers spread over lines. */
function around(lines: string[], index: number, after = 4): string {
  return lines.slice(index, index + after + 1).join('\n')
}

const execFormat: Detector = (lines, i) => (/\bexec format error\b/i.test(lines[i]) ? {} : null)

const OOM_SHAPES: [RegExp, string][] = [
  [/JavaScript heap out of memory/, 'node'],
  [/java\.lang\.OutOfMemoryError/, 'java'],
  [/^\s*(?:[\w.]+\.)?MemoryError\b(?::|\s*$)/, 'python'],
  [/fatal error: runtime: out of memory/, 'go'],
  [/\bNoMemoryError\b|failed to allocate memory/, 'ruby'],
  [/System\.OutOfMemoryException/, 'dotnet'],
  [/Allowed memory size of \d+ bytes exhausted/, 'php'],
  [/Out of memory: Kill(?:ed)? process|\boom-kill\b|\bOOMKilled\b|Perhaps out of memory\?|: line \d+:\s+\d+ Killed\s/i, 'kernel']
]
const outOfMemory: Detector = (lines, i) => {
  const shape = OOM_SHAPES.find(([pattern]) => pattern.test(lines[i]))
  return shape ? { runtime: shape[1] } : null
}

const noSpace: Detector = (lines, i) =>
  /no space left on device|\bENOSPC\b|\[Errno 28\]|Disk quota exceeded/i.test(lines[i]) ? {} : null

const commandNotFound: Detector = (lines, i) => {
  const line = lines[i]
  const match = firstMatch(line, [
    /exec: "([^"]+)": executable file not found in \$PATH/,
    /(?:^|[\s/])(?:sh|bash|ash|dash|zsh)(?::\s*\d+)?:\s*(?:line \d+:\s*)?([^\s:]+):\s*(?:command )?not found/,
    /^([\w.-]+): (?:command )?not found\s*$/,
    /exec (\S+): no such file or directory/,
    /can't open file '([^']+)': \[Errno 2\]/
  ])
  return match ? { command: match[1] } : null
}

const execPermissionDenied: Detector = (lines, i) => {
  const match = firstMatch(lines[i], [
    /exec (\S+): permission denied/,
    /exec: "([^"]+)": permission denied/,
    /(?:^|[\s/])(?:sh|bash|ash|dash):\s*(?:\d+:\s*)?(?:line \d+:\s*)?([^\s:]+):\s*Permission denied/
  ])
  return match ? { command: match[1] } : null
}

const segfault: Detector = (lines, i) => {
  if (!/Segmentation fault|\bSIGSEGV\b|segfault at/.test(lines[i])) return null
  // A Go nil-pointer panic reports SIGSEGV too, but it is an application bug with its own trace.
  const nearby = lines.slice(Math.max(0, i - 3), i + 1).join('\n')
  return /nil pointer dereference|invalid memory address/.test(nearby) ? null : {}
}

const MISSING_ENV_SHAPES: RegExp[] = [
  // "environment variable DATABASE_URL is not set", "env var 'X' is required", "config key X missing"
  new RegExp(
    `\\b(?:env(?:ironment)?(?:[ _-]var(?:iable)?)?|config(?:uration)?[ _-](?:key|var(?:iable)?|value|setting|option))\\s*[:=]?\\s*["'\`$({]*(${ENV_NAME})["'\`)}]*\\s+(?:is\\s+|was\\s+|has\\s+)?(?:not\\s+(?:been\\s+)?(?:set|defined|provided|found|configured|specified|present)|missing|required|undefined|empty|blank|must\\s+be\\s+(?:set|defined|provided|specified))`,
    'i'
  ),
  // "Missing required environment variable: X", "Environment variable not found: X", "required key X missing value"
  new RegExp(
    `\\b(?:missing|undefined|unset)\\s+(?:required\\s+|mandatory\\s+)?(?:env(?:ironment)?\\s+)?(?:var(?:iable)?s?|config(?:uration)?\\s+(?:key|value|setting)s?|setting|key)\\s*[:=]?\\s*["'\`]?(${ENV_NAME})`,
    'i'
  ),
  new RegExp(`\\benv(?:ironment)?\\s+var(?:iable)?s?\\s+(?:not\\s+(?:found|set|defined)|missing)\\s*[:=]?\\s*["'\`]?(${ENV_NAME})`, 'i'),
  new RegExp(`\\brequired key (${ENV_NAME}) missing value`),
  new RegExp(`\\bSet the (${ENV_NAME}) environment variable`),
  // "DATABASE_URL is required", "DATABASE_URL must be set", "SECRET_KEY setting must not be empty"
  new RegExp(
    `(?:^|[\\s:'"\`(\\[{])["'\`]?(${ENV_NAME})["'\`]?\\s+(?:(?:env(?:ironment)?\\s+)?(?:var(?:iable)?|setting|config)\\s+)?(?:is\\s+|was\\s+)?(?:not\\s+(?:set|defined|provided|configured)|missing|required|undefined|empty|blank|must\\s+(?:not\\s+be\\s+empty|be\\s+(?:set|defined|provided|specified))|cannot\\s+be\\s+(?:empty|blank|null))\\b`
  ),
  // Python os.environ['X'] / Ruby ENV.fetch('X')
  new RegExp(`\\bKeyError:\\s*(?:key not found:\\s*)?["'](${ENV_NAME})["']`),
  // zod / t3-env: { DATABASE_URL: [ 'Required' ] }
  new RegExp(`\\b(${ENV_NAME})["']?\\s*:\\s*\\[\\s*["']Required["']`)
]

const missingEnv: Detector = (lines, i) => {
  const line = lines[i]
  for (const pattern of MISSING_ENV_SHAPES) {
    const name = envName(pattern.exec(line)?.[1])
    if (name) return { envVar: name }
  }
  const placeholder = /Could not resolve placeholder '([^':]+)/.exec(line)
  if (placeholder) return { envVar: envName(placeholder[1]), configKey: placeholder[1] }
  if (/Missing [`'"]?secret_key_base/.test(line)) return { envVar: 'SECRET_KEY_BASE', configKey: 'secret_key_base' }
  // envalid: "Missing environment variables:" followed by indented "    NAME: undefined"
  if (/\bMissing (?:required )?environment variables?:?\s*$/i.test(line)) {
    const next = /^\s+(?:[^\w\s]\s*)?([A-Z][A-Z0-9_]+)\s*:/.exec(lines[i + 1] ?? '')
    return { envVar: envName(next?.[1]) }
  }
  // pydantic-settings: "<field>\n  Field required [type=missing"
  if (/^\s*Field required \[type=missing/.test(line)) {
    const field = /^([a-z][a-z0-9_]*)\s*$/.exec(lines[i - 1] ?? '')
    return { envVar: field ? field[1].toUpperCase() : undefined, configKey: field?.[1] }
  }
  const connectionString = /(connection ?string)[^.]*?(?:has not been initiali[sz]ed|is (?:null|empty|missing|not (?:set|configured))|cannot be null|was not found)|Parameter '(connectionString)'/i.exec(line)
  if (connectionString && /null|initiali|empty|missing|not (?:set|configured)|not found/i.test(line)) {
    return { configKey: connectionString[1] ?? connectionString[2] }
  }
  if (/ERR_INVALID_URL|Invalid URL/.test(line) && /input: '?undefined'?|Invalid URL:? ['"]?undefined/.test(around(lines, i, 6))) {
    return { configKey: 'a URL setting (undefined)' }
  }
  const generic = /\b(?:missing|no)\s+(?:required\s+)?config(?:uration)?\b(?:\s*(?:value|key|option|setting)?\s*[:=]?\s*["'`]?([\w.-]+))?/i.exec(line)
  if (generic && /\b(?:missing|required)\b/i.test(line)) return { configKey: generic[1], envVar: envName(generic[1]) }
  return null
}

const CONFIG_FILE = /((?:\.{0,2}\/)?(?:[\w@.-]+\/)*[\w@.-]*\.(?:ya?ml|json|toml|ini|conf|cfg|properties|env|xml|pem|crt|key|hcl))\b/i
const missingConfigFile: Detector = (lines, i) => {
  const line = lines[i]
  if (!/ENOENT|No such file or directory|FileNotFound|NoSuchFile|does not exist|not found/i.test(line)) return null
  if (/^exec |exec: /.test(line.trim())) return null
  const path = CONFIG_FILE.exec(line)?.[1]
  return path ? { path } : null
}

const CONNECTION_SHAPES: [RegExp, ConnectionFailure][] = [
  [/\bECONNREFUSED\b|Connection refused|connection refused|actively refused|Connection to \S+ refused|Errno 111\b/, 'refused'],
  [/\bENOTFOUND\b|\bEAI_AGAIN\b|UnknownHostException|[Nn]o such host|Name or service not known|nodename nor servname|Temporary failure in name resolution|could not translate host name|getaddrinfo failed|Name does not resolve/, 'dns'],
  [/\bETIMEDOUT\b|\bEHOSTUNREACH\b|\bENETUNREACH\b|i\/o timeout|connect timed out|Connection timed out|timed out connecting|Connect Timeout|No route to host|Network is unreachable|Server selection timed out|MongoServerSelectionError/i, 'timeout'],
  [/\bECONNRESET\b|Connection reset by peer/i, 'reset'],
  [/Communications link failure|could not connect to (?:server|database|redis|mongo)|Can't connect to (?:local )?MySQL server|Failed to connect to|Unable to connect to|Error connecting to|CannotConnectError|Cannot connect to/i, 'other']
]

const NOT_HOSTS = new Set(['port', 'host', 'address', 'line', 'errno', 'code', 'at', 'pid', 'error', 'exit', 'status', 'http', 'https', 'tcp', 'udp', 'file', 'in', 'time'])

const STACK_FRAME = /^\s+at\s|^\s+File "|^\s*from\s|^\s+\S+\.(?:go|java|kt|py|rb|js|ts|cs):\d+/
const SOURCE_FILE = /\.(?:java|kt|scala|groovy|js|mjs|cjs|ts|py|rb|go|cs)$/i
const TIMESTAMP_PART = /^\d{4}-\d\d-\d\dT\d\d$/

function extractHost(raw: string): { host?: string; port?: number } {
  const text = raw
    .split('\n')
    .filter((line) => !STACK_FRAME.test(line))
    .join('\n')
  const quoted = firstMatch(text, [
    /(?:ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ECONNRESET)\s+([0-9a-f:.]+|[\w.-]+):(\d{1,5})\b/i,
    /(?:connection to server at|server on host|on host|host) "([^"]+)"(?: \([^)]*\))?,?[\s\S]*?port (\d+)/i,
    /for "([^"]+)" port (\d+)/,
    /\bon '([^']+)'(?: \(|:(\d+))/,
    /\baddress: '([^']+)',\s*\n?\s*port: (\d+)/
  ])
  if (quoted) return { host: quoted[1], port: quoted[2] ? Number(quoted[2]) : undefined }
  const hostPort = /(?:^|[\s(['"@/=,])((?:[a-z0-9_-]+\.)*[a-z0-9_-]*[a-z][a-z0-9_-]*|\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:]+\])\s*:\s*(\d{2,5})\b/gi
  for (const match of text.matchAll(hostPort)) {
    const host = match[1]
    if (NOT_HOSTS.has(host.toLowerCase()) || SOURCE_FILE.test(host) || TIMESTAMP_PART.test(host)) continue
    return { host: host.replace(/^\[|\]$/g, ''), port: Number(match[2]) }
  }
  const hostOnly = firstMatch(text, [
    /(?:ENOTFOUND|EAI_AGAIN|lookup|UnknownHostException:?|could not translate host name)\s+"?([\w.-]+)"?/,
    /\bhost "([\w.-]+)"/i
  ])
  const port = /\bport[\s:=]+(\d{2,5})\b/i.exec(text)?.[1]
  return { host: hostOnly?.[1], port: port ? Number(port) : undefined }
}

const connectionFailed: Detector = (lines, i) => {
  const shape = CONNECTION_SHAPES.find(([pattern]) => pattern.test(lines[i]))
  if (!shape) return null
  const onLine = extractHost(lines[i])
  const nearby = onLine.host ? onLine : extractHost(around(lines, i))
  const host = nearby.host
  const hostName = host && IPV4.test(host) ? announcedHost(lines, i) : undefined
  return { failure: shape[1], host, port: onLine.port ?? nearby.port, ...(hostName ? { hostName } : {}) }
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/
const HOST_FIELD = /["']?(?:host|hostname|server|endpoint)["']?\s*[:=]\s*["']?([a-z][\w-]*(?:\.[\w-]+)+)/i

/** "connecting to database host=orders-db.xyz.rds.amazonaws.com" logged just before the failure. */
function announcedHost(lines: string[], index: number): string | undefined {
  for (let i = index - 1; i >= Math.max(0, index - 5); i--) {
    const name = HOST_FIELD.exec(lines[i])?.[1]
    if (name && !IPV4.test(name)) return name
  }
  return undefined
}

function portIn(text: string): number | undefined {
  const match = firstMatch(text, [
    /\bport (\d{2,5})\b/i,
    /\(['"][^'"]*['"],\s*(\d{2,5})\)/,
    /:(\d{2,5})\b(?!.*:\d{2,5}\b)/
  ])
  return match ? Number(match[1]) : undefined
}

const addressInUse: Detector = (lines, i) => {
  const line = lines[i]
  if (!/EADDRINUSE|address already in use|Port \d+ (?:was|is) already in use|Connection in use:/i.test(line)) return null
  return { port: portIn(line) }
}

const bindPermissionDenied: Detector = (lines, i) => {
  const line = lines[i]
  const bindShaped =
    /listen EACCES|bind: permission denied|Permission denied - bind|bind\(\) to \S+ failed \(13|SocketException: Permission denied|Errno::EACCES.*bind/i.test(line) ||
    (/\[Errno 13\] Permission denied\s*$|Permission denied \(13\)/.test(line) &&
      /\b(?:bind|listen|socket)\b/i.test(lines.slice(Math.max(0, i - 4), i + 1).join('\n')))
  return bindShaped ? { port: portIn(line) } : null
}

const moduleNotFound: Detector = (lines, i) => {
  const match = firstMatch(lines[i], [
    /Cannot find (?:module|package) ['"]([^'"]+)['"]/,
    /No module named ['"]?([\w.]+)['"]?/,
    /ImportError: cannot import name ['"]?(\w+)/,
    /(?:ClassNotFoundException|NoClassDefFoundError):?\s+([\w.$/]+)/,
    /Could not find or load main class ([\w.$]+)/,
    /cannot load such file -- ([\w/.-]+)/,
    /Could not find gem '([^']+)'/,
    /Could not load file or assembly '([^',]+)/
  ])
  return match ? { module: match[1] } : null
}

/** Detectors in the order a tie on one line is broken: the most specific shape first. */
export const DETECTORS: [SignalKind, Detector][] = [
  ['exec-format-error', execFormat],
  ['out-of-memory', outOfMemory],
  ['no-space-left', noSpace],
  ['exec-permission-denied', execPermissionDenied],
  ['bind-permission-denied', bindPermissionDenied],
  ['address-in-use', addressInUse],
  ['missing-env', missingEnv],
  ['connection-failed', connectionFailed],
  ['missing-config-file', missingConfigFile],
  ['command-not-found', commandNotFound],
  ['module-not-found', moduleNotFound],
  ['segfault', segfault]
]

/** localhost, 127.x, ::1, 0.0.0.0: nothing of the app's own listens there in a task, unless a sidecar does. */
export function isLocalHost(host: string | undefined): boolean {
  return !!host && /^(?:localhost|127(?:\.\d{1,3}){3}|::1|0\.0\.0\.0|ip6-localhost)$/i.test(host)
}
