/**
 * Every way ECS deploys besides a plain rolling update: ROLLING with CloudWatch alarms (the bake), ECS-native
 * BLUE_GREEN / LINEAR / CANARY (lifecycle stages, hooks, traffic shifts), the CODE_DEPLOY controller and an
 * EXTERNAL controller's task set.
 */
import type { MetricAlarm } from '@aws-sdk/client-cloudwatch'
import type { DeploymentConfiguration, DeploymentLifecycleHook } from '@aws-sdk/client-ecs'
import { IdGenerator } from '../../random.js'
import type { Scenario, TaskFate, World } from '../../types.js'
import { ACCOUNT_ID, CLUSTER, REGION, SERVICE, targetGroup, trustPolicy } from '../base-world.js'
import { defineScenario, healthy, STARTUP_LOGS } from '../define.js'

const ALARM = 'api-5xx-errors'
const HOOK_FUNCTION = 'api-validate-green'
const HOOK_ARN = `arn:aws:lambda:${REGION}:${ACCOUNT_ID}:function:${HOOK_FUNCTION}`

function ids(world: World, purpose: string): IdGenerator {
  return new IdGenerator(`${purpose}:${world.service.deployment.id}`)
}

/** A 5xx alarm on the service's target group that ECS watches during deployments and rolls back on. */
function withAlarm(world: World): void {
  const tg = targetGroup(world)
  const alb = world.loadBalancing.loadBalancers[0]
  const alarm: MetricAlarm = {
    AlarmName: ALARM,
    AlarmArn: `arn:aws:cloudwatch:${REGION}:${ACCOUNT_ID}:alarm:${ALARM}`,
    AlarmDescription: 'More than 5 HTTP 5xx answers from the api targets in a minute',
    ActionsEnabled: true,
    OKActions: [],
    AlarmActions: [`arn:aws:sns:${REGION}:${ACCOUNT_ID}:ops-alerts`],
    InsufficientDataActions: [],
    MetricName: 'HTTPCode_Target_5XX_Count',
    Namespace: 'AWS/ApplicationELB',
    Statistic: 'Sum',
    Dimensions: [
      { Name: 'TargetGroup', Value: (tg.TargetGroupArn ?? '').split(':').pop() },
      { Name: 'LoadBalancer', Value: (alb.LoadBalancerArn ?? '').split(':loadbalancer/').pop() }
    ],
    Period: 60,
    EvaluationPeriods: 1,
    DatapointsToAlarm: 1,
    Threshold: 5,
    ComparisonOperator: 'GreaterThanThreshold',
    TreatMissingData: 'notBreaching'
  }
  world.alarms = [alarm]
  world.service.deploymentConfiguration.alarms = { alarmNames: [ALARM], enable: true, rollback: true }
}

/** A second target group for green, the listener rules ECS shifts, and the infrastructure role that may. */
function alternateTargetGroup(world: World, name: string): string {
  const tg = targetGroup(world)
  const arn = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT_ID}:targetgroup/${name}/${ids(world, name).hex(16)}`
  world.loadBalancing.targetGroups.push({ ...tg, TargetGroupArn: arn, TargetGroupName: name })
  return arn
}

function nativeBlueGreen(world: World, configuration: Partial<DeploymentConfiguration>, hooks: DeploymentLifecycleHook[] = []): void {
  const green = alternateTargetGroup(world, 'prod-api-tg-green')
  const listener = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT_ID}:listener-rule/app/prod-api/${ids(world, 'rules').hex(16)}/${ids(world, 'listener').hex(16)}`
  world.service.loadBalancers = world.service.loadBalancers.map((lb) => ({
    ...lb,
    advancedConfiguration: {
      alternateTargetGroupArn: green,
      productionListenerRule: `${listener}/${ids(world, 'prod-rule').hex(16)}`,
      testListenerRule: `${listener}/${ids(world, 'test-rule').hex(16)}`,
      roleArn: `arn:aws:iam::${ACCOUNT_ID}:role/ecsInfrastructureRoleForLoadBalancers`
    }
  }))
  world.iam.roles.push({
    name: 'ecsInfrastructureRoleForLoadBalancers',
    trustPolicy: trustPolicy('ecs.amazonaws.com'),
    policies: [{ name: 'AmazonECSInfrastructureRolePolicyForLoadBalancers', kind: 'aws-managed', statements: [{ Effect: 'Allow', Action: 'elasticloadbalancing:*', Resource: '*' }] }]
  })
  world.service.deploymentConfiguration = {
    ...world.service.deploymentConfiguration,
    deploymentCircuitBreaker: { enable: true, rollback: true },
    bakeTimeInMinutes: 3,
    ...configuration,
    ...(hooks.length > 0 ? { lifecycleHooks: hooks } : {})
  }
}

