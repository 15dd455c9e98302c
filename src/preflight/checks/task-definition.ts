/**
 * The task definition itself, against the service it goes to: what ECS refuses to register or to launch
 * (launch type compatibility, network mode, container limits within the task's, awsvpc port mappings,
 * essential containers and dependencies, the load balancer's container and port, health-check values),
 * and health-check timing against the service's grace period. Pure.
 */
import type { EcsService, EcsTaskDefinition, LoadBalancingEvidence } from '../../evidence/schema.js'
import type { Fix } from '../../diagnose/types.js'
import { listOf } from '../../diagnose/startup/facts.js'
import { aws } from '../../diagnose/startup/fixes.js'
import type { PreflightCheck, PreflightFinding } from '../types.js'

type Container = NonNullable<EcsTaskDefinition['containerDefinitions']>[number]

export interface TaskDefinitionFacts {
  taskDefinition: EcsTaskDefinition
  service: EcsService
  loadBalancing?: LoadBalancingEvidence
  cluster: string
  serviceName: string
  region: string
}

interface Verdict {
  problems: string[]
  detail: string
}

function check(id: string, title: string, verdict: Verdict): PreflightCheck {
  const status = verdict.problems.length > 0 ? 'fail' : 'pass'
  return { id, area: 'task-definition', title, status, detail: verdict.problems.length > 0 ? verdict.problems.join(' ') : verdict.detail }
}

const containersOf = (td: EcsTaskDefinition): Container[] => td.containerDefinitions ?? []

export function isFargateService(service: EcsService): boolean {
  const providers = (service.capacityProviderStrategy ?? []).map((p) => p.capacityProvider ?? '')
  return service.launchType === 'FARGATE' || providers.some((p) => p.startsWith('FARGATE'))
}

function launchCompatibility(facts: TaskDefinitionFacts): PreflightCheck {
  const td = facts.taskDefinition
  const fargate = isFargateService(facts.service)
  const problems: string[] = []
  const declared = [...(td.requiresCompatibilities ?? []), ...(td.compatibilities ?? [])]
  if (fargate && declared.length > 0 && !declared.includes('FARGATE')) {
    problems.push(`The service runs on Fargate, but the task definition is compatible with ${listOf(declared)} only: add "requiresCompatibilities": ["FARGATE"].`)
  }
  if (fargate && (td.networkMode ?? 'awsvpc') !== 'awsvpc') problems.push(`Fargate tasks need networkMode awsvpc (the task definition has ${td.networkMode}).`)
  if (fargate && (!td.cpu || !td.memory)) problems.push('Fargate tasks need task-level cpu and memory.')
  const awsvpcService = Boolean(facts.service.networkConfiguration?.awsvpcConfiguration)
  if (!fargate && awsvpcService && td.networkMode !== 'awsvpc') {
    problems.push(`The service has an awsvpc network configuration, but the task definition's networkMode is ${td.networkMode ?? 'bridge (the default)'}.`)
  }
  const mode = td.networkMode ?? (fargate ? 'awsvpc' : 'bridge')
  return check('taskdef.launch-type', `The task definition runs on the service's ${fargate ? 'Fargate' : 'EC2'} launch type`, {
    problems,
    detail: `networkMode ${mode}${td.cpu ? `, cpu ${td.cpu}` : ''}${td.memory ? `, memory ${td.memory}` : ''}`
  })
}

function containerLimits(td: EcsTaskDefinition): PreflightCheck {
  const containers = containersOf(td)
  const taskMemory = Number(td.memory) || undefined
  const taskCpu = Number(td.cpu) || undefined
  const problems: string[] = []
  for (const c of containers) {
    if (c.memory !== undefined && c.memoryReservation !== undefined && c.memoryReservation > c.memory) {
      problems.push(`Container ${c.name}: memoryReservation ${c.memoryReservation} MiB is above its memory limit ${c.memory} MiB.`)
    }
    if (taskMemory && (c.memory ?? 0) > taskMemory) problems.push(`Container ${c.name}: memory ${c.memory} MiB is above the task's ${taskMemory} MiB.`)
    if (!taskMemory && c.memory === undefined && c.memoryReservation === undefined) {
      problems.push(`Container ${c.name} has neither memory nor memoryReservation, and the task sets no memory.`)
    }
  }
  const memorySum = containers.reduce((sum, c) => sum + (c.memory ?? c.memoryReservation ?? 0), 0)
  const cpuSum = containers.reduce((sum, c) => sum + (c.cpu ?? 0), 0)
  if (taskMemory && memorySum > taskMemory) problems.push(`The containers reserve ${memorySum} MiB together, more than the task's ${taskMemory} MiB.`)
  if (taskCpu && cpuSum > taskCpu) problems.push(`The containers reserve ${cpuSum} CPU units together, more than the task's ${taskCpu}.`)
  const detail = `containers: ${memorySum} MiB of ${taskMemory ?? '(no task limit)'} MiB, ${cpuSum} of ${taskCpu ?? '(no task limit)'} CPU units reserved`
  return check('taskdef.container-limits', 'Container memory and CPU fit in the task', { problems, detail })
}

