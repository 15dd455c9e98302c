/**
 * Every operation the action calls goes through the real AWS SDK clients (awsJson1_1, awsQuery, ec2Query, restJson1)
 * and comes back in the shape and with the error names AWS uses.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  DescribeClustersCommand,
  DescribeContainerInstancesCommand,
  DescribeServiceDeploymentsCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ListServiceDeploymentsCommand,
  ListTasksCommand
} from '@aws-sdk/client-ecs'
import {
  DescribeManagedPrefixListsCommand,
  DescribeNatGatewaysCommand,
  DescribeNetworkAclsCommand,
  DescribePrefixListsCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcAttributeCommand,
  DescribeVpcEndpointsCommand
} from '@aws-sdk/client-ec2'
import { GetRoleCommand, ListAttachedRolePoliciesCommand, SimulatePrincipalPolicyCommand } from '@aws-sdk/client-iam'
import { DescribeLogGroupsCommand, FilterLogEventsCommand, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs'
import { BatchGetImageCommand, DescribeImagesCommand } from '@aws-sdk/client-ecr'
import {
  DescribeLoadBalancersCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand
} from '@aws-sdk/client-elastic-load-balancing-v2'
import { DescribeSecretCommand } from '@aws-sdk/client-secrets-manager'
import { DescribeParametersCommand, GetParametersCommand } from '@aws-sdk/client-ssm'
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts'
import {
  DescribeAccessPointsCommand,
  DescribeFileSystemPolicyCommand,
  DescribeFileSystemsCommand,
  DescribeMountTargetSecurityGroupsCommand,
  DescribeMountTargetsCommand
} from '@aws-sdk/client-efs'
import { getScenario } from '../../simulator/index.js'
import { simulate, thrown, type SimulatorWithClients } from './helpers.js'

describe('simulator speaks each protocol to the real SDK clients', () => {
  let env: SimulatorWithClients
  const world = getScenario('secret-access-denied').world
  const vpcId = world.network.vpcs[0].VpcId as string
  const privateSubnetIds = world.service.networkConfiguration?.awsvpcConfiguration?.subnets ?? []

  beforeAll(async () => {
    env = await simulate({ scenario: 'secret-access-denied' })
    env.sim.advance(40)
  })
  afterAll(() => env.close())

  describe('ECS (awsJson1_1)', () => {
    it('describes the service with its deployments, newest first, and reports unknown services as MISSING', async () => {
      const out = await env.aws.ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['api', 'nope'] }))
      const service = out.services?.[0]
      expect(service?.serviceName).toBe('api')
      expect(service?.deployments?.map((d) => [d.id, d.status])).toEqual([
        [world.service.deployment.id, 'PRIMARY'],
        [world.service.previousDeployment.id, 'ACTIVE']
      ])
      expect(service?.deployments?.[0].createdAt).toBeInstanceOf(Date)
      expect(service?.deployments?.[0].failedTasks).toBeGreaterThanOrEqual(2)
      expect(service?.events?.[0].message).toMatch(/^\(service api\) has started 2 tasks: \(task [0-9a-f]{32}\) \(task [0-9a-f]{32}\)\.$/)
      expect(out.failures).toEqual([{ arn: 'arn:aws:ecs:eu-west-1:123456789012:service/prod/nope', reason: 'MISSING' }])
    })

    it('throws ClusterNotFoundException for an unknown cluster and InvalidParameterException for more than 10 services', async () => {
      expect((await thrown(() => env.aws.ecs.send(new DescribeServicesCommand({ cluster: 'staging', services: ['api'] })))).name).toBe('ClusterNotFoundException')
      const tooMany = Array.from({ length: 11 }, (_, i) => `svc${i}`)
      expect((await thrown(() => env.aws.ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: tooMany })))).name).toBe('InvalidParameterException')
    })

    it('lists stopped tasks of the service and describes them with the real stopped reason', async () => {
      const listed = await env.aws.ecs.send(new ListTasksCommand({ cluster: 'prod', serviceName: 'api', desiredStatus: 'STOPPED' }))
      expect(listed.taskArns?.length).toBeGreaterThanOrEqual(2)
      const { tasks } = await env.aws.ecs.send(new DescribeTasksCommand({ cluster: 'prod', tasks: listed.taskArns }))
      const task = tasks?.[0]
      expect(task?.startedBy).toBe(world.service.deployment.id)
      expect(task?.group).toBe('service:api')
      expect(task?.stopCode).toBe('TaskFailedToStart')
      expect(task?.stoppedReason).toContain('unable to retrieve secret from asm')
      expect(task?.stoppedReason).toContain(`assumed-role/api-execution-role/${task?.taskArn?.split('/').pop()}`)
      expect(task?.containers?.[0].exitCode).toBeUndefined()
    })

    it('filters by startedBy (alone) and rejects startedBy combined with serviceName', async () => {
      const ours = await env.aws.ecs.send(new ListTasksCommand({ cluster: 'prod', startedBy: world.service.deployment.id, desiredStatus: 'STOPPED' }))
      expect(ours.taskArns?.length).toBeGreaterThanOrEqual(2)
      const error = await thrown(() => env.aws.ecs.send(new ListTasksCommand({ cluster: 'prod', serviceName: 'api', startedBy: 'ecs-svc/1' })))
      expect(error.name).toBe('InvalidParameterException')
      expect((await thrown(() => env.aws.ecs.send(new ListTasksCommand({ cluster: 'prod', serviceName: 'web' })))).name).toBe('ServiceNotFoundException')
    })

    it('reports unknown task ids as MISSING failures', async () => {
      const out = await env.aws.ecs.send(new DescribeTasksCommand({ cluster: 'prod', tasks: ['0123456789abcdef0123456789abcdef'] }))
      expect(out.tasks).toEqual([])
      expect(out.failures?.[0].reason).toBe('MISSING')
    })

    it('describes task definitions by family:revision, ARN or family, and fails with ClientException otherwise', async () => {
      const byRevision = await env.aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'api:42' }))
      expect(byRevision.taskDefinition?.containerDefinitions?.[0].secrets?.map((s) => s.name)).toContain('STRIPE_API_KEY')
      const byArn = await env.aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: world.service.previousDeployment.taskDefinition }))
      expect(byArn.taskDefinition?.revision).toBe(41)
      expect((await env.aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'api' }))).taskDefinition?.revision).toBe(42)
      expect((await thrown(() => env.aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'web:1' })))).name).toBe('ClientException')
    })

    it('lists and describes service deployments with circuit-breaker details', async () => {
      const listed = await env.aws.ecs.send(new ListServiceDeploymentsCommand({ cluster: 'prod', service: 'api' }))
      expect(listed.serviceDeployments?.map((d) => d.status)).toEqual(['IN_PROGRESS', 'SUCCESSFUL'])
      const arns = listed.serviceDeployments?.map((d) => d.serviceDeploymentArn as string) ?? []
      const described = await env.aws.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [...arns, 'arn:aws:ecs:eu-west-1:123456789012:service-deployment/prod/api/nope'] }))
      expect(described.serviceDeployments?.[0].deploymentCircuitBreaker).toEqual({ status: 'DISABLED', failureCount: expect.any(Number), threshold: 3 })
      expect(described.serviceDeployments?.[0].targetServiceRevision?.arn).toContain(world.service.deployment.id.replace('ecs-svc/', ''))
      expect(described.failures?.[0].reason).toBe('MISSING')
      const { services } = await env.aws.ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['api'] }))
      expect(services?.[0].currentServiceDeployment).toBe(arns[0])
    })

    it('describes the cluster', async () => {
      const out = await env.aws.ecs.send(new DescribeClustersCommand({ clusters: ['prod'] }))
      expect(out.clusters?.[0].clusterArn).toBe('arn:aws:ecs:eu-west-1:123456789012:cluster/prod')
    })
  })

  describe('EC2 (ec2Query)', () => {
    it('describes subnets with free IP counts, filtered by id and vpc-id', async () => {
      const byId = await env.aws.ec2.send(new DescribeSubnetsCommand({ SubnetIds: privateSubnetIds }))
      expect(byId.Subnets?.map((s) => s.SubnetId)).toEqual(privateSubnetIds)
      expect(byId.Subnets?.[0].AvailableIpAddressCount).toEqual(expect.any(Number))
      expect(byId.Subnets?.[0].MapPublicIpOnLaunch).toBe(false)
      expect(byId.Subnets?.[0].Tags).toEqual([{ Key: 'Name', Value: 'prod-private-eu-west-1a' }])
      const byVpc = await env.aws.ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }] }))
      expect(byVpc.Subnets).toHaveLength(4)
    })

    it('throws InvalidSubnetID.NotFound and InvalidParameterValue for unknown ids and filters', async () => {
      expect((await thrown(() => env.aws.ec2.send(new DescribeSubnetsCommand({ SubnetIds: ['subnet-0000'] })))).name).toBe('InvalidSubnetID.NotFound')
      expect((await thrown(() => env.aws.ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'colour', Values: ['x'] }] })))).name).toBe('InvalidParameterValue')
    })

    it('finds the route table of a subnet (association.subnet-id) and the main table (association.main)', async () => {
      const own = await env.aws.ec2.send(new DescribeRouteTablesCommand({ Filters: [{ Name: 'association.subnet-id', Values: [privateSubnetIds[0]] }] }))
      expect(own.RouteTables).toHaveLength(1)
      const routes = own.RouteTables?.[0].Routes ?? []
      expect(routes.find((r) => r.DestinationCidrBlock === '0.0.0.0/0')?.NatGatewayId).toMatch(/^nat-/)
      const main = await env.aws.ec2.send(
        new DescribeRouteTablesCommand({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }, { Name: 'association.main', Values: ['true'] }] })
      )
      expect(main.RouteTables?.[0].Associations?.[0].Main).toBe(true)
    })

    it('describes NAT gateways, VPC endpoints, security groups, NACLs, DNS attributes and the S3 prefix list', async () => {
      const nats = await env.aws.ec2.send(new DescribeNatGatewaysCommand({ Filter: [{ Name: 'vpc-id', Values: [vpcId] }] }))
      expect(nats.NatGateways?.[0].State).toBe('available')
      const endpoints = await env.aws.ec2.send(new DescribeVpcEndpointsCommand({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }] }))
      expect(endpoints.VpcEndpoints?.map((e) => [e.ServiceName, e.VpcEndpointType])).toEqual([['com.amazonaws.eu-west-1.s3', 'Gateway']])
      const groupIds = world.service.networkConfiguration?.awsvpcConfiguration?.securityGroups ?? []
      const groups = await env.aws.ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: groupIds }))
      expect(groups.SecurityGroups?.[0].IpPermissions?.[0].UserIdGroupPairs?.[0].GroupId).toMatch(/^sg-/)
      expect(groups.SecurityGroups?.[0].IpPermissionsEgress?.[0].IpRanges).toEqual([{ CidrIp: '0.0.0.0/0' }])
      const acls = await env.aws.ec2.send(new DescribeNetworkAclsCommand({ Filters: [{ Name: 'association.subnet-id', Values: [privateSubnetIds[0]] }] }))
      expect(acls.NetworkAcls?.[0].Entries?.find((e) => e.RuleNumber === 100 && e.Egress)?.RuleAction).toBe('allow')
      const dns = await env.aws.ec2.send(new DescribeVpcAttributeCommand({ VpcId: vpcId, Attribute: 'enableDnsSupport' }))
      expect(dns.EnableDnsSupport?.Value).toBe(true)
      const hostnames = await env.aws.ec2.send(new DescribeVpcAttributeCommand({ VpcId: vpcId, Attribute: 'enableDnsHostnames' }))
      expect(hostnames.EnableDnsHostnames?.Value).toBe(true)
      const managed = await env.aws.ec2.send(new DescribeManagedPrefixListsCommand({ Filters: [{ Name: 'prefix-list-name', Values: ['com.amazonaws.eu-west-1.s3'] }] }))
      expect(managed.PrefixLists?.[0].PrefixListId).toBe('pl-6da54004')
      const lists = await env.aws.ec2.send(new DescribePrefixListsCommand({ PrefixListIds: ['pl-6da54004'] }))
      expect(lists.PrefixLists?.[0].Cidrs?.length).toBeGreaterThan(0)
    })
  })

  describe('IAM (awsQuery)', () => {
    it('returns the role with its URL-encoded trust policy, and NoSuchEntity for unknown roles', async () => {
      const { Role } = await env.aws.iam.send(new GetRoleCommand({ RoleName: 'api-execution-role' }))
      expect(Role?.Arn).toBe('arn:aws:iam::123456789012:role/api-execution-role')
      const trust = JSON.parse(decodeURIComponent(Role?.AssumeRolePolicyDocument ?? '')) as { Statement: { Principal: { Service: string } }[] }
      expect(trust.Statement[0].Principal.Service).toBe('ecs-tasks.amazonaws.com')
      const error = await thrown(() => env.aws.iam.send(new GetRoleCommand({ RoleName: 'nope' })))
      expect(error.name).toBe('NoSuchEntityException')
      expect(error.$metadata?.httpStatusCode).toBe(404)
      const attached = await env.aws.iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'api-execution-role' }))
      expect(attached.AttachedPolicies?.[0].PolicyArn).toBe('arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy')
    })

    it("simulates the execution role's statements: the new secret is implicitly denied, ECR pulls are allowed", async () => {
      const stripe = world.secrets.find((s) => s.name === 'prod/api/stripe-key')?.arn as string
      const out = await env.aws.iam.send(
        new SimulatePrincipalPolicyCommand({
          PolicySourceArn: 'arn:aws:iam::123456789012:role/api-execution-role',
          ActionNames: ['secretsmanager:GetSecretValue'],
          ResourceArns: [stripe, world.secrets[0].arn]
        })
      )
      expect(out.EvaluationResults?.map((r) => [r.EvalResourceName, r.EvalDecision])).toEqual([
        [stripe, 'implicitDeny'],
        [world.secrets[0].arn, 'allowed']
      ])
      expect(out.EvaluationResults?.[1].MatchedStatements?.[0].SourcePolicyId).toBe('api-secrets')
      const ecr = await env.aws.iam.send(
        new SimulatePrincipalPolicyCommand({ PolicySourceArn: 'arn:aws:iam::123456789012:role/api-execution-role', ActionNames: ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage'] })
      )
      expect(ecr.EvaluationResults?.map((r) => r.EvalDecision)).toEqual(['allowed', 'allowed'])
      expect(ecr.EvaluationResults?.[0].MatchedStatements?.[0]).toMatchObject({ SourcePolicyId: 'AmazonECSTaskExecutionRolePolicy', SourcePolicyType: 'aws-managed' })
    })
  })

  describe('CloudWatch Logs (awsJson1_1)', () => {
    it('finds the log group by prefix and reads the newest lines of a running task stream', async () => {
      const groups = await env.aws.logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/ecs/api' }))
      expect(groups.logGroups?.map((g) => g.logGroupName)).toEqual(['/ecs/api'])
      const running = await env.aws.ecs.send(new ListTasksCommand({ cluster: 'prod', startedBy: world.service.previousDeployment.id }))
      const taskId = running.taskArns?.[0].split('/').pop()
      const out = await env.aws.logs.send(new GetLogEventsCommand({ logGroupName: '/ecs/api', logStreamName: `ecs/api/${taskId}`, startFromHead: false, limit: 10 }))
      expect(out.events?.[0].message).toContain('server listening')
      expect(out.nextForwardToken).toMatch(/^f\//)
      const filtered = await env.aws.logs.send(new FilterLogEventsCommand({ logGroupName: '/ecs/api', filterPattern: 'listening' }))
      expect(filtered.events?.length).toBe(2)
    })

    it('throws ResourceNotFoundException for a missing stream (a task that never started) and group', async () => {
      const stream = await thrown(() => env.aws.logs.send(new GetLogEventsCommand({ logGroupName: '/ecs/api', logStreamName: 'ecs/api/0000' })))
      expect([stream.name, stream.message]).toEqual(['ResourceNotFoundException', 'The specified log stream does not exist.'])
      const group = await thrown(() => env.aws.logs.send(new GetLogEventsCommand({ logGroupName: '/ecs/web', logStreamName: 'x' })))
      expect(group.message).toBe('The specified log group does not exist.')
    })
  })

  describe('ECR (awsJson1_1)', () => {
    it('describes images and names missing tags and repositories the way ECR does', async () => {
      const out = await env.aws.ecr.send(new DescribeImagesCommand({ repositoryName: 'api', imageIds: [{ imageTag: 'v1.42.0' }] }))
      expect(out.imageDetails?.[0]).toMatchObject({ repositoryName: 'api', imageTags: ['v1.42.0'], registryId: '123456789012' })
      const tag = await thrown(() => env.aws.ecr.send(new DescribeImagesCommand({ repositoryName: 'api', imageIds: [{ imageTag: 'v9' }] })))
      expect(tag.name).toBe('ImageNotFoundException')
      expect(tag.message).toContain("imageTag:'v9'")
      expect((await thrown(() => env.aws.ecr.send(new DescribeImagesCommand({ repositoryName: 'web' })))).name).toBe('RepositoryNotFoundException')
    })

    it('returns the manifest with BatchGetImage and failures for missing tags', async () => {
      const out = await env.aws.ecr.send(new BatchGetImageCommand({ repositoryName: 'api', imageIds: [{ imageTag: 'v1.42.0' }, { imageTag: 'v9' }] }))
      expect(JSON.parse(out.images?.[0].imageManifest ?? '{}').mediaType).toBe('application/vnd.docker.distribution.manifest.v2+json')
      expect(out.failures?.[0]).toMatchObject({ failureCode: 'ImageNotFound', imageId: { imageTag: 'v9' } })
    })
  })

  describe('ELBv2 (awsQuery)', () => {
    it('describes the target group, its load balancer and target health of the old tasks', async () => {
      const { TargetGroups } = await env.aws.elbv2.send(new DescribeTargetGroupsCommand({ TargetGroupArns: [world.loadBalancing.targetGroups[0].TargetGroupArn as string] }))
      expect(TargetGroups?.[0]).toMatchObject({ HealthCheckPath: '/health', Matcher: { HttpCode: '200' }, TargetType: 'ip', UnhealthyThresholdCount: 3 })
      const { LoadBalancers } = await env.aws.elbv2.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: TargetGroups?.[0].LoadBalancerArns }))
      expect(LoadBalancers?.[0].SecurityGroups?.[0]).toMatch(/^sg-/)
      const health = await env.aws.elbv2.send(new DescribeTargetHealthCommand({ TargetGroupArn: TargetGroups?.[0].TargetGroupArn }))
      expect(health.TargetHealthDescriptions?.map((d) => d.TargetHealth?.State)).toEqual(['healthy', 'healthy'])
      const missing = await thrown(() => env.aws.elbv2.send(new DescribeTargetGroupsCommand({ TargetGroupArns: ['arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/x/1'] })))
      expect(missing.name).toBe('TargetGroupNotFoundException')
    })
  })

  describe('Secrets Manager, SSM and STS', () => {
    it('describes secrets by name, full or partial ARN, and throws ResourceNotFoundException otherwise', async () => {
      const arn = world.secrets[0].arn
      for (const id of ['prod/api/database', arn, arn.slice(0, -7)]) {
        expect((await env.aws.secretsManager.send(new DescribeSecretCommand({ SecretId: id }))).ARN).toBe(arn)
      }
      expect((await thrown(() => env.aws.secretsManager.send(new DescribeSecretCommand({ SecretId: 'prod/api/nope' })))).name).toBe('ResourceNotFoundException')
    })

    it('finds parameters with Name Equals filters and lists unknown names in InvalidParameters', async () => {
      const described = await env.aws.ssm.send(new DescribeParametersCommand({ ParameterFilters: [{ Key: 'Name', Option: 'Equals', Values: ['/prod/api/session-key'] }] }))
      expect(described.Parameters?.[0]).toMatchObject({ Name: '/prod/api/session-key', Type: 'SecureString', KeyId: 'alias/aws/ssm' })
      const got = await env.aws.ssm.send(new GetParametersCommand({ Names: ['/prod/api/feature-flags', '/prod/api/nope'] }))
      expect(got.Parameters?.map((p) => p.Name)).toEqual(['/prod/api/feature-flags'])
      expect(got.InvalidParameters).toEqual(['/prod/api/nope'])
    })

    it('tells who is calling', async () => {
      const me = await env.aws.sts.send(new GetCallerIdentityCommand({}))
      expect(me).toMatchObject({ Account: '123456789012', Arn: 'arn:aws:sts::123456789012:assumed-role/github-actions-deploy/GitHubActions' })
    })
  })
})

describe('scenario-specific shapes', () => {
  it('serves a multi-arch image index (with attestation entries) for exec-format-error', async () => {
    const env = await simulate({ scenario: 'exec-format-error' })
    try {
      const out = await env.aws.ecr.send(new BatchGetImageCommand({ repositoryName: 'api', imageIds: [{ imageTag: 'v1.42.0' }] }))
      const index = JSON.parse(out.images?.[0].imageManifest ?? '{}') as { manifests: { platform: { architecture: string } }[] }
      expect(out.images?.[0].imageManifestMediaType).toBe('application/vnd.oci.image.index.v1+json')
      expect(index.manifests.map((m) => m.platform.architecture)).toEqual(['arm64', 'unknown'])
    } finally {
      await env.close()
    }
  })

  it('describes EC2 container instances for the EC2 launch-type scenario', async () => {
    const env = await simulate({ scenario: 'port-conflict' })
    try {
      const ids = env.sim.scenario.world.cluster.containerInstances.map((i) => i.containerInstanceArn?.split('/').pop() as string)
      const out = await env.aws.ecs.send(new DescribeContainerInstancesCommand({ cluster: 'prod', containerInstances: [...ids, 'nope'], include: ['CONTAINER_INSTANCE_HEALTH'] }))
      expect(out.containerInstances?.map((i) => i.agentConnected)).toEqual([true, true])
      expect(out.containerInstances?.[0].remainingResources?.find((r) => r.name === 'PORTS')?.stringSetValue).toContain('80')
      expect(out.failures).toEqual([{ arn: 'nope', reason: 'MISSING' }])
    } finally {
      await env.close()
    }
  })

  it('shows isolated subnets with interface endpoints for network-missing-ecr-endpoints', async () => {
    const env = await simulate({ scenario: 'network-missing-ecr-endpoints' })
    try {
      const vpcId = env.sim.scenario.world.network.vpcs[0].VpcId as string
      const out = await env.aws.ec2.send(new DescribeVpcEndpointsCommand({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }] }))
      expect(out.VpcEndpoints?.map((e) => e.ServiceName?.replace('com.amazonaws.eu-west-1.', '')).sort()).toEqual(['logs', 's3', 'secretsmanager', 'ssm'])
      expect(out.VpcEndpoints?.find((e) => e.VpcEndpointType === 'Interface')?.PrivateDnsEnabled).toBe(true)
      const nats = await env.aws.ec2.send(new DescribeNatGatewaysCommand({}))
      expect(nats.NatGateways).toEqual([])
    } finally {
      await env.close()
    }
  })
})

describe('EFS (restJson1): routed by method and path', () => {
  let env: SimulatorWithClients
  const world = getScenario('efs-mount-failed').world
  const fs = world.efs?.fileSystems[0].FileSystemId as string
  const accessPoint = world.efs?.accessPoints[0].AccessPointId as string

  beforeAll(async () => {
    env = await simulate({ scenario: 'efs-mount-failed' })
  })
  afterAll(() => env.close())

  it('describes the file system (dates as dates) and names an unknown one FileSystemNotFound (404)', async () => {
    const out = await env.aws.efs.send(new DescribeFileSystemsCommand({ FileSystemId: fs }))
    expect(out.FileSystems?.map((f) => [f.FileSystemId, f.Name, f.LifeCycleState])).toEqual([[fs, 'prod-api-uploads', 'available']])
    expect(out.FileSystems?.[0].CreationTime).toBeInstanceOf(Date)
    const missing = await thrown(() => env.aws.efs.send(new DescribeFileSystemsCommand({ FileSystemId: 'fs-0000000000000000f' })))
    expect([missing.name, missing.$metadata?.httpStatusCode]).toEqual(['FileSystemNotFound', 404])
  })

  it('pages the mount targets with Marker / NextMarker, and describes the security groups of each', async () => {
    const first = await env.aws.efs.send(new DescribeMountTargetsCommand({ FileSystemId: fs, MaxItems: 1 }))
    expect(first.MountTargets).toHaveLength(1)
    const second = await env.aws.efs.send(new DescribeMountTargetsCommand({ FileSystemId: fs, MaxItems: 1, Marker: first.NextMarker }))
    expect(second.NextMarker).toBeUndefined()
    const targets = [...(first.MountTargets ?? []), ...(second.MountTargets ?? [])]
    expect(targets.map((t) => t.AvailabilityZoneName)).toEqual(['eu-west-1a', 'eu-west-1b'])
    const groups = await env.aws.efs.send(new DescribeMountTargetSecurityGroupsCommand({ MountTargetId: targets[0].MountTargetId }))
    expect(groups.SecurityGroups).toEqual([world.network.securityGroups.find((g) => g.GroupName === 'prod-api-uploads-efs')?.GroupId])
  })

  it('describes the access point and the file system policy; AccessPointNotFound and PolicyNotFound otherwise', async () => {
    const points = await env.aws.efs.send(new DescribeAccessPointsCommand({ AccessPointId: accessPoint }))
    expect(points.AccessPoints?.[0].RootDirectory).toEqual({ Path: '/uploads', CreationInfo: { OwnerUid: 1000, OwnerGid: 1000, Permissions: '755' } })
    const policy = await env.aws.efs.send(new DescribeFileSystemPolicyCommand({ FileSystemId: fs }))
    expect(JSON.parse(policy.Policy ?? '{}').Statement.map((s: { Sid: string }) => s.Sid)).toEqual(['ApiTasksMountAndWrite', 'DenyWithoutTls'])
    expect((await thrown(() => env.aws.efs.send(new DescribeAccessPointsCommand({ AccessPointId: 'fsap-0000000000000000f' })))).name).toBe('AccessPointNotFound')
    const healthy = await simulate({ scenario: 'healthy' })
    try {
      expect((await thrown(() => healthy.aws.efs.send(new DescribeFileSystemPolicyCommand({ FileSystemId: fs })))).name).toBe('FileSystemNotFound')
    } finally {
      await healthy.close()
    }
  })
})

describe('EFS faults', () => {
  it('answers a denied EFS call AccessDeniedException (403) naming the elasticfilesystem action', async () => {
    const env = await simulate({ scenario: 'efs-mount-failed', faults: { deny: ['EFS:DescribeMountTargets'] } })
    try {
      const fs = env.sim.scenario.world.efs?.fileSystems[0].FileSystemId as string
      const denied = await thrown(() => env.aws.efs.send(new DescribeMountTargetsCommand({ FileSystemId: fs })))
      expect([denied.name, denied.$metadata?.httpStatusCode]).toEqual(['AccessDeniedException', 403])
      expect(denied.message).toContain('is not authorized to perform: elasticfilesystem:DescribeMountTargets')
    } finally {
      await env.close()
    }
  })
})

describe('Service Connect', () => {
  it('shows a deployment with Service Connect and the proxy container in its tasks', async () => {
    const env = await simulate({ scenario: 'service-connect-failed' })
    try {
      env.sim.advance(30)
      const { services } = await env.aws.ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['api'] }))
      const deployment = services?.[0].deployments?.[0]
      expect(deployment?.serviceConnectConfiguration?.services?.[0].clientAliases).toEqual([{ port: 8080, dnsName: 'api.internal' }])
      expect(deployment?.serviceConnectResources?.[0].discoveryArn).toMatch(/^arn:aws:servicediscovery:eu-west-1:123456789012:service\/srv-[a-z0-9]{16}$/)
      const listed = await env.aws.ecs.send(new ListTasksCommand({ cluster: 'prod', startedBy: deployment?.id }))
      const { tasks } = await env.aws.ecs.send(new DescribeTasksCommand({ cluster: 'prod', tasks: listed.taskArns }))
      expect(tasks?.[0].containers?.map((c) => c.name)).toEqual(['api', expect.stringMatching(/^ecs-service-connect-[A-Za-z0-9]{6}$/)])
    } finally {
      await env.close()
    }
  })
})
