import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs'
import { SimulatePrincipalPolicyCommand } from '@aws-sdk/client-iam'
import { DescribeSubnetsCommand } from '@aws-sdk/client-ec2'
import { createClients } from '../../src/aws/clients.js'
import { collectEvidence } from '../../src/evidence/collect.js'
import {
  ACCOUNT,
  APP_LOG,
  CLUSTER,
  DEPLOYMENT,
  ENDPOINT_SG,
  EXEC_ROLE_ARN,
  FLAGS_PARAMETER,
  KMS_KEY_ARN,
  LB_SG,
  LOG_GROUP,
  LOG_GROUP_ARN,
  NAT,
  OLD_TD_ARN,
  REGION,
  REPOSITORY_ARN,
  ROUTE_TABLE,
  SECRET_ARN,
  SECRET_VALUE_FROM,
  SERVICE,
  SUBNETS,
  TASK_IDS,
  TASK_ROLE_ARN,
  TASK_SG,
  TD_ARN,
  TG_ARN,
  TRUST_POLICY,
  VPC,
  XRAY_IMAGE,
  IMAGE,
  answerTypicalFailure,
  callsMade,
  iso,
  mockAws,
  service,
  stoppedTask
} from './scenario.js'

const mocks = mockAws()
afterAll(() => Object.values(mocks).forEach((m) => m.restore()))
beforeEach(() => answerTypicalFailure(mocks))

function request() {
  return {
    clients: createClients({ region: REGION }),
    region: REGION,
    cluster: CLUSTER,
    serviceName: SERVICE,
    deploymentId: DEPLOYMENT,
    service: service(),
    tasks: [stoppedTask(0), stoppedTask(1), stoppedTask(2)],
    logLines: 50,
    now: () => new Date('2026-11-20T10:05:00.000Z')
  }
}

