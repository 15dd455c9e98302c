/** dependency-unreachable: the app cannot reach its database / API / sidecar. */
import type { DiagnosisContext } from '../../context.js'
import type { ClassifiedGroup } from '../../rules.js'
import { command } from '../../shell.js'
import type { Finding, Fix } from '../../types.js'
import { sidecarServing } from '../classify.js'
import type { ConnectionFailure, LogSignal } from '../log-signals.js'
import { taskSecurityGroups } from '../elb/analysis.js'
import { containerDefinition } from '../task-facts.js'
import { bestReading, compact, containerField, exitSummary, logEvidence, logExcerptOf, newRevisionFix, readingsOf, rollbackFix, stoppedTasksLine } from './common.js'
import { settingChange, wellKnownPort } from './settings.js'

const FAILURE_MEANING: Record<ConnectionFailure, string> = {
  refused:
    'The connection was refused: the host answered but nothing accepts connections on that port (wrong port, or the service is down or still starting).',
  timeout:
    'The connection timed out: packets are dropped on the way, typically by the security group of the dependency (inbound from the task), the task security group (outbound), a network ACL or a missing route.',
  dns: 'The host name does not resolve from the task: a wrong host name, a private hosted zone not associated with the VPC, or VPC DNS resolution disabled.',
  reset: 'The connection was reset by the other side: wrong protocol or TLS settings, or a proxy in between closed it.',
  other: 'The app could not open a connection to it.'
}

export function explainDependencyUnreachable(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const pick = bestReading(readingsOf(ctx, group))
  const reading = pick?.reading
  const signal = reading?.signal
  const container = reading?.containerName ?? 'the container'
  const address = signal?.host ? `${signal.host}${signal.port ? `:${signal.port}` : ''}` : undefined
  const named = signal?.hostName ? `${signal.hostName}${signal.port ? `:${signal.port}` : ''} at ${signal.host}` : undefined
  const target = named ?? address ?? 'a dependency'
  const known = wellKnownPort(signal?.port)
  const sidecar = reading?.detail === 'sidecar-dependency' ? sidecarServing(ctx.taskDefinition, reading.containerName, signal?.port) : undefined
  const egress = signal?.port && !sidecar ? egressVerdict(ctx, signal.port, signal.host) : undefined
  const addressChange = addressSettingChange(ctx, reading?.containerName)

  const explanation = sidecar
    ? `${container} connects to ${target}, which ${sidecar.name} of the same task serves, but ${sidecar.name} was not accepting connections yet. ` +
      `Containers start in parallel unless dependsOn orders them: make ${container} depend on ${sidecar.name} with condition HEALTHY (give ${sidecar.name} a health check) or START.`
    : `${container} exited${reading?.exitCode !== undefined && reading?.exitCode !== null ? ` with code ${reading.exitCode}` : ''} because it could not connect to ${target}${known ? ` (${known.service})` : ''}. ` +
      `${FAILURE_MEANING[signal?.failure ?? 'other']}${egress?.blocked ? ` ${egress.detail}` : ''}`

  return {
    code: 'dependency-unreachable',
    title: sidecar ? `${container} starts before its sidecar ${sidecar.name} listens on ${target}` : `${container} cannot reach ${target}${failureWord(signal)}`,
    explanation: compact([explanation, addressChange]).join(' '),
    confidence: reading?.confidence ?? 'medium',
    evidence: compact([
      pick && stoppedTasksLine(ctx, group, exitSummary(pick.task, pick.reading)),
      ...logEvidence(pick),
      egress?.detail,
      addressChange
    ]),
    fixes: compact([
      sidecar
        ? newRevisionFix(ctx, `Start ${container} after ${sidecar.name} is ready`, {
            edit: `In td.json add {"containerName": "${sidecar.name}", "condition": "HEALTHY"} to containerDefinitions[?name=='${container}'].dependsOn (HEALTHY needs a healthCheck on ${sidecar.name}; else use START), then register.`,
            changes: [{ where: containerField(container, '.dependsOn'), after: JSON.stringify({ containerName: sidecar.name, condition: 'HEALTHY' }) }]
          })
        : undefined,
      egress?.blocked ? egress.fix : undefined,
      !sidecar && signal ? dependencyInboundFix(ctx, signal) : undefined,
      rollbackFix(ctx)
    ]),
    logExcerpt: logExcerptOf(pick)
  }
}

