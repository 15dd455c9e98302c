/** out-of-memory: the kernel killed the container at its limit (137 + OutOfMemoryError), or the runtime's heap ran out. */
import type { EcsTaskDefinition } from '../../../evidence/schema.js'
import type { DiagnosisContext } from '../../context.js'
import type { ClassifiedGroup } from '../../rules.js'
import type { FieldChange, Finding, Fix } from '../../types.js'
import type { RuntimeReading } from '../classify.js'
import { nextFargateSize, vcpu } from '../fargate.js'
import { containerDefinition, currentRevision, listOf } from '../task-facts.js'
import { bestReading, compact, containerField, exitSummary, logEvidence, logExcerptOf, newRevisionFix, readingsOf, rollbackFix, stoppedTasksLine } from './common.js'

interface Limits {
  taskCpu?: number
  taskMemory?: number
  containerMemory?: number
  containerReservation?: number
  fargate: boolean
  others: string[]
}

const HEAP_ADVICE: Record<string, string> = {
  node: "Node's V8 heap has its own limit: set NODE_OPTIONS=--max-old-space-size to about 75% of the container's memory (in MiB).",
  java: 'The JVM heap is capped by -Xmx or by default at 25% of the container: set -XX:MaxRAMPercentage=75 (JAVA_TOOL_OPTIONS) so it uses the memory it is given.',
  python: 'Python raised MemoryError: the process asked for more memory than the container allows.',
  go: 'The Go runtime could not allocate more memory; GOMEMLIMIT set below the container limit makes the GC work harder before that.',
  ruby: 'Ruby could not allocate more memory.',
  dotnet: '.NET ran out of memory; DOTNET_GCHeapHardLimit or the container limit caps it.',
  php: "PHP's memory_limit was reached: raise it (php.ini or -d memory_limit) within the container's memory.",
  kernel: 'The kernel OOM killer ended the process.'
}

export function explainOutOfMemory(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const readings = readingsOf(ctx, group)
  const killedByEcs = readings.filter((r) => r.reading.detail === 'oom-killed')
  const pick = bestReading(killedByEcs.length > 0 ? killedByEcs : readings)
  const reading = pick?.reading
  const name = reading?.containerName ?? 'the container'
  const limits = limitsOf(ctx.taskDefinition, reading?.containerName, ctx)
  const binding = bindingLimit(limits)
  const next = limits.fargate && limits.taskCpu && limits.taskMemory && !containerBound(limits) ? nextFargateSize(limits.taskCpu, limits.taskMemory) : undefined
  const heap = reading?.detail === 'runtime-heap' ? reading.signal?.runtime : undefined
  const killed = reading?.detail === 'oom-killed'

  const why = killed
    ? `ECS reports "${reading?.containerReason}" for ${name}: the kernel killed it (exit ${reading?.exitCode ?? 137}) when it reached its memory limit, ${binding}.`
    : `${name} ran out of memory inside its runtime (exit ${reading?.exitCode ?? 'unknown'}): ${heap ? HEAP_ADVICE[heap] : 'the log reports an out-of-memory error.'} The container limit is ${binding}.`
  const sizing = next
    ? ` The next valid Fargate size with more memory is ${next.cpu} CPU (${vcpu(next.cpu)}) / ${next.memory} MiB.`
    : ''
  const shared = limits.others.length ? ` On Fargate the task memory is shared by every container of the task: ${listOf(limits.others)} also use it.` : ''

  return {
    code: 'out-of-memory',
    title: killed
      ? `${name} is killed for using too much memory (exit 137, ${binding})`
      : `${name} runs out of memory${heap && heap !== 'kernel' ? ` (${heap} heap)` : ''}`,
    explanation: `${why}${shared}${sizing}`,
    confidence: reading?.confidence ?? 'high',
    evidence: compact([
      pick && stoppedTasksLine(ctx, group, exitSummary(pick.task, pick.reading)),
      limitsLine(limits, name),
      ...logEvidence(pick)
    ]),
    fixes: compact([memoryFix(ctx, reading, limits, next), rollbackFix(ctx)]),
    logExcerpt: logExcerptOf(pick)
  }
}

function toNumber(value: string | number | undefined | null): number | undefined {
  const n = typeof value === 'number' ? value : value ? Number(value) : NaN
  return Number.isFinite(n) && n > 0 ? n : undefined
}

