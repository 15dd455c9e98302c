import { rollBack } from './act/rollback.js'
import type { RollbackOutcome, RollbackStatus } from './act/types.js'
import type { AwsClients } from './aws/clients.js'
import { errorMessage, errorName } from './aws/errors.js'
import { diagnose } from './diagnose/index.js'
import type { Diagnosis } from './diagnose/types.js'
import { collectEvidence, redactEvidence } from './evidence/index.js'
import { logLine } from './redact.js'
import { EVIDENCE_SCHEMA_VERSION, type Evidence } from './evidence/schema.js'
import type { Inputs } from './inputs/inputs.js'
import type { Logger } from './logger.js'
import { FAILING_VERDICTS, type Verdict } from './types.js'
import { formatDuration } from './format.js'
import type { WatchSnapshot } from './watch/snapshot.js'
import type { WatchResult } from './watch/types.js'
import { WatchError } from './watch/poller.js'
import { realSleep, watchDeployment } from './watch/watch.js'
import { DescribeServicesBatcher } from './watch/describe-batcher.js'

export interface DoctorResult {
  watch: WatchResult
  evidence: Evidence
  diagnosis: Diagnosis | null
  /** With on-failure: rollback, what the rollback did; null when it was not asked for or nothing failed. */
  rollback?: RollbackOutcome | null
}

/** Where one service's doctor is, for live views: each poll's numbers, then the verdict, then done. */
export interface ServiceUpdate {
  service: string
  phase: 'watching' | 'diagnosing' | 'rolling-back' | 'done'
  snapshot?: WatchSnapshot
  verdict?: Verdict
  rollback?: RollbackStatus
}

export interface DoctorDeps {
  clock?: () => number
  sleep?: (ms: number) => Promise<void>
  /** Shared by the services of one step so their polls cost one DescribeServices call per 10 services. */
  batcher?: DescribeServicesBatcher
  onUpdate?: (update: ServiceUpdate) => void
}

/**
 * Warns when the credentials will expire before the watch can time out: the usual reason a
 * long deploy wait dies at 60 minutes. Fails clearly when there are no credentials at all.
 */
export async function checkCredentials(clients: AwsClients, timeoutMs: number, logger: Logger, now: number): Promise<void> {
  let expiration: Date | undefined
  try {
    const credentials = await clients.ecs.config.credentials()
    expiration = credentials.expiration
  } catch (error) {
    throw new WatchError(
      `No AWS credentials could be loaded (${errorName(error)}: ${errorMessage(error)}). ` +
        'Run aws-actions/configure-aws-credentials before this step.'
    )
  }
  if (expiration && expiration.getTime() < now + timeoutMs) {
    logger.warning(
      `The AWS credentials expire at ${expiration.toISOString()}, ${formatDuration(expiration.getTime() - now)} from now, ` +
        `before 'timeout-minutes' (${formatDuration(timeoutMs)}) can pass. Raise configure-aws-credentials 'role-duration-seconds' ` +
        "or lower 'timeout-minutes', or the watch will fail when they expire."
    )
  }
}

function watchEvidence(inputs: Inputs, watch: WatchResult): Evidence {
  return {
    schemaVersion: EVIDENCE_SCHEMA_VERSION,
    generatedAt: watch.endedAt,
    region: inputs.region,
    cluster: inputs.cluster,
    serviceName: inputs.service,
    deploymentId: watch.deploymentId || null,
    watch: {
      verdict: watch.verdict,
      reason: watch.reason,
      startedAt: watch.startedAt,
      endedAt: watch.endedAt,
      progress: watch.progress,
      failureSignatures: watch.failureSignatures
    },
    service: watch.service,
    tasks: watch.tasks
  }
}

/**
 * Watch the deployment to a verdict; on a failing verdict collect the evidence and diagnose it, then
 * (on-failure: rollback) roll the service back and watch the rollback.
 */
