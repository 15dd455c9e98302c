/**
 * The `ecs-deploy-doctor` command: `watch` (live view on a terminal, --json), `diagnose` and `preflight`.
 * Arguments are checked first; each command then loads only what it uses (diagnose never loads an AWS client).
 */
import { readFile, writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import type { AwsClients } from '../aws/clients.js'
import type { DoctorResult } from '../doctor.js'
import type { Diagnosis } from '../diagnose/types.js'
import type { Evidence } from '../evidence/schema.js'
import { EvidenceError } from '../evidence/validate.js'
import { InputError, parseInputs, type Inputs, type RawInputs } from '../inputs/inputs.js'
import { consoleLogger } from '../logger.js'
import { FAILING_VERDICTS } from '../types.js'
import { WatchError } from '../watch/errors.js'
import { errorMessage } from '../aws/errors.js'
import { PreflightError } from '../preflight/errors.js'
import { PREFLIGHT_USAGE, preflightArgs } from '../preflight/cli-args.js'
import { parsePreflightInputs } from '../preflight/inputs.js'

const USAGE = `Usage:
  ecs-deploy-doctor watch --cluster C --service S[,S2,...] [--region R] [--deployment-id ID] [--task-definition TD]
                          [--codedeploy-deployment-id d-XXXXXXXXX]
                          [--timeout-minutes N] [--poll-interval-seconds N] [--max-failed-tasks N] [--log-lines N]
                          [--on-failure report|rollback] [--evidence-out FILE] [--json]
  ecs-deploy-doctor diagnose --evidence FILE [--format json|markdown|text]
${PREFLIGHT_USAGE}

watch shows a live view on a terminal (plain progress lines otherwise) and prints the diagnosis at the end;
--json prints only the final result, as JSON, on stdout. --evidence-out writes the evidence document (an
array of them, in order, for several services); diagnose reads either. preflight checks a task definition before the deploy.

Exit codes: 0 stable (or diagnosis printed, or preflight passed), 1 a failing verdict (or preflight failed), 2 bad input.`

export class UsageError extends Error {}

type Options = Record<string, { type: 'string' | 'boolean' }>

const WATCH_OPTIONS: Options = {
  cluster: { type: 'string' },
  service: { type: 'string' },
  region: { type: 'string' },
  'deployment-id': { type: 'string' },
  'task-definition': { type: 'string' },
  'codedeploy-deployment-id': { type: 'string' },
  'timeout-minutes': { type: 'string' },
  'poll-interval-seconds': { type: 'string' },
  'max-failed-tasks': { type: 'string' },
  'log-lines': { type: 'string' },
  'on-failure': { type: 'string' },
  'evidence-out': { type: 'string' },
  json: { type: 'boolean' }
}

/** A parser whose errors are usage errors (exit 2, with the usage). */
function usageErrors<A extends unknown[], R>(parseFn: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    try {
      return parseFn(...args)
    } catch (error) {
      throw new UsageError(errorMessage(error))
    }
  }
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
async function resultText(inputs: Inputs, results: DoctorResult[]): Promise<string> {
  const [{ plain, renderDiagnosisText }, { rollbackText }] = await Promise.all([import('./text.js'), import('../report/rollback.js')])
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
  const [{ createClients }, { runDoctorForServices }, { unknownRegionWarning }, { LiveView }] = await Promise.all([
    import('../aws/clients.js'),
    import('../doctor.js'),
    import('../partition.js'),
    import('./live.js')
  ])
  const live = err.isTTY ? new LiveView(err, inputs.services) : undefined
  let clients: AwsClients | undefined
  try {
    clients = createClients({ region: inputs.region })
    live?.start()
    const logger = live ? live.logger() : consoleLogger(err)
    for (const warning of unknownRegionWarning(inputs.region)) logger.warning(warning)
    const results = await runDoctorForServices(inputs, clients, logger, { onUpdate: live?.update })
    live?.stop()
    const evidenceOut = values['evidence-out']
    if (typeof evidenceOut === 'string') {
      const evidence = results.length === 1 ? results[0].evidence : results.map((r) => r.evidence)
      await writeFile(evidenceOut, `${JSON.stringify(evidence, null, 2)}\n`)
    }
    out.write(values.json ? `${JSON.stringify((await import('./json.js')).watchJson(inputs.services, results), null, 2)}\n` : await resultText(inputs, results))
    return results.some((r) => FAILING_VERDICTS.includes(r.watch.verdict)) ? 1 : 0
  } finally {
    live?.stop()
    clients?.destroy()
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
  const [{ parseEvidenceDocuments }, { diagnose }, { renderDiagnosisText }, { renderSummary }] = await Promise.all([
    import('../evidence/validate.js'),
    import('../diagnose/index.js'),
    import('./text.js'),
    import('../report/summary.js')
  ])
  const documents = parseEvidenceDocuments(text, values.evidence)
  const several = documents.length > 1
  const diagnoses = documents.map((evidence) => diagnose(evidence))
  if (format === 'json') {
    out.write(`${JSON.stringify(several ? diagnoses : diagnoses[0], null, 2)}\n`)
    return 0
  }
  const reports = documents.map((evidence, i) => {
    const head = several ? `\n== ${serviceNameOf(evidence)} ==\n` : ''
    return format === 'markdown' ? markdownReport(renderSummary, evidence, diagnoses[i]) : `${head}${renderDiagnosisText(diagnoses[i], evidence.watch?.verdict)}`
  })
  out.write(reports.join(format === 'markdown' ? '\n---\n\n' : ''))
  return 0
}

function serviceNameOf(evidence: Evidence): string {
  return evidence.serviceName ?? evidence.service.serviceName ?? 'service'
}

function markdownReport(renderSummary: typeof import('../report/summary.js').renderSummary, evidence: Evidence, diagnosis: Diagnosis): string {
  return renderSummary({
    verdict: evidence.watch?.verdict ?? 'failed',
    cluster: evidence.cluster ?? evidence.service.clusterArn?.split('/').pop() ?? 'cluster',
    serviceName: serviceNameOf(evidence),
    region: evidence.region ?? 'us-east-1',
    deploymentId: evidence.deploymentId ?? null,
    evidence,
    diagnosis
  })
}

/** Runs the CLI; returns the exit code. Every expected failure is one line on stderr. */
export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: ErrorStream = process.stderr): Promise<number> {
  const [command, ...rest] = argv
  try {
    if (command === 'watch') return await watchCommand(rest, out, err)
    if (command === 'diagnose') return await diagnoseCommand(rest, out)
    if (command === 'preflight') {
      const { raw, format } = usageErrors(preflightArgs)(rest)
      const inputs = parsePreflightInputs(raw)
      return await (await import('../preflight/cli.js')).preflightCommand(inputs, format, out, err)
    }
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
    if (error instanceof WatchError || error instanceof PreflightError) {
      err.write(`ecs-deploy-doctor: ${error.message}\n`)
      return 1
    }
    err.write(`ecs-deploy-doctor: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
}
