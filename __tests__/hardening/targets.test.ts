/**
 * Inputs that are well formed but point at nothing: a cluster or service that does not exist, a
 * service already deleted (INACTIVE) or being deleted (DRAINING), a deployment id of another service.
 * Each is one clear error that names the input to check; nothing is watched, nothing is invented.
 */
import { describe, expect, it } from '@jest/globals'
import { DeleteServiceCommand } from '@aws-sdk/client-ecs'
import { createClients, destroyClients } from '../../src/aws/clients.js'
import type { RawInputs } from '../../src/inputs/inputs.js'
import { WatchError } from '../../src/watch/errors.js'
import { getScenario, type RunningSimulator } from '../../simulator/index.js'
import { runEngine, TEST_CREDENTIALS } from './engine.js'

async function deleteService(sim: RunningSimulator, drainSeconds: number): Promise<void> {
  const clients = createClients({ region: sim.scenario.action.region, endpoint: sim.url, credentials: TEST_CREDENTIALS })
  try {
    await clients.ecs.send(new DeleteServiceCommand({ cluster: sim.scenario.action.cluster, service: sim.scenario.action.service, force: true }))
  } finally {
    destroyClients(clients)
  }
  sim.advance(drainSeconds)
}

async function errorFor(inputs: RawInputs, beforeWatch?: (sim: RunningSimulator) => Promise<void>): Promise<string> {
  const run = await runEngine(getScenario('healthy'), { inputs, beforeWatch })
  expect(run.error).toBeInstanceOf(WatchError)
  const message = (run.error as Error).message
  expect(message.split('\n')).toHaveLength(1)
  // Nothing beyond the first poll: no evidence collected for a target that is not there.
  expect(run.calls.filter((c) => c.service !== 'ECS')).toEqual([])
  return message
}

describe('targets that are not there', () => {
  it('a cluster that does not exist', async () => {
    expect(await errorFor({ cluster: 'staging' })).toBe("Cluster 'staging' was not found in this region. Check the 'cluster' and 'region' inputs.")
  })

  it('a service that does not exist', async () => {
    expect(await errorFor({ service: 'web' })).toBe("Service 'web' was not found in cluster 'prod' (MISSING). Check the 'service' and 'cluster' inputs.")
  })

  it('a service deleted before the step (INACTIVE)', async () => {
    expect(await errorFor({}, (sim) => deleteService(sim, 900))).toBe(
      "Service 'api' in cluster 'prod' is INACTIVE: it was deleted, so there is no deployment to follow. Check the 'service' and 'cluster' inputs."
    )
  })

  it('a service being deleted when the step starts (DRAINING)', async () => {
    expect(await errorFor({}, (sim) => deleteService(sim, 0))).toMatch(/^Service 'api' in cluster 'prod' is DRAINING: it was deleted/)
  })

  it('a deployment id that does not belong to the service', async () => {
    expect(await errorFor({ 'deployment-id': 'ecs-svc/1234567890123456789' })).toMatch(
      /^Input 'deployment-id' ecs-svc\/1234567890123456789 is not a current deployment of api; its deployments are ecs-svc\/\d+ \(PRIMARY, api:42\), ecs-svc\/\d+ \(ACTIVE, api:41\)\.$/
    )
  })

  it('a task definition no deployment of the service runs', async () => {
    expect(await errorFor({ 'task-definition': 'api:7' })).toMatch(/^No deployment of api runs the 'task-definition' input api:7; its deployments are /)
  })
})
