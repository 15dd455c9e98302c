/** `ecs-deploy-doctor preflight`: the preflight engine on a terminal. */
import { createClients, type AwsClients } from '../aws/clients.js'
import { unknownRegionWarning } from '../partition.js'
import { consoleLogger } from '../logger.js'
import type { PreflightInputs } from './inputs.js'
import { failsStep, findingsJson } from './publish.js'
import { renderPreflightSummary } from './report.js'
import { runPreflight } from './run.js'
import { renderPreflightText } from './text.js'

/** Runs a preflight and prints its report; returns the exit code (0 pass, 1 fail, or warn with --fail-on warning). */
export async function preflightCommand(inputs: PreflightInputs, format: string, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  let clients: AwsClients | undefined
  try {
    clients = createClients({ region: inputs.region })
    const logger = consoleLogger(err)
    for (const warning of unknownRegionWarning(inputs.region)) logger.warning(warning)
    const outcome = await runPreflight(inputs, clients, logger)
    if (format === 'json') out.write(`${JSON.stringify({ result: outcome.report.result, rootCause: outcome.report.rootCause?.code ?? null, findings: JSON.parse(findingsJson(outcome)), checks: outcome.report.checks, changes: outcome.report.changes }, null, 2)}\n`)
    else if (format === 'markdown') out.write(renderPreflightSummary({ report: outcome.report, cluster: inputs.cluster, serviceName: inputs.service, region: inputs.region, generatedAt: outcome.evidence.generatedAt }))
    else out.write(renderPreflightText(outcome))
    return failsStep(outcome.report.result, inputs.failOn) ? 1 : 0
  } finally {
    clients?.destroy()
  }
}
