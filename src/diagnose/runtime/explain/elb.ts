/** elb-health-check-failed: the load balancer marks the deployment's targets unhealthy and ECS replaces them. */
import type { DiagnosisContext } from '../../context.js'
import type { ClassifiedGroup } from '../../rules.js'
import { command } from '../../shell.js'
import type { Finding, Fix } from '../../types.js'
import { analyseElb, type ElbAnalysis } from '../elb/analysis.js'
import { quoteLine, redact } from '../../../redact.js'
import { compact, logExcerptOf, newRevisionFix, readingsOf, readLogFix, rollbackFix, stoppedTasksLine, type TaskReading } from './common.js'

interface Story {
  title: string
  why: string
  fixes: (Fix | undefined)[]
}

export function explainElbHealthCheck(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const analysis = analyseElb(ctx, group.tasks)
  const story = storyOf(ctx, analysis)
  const readings = readingsOf(ctx, group)
  return {
    code: 'elb-health-check-failed',
    title: story.title,
    explanation: story.why,
    // Service events alone (no stopped task kept) say targets were unhealthy, not that this stopped the deployment.
    confidence: group.tasks.length === 0 && analysis.confidence === 'high' ? 'medium' : analysis.confidence === 'low' && group.tasks.length > 0 ? 'medium' : analysis.confidence,
    evidence: compact([
      group.tasks.length > 0 ? stoppedTasksLine(ctx, group, `Task failed ELB health checks in (target-group ${analysis.targetGroupName ?? analysis.targetGroupArn})`) : undefined,
      ...analysis.observations.slice(0, 3).map((o) => `Target ${o.target}${o.port ? `:${o.port}` : ''}${o.taskId ? ` (task ${o.taskId.slice(0, 8)})` : ''}: ${o.state ?? 'unknown'}${o.reason ? ` ${o.reason}` : ''}${o.description ? ` — ${o.description}` : ''}`),
      ...analysis.events.slice(0, 2).map((e) => `Service event: ${e.message}`),
      settingsLine(analysis),
      `Health-check grace period: ${analysis.graceSeconds} s`,
      analysis.securityGroup?.detail,
      startLine(analysis),
      sigkillNote(readings)
    ]),
    fixes: compact([...story.fixes, rollbackFix(ctx)]),
    logExcerpt: focusExcerpt(ctx, analysis) ?? excerptFor(analysis, readings)
  }
}

function settingsLine(a: ElbAnalysis): string {
  const s = a.settings
  return (
    `Target group ${a.targetGroupName ?? a.targetGroupArn ?? '(unknown)'}: ${s.protocol} ${s.path ?? ''} on ${s.port === 'traffic-port' ? `traffic-port (${a.containerPort ?? '?'})` : `port ${s.port}`}` +
    `${s.matcher ? `, matcher ${s.matcher}` : ''}, every ${s.interval} s, timeout ${s.timeout} s, healthy after ${s.healthyThreshold}, unhealthy after ${s.unhealthyThreshold}`
  ).replace('  ', ' ')
}

function startLine(a: ElbAnalysis): string | undefined {
  const start = a.start
  if (!start) return undefined
  const when = start.seconds !== undefined ? ` after ${start.seconds} s (${start.how})` : ''
  return `App ready${when}: ${quoteLine(start.listening.line, 160)}`
}

function sigkillNote(readings: TaskReading[]): string | undefined {
  const killed = readings.find((r) => r.reading.exitCode === 137 && !/OutOfMemoryError/i.test(r.reading.containerReason ?? ''))
  if (!killed) return undefined
  return `${killed.reading.containerName} exited 137 because ECS stopped it after the failed checks (SIGKILL after the stop timeout); ECS reports no OutOfMemoryError, so this is not a memory kill.`
}

/**
 * The line that matters for the variant: the "listening" line for start-up variants, the access-log
 * line of a failed health check for response-code variants. Shown with the lines before it.
 */
