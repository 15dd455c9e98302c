/**
 * container-health-check-failed: the task definition's health check command keeps failing
 * (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html).
 */
import type { DiagnosisContext } from '../../context.js'
import type { ClassifiedGroup } from '../../rules.js'
import { command } from '../../shell.js'
import type { FieldChange, Finding, Fix } from '../../types.js'
import { redact } from '../../../redact.js'
import { appStart, type AppStart } from '../start-time.js'
import { containerDefinition, containerPorts, logsOf, type ContainerDefinition } from '../task-facts.js'
import { bestReading, compact, containerField, logEvidence, logExcerptOf, newRevisionFix, readingsOf, rollbackFix, stoppedTasksLine, type TaskReading } from './common.js'

type Problem =
  | 'no-health-check'
  | 'exec-form'
  | 'probe-missing'
  | 'probe-broken'
  | 'probe-maybe-missing'
  | 'probe-port'
  | 'slow-start'
  | 'app-error'
  | 'unknown'

interface HealthCheck {
  command: string[]
  interval: number
  timeout: number
  retries: number
  startPeriod: number
}

const MAX_START_PERIOD = 300
const PROBE_TOOL = /\b(curl|wget|nc|grpc_health_probe)\b/
const SLIM_IMAGE = /alpine|slim|distroless|chainguard|scratch|busybox|-minimal|ubi-micro/i

export function explainContainerHealthCheck(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const readings = readingsOf(ctx, group)
  const pick = bestReading(readings)
  // Without a stopped task (only events left), the container with a health check is the one that failed it.
  const checked = ctx.taskDefinition?.containerDefinitions?.find((c) => c.essential !== false && c.healthCheck?.command?.length)?.name
  const containerName = pick?.reading.containerName ?? checked
  const name = containerName ?? 'the container'
  const def = containerDefinition(ctx.taskDefinition, containerName)
  const check = healthCheckOf(def)
  const start = startOf(ctx, readings)
  const problem = check ? problemOf(check, def, readings, start) : 'no-health-check'
  const neededStart = start?.seconds !== undefined ? Math.min(MAX_START_PERIOD, Math.ceil((start.seconds * 1.25) / 10) * 10) : undefined
  const story = storyOf(problem, name, check, def, start, neededStart)
  return {
    code: 'container-health-check-failed',
    title: story.title,
    explanation: story.why,
    confidence: problem === 'unknown' || problem === 'probe-maybe-missing' || group.tasks.length === 0 ? 'medium' : 'high',
    evidence: compact([
      pick && stoppedTasksLine(ctx, group, `Task failed container health checks, ${name} UNHEALTHY${exitNote(pick)}`),
      ...group.events.slice(0, 2).map((e) => `Service event: ${e.message}`),
      check ? `Health check of ${name}: ${JSON.stringify(check.command.map(redact))}, every ${check.interval} s, timeout ${check.timeout} s, ${check.retries} retries, startPeriod ${check.startPeriod} s` : undefined,
      start?.seconds !== undefined ? `${name} was ready after ${start.seconds} s (${start.how})` : undefined,
      def?.image ? `Image: ${def.image}` : undefined,
      ...logEvidence(pick)
    ]),
    fixes: compact([...fixesFor(ctx, problem, name, check, neededStart), rollbackFix(ctx)]),
    logExcerpt: logExcerptOf(pick)
  }
}

function healthCheckOf(def: ContainerDefinition | undefined): HealthCheck | undefined {
  const hc = def?.healthCheck
  if (!hc?.command?.length) return undefined
  return { command: hc.command, interval: hc.interval ?? 30, timeout: hc.timeout ?? 5, retries: hc.retries ?? 3, startPeriod: hc.startPeriod ?? 0 }
}

function startOf(ctx: DiagnosisContext, readings: TaskReading[]): AppStart | undefined {
  for (const { task, reading } of readings) {
    const start = appStart(task, logsOf(ctx, task, reading.containerName)?.lines ?? [])
    if (start) return start
  }
  return undefined
}

function probeMissingInLogs(readings: TaskReading[]): boolean {
  return readings.some(({ reading }) =>
    reading.logs.signals.some((s) => s.kind === 'command-not-found' && PROBE_TOOL.test(s.command ?? s.line))
  )
}

