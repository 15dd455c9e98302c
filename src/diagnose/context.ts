import type { EcsDeployment, EcsService, EcsTask, EcsTaskDefinition, Evidence } from '../evidence/schema.js'
import { partitionFromArn, partitionOf } from '../partition.js'
import { isBenignStop, isStopped } from '../stops.js'

/** Plain facts derived once from the evidence, shared by every rule and check. */
export interface DiagnosisContext {
  evidence: Evidence
  region: string
  /** The AWS partition ARNs and host names use: aws, aws-cn, aws-us-gov, ... */
  partition: string
  /** Host names of the partition end with it: amazonaws.com, amazonaws.com.cn, ... */
  dnsSuffix: string
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
  const at = (task: EcsTask) => String(task.stoppedAt ?? task.createdAt ?? '')
  return at(b).localeCompare(at(a))
}

/** The objects of a list from untrusted evidence: anything else (a wrong type, a null entry) is left out. */
function objects<T>(value: T[] | undefined | null): T[] {
  return Array.isArray(value) ? value.filter((item) => typeof item === 'object' && item !== null) : []
}

function strings(value: string[] | undefined | null): string[] {
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []
}

function record<T extends object>(value: T | undefined | null): T | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined
}

export function buildContext(evidence: Evidence): DiagnosisContext {
  const service = record(evidence.service) ?? {}
  const deploymentId = typeof evidence.deploymentId === 'string' ? evidence.deploymentId : null
  const deployment = objects(service.deployments).find((d) => d.id === deploymentId)
  const tasks = objects(evidence.tasks).filter((t) => !deploymentId || !t.startedBy || t.startedBy === deploymentId)
  const failedTasks = tasks.filter((t) => isStopped(t) && !isBenignStop(t)).sort(stoppedAtDesc)
  const vpc = record(record(service.networkConfiguration)?.awsvpcConfiguration)
  const region = evidence.region ?? regionFrom(service.serviceArn) ?? 'us-east-1'
  const partition = partitionOf(region)
  return {
    evidence,
    region,
    partition: partitionFromArn(service.serviceArn) ?? partitionFromArn(tasks[0]?.taskArn) ?? partition.name,
    dnsSuffix: partition.dnsSuffix,
    accountId: accountFrom(service.serviceArn, evidence.taskDefinition?.taskDefinitionArn, tasks[0]?.taskArn),
    cluster: evidence.cluster ?? service.clusterArn?.split('/').pop() ?? 'default',
    serviceName: evidence.serviceName ?? service.serviceName ?? 'service',
    service,
    deploymentId,
    deployment,
    taskDefinition: record(evidence.taskDefinition),
    previousTaskDefinition: record(evidence.previousTaskDefinition),
    tasks,
    failedTasks,
    subnetIds: strings(vpc?.subnets),
    securityGroupIds: strings(vpc?.securityGroups),
    assignPublicIp: vpc?.assignPublicIp === 'ENABLED',
    targetGroupArns: objects(service.loadBalancers).flatMap((lb) => (typeof lb.targetGroupArn === 'string' ? [lb.targetGroupArn] : []))
  }
}