export async function runDoctor(inputs: Inputs, clients: AwsClients, logger: Logger, deps: DoctorDeps = {}): Promise<DoctorResult> {
  const clock = deps.clock ?? Date.now
  const sleep = deps.sleep ?? realSleep
  const timeoutMs = inputs.timeoutMinutes * 60_000
  const service = inputs.service
  const update = (phase: ServiceUpdate['phase'], fields: Partial<ServiceUpdate> = {}) => deps.onUpdate?.({ service, phase, ...fields })
  await checkCredentials(clients, timeoutMs, logger, clock())
  const watch = await watchDeployment({
    ecs: clients.ecs,
    cluster: inputs.cluster,
    service: inputs.service,
    deploymentId: inputs.deploymentId,
    taskDefinition: inputs.taskDefinition,
    timeoutMs,
    pollIntervalMs: inputs.pollIntervalSeconds * 1000,
    maxFailedTasks: inputs.maxFailedTasks,
    logger,
    clock,
    sleep,
    batcher: deps.batcher,
    onProgress: (snapshot) => update('watching', { snapshot })
  })
  logger.info(`Verdict: ${watch.verdict}: ${watch.reason}`)
  const base = watchEvidence(inputs, watch)
  if (!FAILING_VERDICTS.includes(watch.verdict)) {
    update('done', { verdict: watch.verdict })
    return { watch, evidence: redactEvidence(base), diagnosis: null, rollback: null }
  }
  update('diagnosing', { verdict: watch.verdict })

  logger.startGroup('Collecting evidence')
  const evidence = await collectEvidence({
    clients,
    region: inputs.region,
    cluster: inputs.cluster,
    serviceName: inputs.service,
    deploymentId: base.deploymentId ?? null,
    service: watch.service,
    tasks: watch.tasks,
    taskDefinitionArn: watch.taskDefinitionArn,
    watch: base.watch,
    logLines: inputs.logLines
  })
  for (const gap of evidence.unavailable ?? []) logger.info(`Check not run: ${gap.check} (${gap.api}: ${logLine(gap.error)})`)
  logger.endGroup()
  const diagnosis = diagnose(evidence)
  const rollback = inputs.onFailure === 'rollback' ? await rollBackService(inputs, clients, logger, deps, watch, evidence) : null
  update('done', { verdict: watch.verdict, rollback: rollback?.status })
  return { watch, evidence, diagnosis, rollback }
}

async function rollBackService(
  inputs: Inputs,
  clients: AwsClients,
  logger: Logger,
  deps: DoctorDeps,
  watch: WatchResult,
  evidence: Evidence
): Promise<RollbackOutcome | null> {
  const service = inputs.service
  deps.onUpdate?.({ service, phase: 'rolling-back', verdict: watch.verdict })
  return rollBack({
    ecs: clients.ecs,
    cluster: inputs.cluster,
    service,
    watch,
    evidence,
    timeoutMs: inputs.timeoutMinutes * 60_000,
    pollIntervalMs: inputs.pollIntervalSeconds * 1000,
    maxFailedTasks: inputs.maxFailedTasks,
    logger,
    clock: deps.clock ?? Date.now,
    sleep: deps.sleep ?? realSleep,
    batcher: deps.batcher,
    onProgress: (snapshot) => deps.onUpdate?.({ service, phase: 'rolling-back', verdict: watch.verdict, snapshot })
  })
}

/** Prefixes every line with the service name, so concurrent watches stay readable in one log. */
function prefixed(logger: Logger, name: string): Logger {
  return {
    info: (m) => logger.info(`[${name}] ${m}`),
    warning: (m) => logger.warning(`[${name}] ${m}`),
    error: (m) => logger.error(`[${name}] ${m}`),
    debug: (m) => logger.debug(`[${name}] ${m}`),
    startGroup: (n) => logger.startGroup(`[${name}] ${n}`),
    endGroup: () => logger.endGroup()
  }
}

/** Watches every service of the step concurrently with one shared, batched poll; results in input order. */
export async function runDoctorForServices(
  inputs: Inputs,
  clients: AwsClients,
  logger: Logger,
  deps: DoctorDeps = {}
): Promise<DoctorResult[]> {
  if (inputs.services.length === 1) return [await runDoctor(inputs, clients, logger, deps)]
  const batcher = deps.batcher ?? new DescribeServicesBatcher(clients.ecs, inputs.cluster)
  const sleep = deps.sleep ?? alignedSleep(inputs.pollIntervalSeconds * 1000, (deps.clock ?? Date.now)())
  return Promise.all(
    inputs.services.map((service) =>
      runDoctor({ ...inputs, service, services: [service] }, clients, prefixed(logger, service), { ...deps, batcher, sleep })
    )
  )
}

/**
 * Wakes every watcher of a step on one shared schedule (multiples of the poll interval since the
 * start), so their DescribeServices requests land together and are batched, however long each poll took.
 */
function alignedSleep(intervalMs: number, epochMs: number): (ms: number) => Promise<void> {
  return (ms) => {
    if (ms < intervalMs) return realSleep(ms)
    const elapsed = (Date.now() - epochMs) % intervalMs
    return realSleep(intervalMs - elapsed)
  }
}