function problemOf(check: HealthCheck, def: ContainerDefinition | undefined, readings: TaskReading[], start: AppStart | undefined): Problem {
  const [form, ...rest] = check.command
  const shell = rest.join(' ')
  if (form === 'CMD' && rest.length === 1 && /\s/.test(rest[0])) return 'exec-form'
  if (probeMissingInLogs(readings)) return 'probe-missing'
  const probePort = /(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::(\d+))/.exec(shell)?.[1]
  const ports = containerPorts(def)
  if (probePort && ports.length > 0 && !ports.includes(Number(probePort))) return 'probe-port'
  if (probePath(check) && readings.some((r) => answeredOk(r.reading.logs.excerpt?.lines ?? [], probePath(check)!))) return 'probe-broken'
  if (start?.seconds !== undefined && start.seconds > check.startPeriod + check.interval * check.retries) return 'slow-start'
  if (readings.some((r) => r.reading.logs.decisive && !r.reading.logs.decisive.weak)) return 'app-error'
  if (PROBE_TOOL.test(shell) && SLIM_IMAGE.test(def?.image ?? '')) return 'probe-maybe-missing'
  return 'unknown'
}

function probePath(check: HealthCheck): string | undefined {
  return /https?:\/\/[^/\s"']+(\/[^\s"'|;&]*)/.exec(check.command.join(' '))?.[1]
}

/** An access-log line (JSON or common log format) where the app answered `path` with a 2xx. */
function answeredOk(lines: string[], path: string): boolean {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const onPath = new RegExp(`[\\s"'=:]${escaped}(?=[\\s"'?]|$)`)
  const ok = /(?:status(?:Code)?["']?\s*[:=]\s*["']?|HTTP\/[\d.]+["']?\s+)2\d\d\b/i
  return lines.some((line) => onPath.test(line) && ok.test(line))
}

function exitNote(pick: TaskReading): string {
  return pick.reading.exitCode === 137 || pick.reading.exitCode === 143
    ? ` (exit ${pick.reading.exitCode}: ECS stopped the container after it turned unhealthy; not an app crash or OOM)`
    : ''
}

function storyOf(problem: Problem, name: string, check: HealthCheck | undefined, def: ContainerDefinition | undefined, start: AppStart | undefined, neededStart: number | undefined) {
  const budget = check ? check.startPeriod + check.interval * check.retries : 0
  const tool = check ? PROBE_TOOL.exec(check.command.join(' '))?.[1] : undefined
  switch (problem) {
    case 'exec-form':
      return {
        title: `${name}'s health check uses CMD with a whole command line as one word`,
        why: `The health check is ["CMD", "${redact(check!.command[1])}"]: with CMD the second element is run as the program name, spaces and all, so it can never succeed. Use ["CMD-SHELL", "..."] for a shell command line, or split the arguments into separate elements.`
      }
    case 'probe-missing':
      return {
        title: `${name}'s health check runs ${tool ?? 'a program'} that the image does not have`,
        why: `The health check command calls ${tool ?? 'a program'}, and the log shows it is not found in the image${def?.image ? ` (${def.image})` : ''}: every check fails, so ECS marks ${name} UNHEALTHY and replaces the task. Install it in the image, or probe with a tool the image has (wget on Alpine, or the app's runtime, e.g. node -e / python -c).`
      }
    case 'probe-broken':
      return {
        title: `${name} answers its health endpoint, but its health-check command fails`,
        why:
          `${name}'s log shows ${probePath(check!)} answered with a 2xx status, so the app is healthy; the probe itself fails. ` +
          `The command runs ${tool ?? 'a program'} inside the container${def?.image ? ` (${def.image})` : ''}: minimal images (distroless, slim, scratch) ship without ${tool ?? 'it'}, and without /bin/sh, which CMD-SHELL needs. ` +
          'Probe with a program the image has, in the CMD form.'
      }
    case 'probe-maybe-missing':
      return {
        title: `${name}'s health check may call ${tool}, which ${def?.image} may not include`,
        why: `The health check runs ${tool}, and ${def?.image} is a minimal image that often ships without it. Check with docker run --entrypoint which; else probe with a tool the image has.`
      }
    case 'probe-port': {
      const probePort = /(?:localhost|127\.0\.0\.1|0\.0\.0\.0):(\d+)/.exec(check!.command.join(' '))?.[1]
      return {
        title: `${name}'s health check probes port ${probePort}, the container listens on ${containerPorts(def).join(', ')}`,
        why: `The health check command targets port ${probePort}, but ${name} maps ${containerPorts(def).join(', ')}: the probe reaches nothing and fails every time.`
      }
    }
    case 'slow-start':
      return {
        title: `${name} needs ${start?.seconds} s to start; its health check gives up after ${budget} s`,
        why: `${name} became ready ${start?.seconds} s after starting (${start?.how}), but the check allows startPeriod ${check!.startPeriod} s + ${check!.retries} retries × ${check!.interval} s = ${budget} s before the container is UNHEALTHY. A startPeriod of ${neededStart} s covers the start.`
      }
    case 'app-error':
      return {
        title: `${name} is running but fails its own health check`,
        why: `The health check keeps failing after the start period, and ${name}'s log shows errors (below): the app is up but unhealthy, often because a dependency is down. Fix the cause in the log rather than the check.`
      }
    case 'no-health-check':
      return {
        title: `Tasks fail container health checks`,
        why: `ECS stopped the tasks because an essential container became UNHEALTHY; the failing task definition's health check for ${name} is not in the evidence.`
      }
    default:
      return {
        title: `${name} fails its container health check`,
        why: `The health check command ${JSON.stringify(check!.command.map(redact))} keeps failing (exit code non-zero or slower than ${check!.timeout} s) after the ${check!.startPeriod} s start period, so ECS marks ${name} UNHEALTHY and replaces the task. Run the same command in the container (aws ecs execute-command) to see its output.`
      }
  }
}

function fixesFor(ctx: DiagnosisContext, problem: Problem, name: string, check: HealthCheck | undefined, neededStart: number | undefined): (Fix | undefined)[] {
  const field = `containerDefinitions[?name=='${name}'].healthCheck`
  switch (problem) {
    case 'exec-form':
      return [
        newRevisionFix(ctx, `Run ${name}'s health check through a shell`, {
          edit: `In td.json change ${field}.command to ["CMD-SHELL", "${redact(check!.command[1]).replace(/"/g, '\\"')}"] before registering.`,
          changes: [{ where: containerField(name, '.healthCheck'), key: 'command', before: JSON.stringify(check!.command.map(redact)), after: JSON.stringify(['CMD-SHELL', redact(check!.command[1])]) }]
        })
      ]
    case 'probe-missing':
    case 'probe-broken':
    case 'probe-maybe-missing':
      return [
        newRevisionFix(
          ctx,
          `Probe ${name} with a tool the image has`,
          { edit: `In td.json change ${field}.command before registering: e.g. ["CMD-SHELL", "wget -qO- http://localhost:PORT/health || exit 1"] on Alpine, or ["CMD", "<the app's runtime>", "<a health-check script>"] in an image without a shell; or add the tool to the image.` }
        )
      ]
    case 'probe-port':
      return [newRevisionFix(ctx, `Probe the port ${name} listens on`, { edit: `In td.json fix the port in ${field}.command before registering.` })]
    case 'slow-start': {
      const grace = ctx.service.loadBalancers?.length && neededStart
        ? {
            title: `Or raise the service health-check grace period to ${neededStart} s`,
            commands: [command('aws', 'ecs', 'update-service', '--cluster', ctx.cluster, '--service', ctx.serviceName, '--health-check-grace-period-seconds', neededStart, '--region', ctx.region)]
          }
        : undefined
      const startPeriod: FieldChange = { where: containerField(name, '.healthCheck'), key: 'startPeriod', ...(check?.startPeriod !== undefined ? { before: String(check.startPeriod) } : {}), after: String(neededStart) }
      const edit = `In td.json set ${field}.startPeriod to ${neededStart} (at most ${MAX_START_PERIOD}) before registering.`
      return [newRevisionFix(ctx, `Give ${name} a ${neededStart} s health-check start period`, { edit, changes: [startPeriod] }), grace]
    }
    default:
      return []
  }
}