function lambdaHook(stage: NonNullable<DeploymentLifecycleHook['lifecycleStages']>[number]): DeploymentLifecycleHook {
  return { targetType: 'AWS_LAMBDA', hookTargetArn: HOOK_ARN, roleArn: `arn:aws:iam::${ACCOUNT_ID}:role/ecs-lifecycle-hooks`, lifecycleStages: [stage] }
}

function codeDeploy(world: World, options: { hooks?: Record<string, string>; waitForReroute?: boolean } = {}): void {
  const generator = ids(world, 'codedeploy')
  const deploymentId = () => `d-${generator.alphanumeric(9).toUpperCase()}`
  world.service.deploymentController = 'CODE_DEPLOY'
  world.service.deploymentConfiguration = { maximumPercent: 200, minimumHealthyPercent: 100 }
  world.codeDeploy = {
    applicationName: `AppECS-${CLUSTER}-${SERVICE}`,
    deploymentGroupName: `DgpECS-${CLUSTER}-${SERVICE}`,
    previousDeploymentId: deploymentId(),
    deploymentId: deploymentId(),
    greenTargetGroupArn: alternateTargetGroup(world, 'prod-api-tg-2'),
    hooks: options.hooks ?? {},
    waitForReroute: options.waitForReroute,
    terminationWaitMinutes: 2,
    autoRollback: true
  }
}

/** Tasks that start in seconds, so a deployment reaches its later stages quickly. */
function quick(): TaskFate {
  return healthy({ provisioningSeconds: 1, pullSeconds: 1, healthyAfterSeconds: 2 })
}

function failsGreenHealthChecks(): TaskFate {
  return {
    outcome: {
      kind: 'fails-elb-health-checks',
      afterSeconds: 35,
      reason: 'Target.ResponseCodeMismatch',
      description: 'Health checks failed with these codes: [503]',
      eventReason: 'Health checks failed with these codes: [503]'
    },
    logs: [
      ...STARTUP_LOGS,
      { at: 3, message: '{"level":"error","time":"{time}","msg":"readiness check failed: payments-api unreachable","err":"connect ECONNREFUSED 10.0.40.17:443"}' },
      { at: 13, message: '{"level":"warn","time":"{time}","msg":"request completed","req":{"method":"GET","url":"/health"},"res":{"statusCode":503}}' }
    ]
  }
}

const HOOK_FAILURE_LOGS = [
  'Smoke test of the green revision through the test listener (http://prod-api-test.internal:8443)',
  'GET /health -> 200',
  'GET /api/orders?limit=1 -> 500 {"error":"relation \\"orders_v2\\" does not exist"}',
  'Error: smoke test failed: 1 of 4 checks failed (GET /api/orders)',
  'Returning hookStatus FAILED'
]

