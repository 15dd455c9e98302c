/**
 * The simulator's deployment strategies: each strategy scenario shows its decisive evidence through the API
 * a watcher reads (service deployment, CodeDeploy deployment, task sets, CloudWatch alarms) in about 10 real
 * seconds at its speed, and the calls that let a waiting deployment go on do so.
 */
import { describe, expect, it } from '@jest/globals'
import {
  ContinueServiceDeploymentCommand,
  DescribeServiceDeploymentsCommand,
  DescribeServicesCommand,
  DescribeTasksCommand,
  ListTasksCommand,
  type Service
} from '@aws-sdk/client-ecs'
import { ContinueDeploymentCommand, GetDeploymentCommand, GetDeploymentTargetCommand, ListDeploymentsCommand } from '@aws-sdk/client-codedeploy'
import { DescribeAlarmHistoryCommand, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch'
import { FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs'
import { DEFAULT_SPEED, getScenario, scenarios, type Scenario } from '../../simulator/index.js'
import { simulate, thrown, type SimulatorWithClients } from './helpers.js'

const REAL_SECONDS_TO_EVIDENCE = 10

function kind(s: Scenario): string {
  const controller = s.world.service.deploymentController ?? 'ECS'
  return controller === 'ECS' ? (s.world.service.deploymentConfiguration.strategy ?? 'ROLLING') : controller
}

const strategyScenarios = scenarios.filter((s) => kind(s) !== 'ROLLING')

async function service(env: SimulatorWithClients): Promise<Service> {
  const { services } = await env.aws.ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['api'] }))
  return services?.[0] as Service
}

async function serviceDeployment(env: SimulatorWithClients) {
  const current = (await service(env)).currentServiceDeployment as string
  const { serviceDeployments } = await env.aws.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [current] }))
  return serviceDeployments?.[0]
}

async function failedTasks(env: SimulatorWithClients, scenario: Scenario): Promise<number> {
  const { taskArns } = await env.aws.ecs.send(new ListTasksCommand({ cluster: 'prod', startedBy: scenario.world.service.deployment.id, desiredStatus: 'STOPPED' }))
  if (!taskArns?.length) return 0
  const { tasks } = await env.aws.ecs.send(new DescribeTasksCommand({ cluster: 'prod', tasks: taskArns }))
  return (tasks ?? []).filter((t) => !/^Scaling activity/.test(t.stoppedReason ?? '')).length
}

async function codeDeployment(env: SimulatorWithClients, scenario: Scenario) {
  const { deploymentInfo } = await env.aws.codedeploy.send(new GetDeploymentCommand({ deploymentId: scenario.world.codeDeploy?.deploymentId }))
  return deploymentInfo
}

describe('each strategy scenario reaches its decisive evidence in about 10 real seconds', () => {
  it.each(strategyScenarios.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    const env = await simulate({ scenario })
    try {
      const speed = scenario.speed ?? DEFAULT_SPEED
      const budget = scenario.expect.verdict === 'timeout' ? (scenario.action.timeoutMinutes ?? 5) * 60 : REAL_SECONDS_TO_EVIDENCE * speed
      env.sim.advance(budget)
      const strategy = kind(scenario)
      const { verdict } = scenario.expect
      if (verdict === 'failed') expect(await failedTasks(env, scenario)).toBeGreaterThanOrEqual(2)
      if (strategy === 'CODE_DEPLOY') {
        const info = await codeDeployment(env, scenario)
        const expected = { stable: 'Succeeded', 'rolled-back': 'Failed', timeout: 'Ready', failed: 'InProgress' }[verdict as string]
        expect(info?.status).toBe(expected)
        if (verdict === 'rolled-back') expect(info?.rollbackInfo?.rollbackDeploymentId).toMatch(/^d-/)
      } else if (strategy === 'EXTERNAL') {
        const ours = (await service(env)).taskSets?.find((t) => t.id === scenario.world.service.deployment.id)
        expect(ours?.stabilityStatus).toBe('STEADY_STATE')
      } else {
        const sd = await serviceDeployment(env)
        if (verdict === 'stable') expect(sd?.status).toBe('SUCCESSFUL')
        if (verdict === 'rolled-back') expect(sd?.status).toMatch(/^ROLLBACK_/)
        if (verdict === 'failed') expect(sd?.status).toBe('IN_PROGRESS')
        if (verdict === 'timeout') expect(sd?.lifecycleHookDetails).toContainEqual(expect.objectContaining({ targetType: 'PAUSE', status: 'AWAITING_ACTION' }))
      }
    } finally {
      await env.close()
    }
  })
})