function portMappings(td: EcsTaskDefinition, fargate: boolean): PreflightCheck {
  const awsvpc = (td.networkMode ?? (fargate ? 'awsvpc' : 'bridge')) === 'awsvpc'
  const problems: string[] = []
  const seen = new Map<string, string>()
  for (const c of containersOf(td)) {
    for (const p of c.portMappings ?? []) {
      if (awsvpc && p.hostPort !== undefined && p.hostPort !== 0 && p.hostPort !== p.containerPort) {
        problems.push(`Container ${c.name}: hostPort ${p.hostPort} differs from containerPort ${p.containerPort}; with awsvpc they must be equal (or hostPort left out).`)
      }
      const key = `${p.containerPort}/${p.protocol ?? 'tcp'}`
      const owner = seen.get(key)
      if (awsvpc && owner && owner !== c.name) problems.push(`Containers ${owner} and ${c.name} both map ${key}; with awsvpc the task's containers share one network interface.`)
      seen.set(key, c.name ?? '')
    }
  }
  const ports = [...seen.keys()]
  return check('taskdef.port-mappings', `Port mappings are valid for ${awsvpc ? 'awsvpc' : 'the network mode'}`, { problems, detail: ports.length ? `ports ${ports.join(', ')}` : 'no port mappings' })
}

function essentialContainers(td: EcsTaskDefinition): PreflightCheck {
  const containers = containersOf(td)
  const names = new Set(containers.map((c) => c.name))
  const problems: string[] = []
  const essential = containers.filter((c) => c.essential !== false)
  if (essential.length === 0) problems.push('No container is essential: ECS needs at least one ("essential": true).')
  for (const c of containers) {
    for (const d of c.dependsOn ?? []) {
      if (!names.has(d.containerName)) problems.push(`Container ${c.name} depends on ${d.containerName}, which the task definition does not define.`)
      if (d.condition === 'HEALTHY' && !containers.find((o) => o.name === d.containerName)?.healthCheck?.command?.length) {
        problems.push(`Container ${c.name} waits for ${d.containerName} to be HEALTHY, but ${d.containerName} has no health check.`)
      }
    }
  }
  return check('taskdef.essential', 'At least one container is essential and dependencies exist', { problems, detail: `essential: ${essential.map((c) => c.name).join(', ')}` })
}

function loadBalancerTargets(facts: TaskDefinitionFacts): PreflightCheck | undefined {
  const targets = facts.service.loadBalancers ?? []
  if (targets.length === 0) return undefined
  const problems: string[] = []
  for (const target of targets) {
    const container = containersOf(facts.taskDefinition).find((c) => c.name === target.containerName)
    if (!container) problems.push(`The service's load balancer sends traffic to container ${target.containerName}, which the task definition does not define.`)
    else if (!(container.portMappings ?? []).some((p) => p.containerPort === target.containerPort)) {
      problems.push(`The service's load balancer sends traffic to ${target.containerName}:${target.containerPort}, but that container maps no port ${target.containerPort}.`)
    }
  }
  const detail = targets.map((t) => `${t.containerName}:${t.containerPort}`).join(', ')
  return check('taskdef.load-balancer', 'The load balancer target container and port exist', { problems, detail })
}

/** The ranges RegisterTaskDefinition accepts for a container health check. */
const HEALTH_CHECK_RANGES = { interval: [5, 300], timeout: [2, 120], retries: [1, 10], startPeriod: [0, 300] } as const

