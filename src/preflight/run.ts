/** One preflight: credentials, evidence, checks. Shared by the preflight action and the CLI. */
import type { AwsClients } from '../aws/clients.js'
import { checkCredentials } from '../aws/credentials.js'
import type { Logger } from '../logger.js'
import { logLine } from '../redact.js'
import { collectPreflightEvidence } from './collect.js'
import { evaluatePreflight } from './evaluate.js'
import { loadTaskDefinition } from './source.js'
import type { PreflightInputs } from './inputs.js'
import type { PreflightOutcome } from './types.js'

export interface PreflightDeps {
  now?: () => Date
  deadlineMs?: number
}

export async function runPreflight(inputs: PreflightInputs, clients: AwsClients, logger: Logger, deps: PreflightDeps = {}): Promise<PreflightOutcome> {
  const now = deps.now ?? (() => new Date())
  // A file is an input: a bad one fails before any AWS call.
  const fromFile = inputs.taskDefinition.kind === 'file' ? await loadTaskDefinition(inputs.taskDefinition, clients.ecs) : undefined
  await checkCredentials(clients, 0, logger, now().getTime())
  logger.startGroup('Collecting evidence')
  const { evidence, candidate } = await collectPreflightEvidence({
    clients,
    region: inputs.region,
    cluster: inputs.cluster,
    serviceName: inputs.service,
    taskDefinition: fromFile ?? inputs.taskDefinition,
    now,
    ...(deps.deadlineMs !== undefined ? { deadlineMs: deps.deadlineMs } : {})
  })
  for (const gap of evidence.unavailable ?? []) logger.info(`Check not run: ${gap.check} (${gap.api}: ${logLine(gap.error)})`)
  logger.endGroup()
  const report = evaluatePreflight(evidence, candidate)
  logger.info(`Preflight ${report.result}${report.rootCause ? ` (${report.rootCause.code}: ${logLine(report.rootCause.title)})` : ''}`)
  return { report, evidence, cluster: inputs.cluster, serviceName: inputs.service, region: inputs.region }
}