function focusExcerpt(ctx: DiagnosisContext, a: ElbAnalysis): Finding['logExcerpt'] {
  if (!a.containerName) return undefined
  const startVariant = ['slow-start', 'wrong-port', 'loopback-bind'].includes(a.variant)
  const codeVariant = ['wrong-path', 'redirect', 'auth-required', 'app-unhealthy'].includes(a.variant)
  const taskArn = startVariant ? (a.start?.taskArn ?? a.progress?.taskArn) : codeVariant ? a.appLogs?.task.taskArn : undefined
  if (!taskArn) return undefined
  const lines = (ctx.evidence.logs ?? []).find((l) => l.taskArn === taskArn && l.containerName === a.containerName)?.lines ?? []
  const path = a.settings.path
  const at = startVariant
    ? (a.start?.listening.index ?? a.progress?.index ?? -1)
    : lines.findIndex((line) => Boolean(path) && line.includes(` ${path}`) && a.responseCodes.some((code) => new RegExp(`\\b${code}\\b`).test(line)))
  if (at < 0) return undefined
  const from = Math.max(0, at - 8)
  return { taskArn, containerName: a.containerName, lines: lines.slice(from, at + 4).map(redact), highlight: at - from }
}

function excerptFor(a: ElbAnalysis, readings: TaskReading[]): Finding['logExcerpt'] {
  const withLogs = readings.find((r) => r.reading.logs.hasLines)
  if (withLogs) return logExcerptOf(withLogs)
  const app = a.appLogs
  if (!app?.analysis.excerpt || !a.containerName) return undefined
  return { taskArn: app.task.taskArn ?? '', containerName: a.containerName, lines: app.analysis.excerpt.lines, ...(app.analysis.excerpt.highlight !== undefined ? { highlight: app.analysis.excerpt.highlight } : {}) }
}

function modifyTargetGroup(ctx: DiagnosisContext, a: ElbAnalysis, ...options: (string | number)[]): string[] {
  return a.targetGroupArn ? [command('aws', 'elbv2', 'modify-target-group', '--target-group-arn', a.targetGroupArn, ...options, '--region', ctx.region)] : []
}

