/**
 * What the evidence says about Service Connect, with no call beyond the ECS ones: the followed deployment's
 * serviceConnectConfiguration and the Cloud Map services ECS made for it (serviceConnectResources, both in
 * DescribeServices' deployments), the deployment it replaces, and the proxy container ECS adds to each task
 * (ecs-service-connect-<suffix>, in DescribeTasks with its health status and exit code). The namespace is not
 * looked up in Cloud Map: ECS refuses one that does not exist when the service is created or updated
 * (NamespaceNotFoundException, https://github.com/terraform-aws-modules/terraform-aws-ecs/issues/116), so a
 * deployment's namespace existed when it started, and its ARN and Cloud Map services are in DescribeServices.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts.html
 */
import type { EcsDeployment, EcsTask } from '../../evidence/schema.js'
import type { DiagnosisContext } from '../context.js'
import { taskIdOf } from './task-facts.js'

/** Service Connect's proxy container (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts.html). */
export const SERVICE_CONNECT_CONTAINER = /^ecs-service-connect-/i

export function isServiceConnectProxy(name: string | undefined): boolean {
  return SERVICE_CONNECT_CONTAINER.test(name ?? '')
}

type Configuration = NonNullable<EcsDeployment['serviceConnectConfiguration']>

export interface ProxyState {
  taskId: string
  containerName: string
  lastStatus?: string
  healthStatus?: string
  exitCode?: number | null
  reason?: string
  /** The task is stopped (the proxy's state is its last). */
  stopped: boolean
}

export interface ServiceConnectFacts {
  /** The followed deployment's configuration; undefined when the deployment is gone from the service. */
  configuration?: Configuration
  /** The Cloud Map services ECS created for it. */
  resources: { discoveryName?: string; discoveryArn?: string }[]
  /** The configuration of the deployment it replaces: undefined when that one had Service Connect off, or is not known. */
  previous?: Configuration
  /** Whether the deployment it replaces is known at all (to tell "off before" from "not known"). */
  previousKnown: boolean
  /** The proxy container of each task of the deployment. */
  proxies: ProxyState[]
  /** Port names the configuration's services use that no port mapping of the task definition has. */
  unknownPorts: string[]
}

/** Undefined when the deployment neither has Service Connect on nor a proxy container in its tasks. */
export function serviceConnectFacts(ctx: DiagnosisContext): ServiceConnectFacts | undefined {
  const deployment = ctx.deployment
  const configuration = deployment?.serviceConnectConfiguration?.enabled ? deployment.serviceConnectConfiguration : undefined
  const proxies = ctx.tasks.flatMap(proxyOf)
  if (!configuration && proxies.length === 0) return undefined
  const replaced = (ctx.service.deployments ?? []).filter((d) => d.id !== deployment?.id)
  const before = replaced.find((d) => d.status === 'PRIMARY') ?? replaced.find((d) => d.status === 'ACTIVE') ?? replaced[0]
  const portNames = new Set((ctx.taskDefinition?.containerDefinitions ?? []).flatMap((c) => (c.portMappings ?? []).flatMap((p) => (p.name ? [p.name] : []))))
  const unknownPorts = ctx.taskDefinition ? (configuration?.services ?? []).flatMap((s) => (s.portName && !portNames.has(s.portName) ? [s.portName] : [])) : []
  return {
    ...(configuration ? { configuration } : {}),
    resources: deployment?.serviceConnectResources ?? [],
    ...(before?.serviceConnectConfiguration?.enabled ? { previous: before.serviceConnectConfiguration } : {}),
    previousKnown: before !== undefined,
    proxies,
    unknownPorts
  }
}

function proxyOf(task: EcsTask): ProxyState[] {
  return (task.containers ?? [])
    .filter((c) => isServiceConnectProxy(c.name))
    .map((c) => ({
      taskId: taskIdOf(task),
      containerName: c.name ?? 'ecs-service-connect',
      ...(c.lastStatus ? { lastStatus: c.lastStatus } : {}),
      ...(c.healthStatus ? { healthStatus: c.healthStatus } : {}),
      ...(c.exitCode !== undefined ? { exitCode: c.exitCode } : {}),
      ...(c.reason ? { reason: c.reason } : {}),
      stopped: task.lastStatus === 'STOPPED'
    }))
}

/** A proxy that failed its health check, or exited with an error before ECS stopped its task. */
export function proxyFailed(proxy: ProxyState): boolean {
  return proxy.healthStatus === 'UNHEALTHY' || (typeof proxy.exitCode === 'number' && proxy.exitCode !== 0 && proxy.exitCode !== 143 && proxy.exitCode !== 137)
}

/** The namespace id of a namespace ARN (ns-abc), or the name as given. */
export function namespaceLabel(namespace: string | undefined): string {
  if (!namespace) return '(the cluster default)'
  return namespace.startsWith('arn:') ? (namespace.split('/').pop() ?? namespace) : namespace
}

/** One line: the namespace, each service's port name, discovery name and client aliases. */
export function describeConfiguration(configuration: Configuration): string {
  const services = (configuration.services ?? []).map((s) => {
    const aliases = (s.clientAliases ?? []).map((a) => `${a.dnsName ?? s.discoveryName ?? s.portName}:${a.port}`)
    return `port name ${s.portName}${s.discoveryName ? ` as ${s.discoveryName}` : ''}${aliases.length ? ` (clients call ${aliases.join(', ')})` : ''}`
  })
  return `namespace ${configuration.namespace ?? '(the cluster default)'}, ${services.length ? services.join('; ') : 'no services (client only)'}`
}

/** Whether the task's unhealthy container is the Service Connect proxy. */
export function proxyUnhealthyIn(task: EcsTask | undefined): boolean {
  return (task?.containers ?? []).some((c) => c.healthStatus === 'UNHEALTHY' && isServiceConnectProxy(c.name))
}
