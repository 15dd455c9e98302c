/**
 * Why targets of the deployment fail load-balancer health checks
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/troubleshoot-service-load-balancers.html): target health
 * reason codes of the deployment's targets, the unhealthy service events, the target group's
 * health-check settings, the security-group path LB → task, and the app's start time and bind
 * address from its logs. Ends in one variant the explainer words and fixes.
 */
import type { EcsTask, LoadBalancingEvidence } from '../../../evidence/schema.js'
import type { DiagnosisContext } from '../../context.js'
import { isLocalHost } from '../log-signals.js'
import { analyseLogs, type LogAnalysis } from '../logs.js'
import { appStart, startProgress, type AppStart, type StartProgress } from '../start-time.js'
import { containerDefinition, logsOf, privateIpOf, secondsBetween, taskIdOf } from '../task-facts.js'
import { reasonCodeOf, responseCodes, sameTargetGroup, unhealthyEvents, type UnhealthyEvent } from './events.js'
import { loadBalancerReachesTask, type SecurityGroupVerdict } from './security-groups.js'

type TargetGroup = NonNullable<LoadBalancingEvidence['targetGroups']>[number]

export type ElbVariant =
  | 'blocked-security-group'
  | 'wrong-path'
  | 'redirect'
  | 'auth-required'
  | 'app-unhealthy'
  | 'health-check-port'
  | 'wrong-port'
  | 'loopback-bind'
  | 'slow-start'
  | 'az-not-enabled'
  | 'slow-response'
  | 'not-listening'
  | 'unknown'

export interface TargetObservation {
  target: string
  port?: number
  state?: string
  reason?: string
  description?: string
  taskId?: string
}

export interface HealthCheckSettings {
  protocol: string
  path?: string
  port: string
  matcher?: string
  interval: number
  timeout: number
  healthyThreshold: number
  unhealthyThreshold: number
}

export interface ElbAnalysis {
  targetGroupArn?: string
  targetGroupName?: string
  targetGroup?: TargetGroup
  settings: HealthCheckSettings
  containerName?: string
  containerPort?: number
  /** The port the health check goes to (the container port for traffic-port). */
  checkedPort?: number
  graceSeconds: number
  observations: TargetObservation[]
  events: UnhealthyEvent[]
  reasonCode?: string
  responseCodes: string[]
  securityGroup?: SecurityGroupVerdict
  start?: AppStart & { taskArn?: string }
  /** The app was still starting when killed and logged its progress. */
  progress?: StartProgress & { taskArn?: string }
  /** How long the killed tasks ran, when known (startedAt → stoppingAt). */
  ranSeconds?: number
  appLogs?: { task: EcsTask; analysis: LogAnalysis }
  suggestedPath?: { path: string; source: string }
  variant: ElbVariant
  confidence: 'high' | 'medium' | 'low'
  recommendedGrace?: number
}

const TG_ARN_IN_REASON = /\(target-group ([^)\s]+)\)/

