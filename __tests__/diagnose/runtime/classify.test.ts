import { describe, expect, it } from '@jest/globals'
import { classifyStop, diagnose } from '../../../src/diagnose/index.js'
import { runtimeRules } from '../../../src/diagnose/runtime/index.js'
import type { Evidence } from '../../../src/evidence/schema.js'
import { NEW_DEPLOYMENT, TG_ARN, serviceEvent, taskId } from '../../fixtures/evidence.js'
import { elbKilledReason, exitedTask, logsOf } from './builders.js'
import * as app from './fixtures/app.js'
import * as crash from './fixtures/crash.js'
import * as health from './fixtures/health.js'
import * as logs from './fixtures/logs.js'

function classifyFirst(evidence: Evidence) {
  const task = evidence.tasks![0]
  return classifyStop({ task, taskDefinition: evidence.taskDefinition, logs: evidence.logs!.filter((l) => l.taskArn === task.taskArn) })
}

describe('runtime stop classification', () => {
  it('groups identical crashes under one signature naming container, exit code and cause', () => {
    const evidence = app.nodeMissingEnv()
    expect(classifyFirst(evidence)).toMatchObject({
      code: 'missing-configuration',
      signature: 'EssentialContainerExited: api exit 1 (missing-configuration)',
      cause: 'Error: Missing required environment variable: DATABASE_URL',
      containerName: 'api',
      exitCode: 1,
      deterministic: false
    })
    expect(diagnose(evidence).failureGroups).toEqual([
      expect.objectContaining({ signature: 'EssentialContainerExited: api exit 1 (missing-configuration)', count: 3, exitCode: 1 })
    ])
  })

  it('tasks without logs of their own read the logs of a task that failed the same way (the collector reads one per signature)', () => {
    const evidence = app.nodeTimeoutRemote()
    evidence.logs = evidence.logs!.slice(0, 1)
    const diagnosis = diagnose(evidence)
    expect(diagnosis.rootCause?.code).toBe('dependency-unreachable')
    expect(diagnosis.rootCause?.evidence[0]).toBe('3 of 3 failed tasks of ecs-svc/4718061531863413372: EssentialContainerExited, api exit 1')
    expect(diagnosis.failureGroups).toEqual([expect.objectContaining({ count: 3 })])
  })

  it('a task that failed differently does not borrow them', () => {
    const evidence = app.nodeTimeoutRemote()
    evidence.logs = evidence.logs!.slice(0, 1)
    evidence.tasks![2].containers![0].exitCode = 2
    expect(diagnose(evidence).failureGroups.map((g) => g.signature)).toEqual([
      'EssentialContainerExited: api exit 1 (dependency-unreachable)',
      'EssentialContainerExited: api exit 2 (app-exit-error)'
    ])
  })

  it('health-check kills share one signature whatever the task ids and target group ARN', () => {
    const signature = classifyFirst(health.elbWrongPath()).signature
    expect(signature).toBe('ServiceSchedulerInitiated: Task failed ELB health checks in (target-group <arn>)')
    expect(classifyFirst(health.containerSlowStart()).signature).toBe('ServiceSchedulerInitiated: Task failed container health checks (api)')
  })

  it('an exec failure of the command is deterministic: one stop is enough to fail the watch', () => {
    expect(classifyFirst(crash.ociExecutableNotFound())).toMatchObject({
      code: 'command-not-found',
      deterministic: true,
      cause: 'exec: "uvicorn": executable file not found in $PATH'
    })
  })

  it('leaves start-up failures (no container ran) to the startup rules', () => {
    const task = exitedTask({
      exitCode: null,
      stopCode: 'TaskFailedToStart',
      stoppedReason: 'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref 123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:v1.4.2: not found'
    })
    expect(runtimeRules.classifyStop({ task })).toBeNull()
  })
})

