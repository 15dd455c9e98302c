/**
 * The state machine of each kind of deployment, driven poll by poll with an injected clock: what ends
 * the watch, what keeps it going (bake time, a pause hook, CodeDeploy's Ready) without ever calling a
 * legitimately slow deployment stuck or failed, and what the user reads.
 */
import { describe, expect, test } from '@jest/globals'
import type { EcsTask } from '../../src/evidence/schema.js'
import { normaliseReason } from '../../src/diagnose/signature.js'
import { isBenignStop, type StopClassifier } from '../../src/stops.js'
import { WatchError } from '../../src/watch/errors.js'
import { watchDeployment, type WatchOptions } from '../../src/watch/watch.js'
import { NEW_DEPLOYMENT } from '../fixtures/evidence.js'
import { complete, fakeEcs, fakeTime, ours, recordingLogger, rollBack, runningTask, stop, stoppedTask, type FakeEcs } from './ecs-fake.js'
import {
  atStage,
  BLUE_REVISION,
  CODEDEPLOY_ID,
  codeDeployService,
  fakeCodeDeploy,
  fakeNativeEcs,
  GREEN_TASK_SET,
  HOOK_FUNCTION,
  lifecycle,
  SD_ARN,
  type CodeDeployFake
} from './strategy-fake.js'

/** Every failed stop reads as a load-balancer health-check kill: not deterministic, so only the count decides. */
const classifier: StopClassifier = {
  classify(task: EcsTask) {
    return { failure: !isBenignStop(task), deterministic: false, placement: false, signature: normaliseReason(task.stoppedReason ?? '') }
  }
}

const MINUTE = 60_000

function watchOptions(fake: FakeEcs, time: ReturnType<typeof fakeTime>, extra: Partial<WatchOptions> = {}) {
  const logger = recordingLogger()
  const opts: WatchOptions = {
    ecs: fake.client,
    cluster: 'prod',
    service: 'api',
    region: 'eu-west-1',
    timeoutMs: 180 * MINUTE,
    pollIntervalMs: MINUTE,
    maxFailedTasks: 2,
    logger,
    clock: time.clock,
    sleep: time.sleep,
    loadClassifier: async () => classifier,
    ...extra
  }
  return { logger, opts }
}

/** Every service looks finished to the task rules: ours alone, all running, COMPLETED. */
function looksDone(fake: FakeEcs): void {
  complete(fake)
}

