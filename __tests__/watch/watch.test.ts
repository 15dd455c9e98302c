import { describe, expect, test } from '@jest/globals'
import type { EcsTask } from '../../src/evidence/schema.js'
import { normaliseReason } from '../../src/diagnose/signature.js'
import { ruleSetClassifier } from '../../src/diagnose/stop-classifier.js'
import { isBenignStop, type StopClassifier, type StopOutcome } from '../../src/stops.js'
import { watchDeployment, type WatchOptions } from '../../src/watch/watch.js'
import { OLD_DEPLOYMENT, serviceEvent, TD_ARN } from '../fixtures/evidence.js'
import { complete, fakeEcs, fakeTime, old, ours, recordingLogger, rollBack, runningTask, stop, stoppedTask, type FakeEcs } from './ecs-fake.js'

/** A classifier with the contract of the real one, so these tests pin the watch's own rules. */
const classifier: StopClassifier = {
  classify(task: EcsTask): StopOutcome {
    const reason = task.stoppedReason ?? ''
    return {
      failure: !isBenignStop(task),
      deterministic: /not found|AccessDenied/i.test(reason),
      placement: /unable to place|InsufficientFreeAddresses/i.test(reason),
      signature: normaliseReason(reason)
    }
  }
}

function options(fake: FakeEcs, time: ReturnType<typeof fakeTime>, extra: Partial<WatchOptions> = {}) {
  const logger = recordingLogger()
  return {
    logger,
    opts: {
      ecs: fake.client,
      cluster: 'prod',
      service: 'api',
      timeoutMs: 15 * 60_000,
      pollIntervalMs: 10_000,
      maxFailedTasks: 2,
      logger,
      clock: time.clock,
      sleep: time.sleep,
      loadClassifier: async () => classifier,
      ...extra
    } satisfies WatchOptions
  }
}

const CRASH = 'Essential container in task exited'

