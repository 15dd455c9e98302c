/**
 * The evidence a preflight needs, with the post-deploy collectors: the service and the candidate task
 * definition first (the two calls preflight cannot do without), then in parallel under one deadline the
 * running revision, the images, secrets, execution role (trust and policy simulation), log groups and
 * the service's network. A call that fails degrades its check only and is listed in `unavailable` with
 * the IAM action it needs.
 */
import type { AwsClients } from '../aws/clients.js'
import { accountOf } from '../evidence/arns.js'
import { CollectionContext, unique } from '../evidence/context.js'
import { describeTaskDefinition } from '../evidence/ecs.js'
import { collectEfs, withEfsSecurityGroups } from '../evidence/efs.js'
import { collectIam } from '../evidence/iam.js'
import { collectImages, parseImageReference } from '../evidence/images.js'
import { awslogsConfig, collectLogGroups } from '../evidence/logs.js'
import { collectLoadBalancing } from '../evidence/load-balancing.js'
import { collectNetwork } from '../evidence/network.js'
import { redactEvidence } from '../redact.js'
import { EVIDENCE_CHECKS, EVIDENCE_SCHEMA_VERSION, type EcsTaskDefinition, type Evidence } from '../evidence/schema.js'
import { collectSecrets, secretReferences } from '../evidence/secrets.js'
import type { TaskDefinitionInput } from './inputs.js'
import { runningTaskDefinitionArn, describeService } from './service.js'
import { loadTaskDefinition, type LoadedTaskDefinition } from './source.js'
import type { Candidate } from './types.js'

/** Preflight gives its checks this long in all; calls still running then are listed as not answered. */
export const PREFLIGHT_DEADLINE_MS = 30_000

export interface PreflightRequest {
  clients: AwsClients
  region: string
  cluster: string
  serviceName: string
  /** What to check: a registered revision to describe, or a file already read. */
  taskDefinition: TaskDefinitionInput | LoadedTaskDefinition
  deadlineMs?: number
  now?: () => Date
}

export interface CollectedPreflight {
  evidence: Evidence
  candidate: Candidate
}

export async function collectPreflightEvidence(req: PreflightRequest): Promise<CollectedPreflight> {
  const [service, loaded] = await Promise.all([
    describeService(req.clients.ecs, req.cluster, req.serviceName),
    'kind' in req.taskDefinition ? loadTaskDefinition(req.taskDefinition, req.clients.ecs) : req.taskDefinition
  ])
  const generatedAt = (req.now ?? (() => new Date()))().toISOString()
  const owner = accountOf([service.serviceArn, service.clusterArn, loaded.taskDefinition.taskDefinitionArn])
  const ctx = new CollectionContext({ clients: req.clients, region: req.region, ...owner, deadlineMs: req.deadlineMs ?? PREFLIGHT_DEADLINE_MS })
  try {
    const runningArn = runningTaskDefinitionArn(service)
    const candidateArn = loaded.taskDefinition.taskDefinitionArn
    const loadBalancing = collectLoadBalancing(ctx, service, { targetHealth: false })
    const [running, fromTaskDefinition, networkOnly, loadBalancingEvidence, efs] = await Promise.all([
      runningArn && runningArn !== candidateArn ? describeTaskDefinition(ctx, EVIDENCE_CHECKS.previousTaskDefinition, runningArn) : null,
      collectFromTaskDefinition(ctx, loaded.taskDefinition),
      collectNetwork(ctx, service, loadBalancing.securityGroupIds),
      loadBalancing.evidence,
      collectEfs(ctx, loaded.taskDefinition)
    ])
    const network = withEfsSecurityGroups(networkOnly, efs)
    const evidence = redactEvidence({
      schemaVersion: EVIDENCE_SCHEMA_VERSION,
      generatedAt,
      region: req.region,
      cluster: req.cluster,
      serviceName: req.serviceName,
      deploymentId: null,
      service,
      taskDefinition: loaded.taskDefinition,
      previousTaskDefinition: runningArn === candidateArn ? loaded.taskDefinition : running,
      tasks: [],
      ...fromTaskDefinition,
      ...(network ? { network } : {}),
      ...(loadBalancingEvidence ? { loadBalancing: loadBalancingEvidence } : {}),
      ...(efs ? { efs: efs.efs } : {}),
      unavailable: ctx.unavailable
    })
    return { evidence, candidate: loaded.candidate }
  } finally {
    ctx.dispose()
  }
}

type FromTaskDefinition = Pick<Evidence, 'iam' | 'images' | 'secrets' | 'logGroups'>

/** What the post-deploy evidence reads from a task definition, without the logs of tasks that do not exist yet. */
async function collectFromTaskDefinition(ctx: CollectionContext, taskDefinition: EcsTaskDefinition): Promise<FromTaskDefinition> {
  const secretsP = collectSecrets(ctx, secretReferences(taskDefinition, ctx.scope))
  const containers = taskDefinition.containerDefinitions ?? []
  const logConfigs = unique(containers.map((c) => awslogsConfig(c, ctx.region)))
  const images = unique(containers.map((c) => c.image)).map(parseImageReference)
  const environmentFiles = s3EnvironmentFiles(taskDefinition)
  const needs = secretsP.then((secrets) => ({ images, secrets, logConfigs, environmentFiles }))
  const [iam, imageEvidence, secrets, logGroups] = await Promise.all([
    collectIam(ctx, taskDefinition, needs),
    collectImages(ctx, taskDefinition),
    secretsP,
    collectLogGroups(ctx, taskDefinition)
  ])
  return { ...(iam ? { iam } : {}), images: imageEvidence, secrets, logGroups }
}

/** The S3 object ARNs of the containers' environment files. */
export function s3EnvironmentFiles(taskDefinition: EcsTaskDefinition): string[] {
  return unique((taskDefinition.containerDefinitions ?? []).flatMap((c) => (c.environmentFiles ?? []).filter((f) => f.type === 's3').map((f) => f.value)))
}
