/**
 * Validating `aws` command lines offline: bash splits each into words exactly as a user's shell would, the
 * installed AWS CLI parses and validates it, and it fails only to connect (to a closed loopback port). Used
 * by the fix-command tests of the diagnosis and of the preflight.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const OFFLINE = ['--endpoint-url', 'http://127.0.0.1:9', '--cli-connect-timeout', '1']

/** The aws invocation of a line: up to the first unquoted pipe, redirection or list operator (a fix may pipe into jq or write a file). */
function awsPart(command: string): string {
  let quote: string | undefined
  for (let i = 0; i < command.length; i += 1) {
    const ch = command[i]
    if (quote) {
      if (ch === quote) quote = undefined
      else if (ch === '\\' && quote === '"') i += 1
    } else if (ch === "'" || ch === '"') quote = ch
    else if (ch === '\\') i += 1
    else if ('|><;&'.includes(ch)) return command.slice(0, i).trimEnd()
  }
  return command
}

/** Scratch directory for the shells, so nothing a command line would write lands in the repository. */
const scratch = mkdtempSync(join(tmpdir(), 'fix-commands-'))

/** The words bash makes of the command (its quoting decides what the CLI receives), without the leading `aws`. */
function argvOf(command: string): string[] {
  const words = spawnSync('bash', ['-c', `printf '%s\\0' ${awsPart(command).replace(/^aws /, '')}`], { encoding: 'utf8', cwd: scratch })
  if (words.status !== 0) throw new Error(`bash could not parse: ${command}\n${words.stderr}`)
  return words.stdout.split('\0').slice(0, -1)
}

/** The Python interpreter of the installed AWS CLI v1 script (behind a pyenv shim if need be). */
function cliPython(): string | undefined {
  const found = spawnSync('bash', ['-c', 'p=$(command -v aws) || exit 1; case "$p" in */shims/*) pyenv which aws ;; *) echo "$p" ;; esac'], {
    encoding: 'utf8'
  })
  const script = found.stdout.trim()
  if (found.status !== 0 || !script) return undefined
  const shebang = readFileSync(script, 'utf8').split('\n')[0]
  return /^#!\s*(\S*python\S*)/.exec(shebang)?.[1]
}

/**
 * The AWS CLI's own driver (awscli.clidriver, which `aws` runs) over every argv in one process:
 * the same argument parsing and parameter validation as `aws`, without its half-second start-up
 * per command. A fresh driver per command (drivers keep argument state), sharing one model
 * loader. Prints what each command wrote to stderr.
 */
const VALIDATOR = `
import contextlib, io, json, sys
from awscli.clidriver import create_clidriver
results = []
loader = None
for argv in json.load(sys.stdin):
    driver = create_clidriver()
    if loader is None:
        loader = driver.session.get_component('data_loader')
    else:
        driver.session.register_component('data_loader', loader)
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            driver.main(argv + ${JSON.stringify(OFFLINE)})
        except SystemExit:
            pass
    results.append(err.getvalue())
print(json.dumps(results))
`

const CLI_ENV = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '/tmp',
  AWS_ACCESS_KEY_ID: 'test',
  AWS_SECRET_ACCESS_KEY: 'test',
  AWS_DEFAULT_REGION: 'eu-west-1',
  AWS_MAX_ATTEMPTS: '1',
  AWS_RETRY_MODE: 'standard',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  AWS_PAGER: ''
}

function collect(child: ReturnType<typeof spawn>): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    let stdout = ''
    let stderr = ''
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', () => resolve({ stdout, stderr }))
  })
}

async function validateInProcess(python: string, commands: string[]): Promise<string[]> {
  const child = spawn(python, ['-c', VALIDATOR], { env: CLI_ENV, cwd: scratch, stdio: ['pipe', 'pipe', 'pipe'] })
  child.stdin?.end(JSON.stringify(commands.map(argvOf)))
  const { stdout, stderr } = await collect(child)
  try {
    return JSON.parse(stdout.trim().split('\n').pop() ?? '') as string[]
  } catch {
    throw new Error(`The AWS CLI validator failed: ${stderr}`)
  }
}

/** For a CLI that is not a Python script (v2): one `bash -c` per command. */
async function validateOneByOne(commands: string[]): Promise<string[]> {
  const results: string[] = []
  for (const command of commands) {
    const line = `${awsPart(command)} ${OFFLINE.join(' ')}`
    const { stderr } = await collect(spawn('bash', ['-c', line], { env: CLI_ENV, cwd: scratch, stdio: ['ignore', 'ignore', 'pipe'] }))
    results.push(stderr)
  }
  return results
}

/** The commands the CLI rejected, each with where it came from and what the CLI said. */
export async function rejected(commands: Map<string, string>): Promise<string[]> {
  if (spawnSync('bash', ['-c', 'command -v aws']).status !== 0) {
    throw new Error('The AWS CLI (`aws`) is not installed; .ci/run installs it (apt-get install awscli).')
  }
  const entries = [...commands]
  const python = cliPython()
  const lines = entries.map(([command]) => command)
  const stderrs = python ? await validateInProcess(python, lines) : await validateOneByOne(lines)
  return entries
    .map(([command, origin], i) => ({ command, origin, stderr: (stderrs[i] ?? '').trim() }))
    .filter((r) => !r.stderr.includes('Could not connect to the endpoint URL'))
    .map((r) => `${r.origin}\n  $ ${r.command}\n  ${r.stderr.split('\n').slice(-3).join('\n  ')}`)
}
