/** The `ecs-deploy-doctor` command: `watch` (live view on a terminal, --json) and `diagnose`. */
import { readFile, writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { rollbackText } from '../act/report.js'
import { createClients, destroyClients, type AwsClients } from '../aws/clients.js'
import { diagnose } from '../diagnose/index.js'
import { runDoctorForServices, type DoctorResult } from '../doctor.js'
import { EvidenceError, parseEvidence } from '../evidence/validate.js'
import { InputError, parseInputs, type Inputs, type RawInputs } from '../inputs/inputs.js'
import { consoleLogger } from '../logger.js'
import { renderSummary } from '../report/summary.js'
import { FAILING_VERDICTS } from '../types.js'
import { WatchError } from '../watch/poller.js'
import { watchJson } from './json.js'
import { LiveView } from './live.js'
import { plain, renderDiagnosisText } from './text.js'

const USAGE = `Usage:
  ecs-deploy-doctor watch --cluster C --service S[,S2,...] [--region R] [--deployment-id ID] [--task-definition TD]
                          [--timeout-minutes N] [--poll-interval-seconds N] [--max-failed-tasks N] [--log-lines N]
                          [--on-failure report|rollback] [--evidence-out FILE] [--json]
  ecs-deploy-doctor diagnose --evidence FILE [--format json|markdown|text]

watch shows a live view on a terminal (plain progress lines otherwise) and prints the diagnosis at the end;
--json prints only the final result, as JSON, on stdout.

Exit codes: 0 stable (or diagnosis printed), 1 a failing verdict, 2 bad input.`

export class UsageError extends Error {}

type Options = Record<string, { type: 'string' | 'boolean' }>

const WATCH_OPTIONS: Options = {
  cluster: { type: 'string' },
  service: { type: 'string' },
  region: { type: 'string' },
  'deployment-id': { type: 'string' },
  'task-definition': { type: 'string' },
  'timeout-minutes': { type: 'string' },
  'poll-interval-seconds': { type: 'string' },
  'max-failed-tasks': { type: 'string' },
  'log-lines': { type: 'string' },
  'on-failure': { type: 'string' },
  'evidence-out': { type: 'string' },
  json: { type: 'boolean' }
}

function parse(args: string[], options: Options): Record<string, string | boolean | undefined> {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

export interface ErrorStream extends NodeJS.WritableStream {
  isTTY?: boolean
  columns?: number
}

function rawInputs(values: Record<string, string | boolean | undefined>): RawInputs {
  const strings = Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
  return { ...Object.fromEntries(strings), 'comment-on-pr': 'false' }
}

/** The end of a watch, for a person: each service's verdict, diagnosis and rollback. */
function resultText(inputs: Inputs, results: DoctorResult[]): string {
  return results
    .map((result, i) => {
      const service = inputs.services[i] ?? inputs.service
      const head = results.length > 1 ? `\n== ${service} ==\n` : ''
      const body = result.diagnosis ? renderDiagnosisText(result.diagnosis, result.watch.verdict) : `Verdict: ${result.watch.verdict}\n`
      const rollback = result.rollback ? rollbackText(result.rollback, { cluster: inputs.cluster, service, region: inputs.region }) : ''
      return `${head}${body}${plain(result.watch.reason)}\n${plain(rollback)}`
    })
    .join('')
}

async function watchCommand(args: string[], out: NodeJS.WritableStream, err: ErrorStream): Promise<number> {
  const values = parse(args, WATCH_OPTIONS)
  const inputs = parseInputs(rawInputs(values))
  const live = err.isTTY ? new LiveView(err, inputs.services) : undefined
  let clients: AwsClients | undefined
  try {
    clients = createClients({ region: inputs.region })
    live?.start()
    const logger = live ? live.logger() : consoleLogger(err)
    const results = await runDoctorForServices(inputs, clients, logger, { onUpdate: live?.update })
    live?.stop()
    const evidenceOut = values['evidence-out']
    if (typeof evidenceOut === 'string') {
      const evidence = results.length === 1 ? results[0].evidence : results.map((r) => r.evidence)
      await writeFile(evidenceOut, `${JSON.stringify(evidence, null, 2)}\n`)
    }
    out.write(values.json ? `${JSON.stringify(watchJson(inputs.services, results), null, 2)}\n` : resultText(inputs, results))
    return results.some((r) => FAILING_VERDICTS.includes(r.watch.verdict)) ? 1 : 0
  } finally {
    live?.stop()
    if (clients) destroyClients(clients)
  }
}

async function diagnoseCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const values = parse(args, { evidence: { type: 'string' }, format: { type: 'string' } })
  if (typeof values.evidence !== 'string' || !values.evidence) throw new UsageError('--evidence FILE is required')
  const format = typeof values.format === 'string' ? values.format : 'text'
  if (!['json', 'markdown', 'text'].includes(format))
    throw new UsageError(`--format must be json, markdown or text (got '${format}')`)
  let text: string
  try {
    text = await readFile(values.evidence, 'utf8')
  } catch (error) {
    throw new EvidenceError(`cannot read --evidence ${values.evidence}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const evidence = parseEvidence(text, values.evidence)
  const diagnosis = diagnose(evidence)
  const verdict = evidence.watch?.verdict
  if (format === 'json') out.write(`${JSON.stringify(diagnosis, null, 2)}\n`)
  else if (format === 'markdown')
    out.write(
      renderSummary({
        verdict: verdict ?? 'failed',
        cluster: evidence.cluster ?? evidence.service.clusterArn?.split('/').pop() ?? 'cluster',
        serviceName: evidence.serviceName ?? evidence.service.serviceName ?? 'service',
        region: evidence.region ?? 'us-east-1',
        deploymentId: evidence.deploymentId ?? null,
        evidence,
        diagnosis
      })
    )
  else out.write(renderDiagnosisText(diagnosis, verdict))
  return 0
}

/** Runs the CLI; returns the exit code. Every expected failure is one line on stderr. */
export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: ErrorStream = process.stderr): Promise<number> {
  const [command, ...rest] = argv
  try {
    if (command === 'watch') return await watchCommand(rest, out, err)
    if (command === 'diagnose') return await diagnoseCommand(rest, out)
    if (command === '--help' || command === '-h' || command === 'help') {
      out.write(`${USAGE}\n`)
      return 0
    }
    throw new UsageError(command ? `unknown command '${command}'` : 'a command is required')
  } catch (error) {
    if (error instanceof UsageError) {
      err.write(`ecs-deploy-doctor: ${error.message}\n\n${USAGE}\n`)
      return 2
    }
    if (error instanceof InputError || error instanceof EvidenceError) {
      err.write(`ecs-deploy-doctor: ${error.message.replace(/^Input '([\w-]+)'/, "--$1")}\n`)
      return 2
    }
    if (error instanceof WatchError) {
      err.write(`ecs-deploy-doctor: ${error.message}\n`)
      return 1
    }
    err.write(`ecs-deploy-doctor: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
}
