import type { Service, Task } from '@aws-sdk/client-ecs'
import type { AwsClients } from '../aws/clients.js'
import { accountOf } from './arns.js'
import { CollectionContext, unique } from './context.js'
import { collectEfs, withEfsSecurityGroups } from './efs.js'
import { collectContainerInstances, collectServiceDeployments, describeTaskDefinition, planDeployments, refreshStoppedTasks } from './ecs.js'
import { collectIam } from './iam.js'
import { collectImages, parseImageReference } from './images.js'
import { toJson } from './json.js'
import { collectLoadBalancing } from './load-balancing.js'
import { awslogsConfig, collectLogGroups, collectLogs, MAX_LOG_EXCERPTS, selectFailedContainers, type FailedContainer } from './logs.js'
import { collectNetwork } from './network.js'
import { redactEvidence } from '../redact.js'
import {
  EVIDENCE_CHECKS,
  EVIDENCE_SCHEMA_VERSION,
  type EcsService,
  type EcsTask,
  type EcsTaskDefinition,
  type Evidence,
  type LogExcerpt,
  type UnavailableCheck,
  type WatchOutcome
} from './schema.js'
import { collectSecrets, secretReferences } from './secrets.js'
import { collectStrategyEvidence } from './strategy.js'

export const DEFAULT_LOG_LINES = 50
export const DEFAULT_EVIDENCE_DEADLINE_MS = 60_000

export interface CollectRequest {
  clients: AwsClients
  region: string
  cluster: string
  serviceName: string
  deploymentId: string | null
  /** The service as the watch last saw it: the SDK Service or its Jsonified form (both are normalised with toJson). */
  service: Service | EcsService
  /** Tasks of our deployment the watch already described, SDK or Jsonified; they are not fetched again. */
  tasks: (Task | EcsTask)[]
  /**
   * The followed deployment's task definition, when the watch knows it. Needed when the
   * deployment is gone from service.deployments (rolled back) and none of its tasks is known.
   */
  taskDefinitionArn?: string
  watch?: WatchOutcome
  /** The kind of deployment and what the watch saw of it; completed with the alarms and hook logs it points at. */
  strategy?: Evidence['strategy']
  /** Input log-lines: how many last lines to read per failed container. */
  logLines?: number
  /** Overall budget; calls still running then are abandoned and listed in `unavailable`. */
  deadlineMs?: number
  now?: () => Date
}

/**
 * Gathers the evidence of a failing deployment with parallel AWS calls: independent checks run
 * at once, dependent ones chain (task definition → images, secrets, roles, logs). A failed or
 * unfinished call degrades its check only and is listed in `unavailable` with the IAM action;
 * this function does not throw for AWS errors and always returns by the deadline. The document
 * comes back with credentials redacted (redact.ts): it is shared and printed.
 */
export async function collectEvidence(req: CollectRequest): Promise<Evidence> {
  const generatedAt = (req.now ?? (() => new Date()))().toISOString()
  const service = toJson(req.service) as EcsService
  const watchedTasks = req.tasks.map((t) => toJson(t) as EcsTask)
  const owner = accountOf([service.serviceArn, service.clusterArn, service.taskDefinition, watchedTasks[0]?.taskArn, req.taskDefinitionArn])
  const ctx = new CollectionContext({
    clients: req.clients,
    region: req.region,
    ...owner,
    deadlineMs: req.deadlineMs ?? DEFAULT_EVIDENCE_DEADLINE_MS
  })
  try {
    const plan = planDeployments(service, req.deploymentId, watchedTasks, req.taskDefinitionArn)
    const loadBalancing = collectLoadBalancing(ctx, service)
    const tasksP = refreshStoppedTasks(ctx, req.cluster, req.deploymentId, watchedTasks)
    const taskDefinitionP = describeTaskDefinition(ctx, EVIDENCE_CHECKS.taskDefinition, plan.taskDefinitionArn)
    const fromTaskDefinitionP = taskDefinitionP.then((taskDefinition) =>
      taskDefinition ? collectFromTaskDefinition(ctx, taskDefinition, { watched: watchedTasks, refreshed: tasksP }, req.logLines ?? DEFAULT_LOG_LINES) : undefined
    )
    const [tasks, taskDefinition, previousTaskDefinition, serviceDeployments, containerInstances, networkOnly, loadBalancingEvidence, fromTaskDefinition, strategy, efs] =
      await Promise.all([
        tasksP,
        taskDefinitionP,
        describeTaskDefinition(ctx, EVIDENCE_CHECKS.previousTaskDefinition, plan.previousTaskDefinitionArn),
        collectServiceDeployments(ctx, req.cluster, req.serviceName, plan.followed),
        tasksP.then((tasks) => collectContainerInstances(ctx, req.cluster, tasks)),
        collectNetwork(ctx, service, loadBalancing.securityGroupIds),
        loadBalancing.evidence,
        fromTaskDefinitionP,
        collectStrategyEvidence(ctx, req.strategy, req.logLines ?? DEFAULT_LOG_LINES),
        taskDefinitionP.then((taskDefinition) => collectEfs(ctx, taskDefinition))
      ])
    const network = withEfsSecurityGroups(networkOnly, efs)
    return redactEvidence({
      schemaVersion: EVIDENCE_SCHEMA_VERSION,
      generatedAt,
      region: req.region,
      cluster: req.cluster,
      serviceName: req.serviceName,
      deploymentId: req.deploymentId,
      ...(req.watch ? { watch: req.watch } : {}),
      service,
      taskDefinition,
      ...(plan.previousTaskDefinitionArn ? { previousTaskDefinition } : {}),
      tasks,
      ...(serviceDeployments ? { serviceDeployments } : {}),
      ...(containerInstances ? { containerInstances } : {}),
      ...(fromTaskDefinition ?? {}),
      ...(network ? { network } : {}),
      ...(loadBalancingEvidence ? { loadBalancing: loadBalancingEvidence } : {}),
      ...(efs ? { efs: efs.efs } : {}),
      ...(strategy ? { strategy } : {}),
      unavailable: sortUnavailable(ctx.unavailable)
    })
  } finally {
    ctx.dispose()
  }
}

