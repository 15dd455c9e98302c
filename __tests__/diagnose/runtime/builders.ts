import type { Finding } from '../../../src/diagnose/types.js'
import { diagnose } from '../../../src/diagnose/index.js'
/**
 * Builders for runtime failure fixtures on top of the shared evidence builder: stopped tasks of the
 * new deployment with exit codes and container reasons, their awslogs lines, ELB health state.
 */
import type { EcsTask, EcsTaskDefinition, Evidence, LogExcerpt } from '../../../src/evidence/schema.js'
import { LOG_GROUP, NEW_DEPLOYMENT, TG_ARN, at, baseEvidence, serviceEvent, task, taskId } from '../../fixtures/evidence.js'

export type ContainerDefinition = NonNullable<EcsTaskDefinition['containerDefinitions']>[number]
type Container = NonNullable<EcsTask['containers']>[number]

export interface ExitSpec {
  exitCode: number | null
  reason?: string
  container?: string
  stopCode?: string
  stoppedReason?: string
  /** Other containers of the task (sidecars), as they stopped. */
  others?: Partial<Container>[]
  /** Seconds after the deployment started; the task runs `ranSeconds` before it stops. */
  startedAt?: number
  ranSeconds?: number
  ip?: string
}

/** A task of the new deployment that reached RUNNING and then stopped. */
export function exitedTask(spec: ExitSpec): EcsTask {
  const name = spec.container ?? 'api'
  const start = spec.startedAt ?? 40
  const ran = spec.ranSeconds ?? 8
  const t = task({
    stopCode: (spec.stopCode ?? 'EssentialContainerExited') as EcsTask['stopCode'],
    stoppedReason: spec.stoppedReason ?? `Essential container in task exited`,
    pullStartedAt: at(start - 25),
    pullStoppedAt: at(start - 5),
    startedAt: at(start),
    stoppingAt: at(start + ran),
    executionStoppedAt: at(start + ran + 1),
    stoppedAt: at(start + ran + 15),
    connectivity: 'CONNECTED',
    healthStatus: 'UNKNOWN'
  })
  const main = t.containers![0]
  main.name = name
  main.exitCode = spec.exitCode ?? undefined
  if (spec.reason) main.reason = spec.reason
  main.runtimeId = `${taskId(t)}-3151428127`
  for (const other of spec.others ?? []) {
    t.containers!.push({ containerArn: `${main.containerArn}-${other.name}`, taskArn: t.taskArn, lastStatus: 'STOPPED', ...other })
  }
  if (spec.ip) {
    const details = t.attachments![0].details!
    details.find((d) => d.name === 'privateIPv4Address')!.value = spec.ip
  }
  return t
}

export function logsOf(t: EcsTask, lines: string[], container = 'api', missing?: LogExcerpt['missing']): LogExcerpt {
  return {
    taskArn: t.taskArn!,
    containerName: container,
    logGroup: LOG_GROUP,
    logStream: `ecs/${container}/${taskId(t)}`,
    lines,
    ...(missing ? { missing } : {})
  }
}

/** Evidence where `count` tasks of the new deployment failed the same way and wrote `lines`. */
export function crashLoop(spec: ExitSpec & { lines?: string[]; count?: number; missing?: LogExcerpt['missing'] }, adjust?: (e: Evidence) => void): Evidence {
  const evidence = failedDeployment()
  const count = spec.count ?? 3
  for (let i = 0; i < count; i++) {
    const t = exitedTask({ ...spec, startedAt: (spec.startedAt ?? 40) + i * 70, ip: `10.0.1.${57 + i}` })
    evidence.tasks!.push(t)
    if (spec.lines || spec.missing) evidence.logs!.push(logsOf(t, spec.lines ?? [], spec.container ?? 'api', spec.missing))
  }
  adjust?.(evidence)
  return evidence
}

/** The base evidence once the watch gave up on the new deployment. */
export function failedDeployment(): Evidence {
  const evidence = baseEvidence()
  evidence.watch = {
    verdict: 'failed',
    reason: `3 tasks of ${NEW_DEPLOYMENT} stopped with the same failure`,
    startedAt: at(0),
    endedAt: at(300)
  }
  const primary = evidence.service.deployments![0]
  primary.failedTasks = 3
  primary.runningCount = 0
  return evidence
}

export function container(evidence: Evidence, name = 'api'): ContainerDefinition {
  return evidence.taskDefinition!.containerDefinitions!.find((c) => c.name === name)!
}

export function addContainer(evidence: Evidence, definition: ContainerDefinition): void {
  evidence.taskDefinition!.containerDefinitions!.push(definition)
}

/** Replaces the default api env / image / health check of the failing revision. */
export function configure(evidence: Evidence, change: Partial<ContainerDefinition>, name = 'api'): void {
  Object.assign(container(evidence, name), change)
}

export function elbKilledReason(): string {
  return `Task failed ELB health checks in (target-group ${TG_ARN})`
}

export function unhealthyEvent(message: string, seconds: number) {
  return serviceEvent(message, seconds)
}

type TargetHealthDescription = NonNullable<NonNullable<Evidence['loadBalancing']>['targetHealth']>[number]['descriptions'][number]
type TargetHealthState = NonNullable<NonNullable<TargetHealthDescription['TargetHealth']>['State']>
type TargetHealthReason = NonNullable<NonNullable<TargetHealthDescription['TargetHealth']>['Reason']>

export function targetHealth(evidence: Evidence, targets: { ip: string; state: string; reason?: string; description?: string }[]): void {
  evidence.loadBalancing!.targetHealth = [
    {
      targetGroupArn: TG_ARN,
      descriptions: targets.map((t) => ({
        Target: { Id: t.ip, Port: 8080, AvailabilityZone: 'eu-west-1a' },
        HealthCheckPort: '8080',
        TargetHealth: {
          State: t.state as TargetHealthState,
          ...(t.reason ? { Reason: t.reason as TargetHealthReason } : {}),
          ...(t.description ? { Description: t.description } : {})
        }
      }))
    }
  ]
}

/** The root cause of the evidence's diagnosis; throws when there is none. */
export function rootCause(evidence: Evidence): Finding {
  const finding = diagnose(evidence).rootCause
  if (!finding) throw new Error('no root cause')
  return finding
}

export const commands = (finding: Finding): string[] => finding.fixes.flatMap((f) => f.commands)
export const highlighted = (finding: Finding): string | undefined => finding.logExcerpt!.lines[finding.logExcerpt!.highlight!]
