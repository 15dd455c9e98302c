/** The replayed ECS scheduler, observed through the real SDK with a manual clock. */
import { describe, expect, it } from '@jest/globals'
import {
  DescribeServiceDeploymentsCommand,
  DescribeServicesCommand,
  DescribeTasksCommand,
  ListTasksCommand,
  paginateListTasks,
  type Service,
  type Task
} from '@aws-sdk/client-ecs'
import { DescribeTargetHealthCommand } from '@aws-sdk/client-elastic-load-balancing-v2'
import { GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs'
import { DescribeSubnetsCommand } from '@aws-sdk/client-ec2'
import { getScenario, type Scenario } from '../../simulator/index.js'
import { simulate, thrown, type LoadedClients as AwsClients, type SimulatorWithClients } from './helpers.js'

async function service(aws: AwsClients): Promise<Service> {
  const out = await aws.ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['api'] }))
  return out.services?.[0] as Service
}

async function stoppedTasks(aws: AwsClients, startedBy?: string): Promise<Task[]> {
  const listed = await aws.ecs.send(new ListTasksCommand({ cluster: 'prod', serviceName: 'api', desiredStatus: 'STOPPED' }))
  if (!listed.taskArns?.length) return []
  const { tasks } = await aws.ecs.send(new DescribeTasksCommand({ cluster: 'prod', tasks: listed.taskArns }))
  return (tasks ?? []).filter((t) => !startedBy || t.startedBy === startedBy)
}

async function withScenario(scenario: string | Scenario, run: (env: SimulatorWithClients) => Promise<void>): Promise<void> {
  const env = await simulate({ scenario })
  try {
    await run(env)
  } finally {
    await env.close()
  }
}

describe('a healthy rolling deployment', () => {
  it('replaces the old tasks (exit 143, Scaling activity) and completes with steady-state events', () =>
    withScenario('healthy', async ({ sim, aws }) => {
      const { deployment, previousDeployment } = sim.scenario.world.service
      sim.advance(30)
      const midway = await service(aws)
      expect(midway.deployments?.map((d) => [d.id, d.rolloutState, d.runningCount])).toEqual([
        [deployment.id, 'IN_PROGRESS', 2],
        [previousDeployment.id, 'COMPLETED', 2]
      ])
      sim.advance(60)
      const done = await service(aws)
      expect(done.deployments?.map((d) => [d.id, d.status, d.rolloutState, d.runningCount])).toEqual([[deployment.id, 'PRIMARY', 'COMPLETED', 2]])
      expect(done.events?.slice(0, 2).map((e) => e.message)).toEqual([
        '(service api) has reached a steady state.',
        `(service api) (deployment ${deployment.id}) deployment completed.`
      ])
      const old = await stoppedTasks(aws, previousDeployment.id)
      expect(old.map((t) => [t.stopCode, t.stoppedReason, t.containers?.[0].exitCode, t.lastStatus])).toEqual(
        Array(2).fill(['ServiceSchedulerInitiated', `Scaling activity initiated by (deployment ${previousDeployment.id})`, 143, 'STOPPED'])
      )
      const tg = sim.scenario.world.loadBalancing.targetGroups[0].TargetGroupArn
      const health = await aws.elbv2.send(new DescribeTargetHealthCommand({ TargetGroupArn: tg }))
      expect(health.TargetHealthDescriptions?.map((d) => d.TargetHealth?.State)).toEqual(['healthy', 'healthy'])
    }))

  it('takes free addresses from the subnets for the new task ENIs', () =>
    withScenario('healthy', async ({ sim, aws }) => {
      const subnetIds = sim.scenario.world.service.networkConfiguration?.awsvpcConfiguration?.subnets
      const before = await aws.ec2.send(new DescribeSubnetsCommand({ SubnetIds: subnetIds }))
      sim.advance(20)
      const after = await aws.ec2.send(new DescribeSubnetsCommand({ SubnetIds: subnetIds }))
      const free = (out: typeof before) => (out.Subnets ?? []).reduce((n, s) => n + (s.AvailableIpAddressCount ?? 0), 0)
      expect(free(before) - free(after)).toBe(2)
    }))
})

