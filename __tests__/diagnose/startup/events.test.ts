import { describe, expect, test } from '@jest/globals'
import { buildContext } from '../../../src/diagnose/context.js'
import { diagnose } from '../../../src/diagnose/index.js'
import { classifyStartupEvents, readStartupEvent } from '../../../src/diagnose/startup/events.js'
import { serviceEvent } from '../../fixtures/evidence.js'
import { EVENTS } from './reasons.js'
import { failedDeployment, withEvents } from './scenarios.js'

describe('service event templates', () => {
  test.each([
    ['capacity unavailable', EVENTS.capacity, 'placement-failed'],
    ['vCPU quota', EVENTS.vcpuLimit, 'placement-failed'],
    ['unsupported zone (Internal error)', EVENTS.internalError, 'placement-failed'],
    ['insufficient memory', EVENTS.insufficientMemory, 'placement-failed'],
    ['no container instances (no parentheses around the service)', EVENTS.noInstances, 'placement-failed'],
    ['agent disconnected', EVENTS.agent, 'container-instance-unhealthy'],
    ['host port in use', EVENTS.portInUse, 'port-conflict'],
    ['deployment configuration', EVENTS.deploymentConfig, 'deployment-configuration-blocked'],
    ['role trust', EVENTS.assumeRole, 'role-invalid'],
    ['service-linked role', EVENTS.serviceLinkedRole, 'role-invalid'],
    ['subnet full', EVENTS.subnetFull, 'subnet-ip-exhausted'],
    ['no execution role', EVENTS.noExecutionRole, 'invalid-task-definition'],
    ['a stop reason quoted in the event', EVENTS.quotedSecretError, 'network-unreachable']
  ])('%s', (_name, message, code) => {
    expect(readStartupEvent(message, false)?.startup.code).toBe(code)
  })

  test('generic progress events are not causes', () => {
    for (const message of [EVENTS.inconsistent, EVENTS.started, EVENTS.steady, '(service api) has stopped 1 running tasks: (task 9f1e2d3c4b5a69788796a5b4c3d2e1f0).', '(service api) operations are being throttled. Will try again later.']) {
      expect(readStartupEvent(message, false)).toBeNull()
    }
  })

  test('the detail drops the Troubleshooting boilerplate', () => {
    expect(readStartupEvent(EVENTS.capacity, false)?.detail).toBe('Capacity is unavailable at this time. Please try again later or in a different availability zone.')
  })
})

describe('events of the followed deployment only', () => {
  test('events from before the deployment started are ignored', () => {
    const evidence = failedDeployment()
    evidence.service.events = [serviceEvent(EVENTS.capacity, -3600), serviceEvent(EVENTS.steady, -3000)]
    expect(classifyStartupEvents(buildContext(evidence))).toEqual([])
    const recent = withEvents(failedDeployment(), EVENTS.capacity)
    const [event] = classifyStartupEvents(buildContext(recent))
    expect(event).toMatchObject({ code: 'placement-failed', confidence: 'high', message: EVENTS.capacity })
    expect(event.signature).toMatch(/^event: placement-failed: /)
  })

  test('an event-only cause becomes the root cause with the event as evidence', () => {
    const diagnosis = diagnose(withEvents(failedDeployment(), EVENTS.inconsistent, EVENTS.capacity))
    expect(diagnosis.rootCause?.code).toBe('placement-failed')
    expect(diagnosis.rootCause?.evidence[0]).toBe('1 service event: Capacity is unavailable at this time. Please try again later or in a different availability zone.')
  })
})
