import { DescribeLogGroupsCommand, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs'
import type { ContainerDefinition } from '@aws-sdk/client-ecs'
import type { Jsonified } from '../types.js'
import { lastSegment } from './arns.js'
import { errorMessage } from '../aws/errors.js'
import { isBenignStop } from '../stops.js'
import { isError, type CollectionContext } from './context.js'
import { time } from './ecs.js'
import { EVIDENCE_CHECKS, type EcsTask, type EcsTaskDefinition, type LogExcerpt, type LogGroupEvidence } from './schema.js'

export interface AwslogsConfig {
  group: string
  region: string
  streamPrefix?: string
  createGroup: boolean
}

/** The awslogs options of a container, or undefined when it logs elsewhere (or the group is missing). */
export function awslogsConfig(container: Jsonified<ContainerDefinition> | undefined, defaultRegion: string): AwslogsConfig | undefined {
  const config = container?.logConfiguration
  const group = config?.options?.['awslogs-group']
  if (config?.logDriver !== 'awslogs' || !group) return undefined
  const options = config.options ?? {}
  return {
    group,
    region: options['awslogs-region'] || defaultRegion,
    ...(options['awslogs-stream-prefix'] ? { streamPrefix: options['awslogs-stream-prefix'] } : {}),
    createGroup: options['awslogs-create-group'] === 'true'
  }
}

/** The awslogs stream of a container: prefix/container-name/task-id, or the container (runtime) id without a prefix. */
export function awslogsStreamName(config: AwslogsConfig, containerName: string, taskArn: string, runtimeId?: string): string | undefined {
  if (config.streamPrefix) return `${config.streamPrefix}/${containerName}/${lastSegment(taskArn)}`
  return runtimeId
}

export interface FailedContainer {
  taskArn: string
  containerName: string
  runtimeId?: string
}

export const MAX_LOG_EXCERPTS = 5

/**
 * The containers whose logs explain the failure, at most `cap`: one per distinct failure
 * signature (container, exit code, reasons), newest first, benign stops (scale-in, user stops)
 * last. Without any stopped task, the essential containers of the newest running task.
 */
export function selectFailedContainers(tasks: EcsTask[], taskDefinition: EcsTaskDefinition | null, cap = MAX_LOG_EXCERPTS): FailedContainer[] {
  const essential = essentialContainers(taskDefinition)
  const newestFirst = (a: EcsTask, b: EcsTask) => stamp(b) - stamp(a)
  const stopped = tasks.filter((t) => t.lastStatus === 'STOPPED' || t.stoppedAt).sort(newestFirst)
  const ordered = [...stopped.filter((t) => !isBenignStop(t)), ...stopped.filter(isBenignStop)]
  const candidates = ordered.flatMap((task) => failingContainers(task, essential).map((c) => ({ task, container: c })))
  if (candidates.length === 0) {
    const running = tasks.filter((t) => t.lastStatus !== 'STOPPED').sort(newestFirst)[0]
    for (const container of running?.containers ?? []) {
      if (isEssential(container.name, essential)) candidates.push({ task: running, container })
    }
  }
  const seen = new Set<string>()
  const selected: FailedContainer[] = []
  for (const { task, container } of candidates) {
    const signature = [container.name, container.exitCode ?? 'none', normalise(container.reason), normalise(task.stoppedReason)].join('|')
    if (seen.has(signature) || !task.taskArn || !container.name) continue
    seen.add(signature)
    selected.push({ taskArn: task.taskArn, containerName: container.name, ...(container.runtimeId ? { runtimeId: container.runtimeId } : {}) })
    if (selected.length >= cap) break
  }
  return selected
}

type TaskContainer = NonNullable<EcsTask['containers']>[number]

/**
 * Essential containers that exited non-zero; else any that did (a sidecar stopped with the task
 * exits 143 and says nothing about the failure, so it only counts when no essential one failed);
 * else the essential containers, which may have failed without an exit code.
 */
function failingContainers(task: EcsTask, essential: Set<string> | undefined): TaskContainer[] {
  const containers = task.containers ?? []
  const exited = containers.filter((c) => typeof c.exitCode === 'number' && c.exitCode !== 0)
  const exitedEssential = exited.filter((c) => isEssential(c.name, essential))
  if (exitedEssential.length > 0) return exitedEssential
  if (exited.length > 0) return exited
  return containers.filter((c) => isEssential(c.name, essential))
}

function essentialContainers(taskDefinition: EcsTaskDefinition | null): Set<string> | undefined {
  if (!taskDefinition?.containerDefinitions) return undefined
  return new Set(taskDefinition.containerDefinitions.filter((c) => c.essential !== false).map((c) => c.name ?? ''))
}

function isEssential(name: string | undefined, essential: Set<string> | undefined): boolean {
  return essential ? essential.has(name ?? '') : true
}

function stamp(task: EcsTask): number {
  return time(task.stoppedAt) ?? time(task.stoppingAt) ?? time(task.createdAt) ?? 0
}

/** Ids and numbers vary between tasks failing the same way. */
function normalise(text: string | undefined): string {
  return (text ?? '')
    .replace(/[0-9a-f]{8,}/gi, '#')
    .replace(/\d+/g, '#')
    .slice(0, 200)
}

/** Lines longer than this are cut: the evidence file must stay attachable to a bug report. */
const MAX_LINE_LENGTH = 16_384

/** The last `logLines` lines of each selected container, from its exact awslogs stream. */
export async function collectLogs(
  ctx: CollectionContext,
  taskDefinition: EcsTaskDefinition,
  containers: FailedContainer[],
  logLines: number
): Promise<LogExcerpt[]> {
  const definitions = new Map((taskDefinition.containerDefinitions ?? []).map((c) => [c.name, c]))
  const excerpts = await Promise.all(
    containers.map(async ({ taskArn, containerName, runtimeId }): Promise<LogExcerpt | undefined> => {
      const config = awslogsConfig(definitions.get(containerName), ctx.region)
      if (!config) return { taskArn, containerName, lines: [], missing: 'no-awslogs-config' }
      const logStream = awslogsStreamName(config, containerName, taskArn, runtimeId)
      const where = { taskArn, containerName, logGroup: config.group, ...(logStream ? { logStream } : {}) }
      if (!logStream) return { ...where, lines: [], missing: 'stream-not-found' }
      const result = await readLastLines(ctx, config, logStream, logLines)
      // A failed read is in `unavailable`; an excerpt without lines would read as "the container logged nothing".
      return result ? { ...where, ...result } : undefined
    })
  )
  return excerpts.filter((e): e is LogExcerpt => e !== undefined)
}

async function readLastLines(
  ctx: CollectionContext,
  config: AwslogsConfig,
  logStream: string,
  logLines: number
): Promise<Pick<LogExcerpt, 'lines' | 'missing'> | undefined> {
  const logs = await ctx.client('logs', config.region)
  const limit = Math.min(Math.max(Math.trunc(logLines), 1), 10_000)
  return ctx.call<Pick<LogExcerpt, 'lines' | 'missing'>>(
    { check: EVIDENCE_CHECKS.containerLogs, api: 'logs:GetLogEvents', resource: `${config.group}:${logStream}` },
    async (options) => {
      const output = await logs.send(
        new GetLogEventsCommand({ logGroupName: config.group, logStreamName: logStream, startFromHead: false, limit }),
        options
      )
      const lines = (output.events ?? []).map((e) => (e.message ?? '').replace(/\r?\n$/, '').slice(0, MAX_LINE_LENGTH))
      return { lines }
    },
    (error) => {
      if (!isError(error, 'ResourceNotFoundException')) return undefined
      return { lines: [], missing: /log group/i.test(errorMessage(error)) ? 'group-not-found' : 'stream-not-found' }
    }
  )
}

/** One DescribeLogGroups per distinct awslogs group and region; the API matches prefixes, so compare names exactly. */
export async function collectLogGroups(ctx: CollectionContext, taskDefinition: EcsTaskDefinition): Promise<LogGroupEvidence[]> {
  const uses = (taskDefinition.containerDefinitions ?? []).flatMap((c) => {
    const config = awslogsConfig(c, ctx.region)
    return config ? [{ containerName: c.name ?? '', config }] : []
  })
  const lookups = new Map<string, Promise<boolean | undefined>>()
  for (const { config } of uses) {
    const key = `${config.region}|${config.group}`
    if (!lookups.has(key)) lookups.set(key, logGroupExists(ctx, config))
  }
  const entries = await Promise.all(
    uses.map(async ({ containerName, config }): Promise<LogGroupEvidence | undefined> => {
      const exists = await lookups.get(`${config.region}|${config.group}`)
      if (exists === undefined) return undefined
      return { containerName, logGroupName: config.group, region: config.region, exists, createGroup: config.createGroup }
    })
  )
  return entries.filter((e): e is LogGroupEvidence => e !== undefined)
}

async function logGroupExists(ctx: CollectionContext, config: AwslogsConfig): Promise<boolean | undefined> {
  const logs = await ctx.client('logs', config.region)
  // Names sort after their own prefix, so the exact name, when it exists, is on the first page.
  return ctx.call({ check: EVIDENCE_CHECKS.logGroups, api: 'logs:DescribeLogGroups', resource: config.group }, async (options) => {
    const output = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: config.group }), options)
    return (output.logGroups ?? []).some((g) => g.logGroupName === config.group)
  })
}