describe('watchDeployment verdicts', () => {
  test('stable once our deployment is the only one, all tasks running and COMPLETED', async () => {
    const fake = fakeEcs()
    const time = fakeTime((poll) => {
      if (poll === 1) fake.tasks.push(runningTask(), runningTask())
      if (poll === 2) complete(fake)
    })
    const { opts } = options(fake, time)
    const result = await watchDeployment(opts)
    expect(result.verdict).toBe('stable')
    expect(result.deploymentId).toBe('ecs-svc/4718061531863413372')
    expect(result.reason).toBe('ecs-svc/4718061531863413372 is the only deployment with 2/2 tasks running (COMPLETED)')
    expect(time.polls()).toBe(2)
  })

  test('not stable while the old deployment is still listed, even with running == desired', async () => {
    const fake = fakeEcs()
    const time = fakeTime((poll) => {
      Object.assign(ours(fake), { runningCount: 2, rolloutState: 'IN_PROGRESS' })
      if (poll === 3) complete(fake)
    })
    const result = await watchDeployment(options(fake, time).opts)
    expect(result.verdict).toBe('stable')
    expect(time.polls()).toBe(3)
  })

  test('fails after max-failed-tasks stops with the same signature, not after the first', async () => {
    const fake = fakeEcs()
    const time = fakeTime((poll) => {
      if (poll === 1) stop(fake, stoppedTask(CRASH, 1))
      if (poll === 3) stop(fake, stoppedTask(CRASH, 1))
    })
    const result = await watchDeployment(options(fake, time).opts)
    expect(result.verdict).toBe('failed')
    expect(time.polls()).toBe(3)
    expect(result.reason).toBe(`2 tasks of ecs-svc/4718061531863413372 stopped with the same failure: ${CRASH}`)
    expect(result.failureSignatures).toEqual([{ signature: CRASH, count: 2, deterministic: false }])
  })

  test('different failure signatures do not add up toward max-failed-tasks', async () => {
    const fake = fakeEcs()
    const time = fakeTime((poll) => {
      if (poll === 1) fake.tasks.push(stoppedTask('Essential container in task exited: api', 1))
      if (poll === 2) fake.tasks.push(stoppedTask('Task failed container health checks', null, 'ServiceSchedulerInitiated'))
      if (poll === 3) complete(fake)
    })
    const result = await watchDeployment(options(fake, time).opts)
    expect(result.verdict).toBe('stable')
  })

  test('a deterministic failure fails after one stop', async () => {
    const fake = fakeEcs()
    const time = fakeTime((poll) => {
      if (poll === 1)
        stop(
          fake,
          stoppedTask(
            'CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref 123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:v9: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:v9: not found',
            null,
            'TaskFailedToStart'
          )
        )
    })
    const result = await watchDeployment(options(fake, time).opts)
    expect(result.verdict).toBe('failed')
    expect(time.polls()).toBe(1)
    expect(result.reason).toMatch(/^1 task of ecs-svc\/4718061531863413372 stopped with a failure that repeats on every start: CannotPullContainerError/)
  })

  test('max-failed-tasks is honoured (3)', async () => {
    const fake = fakeEcs()
    const time = fakeTime((poll) => {
      if (poll <= 3) stop(fake, stoppedTask(CRASH, 1))
    })
    const result = await watchDeployment(options(fake, time, { maxFailedTasks: 3 }).opts)
    expect(result.verdict).toBe('failed')
    expect(time.polls()).toBe(3)
  })

  test('benign stops never count: replacement of old tasks (exit 143), scale-in of ours, user stops', async () => {
    const fake = fakeEcs()
    const time = fakeTime((poll) => {
      if (poll === 1) {
        fake.tasks.push(
          stoppedTask(`Scaling activity initiated by (deployment ${OLD_DEPLOYMENT})`, 143, 'ServiceSchedulerInitiated', { startedBy: OLD_DEPLOYMENT }),
          stoppedTask(`Scaling activity initiated by (deployment ${OLD_DEPLOYMENT})`, 143, 'ServiceSchedulerInitiated', { startedBy: OLD_DEPLOYMENT }),
          stoppedTask('Scaling activity initiated by (deployment ecs-svc/4718061531863413372)', 143, 'ServiceSchedulerInitiated'),
          stoppedTask('Task stopped by user', 143, 'UserInitiated'),
          stoppedTask(CRASH, 1, 'EssentialContainerExited', { startedBy: OLD_DEPLOYMENT }),
          stoppedTask(CRASH, 1, 'EssentialContainerExited', { startedBy: OLD_DEPLOYMENT })
        )
      }
      if (poll === 2) complete(fake)
    })
    const result = await watchDeployment(options(fake, time, { loadClassifier: async () => ruleSetClassifier }).opts)
    expect(result.verdict).toBe('stable')
    expect(result.failureSignatures).toEqual([])
  })

  test('rolled-back when the circuit breaker marks our deployment FAILED', async () => {
    const fake = fakeEcs()
    const time = fakeTime((poll) => {
      if (poll === 2) rollBack(fake)
    })
    const result = await watchDeployment(options(fake, time).opts)
    expect(result.verdict).toBe('rolled-back')
    expect(result.reason).toBe(
      'The deployment circuit breaker marked ecs-svc/4718061531863413372 FAILED and rolled back to ecs-svc/5550000000000000001 (api:41): ECS deployment circuit breaker: tasks failed to start.'
    )
  })

  test('rolled-back, not stable, when our deployment vanished and the service is steady on the old revision (the trap)', async () => {
    const fake = fakeEcs()
    const time = fakeTime((poll) => {
      if (poll === 1) {
        rollBack(fake, false)
        Object.assign(fake.service.deployments![0], { runningCount: 2, pendingCount: 0, rolloutState: 'COMPLETED' })
      }
    })
    const result = await watchDeployment(options(fake, time).opts)
    expect(result.verdict).toBe('rolled-back')
    expect(result.reason).toContain('was replaced by a rollback to ecs-svc/5550000000000000001 (api:41)')
  })

  test('a second deployment with a new revision starting mid-watch supersedes ours: failed, named', async () => {
    const fake = fakeEcs()
    const time = fakeTime((poll) => {
      if (poll === 2) {
        const d = ours(fake)
        d.status = 'ACTIVE'
        fake.service.deployments = [
          { id: 'ecs-svc/7770000000000000007', status: 'PRIMARY', taskDefinition: TD_ARN.replace(':42', ':43'), desiredCount: 2, runningCount: 0, pendingCount: 2, rolloutState: 'IN_PROGRESS' },
          d,
          old(fake)!
        ]
      }
    })
    const result = await watchDeployment(options(fake, time).opts)
    expect(result.verdict).toBe('failed')
    expect(result.reason).toBe(
      'ecs-svc/4718061531863413372 was superseded by a newer deployment ecs-svc/7770000000000000007 (api:43) before it completed'
    )
  })

  const CAPACITY =
    '(service api) was unable to place a task. Reason: Capacity is unavailable at this time. Please try again later or in a different availability zone.'

  test('stuck only when the cannot-place condition lasts 5 minutes with no task of ours progressing', async () => {
    const fake = fakeEcs()
    const time = fakeTime((poll) => {
      if (poll === 1) fake.service.events = [serviceEvent(CAPACITY, 40)]
    })
    const result = await watchDeployment(options(fake, time).opts)
    expect(result.verdict).toBe('stuck')
    // Listed first on poll 1 (10 s polls): 5 minutes later is poll 31, not the next poll.
    expect(time.polls()).toBe(31)
    expect(result.reason).toBe(`No task of ecs-svc/4718061531863413372 is running and none has progressed for 5m 00s: ${CAPACITY}`)
  })

  test('a transient capacity event does not end the watch while our tasks are placed, pull and start', async () => {
    const fake = fakeEcs()
    const pending = { lastStatus: 'PENDING', startedAt: undefined, createdAt: '2026-11-20T10:01:10.000Z' }
    const time = fakeTime((poll) => {
      if (poll === 1) fake.service.events = [serviceEvent(CAPACITY, 40)]
      // ECS keeps the event listed on every later poll; the scheduler places our tasks a minute later.
      if (poll === 7) fake.tasks.push(runningTask({ id: 'a', ...pending }), runningTask({ id: 'b', ...pending }))
      if (poll === 9) for (const t of fake.tasks) t.pullStartedAt = '2026-11-20T10:01:30.000Z'
      if (poll === 40) for (const t of fake.tasks) Object.assign(t, { lastStatus: 'RUNNING', pullStoppedAt: '2026-11-20T10:07:00.000Z', startedAt: '2026-11-20T10:07:05.000Z' })
      if (poll === 41) complete(fake)
    })
    const result = await watchDeployment(options(fake, time, { timeoutMs: 30 * 60_000 }).opts)
    expect(result.verdict).toBe('stable')
    expect(time.polls()).toBe(41)
  })

  test('a capacity event listed before our tasks progressed no longer counts, even with none running yet', async () => {
    const fake = fakeEcs()
    fake.service.events = [serviceEvent(CAPACITY, 20)]
    fake.tasks.push(runningTask({ lastStatus: 'PENDING', startedAt: undefined, createdAt: '2026-11-20T10:00:25.000Z', pullStartedAt: '2026-11-20T10:00:28.000Z' }))
    const time = fakeTime(() => undefined)
    const result = await watchDeployment(options(fake, time, { timeoutMs: 20 * 60_000 }).opts)
    expect(result.verdict).toBe('timeout')
  })

  test('with a short timeout the cannot-place window is half of it', async () => {
    const fake = fakeEcs()
    const time = fakeTime((poll) => {
      if (poll === 1) fake.service.events = [serviceEvent(CAPACITY, 40)]
    })
    const result = await watchDeployment(options(fake, time, { timeoutMs: 4 * 60_000 }).opts)
    expect(result.verdict).toBe('stuck')
    expect(time.polls()).toBe(13)
  })

  test('a task still pulling a large image is slow, not stuck', async () => {
    const fake = fakeEcs()
    const time = fakeTime((poll) => {
      if (poll === 1)
        fake.tasks.push(
          runningTask({ lastStatus: 'PENDING', startedAt: undefined, createdAt: '2026-11-20T10:00:35.000Z', pullStartedAt: '2026-11-20T10:00:50.000Z' })
        )
    })
    const result = await watchDeployment(options(fake, time, { timeoutMs: 600_000 }).opts)
    expect(result.verdict).toBe('timeout')
  })

  test('a health-check kill counts as soon as ECS gives the reason, before the task is STOPPED', async () => {
    const fake = fakeEcs()
    const elb = 'Task failed ELB health checks in (target-group arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/api-tg/6d0ecf831eec9f09)'
    const time = fakeTime((poll) => {
      if (poll === 1) stop(fake, stoppedTask(elb, null, 'ServiceSchedulerInitiated', { lastStatus: 'DEACTIVATING', desiredStatus: 'STOPPED' }))
      if (poll === 2) stop(fake, stoppedTask(elb, null, 'ServiceSchedulerInitiated', { lastStatus: 'DEACTIVATING', desiredStatus: 'STOPPED' }))
    })
    const result = await watchDeployment(options(fake, time).opts)
    expect(result.verdict).toBe('failed')
    expect(time.polls()).toBe(2)
  })

  test('stuck when our tasks stay PROVISIONING past the Fargate limit', async () => {
    const fake = fakeEcs()
    const time = fakeTime((poll) => {
      if (poll === 1) fake.tasks.push(runningTask({ lastStatus: 'PROVISIONING', startedAt: undefined, createdAt: '2026-11-20T10:00:35.000Z' }))
    })
    const result = await watchDeployment(options(fake, time).opts)
    expect(result.verdict).toBe('stuck')
    expect(result.reason).toBe('1 task(s) of ecs-svc/4718061531863413372 have been PROVISIONING for over 3 minutes')
  })

  test('EC2 tasks PROVISIONING while a capacity provider scales out are slow, not stuck', async () => {
    const fake = fakeEcs()
    const time = fakeTime((poll) => {
      if (poll === 1)
        fake.tasks.push(
          runningTask({ lastStatus: 'PROVISIONING', startedAt: undefined, launchType: 'EC2', capacityProviderName: 'asg-provider', createdAt: '2026-11-20T10:00:35.000Z' })
        )
    })
    const result = await watchDeployment(options(fake, time, { timeoutMs: 10 * 60_000 }).opts)
    expect(result.verdict).toBe('timeout')
  })

  test('timeout reports what was still in progress', async () => {
    const fake = fakeEcs()
    const time = fakeTime((poll) => {
      if (poll === 1) {
        fake.tasks.push(runningTask())
        Object.assign(ours(fake), { runningCount: 1, pendingCount: 1 })
      }
    })
    const result = await watchDeployment(options(fake, time, { timeoutMs: 60_000 }).opts)
    expect(result.verdict).toBe('timeout')
    expect(result.reason).toMatch(/^Timed out after 1m 00s: api ecs-svc\/4718061531863413372: 1\/2 running, 1 pending/)
    expect(time.polls()).toBe(6)
  })
})

