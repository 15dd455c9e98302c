import { readFile, writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { createClients, destroyClients, type AwsClients } from './aws/clients.js'
import { renderDiagnosisText } from './cli/text.js'
import { diagnose } from './diagnose/index.js'
import { runDoctorForServices } from './doctor.js'
import { EvidenceError, parseEvidence } from './evidence/validate.js'
import { InputError, parseInputs, type RawInputs } from './inputs/inputs.js'
import { consoleLogger } from './logger.js'
import { renderSummary } from './report/summary.js'
import { FAILING_VERDICTS } from './types.js'
import { WatchError } from './watch/poller.js'

const USAGE = `Usage:
  ecs-deploy-doctor watch --cluster C --service S [--region R] [--deployment-id ID] [--task-definition TD]
                          [--timeout-minutes N] [--poll-interval-seconds N] [--max-failed-tasks N] [--log-lines N]
                          [--evidence-out FILE]
  ecs-deploy-doctor diagnose --evidence FILE [--format json|markdown|text]

Exit codes: 0 stable (or diagnosis printed), 1 a failing verdict, 2 bad input.`

export class UsageError extends Error {}

type StringOptions = Record<string, { type: 'string' }>

const WATCH_OPTIONS: StringOptions = {
  cluster: { type: 'string' },
  service: { type: 'string' },
  region: { type: 'string' },
  'deployment-id': { type: 'string' },
  'task-definition': { type: 'string' },
  'timeout-minutes': { type: 'string' },
  'poll-interval-seconds': { type: 'string' },
  'max-failed-tasks': { type: 'string' },
  'log-lines': { type: 'string' },
  'evidence-out': { type: 'string' }
}

function parse(args: string[], options: StringOptions): Record<string, string | undefined> {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values as Record<string, string | undefined>
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

async function watchCommand(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const values = parse(args, WATCH_OPTIONS)
  const raw: RawInputs = { ...values, 'comment-on-pr': 'false' }
  const inputs = parseInputs(raw)
  let clients: AwsClients | undefined
  try {
    clients = createClients({ region: inputs.region })
    const results = await runDoctorForServices(inputs, clients, consoleLogger(err))
    const evidenceOut = values['evidence-out']
    if (evidenceOut) {
      const evidence = results.length === 1 ? results[0].evidence : results.map((r) => r.evidence)
      await writeFile(evidenceOut, `${JSON.stringify(evidence, null, 2)}\n`)
    }
    results.forEach((result, i) => {
      if (results.length > 1) out.write(`\n== ${inputs.services[i]} ==\n`)
      out.write(result.diagnosis ? renderDiagnosisText(result.diagnosis, result.watch.verdict) : `Verdict: ${result.watch.verdict}\n`)
      out.write(`${result.watch.reason}\n`)
    })
    return results.some((r) => FAILING_VERDICTS.includes(r.watch.verdict)) ? 1 : 0
  } finally {
    if (clients) destroyClients(clients)
  }
}

async function diagnoseCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const values = parse(args, { evidence: { type: 'string' }, format: { type: 'string' } })
  if (!values.evidence) throw new UsageError('--evidence FILE is required')
  const format = values.format ?? 'text'
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
export async function main(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
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

process.exitCode = await main(process.argv.slice(2))
