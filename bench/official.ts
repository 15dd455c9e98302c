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

/** What the official action says when it ends: the waiter's result and the line it fails the step with. */
export interface OfficialSaid {
  /** The waiter's final state: SUCCESS, TIMEOUT, FAILURE, ... */
  waiterState: string
  /** The waiter's reason, as its error carries it ("Waiter has timed out"), when it threw. */
  waiterReason?: string
  /** What `core.setFailed(error.message)` prints; absent when the step passes. */
  failureMessage?: string
}

export interface OfficialRun {
  scenario: string
  outcome: OfficialOutcome
  /**
   * Simulated seconds at which the waiter returned. A timeout comes when its next delay would pass
   * maxWaitTime: with maxDelay 600 s, anywhere from 20 to 30 minutes in.
   */
  verdictSimSeconds: number
  polls: number
  said: OfficialSaid
}

type DeploymentAfter = { id?: string; rolloutState?: string; rolloutStateReason?: string }

/**
 * v2.6.3's check once the waiter succeeded (index.js, updateEcsService): the deployment the update created
 * must still be listed and not FAILED. The error texts are the action's own.
 */
export function officialVerification(deploymentId: string, deployments: DeploymentAfter[]): { outcome: OfficialOutcome; failureMessage?: string } {
  const deployment = deployments.find((d) => d.id === deploymentId)
  if (!deployment) {
    return {
      outcome: 'fails: rolled back',
      failureMessage: `Deployment ${deploymentId} not found after stabilization. The deployment was likely rolled back by the deployment circuit breaker.`
    }
  }
  if (deployment.rolloutState === 'FAILED') {
    return { outcome: 'fails: rolled back', failureMessage: `Deployment ${deploymentId} FAILED: ${deployment.rolloutStateReason || 'unknown reason'}` }
  }
  return { outcome: 'passes (failure missed)' }
}

/** The waiter threw (checkExceptions in @smithy/core): its message is the JSON of its result, which the action prints as it is. */
export function waiterError(error: unknown): OfficialSaid & { outcome: OfficialOutcome } {
  const failureMessage = error instanceof Error ? error.message : String(error)
  let result: { state?: unknown; reason?: unknown } = {}
  try {
    result = JSON.parse(failureMessage) as typeof result
  } catch {
    // Not the waiter's own error (e.g. a request that failed): the message is what the action prints.
  }
  const waiterState = typeof result.state === 'string' ? result.state : 'ERROR'
  return {
    outcome: waiterState === 'TIMEOUT' ? 'timeout' : 'fails: service gone',
    waiterState,
    ...(typeof result.reason === 'string' ? { waiterReason: result.reason } : {}),
    failureMessage
  }
}

export async function runOfficial(scenario: Scenario, speed: number, maxDelaySeconds: number): Promise<OfficialRun> {
  const sim = await startSimulator({ scenario, clock: 'real', speed })
  const clients = benchClients(sim)
  const { cluster, service } = scenario.action
  try {
    let ended: OfficialSaid & { outcome: OfficialOutcome }
    try {
      await waitUntilServicesStable(
        { client: clients.ecs, minDelay: OFFICIAL_MIN_DELAY_SECONDS / speed, maxDelay: maxDelaySeconds / speed, maxWaitTime: OFFICIAL_MAX_WAIT_SECONDS / speed },
        { cluster, services: [service] }
      )
      ended = { waiterState: 'SUCCESS', outcome: 'passes (failure missed)' }
    } catch (error) {
      ended = waiterError(error)
    }
    const verdictSimSeconds = sim.simSeconds()
    const polls = sim.callCounts()['ECS:DescribeServices'] ?? 0
    if (ended.waiterState === 'SUCCESS') {
      const after = await clients.ecs.send(new DescribeServicesCommand({ cluster, services: [service] }))
      ended = { ...ended, ...officialVerification(scenario.world.service.deployment.id, after.services?.[0]?.deployments ?? []) }
    }
    const { outcome, ...said } = ended
    return { scenario: scenario.name, outcome, verdictSimSeconds, polls, said }
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
