/**
 * The least-privilege policy in the README lists exactly the AWS actions the action calls: the union
 * of the operations in the simulator's call log over every scenario (and a variant on EC2 container
 * instances, the only deployment shape that needs DescribeContainerInstances), mapped to IAM action
 * names (with the actions AWS also authorizes for a call, see `alsoAuthorizes`), compared with the
 * README's JSON policy.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { scenarios, getScenario, type Scenario } from '../../simulator/index.js'
import { exits } from '../../simulator/scenarios/define.js'
import { iamActionsOf, SERVICES } from '../../simulator/services/index.js'
import { describeRun, pool, runEngine, type EngineRun } from './engine.js'
import { cloneScenario } from './hostile.js'
import { isReadOnlyAction, readmePolicyActions } from './readme-policy.js'

/** Simulator service ids to IAM service prefixes, as the IAM documentation names them. */
const IAM_PREFIX: Record<string, string> = {
  ECS: 'ecs',
  EC2: 'ec2',
  IAM: 'iam',
  Logs: 'logs',
  ECR: 'ecr',
  ELBv2: 'elasticloadbalancing',
  SecretsManager: 'secretsmanager',
  SSM: 'ssm',
  STS: 'sts',
  CloudWatch: 'cloudwatch',
  CodeDeploy: 'codedeploy',
  EFS: 'elasticfilesystem'
}

/** port-conflict's EC2 cluster, but the tasks are placed and crash: the evidence then reads the container instances. */
function onContainerInstances(): Scenario {
  const base = getScenario('port-conflict')
  return {
    ...base,
    name: 'port-conflict (tasks placed on EC2 instances, app exits 1)',
    expect: { verdict: 'failed', rootCause: 'app-exit-error' },
    world: cloneScenario(base.world),
    timeline: { newTasks: [exits(1, ['Error: boom'])] }
  }
}

/** The actions of every call, with those AWS also authorizes for some (EFS DescribeMountTargetSecurityGroups: ec2:DescribeNetworkInterfaceAttribute). */
function iamActions(runs: EngineRun[]): string[] {
  const actions = runs.flatMap((run) => run.calls.flatMap((call) => iamActionsOf(call.service, call.operation)))
  return [...new Set(actions)].sort()
}

describe('the README IAM policy', () => {
  let runs: EngineRun[] = []

  beforeAll(async () => {
    runs = await pool([...scenarios, onContainerInstances()], 12, (scenario) => runEngine(scenario))
  }, 120_000)

  it('maps every simulated service to the IAM prefix the simulator uses in its AccessDenied messages', () => {
    expect(Object.fromEntries(SERVICES.map((s) => [s.id, s.iamPrefix]))).toEqual(IAM_PREFIX)
  })

  it('every scenario ran to a verdict', () => {
    expect(runs.filter((r) => r.verdict === 'error').map(describeRun)).toEqual([])
  })

  it('lists exactly the actions the action calls over every scenario', () => {
    const called = iamActions(runs)
    const listed = readmePolicyActions()
    expect({ missingFromReadme: called.filter((a) => !listed.includes(a)), neverCalled: listed.filter((a) => !called.includes(a)) }).toEqual({
      missingFromReadme: [],
      neverCalled: []
    })
  })

  it('is read-only apart from the opt-in rollback', () => {
    const writes = iamActions(runs).filter((a) => !isReadOnlyAction(a))
    expect(writes).toEqual(['ecs:StopServiceDeployment', 'ecs:UpdateService'].filter((a) => writes.includes(a)))
    const rollbackCallers = runs.filter((r) => r.calls.some((c) => c.operation === 'UpdateService' || c.operation === 'StopServiceDeployment'))
    expect(rollbackCallers.every((r) => r.scenario.action.onFailure === 'rollback')).toBe(true)
  })
})
