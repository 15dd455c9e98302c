import { describe, expect, test } from '@jest/globals'
import { DescribeServicesCommand } from '@aws-sdk/client-ecs'
import { alignedSleep } from '../../src/doctor.js'
import { BATCH_WINDOW_MS, DescribeServicesBatcher } from '../../src/watch/describe-batcher.js'
import { realSleep, watchDeployment } from '../../src/watch/watch.js'
import { ruleSetClassifier } from '../../src/diagnose/stop-classifier.js'
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
    const batcher = new DescribeServicesBatcher(fake.client, 'prod', realSleep)
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
          batcher,
          loadClassifier: async () => ruleSetClassifier
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
    const batcher = new DescribeServicesBatcher(fake.client, 'prod', realSleep)
    const watch = (service: string) =>
      watchDeployment({ ecs: fake.client, cluster: 'prod', service, timeoutMs: 60_000, pollIntervalMs: 10_000, maxFailedTasks: 2, logger: recordingLogger(), batcher, loadClassifier: async () => ruleSetClassifier })
    await expect(watch('ghost')).rejects.toThrow("Service 'ghost' was not found in cluster 'prod' (MISSING).")
  })
})

describe('the shared poll schedule of several services', () => {
  test('a watcher wakes at the next multiple of the poll interval on the injected clock, however long its poll took', async () => {
    let now = 1_000_000
    const slept: number[] = []
    const sleep = alignedSleep(10_000, () => now, async (ms) => {
      slept.push(ms)
    })
    now += 3_500
    await sleep(10_000)
    now += 16_000
    await sleep(10_000)
    await sleep(2_000)
    expect(slept).toEqual([6_500, 500, 2_000])
  })

  test('the batcher waits for the other watchers with the injected wait, then asks once for all of them', async () => {
    const fake = fakeEcs()
    const asked: string[][] = []
    fake.mock.on(DescribeServicesCommand).callsFake((input: { services: string[] }) => {
      asked.push(input.services)
      return { services: input.services.map((name) => ({ ...structuredClone(fake.service), serviceName: name })), failures: [] }
    })
    let release: () => void = () => undefined
    const windows: number[] = []
    const wait = (ms: number) => {
      windows.push(ms)
      return new Promise<void>((resolve) => (release = resolve))
    }
    const batcher = new DescribeServicesBatcher(fake.client, 'prod', wait)
    const first = batcher.describe('api')
    await new Promise((resolve) => setImmediate(resolve))
    const second = batcher.describe('worker')
    expect(asked).toEqual([])
    release()
    const answers = await Promise.all([first, second])
    expect(answers.map((a) => a.service?.serviceName)).toEqual(['api', 'worker'])
    expect(asked).toEqual([['api', 'worker']])
    expect(windows).toEqual([BATCH_WINDOW_MS])
  })
})
