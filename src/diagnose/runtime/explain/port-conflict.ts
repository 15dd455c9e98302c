/**
 * port-conflict: two processes want the same port — inside one task (awsvpc: all containers share
 * localhost; the app logs EADDRINUSE), or on an EC2 instance whose static hostPort is taken (the
 * placement event "already using a port required by your task", classified by the startup rules).
 */
import type { DiagnosisContext } from '../../context.js'
import type { ClassifiedGroup } from '../../rules.js'
import { command } from '../../shell.js'
import type { FieldChange, Finding, Fix } from '../../types.js'
import { containerPorts, listOf } from '../task-facts.js'
import { bestReading, compact, containerField, exitSummary, logEvidence, logExcerptOf, newRevisionFix, readingsOf, rollbackFix, stoppedTasksLine } from './common.js'

export function explainPortConflict(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  return group.tasks.length > 0 ? inTask(ctx, group) : onInstance(ctx, group)
}

function inTask(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const pick = bestReading(readingsOf(ctx, group))
  const reading = pick?.reading
  const name = reading?.containerName ?? 'the container'
  const port = reading?.signal?.port
  const sharing = (ctx.taskDefinition?.containerDefinitions ?? []).filter((c) => c.name !== name && port && containerPorts(c).includes(port)).map((c) => c.name ?? '')
  const mode = ctx.taskDefinition?.networkMode ?? 'awsvpc'
  const shared = mode === 'awsvpc' || mode === 'host'
  const why = sharing.length
    ? `${name} and ${listOf(sharing)} both use port ${port}. With ${mode} networking every container of the task shares one network namespace, so only one can listen there.`
    : `Port ${port ?? '(unknown)'} is already in use when ${name} starts.${shared ? ` With ${mode} networking all containers of the task share one network namespace: another container (a sidecar or agent) or a second process in ${name} already listens there.` : ''}`
  return {
    code: 'port-conflict',
    title: `${name} cannot listen on port ${port ?? '(unknown)'}: address already in use`,
    explanation: `${why} Give each listener its own port.`,
    confidence: reading?.confidence ?? 'high',
    evidence: compact([pick && stoppedTasksLine(ctx, group, exitSummary(pick.task, pick.reading)), ...logEvidence(pick), sharing.length ? `Containers mapping port ${port}: ${listOf([name, ...sharing])}` : undefined]),
    fixes: compact([
      newRevisionFix(ctx, `Give ${name}${sharing.length ? ` and ${listOf(sharing)}` : ''} separate ports`, { edit: `In td.json change the listen port (and portMappings) of one of them before registering.` }),
      rollbackFix(ctx)
    ]),
    logExcerpt: logExcerptOf(pick)
  }
}

function onInstance(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const event = group.events[0]
  const instance = /\(container-instance ([^)\s]+)\)/.exec(event?.message ?? '')?.[1]
  const staticPorts = (ctx.taskDefinition?.containerDefinitions ?? []).flatMap((c) =>
    (c.portMappings ?? []).filter((p) => p.hostPort && p.hostPort !== 0).map((p) => `${c.name}:${p.hostPort}`)
  )
  const config = ctx.service.deploymentConfiguration
  const max = config?.maximumPercent ?? 200
  const breaker = config?.deploymentCircuitBreaker
  const bridge = ctx.taskDefinition?.networkMode === 'bridge'
  const deploymentConfiguration = [
    ...(breaker ? [`deploymentCircuitBreaker={enable=${Boolean(breaker.enable)},rollback=${Boolean(breaker.rollback)}}`] : []),
    'maximumPercent=100',
    // minimumHealthyPercent rounds up: with one task anything above 0 keeps it running and blocks the replacement.
    `minimumHealthyPercent=${(ctx.service.desiredCount ?? 2) <= 1 ? 0 : 50}`
  ].join(',')
  const fixes: (Fix | undefined)[] = [
    bridge
      ? newRevisionFix(ctx, 'Use dynamic host ports', {
          edit: `In td.json set "hostPort": 0 in every containerDefinitions[].portMappings entry (bridge mode picks a free port and registers it with the target group), then register.`,
          changes: staticHostPortChanges(ctx)
        })
      : undefined,
    {
      title: 'Let ECS stop an old task before starting its replacement',
      commands: [command('aws', 'ecs', 'update-service', '--cluster', ctx.cluster, '--service', ctx.serviceName, '--deployment-configuration', deploymentConfiguration, '--region', ctx.region)],
      note: `With a fixed host port each instance runs one task; maximumPercent ${max} needs spare instances for the new tasks.`
    }
  ]
  return {
    code: 'port-conflict',
    title: `No container instance has host port ${staticPorts.map((p) => p.split(':')[1]).join(', ') || '(static)'} free for the new tasks`,
    explanation:
      `ECS could not place the new tasks: ${instance ? `the closest matching container instance ${instance}` : 'every container instance'} already uses a host port the task needs. ` +
      `The task definition maps static host ports (${staticPorts.join(', ') || 'hostPort ≠ 0'}), so one task per port fits on an instance, and the old tasks still hold them during the rolling deployment.`,
    confidence: 'high',
    evidence: compact([event?.message ? `Service event: ${event.message}` : undefined, staticPorts.length ? `Static host ports: ${staticPorts.join(', ')}` : undefined, `Deployment configuration: maximumPercent ${max}, minimumHealthyPercent ${config?.minimumHealthyPercent ?? 100}`]),
    fixes: compact(fixes)
  }
}

/** Every static host port of the task definition, set to 0 (dynamic) by the fix. */
function staticHostPortChanges(ctx: DiagnosisContext): FieldChange[] {
  return (ctx.taskDefinition?.containerDefinitions ?? []).flatMap((c) =>
    (c.portMappings ?? [])
      .filter((p) => p.hostPort && p.hostPort !== 0)
      .map((p) => ({ where: containerField(c.name ?? '', `.portMappings[containerPort=${p.containerPort}]`), key: 'hostPort', before: String(p.hostPort), after: '0' }))
  )
}
