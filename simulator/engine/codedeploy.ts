/**
 * A CodeDeploy blue/green deployment of an ECS service (the CODE_DEPLOY controller) in simulated time: the
 * lifecycle events in order, hooks run by Lambda functions, the replacement (green) task set created at
 * Install, test traffic, an optional wait in Ready for ContinueDeployment, the reroute, the original task
 * set's termination wait, and the automatic rollback of a failed deployment.
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-steps-ecs.html
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html
 */
import type { DeploymentInfo, ECSTarget, ErrorCode } from '@aws-sdk/client-codedeploy'
import type { CodeDeployGroupSpec } from '../types.js'
import { functionLogGroup, functionName } from './bluegreen.js'
import { writeLambdaRun } from './lambda.js'
import { isActive, type SimDeployment, type SimTask } from './model.js'
import type { EcsScheduler, StrategyDriver } from './scheduler.js'

export const LIFECYCLE_EVENTS = [
  'BeforeInstall',
  'Install',
  'AfterInstall',
  'AllowTestTraffic',
  'AfterAllowTestTraffic',
  'BeforeAllowTraffic',
  'AllowTraffic',
  'AfterAllowTraffic'
] as const
type EventName = (typeof LIFECYCLE_EVENTS)[number]

const HOOK_EVENTS = new Set<string>(['BeforeInstall', 'AfterInstall', 'AfterAllowTestTraffic', 'BeforeAllowTraffic', 'AfterAllowTraffic'])
const DEFAULT_HOOK_SECONDS = 5
/** CodeDeploy gives the replacement task set an hour to become healthy. */
const INSTALL_TIMEOUT_SECONDS = 3600
const DAY = 86_400

interface SimLifecycleEvent {
  name: EventName
  status: 'Pending' | 'InProgress' | 'Succeeded' | 'Failed' | 'Skipped'
  startTime?: number
  endTime?: number
  diagnostics?: { errorCode: 'ScriptFailed' | 'ScriptTimedOut' | 'UnknownError'; scriptName: string; message: string; logTail: string }
}

type Status = 'Created' | 'InProgress' | 'Ready' | 'Succeeded' | 'Failed' | 'Stopped'

export class CodeDeployDriver implements StrategyDriver {
  private readonly wakeups = new Set<number>()
  readonly spec: CodeDeployGroupSpec
  status: Status = 'Created'
  private readonly events: SimLifecycleEvent[] = LIFECYCLE_EVENTS.map((name) => ({ name, status: 'Pending' }))
  private index = 0
  private hookResult?: 'running' | 'succeeded' | 'failed'
  private rerouteContinued = false
  private terminationStartedAt?: number
  private completeTime?: number
  private errorInformation?: { code: ErrorCode; message: string }
  private rollbackDeploymentId?: string
  greenWeight = 0

  constructor(
    private readonly s: EcsScheduler,
    private readonly green: SimDeployment,
    private readonly blue: SimDeployment
  ) {
    if (!s.world.codeDeploy) throw new Error('a CODE_DEPLOY service needs world.codeDeploy')
    this.spec = s.world.codeDeploy
    Object.assign(blue, { status: 'PRIMARY', taskSet: { externalId: this.spec.previousDeploymentId, startedBy: 'CODE_DEPLOY', scalePercent: 100, createdAt: -DAY } })
    Object.assign(green, {
      status: 'ACTIVE',
      hidden: true,
      nextLaunchAt: Infinity,
      targetGroupArns: [this.spec.greenTargetGroupArn],
      taskSet: { externalId: this.spec.deploymentId, startedBy: 'CODE_DEPLOY', scalePercent: 100, createdAt: 0 }
    })
    for (const fn of Object.values(this.spec.hooks)) s.logs.createGroup(functionLogGroup(fn), s.clock.epochMsAt(-30 * DAY))
    s.queue.wakeUpAt(1)
  }

  get id(): string {
    return this.spec.deploymentId
  }

  get rollbackId(): string | undefined {
    return this.rollbackDeploymentId
  }

  private get now(): number {
    return this.s.now
  }

  /** Runs the scheduler loop at `at` (TimeQueue.wakeUpAt never wakes twice at one second; stages can). */
  private wake(at: number): void {
    if (!Number.isFinite(at) || this.wakeups.has(at)) return
    this.wakeups.add(at)
    this.s.queue.at(at, () => this.wakeups.delete(at))
  }

  reconcile(): void {
    if (this.status === 'Created') this.status = 'InProgress'
    if (this.status !== 'InProgress') return this.afterEnd()
    if (this.terminationStartedAt !== undefined) return this.terminateBlue()
    const event = this.events[this.index]
    if (!event) return
    if (event.status === 'Pending') Object.assign(event, { status: 'InProgress', startTime: this.now })
    const outcome = this.work(event)
    if (outcome === 'failed' || outcome === 'pending') return
    Object.assign(event, { status: 'Succeeded', endTime: this.now })
    this.index += 1
    this.hookResult = undefined
    this.wake(this.now)
    if (event.name === 'AfterAllowTestTraffic' && this.spec.waitForReroute && !this.rerouteContinued) this.status = 'Ready'
    if (event.name === 'AfterAllowTraffic') this.terminationStartedAt = this.now
  }

