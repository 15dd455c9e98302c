/**
 * The checks of the task definition itself, against its service: what ECS refuses to register or launch,
 * and the timing and port settings that make a rolling deployment fail. Pure: task definitions in, check
 * lines and findings out, as the report shows them.
 */
import { describe, expect, it } from '@jest/globals'
import type { EcsService, EcsTaskDefinition } from '../../src/evidence/schema.js'
import { invalidTaskDefinitionFinding, taskDefinitionChecks, type TaskDefinitionFacts } from '../../src/preflight/checks/task-definition.js'

const SERVICE: EcsService = {
  serviceName: 'api',
  launchType: 'FARGATE',
  desiredCount: 2,
  healthCheckGracePeriodSeconds: 60,
  deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 200 },
  networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'] } },
  loadBalancers: [{ targetGroupArn: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/api/1', containerName: 'api', containerPort: 8080 }]
}

const TASK: EcsTaskDefinition = {
  family: 'api',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '512',
  memory: '1024',
  containerDefinitions: [{ name: 'api', image: 'api:1', essential: true, portMappings: [{ containerPort: 8080, protocol: 'tcp' }] }]
}

function facts(task: Partial<EcsTaskDefinition> = {}, service: Partial<EcsService> = {}): TaskDefinitionFacts {
  return { taskDefinition: { ...TASK, ...task }, service: { ...SERVICE, ...service }, cluster: 'prod', serviceName: 'api', region: 'eu-west-1' }
}

function lines(input: TaskDefinitionFacts): string[] {
  return taskDefinitionChecks(input).checks.map((c) => `${c.status} ${c.id}: ${c.detail}`)
}

function failing(input: TaskDefinitionFacts): string[] {
  return taskDefinitionChecks(input)
    .checks.filter((c) => c.status !== 'pass')
    .map((c) => `${c.status} ${c.id}: ${c.detail}`)
}

describe('the task definition against its service', () => {
  it('passes a valid Fargate task definition', () => {
    expect(failing(facts())).toEqual([])
    expect(lines(facts())).toContain('pass taskdef.port-mappings: ports 8080/tcp')
  })

  it('fails a task definition that is not Fargate-compatible on a Fargate service, with no size or the wrong network mode', () => {
    expect(failing(facts({ requiresCompatibilities: ['EC2'], networkMode: 'bridge', cpu: undefined }))).toEqual([
      'fail taskdef.launch-type: The service runs on Fargate, but the task definition is compatible with EC2 only: add "requiresCompatibilities": ["FARGATE"]. Fargate tasks need networkMode awsvpc (the task definition has bridge). Fargate tasks need task-level cpu and memory.'
    ])
  })

  it('fails containers whose limits exceed the task, or that reserve more than it has together', () => {
    const containers = [
      { name: 'api', image: 'api:1', memory: 2048, portMappings: [{ containerPort: 8080 }] },
      { name: 'envoy', image: 'envoy:1', memoryReservation: 600, memory: 512, cpu: 1024 }
    ]
    expect(failing(facts({ containerDefinitions: containers }))).toEqual([
      'fail taskdef.container-limits: Container api: memory 2048 MiB is above the task\'s 1024 MiB. Container envoy: memoryReservation 600 MiB is above its memory limit 512 MiB. The containers reserve 2560 MiB together, more than the task\'s 1024 MiB. The containers reserve 1024 CPU units together, more than the task\'s 512.'
    ])
  })

  it('fails awsvpc host ports that differ from the container port, and a port two containers map', () => {
    const containers = [
      { name: 'api', image: 'api:1', portMappings: [{ containerPort: 8080, hostPort: 80 }] },
      { name: 'sidecar', image: 's:1', essential: false, portMappings: [{ containerPort: 8080 }] }
    ]
    expect(failing(facts({ containerDefinitions: containers }))).toEqual([
      'fail taskdef.port-mappings: Container api: hostPort 80 differs from containerPort 8080; with awsvpc they must be equal (or hostPort left out). Containers api and sidecar both map 8080/tcp; with awsvpc the task\'s containers share one network interface.'
    ])
  })

  it('fails when no container is essential, or one waits for a container that is not defined or has no health check', () => {
    const containers = [
      { name: 'api', image: 'api:1', essential: false, portMappings: [{ containerPort: 8080 }], dependsOn: [{ containerName: 'migrate', condition: 'SUCCESS' as const }, { containerName: 'envoy', condition: 'HEALTHY' as const }] },
      { name: 'envoy', image: 'envoy:1', essential: false }
    ]
    expect(failing(facts({ containerDefinitions: containers }))).toEqual([
      'fail taskdef.essential: No container is essential: ECS needs at least one ("essential": true). Container api depends on migrate, which the task definition does not define. Container api waits for envoy to be HEALTHY, but envoy has no health check.'
    ])
  })

  it("fails when the load balancer's container or port is not in the task definition", () => {
    expect(failing(facts({}, { loadBalancers: [{ targetGroupArn: 'tg', containerName: 'web', containerPort: 80 }] }))).toEqual([
      'fail taskdef.load-balancer: The service\'s load balancer sends traffic to container web, which the task definition does not define.'
    ])
    expect(failing(facts({}, { loadBalancers: [{ targetGroupArn: 'tg', containerName: 'api', containerPort: 80 }] }))).toEqual([
      "fail taskdef.load-balancer: The service's load balancer sends traffic to api:80, but that container maps no port 80."
    ])
  })

  it('fails health-check values outside what ECS accepts', () => {
    const containers = [{ name: 'api', image: 'api:1', portMappings: [{ containerPort: 8080 }], healthCheck: { command: ['CMD', 'true'], interval: 2, retries: 20 } }]
    expect(failing(facts({ containerDefinitions: containers }))).toEqual([
      'fail taskdef.health-check-values: Container api: healthCheck.interval 2 is outside 5-300. Container api: healthCheck.retries 20 is outside 1-10.'
    ])
  })

  it('warns when the grace period is shorter than the container start period, or absent with a load balancer', () => {
    const containers = [{ name: 'api', image: 'api:1', portMappings: [{ containerPort: 8080 }], healthCheck: { command: ['CMD', 'true'], startPeriod: 120 } }]
    const slow = taskDefinitionChecks(facts({ containerDefinitions: containers }))
    expect(slow.checks.find((c) => c.id === 'taskdef.grace-period')).toMatchObject({
      status: 'warn',
      detail: 'Container api declares a 120 s health-check start period, but the grace period is 60 s: the load balancer marks a target unhealthy after 2 failed checks 30 s apart (60 s) and ECS then replaces the task.'
    })
    expect(slow.findings[0]).toMatchObject({ code: 'elb-health-check-failed', severity: 'warn' })
    expect(slow.findings[0].fixes[0].commands).toEqual(['aws ecs update-service --cluster prod --service api --health-check-grace-period-seconds 120 --region eu-west-1'])
    expect(failing(facts({}, { healthCheckGracePeriodSeconds: 0 }))).toEqual([
      'warn taskdef.grace-period: No grace period: the load balancer marks a target unhealthy after 2 failed checks 30 s apart (60 s), counted from the task\'s start; an app that needs longer to answer is replaced before it is ready.'
    ])
  })

  it('warns about fixed host ports on EC2 when the deployment keeps every old task running', () => {
    const ec2 = { launchType: 'EC2' as const, networkConfiguration: undefined, loadBalancers: [] }
    const bridge = { networkMode: 'bridge' as const, requiresCompatibilities: ['EC2' as const], containerDefinitions: [{ name: 'api', image: 'api:1', memory: 512, portMappings: [{ containerPort: 8080, hostPort: 80 }] }] }
    const result = taskDefinitionChecks(facts(bridge, ec2))
    expect(result.checks.filter((c) => c.status !== 'pass').map((c) => c.id)).toEqual(['taskdef.static-host-port'])
    expect(result.findings[0]).toMatchObject({ code: 'port-conflict', severity: 'warn' })
    expect(result.findings[0].fixes[0].commands).toEqual([
      'aws ecs update-service --cluster prod --service api --deployment-configuration minimumHealthyPercent=50,maximumPercent=100 --region eu-west-1'
    ])
    expect(failing(facts(bridge, { ...ec2, deploymentConfiguration: { minimumHealthyPercent: 50, maximumPercent: 100 } }))).toEqual([])
  })

  it('turns the failing settings into one invalid-task-definition finding', () => {
    const checks = taskDefinitionChecks(facts({ containerDefinitions: [{ name: 'api', image: 'api:1', essential: false, portMappings: [{ containerPort: 8080 }] }] })).checks
    const [finding] = invalidTaskDefinitionFinding(checks)
    expect(finding).toMatchObject({
      code: 'invalid-task-definition',
      severity: 'fail',
      title: 'The task definition cannot run on this service: No container is essential: ECS needs at least one ("essential": true)',
      evidence: ['No container is essential: ECS needs at least one ("essential": true).']
    })
  })
})
