import { describe, expect, test } from '@jest/globals'
import { classifyStop, diagnose } from '../../../src/diagnose/index.js'
import { startupRules } from '../../../src/diagnose/startup/index.js'
import type { EcsTask } from '../../../src/evidence/schema.js'
import type { RootCauseCode } from '../../../src/types.js'
import { task } from '../../fixtures/evidence.js'
import { CAPACITY, IMAGE_DENIED, IMAGE_MISSING, LOGS, NETWORK, PLATFORM, RATE_LIMIT, SECRET_DENIED, SECRET_MISSING, UNDECIDED } from './reasons.js'
import { failedDeployment, withStops } from './scenarios.js'

function stop(stoppedReason: string, overrides: Partial<EcsTask> = {}) {
  return classifyStop({ task: task({ stopCode: 'TaskFailedToStart', stoppedReason, ...overrides }) })
}

const families: [RootCauseCode, Record<string, string>][] = [
  ['network-unreachable', NETWORK],
  ['secret-access-denied', SECRET_DENIED],
  ['secret-not-found', SECRET_MISSING],
  ['image-not-found', IMAGE_MISSING],
  ['image-pull-access-denied', IMAGE_DENIED],
  ['image-pull-rate-limited', RATE_LIMIT],
  ['image-platform-mismatch', PLATFORM]
]

describe('every wording of a family gets its root cause', () => {
  for (const [code, wordings] of families) {
    test.each(Object.entries(wordings))(`${code}: %s`, (_name, reason) => {
      expect(stop(reason).code).toBe(code)
    })
  }

  test.each([
    ['log group missing (Fargate)', LOGS.groupMissing],
    ['log group missing (EC2 logging driver)', LOGS.ec2GroupMissing],
    ['CreateLogGroup denied', LOGS.createGroupDenied],
    ['awslogs-region missing', LOGS.regionRequired]
  ])('log-config-error: %s', (_name, reason) => {
    expect(stop(reason).code).toBe('log-config-error')
  })

  test.each([
    ['subnet full', CAPACITY.subnetFull, 'subnet-ip-exhausted'],
    ['ENI provisioning timeout', CAPACITY.eniTimeout, 'placement-failed'],
    ['layer extract on Fargate', CAPACITY.fargateDiskExtract, 'ephemeral-storage-exhausted'],
    ['containerd snapshot on Fargate', CAPACITY.fargateDiskContainerd, 'ephemeral-storage-exhausted'],
    ['Docker tmp on the host', CAPACITY.hostDisk, 'container-instance-unhealthy'],
    ['devicemapper thin pool', CAPACITY.devmapper, 'container-instance-unhealthy'],
    ['host terminated', CAPACITY.hostTerminated, 'container-instance-unhealthy'],
    ['Spot interruption', CAPACITY.spot, 'spot-interruption'],
    ['invalid mount config', CAPACITY.invalidMount, 'invalid-task-definition'],
    ['Docker timed out creating the container', CAPACITY.dockerTimeout, 'container-instance-unhealthy'],
    ['mount callback out of space', CAPACITY.mountNoSpace, 'ephemeral-storage-exhausted']
  ])('%s → %s', (_name, reason, code) => {
    expect(stop(reason).code).toBe(code)
  })

  test('the same disk message on an EC2 task is the container instance, not the task storage', () => {
    expect(stop(CAPACITY.fargateDiskExtract, { launchType: 'EC2', containerInstanceArn: 'arn:aws:ecs:eu-west-1:123456789012:container-instance/prod/5a1e' }).code).toBe('container-instance-unhealthy')
  })

  test('a cause in the container reason counts when the task reason is generic', () => {
    const classification = stop('Essential container in task exited', {
      stopCode: 'EssentialContainerExited',
      containers: [{ name: 'api', lastStatus: 'STOPPED', reason: LOGS.ec2GroupMissing }]
    })
    expect(classification.code).toBe('log-config-error')
    expect(classification.containerName).toBe('api')
  })
})

