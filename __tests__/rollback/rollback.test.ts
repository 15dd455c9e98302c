/**
 * on-failure: rollback, end to end in-process: the real SDK clients against the simulator, which
 * implements StopServiceDeployment and UpdateService and honours denied permissions.
 */
import { describe, expect, test } from '@jest/globals'
import { getScenario } from '../../simulator/index.js'
import { answered, runDoctorOn } from './helpers.js'

const API_41 = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/api:41'
const API_42 = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/api:42'

describe('on-failure: rollback', () => {
  test('a failed deployment is stopped with StopServiceDeployment ROLLBACK and the rollback is watched to stable', async () => {
    const run = await runDoctorOn('rollback-permitted')
    const [result] = run.results
    const failed = getScenario('rollback-permitted').world.service.deployment.id
    expect(result.watch.verdict).toBe('failed')
    expect(result.diagnosis?.rootCause?.code).toBe('app-exit-error')
    expect(result.rollback).toMatchObject({
      status: 'rolled-back',
      changedBy: 'ecs:StopServiceDeployment',
      fromDeploymentId: failed,
      fromTaskDefinition: API_42,
      toTaskDefinition: API_41,
      missingPermissions: [],
      watch: { verdict: 'stable' }
    })
    expect(result.rollback?.calls.map((c) => [c.api, c.outcome])).toEqual([
      ['ecs:ListServiceDeployments', 'done'],
      ['ecs:StopServiceDeployment', 'done']
    ])
    // The service now runs one deployment: the rollback's, on api:41, completed.
    expect(run.after[0].deployments).toEqual([{ id: result.rollback?.deploymentId, status: 'PRIMARY', taskDefinition: API_41, rolloutState: 'COMPLETED' }])
    expect(result.rollback?.deploymentId).not.toBe(failed)
    expect(answered(run.calls, 'ECS:UpdateService')).toBe(0)
  })

  test('without either permission the service is left alone and both permissions are named', async () => {
    const run = await runDoctorOn('rollback-denied')
    const [result] = run.results
    const failed = getScenario('rollback-denied').world.service.deployment.id
    expect(result.rollback).toMatchObject({
      status: 'not-permitted',
      missingPermissions: ['ecs:StopServiceDeployment', 'ecs:UpdateService'],
      reason: 'The role lacks ecs:StopServiceDeployment and ecs:UpdateService; the service was left as it is.'
    })
    expect(result.rollback?.changedBy).toBeUndefined()
    expect(result.rollback?.deploymentId).toBeUndefined()
    // Our failing deployment is still PRIMARY: nothing changed.
    expect(run.after[0].deployments?.[0]).toMatchObject({ id: failed, status: 'PRIMARY', taskDefinition: API_42 })
    expect(run.calls.filter((c) => c.operation === 'StopServiceDeployment' || c.operation === 'UpdateService').map((c) => c.outcome)).toEqual([
      'denied',
      'denied'
    ])
  })

  test('when StopServiceDeployment is denied, UpdateService to the previous task definition rolls back instead', async () => {
    const run = await runDoctorOn('rollback-permitted', { faults: { deny: ['ECS:StopServiceDeployment'] } })
    const [result] = run.results
    expect(result.rollback).toMatchObject({
      status: 'rolled-back',
      changedBy: 'ecs:UpdateService',
      toTaskDefinition: API_41,
      missingPermissions: ['ecs:StopServiceDeployment'],
      watch: { verdict: 'stable' }
    })
    expect(result.rollback?.calls.map((c) => [c.api, c.outcome])).toEqual([
      ['ecs:ListServiceDeployments', 'done'],
      ['ecs:StopServiceDeployment', 'denied'],
      ['ecs:UpdateService', 'done']
    ])
    expect(run.after[0].deployments).toEqual([expect.objectContaining({ status: 'PRIMARY', taskDefinition: API_41, rolloutState: 'COMPLETED' })])
  })

  test('without the service-deployments API (ListServiceDeployments denied) UpdateService is used', async () => {
    const run = await runDoctorOn('rollback-permitted', { faults: { deny: ['ECS:ListServiceDeployments'] } })
    const [result] = run.results
    expect(result.rollback).toMatchObject({ status: 'rolled-back', changedBy: 'ecs:UpdateService', toTaskDefinition: API_41 })
    expect(answered(run.calls, 'ECS:StopServiceDeployment')).toBe(0)
  })

  test('a rollback that fails too is reported as failed, with its own verdict', async () => {
    const scenario = getScenario('rollback-permitted')
    const crashing = scenario.timeline.newTasks
    const run = await runDoctorOn({ ...scenario, timeline: { ...scenario.timeline, laterDeploymentTasks: crashing } })
    const [result] = run.results
    expect(result.rollback?.status).toBe('failed')
    expect(result.rollback?.watch?.verdict).toBe('failed')
    expect(result.rollback?.reason).toMatch(/^The rollback deployment ecs-svc\/\d+ ended failed: 2 tasks of ecs-svc\/\d+ stopped/)
  })

  test('a deployment ECS already rolled back is not rolled back again', async () => {
    const run = await runDoctorOn('circuit-breaker-rollback', { inputs: { 'on-failure': 'rollback' } })
    const [result] = run.results
    expect(result.watch.verdict).toBe('rolled-back')
    expect(result.rollback).toMatchObject({ status: 'skipped', calls: [] })
    expect(result.rollback?.reason).toMatch(/^ECS already rolled ecs-svc\/\d+ back; nothing was changed\.$/)
    expect(answered(run.calls, 'ECS:StopServiceDeployment') + answered(run.calls, 'ECS:UpdateService')).toBe(0)
  })

  test('a timeout is not rolled back: slow is not broken', async () => {
    const run = await runDoctorOn('slow-image-pull-timeout', { inputs: { 'on-failure': 'rollback' } })
    const [result] = run.results
    expect(result.watch.verdict).toBe('timeout')
    expect(result.rollback?.status).toBe('skipped')
    expect(result.rollback?.reason).toContain('A slow deployment is not a broken one')
    expect(answered(run.calls, 'ECS:StopServiceDeployment') + answered(run.calls, 'ECS:UpdateService')).toBe(0)
  })

  test('stable services and on-failure: report never touch the service', async () => {
    const stable = await runDoctorOn('healthy', { inputs: { 'on-failure': 'rollback' } })
    expect(stable.results[0].rollback).toBeNull()
    const report = await runDoctorOn('rollback-permitted', { inputs: { 'on-failure': 'report' } })
    expect(report.results[0].rollback).toBeNull()
    for (const run of [stable, report]) expect(run.calls.some((c) => /StopServiceDeployment|UpdateService/.test(c.operation))).toBe(false)
  })

  test('with several services only the failing one is rolled back', async () => {
    const run = await runDoctorOn('multi-two-one-failing', { inputs: { 'on-failure': 'rollback' } })
    const [api, worker] = run.results
    expect(api.watch.verdict).toBe('stable')
    expect(api.rollback).toBeNull()
    expect(worker.rollback).toMatchObject({ status: 'rolled-back', toTaskDefinition: expect.stringMatching(/task-definition\/worker:17$/) })
    const stops = run.calls.filter((c) => c.operation === 'StopServiceDeployment')
    expect(stops).toHaveLength(1)
    expect(run.after.map((s) => [s.serviceName, s.deployments?.map((d) => d.taskDefinition?.split('/').pop())])).toEqual([
      ['api', ['api:42']],
      ['worker', ['worker:17']]
    ])
  })

  test('live updates follow the service through watching, diagnosing, rolling back and done', async () => {
    const run = await runDoctorOn('rollback-permitted')
    const phases = run.updates.map((u) => u.phase).filter((phase, i, all) => phase !== all[i - 1])
    expect(phases).toEqual(['watching', 'diagnosing', 'rolling-back', 'done'])
    const rollbackSnapshots = run.updates.filter((u) => u.phase === 'rolling-back' && u.snapshot)
    expect(rollbackSnapshots.at(-1)?.snapshot).toMatchObject({ deploymentId: run.results[0].rollback?.deploymentId, taskDefinition: 'api:41' })
    expect(run.updates.at(-1)).toMatchObject({ service: 'api', phase: 'done', verdict: 'failed', rollback: 'rolled-back' })
    // The diagnosis is in the first rolling-back update (for the summary written while the rollback runs), the rollback in the last.
    expect(run.updates.find((u) => u.phase === 'rolling-back')?.result?.diagnosis?.rootCause?.code).toBe('app-exit-error')
    expect(run.updates.at(-1)?.result?.rollback?.status).toBe('rolled-back')
  })
})
