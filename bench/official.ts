/**
 * The official deploy action's way of waiting (aws-actions/amazon-ecs-deploy-task-definition v2.6.3):
 * the REAL SDK waiter waitUntilServicesStable({ minDelay: 15, maxWaitTime: 30 min }, maxDelay = the
 * SDK's default), then v2.6.2+'s check that the PRIMARY deployment is still ours. The waiter sleeps with
 * real timers, so it runs against a real-clock simulator at `speed` with every delay divided by `speed`
 * (the SDK accepts fractional seconds). See bench/README.md.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { DescribeServicesCommand, waitUntilServicesStable } from '@aws-sdk/client-ecs'
import { destroyClients } from '../src/aws/clients.js'
import { startSimulator, getScenario, type Scenario } from '../simulator/index.js'
import { benchClients } from './harness.js'
import { OFFICIAL_MAX_WAIT_SECONDS, OFFICIAL_MIN_DELAY_SECONDS } from './targets.js'

/** Speed of the real-clock replay: 30 simulated minutes take 30 real seconds. */
export const OFFICIAL_SPEED = 60

/** The waiter's maxDelay when the action passes none: read from the installed @aws-sdk/client-ecs. */
export function sdkDefaultMaxDelaySeconds(): { seconds: number; sdkVersion: string } {
  const require = createRequire(import.meta.url)
  const entry = require.resolve('@aws-sdk/client-ecs')
  const sdkVersion = (JSON.parse(readFileSync(require.resolve('@aws-sdk/client-ecs/package.json'), 'utf8')) as { version: string }).version
  const source = readFileSync(entry, 'utf8')
  const found = /waitUntilServicesStable = async[^]*?serviceDefaults = \{ minDelay: (\d+), maxDelay: (\d+) \}/.exec(source)
  if (!found) throw new Error(`could not read waitUntilServicesStable's default maxDelay from ${entry}`)
  return { seconds: Number(found[2]), sdkVersion }
}

export type OfficialOutcome = 'timeout' | 'fails: rolled back' | 'passes (failure missed)' | 'fails: service gone'

export interface OfficialRun {
  scenario: string
  outcome: OfficialOutcome
  /**
   * Simulated seconds at which the waiter returned. A timeout comes when its next delay would pass
   * maxWaitTime: with maxDelay 600 s, anywhere from 20 to 30 minutes in.
   */
  verdictSimSeconds: number
  polls: number
}

export async function runOfficial(scenario: Scenario, speed: number, maxDelaySeconds: number): Promise<OfficialRun> {
  const sim = await startSimulator({ scenario, clock: 'real', speed })
  const clients = benchClients(sim)
  const { cluster, service } = scenario.action
  try {
    let state: string
    try {
      const result = await waitUntilServicesStable(
        { client: clients.ecs, minDelay: OFFICIAL_MIN_DELAY_SECONDS / speed, maxDelay: maxDelaySeconds / speed, maxWaitTime: OFFICIAL_MAX_WAIT_SECONDS / speed },
        { cluster, services: [service] }
      )
      state = result.state
    } catch (error) {
      state = error instanceof Error && error.name === 'TimeoutError' ? 'TIMEOUT' : 'FAILURE'
    }
    const verdictSimSeconds = sim.simSeconds()
    const polls = sim.callCounts()['ECS:DescribeServices'] ?? 0
    let outcome: OfficialOutcome
    if (state === 'TIMEOUT') outcome = 'timeout'
    else if (state !== 'SUCCESS') outcome = 'fails: service gone'
    else {
      const after = await clients.ecs.send(new DescribeServicesCommand({ cluster, services: [service] }))
      const primary = after.services?.[0]?.deployments?.find((d) => d.status === 'PRIMARY')
      outcome = primary?.id === scenario.world.service.deployment.id ? 'passes (failure missed)' : 'fails: rolled back'
    }
    return { scenario: scenario.name, outcome, verdictSimSeconds, polls }
  } finally {
    destroyClients(clients)
    await sim.close()
  }
}

/** Loads and JITs the SDK and waiter code paths, so the first measured poll is not late by a cold start × speed. */
export async function warmUpOfficial(speed: number): Promise<void> {
  const scenario = getScenario('healthy')
  const sim = await startSimulator({ scenario, clock: 'real', speed })
  const clients = benchClients(sim)
  try {
    await waitUntilServicesStable(
      { client: clients.ecs, minDelay: 1 / speed, maxDelay: 2 / speed, maxWaitTime: 0.5 },
      { cluster: scenario.action.cluster, services: [scenario.action.service] }
    ).catch(() => undefined)
  } finally {
    destroyClients(clients)
    await sim.close()
  }
}