describe('failing tasks', () => {
  it('stops crashing tasks with EssentialContainerExited, exit 1, their log in the awslogs stream, and starts replacements', () =>
    withScenario('app-missing-env-var', async ({ sim, aws }) => {
      const ours = sim.scenario.world.service.deployment.id
      sim.advance(30)
      const stopped = await stoppedTasks(aws, ours)
      expect(stopped.map((t) => [t.stopCode, t.stoppedReason, t.containers?.[0].exitCode])).toEqual(
        Array(2).fill(['EssentialContainerExited', 'Essential container in task exited', 1])
      )
      const taskId = stopped[0].taskArn?.split('/').pop()
      const logs = await aws.logs.send(new GetLogEventsCommand({ logGroupName: '/ecs/api', logStreamName: `ecs/api/${taskId}`, startFromHead: false }))
      expect(logs.events?.map((e) => e.message)).toContain('Error: Missing required environment variable: PAYMENTS_API_URL')
      const svc = await service(aws)
      expect(svc.deployments?.[0].failedTasks).toBe(2)
      expect(svc.events?.[0].message).toMatch(/^\(service api\) has started 2 tasks: /)
    }))

  it('marks an OOM kill with exit 137 and OutOfMemoryError, and a SIGKILL after a health-check stop with 137 alone', async () => {
    await withScenario('oom-killed', async ({ sim, aws }) => {
      sim.advance(40)
      const [task] = await stoppedTasks(aws, sim.scenario.world.service.deployment.id)
      expect([task.containers?.[0].exitCode, task.containers?.[0].reason]).toEqual([137, 'OutOfMemoryError: Container killed due to memory usage'])
    })
    await withScenario('sigkill-after-health-check', async ({ sim, aws }) => {
      sim.advance(120)
      const task = (await stoppedTasks(aws, sim.scenario.world.service.deployment.id)).find((t) => t.lastStatus === 'STOPPED') as Task
      expect(task.stoppedReason).toMatch(/^Task failed ELB health checks in \(target-group arn:aws:elasticloadbalancing:/)
      expect([task.stopCode, task.containers?.[0].exitCode, task.containers?.[0].reason]).toEqual(['ServiceSchedulerInitiated', 137, undefined])
    })
  })

  it('reports ELB health-check failures in target health, service events and the stopped reason', () =>
    withScenario('elb-wrong-path', async ({ sim, aws }) => {
      const tg = sim.scenario.world.loadBalancing.targetGroups[0].TargetGroupArn as string
      sim.advance(50)
      const health = await aws.elbv2.send(new DescribeTargetHealthCommand({ TargetGroupArn: tg }))
      expect(health.TargetHealthDescriptions?.filter((d) => d.TargetHealth?.State === 'unhealthy').map((d) => d.TargetHealth)).toEqual(
        Array(2).fill({ State: 'unhealthy', Reason: 'Target.ResponseCodeMismatch', Description: 'Health checks failed with these codes: [404]' })
      )
      sim.advance(40)
      const messages = (await service(aws)).events?.map((e) => e.message) ?? []
      expect(messages).toContainEqual(expect.stringMatching(/^\(service api\) \(task [0-9a-f]{32}\) \(port 8080\) is unhealthy in \(target-group arn:.*\) due to \(reason Health checks failed with these codes: \[404\]\)\.$/))
      expect(messages).toContainEqual(expect.stringMatching(/Amazon ECS replaced 2 tasks due to an unhealthy status\.$/))
      const stopped = await stoppedTasks(aws, sim.scenario.world.service.deployment.id)
      expect(stopped.map((t) => [t.stoppedReason, t.containers?.[0].exitCode])).toEqual(Array(2).fill([`Task failed ELB health checks in (target-group ${tg})`, 143]))
    }))

  it('keeps tasks that cannot get an address in PROVISIONING, then stops them naming the subnet', () =>
    withScenario('subnet-ips-exhausted', async ({ sim, aws }) => {
      sim.advance(15)
      expect((await service(aws)).deployments?.[0].pendingCount).toBe(2)
      sim.advance(20)
      const stopped = await stoppedTasks(aws, sim.scenario.world.service.deployment.id)
      expect(stopped[0].stoppedReason).toMatch(/^Unexpected EC2 error while attempting to Create Network Interface in subnet 'subnet-0[0-9a-f]{16}': InsufficientFreeAddressesInSubnet$/)
      expect(stopped[0].attachments?.[0].details?.find((d) => d.name === 'privateIPv4Address')).toBeUndefined()
    }))

  it('writes a placement event once and starts no task when capacity is unavailable', () =>
    withScenario('capacity-unavailable-persistent', async ({ sim, aws }) => {
      sim.advance(120)
      const svc = await service(aws)
      expect(svc.events?.filter((e) => e.message?.includes('was unable to place a task'))).toHaveLength(1)
      expect(svc.deployments?.[0]).toMatchObject({ runningCount: 0, pendingCount: 0, failedTasks: 0 })
      expect(await stoppedTasks(aws, sim.scenario.world.service.deployment.id)).toEqual([])
    }))

  it('places the tasks once capacity comes back, and keeps the placement event listed', () =>
    withScenario('transient-capacity-event', async ({ sim, aws }) => {
      sim.advance(30)
      expect((await service(aws)).deployments?.[0]).toMatchObject({ runningCount: 0, pendingCount: 0 })
      sim.advance(60)
      const svc = await service(aws)
      expect(svc.deployments?.[0]).toMatchObject({ runningCount: 2, pendingCount: 0 })
      expect(svc.events?.[2].message).toMatch(/^\(service api\) has started 2 tasks: /)
      expect(svc.events?.filter((e) => e.message?.includes('was unable to place a task'))).toHaveLength(1)
    }))
})

describe('the deployment circuit breaker', () => {
  it('fails the deployment after clamp(ceil(0.5 x 2), 3, 200) = 3 failed tasks and rolls back to the previous deployment', () =>
    withScenario('circuit-breaker-rollback', async ({ sim, aws }) => {
      const ours = sim.scenario.world.service.deployment.id
      const previous = sim.scenario.world.service.previousDeployment.id
      sim.advance(50)
      const failed = await service(aws)
      expect(failed.deployments?.map((d) => [d.id, d.status, d.rolloutState, d.failedTasks])).toEqual([
        [ours, 'ACTIVE', 'FAILED', 3],
        [previous, 'PRIMARY', 'IN_PROGRESS', 0]
      ])
      expect(failed.deployments?.[0].rolloutStateReason).toBe('ECS deployment circuit breaker: tasks failed to start.')
      const messages = failed.events?.map((e) => e.message) ?? []
      const rollingBack = messages.indexOf(`(service api) rolling back to deployment ${previous}.`)
      expect(rollingBack).toBeGreaterThanOrEqual(0)
      expect(messages.indexOf(`(service api) (deployment ${ours}) deployment failed: tasks failed to start.`)).toBe(rollingBack + 1)
      sim.advance(60)
      const rolledBack = await service(aws)
      expect(rolledBack.deployments?.map((d) => [d.id, d.rolloutState])).toEqual([[previous, 'COMPLETED']])
      expect(rolledBack.taskDefinition).toBe(sim.scenario.world.service.previousDeployment.taskDefinition)
      const sd = await aws.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [rolledBack.currentServiceDeployment as string] }))
      expect(sd.serviceDeployments?.[0]).toMatchObject({ status: 'ROLLBACK_SUCCESSFUL', deploymentCircuitBreaker: { status: 'TRIGGERED', failureCount: 3, threshold: 3 } })
    }))
})

describe('pagination', () => {
  it('pages ListTasks 100 at a time and refuses DescribeTasks beyond 100 ARNs', async () => {
    const base = getScenario('healthy')
    const big: Scenario = { ...base, name: 'many-tasks', world: { ...base.world, service: { ...base.world.service, desiredCount: 130 } } }
    await withScenario(big, async ({ sim, aws }) => {
      sim.advance(10)
      const first = await aws.ecs.send(new ListTasksCommand({ cluster: 'prod', serviceName: 'api' }))
      expect(first.taskArns).toHaveLength(100)
      expect(first.nextToken).toEqual(expect.any(String))
      const all: string[] = []
      for await (const page of paginateListTasks({ client: aws.ecs }, { cluster: 'prod', serviceName: 'api' })) all.push(...(page.taskArns ?? []))
      expect(new Set(all).size).toBe(260)
      const described = await aws.ecs.send(new DescribeTasksCommand({ cluster: 'prod', tasks: all.slice(0, 100) }))
      expect(described.tasks).toHaveLength(100)
      expect((await thrown(() => aws.ecs.send(new DescribeTasksCommand({ cluster: 'prod', tasks: all.slice(0, 101) })))).name).toBe('InvalidParameterException')
    })
  })
})
