/**
 * Fakes for the strategy state machines: ECS service deployments (DescribeServiceDeployments,
 * ListServiceDeployments) on top of the ECS fake, and a CodeDeploy deployment (GetDeployment,
 * GetDeploymentTarget, ListDeployments), each mutable poll by poll.
 */
import { DescribeServiceDeploymentsCommand, ListServiceDeploymentsCommand, type ServiceDeployment } from '@aws-sdk/client-ecs'
import {
  CodeDeployClient,
  GetDeploymentCommand,
  GetDeploymentTargetCommand,
  ListDeploymentsCommand,
  type DeploymentInfo,
  type ECSTarget
} from '@aws-sdk/client-codedeploy'
import { mockClient } from 'aws-sdk-client-mock'
import { ACCOUNT, CLUSTER, NEW_DEPLOYMENT, REGION, SERVICE, TD_ARN, OLD_TD_ARN } from '../fixtures/evidence.js'
import { fakeEcs, type FakeEcs } from './ecs-fake.js'

/** A deep copy that keeps Dates as this realm's Dates (structuredClone makes them another realm's under jest). */
function copy<T>(value: T): T {
  if (value instanceof Date) return new Date(value.getTime()) as T
  if (Array.isArray(value)) return value.map(copy) as T
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])) as T
}

