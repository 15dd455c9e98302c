/**
 * The EXTERNAL controller: a third-party controller creates and scales task sets; ECS has no deployment,
 * circuit breaker or rollback for it. The watch follows the task set named in 'deployment-id' to
 * STEADY_STATE and runs its tasks through the task rules.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-external.html
 */
import type { EcsService } from '../../evidence/schema.js'
import { shortTaskDefinition } from '../../format.js'
import { WatchError } from '../errors.js'
import type { Decision } from '../types.js'
import type { FollowedDeployment, PlanOptions, StrategyObservation, StrategyPlan } from './plan.js'
import type { DeploymentStrategy, StrategyEvidence } from '../../evidence/schema.js'

type TaskSetJson = NonNullable<EcsService['taskSets']>[number]

function describeTaskSets(service: EcsService): string {
  return (
    (service.taskSets ?? []).map((t) => `${t.id} (${t.status}, ${shortTaskDefinition(t.taskDefinition)}, ${t.stabilityStatus})`).join(', ') || 'none'
  )
}

/** STEADY_STATE with every task running: what ECS itself calls a stable task set. */
export function taskSetDecision(taskSet: TaskSetJson | undefined, id: string): Decision | null {
  if (!taskSet) return { verdict: 'failed', reason: `Task set ${id} was deleted before it reached STEADY_STATE` }
  const running = taskSet.runningCount ?? 0
  const desired = taskSet.computedDesiredCount ?? 0
  if (taskSet.stabilityStatus === 'STEADY_STATE' && running === desired && (taskSet.pendingCount ?? 0) === 0)
    return { verdict: 'stable', reason: `Task set ${id} is STEADY_STATE with ${running}/${desired} tasks running (${taskSet.status})` }
  return null
}

export class ExternalPlan implements StrategyPlan {
  private taskSet?: TaskSetJson
  private id = ''

  constructor(
    readonly strategy: DeploymentStrategy,
    private readonly options: PlanOptions
  ) {}

  async follow(service: EcsService): Promise<FollowedDeployment> {
    const name = service.serviceName ?? this.options.service
    const wanted = this.options.deploymentId
    if (!wanted)
      throw new WatchError(
        `${name} uses the EXTERNAL deployment controller: ECS has no deployment to follow, only task sets. ` +
          `Name the task set to follow in 'deployment-id' (its task sets: ${describeTaskSets(service)}).`
      )
    this.id = wanted
    this.taskSet = (service.taskSets ?? []).find((t) => t.id === wanted)
    if (!this.taskSet)
      throw new WatchError(`Input 'deployment-id' ${wanted} is not a task set of ${name}; its task sets are ${describeTaskSets(service)}.`)
    return {
      deploymentId: wanted,
      taskDefinitionArn: this.taskSet.taskDefinition,
      createdAt: this.taskSet.createdAt,
      previousTaskDefinitions: (service.taskSets ?? []).filter((t) => t.id !== wanted && t.taskDefinition).map((t) => t.taskDefinition as string),
      label: `task set ${wanted}`,
      detail: shortTaskDefinition(this.taskSet.taskDefinition)
    }
  }

  async poll(service: EcsService): Promise<void> {
    this.taskSet = (service.taskSets ?? []).find((t) => t.id === this.id)
  }

  taskOwnerId(): string {
    return this.id
  }

  reportedId(): string {
    return this.id
  }

  decide(rolling: Decision | null, _observation: StrategyObservation): Decision | null {
    const own = taskSetDecision(this.taskSet, this.id)
    if (own?.verdict === 'failed') return own
    if (rolling && rolling.verdict !== 'stable') return rolling
    return own
  }

  progress(base: string): string {
    const t = this.taskSet
    const line = base.replace(', no longer listed', '')
    return t ? `${line}; task set ${t.status} ${t.stabilityStatus}, scale ${t.scale?.value ?? '?'}${t.scale?.unit === 'PERCENT' ? '%' : ''}` : line
  }

  timeoutDetail(): string | undefined {
    return this.taskSet ? `task set ${this.id} was still ${this.taskSet.stabilityStatus}` : undefined
  }

  changeKey(): string {
    const t = this.taskSet
    return t ? `${t.status}:${t.stabilityStatus}:${t.runningCount}:${t.pendingCount}` : 'gone'
  }

  evidence(): StrategyEvidence {
    return { ...this.strategy, ...(this.taskSet ? { taskSet: this.taskSet } : {}) }
  }
}
