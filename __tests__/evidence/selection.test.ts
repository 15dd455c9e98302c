/** Which task definitions and which containers' logs the collector asks for: pure, no mocks. */
import { describe, expect, it } from '@jest/globals'
import type { Task } from '@aws-sdk/client-ecs'
import { planDeployments } from '../../src/evidence/ecs.js'
import { toJson } from '../../src/evidence/json.js'
import { selectFailedContainers } from '../../src/evidence/logs.js'
import type { EcsTask } from '../../src/evidence/schema.js'
import { DEPLOYMENT, OLD_DEPLOYMENT, OLD_TD_ARN, TD_ARN, at, service, stoppedTask, taskDefinition } from './scenario.js'

const td = toJson(taskDefinition())

function task(index: number, change: (t: Task) => void = () => undefined): EcsTask {
  const t = stoppedTask(index % 3)
  t.taskArn = `${t.taskArn?.slice(0, -4)}${String(index).padStart(4, '0')}`
  change(t)
  return toJson(t)
}

const exited = (code: number, reason?: string) => (t: Task) => {
  t.containers![0].exitCode = code
  if (reason) t.containers![0].reason = reason
}

describe('containers whose logs are read', () => {
  it('takes one container per distinct failure, newest first', () => {
    const tasks = [
      task(1, exited(1)),
      task(2, (t) => {
        exited(137, 'OutOfMemoryError: Container killed due to memory usage')(t)
        t.stoppedAt = at(900)
      }),
      task(3, (t) => {
        exited(1)(t)
        t.stoppedAt = at(1000)
      })
    ]

    expect(selectFailedContainers(tasks, td).map((c) => [c.taskArn.slice(-4), c.containerName])).toEqual([
      ['0003', 'api'],
      ['0002', 'api']
    ])
  })

  it('never reads more than five containers', () => {
    const tasks = Array.from({ length: 12 }, (_, i) => task(i, exited(i + 1)))
    expect(selectFailedContainers(tasks, td)).toHaveLength(5)
  })

  it('skips a sidecar stopped with the task (143) when the essential container failed, but reads a crashed one otherwise', () => {
    expect(selectFailedContainers([task(1)], td).map((c) => c.containerName)).toEqual(['api'])

    const sidecarCrash = task(2, (t) => {
      t.containers![0].exitCode = 0
      t.containers![1].exitCode = 2
    })
    expect(selectFailedContainers([sidecarCrash], td).map((c) => c.containerName)).toEqual(['xray'])
  })

  it('reads the essential container of a task that failed before any container exited', () => {
    const pullFailure = task(1, (t) => {
      t.stopCode = 'TaskFailedToStart'
      t.stoppedReason = 'CannotPullContainerError: pull image manifest has been retried 7 time(s): failed to resolve ref'
      for (const c of t.containers ?? []) delete c.exitCode
    })
    expect(selectFailedContainers([pullFailure], td).map((c) => c.containerName)).toEqual(['api'])
  })

  it('puts scale-in stops after real failures', () => {
    const scaledIn = task(1, (t) => {
      t.stopCode = 'ServiceSchedulerInitiated'
      t.stoppedReason = `Scaling activity initiated by (deployment ${DEPLOYMENT})`
      t.containers![0].exitCode = 143
      t.stoppedAt = at(2000)
    })
    const crashed = task(2, exited(1))
    expect(selectFailedContainers([scaledIn, crashed], td, 1).map((c) => c.taskArn.slice(-4))).toEqual(['0002'])
  })

  it('puts a stop the watch and the diagnosis call benign (a user stop, the service deleted) after a real failure', () => {
    const userStopped = task(1, (t) => {
      delete t.stopCode
      t.stoppedReason = 'Task stopped by user'
      t.containers![0].exitCode = 137
      t.stoppedAt = at(2000)
    })
    const crashed = task(2, exited(1))
    expect(selectFailedContainers([userStopped, crashed], td, 1).map((c) => c.taskArn.slice(-4))).toEqual(['0002'])
  })

  it('falls back to the newest running task when none stopped (stuck or timeout)', () => {
    const running = task(1, (t) => {
      t.lastStatus = 'RUNNING'
      t.desiredStatus = 'RUNNING'
      delete t.stoppedAt
      delete t.stoppingAt
      delete t.stopCode
      delete t.stoppedReason
      for (const c of t.containers ?? []) delete c.exitCode
    })
    expect(selectFailedContainers([running], td).map((c) => c.containerName)).toEqual(['api'])
  })
})

describe('task definitions to describe', () => {
  const svc = toJson(service())

  it('takes the followed deployment and the one it replaces', () => {
    expect(planDeployments(svc, DEPLOYMENT, [])).toMatchObject({ taskDefinitionArn: TD_ARN, previousTaskDefinitionArn: OLD_TD_ARN })
  })

  it('takes the PRIMARY deployment when no deployment id was given', () => {
    expect(planDeployments(svc, null, [])).toMatchObject({ taskDefinitionArn: TD_ARN, previousTaskDefinitionArn: OLD_TD_ARN })
  })

  it('after a rollback (our deployment gone) uses the tasks’ task definition and the one rolled back to', () => {
    const rolledBack = toJson(service())
    rolledBack.deployments = [
      {
        id: 'ecs-svc/5551234567890123456',
        status: 'PRIMARY',
        taskDefinition: OLD_TD_ARN,
        createdAt: at(300).toISOString(),
        rolloutState: 'IN_PROGRESS',
        rolloutStateReason: `ECS deployment circuit breaker: rolling back to deploymentId ${OLD_DEPLOYMENT}.`
      }
    ]
    const plan = planDeployments(rolledBack, DEPLOYMENT, [task(1)])
    expect(plan).toEqual({ followed: undefined, taskDefinitionArn: TD_ARN, previousTaskDefinitionArn: OLD_TD_ARN })
    expect(planDeployments(rolledBack, DEPLOYMENT, [], TD_ARN).taskDefinitionArn).toBe(TD_ARN)
    expect(planDeployments(rolledBack, DEPLOYMENT, []).taskDefinitionArn).toBeUndefined()
  })

  it('does not describe the same task definition twice when the old deployment used it too', () => {
    const same = toJson(service())
    same.deployments![1].taskDefinition = TD_ARN
    expect(planDeployments(same, DEPLOYMENT, []).previousTaskDefinitionArn).toBeUndefined()
  })
})