export const SD_ARN = `arn:aws:ecs:${REGION}:${ACCOUNT}:service-deployment/${CLUSTER}/${SERVICE}/AbCdEfGhIjKlMnOpQrStU`
export const GREEN_REVISION = `arn:aws:ecs:${REGION}:${ACCOUNT}:service-revision/${CLUSTER}/${SERVICE}/${NEW_DEPLOYMENT.replace('ecs-svc/', '')}`
export const BLUE_REVISION = `arn:aws:ecs:${REGION}:${ACCOUNT}:service-revision/${CLUSTER}/${SERVICE}/9123456789012345678`
export const HOOK_FUNCTION = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:api-validate-green`

export interface StrategyFake extends FakeEcs {
  sd: ServiceDeployment
  denyServiceDeployments: boolean
}

/** The ECS fake with a service of `strategy` (and alarms) and its service deployment `sd`. */
export function fakeNativeEcs(strategy: 'ROLLING' | 'BLUE_GREEN' | 'LINEAR' | 'CANARY', alarms?: string[]): StrategyFake {
  const base = fakeEcs() as StrategyFake
  base.service.deploymentConfiguration = {
    ...base.service.deploymentConfiguration,
    strategy,
    ...(strategy !== 'ROLLING' ? { bakeTimeInMinutes: 60 } : {}),
    ...(alarms ? { alarms: { alarmNames: alarms, enable: true, rollback: true } } : {})
  }
  base.service.currentServiceDeployment = SD_ARN
  base.sd = {
    serviceDeploymentArn: SD_ARN,
    status: 'IN_PROGRESS',
    targetServiceRevision: { arn: GREEN_REVISION, requestedTaskCount: 2, runningTaskCount: 0, pendingTaskCount: 0 },
    sourceServiceRevisions: [{ arn: BLUE_REVISION, requestedTaskCount: 2, runningTaskCount: 2, pendingTaskCount: 0 }],
    deploymentConfiguration: { strategy, bakeTimeInMinutes: 60 }
  }
  base.denyServiceDeployments = false
  const denied = () => Object.assign(new Error('User is not authorized to perform: ecs:DescribeServiceDeployments'), { name: 'AccessDeniedException' })
  base.mock.on(DescribeServiceDeploymentsCommand).callsFake(() => {
    if (base.denyServiceDeployments) throw denied()
    return { serviceDeployments: [copy(base.sd)], failures: [] }
  })
  base.mock.on(ListServiceDeploymentsCommand).callsFake(() => ({
    serviceDeployments: [{ serviceDeploymentArn: SD_ARN, status: base.sd.status, targetServiceRevisionArn: GREEN_REVISION }]
  }))
  return base
}

/** Moves the service deployment to `stage` with green at `green`% of production traffic. */
export function atStage(fake: StrategyFake, stage: ServiceDeployment['lifecycleStage'], green = 0, test?: number): void {
  fake.sd.lifecycleStage = stage
  fake.sd.targetServiceRevision = { ...fake.sd.targetServiceRevision, requestedProductionTrafficWeight: green, ...(test !== undefined ? { requestedTestTrafficWeight: test } : {}) }
}

export const CODEDEPLOY_ID = 'd-ABCDE1234'
export const GREEN_TASK_SET = 'ecs-svc/7000000000000000001'
export const BLUE_TASK_SET = 'ecs-svc/6000000000000000001'

export interface CodeDeployFake {
  client: CodeDeployClient
  info: DeploymentInfo
  target: ECSTarget
  /** Deployments ListDeployments returns (in-flight ones of the default deployment group). */
  inFlight: string[]
  calls(): Record<string, number>
}

export function fakeCodeDeploy(): CodeDeployFake {
  const client = new CodeDeployClient({ region: REGION, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } })
  const mock = mockClient(client)
  const fake: CodeDeployFake = {
    client,
    info: {
      deploymentId: CODEDEPLOY_ID,
      applicationName: `AppECS-${CLUSTER}-${SERVICE}`,
      deploymentGroupName: `DgpECS-${CLUSTER}-${SERVICE}`,
      status: 'InProgress',
      createTime: new Date('2026-11-20T10:00:00.000Z'),
      revision: {
        revisionType: 'AppSpecContent',
        appSpecContent: { content: 'version: 0.0\nHooks:\n  - AfterAllowTestTraffic: "api-validate-green"\n' }
      }
    },
    target: {
      deploymentId: CODEDEPLOY_ID,
      targetId: `${CLUSTER}:${SERVICE}`,
      status: 'InProgress',
      lifecycleEvents: ['BeforeInstall', 'Install', 'AfterInstall', 'AllowTestTraffic', 'AfterAllowTestTraffic', 'BeforeAllowTraffic', 'AllowTraffic', 'AfterAllowTraffic'].map(
        (name) => ({ lifecycleEventName: name, status: 'Pending' })
      ),
      taskSetsInfo: []
    },
    inFlight: [CODEDEPLOY_ID],
    calls: () => {
      const counts: Record<string, number> = {}
      for (const call of mock.calls()) {
        const name = (call.args[0] as { constructor: { name: string } }).constructor.name.replace(/Command$/, '')
        counts[name] = (counts[name] ?? 0) + 1
      }
      return counts
    }
  }
  mock.on(GetDeploymentCommand).callsFake(() => ({ deploymentInfo: copy(fake.info) }))
  mock.on(GetDeploymentTargetCommand).callsFake(() => ({ deploymentTarget: { deploymentTargetType: 'ECSTarget', ecsTarget: copy(fake.target) } }))
  mock.on(ListDeploymentsCommand).callsFake(() => ({ deployments: [...fake.inFlight] }))
  return fake
}

/** Marks lifecycle events up to `name` Succeeded and `name` itself `status`. */
export function lifecycle(fake: CodeDeployFake, name: string, status: 'InProgress' | 'Succeeded' | 'Failed', at = '2026-11-20T10:01:00.000Z'): void {
  const events = fake.target.lifecycleEvents ?? []
  const index = events.findIndex((e) => e.lifecycleEventName === name)
  for (const [i, event] of events.entries()) {
    if (i < index) Object.assign(event, { status: 'Succeeded', startTime: event.startTime ?? new Date(at), endTime: event.endTime ?? new Date(at) })
    if (i === index) Object.assign(event, { status, startTime: new Date(at), ...(status !== 'InProgress' ? { endTime: new Date(at) } : {}) })
  }
}

/** A CODE_DEPLOY service on the ECS fake: no deployments, a blue PRIMARY task set and (once made) the green one. */
export function codeDeployService(ecs: FakeEcs, withGreen: boolean): void {
  ecs.service.deploymentController = { type: 'CODE_DEPLOY' }
  ecs.service.deployments = []
  ecs.service.taskSets = [
    { id: BLUE_TASK_SET, status: 'PRIMARY', taskDefinition: OLD_TD_ARN, startedBy: 'CODE_DEPLOY', externalId: 'd-OLDDEPLOY', computedDesiredCount: 2, runningCount: 2, pendingCount: 0, stabilityStatus: 'STEADY_STATE' as const, createdAt: '2026-11-19T10:00:00.000Z' },
    ...(withGreen
      ? [{ id: GREEN_TASK_SET, status: 'ACTIVE', taskDefinition: TD_ARN, startedBy: 'CODE_DEPLOY', externalId: CODEDEPLOY_ID, computedDesiredCount: 2, runningCount: 0, pendingCount: 2, stabilityStatus: 'STABILIZING' as const, createdAt: '2026-11-20T10:00:30.000Z' }]
      : [])
  ]
}
