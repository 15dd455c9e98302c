/**
 * The evidence collector's hardening: patient retries for calls made once, a last look at the
 * deployment's stopped tasks when the watch's last sweep was skipped, and redaction of everything
 * the document carries before it is shared (evidence-file output, bug reports, CLI output).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { DescribeServicesCommand, DescribeTaskDefinitionCommand } from '@aws-sdk/client-ecs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createClients, destroyClients, evidenceBackoffMs, EVIDENCE_MAX_ATTEMPTS, type AwsClients } from '../../src/aws/clients.js'
import { diagnose } from '../../src/diagnose/index.js'
import { collectEvidence } from '../../src/evidence/collect.js'
import { redactEvidence } from '../../src/redact.js'
import type { EcsTaskDefinition, Evidence } from '../../src/evidence/schema.js'
import { parseEvidence } from '../../src/evidence/validate.js'
import { startSimulator, type RunningSimulator } from '../../simulator/index.js'
import { TEST_CREDENTIALS } from './engine.js'

describe('evidence calls retry patiently; watch polls do not', () => {
  let server: Server | undefined
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

  /** An ECS endpoint that throttles the first `throttles` requests, then answers DescribeTaskDefinition. */
  async function throttlingEcs(throttles: number): Promise<{ url: string; requests: () => number }> {
    let requests = 0
    server = createServer((request, response) => {
      request.resume()
      request.on('end', () => {
        requests += 1
        const throttled = requests <= throttles
        response.writeHead(throttled ? 400 : 200, { 'content-type': 'application/x-amz-json-1.1' })
        response.end(JSON.stringify(throttled ? { __type: 'ThrottlingException', message: 'Rate exceeded' } : { taskDefinition: { family: 'api', revision: 42 } }))
      })
    })
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests: () => requests }
  }

  const send = (clients: AwsClients) => clients.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'api:42' }))

  it('an evidence call survives 5 throttled answers in a row', async () => {
    const ecs = await throttlingEcs(5)
    const clients = createClients({ region: 'eu-west-1', endpoint: ecs.url, credentials: TEST_CREDENTIALS, retry: 'evidence' })
    try {
      expect((await send(clients)).taskDefinition?.revision).toBe(42)
      expect(ecs.requests()).toBe(6)
    } finally {
      destroyClients(clients)
    }
  }, 20_000)

  it('a watch poll gives up after 3 attempts, so the next tick comes soon', async () => {
    const ecs = await throttlingEcs(5)
    const clients = createClients({ region: 'eu-west-1', endpoint: ecs.url, credentials: TEST_CREDENTIALS })
    try {
      await expect(send(clients)).rejects.toMatchObject({ name: 'ThrottlingException' })
      expect(ecs.requests()).toBe(3)
    } finally {
      destroyClients(clients)
    }
  }, 20_000)

  it(`bounds the backoff: ${EVIDENCE_MAX_ATTEMPTS} attempts fit well inside the 60 s collection deadline`, () => {
    const worst = Array.from({ length: EVIDENCE_MAX_ATTEMPTS - 1 }, (_, retry) => evidenceBackoffMs(retry + 1, () => 0.999999))
    expect(Math.max(...worst)).toBeLessThanOrEqual(2_000)
    expect(worst.reduce((a, b) => a + b, 0)).toBeLessThan(40_000)
    expect(evidenceBackoffMs(1, () => 0)).toBe(0)
  })
})

describe('a last look at the stopped tasks', () => {
  let sim: RunningSimulator | undefined
  let clients: AwsClients | undefined
  afterEach(async () => {
    if (clients) destroyClients(clients)
    await sim?.close()
  })

  it('finds the failed tasks the watch never saw (its sweeps were throttled) and names the cause', async () => {
    sim = await startSimulator({ scenario: 'app-missing-env-var', clock: 'manual' })
    clients = createClients({ region: 'eu-west-1', endpoint: sim.url, credentials: TEST_CREDENTIALS })
    sim.advance(120)
    const { cluster, service: serviceName } = sim.scenario.action
    const service = (await clients.ecs.send(new DescribeServicesCommand({ cluster, services: [serviceName] }))).services?.[0]
    const deploymentId = service?.deployments?.find((d) => d.status === 'PRIMARY')?.id ?? null
    const evidence = await collectEvidence({
      clients,
      region: 'eu-west-1',
      cluster,
      serviceName,
      deploymentId,
      service: service ?? {},
      tasks: [],
      watch: { verdict: 'failed', reason: 'tasks kept failing', startedAt: '', endedAt: '' }
    })
    const stopped = evidence.tasks?.filter((t) => t.lastStatus === 'STOPPED') ?? []
    expect(stopped.length).toBeGreaterThanOrEqual(2)
    expect(stopped.every((t) => t.startedBy === deploymentId)).toBe(true)
    expect(diagnose(evidence).rootCause?.code).toBe('missing-configuration')

    // With a failed task already known, the last look costs nothing.
    const before = sim.callLog().length
    await collectEvidence({ clients, region: 'eu-west-1', cluster, serviceName, deploymentId, service: service ?? {}, tasks: stopped.slice(0, 1) })
    expect(sim.callLog().slice(before).filter((c) => c.operation === 'ListTasks' || c.operation === 'DescribeTasks')).toEqual([])
  })
})

