/** Amazon ECS (awsJson1_1, AmazonEC2ContainerServiceV20141113). */
import * as sdk from '@aws-sdk/client-ecs'
import type {
  ContinueServiceDeploymentRequest,
  ContinueServiceDeploymentResponse,
  DeleteServiceRequest,
  DeleteServiceResponse,
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
  ListTasksResponse,
  StopServiceDeploymentRequest,
  StopServiceDeploymentResponse,
  UpdateServiceRequest,
  UpdateServiceResponse
} from '@aws-sdk/client-ecs'
import { AwsError } from '../aws-error.js'
import type { SimService } from '../engine/cluster.js'
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

function requireService(ctx: SimContext, service: string | undefined): SimService {
  const found = ctx.cluster.service(service)
  if (!found) throw new AwsError('ServiceNotFoundException', 'Service not found.')
  return found
}

function visibleTasks(ctx: SimContext, tasks: SimTask[] = ctx.cluster.tasks): SimTask[] {
  return tasks.filter((t) => t.stoppedAt === undefined || ctx.simNow - t.stoppedAt < STOPPED_TASK_RETENTION_SECONDS)
}

/** Service deployment states StopServiceDeployment accepts (ROLLBACK_* continue the rollback). */
const STOPPABLE = new Set(['PENDING', 'IN_PROGRESS', 'STOP_REQUESTED', 'ROLLBACK_REQUESTED', 'ROLLBACK_IN_PROGRESS'])

function requireList(value: unknown, name: string, max: number): string[] {
  if (!Array.isArray(value) || value.length === 0) throw invalidParameter(`${name} can not be empty.`)
  if (value.length > max) throw invalidParameter(`${name} can have at most ${max} items.`)
  return value as string[]
}

function epochSeconds(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined
  return value instanceof Date ? value.getTime() / 1000 : Number(value)
}

/** A task definition by ARN, family:revision, or family (its latest revision). */
function findTaskDefinition(ctx: SimContext, ref: string) {
  const all = ctx.world.taskDefinitions
  const name = ref.startsWith('arn:') ? (ref.split('/').pop() ?? '') : ref
  const [family, revision] = name.split(':')
  if (revision) return all.find((td) => td.family === family && String(td.revision) === revision)
  return all.filter((td) => td.family === family).sort((a, b) => (b.revision ?? 0) - (a.revision ?? 0))[0]
}