describe('traps in the wording of AWS errors', () => {
  test('ResourceInitializationError with AccessDenied inside is not a network problem', () => {
    expect(stop(SECRET_DENIED.asmIdentity).code).toBe('secret-access-denied')
    expect(stop(IMAGE_DENIED.ecrAuthDenied).code).toBe('image-pull-access-denied')
  })

  test('"invalid ssm parameters" is a missing parameter, not AccessDenied', () => {
    expect(stop(SECRET_MISSING.invalidSsm).code).toBe('secret-not-found')
    expect(stop(SECRET_MISSING.ec2InvalidParameters).code).toBe('secret-not-found')
  })

  test('a network timeout while pulling is never "image not found"', () => {
    for (const reason of [NETWORK.manifestTimeout, NETWORK.layerTimeout, NETWORK.dockerDaemonCanceled, NETWORK.contextCanceled]) {
      expect(stop(reason).code).toBe('network-unreachable')
    }
  })

  test('a rate limit is never IAM, even through "failed open: unexpected status code"', () => {
    for (const reason of Object.values(RATE_LIMIT)) expect(stop(reason).code).toBe('image-pull-rate-limited')
  })

  test('"pull access denied ... repository does not exist" from Docker Hub means the image is missing', () => {
    expect(stop(IMAGE_MISSING.dockerHubMissing).code).toBe('image-not-found')
  })

  test('Docker\'s "pull access denied" for an ECR host is a refused login (ECR says "name unknown" for a missing repository), with medium confidence', () => {
    const reading = stop(UNDECIDED.ecrPullAccessDenied)
    expect(reading.code).toBe('image-pull-access-denied')
    expect(reading.confidence).toBe('medium')
  })

  test('a layer extraction cancelled ("context ca...") names no cause: not the network, not the disk', () => {
    expect(stop(UNDECIDED.extractCancelled).code).toBe('unknown')
  })

  test('"no match for platform in manifest: not found" is the platform, not a missing image', () => {
    expect(stop(PLATFORM.noMatch).code).toBe('image-platform-mismatch')
  })

  test('KMS denial while reading a secret is a secret access problem', () => {
    expect(stop(SECRET_DENIED.kmsNotAllowed).code).toBe('secret-access-denied')
  })

  test('"Scaling activity initiated by" is benign: no failure group, no root cause from it', () => {
    const evidence = withStops(failedDeployment(), 'Scaling activity initiated by (deployment ecs-svc/4718061531863413372)', 2, { stopCode: 'ServiceSchedulerInitiated' })
    const diagnosis = diagnose(evidence)
    expect(diagnosis.failureGroups).toEqual([])
    expect(diagnosis.rootCause?.code ?? 'unknown').toBe('unknown')
  })

  test('never from stopCode alone; runtime stops are left to the runtime rules', () => {
    const input = (t: Partial<EcsTask>) => startupRules.classifyStop({ task: task(t) })
    expect(input({ stopCode: 'TaskFailedToStart' })).toBeNull()
    expect(input({ stopCode: 'TaskFailedToStart', stoppedReason: 'Task failed to start' })).toBeNull()
    expect(input({ stopCode: 'ServiceSchedulerInitiated', stoppedReason: 'Task failed ELB health checks in (target-group arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/api-tg/6d0ecf831eec9f09)' })).toBeNull()
    expect(input({ stopCode: 'EssentialContainerExited', stoppedReason: 'Essential container in task exited', containers: [{ name: 'api', exitCode: 137, reason: 'OutOfMemoryError: Container killed due to memory usage' }] })).toBeNull()
    expect(
      input({
        stopCode: 'TaskFailedToStart',
        stoppedReason: 'CannotStartContainerError: ResourceInitializationError: failed to create new container runtime task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/app/start.sh": stat /app/start.sh: no such file or directory: unknown'
      })
    ).toBeNull()
  })
})

describe('fail-fast flags and signatures', () => {
  test('deterministic failures need one stop; transient ones do not', () => {
    expect(stop(IMAGE_MISSING.fargateNotFound).deterministic).toBe(true)
    expect(stop(IMAGE_DENIED.ecrAuthDenied).deterministic).toBe(true)
    expect(stop(SECRET_DENIED.asmIdentity).deterministic).toBe(true)
    expect(stop(SECRET_MISSING.invalidSsm).deterministic).toBe(true)
    expect(stop(LOGS.groupMissing).deterministic).toBe(true)
    expect(stop(NETWORK.manifestTimeout).deterministic).toBe(false)
    expect(stop(RATE_LIMIT.daemonTooMany).deterministic).toBe(false)
  })

  test('the same failure on other tasks, IPs and request ids has one signature', () => {
    const a = stop(SECRET_DENIED.asmIdentity)
    const b = stop(SECRET_DENIED.asmIdentity.replace('a5209a25e2424cafa8d2f56406f57b35', '0f9e8d7c6b5a49382716a5b4c3d2e1f0').replace('0b1c2d3e-4f5a', '9a8b7c6d-5e4f'))
    expect(a.signature).toBe(b.signature)
    expect(stop(NETWORK.manifestTimeout).signature).toBe(stop(NETWORK.manifestTimeout.replace('52.95.2.2', '3.4.5.6')).signature)
    expect(stop(NETWORK.manifestTimeout).signature).not.toBe(stop(NETWORK.layerTimeout).signature)
  })

  test('a message ECS cut before the cause is a low-confidence guess that does not fail fast', () => {
    const truncated = stop(UNDECIDED.truncatedRetries)
    expect(truncated.confidence).toBe('low')
    expect(truncated.deterministic).toBe(false)
    expect(stop('ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secrets from ssm: service call has been retried 1 time...').confidence).toBe('low')
  })
})
