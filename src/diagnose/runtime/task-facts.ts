/** Plain lookups over a task and its task definition, shared by the runtime classifier and explainers. */
import type { EcsTask, EcsTaskDefinition, LogExcerpt } from '../../evidence/schema.js'
import type { DiagnosisContext } from '../context.js'

export type ContainerDefinition = NonNullable<EcsTaskDefinition['containerDefinitions']>[number]
export type TaskContainer = NonNullable<EcsTask['containers']>[number]

export function containerDefinition(td: EcsTaskDefinition | null | undefined, name: string | undefined) {
  return td?.containerDefinitions?.find((c) => c.name === name)
}

/** Containers are essential unless the task definition says otherwise (ECS default). */
export function isEssential(td: EcsTaskDefinition | null | undefined, name: string | undefined): boolean {
  return containerDefinition(td, name)?.essential !== false
}

export function taskIdOf(task: EcsTask): string {
  return (task.taskArn ?? '').split('/').pop() ?? ''
}

export function shortTaskId(task: EcsTask): string {
  return taskIdOf(task).slice(0, 8)
}

export function privateIpOf(task: EcsTask): string | undefined {
  for (const attachment of task.attachments ?? []) {
    const detail = attachment.details?.find((d) => d.name === 'privateIPv4Address')
    if (detail?.value) return detail.value
  }
  return task.containers?.flatMap((c) => c.networkInterfaces ?? []).find((n) => n.privateIpv4Address)?.privateIpv4Address
}

/** "api:42" from a task definition or its ARN. */
export function revisionRef(td: EcsTaskDefinition | null | undefined): string | undefined {
  if (td?.family && td.revision !== undefined) return `${td.family}:${td.revision}`
  return refFromArn(td?.taskDefinitionArn)
}

export function refFromArn(arn: string | undefined): string | undefined {
  const match = arn ? /task-definition\/([^/]+:\d+)$/.exec(arn) : null
  return match?.[1]
}

/** The revision to roll back to: the previous task definition, else the other deployment's. */
export function previousRevision(ctx: DiagnosisContext): string | undefined {
  const current = revisionRef(ctx.taskDefinition) ?? refFromArn(ctx.deployment?.taskDefinition)
  const previous = revisionRef(ctx.previousTaskDefinition)
  if (previous && previous !== current) return previous
  const other = (ctx.service.deployments ?? [])
    .filter((d) => d.id !== ctx.deploymentId)
    .map((d) => refFromArn(d.taskDefinition))
    .find((ref) => ref && ref !== current)
  return other
}

export function currentRevision(ctx: DiagnosisContext): string | undefined {
  return revisionRef(ctx.taskDefinition) ?? refFromArn(ctx.deployment?.taskDefinition)
}

export function familyOf(ctx: DiagnosisContext): string | undefined {
  return ctx.taskDefinition?.family ?? currentRevision(ctx)?.split(':')[0]
}

export function logsOf(ctx: DiagnosisContext, task: EcsTask, containerName?: string): LogExcerpt | undefined {
  return (ctx.evidence.logs ?? []).find((l) => l.taskArn === task.taskArn && l.containerName === containerName)
}

export function envNames(container: ContainerDefinition | undefined): string[] {
  return (container?.environment ?? []).flatMap((e) => (e.name ? [e.name] : []))
}

export function secretNames(container: ContainerDefinition | undefined): string[] {
  return (container?.secrets ?? []).flatMap((s) => (s.name ? [s.name] : []))
}

export function containerPorts(container: ContainerDefinition | undefined): number[] {
  return (container?.portMappings ?? []).flatMap((p) => (p.containerPort ? [p.containerPort] : []))
}

/** Seconds between two ISO timestamps, or undefined. */
export function secondsBetween(from: string | undefined, to: string | undefined): number | undefined {
  if (!from || !to) return undefined
  const delta = (Date.parse(to) - Date.parse(from)) / 1000
  return Number.isFinite(delta) ? delta : undefined
}

/** "a, b and c". */
export function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
