/**
 * The CODE_DEPLOY controller: CodeDeploy runs the blue/green deployment and ECS only shows task sets
 * (`deployments` is empty, so "the service is stable" never comes). The deployment is followed with
 * GetDeploymentTarget every poll (lifecycle events, task sets, traffic) and GetDeployment when it moved;
 * the replacement task set's tasks go through the task rules like any deployment's.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-bluegreen.html
 * https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_GetDeploymentTarget.html
 */
import {
  GetDeploymentCommand,
  GetDeploymentTargetCommand,
  ListDeploymentsCommand,
  type CodeDeployClient,
  type DeploymentStatus
} from '@aws-sdk/client-codedeploy'
import { errorName, isAccessDenied } from '../../aws/errors.js'
import type { EcsService } from '../../evidence/schema.js'
import { toJson } from '../../evidence/json.js'
import { shortTaskDefinition } from '../../format.js'
import { WatchError } from '../errors.js'
import type { Decision } from '../types.js'
import {
  appSpecHookFunctions,
  CODEDEPLOY_DEPLOYMENT_ID,
  codeDeployDecision,
  codeDeployProgress,
  codeDeployStage,
  defaultDeploymentGroup,
  greenTaskSetId,
  lifecycleSpans,
  readyToReroute,
  type CodeDeployInfo,
  type CodeDeployTarget
} from './codedeploy-facts.js'
import { awaitingLine } from './ecs-native.js'
import { deniedFor } from './errors.js'
import type { FollowedDeployment, PlanOptions, StrategyObservation, StrategyPlan } from './plan.js'
import type { AwaitingAction, DeploymentStrategy, StrategyEvidence } from '../../evidence/schema.js'

const IN_FLIGHT: DeploymentStatus[] = ['Created', 'Queued', 'InProgress', 'Baking', 'Ready']
/** GetDeployment is re-read at least this often even when the target did not move. */
const REREAD_EVERY_POLLS = 6
const NOT_LISTED = ', no longer listed'

function lastSegment(value: string | undefined): string {
  return value?.split('/').pop() ?? ''
}

export class CodeDeployPlan implements StrategyPlan {
  private deploymentId = ''
  private ownerId = ''
  private info?: CodeDeployInfo
  private target?: CodeDeployTarget
  private targetKey = ''
  private polls = 0
  private awaiting: AwaitingAction | null = null
  private readonly announced = new Set<string>()
  private service?: EcsService

  constructor(
    readonly strategy: DeploymentStrategy,
    private readonly options: PlanOptions
  ) {}

  private client(): Promise<CodeDeployClient> {
    if (!this.options.codedeploy) throw new WatchError('A CodeDeploy client is needed to follow a CODE_DEPLOY service.')
    return this.options.codedeploy()
  }

  private get call() {
    return { abortSignal: this.options.signal }
  }

  async follow(service: EcsService): Promise<FollowedDeployment> {
    this.service = service
    this.deploymentId = this.options.codeDeployDeploymentId ?? (await this.discover(service))
    await this.readDeployment()
    await this.readTarget()
    this.ownerId = greenTaskSetId(this.target) ?? this.taskSetOfDeployment(service)?.id ?? ''
    const taskSet = (service.taskSets ?? []).find((t) => t.id === this.ownerId)
    const replacement = this.ownerId ? `replacement task set ${this.ownerId} ${shortTaskDefinition(taskSet?.taskDefinition)}` : undefined
    return {
      deploymentId: this.ownerId,
      taskDefinitionArn: taskSet?.taskDefinition,
      createdAt: taskSet?.createdAt ?? this.info?.createTime,
      previousTaskDefinitions: (service.taskSets ?? []).filter((t) => t.id !== this.ownerId && t.taskDefinition).map((t) => t.taskDefinition as string),
      label: `CodeDeploy deployment ${this.deploymentId}`,
      ...(replacement ? { detail: replacement } : {})
    }
  }

  async poll(service: EcsService): Promise<void> {
    this.service = service
    this.polls += 1
    const before = this.targetKey
    await this.readTarget()
    if (this.targetKey !== before || this.polls % REREAD_EVERY_POLLS === 0) await this.readDeployment()
    this.ownerId ||= greenTaskSetId(this.target) ?? this.taskSetOfDeployment(service)?.id ?? ''
  }

  taskOwnerId(): string {
    return this.ownerId
  }

  reportedId(): string {
    return this.ownerId || this.deploymentId
  }

  decide(rolling: Decision | null, _observation: StrategyObservation): Decision | null {
    const own = codeDeployDecision(this.info, this.target)
    if (own && own.verdict !== 'stable') return own
    if (rolling && rolling.verdict !== 'stable') return rolling
    return own
  }

  progress(base: string): string {
    const own = codeDeployProgress(this.info, this.target)
    if (!this.ownerId && own) return `${this.service?.serviceName ?? this.options.service}: ${own}`
    const line = base.replace(NOT_LISTED, '')
    return own ? `${line}; ${own}` : line
  }

  timeoutDetail(): string | undefined {
    if (this.awaiting) return awaitingLine(this.awaiting)
    const event = codeDeployStage(this.target)
    const status = this.info?.status ?? this.target?.status ?? 'unknown'
    const rerouted = (this.target?.lifecycleEvents ?? []).some((e) => e.lifecycleEventName === 'AllowTraffic' && e.status === 'Succeeded')
    const wait = rerouted && status === 'InProgress' ? '; traffic is rerouted and CodeDeploy waits out the original task set\'s termination wait' : ''
    return `CodeDeploy deployment ${this.deploymentId} was ${status}${event ? ` at lifecycle event ${event}` : ''}${wait}; raise timeout-minutes to wait for the verdict`
  }

