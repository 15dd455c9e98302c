import { describe, expect, it } from '@jest/globals'
import { analyseLogs, MAX_EXCERPT_LINES, missingLogsSentence } from '../../../src/diagnose/runtime/logs.js'
import * as logs from './fixtures/logs.js'

const analyse = (lines: string[]) => analyseLogs({ lines })

describe('log analysis: missing configuration, across languages', () => {
  it.each([
    ['Node (thrown Error)', logs.NODE_MISSING_ENV, 'DATABASE_URL'],
    ['Python (os.environ KeyError)', logs.DJANGO_KEY_ERROR, 'DJANGO_SECRET_KEY'],
    ['Java (Spring placeholder)', logs.SPRING_PLACEHOLDER, 'ORDERS_DB_URL'],
    ['Go (envconfig)', logs.GO_ENVCONFIG, 'STRIPE_WEBHOOK_SECRET'],
    ['Ruby (ENV.fetch KeyError)', logs.RAILS_KEY_ERROR, 'SECRET_KEY_BASE'],
    ['Python (pydantic-settings field)', logs.PYDANTIC_SETTINGS, 'OPENAI_API_KEY']
  ])('%s names the variable', (_name, lines, variable) => {
    const analysis = analyse(lines)
    expect(analysis.decisive).toMatchObject({ kind: 'missing-env', envVar: variable, weak: false })
  })

  it.each([
    ['Error: DATABASE_URL environment variable is required'],
    ['FATAL: environment variable "REDIS_URL" is not set'],
    ['panic: JWT_SECRET must be set'],
    ['config error: env var SENTRY_DSN is empty'],
    ['Error: Environment variable not found: DATABASE_URL.'],
    ['❌ Invalid environment variables: { DATABASE_URL: [ \'Required\' ] }'],
    ['django.core.exceptions.ImproperlyConfigured: The SECRET_KEY setting must not be empty.']
  ])('reads the shape %p', (line) => {
    expect(analyse([line]).decisive?.kind).toBe('missing-env')
    expect(analyse([line]).decisive?.envVar).toMatch(/^[A-Z_]+$/)
  })

  it('treats a "not set, using default" warning as supporting evidence only', () => {
    const analysis = analyse(['WARN REDIS_URL not set, using default redis://localhost:6379', 'Error: connect ECONNREFUSED 127.0.0.1:6379'])
    expect(analysis.signals[0]).toMatchObject({ kind: 'missing-env', envVar: 'REDIS_URL', weak: true })
    expect(analysis.decisive).toMatchObject({ kind: 'connection-failed', host: '127.0.0.1', port: 6379 })
  })

  it('recognises a missing config file by its path', () => {
    const analysis = analyse(["Error: ENOENT: no such file or directory, open '/app/config/production.json'"])
    expect(analysis.decisive).toMatchObject({ kind: 'missing-config-file', path: '/app/config/production.json' })
  })
})