describe('BLUE_GREEN / LINEAR / CANARY: the service deployment decides', () => {
  test('stable only once SUCCESSFUL, never during a 60-minute bake that looks finished to the task rules', async () => {
    const fake = fakeNativeEcs('BLUE_GREEN')
    const time = fakeTime((poll) => {
      if (poll === 1) atStage(fake, 'SCALE_UP')
      if (poll === 2) atStage(fake, 'TEST_TRAFFIC_SHIFT', 0, 100)
      if (poll === 3) atStage(fake, 'PRODUCTION_TRAFFIC_SHIFT', 100, 100)
      if (poll === 4) {
        atStage(fake, 'BAKE_TIME', 100, 100)
        looksDone(fake)
      }
      if (poll === 64) atStage(fake, 'CLEAN_UP', 100, 100)
      if (poll === 65) fake.sd.status = 'SUCCESSFUL'
    })
    const { opts, logger } = watchOptions(fake, time)
    const result = await watchDeployment(opts)
    expect(result.verdict).toBe('stable')
    expect(time.polls()).toBe(65)
    expect(result.reason).toBe(`The service deployment of ${NEW_DEPLOYMENT} is SUCCESSFUL after its bake time and clean-up`)
    expect(result.strategy?.kind).toBe('BLUE_GREEN')
    expect(result.strategy?.stages?.map((s) => s.stage)).toEqual(['SCALE_UP', 'TEST_TRAFFIC_SHIFT', 'PRODUCTION_TRAFFIC_SHIFT', 'BAKE_TIME', 'CLEAN_UP'])
    expect(logger.lines).toContainEqual(expect.stringContaining('stage BAKE_TIME, production 100% green / 0% blue, test 100% green'))
    expect(fake.calls()).toMatchObject({ DescribeServiceDeployments: 66 })
  })

  test('a failed Lambda hook is rolled-back with the stage and the function, even once the rollback completed', async () => {
    const fake = fakeNativeEcs('BLUE_GREEN')
    const time = fakeTime((poll) => {
      if (poll === 1) atStage(fake, 'TEST_TRAFFIC_SHIFT', 0, 100)
      if (poll === 2)
        Object.assign(fake.sd, {
          status: 'ROLLBACK_SUCCESSFUL',
          statusReason: `Service deployment rolled back because TEST_TRAFFIC_SHIFT lifecycle hook(s) failed. Lifecycle hook target ${HOOK_FUNCTION} returned FAILED status.`,
          rollback: { reason: 'rolled back', startedAt: new Date('2026-11-20T10:02:00Z'), serviceRevisionArn: BLUE_REVISION }
        })
    })
    const result = await watchDeployment(watchOptions(fake, time).opts)
    expect(result.verdict).toBe('rolled-back')
    expect(result.reason).toBe(
      `ECS rolled ${NEW_DEPLOYMENT} back at TEST_TRAFFIC_SHIFT because the TEST_TRAFFIC_SHIFT lifecycle hook failed (ROLLBACK_SUCCESSFUL): ` +
        `Service deployment rolled back because TEST_TRAFFIC_SHIFT lifecycle hook(s) failed. Lifecycle hook target ${HOOK_FUNCTION} returned FAILED status.`
    )
  })

  test('a pause hook waits for approval for hours without being stuck, then the deployment goes on to stable', async () => {
    const fake = fakeNativeEcs('CANARY')
    const hook = { hookId: 'ecs-pause-0a1b2c3d', targetType: 'PAUSE' as const, status: 'AWAITING_ACTION' as const, expiresAt: new Date('2026-11-21T10:00:00Z'), timeoutAction: 'ROLLBACK' as const }
    const time = fakeTime((poll) => {
      if (poll === 1) {
        atStage(fake, 'POST_TEST_TRAFFIC_SHIFT', 0, 100)
        fake.tasks.push(runningTask(), runningTask())
        Object.assign(ours(fake), { runningCount: 2 })
        fake.sd.lifecycleHookDetails = [hook]
      }
      if (poll === 150) fake.sd.lifecycleHookDetails = [{ ...hook, status: 'SUCCEEDED' }]
      if (poll === 151) atStage(fake, 'PRODUCTION_TRAFFIC_SHIFT', 5, 100)
      if (poll === 152) fake.sd.status = 'SUCCESSFUL'
    })
    const { opts, logger } = watchOptions(fake, time, { timeoutMs: 240 * MINUTE })
    const result = await watchDeployment(opts)
    expect(result.verdict).toBe('stable')
    expect(time.polls()).toBe(152)
    const waiting = logger.warnings.filter((w) => w.startsWith('Waiting for approval'))
    expect(waiting).toEqual([
      'Waiting for approval: the POST_TEST_TRAFFIC_SHIFT pause hook ecs-pause-0a1b2c3d waits for approval until 2026-11-21T10:00:00.000Z, then ROLLBACK. ' +
        `Continue with: aws ecs continue-service-deployment --service-deployment-arn ${SD_ARN} --hook-id ecs-pause-0a1b2c3d --action CONTINUE --region eu-west-1 ` +
        `(or roll back with: aws ecs continue-service-deployment --service-deployment-arn ${SD_ARN} --hook-id ecs-pause-0a1b2c3d --action ROLLBACK --region eu-west-1)`
    ])
  })

  test('a pause hook nobody approves ends in timeout naming the stage, the hook and the command, never stuck', async () => {
    const fake = fakeNativeEcs('BLUE_GREEN')
    const time = fakeTime((poll) => {
      if (poll === 1) {
        atStage(fake, 'POST_TEST_TRAFFIC_SHIFT', 0, 100)
        fake.sd.lifecycleHookDetails = [{ hookId: 'ecs-pause-99', targetType: 'PAUSE', status: 'AWAITING_ACTION' }]
      }
    })
    const result = await watchDeployment(watchOptions(fake, time, { timeoutMs: 30 * MINUTE }).opts)
    expect(result.verdict).toBe('timeout')
    expect(result.reason).toContain('the POST_TEST_TRAFFIC_SHIFT pause hook ecs-pause-99 waits for approval')
    expect(result.reason).toContain('aws ecs continue-service-deployment')
    expect(result.strategy?.awaiting).toMatchObject({ kind: 'pause-hook', stage: 'POST_TEST_TRAFFIC_SHIFT', hookId: 'ecs-pause-99' })
  })

  test('a timeout during BAKE_TIME names the stage, the traffic and the bake time', async () => {
    const fake = fakeNativeEcs('LINEAR')
    const time = fakeTime((poll) => {
      if (poll === 2) atStage(fake, 'BAKE_TIME', 100)
    })
    const result = await watchDeployment(watchOptions(fake, time, { timeoutMs: 20 * MINUTE }).opts)
    expect(result.verdict).toBe('timeout')
    expect(result.reason).toContain('the linear deployment had reached BAKE_TIME (production 100% green / 0% blue); the bake time is 1h 00m')
  })

  test('an alarm during the canary bake is rolled-back naming the alarm', async () => {
    const fake = fakeNativeEcs('CANARY', ['api-5xx'])
    const time = fakeTime((poll) => {
      if (poll === 1) atStage(fake, 'PRODUCTION_TRAFFIC_SHIFT', 10)
      if (poll === 3)
        Object.assign(fake.sd, { status: 'ROLLBACK_IN_PROGRESS', alarms: { status: 'TRIGGERED', alarmNames: ['api-5xx'], triggeredAlarmNames: ['api-5xx'] } })
    })
    const result = await watchDeployment(watchOptions(fake, time).opts)
    expect(result.verdict).toBe('rolled-back')
    expect(result.reason).toBe(`ECS rolled ${NEW_DEPLOYMENT} back at PRODUCTION_TRAFFIC_SHIFT because CloudWatch alarm api-5xx went into ALARM (ROLLBACK_IN_PROGRESS)`)
  })

  test('a runner that starts after ECS already rolled back finds the deploy step\'s deployment through the current service deployment', async () => {
    const fake = fakeNativeEcs('BLUE_GREEN')
    rollBack(fake, false)
    Object.assign(fake.sd, { status: 'ROLLBACK_SUCCESSFUL', lifecycleStage: 'POST_TEST_TRAFFIC_SHIFT', statusReason: `Service deployment rolled back because POST_TEST_TRAFFIC_SHIFT lifecycle hook(s) failed. Lifecycle hook target ${HOOK_FUNCTION} returned FAILED status.` })
    const result = await watchDeployment(watchOptions(fake, fakeTime(() => undefined)).opts)
    expect(result.verdict).toBe('rolled-back')
    expect(result.deploymentId).toBe(NEW_DEPLOYMENT)
    expect(result.reason).toMatch(/^ECS rolled ecs-svc\/4718061531863413372 back at POST_TEST_TRAFFIC_SHIFT because the POST_TEST_TRAFFIC_SHIFT lifecycle hook failed \(ROLLBACK_SUCCESSFUL\)/)
  })

  test('green tasks that keep failing end the watch by the task rules, before ECS decides', async () => {
    const fake = fakeNativeEcs('LINEAR')
    const time = fakeTime((poll) => {
      if (poll === 1) stop(fake, stoppedTask('Task failed ELB health checks in (target-group arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/api-green/1)', 143, 'ServiceSchedulerInitiated'))
      if (poll === 2) stop(fake, stoppedTask('Task failed ELB health checks in (target-group arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/api-green/1)', 143, 'ServiceSchedulerInitiated'))
    })
    const result = await watchDeployment(watchOptions(fake, time).opts)
    expect(result.verdict).toBe('failed')
    expect(result.reason).toMatch(/^2 tasks of ecs-svc\/4718061531863413372 stopped with the same failure: Task failed ELB health checks/)
  })

  test('without ecs:DescribeServiceDeployments a blue/green deployment fails at once naming the permission', async () => {
    const fake = fakeNativeEcs('BLUE_GREEN')
    fake.denyServiceDeployments = true
    const time = fakeTime(() => undefined)
    await expect(watchDeployment(watchOptions(fake, time).opts)).rejects.toThrow(
      /^The action's AWS role is not allowed ecs:DescribeServiceDeployments, which a blue\/green deployment's verdict needs/
    )
  })
})

