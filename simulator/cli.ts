/**
 * npm run sim -- --scenario NAME [--speed S] [--port N] [fault flags] [--print-calls-on-exit]
 * npm run sim -- --list
 * The first line on stdout is AWS_ENDPOINT_URL=http://127.0.0.1:PORT; it serves until killed.
 */
import { parseArgs } from 'node:util'
import { DEFAULT_SPEED } from './clock.js'
import type { Faults } from './faults.js'
import { allScenarios as scenarios } from './scenarios/index.js'

const FLAGS = {
  scenario: { type: 'string' },
  list: { type: 'boolean' },
  speed: { type: 'string' },
  port: { type: 'string' },
  'throttle-rate': { type: 'string' },
  'error-rate': { type: 'string' },
  'latency-ms': { type: 'string' },
  deny: { type: 'string', multiple: true },
  hang: { type: 'string', multiple: true },
  seed: { type: 'string' },
  'print-calls-on-exit': { type: 'boolean' },
  help: { type: 'boolean' }
} as const

const USAGE =
  'usage: npm run sim -- --scenario NAME [--speed S] [--port N] [--throttle-rate R] [--error-rate R] [--latency-ms N] ' +
  '[--deny Service:Operation,...] [--hang Service:Operation,...] [--seed N] [--print-calls-on-exit] | --list'

class UsageError extends Error {}

function number(flag: string, raw: string | undefined, check: (n: number) => boolean, accepted: string): number | undefined {
  if (raw === undefined) return undefined
  const value = Number(raw)
  if (raw.trim() === '' || !Number.isFinite(value) || !check(value)) throw new UsageError(`--${flag} must be ${accepted}, got "${raw}"`)
  return value
}

function list(values: string[] | undefined): string[] | undefined {
  return values?.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)
}

/** Checks --deny / --hang against the SDK's operations (loads the SDK clients, so only when given). */
async function validateOperationFaults(faults: Faults): Promise<void> {
  if (!faults.deny?.length && !faults.hang?.length) return
  const { FaultConfigError, validateFaults } = await import('./faults.js')
  try {
    validateFaults(faults)
  } catch (error) {
    if (error instanceof FaultConfigError) throw new UsageError(error.message)
    throw error
  }
}

function parse(argv: string[]) {
  let parsed
  try {
    parsed = parseArgs({ args: argv, options: FLAGS, strict: true, allowPositionals: false })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const flag = /'([^']+)'/.exec(message)?.[1]
    const accepted = Object.keys(FLAGS).map((f) => `--${f}`).join(', ')
    throw new UsageError(flag ? `${message.replace(/\.$/, '')}; accepted flags: ${accepted}` : `${message}; ${USAGE}`)
  }
  const { values } = parsed
  const faults: Faults = {
    throttleRate: number('throttle-rate', values['throttle-rate'], (n) => n >= 0 && n <= 1, 'a number from 0 to 1'),
    errorRate: number('error-rate', values['error-rate'], (n) => n >= 0 && n <= 1, 'a number from 0 to 1'),
    latencyMs: number('latency-ms', values['latency-ms'], (n) => n >= 0, 'a non-negative number of milliseconds'),
    deny: list(values.deny),
    hang: list(values.hang),
    seed: number('seed', values.seed, Number.isInteger, 'an integer')
  }
  return {
    help: !!values.help,
    list: !!values.list,
    scenario: values.scenario,
    speed: number('speed', values.speed, (n) => n > 0, 'a positive number'),
    port: number('port', values.port, (n) => Number.isInteger(n) && n >= 0 && n <= 65535, 'a port number from 0 to 65535'),
    printCalls: !!values['print-calls-on-exit'],
    faults
  }
}

function printList(): void {
  const width = Math.max(...scenarios.map((s) => s.name.length)) + 2
  for (const s of scenarios) process.stdout.write(`${s.name.padEnd(width)}${s.expect.verdict.padEnd(13)}${s.expect.rootCause ?? '-'}\n`)
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2))
  if (options.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  if (options.list) return printList()
  if (!options.scenario) throw new UsageError(`--scenario NAME is required (or --list); scenarios: ${scenarios.map((s) => s.name).join(', ')}`)
  const scenario = scenarios.find((s) => s.name === options.scenario)
  if (!scenario) throw new UsageError(`--scenario "${options.scenario}" is unknown; accepted: ${scenarios.map((s) => s.name).join(', ')}`)
  await validateOperationFaults(options.faults)

  const { formatCallCounts, startSimulator } = await import('./index.js')
  const sim = await startSimulator({ scenario, speed: options.speed, port: options.port, faults: options.faults })
  process.stdout.write(`AWS_ENDPOINT_URL=${sim.url}\n`)
  process.stderr.write(
    `simulating "${scenario.name}" (expect ${scenario.expect.verdict}${scenario.expect.rootCause ? ` / ${scenario.expect.rootCause}` : ''}) ` +
      `at ${options.speed ?? scenario.speed ?? DEFAULT_SPEED}x speed; also set AWS_REGION=${scenario.action.region} AWS_ACCESS_KEY_ID=test ` +
      `AWS_SECRET_ACCESS_KEY=test AWS_EC2_METADATA_DISABLED=true; cluster ${scenario.action.cluster}, service ${scenario.action.service}. Ctrl-C stops.\n`
  )
  const stop = async () => {
    if (options.printCalls) process.stderr.write(`${formatCallCounts(sim.callCounts())}\n`)
    await sim.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`sim: ${error.message}\n`)
    process.exit(2)
  }
  process.stderr.write(`sim: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