function taskDefinition(revision: number, env: Record<string, string>): EcsTaskDefinition {
  return {
    taskDefinitionArn: `arn:aws:ecs:eu-west-1:123456789012:task-definition/api:${revision}`,
    family: 'api',
    revision,
    containerDefinitions: [
      {
        name: 'api',
        image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:v1',
        environment: Object.entries(env).map(([name, value]) => ({ name, value })),
        command: ['node', 'server.js', '--db-password=s3cr3t-from-command'],
        dockerLabels: { 'com.example.api-token': 'label-token-value', team: 'payments' },
        logConfiguration: { logDriver: 'splunk', options: { 'splunk-token': 'splunk-token-value', 'splunk-url': 'https://splunk.internal:8088' } }
      }
    ]
  }
}

function evidenceWithSecrets(): Evidence {
  return {
    schemaVersion: 1,
    deploymentId: 'ecs-svc/1',
    watch: { verdict: 'failed', reason: 'connecting to postgres://api:Pa55w0rd@db:5432 failed', startedAt: '', endedAt: '' },
    service: {
      serviceName: 'api',
      deployments: [{ id: 'ecs-svc/1', status: 'PRIMARY', taskDefinition: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/api:42' }],
      events: [{ id: 'e1', message: '(service api) failed: Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLXZhbHVl' }]
    },
    taskDefinition: taskDefinition(42, { NODE_ENV: 'production', DB_PASSWORD: 'hunter2-longer', FEATURE: 'on' }),
    previousTaskDefinition: taskDefinition(41, { NODE_ENV: 'production', DB_PASSWORD: 'hunter2-longer', FEATURE: 'off' }),
    tasks: [
      {
        taskArn: 'arn:aws:ecs:eu-west-1:123456789012:task/prod/abc',
        startedBy: 'ecs-svc/1',
        lastStatus: 'STOPPED',
        stopCode: 'EssentialContainerExited',
        stoppedReason: 'Essential container in task exited',
        containers: [{ name: 'api', exitCode: 1, reason: 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }]
      }
    ],
    logs: [
      {
        taskArn: 'arn:aws:ecs:eu-west-1:123456789012:task/prod/abc',
        containerName: 'api',
        lines: ['MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7', '-----END PRIVATE KEY-----', 'using hunter2-longer', 'Error: connect ECONNREFUSED 10.0.3.17:5432']
      }
    ],
    unavailable: [{ check: 'Container logs', api: 'logs:GetLogEvents', error: 'token=abcdef123456 rejected' }]
  }
}

const SECRET_VALUES = [
  'Pa55w0rd',
  'eyJhbGciOiJIUzI1NiJ9',
  'hunter2-longer',
  's3cr3t-from-command',
  'label-token-value',
  'splunk-token-value',
  'wJalrXUtnFEMI',
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7',
  'abcdef123456'
]

describe('the evidence document carries no credential', () => {
  it('redacts log lines, AWS text, command lines, labels and log options; env values become placeholders', () => {
    const redacted = redactEvidence(evidenceWithSecrets())
    const text = JSON.stringify(redacted)
    expect(SECRET_VALUES.filter((secret) => text.includes(secret))).toEqual([])
    const env = redacted.taskDefinition?.containerDefinitions?.[0].environment
    expect(env?.map((e) => e.name)).toEqual(['NODE_ENV', 'DB_PASSWORD', 'FEATURE'])
    expect(env?.every((e) => /^\[REDACTED value \d+\]$/.test(e.value ?? ''))).toBe(true)
    expect(redacted.logs?.[0].lines).toEqual(['[REDACTED]', '-----END PRIVATE KEY-----', 'using [REDACTED]', 'Error: connect ECONNREFUSED 10.0.3.17:5432'])
    expect(redacted.taskDefinition?.containerDefinitions?.[0].dockerLabels).toEqual({ 'com.example.api-token': '[REDACTED]', team: 'payments' })
    expect(redacted.taskDefinition?.containerDefinitions?.[0].logConfiguration?.options?.['splunk-url']).toBe('https://splunk.internal:8088')
  })

  it('keeps what the diagnosis compares: which env values changed between revisions', () => {
    const changes = diagnose(redactEvidence(evidenceWithSecrets())).whatChanged.filter((c) => c.field.includes('environment'))
    expect(changes).toEqual([{ field: 'api environment FEATURE', before: 'set', after: 'set (value changed)' }])
  })

  it('is idempotent, and a raw file read for offline diagnosis is redacted as it is read', () => {
    const once = redactEvidence(evidenceWithSecrets())
    expect(redactEvidence(once)).toEqual(once)
    expect(parseEvidence(JSON.stringify(evidenceWithSecrets()))).toEqual(once)
  })
})