export function analyseElb(ctx: DiagnosisContext, tasks: EcsTask[]): ElbAnalysis {
  const named = tasks.map((t) => TG_ARN_IN_REASON.exec(t.stoppedReason ?? '')?.[1]).find(Boolean) ?? ctx.targetGroupArns[0]
  const targetGroup = (ctx.evidence.loadBalancing?.targetGroups ?? []).find(
    (tg) => tg.TargetGroupArn && named && sameTargetGroup(named, tg.TargetGroupArn)
  )
  const targetGroupArn = targetGroup?.TargetGroupArn ?? named
  const binding = (ctx.service.loadBalancers ?? []).find((lb) => lb.targetGroupArn === targetGroupArn) ?? ctx.service.loadBalancers?.[0]
  const settings = settingsOf(targetGroup)
  const containerPort = binding?.containerPort ?? undefined
  const checkedPort = /^\d+$/.test(settings.port) ? Number(settings.port) : containerPort
  const allTasks = tasks.length > 0 ? tasks : ctx.tasks
  const observations = observe(ctx, targetGroupArn, [...allTasks, ...ctx.tasks])
  const ourTaskIds = new Set(ctx.tasks.map(taskIdOf))
  const events = unhealthyEvents(ctx.service, ctx.deployment?.createdAt, targetGroupArn).filter(
    (e) => !e.taskId || ourTaskIds.size === 0 || ourTaskIds.has(e.taskId)
  )
  const reasonCode = dominant([...observations.map((o) => o.reason), ...events.map((e) => e.reasonCode)])
  const codes = [...new Set([...observations.flatMap((o) => responseCodes(o.description)), ...events.flatMap((e) => e.codes)])]
  const appLogs = logsOfApp(ctx, allTasks, binding?.containerName ?? undefined)
  const start = startOf(ctx, allTasks, binding?.containerName ?? undefined)
  const progress = start ? undefined : progressOf(ctx, allTasks, binding?.containerName ?? undefined)
  const lbGroups = (ctx.evidence.loadBalancing?.loadBalancers ?? [])
    .filter((lb) => !targetGroup?.LoadBalancerArns?.length || targetGroup.LoadBalancerArns.includes(lb.LoadBalancerArn ?? ''))
    .flatMap((lb) => lb.SecurityGroups ?? [])
  const securityGroup = checkedPort ? loadBalancerReachesTask(ctx.evidence.network, taskSecurityGroups(ctx), checkedPort, lbGroups) : undefined
  const analysis: ElbAnalysis = {
    targetGroupArn,
    targetGroupName: targetGroup?.TargetGroupName ?? targetGroupArn?.split('/')[1],
    targetGroup,
    settings,
    containerName: binding?.containerName ?? undefined,
    containerPort,
    checkedPort,
    graceSeconds: ctx.service.healthCheckGracePeriodSeconds ?? 0,
    observations,
    events,
    reasonCode,
    responseCodes: codes,
    securityGroup,
    start,
    progress,
    ranSeconds: ranFor(allTasks),
    appLogs,
    suggestedPath: suggestPath(ctx, binding?.containerName ?? undefined, settings.path, appLogs?.task),
    variant: 'unknown',
    confidence: 'low'
  }
  return decide(analysis)
}

/**
 * The groups the deployment's tasks get: the followed deployment's own network configuration (an
 * update can change it), else the service's, else the VPC default group the collector resolved.
 */
export function taskSecurityGroups(ctx: DiagnosisContext): string[] {
  const ofDeployment = ctx.deployment?.networkConfiguration?.awsvpcConfiguration?.securityGroups ?? []
  if (ofDeployment.length > 0) return ofDeployment
  return ctx.securityGroupIds.length > 0 ? ctx.securityGroupIds : (ctx.evidence.network?.taskSecurityGroupIds ?? [])
}

function settingsOf(tg: TargetGroup | undefined): HealthCheckSettings {
  return {
    protocol: tg?.HealthCheckProtocol ?? 'HTTP',
    path: tg?.HealthCheckPath,
    port: tg?.HealthCheckPort ?? 'traffic-port',
    matcher: tg?.Matcher?.HttpCode ?? tg?.Matcher?.GrpcCode,
    interval: tg?.HealthCheckIntervalSeconds ?? 30,
    timeout: tg?.HealthCheckTimeoutSeconds ?? 5,
    healthyThreshold: tg?.HealthyThresholdCount ?? 5,
    unhealthyThreshold: tg?.UnhealthyThresholdCount ?? 2
  }
}