describe('ROLLING with CloudWatch alarms', () => {
  test('keeps watching while ECS bakes (rollout IN_PROGRESS with every task running), then stable', async () => {
    const fake = fakeNativeEcs('ROLLING', ['api-5xx', 'api-latency'])
    const time = fakeTime((poll) => {
      if (poll === 1) {
        complete(fake)
        Object.assign(ours(fake), { rolloutState: 'IN_PROGRESS' })
      }
      if (poll === 5) {
        complete(fake)
        fake.sd.status = 'SUCCESSFUL'
      }
    })
    const { opts, logger } = watchOptions(fake, time, { pollIntervalMs: 10_000 })
    const result = await watchDeployment(opts)
    expect(result.verdict).toBe('stable')
    expect(time.polls()).toBe(5)
    expect(logger.lines).toContainEqual(
      expect.stringContaining('all tasks are running; ECS is watching alarms api-5xx, api-latency before it completes the rollout (bake time)')
    )
  })

  test('an alarm rollback names the alarm, not the circuit breaker', async () => {
    const fake = fakeNativeEcs('ROLLING', ['api-5xx'])
    const time = fakeTime((poll) => {
      if (poll === 2) {
        rollBack(fake)
        Object.assign(ours(fake) ?? {}, { rolloutStateReason: 'ECS deployment failed: alarm detected.' })
        Object.assign(fake.sd, { status: 'ROLLBACK_IN_PROGRESS', alarms: { status: 'TRIGGERED', alarmNames: ['api-5xx'], triggeredAlarmNames: ['api-5xx'] } })
      }
    })
    const result = await watchDeployment(watchOptions(fake, time, { pollIntervalMs: 10_000 }).opts)
    expect(result.verdict).toBe('rolled-back')
    expect(result.reason).toBe(`ECS rolled ${NEW_DEPLOYMENT} back because CloudWatch alarm api-5xx went into ALARM (ROLLBACK_IN_PROGRESS)`)
  })

  test('reads the service deployment only to name what ended the rollout: a quiet bake costs one call a poll', async () => {
    const fake = fakeNativeEcs('ROLLING', ['api-5xx'])
    const time = fakeTime((poll) => {
      if (poll === 1) {
        complete(fake)
        Object.assign(ours(fake), { rolloutState: 'IN_PROGRESS' })
      }
      if (poll === 8) complete(fake)
    })
    const result = await watchDeployment(watchOptions(fake, time, { pollIntervalMs: 10_000 }).opts)
    expect(result.verdict).toBe('stable')
    expect(fake.calls()).toMatchObject({ DescribeServices: 9 })
    expect(fake.calls().DescribeServiceDeployments).toBeUndefined()
  })

  test('without ecs:DescribeServiceDeployments an alarm rollback is still rolled-back, with a warning', async () => {
    const fake = fakeNativeEcs('ROLLING', ['api-5xx'])
    fake.denyServiceDeployments = true
    const time = fakeTime((poll) => {
      if (poll === 2) rollBack(fake)
    })
    const { opts, logger } = watchOptions(fake, time, { pollIntervalMs: 10_000 })
    const result = await watchDeployment(opts)
    expect(result.verdict).toBe('rolled-back')
    expect(logger.warnings).toEqual([
      `Following ${NEW_DEPLOYMENT} by its tasks and DescribeServices only: ecs:DescribeServiceDeployments was denied, so an alarm rollback is reported from the service alone.`
    ])
  })
})

