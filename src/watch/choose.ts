/** Which ECS deployment to follow, from the inputs and the service's deployments. */
import type { EcsDeployment, EcsService } from '../evidence/schema.js'
import { findDeployment } from './evaluate.js'
import { shortTaskDefinition } from '../format.js'
import { WatchError } from './errors.js'
import type { Decision } from './types.js'

/** A deployment ECS already finished with and dropped from DescribeServices. */
export class DeploymentGoneError extends WatchError {
  constructor(
    readonly deploymentId: string,
    message: string
  ) {
    super(message)
  }
}

/** The verdict for a deployment that only the service-deployments API still knows, or null. */
export function goneDeploymentDecision(deploymentId: string, status: string | undefined, reason?: string): Decision | null {
  const why = reason ? `: ${reason}` : ''
  if (status?.startsWith('ROLLBACK_'))
    return { verdict: 'rolled-back', reason: `${deploymentId} was rolled back before the watch started (${status})${why}` }
  if (status === 'STOPPED' || status === 'STOP_REQUESTED')
    return { verdict: 'failed', reason: `${deploymentId} was stopped (${status})${why}` }
  return null
}

function taskDefinitionMatches(arn: string | undefined, wanted: string): boolean {
  if (!arn) return false
  return arn === wanted || arn.endsWith(`/${wanted}`)
}

function describeDeployments(service: EcsService): string {
  return (service.deployments ?? [])
    .map((d) => `${d.id} (${d.status}, ${shortTaskDefinition(d.taskDefinition)})`)
    .join(', ') || 'none'
}

/** Picks the deployment to follow: the given id, the one running the given task definition, or PRIMARY. */
export function chooseDeployment(
  service: EcsService,
  deploymentId: string | undefined,
  taskDefinition: string | undefined
): EcsDeployment {
  const name = service.serviceName ?? 'the service'
  if (deploymentId) {
    const found = findDeployment(service, deploymentId)
    if (!found)
      throw new DeploymentGoneError(
        deploymentId,
        `Input 'deployment-id' ${deploymentId} is not a current deployment of ${name}; its deployments are ${describeDeployments(service)}.`
      )
    if (taskDefinition && !taskDefinitionMatches(found.taskDefinition, taskDefinition))
      throw new WatchError(
        `Deployment ${deploymentId} runs ${shortTaskDefinition(found.taskDefinition)}, not the 'task-definition' input ${taskDefinition}.`
      )
    return found
  }
  if (taskDefinition) {
    const found = service.deployments?.find((d) => taskDefinitionMatches(d.taskDefinition, taskDefinition))
    if (!found)
      throw new WatchError(
        `No deployment of ${name} runs the 'task-definition' input ${taskDefinition}; its deployments are ${describeDeployments(service)}. ` +
          'Was the deploy step skipped, or did ECS already roll it back?'
      )
    return found
  }
  const primary = service.deployments?.find((d) => d.status === 'PRIMARY')
  if (!primary) throw new WatchError(`${name} has no PRIMARY deployment to follow.`)
  return primary
}