describe('log analysis: connections', () => {
  it.each([
    ['Node ECONNREFUSED', logs.NODE_REFUSED_LOCALHOST, '127.0.0.1', 5432, 'refused'],
    ['Node ETIMEDOUT', logs.NODE_TIMEOUT_REMOTE, '10.0.3.12', 5432, 'timeout'],
    ['psycopg2', logs.PSYCOPG_TIMEOUT, 'orders-db.internal', 5432, 'timeout'],
    ['JDBC PSQLException', logs.SPRING_PSQL_REFUSED_REMOTE, 'orders-db.internal', 5432, 'refused'],
    ['Go dial tcp', logs.GO_DIAL_TIMEOUT, '10.0.3.12', 5432, 'timeout'],
    ['Ruby redis-client', logs.RUBY_REDIS_DNS, 'cache.internal', 6379, 'dns']
  ])('%s: host, port and failure kind', (_name, lines, host, port, failure) => {
    expect(analyse(lines).decisive).toMatchObject({ kind: 'connection-failed', host, port, failure })
  })

  it.each([
    ["redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.", 'localhost', 6379],
    ["Errno::ECONNREFUSED: Connection refused - connect(2) for \"127.0.0.1\" port 11211", '127.0.0.1', 11211],
    ['Error: getaddrinfo ENOTFOUND orders-db.cluster-c9akciq32.eu-west-1.rds.amazonaws.com', 'orders-db.cluster-c9akciq32.eu-west-1.rds.amazonaws.com', undefined],
    ['Error: connect ECONNREFUSED ::1:5432', '::1', 5432]
  ])('extracts the address from %p', (line, host, port) => {
    const signal = analyse([line]).decisive
    expect(signal?.host).toBe(host)
    expect(signal?.port).toBe(port)
  })

  it('never takes a Java stack frame or a timestamp for the host', () => {
    const signal = analyse(['2026-11-20T10:00:03.120Z ERROR java.net.ConnectException: Connection refused', '\tat java.base/sun.nio.ch.Net.pollConnectNow(Net.java:672)']).decisive
    expect(signal).toMatchObject({ kind: 'connection-failed', failure: 'refused' })
    expect(signal?.host).toBeUndefined()
  })
})

describe('log analysis: other failure shapes', () => {
  it.each([
    ['Node module', logs.NODE_MODULE_NOT_FOUND, 'module-not-found', { module: 'express' }],
    ['Python module', logs.PYTHON_MODULE_NOT_FOUND, 'module-not-found', { module: 'psycopg2' }],
    ['Java class', ['Error: Could not find or load main class com.example.orders.OrdersApplication'], 'module-not-found', { module: 'com.example.orders.OrdersApplication' }],
    ['Node EADDRINUSE', logs.NODE_EADDRINUSE, 'address-in-use', { port: 8080 }],
    ['gunicorn in use', logs.GUNICORN_IN_USE, 'address-in-use', { port: 8000 }],
    ['Go bind in use', ['2026/11/20 10:00:43 listen tcp :8080: bind: address already in use'], 'address-in-use', { port: 8080 }],
    ['Spring port in use', ['Web server failed to start. Port 8080 was already in use.'], 'address-in-use', { port: 8080 }],
    ['Node EACCES', logs.NODE_EACCES_80, 'bind-permission-denied', { port: 80 }],
    ['nginx bind 80', ['nginx: [emerg] bind() to 0.0.0.0:80 failed (13: Permission denied)'], 'bind-permission-denied', { port: 80 }],
    ['Node heap', logs.NODE_HEAP_OOM, 'out-of-memory', { runtime: 'node' }],
    ['Java heap', logs.JAVA_HEAP_OOM, 'out-of-memory', { runtime: 'java' }],
    ['Python MemoryError', ['Traceback (most recent call last):', '  File "/app/etl.py", line 40, in <module>', '    rows = list(reader)', 'MemoryError'], 'out-of-memory', { runtime: 'python' }],
    ['exec format', logs.EXEC_FORMAT, 'exec-format-error', {}],
    ['sh not found', logs.SH_NOT_FOUND, 'command-not-found', { command: 'gunicorn' }],
    ['runc exec', ['exec: "uvicorn": executable file not found in $PATH'], 'command-not-found', { command: 'uvicorn' }],
    ['no space', ['OSError: [Errno 28] No space left on device'], 'no-space-left', {}],
    ['segfault', ['Segmentation fault (core dumped)'], 'segfault', {}],
    ['PHP memory_limit', ['PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/src/Report.php on line 88'], 'out-of-memory', { runtime: 'php' }],
    ['child killed in a shell', ['/docker-entrypoint.sh: line 12:     7 Killed                  node dist/worker.js'], 'out-of-memory', { runtime: 'kernel' }]
  ])('%s', (_name, lines, kind, detail) => {
    expect(analyse(lines).decisive).toMatchObject({ kind, ...detail })
  })

  it('does not call a Go nil-pointer panic a segfault', () => {
    expect(analyse(logs.GO_PANIC).signals.some((s) => s.kind === 'segfault')).toBe(false)
  })
})

