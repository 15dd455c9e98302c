/** deployment-configuration-blocked and invalid-task-definition: the service or task definition settings themselves stop the rollout. */
import type { DiagnosisContext } from '../../context.js'
import type { ClassifiedGroup } from '../../rules.js'
import type { Finding, Fix } from '../../types.js'
import { causeLine } from '../classify.js'
import { isEc2Service } from '../events.js'
import { eventDetails, groupMessages, occurrences, unique } from '../facts.js'
import { aws, currentRevision, rollbackFix } from '../fixes.js'

export interface DeploymentLimits {
  desired: number
  minimumHealthyPercent: number
  maximumPercent: number
  /** Tasks the scheduler may stop before replacements run: desired − ceil(desired × min%). */
  canStop: number
  /** Tasks the scheduler may start above desired: floor(desired × max%) − desired. */
  canStart: number
}

export function deploymentLimits(ctx: DiagnosisContext): DeploymentLimits | undefined {
  const config = ctx.service.deploymentConfiguration
  const desired = ctx.service.desiredCount ?? ctx.deployment?.desiredCount
  if (desired === undefined || desired === 0 || ctx.service.schedulingStrategy === 'DAEMON') return undefined
  const minimumHealthyPercent = config?.minimumHealthyPercent ?? 100
  const maximumPercent = config?.maximumPercent ?? 200
  return {
    desired,
    minimumHealthyPercent,
    maximumPercent,
    canStop: desired - Math.ceil((desired * minimumHealthyPercent) / 100),
    canStart: Math.floor((desired * maximumPercent) / 100) - desired
  }
}

export function describeLimits(limits: DeploymentLimits): string {
  return (
    `desiredCount ${limits.desired}, minimumHealthyPercent ${limits.minimumHealthyPercent} (keeps ${limits.desired - limits.canStop} running, rounded up) and ` +
    `maximumPercent ${limits.maximumPercent} (allows ${limits.desired + limits.canStart} at most, rounded down): the scheduler may stop ${Math.max(0, limits.canStop)} and start ${Math.max(0, limits.canStart)} extra task(s).`
  )
}

/** Settings that let a rolling deployment move: start one extra task, or (fixed host ports on EC2) stop one first. */
export function workableLimits(ctx: DiagnosisContext, limits: DeploymentLimits): string {
  const staticPorts = isEc2Service(ctx) && (ctx.taskDefinition?.containerDefinitions ?? []).some((c) => (c.portMappings ?? []).some((p) => p.hostPort && p.hostPort > 0))
  if (staticPorts) return `minimumHealthyPercent=${Math.floor(((limits.desired - 1) * 100) / limits.desired)},maximumPercent=100`
  const maximum = Math.max(limits.maximumPercent, Math.ceil(((limits.desired + 1) * 100) / limits.desired), 200)
  return `minimumHealthyPercent=${Math.min(limits.minimumHealthyPercent, 100)},maximumPercent=${maximum}`
}

export function explainDeploymentConfig(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const limits = deploymentLimits(ctx)
  const details = eventDetails(ctx, group)
  const evidence = [`${occurrences(group)}: ${details[0] ?? group.classifications[0]?.cause ?? ''}`]
  if (limits) evidence.push(`The service has ${describeLimits(limits)}`)
  const fixes: Fix[] = []
  if (limits) {
    fixes.push({
      title: 'Allow the deployment to start or stop at least one task',
      commands: [aws(ctx.region, 'ecs', 'update-service', '--cluster', ctx.cluster, '--service', ctx.serviceName, '--deployment-configuration', workableLimits(ctx, limits))]
    })
  }
  const protectedTasks = details.some((d) => /protected tasks/i.test(d))
  return {
    code: 'deployment-configuration-blocked',
    title: protectedTasks
      ? 'Scale-in is blocked: more tasks are protected than the desired count'
      : 'The deployment configuration does not let ECS start or stop any task',
    explanation: protectedTasks
      ? 'Tasks with scale-in protection cannot be stopped, so the old deployment cannot shrink. Remove the protection or raise the desired count.'
      : 'minimumHealthyPercent is rounded up and maximumPercent rounded down against desiredCount; when neither allows one task of room, the rolling update cannot replace anything.',
    confidence: limits && limits.canStop < 1 && limits.canStart < 1 ? 'high' : 'medium',
    evidence: unique(evidence),
    fixes
  }
}

/** Fargate task sizes: CPU units → allowed memory (MiB). */
const FARGATE_SIZES: Record<number, [number, number, number]> = {
  256: [512, 2048, 512],
  512: [1024, 4096, 1024],
  1024: [2048, 8192, 1024],
  2048: [4096, 16384, 1024],
  4096: [8192, 30720, 1024],
  8192: [16384, 61440, 4096],
  16384: [32768, 122880, 8192]
}

export function fargateSizeProblem(ctx: DiagnosisContext): string | undefined {
  const td = ctx.taskDefinition
  if (!td?.requiresCompatibilities?.includes('FARGATE') || !td.cpu || !td.memory) return undefined
  const cpu = Number(td.cpu)
  const memory = Number(td.memory)
  const allowed = FARGATE_SIZES[cpu]
  if (!allowed) return `Task CPU ${td.cpu} is not a Fargate size (256, 512, 1024, 2048, 4096, 8192 or 16384).`
  const [min, max, step] = allowed
  const ok = memory >= min && memory <= max && (cpu === 256 ? [512, 1024, 2048].includes(memory) : (memory - min) % step === 0)
  return ok ? undefined : `Task memory ${td.memory} MiB is not valid with ${td.cpu} CPU units on Fargate (${min}-${max} MiB in steps of ${step}).`
}

export function explainInvalidTaskDefinition(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const messages = groupMessages(ctx, group)
  const details = unique([...messages.map((m) => causeLine(m)), ...eventDetails(ctx, group)])
  const evidence = [`${occurrences(group)}: ${details[0] ?? group.classifications[0]?.cause ?? ''}`, ...details.slice(1, 3)]
  const size = fargateSizeProblem(ctx)
  if (size) evidence.push(size)
  const revision = currentRevision(ctx)
  const fixes: Fix[] = []
  const rollback = rollbackFix(ctx)
  if (rollback) fixes.push(rollback)
  if (revision) {
    fixes.push({
      title: `Review the container definitions of ${revision} against the error`,
      commands: [aws(ctx.region, 'ecs', 'describe-task-definition', '--task-definition', revision, '--query', 'taskDefinition.{cpu:cpu,memory:memory,executionRoleArn:executionRoleArn,containers:containerDefinitions}')]
    })
  }
  return {
    code: 'invalid-task-definition',
    title: `ECS could not create the containers of ${revision ?? 'the task definition'}: ${shorten(details[0] ?? 'invalid configuration')}`,
    explanation:
      'The task definition was registered, but ECS or the container runtime rejected it when creating the task (an invalid setting, an unsupported CPU/memory pair, a missing execution role for private images or awslogs, a bad mount). Every task of this revision fails the same way.',
    confidence: group.classifications.some((c) => c.confidence === 'high') || size ? 'high' : 'medium',
    evidence: unique(evidence),
    fixes
  }
}

function shorten(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text
}