describe('strategy APIs of the simulator', () => {
  it('ContinueServiceDeployment lets a paused blue/green deployment go on to SUCCESSFUL; a wrong hook id is refused as ECS does', async () => {
    const env = await simulate({ scenario: getScenario('blue-green-paused-hook') })
    try {
      env.sim.advance(30)
      const sd = await serviceDeployment(env)
      const hookId = sd?.lifecycleHookDetails?.[0]?.hookId as string
      expect(hookId).toMatch(/^ecs-pause-/)
      expect((await thrown(() => env.aws.ecs.send(new ContinueServiceDeploymentCommand({ serviceDeploymentArn: sd?.serviceDeploymentArn, hookId: 'pause-1' })))).message).toBe(
        'Invalid hookId: hookId must follow the format: ecs-{hookType}-{id}'
      )
      await env.aws.ecs.send(new ContinueServiceDeploymentCommand({ serviceDeploymentArn: sd?.serviceDeploymentArn, hookId, action: 'CONTINUE' }))
      env.sim.advance(600)
      expect((await serviceDeployment(env))?.status).toBe('SUCCESSFUL')
    } finally {
      await env.close()
    }
  })

  it('ContinueDeployment reroutes a CodeDeploy deployment waiting in Ready', async () => {
    const scenario = getScenario('codedeploy-ready-waiting')
    const env = await simulate({ scenario })
    try {
      env.sim.advance(30)
      await env.aws.codedeploy.send(new ContinueDeploymentCommand({ deploymentId: scenario.world.codeDeploy?.deploymentId, deploymentWaitType: 'READY_WAIT' }))
      env.sim.advance(600)
      expect((await codeDeployment(env, scenario))?.status).toBe('Succeeded')
    } finally {
      await env.close()
    }
  })

  it('CodeDeploy: the deployment group lists the deployment in progress, and its ECS target shows lifecycle events and task sets', async () => {
    const scenario = getScenario('codedeploy-healthy')
    const env = await simulate({ scenario })
    try {
      env.sim.advance(60)
      const { deployments } = await env.aws.codedeploy.send(
        new ListDeploymentsCommand({ applicationName: 'AppECS-prod-api', deploymentGroupName: 'DgpECS-prod-api', includeOnlyStatuses: ['InProgress'] })
      )
      expect(deployments).toEqual([scenario.world.codeDeploy?.deploymentId])
      const { deploymentTarget } = await env.aws.codedeploy.send(new GetDeploymentTargetCommand({ deploymentId: deployments?.[0], targetId: 'prod:api' }))
      expect(deploymentTarget?.ecsTarget?.lifecycleEvents?.map((e) => e.lifecycleEventName)).toEqual([
        'BeforeInstall', 'Install', 'AfterInstall', 'AllowTestTraffic', 'AfterAllowTestTraffic', 'BeforeAllowTraffic', 'AllowTraffic', 'AfterAllowTraffic'
      ])
      expect(deploymentTarget?.ecsTarget?.taskSetsInfo?.map((t) => t.taskSetLabel)).toEqual(['Blue', 'Green'])
      const services = await service(env)
      expect(services.deployments).toEqual([])
      expect(services.taskSets?.find((t) => t.externalId === scenario.world.codeDeploy?.deploymentId)?.startedBy).toBe('CODE_DEPLOY')
    } finally {
      await env.close()
    }
  })

  it('CloudWatch: the alarm is OK, then ALARM at its second, with a StateUpdate history (only metric alarms without AlarmTypes)', async () => {
    const env = await simulate({ scenario: getScenario('canary-alarm-rollback') })
    try {
      env.sim.advance(60)
      const before = await env.aws.cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: ['api-5xx-errors'] }))
      expect(before.MetricAlarms?.[0]?.StateValue).toBe('OK')
      env.sim.advance(60)
      const after = await env.aws.cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: ['api-5xx-errors'], AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] }))
      expect(after.MetricAlarms?.[0]).toMatchObject({ StateValue: 'ALARM', Threshold: 5, MetricName: 'HTTPCode_Target_5XX_Count' })
      const history = await env.aws.cloudwatch.send(new DescribeAlarmHistoryCommand({ AlarmName: 'api-5xx-errors', HistoryItemType: 'StateUpdate', ScanBy: 'TimestampDescending' }))
      expect(history.AlarmHistoryItems?.map((h) => h.HistorySummary)).toEqual(['Alarm updated from OK to ALARM', 'Alarm updated from INSUFFICIENT_DATA to OK'])
    } finally {
      await env.close()
    }
  })

  it('a failed Lambda hook writes its lines to /aws/lambda/NAME', async () => {
    const env = await simulate({ scenario: getScenario('blue-green-hook-failed') })
    try {
      env.sim.advance(120)
      const { events } = await env.aws.logs.send(new FilterLogEventsCommand({ logGroupName: '/aws/lambda/api-validate-green' }))
      expect(events?.map((e) => e.message).join('\n')).toContain('Returning hookStatus FAILED')
    } finally {
      await env.close()
    }
  })
})
