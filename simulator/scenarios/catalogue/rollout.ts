/** How a rollout ends when no single task failure is to blame: stable, slow, churn, rollback, timeout, placement. */
import type { ContainerInstance } from '@aws-sdk/client-ecs'
import { IdGenerator } from '../../random.js'
import type { Scenario, World } from '../../types.js'
import { ACCOUNT_ID, CLUSTER, REGION, serviceSubnets, targetGroup } from '../base-world.js'
import { defineScenario, exits, healthy, nodeCrash, STARTUP_LOGS } from '../define.js'
import { CAPACITY_UNAVAILABLE, portAlreadyInUse } from '../messages.js'

function containerInstance(world: World, index: number): ContainerInstance {
  const ids = new IdGenerator(`instance:${world.service.deployment.id}:${index}`)
  const subnet = serviceSubnets(world)[index % 2]
  const resources = (cpu: number, memory: number, ports: string[]) => [
    { name: 'CPU', type: 'INTEGER', integerValue: cpu, doubleValue: 0, longValue: 0 },
    { name: 'MEMORY', type: 'INTEGER', integerValue: memory, doubleValue: 0, longValue: 0 },
    { name: 'PORTS', type: 'STRINGSET', stringSetValue: ports, doubleValue: 0, longValue: 0, integerValue: 0 },
    { name: 'PORTS_UDP', type: 'STRINGSET', stringSetValue: [], doubleValue: 0, longValue: 0, integerValue: 0 }
  ]
  const reserved = ['22', '2375', '2376', '51678', '51679']
  return {
    containerInstanceArn: `arn:aws:ecs:${REGION}:${ACCOUNT_ID}:container-instance/${CLUSTER}/${ids.hex(32)}`,
    ec2InstanceId: `i-0${ids.hex(16)}`,
    version: 14,
    versionInfo: { agentVersion: '1.89.2', agentHash: 'a4d1f1bd', dockerVersion: 'DockerVersion: 25.0.8' },
    remainingResources: resources(1792, 3328, [...reserved, '80']),
    registeredResources: resources(2048, 3840, reserved),
    status: 'ACTIVE',
    agentConnected: true,
    runningTasksCount: 1,
    pendingTasksCount: 0,
    attributes: [
      { name: 'ecs.availability-zone', value: subnet.AvailabilityZone },
      { name: 'ecs.instance-type', value: 't3.medium' },
      { name: 'ecs.cpu-architecture', value: 'x86_64' },
      { name: 'ecs.os-type', value: 'linux' },
      { name: 'ecs.subnet-id', value: subnet.SubnetId },
      { name: 'ecs.vpc-id', value: subnet.VpcId },
      { name: 'ecs.capability.docker-plugin.local' }
    ],
    registeredAt: new Date(Date.now() - 20 * 86_400_000),
    attachments: [],
    tags: [],
    healthStatus: { overallStatus: 'OK', details: [{ type: 'CONTAINER_RUNTIME', status: 'OK' }] }
  }
}

/** The same service on EC2 container instances, bridge networking with the static host port 80. */
function onEc2WithStaticHostPort(world: World): void {
  world.cluster.containerInstances = [containerInstance(world, 0), containerInstance(world, 1)]
  world.service.launchType = 'EC2'
  world.service.platformVersion = undefined
  world.service.networkConfiguration = undefined
  for (const td of world.taskDefinitions) {
    td.networkMode = 'bridge'
    td.requiresCompatibilities = ['EC2']
    td.requiresAttributes = td.requiresAttributes?.filter((a) => a.name !== 'ecs.capability.task-eni')
    td.cpu = '256'
    td.memory = '512'
    for (const c of td.containerDefinitions ?? []) c.portMappings = [{ containerPort: 8080, hostPort: 80, protocol: 'tcp' }]
  }
  Object.assign(targetGroup(world), { TargetType: 'instance', Port: 80 })
}

