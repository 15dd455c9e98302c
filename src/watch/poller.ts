import {
  DescribeServiceDeploymentsCommand,
  DescribeTasksCommand,
  ListServiceDeploymentsCommand,
  type ServiceDeployment,
  paginateListTasks,
  type DesiredStatus,
  type ECSClient
} from '@aws-sdk/client-ecs'
import type { EcsService, EcsTask } from '../evidence/schema.js'
import { toJson } from '../evidence/json.js'
import { errorMessage, errorName, isAccessDenied } from '../aws/errors.js'
import { DescribeServicesBatcher } from './describe-batcher.js'
import { WatchError } from './errors.js'


const DESCRIBE_TASKS_BATCH = 100

function denied(action: string, error: unknown): WatchError {
  return new WatchError(
    `The action's AWS role is not allowed ${action} (${errorName(error)}: ${errorMessage(error)}). ` +
      'Add it to the role the workflow assumes; see the IAM policy in the README.'
  )
}

/**
 * Reads the service and the tasks of one deployment. Stopped tasks are remembered, so a task ECS
 * forgets (stopped tasks are kept about an hour) still counts, and no task is described twice
 * once it is STOPPED or known to belong to another deployment.
 */
export class DeploymentPoller {
  private readonly known = new Map<string, EcsTask>()

  private readonly batcher: DescribeServicesBatcher

  /** Aborted when the watch times out: calls still waiting for AWS are given up, not retried. */
  private readonly options: { abortSignal?: AbortSignal }

  constructor(
    private readonly ecs: ECSClient,
    private readonly cluster: string,
    private readonly serviceName: string,
    batcher?: DescribeServicesBatcher,
    private readonly signal?: AbortSignal
  ) {
    // Alone, a watcher has nobody to batch with: its request goes out at once.
    this.batcher = batcher ?? new DescribeServicesBatcher(ecs, cluster, async () => undefined, 0)
    this.options = signal ? { abortSignal: signal } : {}
  }

  async describeService(): Promise<EcsService> {
    let answer
    try {
      answer = await this.batcher.describe(this.serviceName, this.signal)
    } catch (error) {
      if (errorName(error) === 'ClusterNotFoundException')
        throw new WatchError(`Cluster '${this.cluster}' was not found in this region. Check the 'cluster' and 'region' inputs.`)
      if (isAccessDenied(error)) throw denied('ecs:DescribeServices', error)
      throw error
    }
    if (!answer.service) {
      throw new WatchError(
        `Service '${this.serviceName}' was not found in cluster '${this.cluster}' (${answer.failureReason}). Check the 'service' and 'cluster' inputs.`
      )
    }
    return toJson(answer.service)
  }

  /**
   * Lists the service's tasks and describes only what is new or may have changed.
   * Returns how many ListTasks pages it read, so the caller knows what a sweep costs.
   */
  async sweep(deploymentId: string, refreshUnsettled = true): Promise<number> {
    const [running, stopped] = await Promise.all([this.list('RUNNING'), this.list('STOPPED')])
    const stoppedSet = new Set(stopped.arns)
    const toDescribe = [...running.arns, ...stopped.arns].filter((arn) =>
      this.needsDescribe(arn, deploymentId, stoppedSet, refreshUnsettled)
    )
    for (let i = 0; i < toDescribe.length; i += DESCRIBE_TASKS_BATCH) {
      await this.describe(toDescribe.slice(i, i + DESCRIBE_TASKS_BATCH))
    }
    return running.pages + stopped.pages
  }

  ourTasks(deploymentId: string): EcsTask[] {
    return [...this.known.values()].filter((t) => t.startedBy === deploymentId)
  }

  /** New tasks, ours that moved to the STOPPED list, and (when the service moved) ours still starting. */
  private needsDescribe(arn: string, deploymentId: string, stopped: Set<string>, refreshUnsettled: boolean): boolean {
    const task = this.known.get(arn)
    if (!task) return true
    if (task.startedBy !== deploymentId || task.lastStatus === 'STOPPED') return false
    return stopped.has(arn) || (refreshUnsettled && task.lastStatus !== 'RUNNING')
  }

  private async list(desiredStatus: DesiredStatus): Promise<{ arns: string[]; pages: number }> {
    const arns: string[] = []
    let pages = 0
    try {
      const paginator = paginateListTasks(
        { client: this.ecs, pageSize: 100 },
        { cluster: this.cluster, serviceName: this.serviceName, desiredStatus },
        this.options
      )
      for await (const page of paginator) {
        pages += 1
        arns.push(...(page.taskArns ?? []))
      }
    } catch (error) {
      if (isAccessDenied(error)) throw denied('ecs:ListTasks', error)
      throw error
    }
    return { arns, pages }
  }

  private async describe(taskArns: string[]): Promise<void> {
    try {
      const output = await this.ecs.send(new DescribeTasksCommand({ cluster: this.cluster, tasks: taskArns }), this.options)
      for (const task of output.tasks ?? []) if (task.taskArn) this.known.set(task.taskArn, toJson(task))
    } catch (error) {
      if (isAccessDenied(error)) throw denied('ecs:DescribeTasks', error)
      throw error
    }
  }

  /**
   * Finds a deployment that DescribeServices no longer lists (ECS drops it soon after a rollback)
   * through the service-deployments API; its service revision carries the deployment id's digits.
   */
  async findServiceDeployment(deploymentId: string): Promise<ServiceDeployment | undefined> {
    const digits = deploymentId.replace(/^ecs-svc\//, '')
    try {
      const listed = await this.ecs.send(new ListServiceDeploymentsCommand({ cluster: this.cluster, service: this.serviceName }), this.options)
      const arns = (listed.serviceDeployments ?? []).flatMap((d) => (d.serviceDeploymentArn ? [d.serviceDeploymentArn] : [])).slice(0, 20)
      if (arns.length === 0) return undefined
      const described = await this.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: arns }), this.options)
      return described.serviceDeployments?.find((d) => d.targetServiceRevision?.arn?.endsWith(`/${digits}`))
    } catch {
      return undefined
    }
  }
}