describe('watchDeployment under AWS errors', () => {
  test('throttled polls are skipped with a log line (not an annotation each) and never end the watch early', async () => {
    const fake = fakeEcs()
    let throttles = 0
    const { DescribeServicesCommand } = await import('@aws-sdk/client-ecs')
    const realService = () => ({ services: [structuredClone(fake.service)] })
    fake.mock.on(DescribeServicesCommand).callsFake(() => {
      if (throttles < 3) {
        throttles += 1
        throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } })
      }
      return realService()
    })
    const time = fakeTime((poll) => {
      if (poll === 5) complete(fake)
    })
    const { opts, logger } = options(fake, time)
    const skipped: string[] = []
    const result = await watchDeployment({ ...opts, onSkippedPoll: (error) => skipped.push((error as Error).name) })
    expect(result.verdict).toBe('stable')
    expect(logger.warnings).toEqual([])
    expect(logger.lines.filter((line) => line.startsWith('Skipped a poll'))).toEqual(Array(3).fill('Skipped a poll: ThrottlingException: Rate exceeded'))
    expect(skipped).toEqual(Array(3).fill('ThrottlingException'))
  })

  test('throttling never turns a failure into a pass', async () => {
    const fake = fakeEcs()
    const { ListTasksCommand } = await import('@aws-sdk/client-ecs')
    let n = 0
    const listed = fake.mock.on(ListTasksCommand)
    listed.callsFake((input: { desiredStatus?: string }) => {
      n += 1
      if (n % 3 === 0) throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' })
      return { taskArns: fake.tasks.filter((t) => t.desiredStatus === input.desiredStatus).map((t) => t.taskArn) }
    })
    const time = fakeTime((poll) => {
      if (poll === 1) fake.tasks.push(stoppedTask(CRASH, 1), stoppedTask(CRASH, 1))
      if (poll === 2) Object.assign(ours(fake), { runningCount: 2 })
    })
    const result = await watchDeployment(options(fake, time).opts)
    expect(result.verdict).toBe('failed')
  })

  test('a missing service is a clear error, not a retry loop', async () => {
    const fake = fakeEcs()
    const { DescribeServicesCommand } = await import('@aws-sdk/client-ecs')
    fake.mock.on(DescribeServicesCommand).resolves({ services: [], failures: [{ arn: 'arn:aws:ecs:eu-west-1:123456789012:service/prod/nope', reason: 'MISSING' }] })
    const time = fakeTime(() => undefined)
    await expect(watchDeployment(options(fake, time, { service: 'nope' }).opts)).rejects.toThrow(
      "Service 'nope' was not found in cluster 'prod' (MISSING). Check the 'service' and 'cluster' inputs."
    )
  })

  test('a missing cluster is a clear error', async () => {
    const fake = fakeEcs()
    const { DescribeServicesCommand } = await import('@aws-sdk/client-ecs')
    fake.mock.on(DescribeServicesCommand).rejects(Object.assign(new Error('Cluster not found.'), { name: 'ClusterNotFoundException' }))
    await expect(watchDeployment(options(fake, fakeTime(() => undefined), { cluster: 'nope' }).opts)).rejects.toThrow(
      "Cluster 'nope' was not found in this region. Check the 'cluster' and 'region' inputs."
    )
  })

  test('AccessDenied on the core ECS calls names the missing permission', async () => {
    const fake = fakeEcs()
    const { DescribeTasksCommand } = await import('@aws-sdk/client-ecs')
    fake.tasks.push(runningTask())
    fake.mock.on(DescribeTasksCommand).rejects(
      Object.assign(new Error('User: arn:aws:sts::123456789012:assumed-role/gha/run is not authorized to perform: ecs:DescribeTasks'), {
        name: 'AccessDeniedException'
      })
    )
    await expect(watchDeployment(options(fake, fakeTime(() => undefined)).opts)).rejects.toThrow(
      /^The action's AWS role is not allowed ecs:DescribeTasks \(AccessDeniedException: /
    )
  })

  test('a deployment-id that is not the service\'s is a clear error', async () => {
    const fake = fakeEcs()
    await expect(
      watchDeployment(options(fake, fakeTime(() => undefined), { deploymentId: 'ecs-svc/1111' }).opts)
    ).rejects.toThrow(
      "Input 'deployment-id' ecs-svc/1111 is not a current deployment of api; its deployments are ecs-svc/4718061531863413372 (PRIMARY, api:42), ecs-svc/9123456789012345678 (ACTIVE, api:41)."
    )
  })

  test('task-definition selects the deployment running it and rejects one nobody runs', async () => {
    const fake = fakeEcs()
    const time = fakeTime(() => complete(fake))
    const result = await watchDeployment(options(fake, time, { taskDefinition: 'api:42' }).opts)
    expect(result.deploymentId).toBe('ecs-svc/4718061531863413372')
    const fake2 = fakeEcs()
    await expect(watchDeployment(options(fake2, fakeTime(() => undefined), { taskDefinition: 'api:99' }).opts)).rejects.toThrow(
      /^No deployment of api runs the 'task-definition' input api:99/
    )
  })
})