export const rolloutScenarios: Scenario[] = [
  defineScenario({
    name: 'healthy',
    description: 'A normal rolling deployment: both new tasks pass the ALB health checks, the old tasks drain and stop with exit 143, the deployment completes.',
    expect: { verdict: 'stable', rootCause: null },
    timeline: () => ({ newTasks: [healthy()] })
  }),

  defineScenario({
    name: 'slow-but-healthy',
    description: 'A 1.2 GB image and a 75-second cache warm-up inside a 180-second grace period: about four simulated minutes to become stable, but stable.',
    expect: { verdict: 'stable', rootCause: null },
    speed: 25,
    configure: (world) => {
      world.service.healthCheckGracePeriodSeconds = 180
      world.ecr.repositories[0].images[1].sizeInBytes = 1_212_410_331
    },
    timeline: () => ({
      newTasks: [
        healthy({
          provisioningSeconds: 25,
          pullSeconds: 110,
          healthyAfterSeconds: 75,
          logs: [
            ...STARTUP_LOGS.slice(0, 2),
            { at: 2, message: '{"level":"info","time":"{time}","msg":"warming search index","documents":1840000}' },
            { at: 61, message: '{"level":"info","time":"{time}","msg":"search index ready","ms":58912}' },
            { at: 62, message: '{"level":"info","time":"{time}","msg":"server listening","port":8080}' }
          ]
        })
      ]
    })
  }),

  defineScenario({
    name: 'normal-churn',
    description:
      'desiredCount 3. The rollout stops the old tasks (exit 143; one ignores SIGTERM and exits 137 after stopTimeout) and tasks stopped by an earlier scale-in are still listed. None of it is a failure.',
    expect: { verdict: 'stable', rootCause: null },
    speed: 15,
    configure: (world) => {
      world.service.desiredCount = 3
    },
    timeline: (world) => ({
      newTasks: [healthy()],
      previousTaskExitCodes: [143, 137, 143],
      earlierStoppedTasks: [
        { minutesAgo: 50, stopCode: 'ServiceSchedulerInitiated', stoppedReason: `Scaling activity initiated by (deployment ${world.service.previousDeployment.id})`, exitCode: 143 },
        { minutesAgo: 35, stopCode: 'ServiceSchedulerInitiated', stoppedReason: `Scaling activity initiated by (deployment ${world.service.previousDeployment.id})`, exitCode: 143 }
      ]
    })
  }),

  defineScenario({
    name: 'circuit-breaker-rollback',
    description:
      'Circuit breaker with rollback on; every new task crashes at start with a ReferenceError. After 3 failed tasks the breaker marks the deployment FAILED and rolls back to the previous one.',
    expect: { verdict: 'rolled-back', rootCause: 'app-exit-error' },
    // deployment-id: a slow runner may start after the rollback, when the PRIMARY deployment is the old one again.
    action: (world) => ({ maxFailedTasks: 10, deploymentId: world.service.deployment.id }),
    speed: 5,
    configure: (world) => {
      world.service.deploymentConfiguration.deploymentCircuitBreaker = { enable: true, rollback: true }
    },
    timeline: () => ({
      newTasks: [
        exits(
          1,
          nodeCrash(
            ['/app/dist/server.js:41', '  metricsClient.gauge("startup", Date.now() - started);', '  ^'],
            [
              'ReferenceError: metricsClient is not defined',
              '    at startServer (/app/dist/server.js:41:3)',
              '    at Object.<anonymous> (/app/dist/server.js:88:1)',
              '    at Module._compile (node:internal/modules/cjs/loader:1554:14)',
              '    at Object..js (node:internal/modules/cjs/loader:1706:10)',
              '    at Module.load (node:internal/modules/cjs/loader:1289:32)'
            ]
          )
        )
      ]
    })
  }),

  defineScenario({
    name: 'slow-image-pull-timeout',
    description: 'A 9 GB image pulls for 40 simulated minutes; the action gives up after its 15-second (0.25-minute) timeout while the tasks are still PENDING.',
    expect: { verdict: 'timeout', rootCause: null },
    action: { timeoutMinutes: 0.25 },
    configure: (world) => {
      world.ecr.repositories[0].images[1].sizeInBytes = 9_402_113_870
    },
    timeline: () => ({ newTasks: [healthy({ pullSeconds: 2400 })] })
  }),

  defineScenario({
    name: 'capacity-unavailable-persistent',
    description:
      'Fargate has no capacity for the tasks: no task is created, the service reports once that it cannot place a task, and nothing progresses. ' +
      'Stuck once that lasts 5 minutes, or half of timeout-minutes (here 1, so 30 seconds).',
    expect: { verdict: 'stuck', rootCause: 'placement-failed' },
    action: { timeoutMinutes: 1 },
    timeline: () => ({ newTasks: [healthy()], launchBlocked: { eventMessage: CAPACITY_UNAVAILABLE } })
  }),

  defineScenario({
    name: 'transient-capacity-event',
    description:
      'Fargate reports that it cannot place a task, then capacity comes back a simulated minute later: the tasks are placed, pull, start and pass ' +
      'the health checks. The event stays listed; the deployment is healthy.',
    expect: { verdict: 'stable', rootCause: null },
    speed: 20,
    timeline: () => ({ newTasks: [healthy()], launchBlocked: { eventMessage: CAPACITY_UNAVAILABLE, untilSeconds: 60 } })
  }),

  defineScenario({
    name: 'port-conflict',
    description:
      'EC2 launch type, bridge networking with static hostPort 80 on two instances that already run the old tasks: with minimumHealthyPercent 100 no new task can be placed.',
    expect: { verdict: 'stuck', rootCause: 'port-conflict' },
    action: { timeoutMinutes: 1 },
    configure: onEc2WithStaticHostPort,
    timeline: (world) => {
      const instanceId = world.cluster.containerInstances[0].containerInstanceArn?.split('/').pop() ?? ''
      return { newTasks: [healthy()], launchBlocked: { eventMessage: portAlreadyInUse(instanceId) } }
    }
  })
]
