/**
 * "With AccessDenied on any optional API, the rest of the diagnosis still runs and the report
 * says which permission would have enabled the missing check": each optional API is denied in
 * turn; everything else must come out exactly as in the full run, plus one `unavailable` entry
 * naming the IAM action.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DescribeLogGroupsCommand, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs'
import {
  DescribeNatGatewaysCommand,
  DescribeNetworkAclsCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcAttributeCommand,
  DescribeVpcEndpointsCommand
} from '@aws-sdk/client-ec2'
import { DescribeImagesCommand } from '@aws-sdk/client-ecr'
import { DescribeServiceDeploymentsCommand, DescribeTaskDefinitionCommand, ListServiceDeploymentsCommand } from '@aws-sdk/client-ecs'
import { DescribeLoadBalancersCommand, DescribeTargetGroupsCommand, DescribeTargetHealthCommand } from '@aws-sdk/client-elastic-load-balancing-v2'
import { GetRoleCommand, SimulatePrincipalPolicyCommand } from '@aws-sdk/client-iam'
import { DescribeSecretCommand } from '@aws-sdk/client-secrets-manager'
import { DescribeParametersCommand } from '@aws-sdk/client-ssm'
import { createClients } from '../../src/aws/clients.js'
import { collectEvidence } from '../../src/evidence/collect.js'
import type { Evidence } from '../../src/evidence/schema.js'
import {
  CLUSTER,
  DEPLOYMENT,
  EXEC_ROLE_ARN,
  LB_SG,
  LOG_GROUP,
  OLD_TD_ARN,
  REGION,
  SECRET_ARN,
  SERVICE,
  TASK_IDS,
  TASK_ROLE_ARN,
  TD_ARN,
  TG_ARN,
  VPC,
  IMAGE,
  accessDenied,
  answerTypicalFailure,
  mockAws,
  service,
  stoppedTask,
  type AwsMocks
} from './scenario.js'

const mocks = mockAws()
afterAll(() => Object.values(mocks).forEach((m) => m.restore()))

function collect(): Promise<Evidence> {
  return collectEvidence({
    clients: createClients({ region: REGION }),
    region: REGION,
    cluster: CLUSTER,
    serviceName: SERVICE,
    deploymentId: DEPLOYMENT,
    service: service(),
    tasks: [stoppedTask(0), stoppedTask(1), stoppedTask(2)],
    logLines: 50,
    now: () => new Date('2026-11-20T10:05:00.000Z')
  })
}

let full: Evidence
beforeAll(async () => {
  answerTypicalFailure(mocks)
  full = await collect()
})

interface DeniedCase {
  api: string
  deny: (m: AwsMocks, error: Error) => void
  /** SDK error name AWS uses for a denied call of this service. */
  errorName?: string
  check: string
  /** One entry per resource the denied call was about (none for batched calls). */
  resources?: string[]
  /** Top-level keys whose content changes; all others must equal the full run's. */
  affects: (keyof Evidence)[]
  expectDegraded: (evidence: Evidence) => void
}

