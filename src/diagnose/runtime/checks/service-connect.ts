/**
 * Service Connect of the followed deployment: its services name port mappings of the task definition, and
 * the proxy ECS adds to each task (ecs-service-connect-*) is healthy. Read from DescribeServices and
 * DescribeTasks; nothing when the deployment has Service Connect off.
 */
import type { DiagnosisContext } from '../../context.js'
import type { CheckResult } from '../../rules.js'
import type { Check } from '../../types.js'
import { proxyFailed, serviceConnectFacts } from '../service-connect.js'

export function serviceConnectChecks(ctx: DiagnosisContext): CheckResult {
  const facts = serviceConnectFacts(ctx)
  if (!facts) return { checks: [] }
  const checks: Check[] = []
  const services = facts.configuration?.services ?? []
  if (services.length > 0 && ctx.taskDefinition) {
    checks.push({
      id: 'service-connect.port-names',
      title: 'The Service Connect services name port mappings of the task definition',
      status: facts.unknownPorts.length > 0 ? 'failed' : 'passed',
      detail:
        facts.unknownPorts.length > 0
          ? `No port mapping is named ${facts.unknownPorts.join(', ')}.`
          : `Port name${services.length === 1 ? '' : 's'} ${services.map((s) => s.portName).join(', ')}.`
    })
  }
  if (facts.proxies.length > 0) {
    const failed = facts.proxies.filter(proxyFailed)
    const healthy = facts.proxies.filter((p) => p.healthStatus === 'HEALTHY')
    checks.push({
      id: 'service-connect.proxy',
      title: `The Service Connect proxy (${facts.proxies[0].containerName}) is healthy in the deployment's tasks`,
      status: failed.length > 0 ? 'failed' : healthy.length > 0 ? 'passed' : 'skipped',
      detail:
        failed.length > 0
          ? `${failed.length} of ${facts.proxies.length} task${facts.proxies.length === 1 ? '' : 's'}: ${failed
              .slice(0, 3)
              .map((p) => `task ${p.taskId.slice(0, 8)} ${p.healthStatus === 'UNHEALTHY' ? 'UNHEALTHY' : `exit ${p.exitCode}`}${p.reason ? ` (${p.reason})` : ''}`)
              .join(', ')}.`
          : healthy.length > 0
            ? `HEALTHY in ${healthy.length} of ${facts.proxies.length} task${facts.proxies.length === 1 ? '' : 's'}.`
            : 'No health status reported yet.'
    })
  }
  return { checks }
}