type FromTaskDefinition = Pick<Evidence, 'logs' | 'logGroups' | 'iam' | 'images' | 'secrets'>

/**
 * Logs of the failed containers the watch saw are read at once; those of stopped tasks only the last
 * look found are read when it answers. Nothing else waits for that look.
 */
async function collectAllLogs(
  ctx: CollectionContext,
  taskDefinition: EcsTaskDefinition,
  tasks: { watched: EcsTask[]; refreshed: Promise<EcsTask[]> },
  logLines: number
): Promise<LogExcerpt[]> {
  const first = selectFailedContainers(tasks.watched, taskDefinition)
  const key = (c: FailedContainer) => `${c.taskArn} ${c.containerName}`
  const firstLogs = collectLogs(ctx, taskDefinition, first, logLines)
  const moreLogs = tasks.refreshed.then((refreshed) => {
    const seen = new Set(first.map(key))
    const more = selectFailedContainers(refreshed, taskDefinition).filter((c) => !seen.has(key(c)) && refreshed.some((t) => t.taskArn === c.taskArn && t.lastStatus === 'STOPPED'))
    return collectLogs(ctx, taskDefinition, more.slice(0, Math.max(0, MAX_LOG_EXCERPTS - first.length)), logLines)
  })
  return [...(await firstLogs), ...(await moreLogs)]
}

async function collectFromTaskDefinition(
  ctx: CollectionContext,
  taskDefinition: EcsTaskDefinition,
  tasks: { watched: EcsTask[]; refreshed: Promise<EcsTask[]> },
  logLines: number
): Promise<FromTaskDefinition> {
  const imagesP = collectImages(ctx, taskDefinition)
  const secretsP = collectSecrets(ctx, secretReferences(taskDefinition, ctx.scope))
  const containers = taskDefinition.containerDefinitions ?? []
  const logConfigs = unique(containers.map((c) => awslogsConfig(c, ctx.region)))
  // Repository ARNs come from the image names: the simulation need not wait for the ECR calls.
  const imageReferences = unique(containers.map((c) => c.image)).map(parseImageReference)
  const needs = secretsP.then((secrets) => ({ images: imageReferences, secrets, logConfigs }))
  const [logs, logGroups, iam, images, secrets] = await Promise.all([
    collectAllLogs(ctx, taskDefinition, tasks, logLines),
    collectLogGroups(ctx, taskDefinition),
    collectIam(ctx, taskDefinition, needs),
    imagesP,
    secretsP
  ])
  return { logs, logGroups, ...(iam ? { iam } : {}), images, secrets }
}

/** Stable order, one entry per check, API, resource and error (e.g. both DescribeVpcAttribute calls denied). */
function sortUnavailable(entries: UnavailableCheck[]): UnavailableCheck[] {
  const key = (u: UnavailableCheck) => [u.check, u.api, u.resource ?? '', u.errorCode ?? ''].join('\u0000')
  const distinct = new Map(entries.map((u) => [key(u), u]))
  return [...distinct.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, u]) => u)
}
