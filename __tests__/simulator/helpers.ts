/**
 * Real SDK clients (the action's own factory) pointed at a simulator the way the action is: AWS_ENDPOINT_URL.
 * The SDK reads that variable on every request, so one simulator at a time per test file; after it closes the
 * variable still points at a closed loopback port, so a stray call can never leave the machine.
 */
import { STSClient } from '@aws-sdk/client-sts'
import { createClients, destroyClients, type AwsClients, type ClientOptions, type ServiceClients, type ServiceName } from '../../src/aws/clients.js'
import { startSimulator, type RunningSimulator, type StartOptions } from '../../simulator/index.js'

/** Every service's client made by the action's factory, and an STS client of the tests' own (the action never calls STS). */
export type LoadedClients = ServiceClients & { sts: STSClient }

export interface SimulatorWithClients {
  sim: RunningSimulator
  aws: LoadedClients
  close(): Promise<void>
}

const SERVICES: ServiceName[] = ['ecs', 'ec2', 'iam', 'logs', 'ecr', 'elbv2', 'secretsManager', 'ssm', 'cloudwatch', 'codedeploy', 'efs']

/** Loads every service's client of `clients` (tests that call the simulator's services one by one). */
export async function loadedClients(clients: AwsClients, options: Partial<ClientOptions> = {}): Promise<LoadedClients> {
  const made = await Promise.all(SERVICES.map(async (service) => [service, await clients.client(service)] as const))
  const sts = new STSClient({ region: clients.region, ...(options.endpoint ? { endpoint: options.endpoint } : {}), ...(options.credentials ? { credentials: options.credentials } : {}), maxAttempts: options.maxAttempts })
  return { ...(Object.fromEntries(made) as unknown as ServiceClients), sts }
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
  const clients = clientsFor(sim, clientOptions)
  const aws = await loadedClients(clients, clientOptions)
  return {
    sim,
    aws,
    close: async () => {
      destroyClients(clients)
      aws.sts.destroy()
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