  taskFailed(task: SimTask, neverStarted: boolean): void {
    if (task.deployment === this.green && this.status === 'InProgress') this.s.recordFailure(this.green, neverStarted)
  }

  /** ContinueDeployment with READY_WAIT: reroute traffic now. */
  continueDeployment(): boolean {
    if (this.status !== 'Ready') return false
    this.rerouteContinued = true
    this.status = 'InProgress'
    this.wake(this.now)
    return true
  }

  private work(event: SimLifecycleEvent): 'done' | 'pending' | 'failed' {
    if (HOOK_EVENTS.has(event.name)) return this.runHook(event)
    switch (event.name) {
      case 'Install':
        return this.install(event)
      case 'AllowTraffic':
        this.greenWeight = 100
        this.green.status = 'PRIMARY'
        this.blue.status = 'ACTIVE'
        return this.after(event, 2)
      default:
        return this.after(event, 2)
    }
  }

  private after(event: SimLifecycleEvent, seconds: number): 'done' | 'pending' {
    const at = (event.startTime ?? this.now) + seconds
    if (this.now >= at) return 'done'
    this.wake(at)
    return 'pending'
  }

  /** Creates the replacement task set and waits until all its tasks are healthy (for at most an hour). */
  private install(event: SimLifecycleEvent): 'done' | 'pending' | 'failed' {
    if (this.green.hidden) {
      Object.assign(this.green, { hidden: false, createdAt: this.now, nextLaunchAt: this.now + 1 })
      if (this.green.taskSet) this.green.taskSet.createdAt = this.now
      this.wake(this.now + 1)
    }
    this.s.launchFor(this.green, Infinity)
    const healthy = this.s.tasksOf(this.green).filter((t) => isActive(t) && t.healthy).length
    if (healthy >= this.s.service.desiredCount) return 'done'
    const deadline = (event.startTime ?? this.now) + INSTALL_TIMEOUT_SECONDS
    if (this.now < deadline) {
      this.wake(deadline)
      return 'pending'
    }
    this.fail(event, 'TIMEOUT', 'The deployment timed out while waiting for the replacement task set to become healthy. This time out period is 60 minutes.')
    return 'failed'
  }

  /** Runs the event's hook function (from the AppSpec); an event without a hook passes at once. */
  private runHook(event: SimLifecycleEvent): 'done' | 'pending' | 'failed' {
    const fn = this.spec.hooks[event.name]
    if (!fn) return 'done'
    if (this.hookResult === 'succeeded') return 'done'
    if (this.hookResult === 'running') return 'pending'
    this.hookResult = 'running'
    const fate = this.s.timeline.hooks?.[fn]
    const seconds = fate?.afterSeconds ?? DEFAULT_HOOK_SECONDS
    const startedAt = this.now
    this.s.queue.at(startedAt + seconds, () => {
      const failed = fate?.outcome === 'fails'
      writeLambdaRun(this.s, `arn:aws:lambda:${this.s.world.region}:${this.s.world.accountId}:function:${fn}`, startedAt, startedAt + seconds, fate?.logs ?? [], failed)
      if (!failed) {
        this.hookResult = 'succeeded'
        return
      }
      this.hookResult = 'failed'
      event.diagnostics = {
        errorCode: 'ScriptFailed',
        scriptName: functionName(fn),
        message: `The lifecycle hook ${functionName(fn)} reported Failed to PutLifecycleEventHookExecutionStatus.`,
        logTail: (fate?.logs ?? []).slice(-5).join('\n')
      }
      this.fail(event, 'HOOK_EXECUTION_FAILURE', 'The deployment failed because one or more of the lifecycle event validation functions failed.')
    })
    return 'pending'
  }

  private fail(event: SimLifecycleEvent, code: ErrorCode, message: string): void {
    Object.assign(event, { status: 'Failed', endTime: this.now })
    for (const later of this.events.slice(this.index + 1)) later.status = 'Skipped'
    this.status = 'Failed'
    this.completeTime = this.now
    this.errorInformation = { code, message }
    if (!this.spec.autoRollback) return
    this.rollbackDeploymentId = `d-${this.s.ids.alphanumeric(9).toUpperCase()}`
    this.greenWeight = 0
    Object.assign(this.blue, { status: 'PRIMARY' })
    Object.assign(this.green, { status: 'ACTIVE', rolloutState: 'FAILED' })
    this.s.scaleIn(this.s.tasksOf(this.green))
    this.wake(this.now + 1)
  }

  /** After a rollback, the replacement task set is deleted once its tasks stopped. */
  private afterEnd(): void {
    if (this.status !== 'Failed' || !this.rollbackDeploymentId || this.green.hidden) return
    if (this.s.tasksOf(this.green).some((t) => t.lastStatus !== 'STOPPED')) return
    this.green.hidden = true
  }

