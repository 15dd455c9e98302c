/** Which stopped tasks count as failures: one rule for the watch, the collector and the diagnosis. */
import { describe, expect, test } from '@jest/globals'
import { ruleSetClassifier } from '../../src/diagnose/stop-classifier.js'
import type { EcsTask } from '../../src/evidence/schema.js'
import { isBenignStop, isStopped } from '../../src/stops.js'

const stopped = (fields: Partial<EcsTask>): EcsTask => ({ lastStatus: 'STOPPED', desiredStatus: 'STOPPED', ...fields })

describe('a stop that is not a failure', () => {
  test.each([
    ['scale-in or replacement by the scheduler', { stopCode: 'ServiceSchedulerInitiated', stoppedReason: 'Scaling activity initiated by (deployment ecs-svc/1)' }],
    ["a user's StopTask", { stopCode: 'UserInitiated', stoppedReason: 'Deployment canceled by the operator' }],
    ['a user stop recorded without a stop code (older agents)', { stoppedReason: 'Task stopped by user' }],
    ['the service deleted', { stoppedReason: 'Service api was deleted' }],
    ['a Spot interruption', { stopCode: 'SpotInterruption', stoppedReason: 'Your Spot Task was interrupted.' }],
    ['an instance maintenance notice', { stopCode: 'TerminationNotice', stoppedReason: 'Host EC2 (instance i-0abc) stopped/terminated.' }]
  ] as [string, Partial<EcsTask>][])('%s', (_, fields) => {
    expect(isBenignStop(stopped(fields))).toBe(true)
    expect(ruleSetClassifier.classify(stopped(fields)).failure).toBe(false)
  })
})

describe('a stop that is a failure', () => {
  test.each([
    ['an essential container exited', { stopCode: 'EssentialContainerExited', stoppedReason: 'Essential container in task exited' }],
    ['a health-check kill (same stop code as scale-in)', { stopCode: 'ServiceSchedulerInitiated', stoppedReason: 'Task failed ELB health checks in (target-group arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/api/0123456789abcdef)' }],
    ['a task that failed to start', { stopCode: 'TaskFailedToStart', stoppedReason: 'CannotPullContainerError: pull image manifest has been retried 7 time(s)' }]
  ] as [string, Partial<EcsTask>][])('%s', (_, fields) => {
    expect(isBenignStop(stopped(fields))).toBe(false)
    expect(ruleSetClassifier.classify(stopped(fields))).toMatchObject({ failure: true, signature: expect.any(String) })
  })

  test('an image that does not exist fails on every start; a task that cannot be placed is a placement failure', () => {
    const missingImage = stopped({
      stopCode: 'TaskFailedToStart',
      stoppedReason:
        'CannotPullContainerError: pull image manifest has been retried 7 time(s): failed to resolve ref 123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:v2: not found'
    })
    expect(ruleSetClassifier.classify(missingImage)).toMatchObject({ failure: true, deterministic: true, placement: false })
    const noFreeAddress = stopped({
      stopCode: 'TaskFailedToStart',
      stoppedReason: 'ResourceInitializationError: failed to configure ENI: InsufficientFreeAddressesInSubnet: There are not enough free addresses in subnet subnet-0abc1234 to satisfy the requested number of instances.'
    })
    expect(ruleSetClassifier.classify(noFreeAddress)).toMatchObject({ failure: true, placement: true })
  })
})

describe('a task counts as stopped', () => {
  test('once STOPPED, or as soon as the scheduler decided to stop it and said why', () => {
    expect(isStopped(stopped({}))).toBe(true)
    expect(isStopped({ lastStatus: 'RUNNING', desiredStatus: 'STOPPED', stopCode: 'ServiceSchedulerInitiated', stoppedReason: 'Task failed container health checks' })).toBe(true)
    expect(isStopped({ lastStatus: 'RUNNING', desiredStatus: 'STOPPED', stopCode: 'EssentialContainerExited', stoppedReason: 'Essential container in task exited' })).toBe(false)
    expect(isStopped({ lastStatus: 'RUNNING', desiredStatus: 'RUNNING' })).toBe(false)
  })
})
