/** Amazon ECS (awsJson1_1, AmazonEC2ContainerServiceV20141113). */
import * as sdk from '@aws-sdk/client-ecs'
import type {
  DescribeClustersRequest,
  DescribeClustersResponse,
  DescribeContainerInstancesRequest,
  DescribeContainerInstancesResponse,
  DescribeServiceDeploymentsRequest,
  DescribeServiceDeploymentsResponse,
  DescribeServicesRequest,
  DescribeServicesResponse,
  DescribeTaskDefinitionRequest,
  DescribeTaskDefinitionResponse,
  DescribeTasksRequest,
  DescribeTasksResponse,
  ListServiceDeploymentsRequest,
  ListServiceDeploymentsResponse,
  ListTasksRequest,
  ListTasksResponse
} from '@aws-sdk/client-ecs'
import { AwsError } from '../aws-error.js'
import { isActive, type SimTask } from '../engine/model.js'
import { operation, paginate, type ServiceDefinition, type SimContext } from './context.js'

const STOPPED_TASK_RETENTION_SECONDS = 3600

function invalidParameter(message: string): AwsError {
  return new AwsError('InvalidParameterException', message)
}

function lastSegment(nameOrArn: string): string {
  return nameOrArn.startsWith('arn:') ? nameOrArn.split('/').pop() ?? nameOrArn : nameOrArn
}

function requireCluster(ctx: SimContext, cluster: string | undefined): void {
  if (lastSegment(cluster ?? 'default') !== ctx.world.cluster.name) throw new AwsError('ClusterNotFoundException', 'Cluster not found.')
}

function requireService(ctx: SimContext, service: string | undefined): void {
  if (!service || lastSegment(service) !== ctx.world.service.name) throw new AwsError('ServiceNotFoundException', 'Service not found.')
}

function visibleTasks(ctx: SimContext): SimTask[] {
  return ctx.scheduler.tasks.filter((t) => t.stoppedAt === undefined || ctx.simNow - t.stoppedAt < STOPPED_TASK_RETENTION_SECONDS)
}

function requireList(value: unknown, name: string, max: number): string[] {
  if (!Array.isArray(value) || value.length === 0) throw invalidParameter(`${name} can not be empty.`)
  if (value.length > max) throw invalidParameter(`${name} can have at most ${max} items.`)
  return value as string[]
}

function epochSeconds(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined
  return value instanceof Date ? value.getTime() / 1000 : Number(value)
}

