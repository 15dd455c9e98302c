/**
 * Integration: collectEvidence with the real SDK clients (the action's factory) against the
 * loopback AWS simulator, after the followed deployment's tasks have failed.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { DescribeServicesCommand, DescribeTasksCommand, ListTasksCommand, type Task } from '@aws-sdk/client-ecs'
import { createClients, destroyClients, type AwsClients } from '../../src/aws/clients.js'
import { collectEvidence } from '../../src/evidence/collect.js'
import type { Evidence } from '../../src/evidence/schema.js'
import { startSimulator, type Faults, type RunningSimulator } from '../../simulator/index.js'

interface Running {
  sim: RunningSimulator
  aws: AwsClients
}

let running: Running | undefined
afterEach(async () => {
  if (running) destroyClients(running.aws)
  await running?.sim.close()
  running = undefined
})

/** The endpoint is given explicitly: the SDK reads AWS_ENDPOINT_URL lazily, per request. */
async function simulate(scenario: string, faults?: Faults): Promise<Running> {
  const sim = await startSimulator({ scenario, clock: 'manual', ...(faults ? { faults } : {}) })
  const aws = createClients({
    region: sim.scenario.action.region,
    endpoint: sim.url,
    credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }
  })
  return { sim, aws }
}

/** What the watch hands over: the service as last described and the tasks started by the followed deployment. */
async function watchView(aws: AwsClients, cluster: string, serviceName: string) {
  const { services } = await aws.ecs.send(new DescribeServicesCommand({ cluster, services: [serviceName] }))
  const service = services?.[0]
  if (!service) throw new Error('service not found in the simulator')
  const deploymentId = service.deployments?.find((d) => d.status === 'PRIMARY')?.id ?? null
  const arns: string[] = []
  for (const desiredStatus of ['STOPPED', 'RUNNING'] as const) {
    const listed = await aws.ecs.send(new ListTasksCommand({ cluster, serviceName, desiredStatus }))
    arns.push(...(listed.taskArns ?? []))
  }
  const described = arns.length ? await aws.ecs.send(new DescribeTasksCommand({ cluster, tasks: arns })) : { tasks: [] as Task[] }
  const tasks = (described.tasks ?? []).filter((t) => t.startedBy === deploymentId)
  return { service, deploymentId, tasks }
}

async function collectFor(
  scenario: string,
  simSeconds: number,
  options: { faults?: Faults; deadlineMs?: number } = {}
): Promise<{ evidence: Evidence; evidenceCalls: number; sim: RunningSimulator }> {
  running = await simulate(scenario, options.faults)
  const { sim, aws } = running
  sim.advance(simSeconds)
  const { cluster, service: serviceName, region } = sim.scenario.action
  const view = await watchView(aws, cluster, serviceName)
  const before = sim.callLog().length
  const evidence = await collectEvidence({ clients: aws, region, cluster, serviceName, ...view, logLines: 50, deadlineMs: options.deadlineMs })
  return { evidence, evidenceCalls: sim.callLog().length - before, sim }
}

describe('collectEvidence against the simulator', () => {
  it('app-missing-env-var: reads the crashed container’s log stream and the whole task context', async () => {
    const { evidence, evidenceCalls, sim } = await collectFor('app-missing-env-var', 180)
    const world = sim.scenario.world

    expect(evidence.unavailable).toEqual([])
    expect(evidence.tasks?.length).toBeGreaterThan(0)
    expect(evidence.taskDefinition?.taskDefinitionArn).toBe(world.service.deployment.taskDefinition)
    expect(evidence.previousTaskDefinition?.taskDefinitionArn).toBe(world.service.previousDeployment.taskDefinition)

    const [excerpt] = evidence.logs ?? []
    const taskId = excerpt.taskArn.split('/').pop()
    expect(excerpt).toMatchObject({ containerName: 'api', logGroup: '/ecs/api', logStream: `ecs/api/${taskId}` })
    expect(excerpt.lines).toContain('Error: Missing required environment variable: PAYMENTS_API_URL')

    expect(evidence.network?.subnets?.map((s) => s.SubnetId)).toEqual(world.service.networkConfiguration?.awsvpcConfiguration?.subnets)
    expect(evidence.network?.vpcAttributes).toEqual({ enableDnsSupport: true, enableDnsHostnames: true })
    expect(evidence.iam?.roles?.map((r) => [r.kind, r.exists, r.trustsEcsTasks])).toEqual([
      ['execution', true, true],
      ['task', true, true]
    ])
    expect(evidence.iam?.simulations?.length).toBeGreaterThan(0)
    expect(evidence.iam?.simulations?.every((s) => s.decision === 'allowed')).toBe(true)
    expect(evidence.images?.[0]).toMatchObject({ registry: 'ecr', repositoryName: 'api', status: 'found' })
    expect(evidence.secrets?.every((s) => s.status === 'found')).toBe(true)
    expect(evidence.logGroups?.[0]).toMatchObject({ logGroupName: '/ecs/api', exists: true })
    expect(evidence.loadBalancing?.targetGroups).toHaveLength(1)
    expect(evidenceCalls).toBeLessThanOrEqual(25)
  })

  it('secret-access-denied: the simulation denies exactly the new secret', async () => {
    const { evidence } = await collectFor('secret-access-denied', 180)

    const secretReads = (evidence.iam?.simulations ?? []).filter((s) => s.action === 'secretsmanager:GetSecretValue')
    const stripe = secretReads.find((s) => s.resource.includes(':secret:prod/api/stripe-key-'))
    const database = secretReads.find((s) => s.resource.includes(':secret:prod/api/database'))
    expect(stripe?.decision).toBe('implicitDeny')
    expect(database?.decision).toBe('allowed')
    expect(evidence.secrets?.find((s) => s.name === 'STRIPE_API_KEY')).toMatchObject({ store: 'secretsmanager', status: 'found' })
  })

  it('with real AWS error shapes: denied IAM and EC2 calls and a hung call degrade only their checks', async () => {
    const { evidence } = await collectFor('app-missing-env-var', 180, {
      faults: { deny: ['IAM:SimulatePrincipalPolicy', 'EC2:DescribeRouteTables'], hang: ['ECS:ListServiceDeployments'] },
      deadlineMs: 2_000
    })

    expect(evidence.unavailable?.map((u) => [u.api, u.errorCode])).toEqual([
      ['iam:SimulatePrincipalPolicy', 'AccessDenied'],
      ['ecs:ListServiceDeployments', 'DeadlineExceeded'],
      ['ec2:DescribeRouteTables', 'UnauthorizedOperation']
    ])
    expect(evidence.unavailable?.[0].error).toContain('iam:SimulatePrincipalPolicy')
    expect(evidence.iam?.roles).toHaveLength(2)
    expect(evidence.network?.subnets?.length).toBeGreaterThan(0)
    expect(evidence.logs?.[0].lines).toContain('Error: Missing required environment variable: PAYMENTS_API_URL')
  })
})