function limitsOf(td: EcsTaskDefinition | undefined, containerName: string | undefined, ctx: DiagnosisContext): Limits {
  const def = containerDefinition(td, containerName)
  const launchType = ctx.service.launchType ?? ctx.deployment?.launchType
  const fargate = launchType === 'FARGATE' || (td?.requiresCompatibilities ?? []).includes('FARGATE') || (ctx.service.capacityProviderStrategy ?? []).some((c) => c.capacityProvider?.startsWith('FARGATE'))
  const others = (td?.containerDefinitions ?? [])
    .filter((c) => c.name !== containerName)
    .map((c) => `${c.name}${c.memory ? ` (limit ${c.memory} MiB)` : c.memoryReservation ? ` (reserves ${c.memoryReservation} MiB)` : ''}`)
  return {
    taskCpu: toNumber(td?.cpu),
    taskMemory: toNumber(td?.memory),
    containerMemory: toNumber(def?.memory),
    containerReservation: toNumber(def?.memoryReservation),
    fargate,
    others
  }
}

/** The container's own hard limit is what the kernel enforced, not the task size. */
function containerBound(limits: Limits): boolean {
  return Boolean(limits.containerMemory && (!limits.taskMemory || limits.containerMemory < limits.taskMemory))
}

function bindingLimit(limits: Limits): string {
  if (containerBound(limits)) {
    return `its own hard limit of ${limits.containerMemory} MiB${limits.taskMemory ? ` (task: ${limits.taskMemory} MiB)` : ''}`
  }
  if (limits.taskMemory) return `the task's ${limits.taskMemory} MiB${limits.taskCpu ? ` (cpu ${limits.taskCpu})` : ''}`
  return 'its memory limit'
}

function limitsLine(limits: Limits, name: string): string {
  const task = limits.taskMemory ? `Task size: cpu ${limits.taskCpu ?? '-'} / memory ${limits.taskMemory} MiB${limits.fargate ? ' (Fargate)' : ''}` : 'Task size: no task-level memory'
  const container = limits.containerMemory
    ? `${name} hard limit ${limits.containerMemory} MiB`
    : `${name} has no hard limit${limits.containerReservation ? ` (reserves ${limits.containerReservation} MiB)` : ''}`
  return `${task}; ${container}${limits.others.length ? `; other containers: ${limits.others.join(', ')}` : ''}`
}

function memoryFix(ctx: DiagnosisContext, reading: RuntimeReading | undefined, limits: Limits, next: { cpu: number; memory: number } | undefined): Fix | undefined {
  const name = reading?.containerName ?? 'the container'
  const heap = reading?.detail === 'runtime-heap' ? reading.signal?.runtime : undefined
  const heapNote = heap && HEAP_ADVICE[heap] && heap !== 'kernel' ? ` ${HEAP_ADVICE[heap]}` : ''
  if (containerBound(limits)) {
    const target = Math.ceil((limits.containerMemory! * 1.5) / 128) * 128
    const taskNote = limits.taskMemory && target > limits.taskMemory ? ` and the task memory to at least ${target} MiB` : ''
    const changes: FieldChange[] = [{ where: containerField(name), key: 'memory', before: String(limits.containerMemory), after: String(target) }]
    if (taskNote) changes.push({ where: currentRevision(ctx) ?? 'the task definition', key: 'memory', before: JSON.stringify(String(limits.taskMemory)), after: JSON.stringify(String(target)) })
    return newRevisionFix(ctx, `Give ${name} more memory (${limits.containerMemory} → ${target} MiB)`, {
      edit: `In td.json raise containerDefinitions[?name=='${name}'].memory to ${target}${taskNote} before registering.`,
      changes,
      note: heapNote.trim() || undefined
    })
  }
  if (next) {
    const overrides: Record<string, string> = next.cpu !== limits.taskCpu ? { cpu: String(next.cpu), memory: String(next.memory) } : { memory: String(next.memory) }
    return newRevisionFix(ctx, `Register a revision with ${next.memory} MiB${next.cpu !== limits.taskCpu ? ` and ${next.cpu} CPU` : ''} (was ${limits.taskMemory} MiB)`, { overrides, note: heapNote.trim() || undefined })
  }
  if (limits.taskMemory) {
    const target = Math.ceil((limits.taskMemory * 1.5) / 256) * 256
    return newRevisionFix(ctx, `Register a revision with more memory (${limits.taskMemory} → ${target} MiB)`, { overrides: { memory: String(target) }, note: heapNote.trim() || undefined })
  }
  return newRevisionFix(ctx, `Give ${name} more memory`, { edit: `In td.json set a larger containerDefinitions[?name=='${name}'].memory before registering.`, note: heapNote.trim() || undefined })
}