  /** The original task set keeps running for the termination wait, then it is scaled in and deleted. */
  private terminateBlue(): void {
    const until = (this.terminationStartedAt ?? this.now) + this.spec.terminationWaitMinutes * 60
    if (this.now < until) {
      this.wake(until)
      return
    }
    if (this.s.tasksOf(this.blue).some(isActive)) this.s.scaleIn(this.s.tasksOf(this.blue))
    if (this.s.tasksOf(this.blue).some((t) => t.lastStatus !== 'STOPPED')) return
    Object.assign(this.blue, { hidden: true, status: 'INACTIVE' })
    this.status = 'Succeeded'
    this.completeTime = this.now
  }

  private date(seconds: number | undefined): Date | undefined {
    return seconds === undefined ? undefined : this.s.clock.dateAt(seconds)
  }

  private appSpec(): string {
    const hooks = Object.entries(this.spec.hooks).map(([event, fn]) => `  - ${event}: "${fn}"`)
    return [
      'version: 0.0',
      'Resources:',
      '  - TargetService:',
      '      Type: AWS::ECS::Service',
      '      Properties:',
      `        TaskDefinition: "${this.green.taskDefinitionArn}"`,
      '        LoadBalancerInfo:',
      `          ContainerName: "${this.s.service.loadBalancers[0]?.containerName ?? 'api'}"`,
      `          ContainerPort: ${this.s.service.loadBalancers[0]?.containerPort ?? 8080}`,
      ...(hooks.length > 0 ? ['Hooks:', ...hooks] : [])
    ].join('\n')
  }

  info(): DeploymentInfo {
    return {
      applicationName: this.spec.applicationName,
      deploymentGroupName: this.spec.deploymentGroupName,
      deploymentConfigName: 'CodeDeployDefault.ECSAllAtOnce',
      deploymentId: this.id,
      revision: { revisionType: 'AppSpecContent', appSpecContent: { content: this.appSpec() } },
      status: this.status,
      ...(this.errorInformation ? { errorInformation: this.errorInformation } : {}),
      createTime: this.date(0),
      startTime: this.date(1),
      completeTime: this.date(this.completeTime),
      creator: 'user',
      autoRollbackConfiguration: { enabled: this.spec.autoRollback, events: ['DEPLOYMENT_FAILURE'] },
      ...(this.rollbackDeploymentId
        ? { rollbackInfo: { rollbackDeploymentId: this.rollbackDeploymentId, rollbackMessage: `Deployment ${this.id} failed and was rolled back by ${this.rollbackDeploymentId}.` } }
        : {}),
      deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
      instanceTerminationWaitTimeStarted: this.terminationStartedAt !== undefined,
      blueGreenDeploymentConfiguration: {
        terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE', terminationWaitTimeInMinutes: this.spec.terminationWaitMinutes },
        deploymentReadyOption: this.spec.waitForReroute ? { actionOnTimeout: 'STOP_DEPLOYMENT', waitTimeInMinutes: 60 } : { actionOnTimeout: 'CONTINUE_DEPLOYMENT' }
      },
      computePlatform: 'ECS'
    }
  }

  target(cluster: string, service: string): ECSTarget {
    const status = this.status === 'Created' ? 'Pending' : this.status === 'Stopped' ? 'Failed' : this.status
    const taskSet = (d: SimDeployment, label: 'Blue' | 'Green', weight: number, targetGroup: string | undefined) => {
      const tasks = this.s.tasksOf(d).filter(isActive)
      return {
        identifer: d.id,
        desiredCount: this.s.service.desiredCount,
        pendingCount: tasks.filter((t) => t.lastStatus !== 'RUNNING').length,
        runningCount: tasks.filter((t) => t.lastStatus === 'RUNNING').length,
        status: d.status === 'PRIMARY' ? 'PRIMARY' : 'ACTIVE',
        trafficWeight: weight,
        targetGroup: { name: targetGroup?.split('/')[1] },
        taskSetLabel: label
      }
    }
    return {
      deploymentId: this.id,
      targetId: `${cluster}:${service}`,
      targetArn: `arn:aws:ecs:${this.s.world.region}:${this.s.world.accountId}:service/${cluster}/${service}`,
      lastUpdatedAt: this.s.clock.dateAt(this.now),
      status,
      lifecycleEvents: this.events.map((e) => ({
        lifecycleEventName: e.name,
        status: e.status,
        startTime: this.date(e.startTime),
        endTime: this.date(e.endTime),
        ...(e.diagnostics ? { diagnostics: e.diagnostics } : {})
      })),
      taskSetsInfo: [
        ...(this.blue.hidden ? [] : [taskSet(this.blue, 'Blue', 100 - this.greenWeight, this.s.service.loadBalancers[0]?.targetGroupArn)]),
        ...(this.green.hidden ? [] : [taskSet(this.green, 'Green', this.greenWeight, this.spec.greenTargetGroupArn)])
      ]
    }
  }
}