const CASES: DeniedCase[] = [
  {
    api: 'ecs:DescribeTaskDefinition',
    deny: (m, e) => m.ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: OLD_TD_ARN }).rejects(e),
    check: 'Previous task definition',
    resources: [OLD_TD_ARN],
    affects: ['previousTaskDefinition'],
    expectDegraded: (e) => expect(e.previousTaskDefinition).toBeNull()
  },
  {
    api: 'ecs:ListServiceDeployments',
    deny: (m, e) => m.ecs.on(ListServiceDeploymentsCommand).rejects(e),
    check: 'Service deployment history',
    affects: ['serviceDeployments'],
    expectDegraded: (e) => expect(e.serviceDeployments).toBeUndefined()
  },
  {
    api: 'ecs:DescribeServiceDeployments',
    deny: (m, e) => m.ecs.on(DescribeServiceDeploymentsCommand).rejects(e),
    check: 'Service deployment history',
    affects: ['serviceDeployments'],
    expectDegraded: (e) => expect(e.serviceDeployments).toBeUndefined()
  },
  {
    api: 'logs:GetLogEvents',
    deny: (m, e) => m.logs.on(GetLogEventsCommand).rejects(e),
    check: 'Container logs',
    resources: [`${LOG_GROUP}:ecs/api/${TASK_IDS[2]}`],
    affects: ['logs'],
    expectDegraded: (e) => expect(e.logs).toEqual([])
  },
  {
    api: 'logs:DescribeLogGroups',
    deny: (m, e) => m.logs.on(DescribeLogGroupsCommand).rejects(e),
    check: 'CloudWatch log groups',
    resources: [LOG_GROUP],
    affects: ['logGroups'],
    expectDegraded: (e) => expect(e.logGroups).toEqual([])
  },
  {
    api: 'ec2:DescribeSubnets',
    errorName: 'UnauthorizedOperation',
    deny: (m, e) => m.ec2.on(DescribeSubnetsCommand).rejects(e),
    check: 'Subnets and free IP addresses',
    affects: ['network'],
    expectDegraded: (e) => {
      expect(e.network?.subnets).toBeUndefined()
      // The VPC is still found through the route tables, so nothing downstream is lost.
      expect({ ...e.network, subnets: full.network?.subnets }).toEqual(full.network)
    }
  },
  {
    api: 'ec2:DescribeRouteTables',
    errorName: 'UnauthorizedOperation',
    deny: (m, e) => m.ec2.on(DescribeRouteTablesCommand).rejects(e),
    check: 'Subnet route tables',
    affects: ['network'],
    expectDegraded: (e) => {
      expect(e.network?.routeTables).toBeUndefined()
      expect(e.network?.natGateways).toBeUndefined()
      expect(e.network?.subnets).toEqual(full.network?.subnets)
    }
  },
  {
    api: 'ec2:DescribeNetworkAcls',
    errorName: 'UnauthorizedOperation',
    deny: (m, e) => m.ec2.on(DescribeNetworkAclsCommand).rejects(e),
    check: 'Network ACLs',
    affects: ['network'],
    expectDegraded: (e) => expect({ ...e.network, networkAcls: full.network?.networkAcls }).toEqual(full.network)
  },
  {
    api: 'ec2:DescribeVpcEndpoints',
    errorName: 'UnauthorizedOperation',
    deny: (m, e) => m.ec2.on(DescribeVpcEndpointsCommand).rejects(e),
    check: 'VPC endpoints',
    affects: ['network'],
    expectDegraded: (e) => {
      expect(e.network?.vpcEndpoints).toBeUndefined()
      // Without the endpoints their security group is unknown; task and LB groups are still read.
      expect(e.network?.securityGroups?.map((g) => g.GroupId)).toEqual(['sg-0123456789abcdef0', LB_SG])
    }
  },
  {
    api: 'ec2:DescribeVpcAttribute',
    errorName: 'UnauthorizedOperation',
    deny: (m, e) => m.ec2.on(DescribeVpcAttributeCommand).rejects(e),
    check: 'VPC DNS attributes',
    resources: [VPC],
    affects: ['network'],
    expectDegraded: (e) => expect({ ...e.network, vpcAttributes: full.network?.vpcAttributes }).toEqual(full.network)
  },
  {
    api: 'ec2:DescribeNatGateways',
    errorName: 'UnauthorizedOperation',
    deny: (m, e) => m.ec2.on(DescribeNatGatewaysCommand).rejects(e),
    check: 'NAT gateways',
    affects: ['network'],
    expectDegraded: (e) => expect({ ...e.network, natGateways: full.network?.natGateways }).toEqual(full.network)
  },
  {
    api: 'ec2:DescribeSecurityGroups',
    errorName: 'UnauthorizedOperation',
    deny: (m, e) => m.ec2.on(DescribeSecurityGroupsCommand).rejects(e),
    check: 'Security groups',
    affects: ['network'],
    expectDegraded: (e) => expect({ ...e.network, securityGroups: full.network?.securityGroups }).toEqual(full.network)
  },
  {
    api: 'iam:GetRole',
    errorName: 'AccessDenied',
    deny: (m, e) => m.iam.on(GetRoleCommand).rejects(e),
    check: 'IAM roles and trust policies',
    resources: [EXEC_ROLE_ARN, TASK_ROLE_ARN],
    affects: ['iam'],
    expectDegraded: (e) => {
      expect(e.iam?.roles).toEqual([])
      // The simulation does not need GetRole.
      expect(e.iam?.simulations).toEqual(full.iam?.simulations)
    }
  },
  {
    api: 'iam:SimulatePrincipalPolicy',
    errorName: 'AccessDenied',
    deny: (m, e) => m.iam.on(SimulatePrincipalPolicyCommand).rejects(e),
    check: 'Execution role permissions',
    resources: [EXEC_ROLE_ARN],
    affects: ['iam'],
    expectDegraded: (e) => expect(e.iam).toEqual({ roles: full.iam?.roles })
  },
  {
    api: 'ecr:DescribeImages',
    deny: (m, e) => m.ecr.on(DescribeImagesCommand).rejects(e),
    check: 'Container images',
    resources: [IMAGE],
    affects: ['images'],
    expectDegraded: (e) => expect(e.images?.map((i) => i.status)).toEqual(['not-checked', 'not-checked'])
  },
  {
    api: 'secretsmanager:DescribeSecret',
    deny: (m, e) => m.secretsManager.on(DescribeSecretCommand).rejects(e),
    check: 'Secrets and parameters',
    resources: [SECRET_ARN],
    affects: ['secrets', 'iam'],
    expectDegraded: (e) => {
      expect(e.secrets?.[0]).toMatchObject({ name: 'DB_PASSWORD', status: 'not-checked', arn: SECRET_ARN })
      expect(e.secrets?.slice(1)).toEqual(full.secrets?.slice(1))
      // Without DescribeSecret the KMS key is unknown; the secret itself is still simulated.
      expect(e.iam?.simulations?.map((s) => s.action)).not.toContain('kms:Decrypt')
      expect(e.iam?.simulations?.find((s) => s.action === 'secretsmanager:GetSecretValue')?.resource).toBe(SECRET_ARN)
    }
  },
  {
    api: 'ssm:DescribeParameters',
    deny: (m, e) => m.ssm.on(DescribeParametersCommand).rejects(e),
    check: 'Secrets and parameters',
    affects: ['secrets'],
    expectDegraded: (e) => expect(e.secrets?.map((s) => s.status)).toEqual(['found', 'not-checked', 'not-checked'])
  },
  {
    api: 'elasticloadbalancing:DescribeTargetGroups',
    errorName: 'AccessDenied',
    deny: (m, e) => m.elbv2.on(DescribeTargetGroupsCommand).rejects(e),
    check: 'Target groups',
    affects: ['loadBalancing', 'network'],
    expectDegraded: (e) => {
      expect(e.loadBalancing).toEqual({ targetHealth: full.loadBalancing?.targetHealth })
      expect(e.network?.securityGroups?.map((g) => g.GroupId)).not.toContain(LB_SG)
    }
  },
  {
    api: 'elasticloadbalancing:DescribeTargetHealth',
    errorName: 'AccessDenied',
    deny: (m, e) => m.elbv2.on(DescribeTargetHealthCommand).rejects(e),
    check: 'Target health',
    resources: [TG_ARN],
    affects: ['loadBalancing'],
    expectDegraded: (e) => expect({ ...e.loadBalancing, targetHealth: full.loadBalancing?.targetHealth }).toEqual(full.loadBalancing)
  },
  {
    api: 'elasticloadbalancing:DescribeLoadBalancers',
    errorName: 'AccessDenied',
    deny: (m, e) => m.elbv2.on(DescribeLoadBalancersCommand).rejects(e),
    check: 'Load balancers',
    affects: ['loadBalancing', 'network'],
    expectDegraded: (e) => {
      expect(e.loadBalancing?.loadBalancers).toBeUndefined()
      expect(e.network?.securityGroups?.map((g) => g.GroupId)).not.toContain(LB_SG)
    }
  }
]

