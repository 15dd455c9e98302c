/**
 * Evidence of deployments a strategy ended: the shared Fargate service (api:42 replacing api:41) with the
 * strategy evidence the watch and the collector write (service deployment, CodeDeploy deployment, fired
 * alarms, hook logs), in the shapes they come in.
 */
import type { Evidence } from '../../../src/evidence/schema.js'
import type { StrategyEvidence } from '../../../src/evidence/schema.js'
import { ACCOUNT, NEW_DEPLOYMENT, REGION, at, baseEvidence, serviceEvent, task } from '../../fixtures/evidence.js'

export const SD_ARN = `arn:aws:ecs:${REGION}:${ACCOUNT}:service-deployment/prod/api/r4nD0mL3tt3rsAndD1g1t`
export const HOOK_ARN = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:api-validate-green`
export const ALARM = 'api-5xx-errors'
const GREEN = `arn:aws:ecs:${REGION}:${ACCOUNT}:service-revision/prod/api/${NEW_DEPLOYMENT.replace('ecs-svc/', '')}`
const BLUE = `arn:aws:ecs:${REGION}:${ACCOUNT}:service-revision/prod/api/9123456789012345678`

function withStrategy(verdict: 'rolled-back' | 'failed' | 'timeout', strategy: StrategyEvidence, reason = 'ECS rolled it back'): Evidence {
  const evidence = baseEvidence()
  evidence.watch = { verdict, reason, startedAt: at(0), endedAt: at(300) }
  evidence.strategy = strategy
  return evidence
}

function serviceDeployment(extra: NonNullable<StrategyEvidence['serviceDeployment']>): NonNullable<StrategyEvidence['serviceDeployment']> {
  return {
    serviceDeploymentArn: SD_ARN,
    createdAt: at(0),
    updatedAt: at(240),
    targetServiceRevision: { arn: GREEN, requestedTaskCount: 2, runningTaskCount: 0, pendingTaskCount: 0, requestedProductionTrafficWeight: 0, requestedTestTrafficWeight: 0 },
    sourceServiceRevisions: [{ arn: BLUE, requestedTaskCount: 2, runningTaskCount: 2, pendingTaskCount: 0 }],
    rollback: { reason: extra.statusReason ?? '', startedAt: at(240), serviceRevisionArn: BLUE },
    ...extra
  }
}

const ALARM_EVIDENCE = {
  name: ALARM,
  type: 'MetricAlarm' as const,
  stateValue: 'ALARM',
  stateReason: 'Threshold Crossed: 1 out of the last 1 datapoints [14.0 (20/11/26 10:03:00)] was greater than the threshold (5.0) (minimum 1 datapoint for OK -> ALARM transition).',
  stateTransitionedAt: at(230),
  metric: 'HTTPCode_Target_5XX_Count',
  namespace: 'AWS/ApplicationELB',
  dimensions: 'TargetGroup=targetgroup/api-tg/6d0ecf831eec9f09,LoadBalancer=app/prod-alb/50dc6c495c0c9188',
  statistic: 'Sum',
  threshold: 5,
  comparison: 'GreaterThanThreshold',
  periodSeconds: 60,
  evaluationPeriods: 1,
  history: [{ at: at(230), summary: 'Alarm updated from OK to ALARM: Threshold Crossed: 1 out of the last 1 datapoints [14.0] was greater than the threshold (5.0).' }]
}

/** ROLLING with alarms: healthy tasks, then the alarm fired during the bake. */
export function rollingAlarmRollback(): Evidence {
  const evidence = withStrategy('rolled-back', {
    controller: 'ECS',
    kind: 'ROLLING',
    alarms: { names: [ALARM], rollback: true },
    serviceDeployment: serviceDeployment({ status: 'ROLLBACK_IN_PROGRESS', alarms: { status: 'TRIGGERED', alarmNames: [ALARM], triggeredAlarmNames: [ALARM] } }),
    firedAlarms: [ALARM_EVIDENCE]
  })
  evidence.service.events = [serviceEvent(`(service api) rolling back to deployment ecs-svc/9123456789012345678.`, 241), serviceEvent(`(service api) (deployment ${NEW_DEPLOYMENT}) deployment failed: alarm detected.`, 240), ...(evidence.service.events ?? [])]
  return evidence
}

/** The same, but the action's role may not read CloudWatch: the alarm is still named from the service deployment. */
export function alarmWithoutCloudWatch(): Evidence {
  const evidence = rollingAlarmRollback()
  delete evidence.strategy?.firedAlarms
  evidence.unavailable = [
    { check: 'Rollback alarms', api: 'cloudwatch:DescribeAlarms', error: 'User: arn:aws:sts::123456789012:assumed-role/deploy/gha is not authorized to perform: cloudwatch:DescribeAlarms', errorCode: 'AccessDenied' }
  ]
  return evidence
}

/** Neither the service deployment nor CloudWatch could be read: only ECS's event says an alarm fired. */
export function alarmFromEventOnly(): Evidence {
  const evidence = rollingAlarmRollback()
  delete evidence.strategy
  return evidence
}

/** BLUE_GREEN: the Lambda hook at POST_TEST_TRAFFIC_SHIFT returned FAILED. */
export function blueGreenHookFailed(logs: string[] | 'no-group' = ['START RequestId: 1 Version: $LATEST', 'GET /api/orders -> 500', 'Error: smoke test failed: 1 of 4 checks failed', 'END RequestId: 1']): Evidence {
  const reason = `Service deployment rolled back because POST_TEST_TRAFFIC_SHIFT lifecycle hook(s) failed. Lifecycle hook target ${HOOK_ARN} returned FAILED status.`
  return withStrategy('rolled-back', {
    controller: 'ECS',
    kind: 'BLUE_GREEN',
    serviceDeployment: serviceDeployment({
      status: 'ROLLBACK_SUCCESSFUL',
      statusReason: reason,
      lifecycleStage: 'POST_TEST_TRAFFIC_SHIFT',
      lifecycleHookDetails: [{ hookId: 'ecs-lambda-1a2b3c', targetType: 'AWS_LAMBDA', targetArn: HOOK_ARN, status: 'FAILED' }]
    }),
    stages: [
      { stage: 'SCALE_UP', startedAt: at(2), endedAt: at(40) },
      { stage: 'POST_TEST_TRAFFIC_SHIFT', startedAt: at(42), endedAt: at(60) }
    ],
    hookLogs: {
      functionArn: HOOK_ARN,
      functionName: 'api-validate-green',
      logGroupName: '/aws/lambda/api-validate-green',
      lines: logs === 'no-group' ? [] : logs,
      ...(logs === 'no-group' ? { missing: 'group-not-found' as const } : {})
    }
  })
}

/** CANARY with a pause hook nobody approved before it expired. */
export function pauseHookExpired(): Evidence {
  return withStrategy('rolled-back', {
    controller: 'ECS',
    kind: 'CANARY',
    serviceDeployment: serviceDeployment({
      status: 'ROLLBACK_SUCCESSFUL',
      statusReason: 'Service deployment rolled back because POST_TEST_TRAFFIC_SHIFT pause hook timed out.',
      lifecycleStage: 'POST_TEST_TRAFFIC_SHIFT',
      lifecycleHookDetails: [{ hookId: 'ecs-pause-9f8e7d', targetType: 'PAUSE', status: 'TIMED_OUT', timeoutAction: 'ROLLBACK' }]
    })
  })
}

/** A pause hook still waiting when the watch timed out: nothing failed. */
export function pauseHookWaiting(): Evidence {
  return withStrategy(
    'timeout',
    {
      controller: 'ECS',
      kind: 'BLUE_GREEN',
      serviceDeployment: serviceDeployment({
        status: 'IN_PROGRESS',
        lifecycleStage: 'POST_TEST_TRAFFIC_SHIFT',
        lifecycleHookDetails: [{ hookId: 'ecs-pause-9f8e7d', targetType: 'PAUSE', status: 'AWAITING_ACTION', timeoutAction: 'ROLLBACK' }]
      }),
      awaiting: {
        kind: 'pause-hook',
        stage: 'POST_TEST_TRAFFIC_SHIFT',
        hookId: 'ecs-pause-9f8e7d',
        continueCommand: `aws ecs continue-service-deployment --service-deployment-arn ${SD_ARN} --hook-id ecs-pause-9f8e7d --action CONTINUE --region ${REGION}`,
        rollbackCommand: `aws ecs continue-service-deployment --service-deployment-arn ${SD_ARN} --hook-id ecs-pause-9f8e7d --action ROLLBACK --region ${REGION}`
      }
    },
    'Timed out after 15m: waiting for approval'
  )
}

/** Green tasks crashing under a blue/green deployment the circuit breaker rolled back: the tasks are the cause. */
export function blueGreenBreakerWithCrashingTasks(): Evidence {
  const evidence = withStrategy('rolled-back', {
    controller: 'ECS',
    kind: 'BLUE_GREEN',
    serviceDeployment: serviceDeployment({
      status: 'ROLLBACK_IN_PROGRESS',
      statusReason: 'Service deployment rolled back because the circuit breaker threshold was exceeded.',
      lifecycleStage: 'SCALE_UP',
      deploymentCircuitBreaker: { status: 'TRIGGERED', failureCount: 3, threshold: 3 }
    })
  })
  const crashed = (n: number) => {
    const t = task({ stopCode: 'EssentialContainerExited', stoppedReason: 'Essential container in task exited', startedAt: at(30 + n), stoppedAt: at(40 + n) })
    t.containers![0].exitCode = 1
    return t
  }
  evidence.tasks = [crashed(1), crashed(2), crashed(3)]
  return evidence
}

const CODEDEPLOY_ID = 'd-7XK2Q9PLM'

function codeDeployStrategy(status: 'Failed' | 'InProgress', code?: 'HOOK_EXECUTION_FAILURE' | 'TIMEOUT', message?: string): StrategyEvidence {
  const event = (name: string, eventStatus: string) => ({ lifecycleEventName: name, status: eventStatus as 'Succeeded', startTime: at(10), endTime: at(20) })
  const failedAt = code === 'HOOK_EXECUTION_FAILURE' ? 'AfterAllowTestTraffic' : 'Install'
  const names = ['BeforeInstall', 'Install', 'AfterInstall', 'AllowTestTraffic', 'AfterAllowTestTraffic', 'BeforeAllowTraffic', 'AllowTraffic', 'AfterAllowTraffic']
  const index = names.indexOf(failedAt)
  return {
    controller: 'CODE_DEPLOY',
    kind: 'CODE_DEPLOY',
    codeDeploy: {
      deploymentId: CODEDEPLOY_ID,
      applicationName: 'AppECS-prod-api',
      deploymentGroupName: 'DgpECS-prod-api',
      deployment: {
        deploymentId: CODEDEPLOY_ID,
        status,
        createTime: at(0),
        ...(code ? { errorInformation: { code, message } } : {}),
        ...(status === 'Failed' ? { rollbackInfo: { rollbackDeploymentId: 'd-ROLLBACK01' }, completeTime: at(200) } : {})
      },
      target: {
        deploymentId: CODEDEPLOY_ID,
        targetId: 'prod:api',
        status: status === 'Failed' ? 'Failed' : 'InProgress',
        lifecycleEvents: names.map((name, i) =>
          i < index
            ? event(name, 'Succeeded')
            : i === index
              ? {
                  ...event(name, status === 'Failed' ? 'Failed' : 'InProgress'),
                  ...(code === 'HOOK_EXECUTION_FAILURE'
                    ? { diagnostics: { errorCode: 'ScriptFailed' as const, scriptName: 'api-validate-green', message: 'The lifecycle hook reported Failed.', logTail: 'Error: smoke test failed: 1 of 4 checks failed' } }
                    : {})
                }
              : { lifecycleEventName: name, status: 'Pending' as const }
        )
      },
      hookFunctions: { AfterAllowTestTraffic: 'api-validate-green' }
    }
  }
}

export function codeDeployHookFailed(): Evidence {
  const evidence = withStrategy(
    'rolled-back',
    codeDeployStrategy('Failed', 'HOOK_EXECUTION_FAILURE', 'The deployment failed because one or more of the lifecycle event validation functions failed.')
  )
  evidence.strategy!.hookLogs = {
    functionArn: 'api-validate-green',
    functionName: 'api-validate-green',
    logGroupName: '/aws/lambda/api-validate-green',
    lines: ['GET /api/orders -> 500', 'Error: smoke test failed: 1 of 4 checks failed']
  }
  return evidence
}

/** The replacement task set's tasks fail their health checks; CodeDeploy later gives up at Install. */
export function codeDeployGreenUnhealthy(): Evidence {
  const evidence = withStrategy(
    'failed',
    codeDeployStrategy('Failed', 'TIMEOUT', 'The deployment timed out while waiting for the replacement task set to become healthy. This time out period is 60 minutes.')
  )
  const unhealthy = (n: number) =>
    task({
      stopCode: 'ServiceSchedulerInitiated',
      stoppedReason: 'Task failed ELB health checks in (target-group arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/api-tg-2/0a1b2c3d4e5f6a7b)',
      startedAt: at(30 + n),
      stoppedAt: at(80 + n)
    })
  evidence.tasks = [unhealthy(1), unhealthy(2)]
  return evidence
}
