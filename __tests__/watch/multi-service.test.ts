import { describe, expect, test } from '@jest/globals'
import { DescribeServicesCommand } from '@aws-sdk/client-ecs'
import { DescribeServicesBatcher } from '../../src/watch/describe-batcher.js'
import { watchDeployment } from '../../src/watch/watch.js'
import type { EcsService } from '../../src/evidence/schema.js'
import { complete, fakeEcs, ours, recordingLogger } from './ecs-fake.js'

describe('several services in one step', () => {
  test('watchers share one DescribeServices call per poll, up to 10 services a call', async () => {
    const fake = fakeEcs()
    const names = Array.from({ length: 12 }, (_, i) => `svc${i}`)
    const services = new Map<string, EcsService>(
      names.map((name) => [name, { ...structuredClone(fake.service), serviceName: name, serviceArn: `arn:aws:ecs:eu-west-1:123456789012:service/prod/${name}` }])
    )
    const batches: number[] = []
    fake.mock.on(DescribeServicesCommand).callsFake((input: { services: string[] }) => {
      batches.push(input.services.length)
      return { services: input.services.map((n) => structuredClone(services.get(n))), failures: [] }
    })
    let polls = 0
    const sleep = async () => {
      polls += 1
      await new Promise((resolve) => setImmediate(resolve))
      if (polls === names.length * 2) {
        for (const service of services.values()) {
          fake.service = service
          complete(fake)
          Object.assign(ours(fake), { desiredCount: 2 })
        }
      }
    }
    const batcher = new DescribeServicesBatcher(fake.client, 'prod')
    const results = await Promise.all(
      names.map((service) =>
        watchDeployment({
          ecs: fake.client,
          cluster: 'prod',
          service,
          timeoutMs: 600_000,
          pollIntervalMs: 10_000,
          maxFailedTasks: 2,
          logger: recordingLogger(),
          clock: () => Date.parse('2026-11-20T10:01:00.000Z'),
          sleep,
          batcher
        })
      )
    )
    expect(results.map((r) => r.verdict)).toEqual(Array(12).fill('stable'))
    // Every poll round asks for 12 services in two calls: 10 + 2.
    expect(batches.slice(0, 2)).toEqual([10, 2])
    expect(Math.max(...batches)).toBe(10)
  })

  test('a missing service among several is named', async () => {
    const fake = fakeEcs()
    fake.mock.on(DescribeServicesCommand).resolves({ services: [structuredClone(fake.service) as never], failures: [{ arn: 'arn:aws:ecs:eu-west-1:123456789012:service/prod/ghost', reason: 'MISSING' }] })
    const batcher = new DescribeServicesBatcher(fake.client, 'prod')
    const watch = (service: string) =>
      watchDeployment({ ecs: fake.client, cluster: 'prod', service, timeoutMs: 60_000, pollIntervalMs: 10_000, maxFailedTasks: 2, logger: recordingLogger(), batcher })
    await expect(watch('ghost')).rejects.toThrow("Service 'ghost' was not found in cluster 'prod' (MISSING).")
  })
})