describe('collectEvidence with one AWS permission missing', () => {
  it.each(CASES.map((c) => [c.api, c] as const))('without %s: the rest is intact and unavailable names the action', async (api, c) => {
    answerTypicalFailure(mocks)
    const error = accessDenied(api, c.errorName)
    c.deny(mocks, error)

    const evidence = await collect()

    const entry = { check: c.check, api, error: error.message, errorCode: c.errorName ?? 'AccessDeniedException' }
    expect(evidence.unavailable).toEqual(c.resources ? c.resources.map((resource) => ({ ...entry, resource })) : [entry])
    c.expectDegraded(evidence)
    for (const key of Object.keys(full) as (keyof Evidence)[]) {
      if (key === 'unavailable' || c.affects.includes(key)) continue
      expect([key, evidence[key]]).toEqual([key, full[key]])
    }
  })

  it('without ecs:DescribeTaskDefinition for the deployment: no task-definition checks, network and load balancing still collected', async () => {
    answerTypicalFailure(mocks)
    mocks.ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: TD_ARN }).rejects(accessDenied('ecs:DescribeTaskDefinition'))

    const evidence = await collect()

    expect(evidence.taskDefinition).toBeNull()
    expect(evidence).not.toHaveProperty('images')
    expect(evidence).not.toHaveProperty('iam')
    expect(evidence.network).toEqual(full.network)
    expect(evidence.loadBalancing).toEqual(full.loadBalancing)
    expect(evidence.previousTaskDefinition).toEqual(full.previousTaskDefinition)
    expect(evidence.unavailable).toEqual([
      expect.objectContaining({ check: 'Task definition', api: 'ecs:DescribeTaskDefinition', resource: TD_ARN })
    ])
  })

  it('names the role it could not read when only the task role (with a path) is denied', async () => {
    answerTypicalFailure(mocks)
    mocks.iam.on(GetRoleCommand, { RoleName: 'api-task-role' }).rejects(accessDenied('iam:GetRole', 'AccessDenied'))

    const evidence = await collect()

    expect(evidence.iam?.roles?.map((r) => r.kind)).toEqual(['execution'])
    expect(evidence.unavailable).toEqual([
      expect.objectContaining({ api: 'iam:GetRole', resource: TASK_ROLE_ARN, errorCode: 'AccessDenied' })
    ])
  })
})