describe('log analysis: first error, root exception and excerpt', () => {
  it('Python: highlights the exception line that ends the traceback', () => {
    const analysis = analyse(logs.DJANGO_KEY_ERROR)
    expect(analysis.firstError?.line).toContain('[ERROR] Exception in worker process')
    expect(analysis.exception?.line).toBe("KeyError: 'DJANGO_SECRET_KEY'")
    const excerpt = analysis.excerpt!
    expect(excerpt.lines[excerpt.highlight!]).toBe("KeyError: 'DJANGO_SECRET_KEY'")
    expect(excerpt.lines).toContain('Traceback (most recent call last):')
  })

  it('Java: takes the deepest "Caused by:" as the root exception', () => {
    const analysis = analyse(logs.SPRING_PSQL_REFUSED_REMOTE)
    expect(analysis.exception?.line).toBe('Caused by: java.net.ConnectException: Connection refused')
  })

  it('Node: starts at the "file:line / throw" header above the error and keeps the trace', () => {
    const excerpt = analyse(logs.NODE_MISSING_ENV).excerpt!
    expect(excerpt.lines[0]).toBe('/app/dist/config.js:14')
    expect(excerpt.lines[excerpt.highlight!]).toBe('Error: Missing required environment variable: DATABASE_URL')
    expect(excerpt.lines.at(-1)).toBe('Node.js v20.11.1')
  })

  it('Go: the panic and its goroutine trace', () => {
    const analysis = analyse(logs.GO_PANIC)
    expect(analysis.firstError?.line).toBe('panic: runtime error: invalid memory address or nil pointer dereference')
    expect(analysis.excerpt!.lines).toContain('\t/src/cmd/api/server.go:58 +0x2a')
  })

  it('keeps at most 30 lines and always includes the decisive line', () => {
    const noise = Array.from({ length: 80 }, (_, i) => `\tat com.example.Layer${i}.call(Layer${i}.java:${i + 10})`)
    const lines = ['2026-11-20T10:00:47.931Z ERROR 1 --- [main] o.s.boot.SpringApplication : Application run failed', 'java.lang.IllegalStateException: boot failed', ...noise, 'Caused by: java.net.UnknownHostException: orders-db.internal', '\t... 12 more']
    const excerpt = analyse(lines).excerpt!
    expect(excerpt.lines.length).toBeLessThanOrEqual(MAX_EXCERPT_LINES)
    expect(excerpt.lines[excerpt.highlight!]).toBe('Caused by: java.net.UnknownHostException: orders-db.internal')
    expect(excerpt.lines.some((l) => /lines omitted/.test(l))).toBe(true)
  })

  it('redacts credentials in the excerpt but keeps code that only names a variable', () => {
    const analysis = analyse([
      'connecting with postgres://orders:Tr0ub4dor-3@orders-db.internal:5432/orders',
      "    SECRET_KEY = os.environ['DJANGO_SECRET_KEY']",
      'Error: password=hunter2 rejected by server'
    ])
    const text = analysis.excerpt!.lines.join('\n')
    expect(text).not.toContain('Tr0ub4dor-3')
    expect(text).not.toContain('hunter2')
    expect(text).toContain("os.environ['DJANGO_SECRET_KEY']")
  })

  it('says the container wrote no logs when the stream is missing', () => {
    const analysis = analyseLogs({ lines: [], missing: 'stream-not-found' })
    expect(analysis.hasLines).toBe(false)
    expect(missingLogsSentence(analysis, 'api')).toBe('api wrote no logs (it crashed before logging, or awslogs is misconfigured).')
    expect(missingLogsSentence(analyseLogs(undefined), 'api')).toBe('No logs of api were collected.')
  })
})