function healthCheckValues(td: EcsTaskDefinition): PreflightCheck | undefined {
  const checked = containersOf(td).filter((c) => c.healthCheck?.command?.length)
  if (checked.length === 0) return undefined
  const problems: string[] = []
  for (const c of checked) {
    const { command: _command, ...hc } = c.healthCheck ?? {}
    for (const [key, [min, max]] of Object.entries(HEALTH_CHECK_RANGES)) {
      const value = hc[key as keyof typeof hc]
      if (value !== undefined && (value < min || value > max)) problems.push(`Container ${c.name}: healthCheck.${key} ${value} is outside ${min}-${max}.`)
    }
  }
  return check('taskdef.health-check-values', 'Container health-check settings are within the allowed ranges', { problems, detail: `${checked.length} container health check(s)` })
}

/**
 * With a load balancer, ECS replaces a task whose target turns unhealthy once the grace period is over; a
 * container health check's start period longer than the grace period, or no grace period at all, leaves
 * the app less time to start than the task definition says it needs.
 */
function gracePeriodTiming(facts: TaskDefinitionFacts): PreflightCheck | undefined {
  const targets = facts.service.loadBalancers ?? []
  if (targets.length === 0) return undefined
  const grace = facts.service.healthCheckGracePeriodSeconds ?? 0
  const group = facts.loadBalancing?.targetGroups?.find((g) => g.TargetGroupArn === targets[0].targetGroupArn)
  const interval = group?.HealthCheckIntervalSeconds ?? 30
  const unhealthy = group?.UnhealthyThresholdCount ?? 2
  const window = interval * unhealthy
  const starts = containersOf(facts.taskDefinition).filter((c) => targets.some((t) => t.containerName === c.name) && (c.healthCheck?.startPeriod ?? 0) > grace)
  const base = { id: 'taskdef.grace-period', area: 'task-definition' as const, title: "The service's health-check grace period covers the app's start" }
  const budget = `the load balancer marks a target unhealthy after ${unhealthy} failed checks ${interval} s apart (${window} s)`
  if (starts.length > 0) {
    const c = starts[0]
    return { ...base, status: 'warn', detail: `Container ${c.name} declares a ${c.healthCheck?.startPeriod} s health-check start period, but the grace period is ${grace} s: ${budget} and ECS then replaces the task.` }
  }
  if (grace === 0) return { ...base, status: 'warn', detail: `No grace period: ${budget}, counted from the task's start; an app that needs longer to answer is replaced before it is ready.` }
  return { ...base, status: 'pass', detail: `grace period ${grace} s; then ${budget}` }
}

/**
 * Bridge or host networking with a fixed host port: one task per instance and port. A rolling deployment
 * that keeps every old task running (minimumHealthyPercent 100) needs instances with the port free for
 * the new tasks, or it cannot place them.
 */
function staticHostPorts(facts: TaskDefinitionFacts): PreflightCheck | undefined {
  const td = facts.taskDefinition
  const mode = td.networkMode ?? 'bridge'
  if (isFargateService(facts.service) || mode === 'awsvpc') return undefined
  const ports = containersOf(td).flatMap((c) => (c.portMappings ?? []).map((p) => (mode === 'host' ? p.containerPort : p.hostPort)).filter((p): p is number => typeof p === 'number' && p > 0))
  if (ports.length === 0) return undefined
  const config = facts.service.deploymentConfiguration
  const minimum = config?.minimumHealthyPercent ?? 100
  const desired = facts.service.desiredCount ?? 1
  const base = { id: 'taskdef.static-host-port', area: 'task-definition' as const, title: 'Tasks with fixed host ports can be replaced on the instances' }
  const used = `host port ${listOf([...new Set(ports)].map(String))}`
  if (minimum < 100) return { ...base, status: 'pass', detail: `${used}: minimumHealthyPercent ${minimum} lets ECS stop old tasks first and free the port.` }
  return {
    ...base,
    status: 'warn',
    detail: `${mode} networking with fixed ${used} allows one task per instance, and minimumHealthyPercent ${minimum} keeps all ${desired} old tasks running while new ones start: the deployment needs ${desired} more instances with the port free, or no new task can be placed.`
  }
}

export interface TaskDefinitionResult {
  checks: PreflightCheck[]
  findings: PreflightFinding[]
}