function codeDeployOptions(ecs: FakeEcs, codedeploy: CodeDeployFake, time: ReturnType<typeof fakeTime>, extra: Partial<WatchOptions> = {}) {
  return watchOptions(ecs, time, { codedeploy: async () => codedeploy.client, pollIntervalMs: 15_000, ...extra })
}

describe('CODE_DEPLOY controller', () => {
  test('finds the deployment in progress, follows its lifecycle events to Succeeded: stable', async () => {
    const ecs = fakeEcs()
    codeDeployService(ecs, false)
    const codedeploy = fakeCodeDeploy()
    lifecycle(codedeploy, 'BeforeInstall', 'InProgress')
    const time = fakeTime((poll) => {
      if (poll === 1) {
        codeDeployService(ecs, true)
        lifecycle(codedeploy, 'Install', 'InProgress')
        codedeploy.target.taskSetsInfo = [{ identifer: GREEN_TASK_SET, taskSetLabel: 'Green', desiredCount: 2, runningCount: 0, trafficWeight: 0 }]
      }
      if (poll === 3) lifecycle(codedeploy, 'AllowTraffic', 'InProgress')
      if (poll === 5) {
        lifecycle(codedeploy, 'AfterAllowTraffic', 'Succeeded')
        codedeploy.target.status = 'Succeeded'
        codedeploy.info.status = 'Succeeded'
      }
    })
    const { opts, logger } = codeDeployOptions(ecs, codedeploy, time)
    const result = await watchDeployment(opts)
    expect(result.verdict).toBe('stable')
    expect(result.reason).toBe(`CodeDeploy deployment ${CODEDEPLOY_ID} Succeeded: the replacement task set serves production traffic`)
    expect(result.deploymentId).toBe(GREEN_TASK_SET)
    expect(logger.lines[0]).toBe(`Following CodeDeploy deployment ${CODEDEPLOY_ID} of api (CODE_DEPLOY deployment), timeout 3h 00m, polling every 15s`)
    expect(result.strategy?.codeDeploy?.hookFunctions).toEqual({ AfterAllowTestTraffic: 'api-validate-green' })
    expect(codedeploy.calls()).toMatchObject({ ListDeployments: 1 })
  })

  test('a failing lifecycle hook with auto-rollback is rolled-back, naming the event and the error code', async () => {
    const ecs = fakeEcs()
    codeDeployService(ecs, true)
    const codedeploy = fakeCodeDeploy()
    lifecycle(codedeploy, 'AllowTestTraffic', 'InProgress')
    const time = fakeTime((poll) => {
      if (poll === 2) {
        lifecycle(codedeploy, 'AfterAllowTestTraffic', 'Failed')
        codedeploy.target.status = 'Failed'
        Object.assign(codedeploy.info, {
          status: 'Failed',
          errorInformation: { code: 'HOOK_EXECUTION_FAILURE', message: 'The deployment failed because one or more of the lifecycle event validation functions failed.' },
          rollbackInfo: { rollbackDeploymentId: 'd-ROLLBACK1' }
        })
      }
    })
    const result = await watchDeployment(codeDeployOptions(ecs, codedeploy, time, { codeDeployDeploymentId: CODEDEPLOY_ID }).opts)
    expect(result.verdict).toBe('rolled-back')
    expect(result.reason).toBe(
      `CodeDeploy deployment ${CODEDEPLOY_ID} Failed (lifecycle event AfterAllowTestTraffic failed; HOOK_EXECUTION_FAILURE: ` +
        'The deployment failed because one or more of the lifecycle event validation functions failed.) and was rolled back by deployment d-ROLLBACK1'
    )
    expect(codedeploy.calls().ListDeployments).toBeUndefined()
  })

  test('Ready waits for a reroute for hours without being stuck; the timeout says Ready and how to continue', async () => {
    const ecs = fakeEcs()
    codeDeployService(ecs, true)
    const codedeploy = fakeCodeDeploy()
    lifecycle(codedeploy, 'AfterAllowTestTraffic', 'Succeeded')
    codedeploy.info.status = 'Ready'
    codedeploy.target.status = 'Ready'
    const time = fakeTime(() => undefined)
    const { opts, logger } = codeDeployOptions(ecs, codedeploy, time, { timeoutMs: 120 * MINUTE, pollIntervalMs: MINUTE })
    const result = await watchDeployment(opts)
    expect(result.verdict).toBe('timeout')
    expect(time.polls()).toBe(120)
    expect(result.reason).toContain(
      `CodeDeploy is Ready: the replacement task set is up and waits for traffic to be rerouted. Reroute with: aws deploy continue-deployment --deployment-id ${CODEDEPLOY_ID} --deployment-wait-type READY_WAIT --region eu-west-1`
    )
    expect(logger.warnings.filter((w) => w.startsWith('Waiting for approval'))).toHaveLength(1)
  })

  test('replacement tasks that keep failing end the watch by the task rules', async () => {
    const ecs = fakeEcs()
    codeDeployService(ecs, true)
    const codedeploy = fakeCodeDeploy()
    lifecycle(codedeploy, 'Install', 'InProgress')
    const reason = 'Task failed ELB health checks in (target-group arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/api-green/1)'
    const failing = (id: string) => ({ ...stoppedTask(reason, 143, 'ServiceSchedulerInitiated'), taskArn: `arn:aws:ecs:eu-west-1:123456789012:task/prod/${id}`, startedBy: GREEN_TASK_SET })
    const time = fakeTime((poll) => {
      if (poll === 1) ecs.tasks.push(failing('a1'))
      if (poll === 2) {
        ecs.tasks.push(failing('a2'))
        ecs.service.events = [{ id: 'e2', message: '(service api) has started 1 tasks.' }]
      }
    })
    const result = await watchDeployment(codeDeployOptions(ecs, codedeploy, time, { codeDeployDeploymentId: CODEDEPLOY_ID }).opts)
    expect(result.verdict).toBe('failed')
    expect(result.reason).toMatch(new RegExp(`^2 tasks of ${GREEN_TASK_SET} stopped with the same failure: Task failed ELB health checks`))
  })

  test('one clear line when no CodeDeploy deployment can be found, or the inputs do not fit the controller', async () => {
    const ecs = fakeEcs()
    codeDeployService(ecs, false)
    ecs.service.taskSets = []
    const codedeploy = fakeCodeDeploy()
    codedeploy.inFlight = []
    await expect(watchDeployment(codeDeployOptions(ecs, codedeploy, fakeTime(() => undefined)).opts)).rejects.toThrow(
      "api uses the CODE_DEPLOY deployment controller, and no CodeDeploy deployment of it was found (deployment group AppECS-prod-api/DgpECS-prod-api has none in progress, and no task set names one). Pass the deploy step's 'codedeploy-deployment-id' output as the 'codedeploy-deployment-id' input."
    )
    const rolling = fakeEcs()
    await expect(watchDeployment(codeDeployOptions(rolling, codedeploy, fakeTime(() => undefined), { codeDeployDeploymentId: CODEDEPLOY_ID }).opts)).rejects.toThrow(
      "Input 'codedeploy-deployment-id' is for services with the CODE_DEPLOY deployment controller; api uses ECS (rolling). Leave it empty."
    )
  })
})

