/** The scenario catalogue covers every failure mode of the issue, and each one shows its evidence in time. */
import { describe, expect, it } from '@jest/globals'
import { DescribeServicesCommand, DescribeTasksCommand, ListTasksCommand, type Service, type Task } from '@aws-sdk/client-ecs'
import { ROOT_CAUSE_CODES, VERDICTS } from '../../src/types.js'
import { DEFAULT_SPEED, getScenario, scenarios, type Scenario } from '../../simulator/index.js'
import { simulate } from './helpers.js'

/** The catalogue: scenario → intended verdict and root cause. */
const REQUIRED: [string, string, string | null][] = [
  ['healthy', 'stable', null],
  ['slow-but-healthy', 'stable', null],
  ['normal-churn', 'stable', null],
  ['circuit-breaker-rollback', 'rolled-back', 'app-exit-error'],
  ['capacity-unavailable-persistent', 'stuck', 'placement-failed'],
  ['transient-capacity-event', 'stable', null],
  ['slow-image-pull-timeout', 'timeout', null],
  ['image-not-found', 'failed', 'image-not-found'],
  ['image-pull-access-denied', 'failed', 'image-pull-access-denied'],
  ['network-no-nat-route', 'failed', 'network-unreachable'],
  ['network-missing-ecr-endpoints', 'failed', 'network-unreachable'],
  ['network-missing-s3-endpoint', 'failed', 'network-unreachable'],
  ['network-missing-logs-endpoint', 'failed', 'network-unreachable'],
  ['network-sg-egress-blocked', 'failed', 'network-unreachable'],
  ['secret-access-denied', 'failed', 'secret-access-denied'],
  ['secret-not-found', 'failed', 'secret-not-found'],
  ['secret-kms-denied', 'failed', 'secret-access-denied'],
  ['log-group-missing', 'failed', 'log-config-error'],
  ['subnet-ips-exhausted', 'stuck', 'subnet-ip-exhausted'],
  ['role-trust-broken', 'stuck', 'role-invalid'],
  ['app-missing-env-var', 'failed', 'missing-configuration'],
  ['oom-killed', 'failed', 'out-of-memory'],
  ['sigkill-after-health-check', 'failed', 'elb-health-check-failed'],
  ['segfault', 'failed', 'segfault'],
  ['exec-format-error', 'failed', 'image-platform-mismatch'],
  ['elb-wrong-path', 'failed', 'elb-health-check-failed'],
  ['elb-security-group-blocked', 'failed', 'elb-health-check-failed'],
  ['elb-slow-start', 'failed', 'elb-health-check-failed'],
  ['container-health-check-failing', 'failed', 'container-health-check-failed'],
  ['efs-mount-failed', 'failed', 'efs-mount-failed'],
  ['service-connect-failed', 'failed', 'service-connect-failed'],
  ['port-conflict', 'stuck', 'port-conflict'],
  ['docker-hub-rate-limit', 'failed', 'image-pull-rate-limited'],
  ['rolling-bake-then-stable', 'stable', null],
  ['rolling-alarm-rollback', 'rolled-back', 'deployment-alarm-triggered'],
  ['blue-green-healthy', 'stable', null],
  ['blue-green-hook-failed', 'rolled-back', 'lifecycle-hook-failed'],
  ['blue-green-paused-hook', 'timeout', null],
  ['canary-alarm-rollback', 'rolled-back', 'deployment-alarm-triggered'],
  ['linear-green-unhealthy', 'failed', 'elb-health-check-failed'],
  ['codedeploy-healthy', 'stable', null],
  ['codedeploy-hook-failed', 'rolled-back', 'codedeploy-failed'],
  ['codedeploy-green-unhealthy', 'failed', 'elb-health-check-failed'],
  ['codedeploy-ready-waiting', 'timeout', null],
  ['external-task-set-steady', 'stable', null]
]

/** Scenarios of other strategies show their evidence through their own APIs: __tests__/simulator/strategies.test.ts. */
const rollingOnly = scenarios.filter((s) => (s.world.service.deploymentController ?? 'ECS') === 'ECS' && (s.world.service.deploymentConfiguration.strategy ?? 'ROLLING') === 'ROLLING')

/** What the action needs to see, within about 10 real seconds at the scenario's speed. */
const REAL_SECONDS_TO_EVIDENCE = 10
const BENIGN = /^Scaling activity initiated by/