export const ecs: ServiceDefinition = {
  id: 'ECS',
  aliases: ['ecs'],
  protocol: 'awsJson1_1',
  jsonTarget: 'AmazonEC2ContainerServiceV20141113',
  iamPrefix: 'ecs',
  sdk,
  operations: {
    DescribeClusters: operation<DescribeClustersRequest, DescribeClustersResponse>((input, ctx) => {
      const names = input.clusters?.length ? input.clusters : ['default']
      const found = names.filter((n) => lastSegment(n) === ctx.world.cluster.name)
      return {
        clusters: found.map(() => ({
          clusterArn: ctx.views.clusterArn,
          clusterName: ctx.world.cluster.name,
          status: 'ACTIVE',
          registeredContainerInstancesCount: ctx.world.cluster.containerInstances.length,
          runningTasksCount: ctx.scheduler.tasks.filter((t) => t.lastStatus === 'RUNNING').length,
          pendingTasksCount: ctx.scheduler.tasks.filter((t) => isActive(t) && t.lastStatus !== 'RUNNING').length,
          activeServicesCount: 1,
          capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
          defaultCapacityProviderStrategy: []
        })),
        failures: names
          .filter((n) => lastSegment(n) !== ctx.world.cluster.name)
          .map((n) => ({ arn: `arn:aws:ecs:${ctx.world.region}:${ctx.world.accountId}:cluster/${lastSegment(n)}`, reason: 'MISSING' }))
      }
    }),

    DescribeServices: operation<DescribeServicesRequest, DescribeServicesResponse>((input, ctx) => {
      const names = requireList(input.services, 'services', 10)
      requireCluster(ctx, input.cluster)
      const matches = (n: string) => lastSegment(n) === ctx.world.service.name
      const service = ctx.views.service()
      return {
        services: names.filter(matches).map(() => service),
        failures: names
          .filter((n) => !matches(n))
          .map((n) => ({
            arn: n.startsWith('arn:') ? n : `arn:aws:ecs:${ctx.world.region}:${ctx.world.accountId}:service/${ctx.world.cluster.name}/${n}`,
            reason: 'MISSING'
          }))
      }
    }),

    ListTasks: operation<ListTasksRequest, ListTasksResponse>((input, ctx) => {
      requireCluster(ctx, input.cluster)
      const desiredStatus = input.desiredStatus ?? 'RUNNING'
      if (!['RUNNING', 'PENDING', 'STOPPED'].includes(desiredStatus)) throw invalidParameter(`Invalid desiredStatus: ${desiredStatus}`)
      if (input.startedBy && (input.serviceName || input.family || input.containerInstance)) {
        throw invalidParameter('startedBy can not be combined with serviceName, family or containerInstance.')
      }
      if (input.serviceName) requireService(ctx, input.serviceName)
      if (input.launchType && input.launchType !== ctx.world.service.launchType) return { taskArns: [] }
      const maxResults = input.maxResults ?? 100
      if (maxResults < 1 || maxResults > 100) throw invalidParameter('maxResults must be between 1 and 100.')
      const arns = visibleTasks(ctx)
        .filter((t) => (desiredStatus === 'PENDING' ? false : t.desiredStatus === desiredStatus))
        .filter((t) => !input.startedBy || t.deployment.id === input.startedBy)
        .filter((t) => !input.family || t.taskDefinition.family === input.family)
        .sort((a, b) => b.createdAt - a.createdAt)
        .map((t) => t.arn)
      const { page, nextToken } = paginate(arns, input.nextToken, maxResults, () => invalidParameter('Invalid nextToken.'))
      return { taskArns: page, nextToken }
    }),

    DescribeTasks: operation<DescribeTasksRequest, DescribeTasksResponse>((input, ctx) => {
      const ids = requireList(input.tasks, 'tasks', 100)
      requireCluster(ctx, input.cluster)
      const tasks = visibleTasks(ctx)
      const found: SimTask[] = []
      const failures: { arn: string; reason: string }[] = []
      for (const id of ids) {
        const task = tasks.find((t) => t.arn === id || t.id === id)
        if (task) found.push(task)
        else failures.push({ arn: id.startsWith('arn:') ? id : `arn:aws:ecs:${ctx.world.region}:${ctx.world.accountId}:task/${ctx.world.cluster.name}/${id}`, reason: 'MISSING' })
      }
      return { tasks: found.map((t) => ctx.views.task(t)), failures }
    }),

    DescribeTaskDefinition: operation<DescribeTaskDefinitionRequest, DescribeTaskDefinitionResponse>((input, ctx) => {
      const ref = input.taskDefinition ?? ''
      const all = ctx.world.taskDefinitions
      const byFamily = (family: string) =>
        all.filter((td) => td.family === family).sort((a, b) => (b.revision ?? 0) - (a.revision ?? 0))[0]
      const name = ref.startsWith('arn:') ? ref.split('/').pop() ?? '' : ref
      const [family, revision] = name.split(':')
      const taskDefinition = revision ? all.find((td) => td.family === family && String(td.revision) === revision) : byFamily(family)
      if (!taskDefinition) throw new AwsError('ClientException', 'Unable to describe task definition.')
      return { taskDefinition, tags: input.include?.includes('TAGS') ? [] : undefined }
    }),

    ListServiceDeployments: operation<ListServiceDeploymentsRequest, ListServiceDeploymentsResponse>((input, ctx) => {
      requireCluster(ctx, input.cluster)
      requireService(ctx, input.service)
      const after = epochSeconds(input.createdAt?.after)
      const before = epochSeconds(input.createdAt?.before)
      const briefs = ctx.scheduler.deployments
        .filter((d) => !input.status?.length || input.status.includes(d.serviceDeployment.status))
        .filter((d) => after === undefined || ctx.clock.dateAt(d.createdAt).getTime() / 1000 >= after)
        .filter((d) => before === undefined || ctx.clock.dateAt(d.createdAt).getTime() / 1000 <= before)
        .sort((a, b) => b.createdAt - a.createdAt)
        .map((d) => ctx.views.serviceDeploymentBrief(d))
      const { page, nextToken } = paginate(briefs, input.nextToken, input.maxResults ?? 20, () => invalidParameter('Invalid nextToken.'))
      return { serviceDeployments: page, nextToken }
    }),

    DescribeServiceDeployments: operation<DescribeServiceDeploymentsRequest, DescribeServiceDeploymentsResponse>((input, ctx) => {
      const arns = requireList(input.serviceDeploymentArns, 'serviceDeploymentArns', 20)
      const found = arns.map((arn) => ctx.scheduler.deployments.find((d) => d.serviceDeployment.arn === arn))
      return {
        serviceDeployments: found.filter((d) => d !== undefined).map((d) => ctx.views.serviceDeployment(d)),
        failures: arns.filter((_, i) => !found[i]).map((arn) => ({ arn, reason: 'MISSING' }))
      }
    }),

    DescribeContainerInstances: operation<DescribeContainerInstancesRequest, DescribeContainerInstancesResponse>((input, ctx) => {
      const ids = requireList(input.containerInstances, 'containerInstances', 100)
      requireCluster(ctx, input.cluster)
      const instances = ctx.world.cluster.containerInstances
      const find = (id: string) => instances.find((i) => i.containerInstanceArn === id || i.containerInstanceArn?.endsWith(`/${id}`))
      return {
        containerInstances: ids.map(find).filter((i) => i !== undefined),
        failures: ids.filter((id) => !find(id)).map((arn) => ({ arn, reason: 'MISSING' }))
      }
    })
  }
}
