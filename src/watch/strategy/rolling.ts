/** ROLLING without alarms: the task rules and DescribeServices decide; nothing else to read. */
import type { EcsDeployment, EcsService } from '../../evidence/schema.js'
import { chooseDeployment } from '../choose.js'
import { shortTaskDefinition } from '../../format.js'
import type { Decision } from '../types.js'
import type { FollowedDeployment, PlanOptions, StrategyPlan } from './plan.js'
import type { DeploymentStrategy, StrategyEvidence } from '../../evidence/schema.js'

export function followedFrom(service: EcsService, deployment: EcsDeployment): FollowedDeployment {
  return {
    deploymentId: deployment.id ?? '',
    taskDefinitionArn: deployment.taskDefinition,
    createdAt: deployment.createdAt,
    previousTaskDefinitions: (service.deployments ?? [])
      .filter((d) => d.id !== deployment.id && d.taskDefinition)
      .map((d) => d.taskDefinition as string),
    label: deployment.id ?? '',
    detail: shortTaskDefinition(deployment.taskDefinition)
  }
}

export class RollingPlan implements StrategyPlan {
  private followedId = ''

  constructor(
    readonly strategy: DeploymentStrategy,
    private readonly options: PlanOptions
  ) {}

  async follow(service: EcsService): Promise<FollowedDeployment> {
    const deployment = chooseDeployment(service, this.options.deploymentId, this.options.taskDefinition)
    this.followedId = deployment.id ?? ''
    return followedFrom(service, deployment)
  }

  async poll(): Promise<void> {}

  taskOwnerId(): string {
    return this.followedId
  }

  reportedId(): string {
    return this.followedId
  }

  decide(rolling: Decision | null): Decision | null {
    return rolling
  }

  progress(base: string): string {
    return base
  }

  timeoutDetail(): string | undefined {
    return undefined
  }

  changeKey(): string {
    return ''
  }

  evidence(): StrategyEvidence {
    return { ...this.strategy }
  }
}
