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
  | 'service-connect'
  | 'log-router-failure'
  | 'aws-access-denied'
  | 'health-check-rejected'
  | 'path-not-writable'
  | 'usage-printed'

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
  /** The script has Windows (CRLF) line endings: the shell or env saw a carriage return. */
  crlf?: boolean
  /** The program exists but its interpreter or loader does not (runc's "exec user process caused: no such file"). */
  interpreter?: boolean
  /** The HTTP status the app answered a request with (its access log). */
  status?: number
  /** An AWS call the application made itself that IAM refused: the action, resource and principal it names. */
  action?: string
  resource?: string
  principal?: string
  /** Only ever supporting evidence, whatever the line's level (a proxy's routine config update). */
  hint?: boolean
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

/**
 * A script saved with Windows line endings: the shell or env reads "\r" at the end of a word
 * (measured with bash 5.2, dash and coreutils env 9.1; docs/diagnosis/messages.md §5.4).
 */
const crlfScript: Detector = (lines, i) => {
  const line = lines[i]
  const env = /\/env: ['"\u2018]([^'"\u2019]+?)(?:\\r|\r)['"\u2019]: No such file/i.exec(line)
  if (env) return { command: env[1], crlf: true }
  if (/\$'\\r': command not found|Illegal option -\s*(?:\\r|\r)?\s*$|\^M: bad interpreter|(?:\\r|\r)'?: (?:not found|invalid option|No such file)|bad interpreter: No such file/.test(line)) return { crlf: true }
  return null
}

/**
 * runc ≤ 1.0 reports a failed execve of the entrypoint in the container's own log; "no such file" then
 * means the file exists but its #! interpreter or loader does not
 * (https://github.com/opencontainers/runc/blob/v1.0.0/libcontainer/standard_init_linux.go#L228).
 */
const execUserProcess: Detector = (lines, i) => (/exec user process caused:?\s*"?no such file or directory/i.test(lines[i]) ? { interpreter: true } : null)

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
  if (/exec user process caused:?\s*"?permission denied/i.test(lines[i])) return {}
  const match = firstMatch(lines[i], [
    /exec (\S+): permission denied/,
    /exec: "([^"]+)": permission denied/,
    // Init processes that exec the command themselves (tini, dumb-init): "[FATAL tini (7)] exec ./run.sh failed: Permission denied".
    /\b(?:tini|dumb-init)\b.*?exec (\S+) failed: Permission denied/i,
    /(?:^|[\s/])(?:sh|bash|ash|dash):\s*(?:\d+:\s*)?(?:line \d+:\s*)?([^\s:]+):\s*Permission denied/
  ])
  return match ? { command: match[1] } : null
}

const segfault: Detector = (lines, i) => {
  if (!/Segmentation fault|\bSIGSEGV\b|segfault at/i.test(lines[i])) return null
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
  // "no hostname setting provided", "no region option was specified"
  const unsetSetting = /\bno ([\w.-]+) (?:setting|option|parameter|value)s? (?:was |were |is |has been )?(?:provided|specified|configured|given|set)\b/i.exec(line)
  if (unsetSetting) return { configKey: unsetSetting[1] }
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

/**
 * The app may not write a directory or file it needs: coreutils' "mkdir: cannot create directory 'P': Permission denied",
 * libuv/Node's "EACCES: permission denied, open 'P'", Python's "[Errno 13] Permission denied: 'P'", an entrypoint's "P is not writable".
 * The container runs as a user that does not own the path (a volume mounted root-owned, an access point's POSIX user).
 */
const PATH_NOT_WRITABLE: RegExp[] = [
  /\b(?:mkdir|touch|cp|chown|chmod|ln):? (?:cannot|can't) (?:create|make|touch|change|open)[^'"]*['"‘]([^'"’]+)['"’]: (?:Permission denied|Read-only file system|Operation not permitted)/i,
  /\bEACCES: permission denied, (?:open|mkdir|scandir|rename|unlink|copyfile|access) '([^']+)'/i,
  /\[Errno 13\] Permission denied: '([^']+)'/,
  /(?:^|[\s=])['"]?(\/[\w./-]+)['"]? is not writable\b/i
]

