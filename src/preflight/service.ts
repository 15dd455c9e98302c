/** The service the task definition is about to be deployed to, and the revision it runs now. */
import { DescribeServicesCommand, type ECSClient } from '@aws-sdk/client-ecs'
import { errorName, isAccessDenied } from '../aws/errors.js'
import { toJson } from '../evidence/json.js'
import type { EcsService } from '../evidence/schema.js'
import { deniedError, PreflightError } from './errors.js'

export async function describeService(ecs: ECSClient, cluster: string, serviceName: string): Promise<EcsService> {
  let output
  try {
    output = await ecs.send(new DescribeServicesCommand({ cluster, services: [serviceName] }))
  } catch (error) {
    if (errorName(error) === 'ClusterNotFoundException') {
      throw new PreflightError(`Cluster '${cluster}' was not found in this region. Check the 'cluster' and 'region' inputs.`)
    }
    if (isAccessDenied(error)) throw deniedError('ecs:DescribeServices', error)
    throw error
  }
  const service = output.services?.[0]
  if (!service || service.status === 'INACTIVE') {
    const reason = output.failures?.[0]?.reason ?? service?.status ?? 'MISSING'
    throw new PreflightError(`Service '${serviceName}' was not found in cluster '${cluster}' (${reason}). Check the 'service' and 'cluster' inputs.`)
  }
  return toJson(service) as EcsService
}

function time(iso: string | undefined): number {
  const ms = iso ? Date.parse(iso) : NaN
  return Number.isNaN(ms) ? 0 : ms
}

/**
 * The task definition the service runs now: its newest deployment that completed (a deploy may already be
 * in progress), else the PRIMARY one, else the service's own.
 */
export function runningTaskDefinitionArn(service: EcsService): string | undefined {
  const deployments = service.deployments ?? []
  const completed = deployments
    .filter((d) => d.rolloutState === 'COMPLETED' && d.taskDefinition)
    .sort((a, b) => time(b.updatedAt ?? b.createdAt) - time(a.updatedAt ?? a.createdAt))
  return completed[0]?.taskDefinition ?? deployments.find((d) => d.status === 'PRIMARY')?.taskDefinition ?? service.taskDefinition
}