  changeKey(): string {
    return `${this.targetKey}|${this.info?.status ?? ''}`
  }

  evidence(): StrategyEvidence {
    const names = this.info ? { applicationName: this.info.applicationName, deploymentGroupName: this.info.deploymentGroupName } : {}
    const hookFunctions = appSpecHookFunctions(this.info)
    const taskSet = (this.service?.taskSets ?? []).find((t) => t.id === this.ownerId)
    const stages = lifecycleSpans(this.target)
    return {
      ...this.strategy,
      codeDeploy: {
        deploymentId: this.deploymentId,
        ...names,
        ...(this.info ? { deployment: withoutAppSpec(this.info) } : {}),
        ...(this.target ? { target: this.target } : {}),
        ...(Object.keys(hookFunctions).length > 0 ? { hookFunctions } : {})
      },
      ...(stages.length > 0 ? { stages } : {}),
      ...(taskSet ? { taskSet } : {}),
      ...(this.awaiting ? { awaiting: this.awaiting } : {})
    }
  }

  /** The replacement task set CodeDeploy made for this deployment: its externalId is the deployment id. */
  private taskSetOfDeployment(service: EcsService) {
    return (service.taskSets ?? []).find((t) => t.externalId === this.deploymentId && t.startedBy === 'CODE_DEPLOY')
  }

  /**
   * The in-flight deployment of the service's deployment group (the console's and the official action's
   * default names), else the newest task set CodeDeploy made.
   */
  private async discover(service: EcsService): Promise<string> {
    const cluster = lastSegment(service.clusterArn) || lastSegment(this.options.cluster)
    const name = service.serviceName ?? lastSegment(this.options.service)
    const group = defaultDeploymentGroup(cluster, name)
    try {
      const listed = await (await this.client()).send(new ListDeploymentsCommand({ ...group, includeOnlyStatuses: IN_FLIGHT }), this.call)
      const found = listed.deployments?.[0]
      if (found) return found
    } catch (error) {
      if (isAccessDenied(error)) this.options.logger.warning(`codedeploy:ListDeployments was denied (${errorName(error)}); looking for the deployment in the service's task sets.`)
      else if (!/DoesNotExist/.test(errorName(error))) throw error
    }
    const newest = [...(service.taskSets ?? [])]
      .filter((t) => CODEDEPLOY_DEPLOYMENT_ID.test(t.externalId ?? ''))
      .sort((a, b) => Date.parse(b.createdAt ?? '') - Date.parse(a.createdAt ?? ''))[0]
    if (newest?.externalId) return newest.externalId
    throw new WatchError(
      `${name} uses the CODE_DEPLOY deployment controller, and no CodeDeploy deployment of it was found (deployment group ` +
        `${group.applicationName}/${group.deploymentGroupName} has none in progress, and no task set names one). ` +
        "Pass the deploy step's 'codedeploy-deployment-id' output as the 'codedeploy-deployment-id' input."
    )
  }

  private async readDeployment(): Promise<void> {
    try {
      const output = await (await this.client()).send(new GetDeploymentCommand({ deploymentId: this.deploymentId }), this.call)
      this.info = output.deploymentInfo ? (toJson(output.deploymentInfo) as CodeDeployInfo) : this.info
    } catch (error) {
      if (isAccessDenied(error)) throw deniedFor('codedeploy:GetDeployment', 'following a CodeDeploy deployment needs', error)
      if (/DoesNotExist/.test(errorName(error)))
        throw new WatchError(`CodeDeploy deployment ${this.deploymentId} does not exist in this region. Check the 'codedeploy-deployment-id' and 'region' inputs.`)
      throw error
    }
    this.awaiting = readyToReroute(this.info, this.options.region)
    if (this.awaiting && !this.announced.has('Ready')) {
      this.announced.add('Ready')
      this.options.logger.warning(`Waiting for approval: ${awaitingLine(this.awaiting)}`)
    }
  }

  private async readTarget(): Promise<void> {
    const service = this.service
    const targetId = `${lastSegment(service?.clusterArn) || lastSegment(this.options.cluster)}:${service?.serviceName ?? lastSegment(this.options.service)}`
    try {
      const output = await (await this.client()).send(new GetDeploymentTargetCommand({ deploymentId: this.deploymentId, targetId }), this.call)
      const ecsTarget = output.deploymentTarget?.ecsTarget
      if (ecsTarget) this.target = toJson(ecsTarget) as CodeDeployTarget
    } catch (error) {
      if (isAccessDenied(error)) throw deniedFor('codedeploy:GetDeploymentTarget', 'following a CodeDeploy deployment needs', error)
      // CodeDeploy lists the target a moment after the deployment is created.
      if (!/DoesNotExist|InvalidDeploymentTarget/.test(errorName(error))) throw error
    }
    const events = (this.target?.lifecycleEvents ?? []).map((e) => `${e.lifecycleEventName}=${e.status}`)
    const sets = (this.target?.taskSetsInfo ?? []).map((t) => `${t.identifer}:${t.runningCount}/${t.desiredCount}:${t.trafficWeight}`)
    this.targetKey = [this.target?.status, ...events, ...sets].join('|')
  }
}

function withoutAppSpec(info: CodeDeployInfo): CodeDeployInfo {
  if (!info.revision) return info
  const { appSpecContent: _content, string: _string, ...revision } = info.revision
  return { ...info, revision }
}
