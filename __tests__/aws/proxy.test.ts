/**
 * Self-hosted runners: the action's AWS clients (the one factory, src/aws/clients.ts) honour HTTP_PROXY /
 * HTTPS_PROXY / NO_PROXY and say who they are in every call's User-Agent, as CloudTrail records it. Real SDK
 * clients against the simulator (http://127.0.0.1:port, so HTTP_PROXY applies) through a counting loopback proxy.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { DescribeServicesCommand } from '@aws-sdk/client-ecs'
import { DescribeSubnetsCommand } from '@aws-sdk/client-ec2'
import { createClients, type AwsClients } from '../../src/aws/clients.js'
import { proxyConfigured } from '../../src/aws/proxy.js'
import { startSimulator, type RunningSimulator } from '../../simulator/index.js'
import { LoopbackProxy } from './loopback-proxy.js'

const CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' }
const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version
const PROXY_VARIABLES = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'ALL_PROXY', 'all_proxy', 'NO_PROXY', 'no_proxy']

const proxy = new LoopbackProxy()
let sim: RunningSimulator
let clients: AwsClients | undefined

/** Clients made after the environment is set: the request handler reads the proxy variables when it is made. */
function clientsWith(env: Record<string, string>, options: { endpoint?: string; region?: string } = {}): AwsClients {
  Object.assign(process.env, env)
  clients = createClients({ region: options.region ?? 'eu-west-1', credentials: CREDENTIALS, maxAttempts: 1, ...('endpoint' in options ? {} : { endpoint: sim.url }), ...options })
  return clients
}

const describeApi = new DescribeServicesCommand({ cluster: 'prod', services: ['api'] })

beforeAll(async () => {
  await proxy.start()
  sim = await startSimulator({ scenario: 'healthy', clock: 'manual' })
})

afterAll(async () => {
  await sim.close()
  await proxy.stop()
})

afterEach(() => {
  clients?.destroy()
  clients = undefined
  for (const name of PROXY_VARIABLES) delete process.env[name]
  proxy.requests.length = 0
})

describe('AWS calls and proxies', () => {
  it('go through HTTP_PROXY to an http endpoint, the lazily loaded clients too', async () => {
    const aws = clientsWith({ HTTP_PROXY: proxy.url })
    const { services } = await aws.ecs.send(describeApi)
    expect(services?.[0]?.serviceName).toBe('api')
    const ec2 = await aws.client('ec2')
    const { Subnets } = await ec2.send(new DescribeSubnetsCommand({}))
    expect(Subnets?.length).toBeGreaterThan(0)
    expect(proxy.to(sim.port)).toEqual([
      { method: 'POST', target: `127.0.0.1:${sim.port}`, forwarded: true },
      { method: 'POST', target: `127.0.0.1:${sim.port}`, forwarded: true }
    ])
    expect(sim.callLog().slice(-2).map((c) => `${c.service}:${c.operation}`)).toEqual(['ECS:DescribeServices', 'EC2:DescribeSubnets'])
  })

  it('read the lower-case variable as curl does', async () => {
    const aws = clientsWith({ http_proxy: proxy.url })
    await aws.ecs.send(describeApi)
    expect(proxy.to(sim.port)).toHaveLength(1)
  })

  it('go straight to a host NO_PROXY names', async () => {
    const aws = clientsWith({ HTTP_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' })
    const { services } = await aws.ecs.send(describeApi)
    expect(services?.[0]?.serviceName).toBe('api')
    expect(proxy.requests).toEqual([])
  })

  it("open a CONNECT tunnel through HTTPS_PROXY to AWS's own https endpoint (the test proxy refuses it: nothing leaves the machine)", async () => {
    const aws = clientsWith({ HTTPS_PROXY: proxy.url }, { endpoint: undefined, region: 'eu-west-1' })
    await expect(aws.ecs.send(describeApi)).rejects.toThrow()
    expect(proxy.requests).toEqual([{ method: 'CONNECT', target: 'ecs.eu-west-1.amazonaws.com:443', forwarded: false }])
  })

  it('use no proxy agent at all when no proxy variable is set', () => {
    expect(proxyConfigured({})).toBe(false)
    expect(proxyConfigured({ NO_PROXY: '*' })).toBe(false)
    expect(proxyConfigured({ https_proxy: 'http://proxy.internal:3128' })).toBe(true)
    expect(proxyConfigured({ HTTP_PROXY: '  ' })).toBe(false)
  })
})

describe('AWS calls say who made them', () => {
  it(`carry ecs-deploy-doctor/${VERSION} in the User-Agent of every call, the version of package.json`, async () => {
    const aws = clientsWith({})
    await aws.ecs.send(describeApi)
    await (await aws.client('ec2')).send(new DescribeSubnetsCommand({}))
    await (await aws.derive({ retry: 'evidence' }).client('ecs')).send(describeApi)
    const calls = sim.callLog().slice(-3)
    expect(calls).toHaveLength(3)
    for (const call of calls) expect(call.userAgent.split(' ')).toContain(`ecs-deploy-doctor/${VERSION}`)
    expect(VERSION).toBe('0.1.0')
  })
})
