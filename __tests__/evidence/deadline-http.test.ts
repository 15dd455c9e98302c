/**
 * The real SDK clients against a loopback endpoint that accepts every request and never
 * answers: the collection must still end at its deadline, with every check listed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createClients, destroyClients } from '../../src/aws/clients.js'
import { collectEvidence } from '../../src/evidence/collect.js'
import { CLUSTER, DEPLOYMENT, REGION, SERVICE, TD_ARN, service, stoppedTask } from './scenario.js'

let server: Server
const received: string[] = []
const saved = { ...process.env }

beforeAll(async () => {
  server = createServer((request: IncomingMessage) => {
    received.push(String(request.headers['x-amz-target'] ?? request.url))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: `http://127.0.0.1:${port}`,
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_EC2_METADATA_DISABLED: 'true'
  })
})

afterAll(async () => {
  process.env = saved
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('collectEvidence against an endpoint that never answers', () => {
  it('returns at the deadline with the unfinished calls in unavailable', async () => {
    const clients = createClients({ region: REGION })
    const started = Date.now()
    try {
      const evidence = await collectEvidence({
        clients,
        region: REGION,
        cluster: CLUSTER,
        serviceName: SERVICE,
        deploymentId: DEPLOYMENT,
        service: service(),
        tasks: [stoppedTask(0)],
        deadlineMs: 1_000
      })

      // Generous bound: the point is that it ends (the per-request timeout alone is 20 s).
      expect(Date.now() - started).toBeLessThan(10_000)
      expect(received).toContain('AmazonEC2ContainerServiceV20141113.DescribeTaskDefinition')
      expect(evidence.taskDefinition).toBeNull()
      expect(evidence.unavailable).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ api: 'ecs:DescribeTaskDefinition', resource: TD_ARN, errorCode: 'DeadlineExceeded' }),
          expect.objectContaining({ api: 'ec2:DescribeSubnets', errorCode: 'DeadlineExceeded' }),
          expect.objectContaining({ api: 'elasticloadbalancing:DescribeTargetHealth', errorCode: 'DeadlineExceeded' })
        ])
      )
    } finally {
      destroyClients(clients)
    }
  })
})
