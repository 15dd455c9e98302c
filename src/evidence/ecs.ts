import {
  DescribeContainerInstancesCommand,
  DescribeServiceDeploymentsCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ListServiceDeploymentsCommand,
  ListTasksCommand,
  type ServiceDeploymentBrief
} from '@aws-sdk/client-ecs'
import type { ContainerInstance, ServiceDeployment } from '@aws-sdk/client-ecs'
import type { Jsonified } from '../types.js'
import { unique, type CollectionContext } from './context.js'
import { toJson } from './json.js'
import { isBenignStop } from '../stops.js'
import { EVIDENCE_CHECKS, type EcsDeployment, type EcsService, type EcsTask, type EcsTaskDefinition } from './schema.js'

export interface DeploymentPlan {
  followed?: EcsDeployment
  taskDefinitionArn?: string
  previousTaskDefinitionArn?: string
}

/**
 * Which task definitions to describe: the followed deployment's (from service.deployments, else
 * the one the caller or the tasks name) and the previous one: the newest other deployment
 * created before ours with another task definition, else the one rolled back to (PRIMARY).
 */
export function planDeployments(
  service: EcsService,
  deploymentId: string | null,
  tasks: EcsTask[],
  taskDefinitionArn?: string
): DeploymentPlan {
  const deployments = service.deployments ?? []
  const followed = deploymentId
    ? deployments.find((d) => d.id === deploymentId)
    : deployments.find((d) => d.status === 'PRIMARY')
  const ours =
    followed?.taskDefinition ??
    taskDefinitionArn ??
    tasks.find((t) => t.taskDefinitionArn)?.taskDefinitionArn ??
    (deploymentId ? undefined : service.taskDefinition)
  const others = deployments.filter((d) => d.id !== followed?.id && d.taskDefinition && d.taskDefinition !== ours)
  const createdAt = time(followed?.createdAt)
  const older = others
    .filter((d) => createdAt !== undefined && (time(d.createdAt) ?? Infinity) < createdAt)
    .sort((a, b) => (time(b.createdAt) ?? 0) - (time(a.createdAt) ?? 0))
  const previous = older[0] ?? others.find((d) => d.status === 'PRIMARY') ?? others[0]
  return { followed, taskDefinitionArn: ours, previousTaskDefinitionArn: previous?.taskDefinition }
}

export async function describeTaskDefinition(
  ctx: CollectionContext,
  check: typeof EVIDENCE_CHECKS.taskDefinition | typeof EVIDENCE_CHECKS.previousTaskDefinition,
  taskDefinitionArn: string | undefined
): Promise<EcsTaskDefinition | null> {
  if (!taskDefinitionArn) return null
  const output = await ctx.call({ check, api: 'ecs:DescribeTaskDefinition', resource: taskDefinitionArn }, (options) =>
    ctx.clients.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: taskDefinitionArn }), options)
  )
  return output?.taskDefinition ? toJson(output.taskDefinition) : null
}

/** DescribeTasks takes at most 100 tasks: the newest stopped ones are enough to diagnose. */
const MAX_TASKS_TO_REFRESH = 100
/** The last look is a bonus: logs of the tasks it finds wait for it, so it may not take the whole deadline. */
export const REFRESH_BUDGET_MS = 15_000

/**
 * The watch's tasks plus the deployment's stopped tasks it had not seen stopped, when it saw none
 * that failed. The watch may decide on the service alone (a rollback, a breaker) when its last
 * task sweeps failed (throttled ticks) or raced the verdict; the diagnosis needs the stopped tasks,
 * so they are listed once more with patient retries. One ListTasks call, none when not needed.
 */