export function taskDefinitionChecks(facts: TaskDefinitionFacts): TaskDefinitionResult {
  const fargate = isFargateService(facts.service)
  const checks = [
    launchCompatibility(facts),
    containerLimits(facts.taskDefinition),
    portMappings(facts.taskDefinition, fargate),
    essentialContainers(facts.taskDefinition),
    loadBalancerTargets(facts),
    healthCheckValues(facts.taskDefinition),
    gracePeriodTiming(facts),
    staticHostPorts(facts)
  ].filter((c): c is PreflightCheck => c !== undefined)
  return { checks, findings: [...gracePeriodFinding(facts, checks), ...hostPortFinding(facts, checks)] }
}

/** Settings ECS refuses, from these checks and the diagnosis's own (Fargate size, health-check command). */
const INVALID_SETTINGS = /^(taskdef\.|container-health-check-command|envfile\.|efs\..*\.settings$)/

export function invalidTaskDefinitionFinding(checks: PreflightCheck[]): PreflightFinding[] {
  const failed = checks.filter((c) => c.status === 'fail' && INVALID_SETTINGS.test(c.id))
  if (failed.length === 0) return []
  return [
    {
      code: 'invalid-task-definition',
      severity: 'fail',
      area: 'task-definition',
      title: `The task definition cannot run on this service: ${firstSentence(failed[0].detail ?? failed[0].title)}`,
      explanation:
        'ECS rejects these settings when the task definition is registered or when the service launches its tasks, so the deploy would fail before any container starts.',
      evidence: failed.map((c) => c.detail ?? c.title),
      fixes: [{ title: 'Correct the task definition, then render or register it again', commands: [], note: failed.map((c) => c.detail ?? c.title).join(' ') }]
    }
  ]
}

function firstSentence(text: string): string {
  return text.split(/(?<=\.)\s/)[0].replace(/\.$/, '')
}

function gracePeriodFinding(facts: TaskDefinitionFacts, checks: PreflightCheck[]): PreflightFinding[] {
  const timing = checks.find((c) => c.id === 'taskdef.grace-period' && c.status === 'warn')
  if (!timing) return []
  const start = Math.max(60, ...containersOf(facts.taskDefinition).map((c) => c.healthCheck?.startPeriod ?? 0))
  return [
    {
      code: 'elb-health-check-failed',
      severity: 'warn',
      area: 'task-definition',
      title: 'The app may not get enough time to start before load balancer health checks count',
      explanation: 'During the grace period ECS ignores failing load balancer health checks; after it, a task whose target is unhealthy is stopped and replaced.',
      evidence: [timing.detail ?? ''],
      fixes: [gracePeriodFix(facts, start)]
    }
  ]
}

function gracePeriodFix(facts: TaskDefinitionFacts, seconds: number): Fix {
  return {
    title: `Give the tasks a health-check grace period (e.g. ${seconds} s) longer than the app takes to start`,
    commands: [aws(facts.region, 'ecs', 'update-service', '--cluster', facts.cluster, '--service', facts.serviceName, '--health-check-grace-period-seconds', seconds)]
  }
}

function hostPortFinding(facts: TaskDefinitionFacts, checks: PreflightCheck[]): PreflightFinding[] {
  const ports = checks.find((c) => c.id === 'taskdef.static-host-port' && c.status === 'warn')
  if (!ports) return []
  const desired = facts.service.desiredCount ?? 1
  const minimum = desired > 1 ? Math.floor(((desired - 1) * 100) / desired) : 0
  return [
    {
      code: 'port-conflict',
      severity: 'warn',
      area: 'task-definition',
      title: 'New tasks may find their host port taken on every instance',
      explanation: 'A fixed host port can be used by one task per container instance. Unless spare instances have it free, ECS must stop an old task before it can place a new one.',
      evidence: [ports.detail ?? ''],
      fixes: [
        {
          title: 'Let the deployment stop an old task before starting its replacement',
          commands: [aws(facts.region, 'ecs', 'update-service', '--cluster', facts.cluster, '--service', facts.serviceName, '--deployment-configuration', `minimumHealthyPercent=${minimum},maximumPercent=100`)]
        },
        { title: 'Or map the container port to a dynamic host port', commands: [], note: 'Set "hostPort": 0 in the portMappings (bridge networking) and let the load balancer target group find the port.' }
      ]
    }
  ]
}
