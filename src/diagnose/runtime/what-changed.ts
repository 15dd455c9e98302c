/**
 * What changed between the task definition the deployment replaced and the failing one: images,
 * env var and secret NAMES (values are compared, never shown), sizes, ports, roles, commands,
 * health checks, platform and logging.
 */
import type { EcsTaskDefinition } from '../../evidence/schema.js'
import type { DiagnosisContext } from '../context.js'
import type { Change } from '../types.js'
import { redact } from '../../redact.js'
import type { ContainerDefinition } from './task-facts.js'

const ABSENT = '(none)'

export function whatChanged(ctx: DiagnosisContext): Change[] {
  const before = ctx.previousTaskDefinition
  const after = ctx.taskDefinition
  if (!before || !after) return []
  return [...taskChanges(before, after), ...containerChanges(before, after)]
}

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return ABSENT
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value)
}

function diff(field: string, before: unknown, after: unknown): Change[] {
  const b = show(before)
  const a = show(after)
  return b === a ? [] : [{ field, before: b, after: a }]
}

function taskChanges(before: EcsTaskDefinition, after: EcsTaskDefinition): Change[] {
  return [
    ...diff('task cpu', before.cpu, after.cpu),
    ...diff('task memory', before.memory, after.memory),
    ...diff('task executionRoleArn', before.executionRoleArn, after.executionRoleArn),
    ...diff('task taskRoleArn', before.taskRoleArn, after.taskRoleArn),
    ...diff('task networkMode', before.networkMode, after.networkMode),
    ...diff('task runtimePlatform', platform(before), platform(after)),
    ...diff('task ephemeralStorage', before.ephemeralStorage?.sizeInGiB, after.ephemeralStorage?.sizeInGiB)
  ]
}

function platform(td: EcsTaskDefinition): string | undefined {
  const p = td.runtimePlatform
  return p ? [p.operatingSystemFamily, p.cpuArchitecture].filter(Boolean).join('/') : undefined
}

function containerChanges(before: EcsTaskDefinition, after: EcsTaskDefinition): Change[] {
  const previous = new Map((before.containerDefinitions ?? []).map((c) => [c.name ?? '', c]))
  const current = new Map((after.containerDefinitions ?? []).map((c) => [c.name ?? '', c]))
  const changes: Change[] = []
  for (const [name, c] of current) {
    const old = previous.get(name)
    if (!old) changes.push({ field: `container ${name}`, before: ABSENT, after: `added (${c.image ?? 'no image'})` })
    else changes.push(...oneContainer(name, old, c))
  }
  for (const [name, old] of previous) {
    if (!current.has(name)) changes.push({ field: `container ${name}`, before: `${old.image ?? 'present'}`, after: 'removed' })
  }
  return changes
}

function oneContainer(name: string, before: ContainerDefinition, after: ContainerDefinition): Change[] {
  const at = (what: string) => `${name} ${what}`
  return [
    ...diff(at('image'), before.image, after.image),
    ...diff(at('essential'), before.essential ?? true, after.essential ?? true),
    ...namedValues(at('environment'), pairs(before.environment, 'value'), pairs(after.environment, 'value'), false),
    ...namedValues(at('secrets'), pairs(before.secrets, 'valueFrom'), pairs(after.secrets, 'valueFrom'), true),
    ...diff(at('environmentFiles'), files(before), files(after)),
    ...diff(at('cpu'), before.cpu, after.cpu),
    ...diff(at('memory'), before.memory, after.memory),
    ...diff(at('memoryReservation'), before.memoryReservation, after.memoryReservation),
    ...diff(at('ports'), ports(before), ports(after)),
    ...diff(at('entryPoint'), safeList(before.entryPoint), safeList(after.entryPoint)),
    ...diff(at('command'), safeList(before.command), safeList(after.command)),
    ...diff(at('healthCheck'), healthCheck(before), healthCheck(after)),
    ...diff(at('logConfiguration'), logConfiguration(before), logConfiguration(after)),
    ...diff(at('user'), before.user, after.user),
    ...diff(at('dependsOn'), dependsOn(before), dependsOn(after))
  ]
}

function pairs(entries: { name?: string }[] | undefined, key: 'value' | 'valueFrom'): Map<string, string> {
  return new Map((entries ?? []).flatMap((e) => (e.name ? [[e.name, String((e as Record<string, unknown>)[key] ?? '')] as [string, string]] : [])))
}

/**
 * One change per added/removed/changed NAME. Env var values are never shown, only that one changed;
 * a secret's valueFrom is a reference (ARN / parameter name), not the secret, so it is shown.
 */
function namedValues(field: string, before: Map<string, string>, after: Map<string, string>, showReference: boolean): Change[] {
  const changes: Change[] = []
  for (const [name, value] of after) {
    if (!before.has(name)) changes.push({ field: `${field} ${name}`, before: ABSENT, after: showReference ? value : 'set' })
    else if (before.get(name) !== value) {
      changes.push({ field: `${field} ${name}`, before: showReference ? (before.get(name) ?? '') : 'set', after: showReference ? value : 'set (value changed)' })
    }
  }
  for (const [name, value] of before) {
    if (!after.has(name)) changes.push({ field: `${field} ${name}`, before: showReference ? value : 'set', after: 'removed' })
  }
  return changes
}

function files(c: ContainerDefinition): string | undefined {
  const values = (c.environmentFiles ?? []).map((f) => f.value ?? '').filter(Boolean)
  return values.length ? values.join(', ') : undefined
}

function ports(c: ContainerDefinition): string | undefined {
  const list = (c.portMappings ?? []).map((p) => `${p.containerPort}${p.hostPort !== undefined && p.hostPort !== p.containerPort ? `→${p.hostPort}` : ''}/${p.protocol ?? 'tcp'}`)
  return list.length ? list.join(', ') : undefined
}

/** Commands can carry credentials (--password=...): shown redacted. */
function safeList(list: string[] | undefined): string | undefined {
  return list?.length ? JSON.stringify(list.map(redact)) : undefined
}

function healthCheck(c: ContainerDefinition): string | undefined {
  const hc = c.healthCheck
  if (!hc?.command?.length) return undefined
  return `${JSON.stringify(hc.command.map(redact))} interval ${hc.interval ?? 30} timeout ${hc.timeout ?? 5} retries ${hc.retries ?? 3} startPeriod ${hc.startPeriod ?? 0}`
}

const SENSITIVE_OPTION = /token|key|secret|password|credential|auth/i

function logConfiguration(c: ContainerDefinition): string | undefined {
  const lc = c.logConfiguration
  if (!lc) return undefined
  const options = Object.entries(lc.options ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${SENSITIVE_OPTION.test(k) ? '***' : v}`)
  const secretOptions = (lc.secretOptions ?? []).map((s) => `${s.name}=(secret)`)
  return [lc.logDriver, ...options, ...secretOptions].filter(Boolean).join(' ')
}

function dependsOn(c: ContainerDefinition): string | undefined {
  const list = (c.dependsOn ?? []).map((d) => `${d.containerName}:${d.condition}`)
  return list.length ? list.join(', ') : undefined
}
