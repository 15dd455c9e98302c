/**
 * How long `on-failure: rollback` can take, on virtual time: the README's bound. The failing watch takes up to
 * timeout-minutes (T); the rollback then waits up to T for its deployment to become PRIMARY and watches it for
 * up to T again. So the rollback phase alone can take 2 × T, and the step about 3 × T (plus the 60 s evidence
 * deadline and the API calls).
 */
import { describe, expect, test } from '@jest/globals'
import { ListServiceDeploymentsCommand, UpdateServiceCommand } from '@aws-sdk/client-ecs'
import { ruleSetClassifier } from '../../src/diagnose/stop-classifier.js'
import { rollBack } from '../../src/rollback/rollback.js'
import type { WatchResult } from '../../src/watch/types.js'
import { NEW_DEPLOYMENT, OLD_TD_ARN } from '../fixtures/evidence.js'
import { fakeEcs, fakeTime, recordingLogger } from '../watch/ecs-fake.js'

const T = 15 * 60_000
const POLL = 10_000

describe('the time on-failure: rollback can take', () => {
  test('worst case: the rollback deployment becomes PRIMARY just before T, then never completes: 2 × T after the failing watch', async () => {
    const fake = fakeEcs()
    fake.mock.on(ListServiceDeploymentsCommand).resolves({ serviceDeployments: [] })
    fake.mock.on(UpdateServiceCommand).callsFake(() => ({ service: structuredClone(fake.service) }))
    let startedAt = 0
    const time = fakeTime(() => {
      // ECS takes almost the whole timeout to start the rollback deployment, which then stays in progress.
      if (time.clock() - startedAt >= T - POLL && fake.service.deployments?.[0]?.status === 'PRIMARY' && fake.service.deployments[0].id === NEW_DEPLOYMENT) {
        fake.service.deployments = [
          { id: 'ecs-svc/5550000000000000001', status: 'PRIMARY', taskDefinition: OLD_TD_ARN, desiredCount: 2, runningCount: 0, pendingCount: 2, rolloutState: 'IN_PROGRESS', createdAt: new Date(time.clock()).toISOString() },
          ...(fake.service.deployments ?? []).map((d) => ({ ...d, status: 'ACTIVE' }))
        ]
      }
    })
    startedAt = time.clock()
    const watch: WatchResult = {
      verdict: 'failed',
      reason: '2 tasks of ecs-svc/4718061531863413372 stopped with the same failure',
      deploymentId: NEW_DEPLOYMENT,
      service: structuredClone(fake.service),
      tasks: [],
      startedAt: new Date(startedAt - T).toISOString(),
      endedAt: new Date(startedAt).toISOString(),
      progress: '',
      failureSignatures: []
    }
    const outcome = await rollBack({
      ecs: fake.client,
      cluster: 'prod',
      service: 'api',
      watch,
      timeoutMs: T,
      pollIntervalMs: POLL,
      maxFailedTasks: 2,
      logger: recordingLogger(),
      clock: time.clock,
      sleep: time.sleep,
      loadClassifier: async () => ruleSetClassifier
    })
    expect(outcome).toMatchObject({ status: 'failed', changedBy: 'ecs:UpdateService', watch: { verdict: 'timeout' } })
    const rollbackMs = time.clock() - startedAt
    expect(rollbackMs).toBeGreaterThanOrEqual(2 * T - POLL)
    expect(rollbackMs).toBeLessThanOrEqual(2 * T)
  })
})
