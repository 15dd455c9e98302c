/**
 * The simulator features the hardening tests rely on: credentials that expire at a simulated second
 * (each protocol's real error shape, which the action must recognise as expired credentials), and
 * DeleteService (refused while scaled above 0 without force; with force the service drains, then is INACTIVE).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { DescribeSubnetsCommand } from '@aws-sdk/client-ec2'
import { DeleteServiceCommand, DescribeServicesCommand } from '@aws-sdk/client-ecs'
import { GetRoleCommand } from '@aws-sdk/client-iam'
import { createClients, destroyClients, type AwsClients } from '../../src/aws/clients.js'
import { loadedClients, type LoadedClients } from '../simulator/helpers.js'
import { isExpiredCredentials } from '../../src/aws/errors.js'
import { startSimulator, type Faults, type RunningSimulator } from '../../simulator/index.js'
import { TEST_CREDENTIALS } from './engine.js'

let sim: RunningSimulator | undefined
let clients: AwsClients | undefined
afterEach(async () => {
  if (clients) destroyClients(clients)
  await sim?.close()
})

async function start(faults: Faults = {}): Promise<{ sim: RunningSimulator; aws: LoadedClients }> {
  sim = await startSimulator({ scenario: 'healthy', clock: 'manual', faults })
  const options = { region: 'eu-west-1', endpoint: sim.url, credentials: TEST_CREDENTIALS, maxAttempts: 1 }
  clients = createClients(options)
  return { sim, aws: await loadedClients(clients, options) }
}

async function failure(call: Promise<unknown>): Promise<{ name: string; status?: number; expired: boolean }> {
  try {
    await call
  } catch (error) {
    const e = error as Error & { $metadata?: { httpStatusCode?: number } }
    return { name: e.name, status: e.$metadata?.httpStatusCode, expired: isExpiredCredentials(error) }
  }
  throw new Error('expected the call to fail')
}

describe('credentials that expire at a simulated second', () => {
  it('answer normally before, then with each protocol’s expired-token error', async () => {
    const { sim, aws } = await start({ credentialsExpireAt: 60 })
    await expect(aws.ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['api'] }))).resolves.toBeDefined()
    sim.advance(60)
    expect(await failure(aws.ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['api'] })))).toEqual({ name: 'ExpiredTokenException', status: 400, expired: true })
    expect(await failure(aws.iam.send(new GetRoleCommand({ RoleName: 'api-execution-role' })))).toEqual({ name: 'ExpiredToken', status: 403, expired: true })
    expect(await failure(aws.ec2.send(new DescribeSubnetsCommand({})))).toEqual({ name: 'RequestExpired', status: 400, expired: true })
    expect(sim.callLog().map((c) => c.outcome)).toEqual(['ok', 'expired', 'expired', 'expired'])
  })
})

describe('DeleteService', () => {
  it('is refused while the service is scaled above 0, unless forced', async () => {
    const { aws } = await start()
    expect(await failure(aws.ecs.send(new DeleteServiceCommand({ cluster: 'prod', service: 'api' })))).toMatchObject({ name: 'InvalidParameterException' })
  })

  it('with force: DRAINING with desired count 0 while the tasks stop, then INACTIVE; nothing is started again', async () => {
    const { sim, aws } = await start()
    const describe = async () => (await aws.ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['api'] }))).services?.[0]
    const deleted = await aws.ecs.send(new DeleteServiceCommand({ cluster: 'prod', service: 'api', force: true }))
    expect(deleted.service).toMatchObject({ status: 'DRAINING', desiredCount: 0 })
    sim.advance(900)
    expect(await describe()).toMatchObject({ status: 'INACTIVE', desiredCount: 0, runningCount: 0, pendingCount: 0 })
  })
})
