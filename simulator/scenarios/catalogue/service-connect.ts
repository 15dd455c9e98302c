/** Service Connect: the proxy ECS adds to each task (ecs-service-connect-*) never gets healthy, so ECS stops the tasks. */
import { IdGenerator } from '../../random.js'
import type { Scenario } from '../../types.js'
import { defineScenario, STARTUP_LOGS } from '../define.js'

export const serviceConnectScenarios: Scenario[] = [
  defineScenario({
    name: 'service-connect-failed',
    description:
      "The deployment turns Service Connect on (namespace prod.internal, the api's port api-8080-tcp as api.internal:8080); the Service Connect proxy's health check fails in every task while the app itself starts, so ECS stops them.",
    expect: { verdict: 'failed', rootCause: 'service-connect-failed' },
    configure: (world) => {
      const namespaceId = `ns-${new IdGenerator(`namespace:${world.network.vpcs[0].VpcId}`).alphanumeric(16).toLowerCase()}`
      world.service.deployment.serviceConnectConfiguration = {
        enabled: true,
        namespace: `arn:aws:servicediscovery:${world.region}:${world.accountId}:namespace/${namespaceId}`,
        services: [{ portName: 'api-8080-tcp', discoveryName: 'api', clientAliases: [{ port: 8080, dnsName: 'api.internal' }] }],
        logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/api', 'awslogs-region': world.region, 'awslogs-stream-prefix': 'service-connect' } }
      }
    },
    timeline: () => ({
      newTasks: [{ outcome: { kind: 'fails-container-health-checks', afterSeconds: 40, container: 'service-connect-proxy' }, logs: STARTUP_LOGS }]
    })
  })
]