describe('traps', () => {
  it('exit 137 after "Task failed ELB health checks" is the health check, not OOM', () => {
    const evidence = health.elbKill137()
    expect(classifyFirst(evidence)).toMatchObject({ code: 'elb-health-check-failed', exitCode: 137 })
    const diagnosis = diagnose(evidence)
    expect(diagnosis.rootCause?.code).toBe('elb-health-check-failed')
    expect(diagnosis.findings.map((f) => f.code)).not.toContain('out-of-memory')
    expect(diagnosis.rootCause?.evidence.join('\n')).toContain('ECS reports no OutOfMemoryError, so this is not a memory kill')
  })

  it('exit 137 WITH "OutOfMemoryError: Container killed due to memory usage" is OOM', () => {
    expect(classifyFirst(crash.fargateOomKilled())).toMatchObject({ code: 'out-of-memory', exitCode: 137, cause: 'OutOfMemoryError: Container killed due to memory usage' })
  })

  it('an OutOfMemoryError in the task stoppedReason (no stopCode, no container reason) is OOM too', () => {
    const task = exitedTask({ exitCode: 137, stoppedReason: 'OutOfMemoryError: Container killed due to memory usage' })
    delete task.stopCode
    expect(runtimeRules.classifyStop({ task })).toMatchObject({ code: 'out-of-memory', cause: 'OutOfMemoryError: Container killed due to memory usage' })
  })

  it('exit 137 without the OOM reason and without a health-check kill is a SIGKILL, low confidence', () => {
    expect(classifyFirst(app.sigkillWithoutOom())).toMatchObject({ code: 'app-exit-error', confidence: 'low', exitCode: 137 })
  })

  it('exit 143 on tasks replaced by the scheduler is benign: only the real failure counts', () => {
    const diagnosis = diagnose(crash.replacedTasksAreBenign())
    expect(diagnosis.rootCause?.code).toBe('missing-configuration')
    expect(diagnosis.failureGroups).toEqual([expect.objectContaining({ count: 1, exitCode: 1 })])
    expect(diagnosis.findings.map((f) => f.code)).not.toContain('app-exit-error')
  })

  it('exit 143 after a ServiceSchedulerInitiated stop that is not a health check is not an app failure', () => {
    const task = exitedTask({ exitCode: 143, stopCode: 'ServiceSchedulerInitiated', stoppedReason: `Scaling activity initiated by (deployment ${NEW_DEPLOYMENT})` })
    expect(runtimeRules.classifyStop({ task })).toBeNull()
  })

  it('exit 1 with "exec format error" in the log is an image platform mismatch', () => {
    expect(classifyFirst(crash.execFormatError())).toMatchObject({ code: 'image-platform-mismatch', deterministic: true, exitCode: 1 })
  })

  it('connection refused to 127.0.0.1:5432 is missing configuration; to orders-db.internal:5432 it is the dependency', () => {
    expect(classifyFirst(app.nodeRefusedLocalhost()).code).toBe('missing-configuration')
    expect(classifyFirst(app.springDatabaseRefused()).code).toBe('dependency-unreachable')
  })

  it('localhost served by a sidecar of the task is a real dependency (start order), not missing configuration', () => {
    expect(classifyFirst(app.sidecarNotReady()).code).toBe('dependency-unreachable')
  })

  it("a non-essential sidecar's exit is not the cause when the essential container failed differently", () => {
    const evidence = crash.sidecarOomButAppMissingEnv()
    expect(classifyFirst(evidence)).toMatchObject({ code: 'missing-configuration', containerName: 'api' })
    expect(diagnose(evidence).findings.map((f) => f.code)).not.toContain('out-of-memory')
  })

  it('the container that failed on its own beats the ones ECS then stopped (143)', () => {
    const task = exitedTask({ exitCode: 143, container: 'envoy', others: [{ name: 'api', exitCode: 2 }] })
    expect(runtimeRules.classifyStop({ task, logs: [logsOf(task, logs.GO_PANIC, 'api')] })).toMatchObject({ containerName: 'api', exitCode: 2, code: 'app-exit-error' })
  })

  it('a Go nil-pointer panic is an application error, a native crash (139) is a segfault', () => {
    expect(classifyFirst(app.goPanic()).code).toBe('app-exit-error')
    expect(classifyFirst(crash.nativeSegfault()).code).toBe('segfault')
  })

  it('unhealthy events of tasks that crashed on their own are not a second cause', () => {
    const evidence = app.nodeMissingEnv()
    evidence.service.events = evidence.tasks!.map((t, i) =>
      serviceEvent(`(service api) (task ${taskId(t)}) (port 8080) is unhealthy in (target-group ${TG_ARN}) due to (reason Health checks failed).`, 60 + i * 70)
    )
    evidence.service.events.push(serviceEvent(`(service api) (port 8080) is unhealthy in (target-group ${TG_ARN}) due to (reason Health checks failed).`, 30))
    expect(diagnose(evidence).findings.map((f) => f.code)).toEqual(['missing-configuration'])
  })

  it('an ELB kill is classified by the stop reason even when the container exited 0', () => {
    const task = exitedTask({ exitCode: 0, stopCode: 'ServiceSchedulerInitiated', stoppedReason: elbKilledReason() })
    expect(runtimeRules.classifyStop({ task })?.code).toBe('elb-health-check-failed')
  })
})