function failureWord(signal: LogSignal | undefined): string {
  switch (signal?.failure) {
    case 'refused':
      return ' (connection refused)'
    case 'timeout':
      return ' (connection timed out)'
    case 'dns':
      return ' (host name does not resolve)'
    default:
      return ''
  }
}

/** Env vars that look like addresses and changed since the previous revision: the usual origin of a new wrong host. */
function addressSettingChange(ctx: DiagnosisContext, containerName: string | undefined): string | undefined {
  const def = containerDefinition(ctx.taskDefinition, containerName)
  const names = [...(def?.environment ?? []), ...(def?.secrets ?? [])].flatMap((e) => (e.name ? [e.name] : []))
  return names
    .filter((name) => /URL|URI|HOST|ENDPOINT|ADDR|DSN|SERVER|CONNECTION/i.test(name))
    .map((name) => settingChange(ctx, containerName, name))
    .find(Boolean)
}

function egressVerdict(ctx: DiagnosisContext, port: number, host: string | undefined): { blocked: boolean; detail: string; fix?: Fix } | undefined {
  const taskGroups = taskSecurityGroups(ctx)
  const groups = (ctx.evidence.network?.securityGroups ?? []).filter((g) => g.GroupId && taskGroups.includes(g.GroupId))
  if (groups.length === 0) return undefined
  const allows = groups.some((g) =>
    (g.IpPermissionsEgress ?? []).some((p) => p.IpProtocol === '-1' || ((p.IpProtocol === 'tcp' || p.IpProtocol === '6') && (p.FromPort ?? 0) <= port && port <= (p.ToPort ?? 65535)))
  )
  const ids = taskGroups.join(', ')
  if (allows) return { blocked: false, detail: `The task security group ${ids} allows outbound TCP ${port}.` }
  const cidr = host && /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) ? `${host}/32` : '0.0.0.0/0'
  return {
    blocked: true,
    detail: `The task security group ${ids} has no outbound rule for TCP ${port}.`,
    fix: {
      title: `Allow outbound TCP ${port} from the task security group ${taskGroups[0]}`,
      commands: [
        command('aws', 'ec2', 'authorize-security-group-egress', '--group-id', taskGroups[0], '--ip-permissions', `IpProtocol=tcp,FromPort=${port},ToPort=${port},IpRanges=[{CidrIp=${cidr}}]`, '--region', ctx.region)
      ],
      note: cidr === '0.0.0.0/0' ? `Narrow 0.0.0.0/0 to the address range of ${host ?? 'the dependency'} if you know it.` : undefined
    }
  }
}

/** The dependency's own security group must let the task in; find it by the address the app dialled. */
function dependencyInboundFix(ctx: DiagnosisContext, signal: LogSignal): Fix | undefined {
  const taskGroup = taskSecurityGroups(ctx)[0]
  if (signal.failure !== 'timeout' || !signal.port || !taskGroup) return undefined
  const byIp = signal.host && /^\d{1,3}(?:\.\d{1,3}){3}$/.test(signal.host)
  return {
    title: `Let the tasks (${taskGroup}) in on TCP ${signal.port} at ${signal.host ?? 'the dependency'}`,
    commands: byIp
      ? [
          command('aws', 'ec2', 'describe-network-interfaces', '--filters', `Name=addresses.private-ip-address,Values=${signal.host}`, '--query', 'NetworkInterfaces[].Groups', '--region', ctx.region)
        ]
      : [],
    note:
      `${byIp ? 'The command lists the security groups of ' + signal.host + '. ' : ''}On the dependency's security group run: ` +
      `aws ec2 authorize-security-group-ingress --group-id <its group id> --protocol tcp --port ${signal.port} --source-group ${taskGroup} --region ${ctx.region}`
  }
}
