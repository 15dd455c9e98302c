/**
 * service-connect-failed: the Service Connect proxy container (ecs-service-connect-*, the AppNet agent
 * supervising Envoy) never got ready or failed its health check, so the task was stopped. Its own log
 * names the step: Envoy readiness, the xDS stream from the ECS relay, the task metadata endpoint
 * (https://github.com/aws/amazon-ecs-service-connect-agent/blob/v1.34.13.1/agent/agent.go). The evidence
 * adds the deployment's Service Connect configuration (namespace, services, client aliases) and the Cloud
 * Map services ECS made for it, what the replaced deployment had, and the proxy's health in each task.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts.html
 */
import type { DiagnosisContext } from '../../context.js'
import type { ClassifiedGroup } from '../../rules.js'
import type { Finding, Fix } from '../../types.js'
import { aws } from '../../startup/fixes.js'
import { quoteLine } from '../../../redact.js'
import { describeConfiguration, namespaceLabel, proxyFailed, serviceConnectFacts, type ServiceConnectFacts } from '../service-connect.js'
import { bestReading, compact, logExcerptOf, readingsOf, rollbackFix, stoppedTasksLine } from './common.js'

export function explainServiceConnect(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const pick = bestReading(readingsOf(ctx, group))
  const reading = pick?.reading
  const facts = serviceConnectFacts(ctx)
  const config = facts?.configuration
  const unknownPorts = facts?.unknownPorts ?? []
  const line = reading?.signal?.line
  const metadata = /169\.254\.170\.2|container metadata/i.test(line ?? '')
  const lines = compact([
    pick && stoppedTasksLine(ctx, group, reading?.kind === 'container-health-check' ? `Task failed container health checks (${reading.containerName})` : `${reading?.containerName ?? 'the proxy'} ${reading?.exitCode !== undefined && reading?.exitCode !== null ? `exit ${reading.exitCode}` : 'not ready'}`),
    line ? `${reading?.containerName ?? 'proxy'} log: ${quoteLine(line)}` : undefined,
    facts && proxyHealthLine(facts),
    config ? `Service Connect of the deployment: ${describeConfiguration(config)}.` : undefined,
    facts?.resources.length ? `Cloud Map services ECS created for it: ${facts.resources.map((r) => `${r.discoveryName ?? '?'} (${r.discoveryArn ?? 'no ARN'})`).join(', ')}.` : undefined,
    facts && config ? changeLine(facts) : undefined,
    unknownPorts.length > 0 ? `The task definition has no port mapping named ${unknownPorts.join(', ')}: Service Connect services must name one.` : undefined
  ])
  const why = unknownPorts.length > 0
    ? 'The Service Connect configuration names a port mapping the task definition does not have, so the proxy cannot be configured.'
    : metadata
      ? "The proxy's agent could not reach the task metadata endpoint (169.254.170.2), so it never configured Envoy and turned unhealthy."
      : 'The Service Connect proxy (Envoy, run by the AppNet agent in the ecs-service-connect container) did not become ready or failed its health check, so ECS stopped the task even though the application may be fine.'
  return {
    code: 'service-connect-failed',
    title: `The Service Connect proxy${reading?.containerName ? ` (${reading.containerName})` : ''} is not healthy${config ? ` in namespace ${namespaceLabel(config.namespace)}` : ''}`,
    explanation: `${why} The proxy also needs its own share of the task's CPU and memory, and its namespace must exist.`,
    confidence: unknownPorts.length > 0 ? 'high' : (reading?.confidence ?? 'medium'),
    evidence: lines,
    fixes: fixesFor(ctx, facts),
    logExcerpt: logExcerptOf(pick)
  }
}

/** "The proxy ecs-service-connect-ab12 was UNHEALTHY in 3 of 3 tasks of the deployment." */
function proxyHealthLine(facts: ServiceConnectFacts): string | undefined {
  if (facts.proxies.length === 0) return undefined
  const failed = facts.proxies.filter(proxyFailed)
  const name = facts.proxies[0].containerName
  const total = `${facts.proxies.length} task${facts.proxies.length === 1 ? '' : 's'} of the deployment`
  if (failed.length === 0) return `The proxy ${name} reported no failure in ${total}.`
  const states = [...new Set(failed.map((p) => (p.healthStatus === 'UNHEALTHY' ? 'UNHEALTHY' : `exited ${p.exitCode}`)))]
  return `The proxy ${name} was ${states.join(' or ')} in ${failed.length} of ${total}.`
}

/** What the deployment changed about Service Connect against the one it replaces. */
function changeLine(facts: ServiceConnectFacts): string | undefined {
  if (!facts.previousKnown) return undefined
  if (!facts.previous) return 'The deployment it replaces had Service Connect off: this deployment turned it on.'
  const before = facts.previous.namespace
  const after = facts.configuration?.namespace
  if (before !== after) return `The deployment it replaces used namespace ${before ?? '(the cluster default)'}; this one uses ${after ?? '(the cluster default)'}.`
  return undefined
}

function fixesFor(ctx: DiagnosisContext, facts: ServiceConnectFacts | undefined): Fix[] {
  const namespace = facts?.configuration?.namespace
  const namespaceId = namespace?.startsWith('arn:') ? namespace.split('/').pop() : undefined
  return compact([
    {
      title: 'Compare the Service Connect configuration of this deployment with the last one that worked',
      commands: [
        aws(ctx.region, 'ecs', 'describe-services', '--cluster', ctx.cluster, '--services', ctx.serviceName, '--query', 'services[0].deployments[].{id:id,status:status,serviceConnect:serviceConnectConfiguration}')
      ]
    },
    namespaceId ? { title: `Check the Cloud Map namespace ${namespaceId} the proxy registers in`, commands: [aws(ctx.region, 'servicediscovery', 'get-namespace', '--id', namespaceId)] } : undefined,
    facts?.configuration && !facts.previous && facts.previousKnown
      ? {
          title: 'Deploy without Service Connect while you find out why the proxy fails (the deployment before this one ran without it)',
          commands: [aws(ctx.region, 'ecs', 'update-service', '--cluster', ctx.cluster, '--service', ctx.serviceName, '--service-connect-configuration', '{"enabled":false}')],
          note: 'Clients that call this service through its Service Connect alias lose it until Service Connect is on again.'
        }
      : undefined,
    rollbackFix(ctx)
  ])
}
