/**
 * Several services of one step share their DescribeServices calls: the doctor (runDoctorForServices, the real
 * SDK, the simulator) on virtual time. The watchers' shared schedule (alignedSleep) and the batcher's wait run
 * on injected timers, so the count is exact whatever the machine's load (the e2e version of this test, on real
 * timers, failed with a load of 5 on 2 cores).
 */
import { describe, expect, test } from '@jest/globals'
import { createClients, destroyClients } from '../../src/aws/clients.js'
import { alignedSleep, runDoctorForServices, type ServiceUpdate } from '../../src/doctor.js'
import { parseInputs } from '../../src/inputs/inputs.js'
import type { Logger } from '../../src/logger.js'
import { DescribeServicesBatcher } from '../../src/watch/describe-batcher.js'
import { getScenario, startSimulator, type RunningSimulator } from '../../simulator/index.js'

const silent: Logger = { info: () => undefined, warning: () => undefined, error: () => undefined, debug: () => undefined, startGroup: () => undefined, endGroup: () => undefined }

/**
 * Simulated time that moves only when every watcher still polling is asleep: then to the earliest wake-up,
 * waking everyone due then together. Nothing depends on how long the machine takes to get there.
 */
class VirtualTimers {
  private sleepers: { wakeAt: number; wake: () => void }[] = []

  constructor(
    private readonly sim: RunningSimulator,
    private readonly epochMs: number,
    private watching: number
  ) {}

  readonly clock = (): number => this.epochMs + this.sim.simSeconds() * 1000

  readonly sleep = (ms: number): Promise<void> =>
    new Promise((wake) => {
      this.sleepers.push({ wakeAt: this.clock() + ms, wake })
      this.advanceWhenAllAsleep()
    })

  /** A watcher reached its verdict: it no longer polls. */
  stoppedWatching(): void {
    this.watching -= 1
    this.advanceWhenAllAsleep()
  }

  private advanceWhenAllAsleep(): void {
    if (this.sleepers.length === 0 || this.sleepers.length < this.watching) return
    const next = Math.min(...this.sleepers.map((s) => s.wakeAt))
    this.sim.advance(Math.max(0, next - this.clock()) / 1000)
    const due = this.sleepers.filter((s) => s.wakeAt <= next)
    this.sleepers = this.sleepers.filter((s) => s.wakeAt > next)
    for (const sleeper of due) sleeper.wake()
  }
}

/** The batcher waits one turn of the event loop: every watcher woken together has asked by then. */
const oneTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

describe('several services in one step, on virtual time', () => {
  test('every poll round is one DescribeServices call naming each service still being watched', async () => {
    const scenario = getScenario('multi-three-all-healthy')
    const sim = await startSimulator({ scenario, clock: 'manual' })
    const clients = createClients({ region: scenario.action.region, endpoint: sim.url, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } })
    const asked: string[][] = []
    clients.ecs.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'DescribeServicesCommand') asked.push([...((args.input as { services: string[] }).services ?? [])].sort())
        return next(args)
      },
      { step: 'initialize', name: 'recordDescribeServices' }
    )
    try {
      const inputs = parseInputs({ cluster: 'prod', service: 'api,worker,scheduler', region: scenario.action.region, 'poll-interval-seconds': '10', 'timeout-minutes': '10' }, {})
      const timers = new VirtualTimers(sim, Date.now(), inputs.services.length)
      const polls = new Map(inputs.services.map((s) => [s, 0]))
      const onUpdate = (update: ServiceUpdate) => {
        if (update.phase === 'watching') polls.set(update.service, (polls.get(update.service) ?? 0) + 1)
        else if (update.phase === 'done' || update.phase === 'diagnosing') timers.stoppedWatching()
      }
      const results = await runDoctorForServices(inputs, clients, silent, {
        clock: timers.clock,
        sleep: alignedSleep(10_000, timers.clock, timers.sleep),
        batcher: new DescribeServicesBatcher(clients.ecs, 'prod', oneTurn),
        onUpdate
      })

      expect(results.map((r) => r.watch.verdict)).toEqual(['stable', 'stable', 'stable'])
      const rounds = Math.max(...polls.values())
      expect(rounds).toBeGreaterThan(2)
      const stillWatching = Array.from({ length: rounds }, (_, round) => inputs.services.filter((s) => (polls.get(s) ?? 0) > round).sort())
      expect(asked).toEqual(stillWatching)
      // Unshared, there would be one call per service and poll.
      expect(asked.length).toBeLessThan([...polls.values()].reduce((a, b) => a + b, 0))
    } finally {
      destroyClients(clients)
      await sim.close()
    }
  }, 60_000)
})