describe('watchDeployment API cost and progress', () => {
  test('polls while nothing changes cost one call, and stopped tasks are described once', async () => {
    const fake = fakeEcs()
    fake.tasks.push(runningTask(), stoppedTask(CRASH, 1))
    const perPoll: number[] = []
    let last = 0
    const time = fakeTime(() => {
      const total = fake.mock.calls().length
      perPoll.push(total - last)
      last = total
    })
    const result = await watchDeployment(options(fake, time, { timeoutMs: 100_000 }).opts)
    expect(result.verdict).toBe('timeout')
    // Polls where nothing moved cost one DescribeServices; every 6th is a safety sweep (3 calls).
    expect(perPoll.slice(1)).toEqual([1, 1, 1, 1, 1, 3, 1, 1, 1])
    expect(fake.calls().DescribeTasks).toBe(1)
  })

  test('prints one progress line per change and new service events in a group', async () => {
    const fake = fakeEcs()
    const time = fakeTime((poll) => {
      if (poll === 1) {
        fake.tasks.push(stoppedTask('CannotPullContainerError: pull image manifest has been retried 5 time(s): dial tcp 52.94.1.1:443: i/o timeout', null, 'TaskFailedToStart'))
        fake.service.events = [serviceEvent('(service api) has started 1 tasks: (task 0123456789abcdef0123456789abcdef).', 35)]
      }
      if (poll === 3) complete(fake)
    })
    const { opts, logger } = options(fake, time)
    await watchDeployment(opts)
    expect(logger.lines).toContain('api ecs-svc/4718061531863413372: 0/2 running, 1 stopped (CannotPullContainerError x1); other deployments: ecs-svc/9123456789012345678 ACTIVE 2/2')
    expect(logger.lines).toContain('[group] Service events (1 new)')
    expect(logger.lines.filter((l) => l.startsWith('api ecs-svc/4718061531863413372: 0/2 running, 1 stopped'))).toHaveLength(1)
  })

  test('on a 1,000-task service steady polls stay at one call and each task is described once', async () => {
    const fake = fakeEcs()
    for (let i = 0; i < 1000; i += 1) fake.tasks.push(runningTask({ id: i.toString(16).padStart(32, '0') }))
    Object.assign(ours(fake), { desiredCount: 1000, runningCount: 999, pendingCount: 1 })
    const perPoll: number[] = []
    let last = 0
    const time = fakeTime(() => {
      const total = fake.mock.calls().length
      perPoll.push(total - last)
      last = total
    })
    await watchDeployment(options(fake, time, { timeoutMs: 120_000 }).opts)
    // First sweep: 10 + 1 ListTasks pages and 10 DescribeTasks batches; then DescribeServices alone, a safety sweep every sixth poll.
    expect(perPoll[0]).toBe(1 + 11 + 10)
    expect(perPoll.slice(1, 5)).toEqual([1, 1, 1, 1])
    expect(fake.calls().DescribeTasks).toBe(10)
  })
})