/** TargetHealth of the deployment's targets (matched by private IP); else every unhealthy target. */
function observe(ctx: DiagnosisContext, targetGroupArn: string | undefined, tasks: EcsTask[]): TargetObservation[] {
  const entry = (ctx.evidence.loadBalancing?.targetHealth ?? []).find((t) => targetGroupArn && sameTargetGroup(targetGroupArn, t.targetGroupArn))
  const byIp = new Map(tasks.flatMap((t) => (privateIpOf(t) ? [[privateIpOf(t)!, taskIdOf(t)] as const] : [])))
  const all = (entry?.descriptions ?? []).map((d) => ({
    target: d.Target?.Id ?? '',
    port: d.Target?.Port ?? (d.HealthCheckPort && /^\d+$/.test(d.HealthCheckPort) ? Number(d.HealthCheckPort) : undefined),
    state: d.TargetHealth?.State,
    reason: d.TargetHealth?.Reason ?? (d.TargetHealth?.Description ? reasonCodeOf(d.TargetHealth.Description) : undefined),
    description: d.TargetHealth?.Description,
    taskId: byIp.get(d.Target?.Id ?? '')
  }))
  const ours = all.filter((o) => o.taskId)
  if (ours.length > 0) return ours
  return all.filter((o) => o.state === 'unhealthy' || (o.reason && /^Target\.(?:Timeout|ResponseCodeMismatch|FailedHealthChecks|NotInUse)$/.test(o.reason)))
}

/**
 * The most frequent failing reason. Reasons of targets that are only coming or going (a replacement's
 * initial checks, a deregistration) say nothing about why checks fail.
 */
function dominant(codes: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>()
  for (const code of codes) {
    if (!code || /DeregistrationInProgress|NotRegistered|RegistrationInProgress|InitialHealthChecking/.test(code)) continue
    counts.set(code, (counts.get(code) ?? 0) + 1)
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
}

function logsOfApp(ctx: DiagnosisContext, tasks: EcsTask[], containerName: string | undefined) {
  for (const task of tasks) {
    const excerpt = logsOf(ctx, task, containerName)
    if (excerpt?.lines.length) return { task, analysis: analyseLogs(excerpt) }
  }
  return undefined
}

function startOf(ctx: DiagnosisContext, tasks: EcsTask[], containerName: string | undefined) {
  for (const task of tasks) {
    const lines = logsOf(ctx, task, containerName)?.lines ?? []
    const start = appStart(task, lines)
    if (start) return { ...start, taskArn: task.taskArn }
  }
  return undefined
}

function progressOf(ctx: DiagnosisContext, tasks: EcsTask[], containerName: string | undefined) {
  for (const task of tasks) {
    const progress = startProgress(task, logsOf(ctx, task, containerName)?.lines ?? [])
    if (progress) return { ...progress, taskArn: task.taskArn }
  }
  return undefined
}

function ranFor(tasks: EcsTask[]): number | undefined {
  const durations = tasks.map((t) => secondsBetween(t.startedAt, t.stoppingAt ?? t.executionStoppedAt ?? t.stoppedAt)).filter((d): d is number => d !== undefined && d >= 0)
  return durations.length ? Math.round(Math.min(...durations)) : undefined
}

const HEALTHY_PATH = /^\/(?:health(?:z|check)?|healthcheck|ready(?:z)?|readiness|live(?:ness|z)?|status|ping|up|_health|actuator\/health)(?:\/\S*)?$/i

/** A path the app answers: from its container health check, its access log, or its framework's default. */
function suggestPath(ctx: DiagnosisContext, containerName: string | undefined, current: string | undefined, task: EcsTask | undefined) {
  const command = containerDefinition(ctx.taskDefinition, containerName)?.healthCheck?.command?.join(' ') ?? ''
  const fromProbe = /https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::\d+)?(\/[^\s"'|;&]*)/.exec(command)?.[1]
  if (fromProbe && fromProbe !== current) return { path: fromProbe, source: `the container health check of ${containerName}` }
  const lines = task ? (logsOf(ctx, task, containerName)?.lines ?? []) : []
  for (const line of lines) {
    const access = /"?(?:GET|HEAD) (\/[^\s?"]*)[^"\n]*"?\s+(?:.*?\s)?(2\d\d)\b/.exec(line)
    if (access && access[1] !== current && HEALTHY_PATH.test(access[1])) return { path: access[1], source: 'a 2xx response in the app log' }
  }
  const actuator = lines.map((l) => /Exposing \d+ endpoints? beneath base path '([^']+)'/.exec(l)?.[1]).find(Boolean)
  if (actuator && `${actuator}/health` !== current) return { path: `${actuator}/health`, source: 'Spring Boot Actuator (from its log)' }
  return undefined
}