function storyOf(ctx: DiagnosisContext, a: ElbAnalysis): Story {
  const tg = a.targetGroupName ?? 'the target group'
  const path = a.settings.path ?? '/'
  const port = a.checkedPort ?? a.containerPort
  const codes = a.responseCodes.join(', ')
  const name = a.containerName ?? 'the app'
  switch (a.variant) {
    case 'blocked-security-group':
      return blockedSecurityGroup(ctx, a)
    case 'wrong-path': {
      const suggestion = a.suggestedPath
      return {
        title: `Health check path ${path} returns ${codes || 'an unexpected code'} from ${name}`,
        why:
          `The load balancer reaches ${name} on port ${port}, but GET ${path} answers ${codes || 'a code outside the matcher'} where ${tg} expects ${a.settings.matcher ?? '200'} ` +
          `(${a.reasonCode ?? 'Target.ResponseCodeMismatch'}), so every target is marked unhealthy and ECS replaces the tasks. ` +
          (suggestion ? `${name} serves ${suggestion.path} (seen in ${suggestion.source}).` : `Point the health check at a path ${name} answers with ${a.settings.matcher ?? '200'}.`),
        fixes: [
          {
            title: `Check ${suggestion?.path ?? 'a path the app serves'} instead of ${path}`,
            commands: modifyTargetGroup(ctx, a, '--health-check-path', suggestion?.path ?? '/'),
            ...(suggestion ? {} : { note: `Replace / with the health endpoint of ${name} if it has one.` })
          }
        ]
      }
    }
    case 'redirect':
      return {
        title: `Health check ${path} gets a redirect (${codes}) from ${name}`,
        why: `${name} answers GET ${path} with a redirect (${codes}) — typically HTTP→HTTPS, a trailing slash or a login page — and ${tg} only accepts ${a.settings.matcher ?? '200'}.`,
        fixes: [{ title: 'Accept 2xx and 3xx answers to the health check', commands: modifyTargetGroup(ctx, a, '--matcher', 'HttpCode=200-399') }]
      }
    case 'auth-required':
      return {
        title: `Health check ${path} requires authentication (${codes})`,
        why: `${name} answers GET ${path} with ${codes}: the path is behind authentication. Health checks send no credentials; use an unauthenticated health endpoint.`,
        fixes: [{ title: 'Check an unauthenticated path', commands: modifyTargetGroup(ctx, a, '--health-check-path', a.suggestedPath?.path ?? '/'), note: a.suggestedPath ? undefined : `Replace / with a path ${name} serves without credentials.` }]
      }
    case 'app-unhealthy':
      return {
        title: `${name} fails its own health check${codes ? ` (${codes})` : ''}`,
        why:
          `The load balancer reaches ${name}${codes ? `, but ${path} answers ${codes}` : ''}: the app reports itself unhealthy or errors. ` +
          (a.appLogs?.analysis.decisive ? `Its log shows: "${quoteLine(a.appLogs.analysis.decisive.line, 200)}". ` : '') +
          'Fix what the health endpoint depends on (often the database or another service) rather than the health check.',
        fixes: compact([readLogFix(ctx, a.appLogs && { task: a.appLogs.task, containerName: a.containerName ?? undefined }, `Read ${name}'s log from its start: what its health endpoint reports`)])
      }
    case 'health-check-port':
      return {
        title: `${tg} checks port ${a.settings.port}, but ${name} listens on ${a.containerPort}`,
        why: `The health check goes to port ${a.settings.port} while the service registers ${name}:${a.containerPort}; nothing answers there, so targets never become healthy.`,
        fixes: [{ title: 'Health-check the port that receives traffic', commands: modifyTargetGroup(ctx, a, '--health-check-port', 'traffic-port') }]
      }
    case 'wrong-port':
      return {
        title: `${name} listens on port ${a.start?.listening.port}, the service sends traffic to ${a.containerPort}`,
        why: `${name} logs that it listens on port ${a.start?.listening.port}, but the task definition maps and the target group checks ${a.containerPort}. Make the app listen on ${a.containerPort} (usually its PORT setting) or change the mapping.`,
        fixes: [newRevisionFix(ctx, `Make ${name} listen on ${a.containerPort}`, { edit: `In td.json set the app's listen port (e.g. {"name": "PORT", "value": "${a.containerPort}"} in containerDefinitions[?name=='${name}'].environment) before registering.` })]
      }
    case 'loopback-bind':
      return {
        title: `${name} listens on ${a.start?.listening.host}:${a.start?.listening.port ?? a.containerPort}, which the load balancer cannot reach`,
        why: `${name} binds to the loopback address ${a.start?.listening.host}, reachable only from inside the task. Bind to 0.0.0.0 (all interfaces) so the load balancer's checks arrive.`,
        fixes: [newRevisionFix(ctx, `Bind ${name} to 0.0.0.0`, { edit: `Set the app's bind address to 0.0.0.0 (e.g. a HOST env var, --host 0.0.0.0, server.address) in containerDefinitions[?name=='${name}'] of td.json before registering.` })]
      }
    case 'slow-start':
      return slowStart(ctx, a)
    case 'az-not-enabled':
      return {
        title: 'Tasks run in an Availability Zone the load balancer does not serve',
        why: `${tg} reports Target.NotInUse: the task subnet's Availability Zone is not enabled on the load balancer, so it never sends health checks there. Enable that zone on the load balancer or run the service only in subnets of its zones.`,
        fixes: []
      }
    case 'slow-response':
      return {
        title: `Health checks to ${path} time out after ${a.settings.timeout} s`,
        why: `The load balancer can reach the tasks (the security groups allow port ${port}), but ${path} does not answer within ${a.settings.timeout} s (Target.Timeout): the endpoint is slow or the app is not accepting connections yet.`,
        fixes: [{ title: `Give the health check more time than ${a.settings.timeout} s`, commands: modifyTargetGroup(ctx, a, '--health-check-timeout-seconds', Math.min(a.settings.interval - 1, Math.max(10, a.settings.timeout * 2))) }]
      }
    case 'not-listening':
      return {
        title: `The load balancer's health-check connections to ${name} on port ${port} fail`,
        why:
          `${tg} reports Target.FailedHealthChecks: connections to port ${port} are refused or reset. Nothing accepts connections there — ` +
          `${name} listens on another port, binds only 127.0.0.1, has not finished starting, or crashed. Check the port and bind address ${name} logs at start-up.`,
        fixes: a.targetGroupArn ? [{ title: 'See the current target health', commands: [command('aws', 'elbv2', 'describe-target-health', '--target-group-arn', a.targetGroupArn, '--region', ctx.region)] }] : []
      }
    default:
      return {
        title: `Tasks fail the load balancer health checks of ${tg}`,
        why: `ECS stopped the tasks because ${tg} marked them unhealthy after the ${a.graceSeconds} s grace period. The evidence does not show why; check the target health reason and the app's logs.`,
        fixes: a.targetGroupArn ? [{ title: 'See why targets are unhealthy', commands: [command('aws', 'elbv2', 'describe-target-health', '--target-group-arn', a.targetGroupArn, '--region', ctx.region)] }] : []
      }
  }
}