describe('scenario catalogue', () => {
  it.each(REQUIRED)('has %s, expecting %s / %s', (name, verdict, rootCause) => {
    expect(getScenario(name).expect).toEqual({ verdict, rootCause })
  })

  it('records a valid verdict and root cause code, a description and action inputs in every scenario', () => {
    for (const s of scenarios) {
      expect(VERDICTS).toContain(s.expect.verdict)
      if (s.expect.rootCause !== null) expect(ROOT_CAUSE_CODES).toContain(s.expect.rootCause)
      expect(s.expect.rootCause === null).toBe(s.expect.verdict === 'stable' || s.expect.verdict === 'timeout')
      expect(s.description.length).toBeGreaterThan(40)
      expect(s.action).toMatchObject({ cluster: 'prod', service: 'api', region: 'eu-west-1' })
    }
  })

  it('has unique kebab-case names and explains unknown names', () => {
    const names = scenarios.map((s) => s.name)
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    expect(() => getScenario('nope')).toThrow(/unknown scenario "nope"; available: healthy, slow-but-healthy/)
  })

  it('gives every scenario its own ids, derived from its name', () => {
    const vpcs = scenarios.map((s) => s.world.network.vpcs[0].VpcId)
    expect(new Set(vpcs).size).toBe(scenarios.length)
    expect(getScenario('healthy').world.network.vpcs[0].VpcId).toBe(getScenario('healthy').world.network.vpcs[0].VpcId)
  })
})

async function observe(scenario: Scenario, seconds: number): Promise<{ service: Service; ours: Task[] }> {
  const env = await simulate({ scenario })
  try {
    env.sim.advance(seconds)
    const { services } = await env.aws.ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['api'] }))
    const ours: Task[] = []
    for (const desiredStatus of ['RUNNING', 'STOPPED'] as const) {
      const { taskArns } = await env.aws.ecs.send(new ListTasksCommand({ cluster: 'prod', startedBy: scenario.world.service.deployment.id, desiredStatus }))
      for (let i = 0; i < (taskArns ?? []).length; i += 100) {
        const { tasks } = await env.aws.ecs.send(new DescribeTasksCommand({ cluster: 'prod', tasks: taskArns?.slice(i, i + 100) }))
        ours.push(...(tasks ?? []))
      }
    }
    return { service: services?.[0] as Service, ours }
  } finally {
    await env.close()
  }
}

describe('each scenario reaches its decisive evidence in about 10 real seconds', () => {
  it.each(rollingOnly.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    const speed = scenario.speed ?? DEFAULT_SPEED
    const budget = REAL_SECONDS_TO_EVIDENCE * speed
    const ourId = scenario.world.service.deployment.id
    const newEvents = (service: Service) => (service.events ?? []).filter((e) => (e.createdAt?.getTime() ?? 0) > Date.now() - 3_600_000).map((e) => e.message ?? '')
    switch (scenario.expect.verdict) {
      case 'stable': {
        const { service } = await observe(scenario, budget)
        expect(service.deployments?.map((d) => [d.id, d.rolloutState])).toEqual([[ourId, 'COMPLETED']])
        break
      }
      case 'failed': {
        const { service, ours } = await observe(scenario, budget)
        const failures = ours.filter((t) => t.desiredStatus === 'STOPPED' && t.stoppedReason && !BENIGN.test(t.stoppedReason))
        expect(failures.length).toBeGreaterThanOrEqual(2)
        expect(new Set(failures.map((t) => t.stoppedReason?.replace(/[0-9a-f]{32}|[0-9a-f-]{36}|subnet-0[0-9a-f]+/g, ''))).size).toBeLessThanOrEqual(1)
        expect(service.deployments?.[0]).toMatchObject({ id: ourId, status: 'PRIMARY', rolloutState: 'IN_PROGRESS' })
        break
      }
      case 'rolled-back': {
        const { service } = await observe(scenario, budget)
        const ours = service.deployments?.find((d) => d.id === ourId)
        expect(ours === undefined || ours.rolloutState === 'FAILED').toBe(true)
        break
      }
      case 'stuck': {
        const { service, ours } = await observe(scenario, budget)
        const placementEvent = newEvents(service).some((m) => /was unable to place a task|failed to launch a task/.test(m))
        const provisioningFailures = ours.filter((t) => t.desiredStatus === 'STOPPED' && !t.startedAt && !t.pullStartedAt)
        expect(placementEvent || provisioningFailures.length >= 2).toBe(true)
        expect(ours.some((t) => t.lastStatus === 'RUNNING')).toBe(false)
        break
      }
      case 'timeout': {
        const timeoutSeconds = (scenario.action.timeoutMinutes ?? 5) * 60 * speed
        const { service, ours } = await observe(scenario, timeoutSeconds)
        expect(service.deployments?.[0]).toMatchObject({ id: ourId, rolloutState: 'IN_PROGRESS' })
        expect(ours.filter((t) => t.desiredStatus === 'STOPPED')).toEqual([])
        expect(ours.every((t) => t.lastStatus === 'PENDING')).toBe(true)
        break
      }
    }
  })
})