describe('EXTERNAL controller', () => {
  function externalService(fake: FakeEcs, stability: 'STABILIZING' | 'STEADY_STATE', running: number): void {
    fake.service.deploymentController = { type: 'EXTERNAL' }
    fake.service.deployments = []
    fake.service.taskSets = [
      { id: GREEN_TASK_SET, status: 'ACTIVE', taskDefinition: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/api:42', computedDesiredCount: 2, runningCount: running, pendingCount: 2 - running, stabilityStatus: stability, scale: { value: 100, unit: 'PERCENT' } }
    ]
  }

  test('follows the named task set to STEADY_STATE', async () => {
    const fake = fakeEcs()
    externalService(fake, 'STABILIZING', 0)
    const time = fakeTime((poll) => {
      if (poll === 3) externalService(fake, 'STEADY_STATE', 2)
    })
    const result = await watchDeployment(watchOptions(fake, time, { deploymentId: GREEN_TASK_SET }).opts)
    expect(result.verdict).toBe('stable')
    expect(result.reason).toBe(`Task set ${GREEN_TASK_SET} is STEADY_STATE with 2/2 tasks running (ACTIVE)`)
  })

  test('without a task set to follow: one line naming the input and the task sets; a deleted task set: failed', async () => {
    const fake = fakeEcs()
    externalService(fake, 'STABILIZING', 0)
    await expect(watchDeployment(watchOptions(fake, fakeTime(() => undefined)).opts)).rejects.toThrow(
      new WatchError(
        `api uses the EXTERNAL deployment controller: ECS has no deployment to follow, only task sets. Name the task set to follow in 'deployment-id' (its task sets: ${GREEN_TASK_SET} (ACTIVE, api:42, STABILIZING)).`
      )
    )
    const time = fakeTime((poll) => {
      if (poll === 2) fake.service.taskSets = []
    })
    const result = await watchDeployment(watchOptions(fake, time, { deploymentId: GREEN_TASK_SET }).opts)
    expect(result.verdict).toBe('failed')
    expect(result.reason).toBe(`Task set ${GREEN_TASK_SET} was deleted before it reached STEADY_STATE`)
  })
})