const pathNotWritable: Detector = (lines, i) => {
  for (const pattern of PATH_NOT_WRITABLE) {
    const path = pattern.exec(lines[i])?.[1]
    if (path && !/^\/proc\/|^\/sys\//.test(path)) return { path }
  }
  return null
}

/**
 * A CLI's usage text ("Usage: dagster [OPTIONS] COMMAND [ARGS]...", click, argparse, cobra, getopt): the program did not
 * accept the command or arguments it was started with, so it printed how to call it and exited.
 */
const usagePrinted: Detector = (lines, i) => {
  const match = /^\s*usage:\s+([\w./-]+)\s+.*(?:\[OPTIONS\]|\[options\]|\[flags\]|\bCOMMAND\b|<command>|\[-\w)/i.exec(lines[i])
  return match ? { command: match[1] } : null
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

/**
 * Service Connect's proxy container: the AppNet agent that supervises Envoy, and Envoy's xDS stream
 * from the ECS relay (https://github.com/aws/amazon-ecs-service-connect-agent/blob/v1.34.13.1/agent/healthcheck/health_check.go#L107;
 * docs/diagnosis/messages.md §7). Envoy's routine cluster/listener updates only hint at it.
 */
const serviceConnect: Detector = (lines, i) => {
  const line = lines[i]
  if (/\[AppNet Agent\].*(?:fail|error|unhealthy|timed out|Exited with code|Process Signalled: true)|Envoy readiness check failed|Polling envoy readiness failed|Envoy is not healthy/i.test(line)) return {}
  if (/config stream to unix:\/\/\S*envoy_xds\.sock closed|Unable to fetch ECS (?:envoy )?container metadata|Failed generating ECS platform info/i.test(line)) return {}
  if (/(?:^|\]\s*)[cl]ds: add \d+ (?:cluster|listener)/i.test(line)) return { hint: true }
  return null
}

/** FireLens' log router (Fluent Bit) failing at start: its banner or init process names it. */
const logRouterFailure: Detector = (lines, i) => {
  const line = lines[i]
  if (!/\b(?:error|fatal)\b/i.test(line)) return null
  const fluentBit = /FluentBit Init Process|fluent-?bit/i.test(line) || lines.some((l) => /^Fluent Bit v\d|AWS for Fluent Bit Container Image/i.test(l))
  return fluentBit ? {} : null
}

/**
 * An AWS SDK or CLI call of the application that IAM refused. Every SDK renders AWS's error message,
 * "User: <arn> is not authorized to perform: <action> on resource: <arn>", inside its own envelope
 * (botocore: "An error occurred (AccessDeniedException) when calling the GetParameters operation: ...",
 * the JS and Java SDKs: "AccessDeniedException: ...", Go: "api error AccessDeniedException: ...").
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
 */
const awsAccessDenied: Detector = (lines, i) => {
  const line = lines[i]
  const denial = /(?:User|Principal):\s*(\S+)\s+is not authorized to perform:?\s*([\w-]+:[\w*]+)(?:\s+on resource:?\s*(\S+))?/i.exec(line)
  if (denial) return { principal: denial[1], action: denial[2], ...(denial[3] ? { resource: denial[3].replace(/[.,;)"']+$/, '') } : {}) }
  const envelope = /\((AccessDenied(?:Exception)?)\) when calling the (\w+) operation/.exec(line)
  return envelope ? { action: envelope[2] } : null
}

/**
 * The app's own access log answering the load balancer's health check with an error: the request line
 * carries the ELB-HealthChecker user agent (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html)
 * and a 3xx-5xx status, in any access-log format (common, combined, JSON).
 */
const healthCheckRejected: Detector = (lines, i) => {
  const line = lines[i]
  if (!/ELB-HealthChecker\/\d/i.test(line)) return null
  const status = /(?:HTTP\/[\d.]+"?\s+|"status"\s*:\s*"?)([3-5]\d\d)\b/i.exec(line)?.[1]
  return status ? { path: /\b(?:GET|HEAD) (\S+)/.exec(line)?.[1], status: Number(status) } : null
}

/** Detectors in the order a tie on one line is broken: the most specific shape first. */
export const DETECTORS: [SignalKind, Detector][] = [
  ['exec-format-error', execFormat],
  ['out-of-memory', outOfMemory],
  ['no-space-left', noSpace],
  ['command-not-found', crlfScript],
  ['command-not-found', execUserProcess],
  ['exec-permission-denied', execPermissionDenied],
  ['service-connect', serviceConnect],
  ['log-router-failure', logRouterFailure],
  ['aws-access-denied', awsAccessDenied],
  ['health-check-rejected', healthCheckRejected],
  ['bind-permission-denied', bindPermissionDenied],
  ['path-not-writable', pathNotWritable],
  ['address-in-use', addressInUse],
  ['missing-env', missingEnv],
  ['connection-failed', connectionFailed],
  ['missing-config-file', missingConfigFile],
  ['command-not-found', commandNotFound],
  ['module-not-found', moduleNotFound],
  ['usage-printed', usagePrinted],
  ['segfault', segfault]
]

/** localhost, 127.x, ::1, 0.0.0.0: nothing of the app's own listens there in a task, unless a sidecar does. */
export function isLocalHost(host: string | undefined): boolean {
  return !!host && /^(?:localhost|127(?:\.\d{1,3}){3}|::1|0\.0\.0\.0|ip6-localhost)$/i.test(host)
}