function blockedSecurityGroup(ctx: DiagnosisContext, a: ElbAnalysis): Story {
  const sg = a.securityGroup!
  const lb = sg.loadBalancerSecurityGroupId
  const task = sg.taskSecurityGroupIds[0]
  const fixes: Fix[] = []
  if (sg.blockedBy === 'lb-egress' && lb) {
    fixes.push({
      title: `Let the load balancer (${lb}) send traffic to the tasks on TCP ${sg.port}`,
      commands: [command('aws', 'ec2', 'authorize-security-group-egress', '--group-id', lb, '--ip-permissions', `IpProtocol=tcp,FromPort=${sg.port},ToPort=${sg.port},UserIdGroupPairs=[{GroupId=${task}}]`, '--region', ctx.region)]
    })
  } else if (lb) {
    fixes.push({
      title: `Allow TCP ${sg.port} from the load balancer (${lb}) into the tasks (${task})`,
      commands: [command('aws', 'ec2', 'authorize-security-group-ingress', '--group-id', task, '--protocol', 'tcp', '--port', sg.port, '--source-group', lb, '--region', ctx.region)]
    })
  }
  const timeouts = a.reasonCode === 'Target.Timeout' ? ' Every check times out (Target.Timeout) from the first one, the signature of dropped packets rather than a slow app.' : ''
  return {
    title: `The load balancer cannot reach the tasks on port ${sg.port}: ${sg.blockedBy === 'lb-egress' ? `${lb} blocks outbound` : `${task} does not allow it`}`,
    why: `${sg.detail}${timeouts} Health checks never arrive, so the targets stay unhealthy and ECS replaces the tasks after the ${a.graceSeconds} s grace period.`,
    fixes
  }
}

function graceShort(seconds: number): string {
  return seconds > 0 ? `the ${seconds} s health-check grace period` : 'no health-check grace period'
}

function slowStart(ctx: DiagnosisContext, a: ElbAnalysis): Story {
  const s = a.settings
  const grace = a.recommendedGrace ?? a.graceSeconds + 60
  const seconds = a.start?.seconds
  const app = a.containerName ?? 'The app'
  const observed =
    seconds !== undefined
      ? `${app} only starts listening ${seconds} s after it starts (${a.start?.how})`
      : a.progress
        ? `${app} was still starting when ECS stopped it after ${a.ranSeconds} s: it logged ${a.progress.percent}% done after ${a.progress.elapsedSeconds} s, so it needs about ${a.progress.estimatedSeconds} s`
        : `${app} had logged no error and was still starting when ECS stopped it after ${a.ranSeconds} s`
  return {
    title:
      seconds !== undefined
        ? `The app needs ${seconds} s to start; ECS replaces it after ${graceShort(a.graceSeconds)}`
        : a.graceSeconds > 0
          ? `The app is still starting when the ${a.graceSeconds} s health-check grace period ends`
          : 'The app is still starting when ECS acts on its first failed health checks (no grace period)',
    why:
      `${observed}, and a target turns healthy only after ${s.healthyThreshold} passing checks ${s.interval} s apart (${s.healthyThreshold * s.interval} s more). ` +
      `${a.graceSeconds > 0 ? `ECS ignores the load balancer only for the ${a.graceSeconds} s grace period` : 'The service has no health-check grace period, so ECS acts on the load balancer at once'}; ` +
      'the target is still unhealthy then, so ECS kills the task and the next one starts the same way. ' +
      `A grace period of ${grace} s covers the start with margin.`,
    fixes: [
      {
        title: `Raise the health-check grace period to ${grace} s`,
        commands: [command('aws', 'ecs', 'update-service', '--cluster', ctx.cluster, '--service', ctx.serviceName, '--health-check-grace-period-seconds', grace, '--region', ctx.region)]
      },
      s.healthyThreshold > 2 && a.targetGroupArn
        ? {
            title: `Mark targets healthy after 2 passing checks instead of ${s.healthyThreshold}`,
            commands: modifyTargetGroup(ctx, a, '--healthy-threshold-count', 2),
            note: 'Optional: shortens the time from "listening" to "healthy" for every deployment.'
          }
        : undefined
    ]
  }
}
