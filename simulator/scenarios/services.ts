/**
 * More services in the base world, for scenarios where one step deploys several: a worker or a scheduler
 * next to the api, in the same cluster, subnets and account, without a load balancer, each with its own
 * task definition family, image repository, log group and roles.
 */
import type { ContainerDefinition, KeyValuePair, TaskDefinition } from '@aws-sdk/client-ecs'
import { IdGenerator } from '../random.js'
import type { LogLine, RoleSpec, ServiceSpec, World } from '../types.js'
import { executionRole, imageUri, newTaskDefinition } from './base-world.js'

export interface ServiceOptions {
  /** Service name, also the task definition family, container, repository and log group name. */
  name: string
  desiredCount?: number
  /** Revisions of the previous and the new task definition. */
  revisions?: [number, number]
  /** Image tags of the previous and the new revision. */
  tags?: [string, string]
  command?: string[]
  environment?: KeyValuePair[]
}

/** What a healthy queue worker writes on start. */
export function workerStartupLogs(name: string): LogLine[] {
  return [
    { at: 0.2, message: `> ${name}@2.8.0 start` },
    { at: 0.3, message: `> node dist/${name}.js` },
    { at: 1.1, message: '{"level":"info","time":"{time}","msg":"connected to database","pool":4}' },
    { at: 1.3, message: `{"level":"info","time":"{time}","msg":"${name} started","concurrency":4}` }
  ]
}

function roleFor(world: World, name: string, kind: 'execution' | 'task'): RoleSpec {
  const template = kind === 'execution' ? executionRole(world) : world.iam.roles.find((r) => r.name === 'api-task-role')
  const role = structuredClone(template) as RoleSpec
  role.name = `${name}-${kind}-role`
  role.description = `${kind === 'execution' ? 'Pulls images, writes logs and reads secrets for' : 'Application permissions of'} the ${name} service`
  world.iam.roles.push(role)
  return role
}

function taskDefinitionFor(world: World, options: Required<ServiceOptions>, revision: number, tag: string): TaskDefinition {
  const td = structuredClone(newTaskDefinition(world))
  const { name } = options
  const container = td.containerDefinitions?.[0] as ContainerDefinition
  Object.assign(container, {
    name,
    image: imageUri(name, tag),
    command: options.command,
    portMappings: [],
    environment: options.environment,
    logConfiguration: {
      logDriver: 'awslogs',
      options: { 'awslogs-group': `/ecs/${name}`, 'awslogs-region': world.region, 'awslogs-stream-prefix': 'ecs' },
      secretOptions: []
    }
  })
  return {
    ...td,
    taskDefinitionArn: `arn:aws:ecs:${world.region}:${world.accountId}:task-definition/${name}:${revision}`,
    family: name,
    revision,
    containerDefinitions: [container],
    executionRoleArn: `arn:aws:iam::${world.accountId}:role/${name}-execution-role`,
    taskRoleArn: `arn:aws:iam::${world.accountId}:role/${name}-task-role`,
    cpu: '256',
    memory: '512',
    // A fresh Date: structuredClone's may come from another realm (jest), which the JSON encoder would not see as a Date.
    registeredAt: new Date(Date.now() - (revision === options.revisions[0] ? 6 : 0) * 86_400_000)
  }
}

/** Adds a service (its task definitions, image repository, log group and roles) to the world and returns its spec. */
export function addService(world: World, serviceOptions: ServiceOptions): ServiceSpec {
  const options: Required<ServiceOptions> = {
    desiredCount: 1,
    revisions: [17, 18],
    tags: ['v2.7.0', 'v2.8.0'],
    command: ['node', `dist/${serviceOptions.name}.js`],
    environment: [
      { name: 'NODE_ENV', value: 'production' },
      { name: 'LOG_LEVEL', value: 'info' }
    ],
    ...serviceOptions
  }
  const { name, revisions, tags } = options
  const ids = new IdGenerator(`service:${world.service.deployment.id}:${name}`)
  roleFor(world, name, 'execution')
  roleFor(world, name, 'task')
  const [previous, next] = [0, 1].map((i) => taskDefinitionFor(world, options, revisions[i], tags[i]))
  world.taskDefinitions.push(previous, next)
  world.ecr.repositories.push({
    name,
    images: tags.map((tag, i) => ({
      tags: [tag],
      digest: `sha256:${ids.hex(64)}`,
      architectures: ['amd64'],
      index: false,
      sizeInBytes: 98_113_402 + i * 40_960,
      pushedDaysAgo: i === 0 ? 6 : 0.01
    }))
  })
  world.logGroups.push({ name: `/ecs/${name}`, retentionInDays: 30 })
  return {
    ...structuredClone(world.service),
    name,
    desiredCount: options.desiredCount,
    loadBalancers: [],
    healthCheckGracePeriodSeconds: undefined,
    previousDeployment: { id: `ecs-svc/${ids.digits(19)}`, taskDefinition: previous.taskDefinitionArn as string },
    deployment: { id: `ecs-svc/${ids.digits(19)}`, taskDefinition: next.taskDefinitionArn as string }
  }
}