function decide(a: ElbAnalysis): ElbAnalysis {
  const set = (variant: ElbVariant, confidence: ElbAnalysis['confidence']): ElbAnalysis => ({ ...a, variant, confidence })
  const codeFamily = a.responseCodes.length > 0 || a.reasonCode === 'Target.ResponseCodeMismatch'
  if (codeFamily) {
    const codes = a.responseCodes.map(Number)
    if (codes.length > 0 && codes.every((c) => c >= 300 && c < 400)) return set('redirect', 'high')
    if (codes.some((c) => c === 401 || c === 403)) return set('auth-required', 'high')
    if (codes.some((c) => c >= 500)) return set('app-unhealthy', 'high')
    return set('wrong-path', 'high')
  }
  if (a.reasonCode === 'Target.NotInUse') return set('az-not-enabled', 'high')
  const timeoutLike = !a.reasonCode || a.reasonCode === 'Target.Timeout'
  if (a.securityGroup?.status === 'blocked' && timeoutLike) return set('blocked-security-group', a.reasonCode ? 'high' : 'medium')
  if (a.containerPort && /^\d+$/.test(a.settings.port) && Number(a.settings.port) !== a.containerPort) {
    const listensThere = a.start?.listening.port === Number(a.settings.port)
    if (!listensThere) return set('health-check-port', 'high')
  }
  const listening = a.start?.listening
  if (listening && isLocalHost(listening.host) && listening.host !== '0.0.0.0') return set('loopback-bind', 'high')
  if (listening?.port && a.containerPort && listening.port !== a.containerPort && listening.port !== a.checkedPort) return set('wrong-port', 'high')
  if (a.securityGroup?.status === 'blocked') return set('blocked-security-group', 'medium')
  if (a.start?.seconds !== undefined) {
    const needed = a.start.seconds + a.settings.interval * a.settings.healthyThreshold
    if (needed > a.graceSeconds) return { ...set('slow-start', 'high'), recommendedGrace: recommendGrace(needed, a.graceSeconds) }
  }
  const errorLogged = a.appLogs?.analysis.decisive && !a.appLogs.analysis.decisive.weak
  if (errorLogged) return set('app-unhealthy', 'medium')
  if (!a.start && a.ranSeconds !== undefined && a.ranSeconds >= a.graceSeconds && a.appLogs && !a.appLogs.analysis.firstError) {
    // Still starting when killed: the pace it logged, else twice as long as it was given.
    const startSeconds = a.progress?.estimatedSeconds ?? a.ranSeconds * 2
    const needed = startSeconds + a.settings.interval * a.settings.healthyThreshold
    return { ...set('slow-start', a.progress ? 'high' : 'medium'), recommendedGrace: recommendGrace(needed, a.graceSeconds) }
  }
  if (a.reasonCode === 'Target.Timeout') return set('slow-response', 'medium')
  if (a.reasonCode === 'Target.FailedHealthChecks') return set('not-listening', 'medium')
  return set('unknown', 'low')
}

/** The observed need plus 25%, rounded up to 30 s, and always more than today. */
export function recommendGrace(neededSeconds: number, currentSeconds: number): number {
  const withMargin = Math.ceil((neededSeconds * 1.25) / 30) * 30
  return Math.max(withMargin, currentSeconds + 30)
}
