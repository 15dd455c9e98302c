import type { EcsDeployment, EcsService, EcsTask, EcsTaskDefinition, Evidence } from '../evidence/schema.js'
import { isBenignStop, isStopped } from './stops.js'

/** Plain facts derived once from the evidence, shared by every rule and check. */
export interface DiagnosisContext {
  evidence: Evidence
  region: string
  accountId?: string
  cluster: string
  serviceName: string
  service: EcsService
  deploymentId: string | null
  /** The followed deployment as the service reports it (absent once ECS removed it). */
  deployment?: EcsDeployment
  taskDefinition?: EcsTaskDefinition
  previousTaskDefinition?: EcsTaskDefinition
  /** Tasks of the followed deployment. */
  tasks: EcsTask[]
  /** Stopped tasks of the followed deployment whose stop is a failure, newest first. */
  failedTasks: EcsTask[]
  subnetIds: string[]
  securityGroupIds: string[]
  assignPublicIp: boolean
  targetGroupArns: string[]
}

const ARN_ACCOUNT = /^arn:aws[\w-]*:[\w-]+:[\w-]*:(\d{12}):/

function accountFrom(...arns: (string | undefined)[]): string | undefined {
  for (const arn of arns) {
    const match = arn ? ARN_ACCOUNT.exec(arn) : null
    if (match) return match[1]
  }
  return undefined
}

function regionFrom(arn: string | undefined): string | undefined {
  return arn?.split(':')[3] || undefined
}

function stoppedAtDesc(a: EcsTask, b: EcsTask): number {
  return (b.stoppedAt ?? b.createdAt ?? '').localeCompare(a.stoppedAt ?? a.createdAt ?? '')
}

export function buildContext(evidence: Evidence): DiagnosisContext {
  const service = evidence.service ?? {}
  const deploymentId = evidence.deploymentId ?? null
  const deployment = service.deployments?.find((d) => d.id === deploymentId)
  const tasks = (evidence.tasks ?? []).filter((t) => !deploymentId || !t.startedBy || t.startedBy === deploymentId)
  const failedTasks = tasks.filter((t) => isStopped(t) && !isBenignStop(t)).sort(stoppedAtDesc)
  const vpc = service.networkConfiguration?.awsvpcConfiguration
  return {
    evidence,
    region: evidence.region ?? regionFrom(service.serviceArn) ?? 'us-east-1',
    accountId: accountFrom(service.serviceArn, evidence.taskDefinition?.taskDefinitionArn, tasks[0]?.taskArn),
    cluster: evidence.cluster ?? service.clusterArn?.split('/').pop() ?? 'default',
    serviceName: evidence.serviceName ?? service.serviceName ?? 'service',
    service,
    deploymentId,
    deployment,
    taskDefinition: evidence.taskDefinition ?? undefined,
    previousTaskDefinition: evidence.previousTaskDefinition ?? undefined,
    tasks,
    failedTasks,
    subnetIds: vpc?.subnets ?? [],
    securityGroupIds: vpc?.securityGroups ?? [],
    assignPublicIp: vpc?.assignPublicIp === 'ENABLED',
    targetGroupArns: (service.loadBalancers ?? []).flatMap((lb) => (lb.targetGroupArn ? [lb.targetGroupArn] : []))
  }
}
