/**
 * ECS-native BLUE_GREEN, LINEAR and CANARY deployments in simulated time: the lifecycle stages in order, the
 * green revision scaled up beside blue (its tasks in the alternate target group), Lambda hooks that succeed
 * or fail and pause hooks that wait for ContinueServiceDeployment, test and production traffic shifted at
 * once, in steps or as a canary, the bake time with alarm monitoring, clean-up, and the rollback of a
 * failed hook, a fired alarm or the circuit breaker.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/blue-green-deployment-how-it-works.html
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-lifecycle-hooks.html
 */
import type { DeploymentLifecycleHook } from '@aws-sdk/client-ecs'
import type { EcsScheduler, StrategyDriver } from './scheduler.js'
import { circuitBreakerThreshold } from './scheduler.js'
import { isActive, type SimDeployment, type SimHook, type SimTask } from './model.js'
import { writeLambdaRun } from './lambda.js'

export const STAGES = [
  'RECONCILE_SERVICE',
  'PRE_SCALE_UP',
  'SCALE_UP',
  'POST_SCALE_UP',
  'TEST_TRAFFIC_SHIFT',
  'POST_TEST_TRAFFIC_SHIFT',
  'PRODUCTION_TRAFFIC_SHIFT',
  'POST_PRODUCTION_TRAFFIC_SHIFT',
  'BAKE_TIME',
  'CLEAN_UP'
] as const
type Stage = (typeof STAGES)[number]

const DEFAULT_HOOK_SECONDS = 5
const MINUTE = 60

export class NativeBlueGreen implements StrategyDriver {
  private readonly wakeups = new Set<number>()
  private stageIndex = 0
  private stageStartedAt = 0
  /** Production traffic on green, and when the next linear or canary step is due. */
  private nextStepAt?: number
  private cleanedUp = false

  constructor(
    private readonly s: EcsScheduler,
    private readonly green: SimDeployment,
    private readonly blue: SimDeployment
  ) {
    green.targetGroupArns = s.service.loadBalancers.map((lb) => lb.advancedConfiguration?.alternateTargetGroupArn ?? lb.targetGroupArn ?? '')
    Object.assign(this.sd, { lifecycleStage: STAGES[0], productionWeight: 0, testWeight: 0, hooks: [] })
    for (const hook of this.configuredHooks().filter((h) => h.targetType === 'AWS_LAMBDA')) {
      s.logs.createGroup(functionLogGroup(hook.hookTargetArn ?? ''), s.clock.epochMsAt(-30 * 86_400))
    }
  }

