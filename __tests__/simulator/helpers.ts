/**
 * Real SDK clients (the action's own factory) pointed at a simulator the way the action is: AWS_ENDPOINT_URL.
 * The SDK reads that variable on every request, so one simulator at a time per test file; after it closes the
 * variable still points at a closed loopback port, so a stray call can never leave the machine.
 */
import { createClients, destroyClients, type AwsClients, type ClientOptions } from '../../src/aws/clients.js'
import { startSimulator, type RunningSimulator, type StartOptions } from '../../simulator/index.js'

export interface SimulatorWithClients {
  sim: RunningSimulator
  aws: AwsClients
  close(): Promise<void>
}

export function clientsFor(sim: RunningSimulator, options: Partial<ClientOptions> = {}): AwsClients {
  process.env.AWS_ENDPOINT_URL = sim.url
  process.env.AWS_ACCESS_KEY_ID = 'test'
  process.env.AWS_SECRET_ACCESS_KEY = 'test'
  process.env.AWS_EC2_METADATA_DISABLED = 'true'
  return createClients({ region: sim.scenario.action.region, ...options })
}

export async function simulate(options: StartOptions, clientOptions: Partial<ClientOptions> = {}): Promise<SimulatorWithClients> {
  const sim = await startSimulator({ clock: 'manual', ...options })
  const aws = clientsFor(sim, clientOptions)
  return {
    sim,
    aws,
    close: async () => {
      destroyClients(aws)
      await sim.close()
    }
  }
}

/** Runs `fn` and returns the error it throws (fails the test if it does not throw). */
export async function thrown(fn: () => Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number; attempts?: number } }> {
  try {
    await fn()
  } catch (error) {
    return error as Error & { $metadata?: { httpStatusCode?: number; attempts?: number } }
  }
  throw new Error('expected the call to fail')
}