export const strategyScenarios: Scenario[] = [
  defineScenario({
    name: 'rolling-bake-then-stable',
    description:
      'A rolling deployment with a CloudWatch alarm: the new tasks are healthy after a minute, then ECS keeps the rollout IN_PROGRESS for its 3-minute alarm bake before it completes. Stable only then.',
    expect: { verdict: 'stable', rootCause: null },
    speed: 40,
    action: { timeoutMinutes: 10 },
    configure: withAlarm,
    timeline: () => ({ newTasks: [healthy()] })
  }),

  defineScenario({
    name: 'rolling-alarm-rollback',
    description:
      'A rolling deployment with a CloudWatch alarm: the new tasks are healthy, but during the bake api-5xx-errors goes into ALARM; ECS fails the deployment ("alarm detected") and rolls back to api:41.',
    expect: { verdict: 'rolled-back', rootCause: 'deployment-alarm-triggered' },
    speed: 20,
    // As for circuit-breaker-rollback: a runner that starts late finds the old deployment PRIMARY again.
    action: (world) => ({ timeoutMinutes: 10, deploymentId: world.service.deployment.id }),
    configure: withAlarm,
    timeline: () => ({ newTasks: [healthy()], alarms: [{ name: ALARM, firesAt: 110 }] })
  }),

  defineScenario({
    name: 'blue-green-healthy',
    description:
      'ECS-native BLUE_GREEN: green scales up in the alternate target group, test then production traffic shift to it, a 3-minute bake, blue is cleaned up: SUCCESSFUL.',
    expect: { verdict: 'stable', rootCause: null },
    speed: 40,
    action: { timeoutMinutes: 10 },
    configure: (world) => nativeBlueGreen(world, { strategy: 'BLUE_GREEN' }, [lambdaHook('POST_TEST_TRAFFIC_SHIFT')]),
    timeline: () => ({ newTasks: [healthy()], hooks: { [HOOK_ARN]: { outcome: 'succeeds', afterSeconds: 6, logs: ['Smoke test of the green revision: 4 of 4 checks passed', 'Returning hookStatus SUCCEEDED'] } } })
  }),

  defineScenario({
    name: 'blue-green-hook-failed',
    description:
      'ECS-native BLUE_GREEN with a Lambda hook at POST_TEST_TRAFFIC_SHIFT: the smoke test against the test listener fails (a missing table), the hook returns FAILED and ECS rolls back to blue.',
    expect: { verdict: 'rolled-back', rootCause: 'lifecycle-hook-failed' },
    speed: 20,
    action: { timeoutMinutes: 10 },
    configure: (world) => nativeBlueGreen(world, { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 60 }, [lambdaHook('POST_TEST_TRAFFIC_SHIFT')]),
    timeline: () => ({ newTasks: [healthy()], hooks: { [HOOK_ARN]: { outcome: 'fails', afterSeconds: 8, logs: HOOK_FAILURE_LOGS } } })
  }),

  defineScenario({
    name: 'blue-green-paused-hook',
    description:
      'ECS-native BLUE_GREEN with a pause hook at POST_TEST_TRAFFIC_SHIFT: green is up and takes test traffic, and the deployment waits for someone to approve it. The watch reports it waiting (with the command to continue or roll back) until its 1-minute timeout, never as stuck.',
    expect: { verdict: 'timeout', rootCause: null },
    action: { timeoutMinutes: 1 },
    configure: (world) =>
      nativeBlueGreen(world, { strategy: 'BLUE_GREEN' }, [
        { targetType: 'PAUSE', lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT'], timeoutConfiguration: { timeoutInMinutes: 120, action: 'ROLLBACK' } }
      ]),
    timeline: () => ({ newTasks: [quick()] })
  }),

  defineScenario({
    name: 'canary-alarm-rollback',
    description:
      'ECS-native CANARY (10 % for 5 minutes): while the canary takes production traffic the api-5xx-errors alarm goes into ALARM, and ECS rolls back to blue.',
    expect: { verdict: 'rolled-back', rootCause: 'deployment-alarm-triggered' },
    speed: 20,
    action: { timeoutMinutes: 10 },
    configure: (world) => {
      withAlarm(world)
      nativeBlueGreen(world, { strategy: 'CANARY', canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 5 } })
    },
    timeline: () => ({ newTasks: [healthy()], alarms: [{ name: ALARM, firesAt: 110 }] })
  }),

  defineScenario({
    name: 'linear-green-unhealthy',
    description:
      'ECS-native LINEAR (25 % steps): the green tasks never pass the health checks of the alternate target group (503: a dependency is unreachable), so green never scales up and no traffic shifts.',
    expect: { verdict: 'failed', rootCause: 'elb-health-check-failed' },
    speed: 10,
    action: { timeoutMinutes: 10 },
    configure: (world) =>
      nativeBlueGreen(world, {
        strategy: 'LINEAR',
        linearConfiguration: { stepPercent: 25, stepBakeTimeInMinutes: 1 },
        deploymentCircuitBreaker: { enable: false, rollback: false }
      }),
    timeline: () => ({ newTasks: [failsGreenHealthChecks()] })
  }),

  defineScenario({
    name: 'codedeploy-healthy',
    description:
      'The CODE_DEPLOY controller: CodeDeploy creates the replacement task set, shifts test traffic, runs the AfterAllowTestTraffic hook, reroutes production and terminates blue after a 2-minute wait: Succeeded. The deployment is found in the deployment group.',
    expect: { verdict: 'stable', rootCause: null },
    speed: 30,
    action: { timeoutMinutes: 10 },
    configure: (world) => codeDeploy(world, { hooks: { AfterAllowTestTraffic: HOOK_FUNCTION } }),
    timeline: () => ({ newTasks: [healthy()], hooks: { [HOOK_FUNCTION]: { outcome: 'succeeds', logs: ['Smoke test of the replacement task set: 4 of 4 checks passed', 'PutLifecycleEventHookExecutionStatus Succeeded'] } } })
  }),

  defineScenario({
    name: 'codedeploy-hook-failed',
    description:
      'The CODE_DEPLOY controller (deployment id given as input): the AfterAllowTestTraffic hook finds a failing endpoint and reports Failed; CodeDeploy fails the deployment (HOOK_EXECUTION_FAILURE) and rolls back.',
    expect: { verdict: 'rolled-back', rootCause: 'codedeploy-failed' },
    speed: 20,
    action: (world) => ({ timeoutMinutes: 10, codeDeployDeploymentId: world.codeDeploy?.deploymentId }),
    configure: (world) => codeDeploy(world, { hooks: { AfterAllowTestTraffic: HOOK_FUNCTION } }),
    timeline: () => ({
      newTasks: [healthy()],
      hooks: { [HOOK_FUNCTION]: { outcome: 'fails', afterSeconds: 6, logs: [...HOOK_FAILURE_LOGS.slice(0, 4), 'PutLifecycleEventHookExecutionStatus Failed'] } }
    })
  }),

  defineScenario({
    name: 'codedeploy-green-unhealthy',
    description:
      'The CODE_DEPLOY controller: the replacement task set’s tasks fail the health checks of its target group (503), so CodeDeploy would wait an hour at Install; their failures are diagnosed like any deployment’s.',
    expect: { verdict: 'failed', rootCause: 'elb-health-check-failed' },
    speed: 10,
    action: { timeoutMinutes: 10 },
    configure: (world) => codeDeploy(world),
    timeline: () => ({ newTasks: [failsGreenHealthChecks()] })
  }),

  defineScenario({
    name: 'codedeploy-ready-waiting',
    description:
      'The CODE_DEPLOY controller with "wait for a reroute": the replacement task set is up and takes test traffic, and CodeDeploy waits in Ready for someone to reroute production. Reported as Ready (with the continue-deployment command) until the 1-minute timeout, never as stuck.',
    expect: { verdict: 'timeout', rootCause: null },
    action: { timeoutMinutes: 1 },
    configure: (world) => codeDeploy(world, { waitForReroute: true }),
    timeline: () => ({ newTasks: [quick()] })
  }),

  defineScenario({
    name: 'external-task-set-steady',
    description:
      'The EXTERNAL controller: a third-party controller created task set release-42 beside the PRIMARY one; the action follows that task set (named in deployment-id) until it is STEADY_STATE.',
    expect: { verdict: 'stable', rootCause: null },
    action: (world) => ({ deploymentId: world.service.deployment.id }),
    configure: (world) => {
      world.service.deploymentController = 'EXTERNAL'
      world.service.deploymentConfiguration = { maximumPercent: 200, minimumHealthyPercent: 100 }
    },
    timeline: () => ({ newTasks: [healthy()] })
  })
]
