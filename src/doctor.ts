/**
 * One service's run: watch, then (only when it failed) evidence, diagnosis and rollback. The stages after the
 * watch are loaded with import() when a run needs them, so a stable run never loads the evidence collectors,
 * their SDK clients or the diagnosis rules.
 */
import type { AwsClients } from './aws/clients.js'
import { checkCredentials } from './aws/credentials.js'
import type { Diagnosis } from './diagnose/types.js'
import { EVIDENCE_SCHEMA_VERSION, type Evidence } from './evidence/schema.js'
import type { Inputs } from './inputs/inputs.js'
import type { Logger } from './logger.js'
import { logLine, redactEvidence } from './redact.js'
import type { RollbackOutcome, RollbackStatus } from './rollback/types.js'
import type { StopClassifier } from './stops.js'
import { FAILING_VERDICTS, type Verdict } from './types.js'
import { DescribeServicesBatcher } from './watch/describe-batcher.js'
import { SkippedPolls } from './watch/skipped-polls.js'
import type { WatchSnapshot } from './watch/snapshot.js'
import type { WatchResult } from './watch/types.js'
import { realSleep, watchDeployment } from './watch/watch.js'

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
  /** The result so far, once the diagnosis is known (rolling back, done): for a report written progressively. */
  result?: DoctorResult
}

export interface DoctorDeps {
  clock?: () => number
  sleep?: (ms: number) => Promise<void>
  /** Shared by the services of one step so their polls cost one DescribeServices call per 10 services. */
  batcher?: DescribeServicesBatcher
  onUpdate?: (update: ServiceUpdate) => void
  /** Counts the polls AWS throttled, for the run's one warning about them. */
  skippedPolls?: SkippedPolls
}

/** The diagnosis rules, as the watch's classifier of stopped tasks: loaded when the first task of ours stops. */
const loadClassifier = async (): Promise<StopClassifier> => (await import('./diagnose/stop-classifier.js')).ruleSetClassifier

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
    tasks: watch.tasks,
    ...(watch.strategy ? { strategy: watch.strategy } : {})
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
    codeDeployDeploymentId: inputs.codeDeployDeploymentId,
    codedeploy: () => clients.client('codedeploy'),
    region: inputs.region,
    timeoutMs,
    pollIntervalMs: inputs.pollIntervalSeconds * 1000,
    maxFailedTasks: inputs.maxFailedTasks,
    logger,
    clock,
    sleep,
    batcher: deps.batcher,
    loadClassifier,
    onProgress: (snapshot) => update('watching', { snapshot }),
    onSkippedPoll: (error) => deps.skippedPolls?.record(error)
  })
  logger.info(`Verdict: ${watch.verdict}: ${watch.reason}`)
  const base = watchEvidence(inputs, watch)
  if (!FAILING_VERDICTS.includes(watch.verdict)) {
    update('done', { verdict: watch.verdict })
    return { watch, evidence: redactEvidence(base), diagnosis: null, rollback: null }
  }
  update('diagnosing', { verdict: watch.verdict })

  const diagnosis = import('./diagnose/index.js')
  diagnosis.catch(() => undefined)
  logger.startGroup('Collecting evidence')
  const { collectEvidence } = await import('./evidence/collect.js')
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
    strategy: watch.strategy,
    logLines: inputs.logLines
  })
  for (const gap of evidence.unavailable ?? []) logger.info(`Check not run: ${gap.check} (${gap.api}: ${logLine(gap.error)})`)
  logger.endGroup()
  const { diagnose } = await diagnosis
  const found = diagnose(evidence)
  for (const line of found.debug ?? []) logger.debug(line)
  const diagnosed: DoctorResult = { watch, evidence, diagnosis: found, rollback: null }
  if (inputs.onFailure !== 'rollback') {
    update('done', { verdict: watch.verdict, result: diagnosed })
    return diagnosed
  }
  update('rolling-back', { verdict: watch.verdict, result: diagnosed })
  const rollback = await rollBackService(inputs, clients, logger, deps, watch, evidence)
  const result = { ...diagnosed, rollback }
  update('done', { verdict: watch.verdict, rollback: rollback?.status, result })
  return result
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
  const controller = watch.strategy?.controller
  if (controller && controller !== 'ECS') return notOurs(watch, controller)
  const { rollBack } = await import('./rollback/rollback.js')
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
    loadClassifier,
    onProgress: (snapshot) => deps.onUpdate?.({ service, phase: 'rolling-back', verdict: watch.verdict, snapshot }),
    onSkippedPoll: (error) => deps.skippedPolls?.record(error)
  })
}

/**
 * CodeDeploy rolls back by itself (the deployment group's automatic rollback) and an external controller
 * owns its task sets: the action changes neither.
 */
function notOurs(watch: WatchResult, controller: 'CODE_DEPLOY' | 'EXTERNAL'): RollbackOutcome {
  const reason =
    controller === 'CODE_DEPLOY'
      ? 'The service uses the CODE_DEPLOY controller: CodeDeploy rolls back by itself (automatic rollback of the deployment group), so nothing was changed.'
      : 'The service uses an EXTERNAL controller, which owns its task sets, so nothing was changed.'
  return { status: 'skipped', reason, fromDeploymentId: watch.deploymentId, calls: [], missingPermissions: [] }
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

/**
 * Watches every service of the step concurrently with one shared, batched poll; results in input order.
 * Polls skipped for throttling are log lines, then one warning for the whole run.
 */
export async function runDoctorForServices(
  inputs: Inputs,
  clients: AwsClients,
  logger: Logger,
  deps: DoctorDeps = {}
): Promise<DoctorResult[]> {
  const skippedPolls = deps.skippedPolls ?? new SkippedPolls()
  try {
    return await watchServices(inputs, clients, logger, { ...deps, skippedPolls })
  } finally {
    const warning = skippedPolls.warning()
    if (warning) logger.warning(warning)
  }
}

async function watchServices(inputs: Inputs, clients: AwsClients, logger: Logger, deps: DoctorDeps): Promise<DoctorResult[]> {
  if (inputs.services.length === 1) return [await runDoctor(inputs, clients, logger, deps)]
  const clock = deps.clock ?? Date.now
  const batcher = deps.batcher ?? new DescribeServicesBatcher(clients.ecs, inputs.cluster, realSleep)
  const sleep = deps.sleep ?? alignedSleep(inputs.pollIntervalSeconds * 1000, clock)
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
export function alignedSleep(
  intervalMs: number,
  clock: () => number,
  sleep: (ms: number) => Promise<void> = realSleep
): (ms: number) => Promise<void> {
  const epochMs = clock()
  return (ms) => {
    if (ms < intervalMs) return sleep(ms)
    const elapsed = (clock() - epochMs) % intervalMs
    return sleep(intervalMs - elapsed)
  }
}