describe('collectEvidence for a typical failing Fargate deployment', () => {
  it('writes the document header, the service and tasks with ISO dates, and both task definitions', async () => {
    const evidence = await collectEvidence(request())

    expect(Object.keys(evidence)).toEqual([
      'schemaVersion',
      'generatedAt',
      'region',
      'cluster',
      'serviceName',
      'deploymentId',
      'service',
      'taskDefinition',
      'previousTaskDefinition',
      'tasks',
      'serviceDeployments',
      'logs',
      'logGroups',
      'iam',
      'images',
      'secrets',
      'network',
      'loadBalancing',
      'unavailable'
    ])
    expect(evidence).toMatchObject({
      schemaVersion: 1,
      generatedAt: '2026-11-20T10:05:00.000Z',
      region: REGION,
      cluster: CLUSTER,
      serviceName: SERVICE,
      deploymentId: DEPLOYMENT
    })
    expect(evidence.service.deployments?.[0]).toMatchObject({ id: DEPLOYMENT, createdAt: '2026-11-20T10:00:00.000Z' })
    expect(evidence.service.events?.[0].createdAt).toBe(iso(230))
    expect(evidence.tasks?.map((t) => t.stoppedAt)).toEqual([iso(64), iso(134), iso(204)])
    expect(evidence.taskDefinition?.taskDefinitionArn).toBe(TD_ARN)
    expect(evidence.taskDefinition?.registeredAt).toBe(iso(-60))
    expect(evidence.previousTaskDefinition?.taskDefinitionArn).toBe(OLD_TD_ARN)
    expect(evidence.serviceDeployments?.[0]).toMatchObject({
      status: 'IN_PROGRESS',
      createdAt: '2026-11-20T10:00:00.400Z',
      deploymentCircuitBreaker: { failureCount: 3, threshold: 3 }
    })
    expect(evidence.unavailable).toEqual([])
    expect(JSON.stringify(evidence)).not.toContain('$metadata')
  })

  it('reads the last log lines of the crashed app container once, from its exact awslogs stream', async () => {
    const evidence = await collectEvidence(request())

    // Three tasks failed the same way (api exit 1); the sidecar was only stopped with them (143).
    expect(evidence.logs).toEqual([
      {
        taskArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:task/${CLUSTER}/${TASK_IDS[2]}`,
        containerName: 'api',
        logGroup: LOG_GROUP,
        logStream: `ecs/api/${TASK_IDS[2]}`,
        lines: APP_LOG
      }
    ])
    expect(mocks.logs.commandCalls(GetLogEventsCommand).map((c) => c.args[0].input)).toEqual([
      { logGroupName: LOG_GROUP, logStreamName: `ecs/api/${TASK_IDS[2]}`, startFromHead: false, limit: 50 }
    ])
    expect(evidence.logGroups).toEqual([
      { containerName: 'api', logGroupName: LOG_GROUP, region: REGION, exists: true, createGroup: false },
      { containerName: 'xray', logGroupName: LOG_GROUP, region: REGION, exists: true, createGroup: false }
    ])
  })

  it('checks images, secrets and parameters without reading any value', async () => {
    const evidence = await collectEvidence(request())

    expect(evidence.images).toEqual([
      { containerName: 'api', image: IMAGE, registry: 'ecr', registryId: ACCOUNT, region: REGION, repositoryName: 'api', tag: 'v1.4.2', status: 'found' },
      { containerName: 'xray', image: XRAY_IMAGE, registry: 'other', repositoryName: 'xray/aws-xray-daemon', tag: '3.3.7', status: 'not-checked' }
    ])
    expect(evidence.secrets).toEqual([
      { containerName: 'api', name: 'DB_PASSWORD', valueFrom: SECRET_VALUE_FROM, store: 'secretsmanager', status: 'found', arn: SECRET_ARN, kmsKeyId: KMS_KEY_ARN },
      { containerName: 'api', name: 'API_KEY', valueFrom: 'prod-api-key', store: 'ssm', status: 'found', arn: `arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/prod-api-key` },
      { containerName: 'api', name: 'FEATURE_FLAGS', valueFrom: FLAGS_PARAMETER, store: 'ssm', status: 'found', arn: `arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/prod/api/flags` }
    ])
    expect(mocks.secretsManager.calls().map((c) => c.args[0].constructor.name)).toEqual(['DescribeSecretCommand'])
    expect(mocks.secretsManager.calls()[0].args[0].input).toEqual({ SecretId: SECRET_ARN })
    expect(mocks.ssm.calls().map((c) => c.args[0].input)).toEqual([
      { ParameterFilters: [{ Key: 'Name', Option: 'Equals', Values: ['prod-api-key', '/prod/api/flags'] }], MaxResults: 50 }
    ])
  })

  it('simulates the execution role once, on exactly the ARNs the task definition uses', async () => {
    const evidence = await collectEvidence(request())

    expect(mocks.iam.commandCalls(SimulatePrincipalPolicyCommand)).toHaveLength(1)
    const allowed = (action: string, resource: string, policy: string) => ({
      role: 'execution',
      principalArn: EXEC_ROLE_ARN,
      action,
      resource,
      decision: 'allowed',
      matchedStatements: [policy]
    })
    expect(evidence.iam?.simulations).toEqual([
      allowed('ecr:GetAuthorizationToken', '*', 'AmazonECSTaskExecutionRolePolicy'),
      allowed('ecr:BatchGetImage', REPOSITORY_ARN, 'AmazonECSTaskExecutionRolePolicy'),
      allowed('ecr:GetDownloadUrlForLayer', REPOSITORY_ARN, 'AmazonECSTaskExecutionRolePolicy'),
      allowed('secretsmanager:GetSecretValue', SECRET_ARN, 'api-secrets'),
      allowed('kms:Decrypt', KMS_KEY_ARN, 'api-secrets'),
      allowed('ssm:GetParameters', `arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/prod-api-key`, 'api-secrets'),
      allowed('ssm:GetParameters', `arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/prod/api/flags`, 'api-secrets'),
      allowed('logs:CreateLogStream', LOG_GROUP_ARN, 'AmazonECSTaskExecutionRolePolicy'),
      allowed('logs:PutLogEvents', LOG_GROUP_ARN, 'AmazonECSTaskExecutionRolePolicy')
    ])
    expect(evidence.iam?.roles).toEqual([
      { kind: 'execution', arn: EXEC_ROLE_ARN, roleName: 'api-execution-role', exists: true, assumeRolePolicyDocument: TRUST_POLICY, trustsEcsTasks: true },
      { kind: 'task', arn: TASK_ROLE_ARN, roleName: 'api-task-role', exists: true, assumeRolePolicyDocument: TRUST_POLICY, trustsEcsTasks: true }
    ])
  })

  it('describes the task network with one call per resource type', async () => {
    const evidence = await collectEvidence(request())
    const network = evidence.network

    expect(network?.vpcId).toBe(VPC)
    expect(network?.taskSecurityGroupIds).toEqual([TASK_SG])
    expect(network?.vpcAttributes).toEqual({ enableDnsSupport: true, enableDnsHostnames: true })
    expect(network?.subnets?.map((s) => [s.SubnetId, s.AvailableIpAddressCount])).toEqual([
      [SUBNETS[0], 240],
      [SUBNETS[1], 239]
    ])
    expect(network?.routeTables?.map((t) => t.RouteTableId)).toEqual([ROUTE_TABLE])
    expect(network?.natGateways?.map((n) => [n.NatGatewayId, n.State, n.CreateTime])).toEqual([[NAT, 'available', iso(-8640000)]])
    expect(network?.vpcEndpoints?.map((e) => e.ServiceName)).toEqual([`com.amazonaws.${REGION}.secretsmanager`])
    expect(network?.securityGroups?.map((g) => g.GroupId)).toEqual([TASK_SG, ENDPOINT_SG, LB_SG])
    expect(network?.networkAcls?.map((a) => a.NetworkAclId)).toEqual(['acl-0123abcd4567ef890'])
    // Task egress is open, so the S3 prefix list is not needed and not looked up.
    expect(network?.s3PrefixListId).toBeUndefined()
    expect(mocks.ec2.commandCalls(DescribeSubnetsCommand)[0].args[0].input).toEqual({
      Filters: [{ Name: 'subnet-id', Values: SUBNETS }]
    })
  })

  it('reads target groups, target health and the load balancers of the service', async () => {
    const evidence = await collectEvidence(request())

    expect(evidence.loadBalancing?.targetGroups?.map((g) => [g.TargetGroupArn, g.HealthCheckPath])).toEqual([[TG_ARN, '/health']])
    expect(evidence.loadBalancing?.targetHealth).toEqual([
      {
        targetGroupArn: TG_ARN,
        descriptions: [
          { Target: { Id: '10.0.1.23', Port: 8080, AvailabilityZone: `${REGION}a` }, HealthCheckPort: '8080', TargetHealth: { State: 'healthy' } },
          {
            Target: { Id: '10.0.1.57', Port: 8080, AvailabilityZone: `${REGION}a` },
            HealthCheckPort: '8080',
            TargetHealth: { State: 'draining', Reason: 'Target.DeregistrationInProgress', Description: 'Target deregistration is in progress' }
          }
        ]
      }
    ])
    expect(evidence.loadBalancing?.loadBalancers?.map((b) => [b.LoadBalancerName, b.SecurityGroups, b.CreatedTime])).toEqual([
      ['prod-alb', [LB_SG], iso(-8640000)]
    ])
  })

  it('stays within the AWS call budget: 23 calls, one per resource type, no STS', async () => {
    await collectEvidence(request())

    const calls = callsMade(mocks).sort()
    expect(calls).toEqual(
      [
        'ecs.DescribeTaskDefinition',
        'ecs.DescribeTaskDefinition',
        'ecs.ListServiceDeployments',
        'ecs.DescribeServiceDeployments',
        'ec2.DescribeSubnets',
        'ec2.DescribeRouteTables',
        'ec2.DescribeNetworkAcls',
        'ec2.DescribeVpcEndpoints',
        'ec2.DescribeVpcAttribute',
        'ec2.DescribeVpcAttribute',
        'ec2.DescribeNatGateways',
        'ec2.DescribeSecurityGroups',
        'iam.GetRole',
        'iam.GetRole',
        'iam.SimulatePrincipalPolicy',
        'logs.GetLogEvents',
        'logs.DescribeLogGroups',
        'ecr.DescribeImages',
        'elbv2.DescribeTargetGroups',
        'elbv2.DescribeTargetHealth',
        'elbv2.DescribeLoadBalancers',
        'secretsManager.DescribeSecret',
        'ssm.DescribeParameters'
      ].sort()
    )
    expect(calls.length).toBeLessThanOrEqual(25)
  })

  it('accepts the service and tasks already in JSON form, as the watch may hold them', async () => {
    const json = JSON.parse(JSON.stringify({ service: service(), tasks: [stoppedTask(0)] }))
    const evidence = await collectEvidence({ ...request(), service: json.service, tasks: json.tasks })

    expect(evidence.service.deployments?.[0].createdAt).toBe('2026-11-20T10:00:00.000Z')
    expect(evidence.logs?.map((l) => l.logStream)).toEqual([`ecs/api/${TASK_IDS[0]}`])
  })
})