function findServiceDeployment(ctx: SimContext, arn: string) {
  for (const service of ctx.cluster.services) {
    const deployment = service.scheduler.deployments.find((d) => d.serviceDeployment.arn === arn)
    if (deployment) return { service, deployment }
  }
  return undefined
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
          runningTasksCount: ctx.cluster.tasks.filter((t) => t.lastStatus === 'RUNNING').length,
          pendingTasksCount: ctx.cluster.tasks.filter((t) => isActive(t) && t.lastStatus !== 'RUNNING').length,
          activeServicesCount: ctx.cluster.services.length,
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
      const found = names.map((n) => ctx.cluster.service(n))
      return {
        services: found.flatMap((s) => (s ? [s.views.service()] : [])),
        failures: names
          .filter((_, i) => !found[i])
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
      const scope = input.serviceName ? [requireService(ctx, input.serviceName)] : ctx.cluster.services
      const maxResults = input.maxResults ?? 100
      if (maxResults < 1 || maxResults > 100) throw invalidParameter('maxResults must be between 1 and 100.')
      const inScope = scope
        .filter((s) => !input.launchType || input.launchType === s.scheduler.world.service.launchType)
        .flatMap((s) => s.scheduler.tasks)
      const arns = visibleTasks(ctx, inScope)
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
      return { tasks: found.map((t) => ctx.cluster.serviceOf(t).views.task(t)), failures }
    }),

    DescribeTaskDefinition: operation<DescribeTaskDefinitionRequest, DescribeTaskDefinitionResponse>((input, ctx) => {
      const taskDefinition = findTaskDefinition(ctx, input.taskDefinition ?? '')
      if (!taskDefinition) throw new AwsError('ClientException', 'Unable to describe task definition.')
      return { taskDefinition, tags: input.include?.includes('TAGS') ? [] : undefined }
    }),

    ListServiceDeployments: operation<ListServiceDeploymentsRequest, ListServiceDeploymentsResponse>((input, ctx) => {
      requireCluster(ctx, input.cluster)
      const { scheduler, views } = requireService(ctx, input.service)
      const after = epochSeconds(input.createdAt?.after)
      const before = epochSeconds(input.createdAt?.before)
      const briefs = scheduler.deployments
        .filter((d) => !input.status?.length || input.status.includes(d.serviceDeployment.status))
        .filter((d) => after === undefined || ctx.clock.dateAt(d.createdAt).getTime() / 1000 >= after)
        .filter((d) => before === undefined || ctx.clock.dateAt(d.createdAt).getTime() / 1000 <= before)
        .sort((a, b) => b.createdAt - a.createdAt)
        .map((d) => views.serviceDeploymentBrief(d))
      const { page, nextToken } = paginate(briefs, input.nextToken, input.maxResults ?? 20, () => invalidParameter('Invalid nextToken.'))
      return { serviceDeployments: page, nextToken }
    }),

    DescribeServiceDeployments: operation<DescribeServiceDeploymentsRequest, DescribeServiceDeploymentsResponse>((input, ctx) => {
      const arns = requireList(input.serviceDeploymentArns, 'serviceDeploymentArns', 20)
      const found = arns.map((arn) => findServiceDeployment(ctx, arn))
      return {
        serviceDeployments: found.flatMap((f) => (f ? [f.service.views.serviceDeployment(f.deployment)] : [])),
        failures: arns.filter((_, i) => !found[i]).map((arn) => ({ arn, reason: 'MISSING' }))
      }
    }),

    DeleteService: operation<DeleteServiceRequest, DeleteServiceResponse>((input, ctx) => {
      requireCluster(ctx, input.cluster)
      const service = requireService(ctx, input.service)
      if (!input.force && service.views.service().desiredCount !== 0) throw invalidParameter('The service cannot be stopped while it is scaled above 0.')
      service.scheduler.deleteService()
      return { service: service.views.service() }
    }),

    UpdateService: operation<UpdateServiceRequest, UpdateServiceResponse>((input, ctx) => {
      requireCluster(ctx, input.cluster)
      const service = requireService(ctx, input.service)
      const { scheduler } = service
      if (input.taskDefinition) {
        const taskDefinitionArn = findTaskDefinition(ctx, input.taskDefinition)?.taskDefinitionArn
        if (!taskDefinitionArn) throw new AwsError('ClientException', 'TaskDefinition not found.')
        scheduler.startDeployment(taskDefinitionArn)
      } else if (input.forceNewDeployment) {
        scheduler.startDeployment(scheduler.primary.taskDefinitionArn)
      }
      return { service: service.views.service() }
    }),

    StopServiceDeployment: operation<StopServiceDeploymentRequest, StopServiceDeploymentResponse>((input, ctx) => {
      if (!input.serviceDeploymentArn) throw invalidParameter('serviceDeploymentArn can not be empty.')
      const stopType = input.stopType ?? 'ROLLBACK'
      if (stopType !== 'ROLLBACK') throw invalidParameter(`stopType ${stopType} is not supported by the simulator; use ROLLBACK.`)
      const found = findServiceDeployment(ctx, input.serviceDeploymentArn)
      if (!found) {
        throw new AwsError(
          'ServiceDeploymentNotFoundException',
          "The service deploy ARN that you specified in the StopServiceDeployment doesn't exist. You can use ListServiceDeployments to retrieve the service deployment ARNs."
        )
      }
      const { deployment, service } = found
      const status = deployment.serviceDeployment.status
      if (!STOPPABLE.has(status)) throw new AwsError('ConflictException', `The service deployment is ${status} and can not be stopped.`)
      if (status.startsWith('ROLLBACK_')) return { serviceDeploymentArn: input.serviceDeploymentArn }
      const target = service.scheduler.lastCompletedBefore(deployment)
      if (!target) throw invalidParameter('The service has no completed deployment to roll back to.')
      service.scheduler.rollBack(deployment, target)
      return { serviceDeploymentArn: input.serviceDeploymentArn }
    }),

    /** https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContinueServiceDeployment.html (error texts from the blue/green troubleshooting guide). */
    ContinueServiceDeployment: operation<ContinueServiceDeploymentRequest, ContinueServiceDeploymentResponse>((input, ctx) => {
      const found = input.serviceDeploymentArn ? findServiceDeployment(ctx, input.serviceDeploymentArn) : undefined
      if (!found) throw invalidParameter('The service deployment does not exist.')
      if (!/^ecs-[a-z]+-[A-Za-z0-9]+$/.test(input.hookId ?? '')) throw invalidParameter('Invalid hookId: hookId must follow the format: ecs-{hookType}-{id}')
      const status = found.deployment.serviceDeployment.status
      if (!['PENDING', 'IN_PROGRESS'].includes(status)) throw invalidParameter('Continuing a service deployment is not allowed for service deployment in terminal states.')
      const continued = found.service.scheduler.blueGreen?.continueHook(input.hookId as string, input.action ?? 'CONTINUE')
      if (!continued) throw invalidParameter('Provided hookId is either completed, unavailable, or not associated with the given Resource ARN')
      return { serviceDeploymentArn: input.serviceDeploymentArn }
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