describe('a deployment ECS already dropped', () => {
  test('rolled-back when the service-deployments API says the followed id was rolled back', async () => {
    const { ListServiceDeploymentsCommand, DescribeServiceDeploymentsCommand } = await import('@aws-sdk/client-ecs')
    const fake = fakeEcs()
    rollBack(fake, false)
    const arn = 'arn:aws:ecs:eu-west-1:123456789012:service-deployment/prod/api/Xq1sJpZ0a9bC8dE7fG6hI'
    fake.mock.on(ListServiceDeploymentsCommand).resolves({ serviceDeployments: [{ serviceDeploymentArn: arn }] })
    fake.mock.on(DescribeServiceDeploymentsCommand).resolves({
      serviceDeployments: [
        {
          serviceDeploymentArn: arn,
          status: 'ROLLBACK_SUCCESSFUL',
          statusReason: 'ECS deployment circuit breaker: tasks failed to start.',
          targetServiceRevision: { arn: 'arn:aws:ecs:eu-west-1:123456789012:service-revision/prod/api/4718061531863413372' }
        }
      ]
    })
    const result = await watchDeployment(options(fake, fakeTime(() => undefined), { deploymentId: 'ecs-svc/4718061531863413372' }).opts)
    expect(result.verdict).toBe('rolled-back')
    expect(result.deploymentId).toBe('ecs-svc/4718061531863413372')
    expect(result.reason).toBe(
      'ecs-svc/4718061531863413372 was rolled back before the watch started (ROLLBACK_SUCCESSFUL): ECS deployment circuit breaker: tasks failed to start.'
    )
  })
})