export async function refreshStoppedTasks(
  ctx: CollectionContext,
  cluster: string,
  deploymentId: string | null,
  known: EcsTask[]
): Promise<EcsTask[]> {
  if (!deploymentId || known.some((t) => t.lastStatus === 'STOPPED' && !isBenignStop(t))) return known
  const check = EVIDENCE_CHECKS.stoppedTasks
  const started = Date.now()
  const listed = await ctx.call(
    { check, api: 'ecs:ListTasks' },
    (options) => ctx.clients.ecs.send(new ListTasksCommand({ cluster, startedBy: deploymentId, desiredStatus: 'STOPPED', maxResults: 100 }), options),
    undefined,
    REFRESH_BUDGET_MS
  )
  const stoppedKnown = new Set(known.filter((t) => t.lastStatus === 'STOPPED').map((t) => t.taskArn))
  const fresh = (listed?.taskArns ?? []).filter((arn) => !stoppedKnown.has(arn)).slice(0, MAX_TASKS_TO_REFRESH)
  if (fresh.length === 0) return known
  const described = await ctx.call(
    { check, api: 'ecs:DescribeTasks' },
    (options) => ctx.clients.ecs.send(new DescribeTasksCommand({ cluster, tasks: fresh }), options),
    undefined,
    Math.max(0, REFRESH_BUDGET_MS - (Date.now() - started))
  )
  const updates = new Map((described?.tasks ?? []).filter((t) => t.startedBy === deploymentId).map((t) => [t.taskArn, toJson(t) as EcsTask]))
  if (updates.size === 0) return known
  const merged = known.map((t) => updates.get(t.taskArn) ?? t)
  const added = [...updates.values()].filter((t) => !known.some((k) => k.taskArn === t.taskArn))
  return [...merged, ...added]
}

/** Service deployments are listed from this long before ours, to tolerate clock differences between the two APIs. */
const DEPLOYMENT_MATCH_WINDOW_MS = 10 * 60_000
const MAX_SERVICE_DEPLOYMENTS = 5

/**
 * ListServiceDeployments + DescribeServiceDeployments for the followed deployment (matched by
 * creation time: service deployment ARNs do not carry the ecs-svc id), then later ones such as
 * the rollback, oldest first.
 */
export async function collectServiceDeployments(
  ctx: CollectionContext,
  cluster: string,
  serviceName: string,
  followed: EcsDeployment | undefined
): Promise<Jsonified<ServiceDeployment>[] | undefined> {
  const check = EVIDENCE_CHECKS.serviceDeployments
  const createdAt = time(followed?.createdAt)
  const after = createdAt === undefined ? undefined : new Date(createdAt - DEPLOYMENT_MATCH_WINDOW_MS)
  const listed = await ctx.call({ check, api: 'ecs:ListServiceDeployments' }, (options) =>
    ctx.clients.ecs.send(
      new ListServiceDeploymentsCommand({ cluster, service: serviceName, ...(after ? { createdAt: { after } } : {}) }),
      options
    )
  )
  if (!listed) return undefined
  const arns = serviceDeploymentsToDescribe(listed.serviceDeployments ?? [], createdAt)
  if (arns.length === 0) return []
  const described = await ctx.call({ check, api: 'ecs:DescribeServiceDeployments' }, (options) =>
    ctx.clients.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: arns }), options)
  )
  if (!described) return undefined
  const order = (d: ServiceDeployment) => arns.indexOf(d.serviceDeploymentArn ?? '')
  return toJson([...(described.serviceDeployments ?? [])].sort((a, b) => order(a) - order(b)))
}

function serviceDeploymentsToDescribe(briefs: ServiceDeploymentBrief[], createdAt: number | undefined): string[] {
  const dated = briefs
    .filter((b) => b.serviceDeploymentArn)
    .map((b) => ({ arn: b.serviceDeploymentArn as string, at: b.createdAt?.getTime() ?? 0 }))
    .sort((a, b) => a.at - b.at)
  if (dated.length === 0) return []
  const target = createdAt ?? dated[dated.length - 1].at
  const nearest = dated.reduce((best, b) => (Math.abs(b.at - target) < Math.abs(best.at - target) ? b : best))
  return [nearest, ...dated.filter((b) => b.at > nearest.at)].slice(0, MAX_SERVICE_DEPLOYMENTS).map((b) => b.arn)
}

/** DescribeContainerInstances (with health) for EC2-launch tasks, one call for all of them. */
export async function collectContainerInstances(
  ctx: CollectionContext,
  cluster: string,
  tasks: EcsTask[]
): Promise<Jsonified<ContainerInstance>[] | undefined> {
  const arns = unique(tasks.map((t) => t.containerInstanceArn)).slice(0, 100)
  if (arns.length === 0) return undefined
  const output = await ctx.call({ check: EVIDENCE_CHECKS.containerInstances, api: 'ecs:DescribeContainerInstances' }, (options) =>
    ctx.clients.ecs.send(
      new DescribeContainerInstancesCommand({ cluster, containerInstances: arns, include: ['CONTAINER_INSTANCE_HEALTH'] }),
      options
    )
  )
  return output ? toJson(output.containerInstances ?? []) : undefined
}

export function time(iso: string | undefined): number | undefined {
  if (!iso) return undefined
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? undefined : ms
}
