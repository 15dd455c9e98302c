import { describe, expect, test } from '@jest/globals'
import type { ServiceDeploymentBrief } from '@aws-sdk/client-ecs'
import { decideRollback, rollbackTaskDefinition, serviceDeploymentOf } from '../../src/rollback/plan.js'
import { refusedAction } from '../../src/rollback/rollback.js'
import { parseInputs } from '../../src/inputs/inputs.js'
import { baseEvidence, NEW_DEPLOYMENT, OLD_DEPLOYMENT, OLD_TD_ARN, TD_ARN } from '../fixtures/evidence.js'

const service = () => baseEvidence().service
const SD = (id: string) => `arn:aws:ecs:eu-west-1:123456789012:service-deployment/prod/api/${id}`
const REVISION = (deploymentId: string) => `arn:aws:ecs:eu-west-1:123456789012:service-revision/prod/api/${deploymentId.replace('ecs-svc/', '')}`

describe('whether to roll back', () => {
  test.each(['failed', 'stuck'] as const)('%s deployments that are still PRIMARY are rolled back', (verdict) => {
    expect(decideRollback(verdict, service(), NEW_DEPLOYMENT)).toEqual({ act: true })
  })

  test('nothing to do for a stable deployment', () => {
    expect(decideRollback('stable', service(), NEW_DEPLOYMENT)).toBeNull()
  })

  test('never after ECS rolled back itself, nor on a timeout', () => {
    expect(decideRollback('rolled-back', service(), NEW_DEPLOYMENT)).toEqual({
      act: false,
      reason: `ECS already rolled ${NEW_DEPLOYMENT} back; nothing was changed.`
    })
    const timeout = decideRollback('timeout', service(), NEW_DEPLOYMENT)
    expect(timeout).toMatchObject({ act: false })
    expect(timeout && !timeout.act && timeout.reason).toContain('A slow deployment is not a broken one, so it was left running')
  })

  test('never undoes a newer deployment that replaced ours', () => {
    const s = service()
    s.deployments = [
      { id: 'ecs-svc/5555555555555555555', status: 'PRIMARY', taskDefinition: TD_ARN.replace(':42', ':43') },
      ...(s.deployments ?? []).map((d) => ({ ...d, status: 'ACTIVE' }))
    ]
    expect(decideRollback('failed', s, NEW_DEPLOYMENT)).toEqual({
      act: false,
      reason: `A newer deployment ecs-svc/5555555555555555555 (api:43) replaced ${NEW_DEPLOYMENT}; rolling back would undo it, so nothing was changed.`
    })
  })
})

describe('where to roll back to', () => {
  test('the task definition of the newest other deployment that completed', () => {
    expect(rollbackTaskDefinition(service(), NEW_DEPLOYMENT)).toBe(OLD_TD_ARN)
  })

  test("the evidence's previous task definition when no other deployment is listed as completed", () => {
    const s = service()
    s.deployments = s.deployments?.filter((d) => d.id === NEW_DEPLOYMENT)
    expect(rollbackTaskDefinition(s, NEW_DEPLOYMENT, baseEvidence())).toBe(OLD_TD_ARN)
    expect(rollbackTaskDefinition(s, NEW_DEPLOYMENT)).toBeUndefined()
  })

  test('never the failing task definition itself (a forced redeploy of the same revision)', () => {
    const s = service()
    for (const d of s.deployments ?? []) d.taskDefinition = TD_ARN
    const evidence = baseEvidence()
    evidence.previousTaskDefinition = evidence.taskDefinition
    expect(rollbackTaskDefinition(s, NEW_DEPLOYMENT, evidence)).toBeUndefined()
  })
})

describe('which service deployment to stop', () => {
  const brief = (id: string, target: string, status: ServiceDeploymentBrief['status']): ServiceDeploymentBrief => ({
    serviceDeploymentArn: SD(id),
    targetServiceRevisionArn: REVISION(target),
    status
  })

  test('the in-progress one whose target revision carries our deployment id', () => {
    const briefs = [brief('older', OLD_DEPLOYMENT, 'IN_PROGRESS'), brief('ours', NEW_DEPLOYMENT, 'IN_PROGRESS')]
    expect(serviceDeploymentOf(briefs, service(), NEW_DEPLOYMENT)).toBe(SD('ours'))
  })

  test("else the service's currentServiceDeployment, while ours is PRIMARY", () => {
    const s = { ...service(), currentServiceDeployment: SD('current') }
    const briefs = [brief('current', 'ecs-svc/1', 'IN_PROGRESS')]
    expect(serviceDeploymentOf(briefs, s, NEW_DEPLOYMENT)).toBe(SD('current'))
    expect(serviceDeploymentOf(briefs, s, OLD_DEPLOYMENT)).toBeUndefined()
  })

  test('none when ours is no longer in progress', () => {
    expect(serviceDeploymentOf([brief('ours', NEW_DEPLOYMENT, 'SUCCESSFUL')], service(), NEW_DEPLOYMENT)).toBeUndefined()
  })
})

describe("the 'on-failure' input", () => {
  const parse = (value: string) => parseInputs({ cluster: 'prod', service: 'api', region: 'eu-west-1', 'on-failure': value }, {})

  test('report by default, rollback when asked (any case)', () => {
    expect(parse('').onFailure).toBe('report')
    expect(parse('rollback').onFailure).toBe('rollback')
    expect(parse(' Rollback ').onFailure).toBe('rollback')
  })

  test('a bad value names the input and what is accepted', () => {
    expect(() => parse('roll-back')).toThrow("Input 'on-failure' must be 'report' or 'rollback' (got 'roll-back')")
  })
})

describe('the permission an AccessDenied names', () => {
  test('is read from the message, so a refused iam:PassRole is not blamed on ecs:UpdateService', () => {
    expect(
      refusedAction(
        'User: arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/api-task-role because no identity-based policy allows the iam:PassRole action'
      )
    ).toBe('iam:PassRole')
    expect(refusedAction('User: arn:aws:sts::1:assumed-role/x/y is not authorized to perform: ecs:StopServiceDeployment on resource: *')).toBe('ecs:StopServiceDeployment')
    expect(refusedAction('Access denied')).toBeUndefined()
  })
})
