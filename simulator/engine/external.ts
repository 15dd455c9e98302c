/**
 * The EXTERNAL controller: a third-party controller created the followed task set beside the PRIMARY one at
 * second 0 (CreateTaskSet, scale 100 %); ECS keeps it at its count and replaces failed tasks, nothing more.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-external.html
 */
import type { SimDeployment, SimTask } from './model.js'
import type { EcsScheduler, StrategyDriver } from './scheduler.js'

export const EXTERNAL_CONTROLLER = 'spinnaker-deployer'

export class ExternalController implements StrategyDriver {
  constructor(
    private readonly s: EcsScheduler,
    private readonly followed: SimDeployment,
    previous: SimDeployment
  ) {
    Object.assign(previous, { status: 'PRIMARY', taskSet: { externalId: 'release-41', startedBy: EXTERNAL_CONTROLLER, scalePercent: 100, createdAt: -86_400 } })
    Object.assign(followed, { status: 'ACTIVE', nextLaunchAt: 2, taskSet: { externalId: 'release-42', startedBy: EXTERNAL_CONTROLLER, scalePercent: 100, createdAt: 0 } })
    s.queue.wakeUpAt(2)
  }

  reconcile(): void {
    this.s.launchFor(this.followed, Infinity)
  }

  taskFailed(task: SimTask, neverStarted: boolean): void {
    if (task.deployment === this.followed) this.s.recordFailure(this.followed, neverStarted)
  }
}