  private get sd() {
    return this.green.serviceDeployment
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

  private get config() {
    return this.s.service.deploymentConfiguration
  }

  private get stage(): Stage {
    return STAGES[this.stageIndex]
  }

  reconcile(): void {
    if (this.sd.status === 'ROLLBACK_IN_PROGRESS') return this.finishRollback()
    if (this.sd.status !== 'IN_PROGRESS') return
    if (this.checkAlarms()) return
    if (this.stageIndex >= STAGES.indexOf('SCALE_UP') && this.stage !== 'CLEAN_UP') this.s.launchFor(this.green, Infinity)
    const workDone = this.doStageWork()
    if (this.sd.status !== 'IN_PROGRESS') return
    const hooksDone = this.runHooks()
    if (workDone && hooksDone) this.nextStage()
  }

  taskFailed(task: SimTask, neverStarted: boolean): void {
    if (task.deployment !== this.green || this.sd.status !== 'IN_PROGRESS') return
    this.s.recordFailure(this.green, neverStarted)
    const breaker = this.config.deploymentCircuitBreaker
    if (!breaker?.enable || this.green.failedTasks < circuitBreakerThreshold(this.s.service.desiredCount)) return
    this.sd.circuitBreakerStatus = 'TRIGGERED'
    // Verbatim in terraform-provider-aws's blue/green acceptance tests.
    this.rollBack('Service deployment rolled back because the circuit breaker threshold was exceeded.', 'tasks failed to start.')
  }

  /** ContinueServiceDeployment on a pause hook waiting for approval. */
  continueHook(hookId: string, action: 'CONTINUE' | 'ROLLBACK'): boolean {
    const hook = this.sd.hooks?.find((h) => h.hookId === hookId && h.status === 'AWAITING_ACTION')
    if (!hook) return false
    if (action === 'CONTINUE') hook.status = 'SUCCEEDED'
    else {
      hook.status = 'FAILED'
      // The simulator's own wording: AWS does not document the statusReason of a ROLLBACK continue.
      this.rollBack(`Service deployment rolled back because the ${hook.stage} pause hook was continued with ROLLBACK.`, `rolled back at ${hook.stage}.`)
    }
    this.wake(this.now)
    return true
  }

  /** The stage's own work: true once it is done (hooks aside). */
  private doStageWork(): boolean {
    switch (this.stage) {
      case 'SCALE_UP':
        return this.healthyGreen() >= this.s.service.desiredCount
      case 'TEST_TRAFFIC_SHIFT':
        this.sd.testWeight = 100
        return true
      case 'PRODUCTION_TRAFFIC_SHIFT':
        return this.shiftProduction()
      case 'BAKE_TIME':
        return this.waited((this.config.bakeTimeInMinutes ?? 0) * MINUTE)
      case 'CLEAN_UP':
        return this.cleanUp()
      default:
        return this.waited(1)
    }
  }

  private waited(seconds: number): boolean {
    const until = this.stageStartedAt + seconds
    if (this.now >= until) return true
    this.wake(until)
    return false
  }

  private healthyGreen(): number {
    return this.s.tasksOf(this.green).filter((t) => isActive(t) && t.healthy).length
  }

  /** BLUE_GREEN: all at once; LINEAR: stepPercent every stepBakeTimeInMinutes; CANARY: canaryPercent, a bake, then the rest. */
  private shiftProduction(): boolean {
    const weight = this.sd.productionWeight ?? 0
    if (weight >= 100) return true
    if (this.nextStepAt !== undefined && this.now < this.nextStepAt) return false
    const strategy = this.config.strategy
    let next = 100
    let bakeMinutes = 0
    if (strategy === 'LINEAR') {
      next = Math.min(100, weight + (this.config.linearConfiguration?.stepPercent ?? 10))
      bakeMinutes = this.config.linearConfiguration?.stepBakeTimeInMinutes ?? 6
    } else if (strategy === 'CANARY' && weight === 0) {
      next = this.config.canaryConfiguration?.canaryPercent ?? 5
      bakeMinutes = this.config.canaryConfiguration?.canaryBakeTimeInMinutes ?? 10
    }
    this.sd.productionWeight = next
    this.sd.updatedAt = this.now
    if (next >= 100) return true
    this.nextStepAt = this.now + bakeMinutes * MINUTE
    this.wake(this.nextStepAt)
    return false
  }

  private cleanUp(): boolean {
    if (!this.cleanedUp) {
      this.cleanedUp = true
      this.s.scaleIn(this.s.tasksOf(this.blue))
    }
    if (this.s.tasksOf(this.blue).some((t) => t.lastStatus !== 'STOPPED')) return false
    this.complete()
    return false
  }

  private complete(): void {
    Object.assign(this.sd, { status: 'SUCCESSFUL', finishedAt: this.now, updatedAt: this.now })
    if (this.sd.circuitBreakerStatus === 'MONITORING') this.sd.circuitBreakerStatus = 'MONITORING_COMPLETE'
    if (this.sd.alarmsStatus === 'MONITORING') this.sd.alarmsStatus = 'MONITORING_COMPLETE'
    Object.assign(this.green, { rolloutState: 'COMPLETED', rolloutStateReason: `ECS deployment ${this.green.id} completed.`, updatedAt: this.now })
    Object.assign(this.blue, { status: 'INACTIVE', updatedAt: this.now })
    this.s.event(`(deployment ${this.green.id}) deployment completed.`)
    this.s.event('has reached a steady state.')
  }

  private nextStage(): void {
    if (this.stageIndex >= STAGES.length - 1) return
    this.stageIndex += 1
    this.stageStartedAt = this.now
    this.sd.lifecycleStage = this.stage
    this.sd.updatedAt = this.now
    this.wake(this.now)
  }

  private configuredHooks(): DeploymentLifecycleHook[] {
    return this.config.lifecycleHooks ?? []
  }

  /** Starts the stage's hooks once; true when every one of them SUCCEEDED. */
  private runHooks(): boolean {
    const stage = this.stage
    const configured = this.configuredHooks().filter((h) => (h.lifecycleStages as string[] | undefined)?.includes(stage))
    const started = (this.sd.hooks ?? []).filter((h) => h.stage === stage)
    if (started.length === 0 && configured.length > 0) for (const hook of configured) this.startHook(hook, stage)
    return (this.sd.hooks ?? []).filter((h) => h.stage === stage).every((h) => h.status === 'SUCCEEDED')
  }

  private startHook(hook: DeploymentLifecycleHook, stage: Stage): void {
    const pause = hook.targetType === 'PAUSE'
    const simHook: SimHook = {
      hookId: `ecs-${pause ? 'pause' : 'lambda'}-${this.s.ids.hex(12)}`,
      stage,
      targetType: pause ? 'PAUSE' : 'AWS_LAMBDA',
      ...(pause ? {} : { targetArn: hook.hookTargetArn }),
      status: pause ? 'AWAITING_ACTION' : 'IN_PROGRESS',
      timeoutAction: hook.timeoutConfiguration?.action ?? 'ROLLBACK'
    }
    this.sd.hooks = [...(this.sd.hooks ?? []), simHook]
    if (pause) return this.awaitPause(simHook, hook.timeoutConfiguration?.timeoutInMinutes ?? 1440)
    const fate = this.s.timeline.hooks?.[hook.hookTargetArn ?? ''] ?? this.s.timeline.hooks?.[functionName(hook.hookTargetArn ?? '')]
    const doneAt = this.now + (fate?.afterSeconds ?? DEFAULT_HOOK_SECONDS)
    const failed = fate?.outcome === 'fails'
    this.s.queue.at(doneAt, () => {
      if (simHook.status !== 'IN_PROGRESS') return
      writeLambdaRun(this.s, hook.hookTargetArn ?? '', this.now - (fate?.afterSeconds ?? DEFAULT_HOOK_SECONDS), doneAt, fate?.logs ?? [], failed)
      simHook.status = failed ? 'FAILED' : 'SUCCEEDED'
      if (failed)
        this.rollBack(
          `Service deployment rolled back because ${stage} lifecycle hook(s) failed. Lifecycle hook target ${hook.hookTargetArn} returned FAILED status.`,
          `Service deployment rolled back because ${stage} lifecycle hook(s) failed. Lifecycle hook target ${hook.hookTargetArn} returned FAILED status.`
        )
    })
  }

  private awaitPause(hook: SimHook, timeoutMinutes: number): void {
    hook.expiresAt = this.now + timeoutMinutes * MINUTE
    this.s.queue.at(hook.expiresAt, () => {
      if (hook.status !== 'AWAITING_ACTION') return
      if (hook.timeoutAction === 'CONTINUE') {
        hook.status = 'SUCCEEDED'
        return
      }
      hook.status = 'TIMED_OUT'
      const reason = `Service deployment rolled back because ${hook.stage} pause hook timed out.`
      this.rollBack(reason, reason)
    })
  }

  /** Alarms ECS watches for this deployment: one in ALARM rolls it back. */
  private checkAlarms(): boolean {
    const names = this.s.watchedAlarms
    if (names.length === 0) return false
    const firing = this.s.alarms.firing(names, this.now)
    if (firing.length === 0) return false
    this.sd.alarmsStatus = 'TRIGGERED'
    this.sd.triggeredAlarmNames = firing
    // The simulator's own wording: AWS does not document this statusReason; the event text is observed.
    this.rollBack(`Service deployment rolled back because the CloudWatch alarm(s) ${firing.join(', ')} went into ALARM.`, 'alarm detected.')
    return true
  }

  /** Production and test traffic back to blue, green's tasks scaled in; ROLLBACK_SUCCESSFUL once they stopped. */
  private rollBack(reason: string, eventText: string): void {
    Object.assign(this.sd, {
      status: 'ROLLBACK_IN_PROGRESS',
      statusReason: reason,
      updatedAt: this.now,
      productionWeight: 0,
      testWeight: 0,
      rollback: { reason, startedAt: this.now, revisionArn: this.blue.revisionArn }
    })
    Object.assign(this.green, { rolloutState: 'FAILED', rolloutStateReason: `ECS deployment failed: ${eventText}`, status: 'ACTIVE', updatedAt: this.now })
    Object.assign(this.blue, { status: 'PRIMARY', updatedAt: this.now })
    this.s.event(`(deployment ${this.green.id}) deployment failed: ${eventText}`)
    this.s.event(`rolling back to deployment ${this.blue.id}.`)
    this.s.scaleIn(this.s.tasksOf(this.green))
    this.wake(this.now + 1)
  }

  private finishRollback(): void {
    if (this.s.tasksOf(this.green).some((t) => t.lastStatus !== 'STOPPED')) return
    Object.assign(this.sd, { status: 'ROLLBACK_SUCCESSFUL', finishedAt: this.now, updatedAt: this.now })
    Object.assign(this.green, { status: 'INACTIVE', updatedAt: this.now })
    this.s.event(`(deployment ${this.blue.id}) deployment completed.`)
  }
}

export function functionName(arn: string): string {
  return arn.split(':function:').pop()?.split(':')[0] ?? arn
}

export function functionLogGroup(arn: string): string {
  return `/aws/lambda/${functionName(arn)}`
}
