/**
 * Every start-up scenario the catalogue knows, as evidence documents with the root cause they
 * must produce. The fix-command test runs the diagnosis over all of them and validates every
 * printed `aws` command with the AWS CLI.
 */
import type { Evidence } from '../../../src/evidence/schema.js'
import type { RootCauseCode } from '../../../src/types.js'
import { ACCOUNT, LOG_GROUP, REGION, SECRET_ARN } from '../../fixtures/evidence.js'
import { CAPACITY, EVENTS, IMAGE_DENIED, IMAGE_MISSING, LOGS, NETWORK, PLATFORM, RATE_LIMIT, SECRET_DENIED, SECRET_MISSING } from './reasons.js'
import * as E from './efs-fixtures.js'
import * as S from './scenarios.js'

export interface FixtureCase {
  name: string
  evidence: Evidence
  code: RootCauseCode
}

const c = (name: string, code: RootCauseCode, evidence: Evidence): FixtureCase => ({ name, code, evidence })

export function fixtureCases(): FixtureCase[] {
  return [
    // network
    c('isolated subnets without endpoints', 'network-unreachable', S.isolate(S.stoppedWith(NETWORK.ecrAuthTimeout))),
    c('isolated subnets, ECR endpoints but no S3 gateway', 'network-unreachable', S.withEndpoints(S.isolate(S.stoppedWith(NETWORK.layerTimeout)), ['ecr.api', 'ecr.dkr', 'logs', 'secretsmanager'])),
    c('S3 gateway not on the task route table', 'network-unreachable', s3GatewayElsewhere()),
    c('public subnet without public IP', 'network-unreachable', S.publicRoute(S.stoppedWith(NETWORK.manifestTimeout))),
    c('NAT gateway failed', 'network-unreachable', S.natState(S.stoppedWith(NETWORK.dockerDaemonCanceled), 'failed')),
    c('blackhole default route', 'network-unreachable', S.blackholeRoute(S.stoppedWith(NETWORK.signalKilled))),
    c('endpoint security group blocks the task', 'network-unreachable', S.withEndpoints(S.isolate(S.stoppedWith(NETWORK.asmNewWording)), ['ecr.api', 'ecr.dkr', 'logs', 'secretsmanager'], { s3Gateway: true, admitTask: false })),
    c('private DNS off on an endpoint', 'network-unreachable', S.withEndpoints(S.isolate(S.stoppedWith(NETWORK.asmNewWording)), ['ecr.api', 'ecr.dkr', 'logs', 'secretsmanager'], { s3Gateway: true, privateDns: false })),
    c('task SG egress without 443', 'network-unreachable', S.restrictTaskEgress(S.stoppedWith(NETWORK.ecrAuthTimeoutNewWording), [{ IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, IpRanges: [{ CidrIp: '10.0.0.0/16' }] }])),
    c('restricted egress without the S3 prefix list', 'network-unreachable', s3PrefixListMissing()),
    c('NACL denies outbound 443', 'network-unreachable', S.naclDeniesHttps(S.stoppedWith(NETWORK.loggerTimeout))),
    c('NACL without ephemeral return ports', 'network-unreachable', S.naclWithoutEphemeral(S.stoppedWith(NETWORK.manifestTimeout))),
    c('VPC DNS support off', 'network-unreachable', dnsOff()),
    c('VPC DNS hostnames off with private endpoints', 'network-unreachable', dnsHostnamesOff()),
    c('Docker Hub image in an isolated subnet', 'network-unreachable', dockerHubIsolated()),
    c('network timeout but path looks fine', 'network-unreachable', S.stoppedWith(NETWORK.manifestTimeout)),
    c('network timeout without network evidence', 'network-unreachable', noNetworkEvidence()),
    // IAM and secrets
    c('secret access denied, simulation confirms', 'secret-access-denied', S.setSimulation(S.stoppedWith(SECRET_DENIED.asmIdentity), 'secretsmanager:GetSecretValue', SECRET_ARN, 'implicitDeny')),
    c('secret access denied, explicit deny', 'secret-access-denied', S.setSimulation(S.stoppedWith(SECRET_DENIED.goSdkExplicitDeny), 'secretsmanager:GetSecretValue', SECRET_ARN, 'explicitDeny', ['DenySecrets'])),
    c('secret access denied, simulation allows', 'secret-access-denied', S.stoppedWith(SECRET_DENIED.asmIdentity)),
    c('KMS decrypt denied on a CMK', 'secret-access-denied', S.setSimulation(S.secretStatus(S.stoppedWith(SECRET_DENIED.kmsNotAllowed), 'found', S.KMS_KEY), 'kms:Decrypt', S.KMS_KEY, 'implicitDeny')),
    c('SSM parameter access denied on EC2', 'secret-access-denied', S.setSimulation(S.withSsmParameter(S.stoppedWith(SECRET_DENIED.ssmEc2Agent), '/prod/api/DB_URL'), 'ssm:GetParameters', `arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/prod/api/DB_URL`, 'implicitDeny')),
    c('SSM parameter denied although the role allows it', 'secret-access-denied', S.withSsmParameter(S.stoppedWith(SECRET_DENIED.ssmEc2Agent), '/prod/api/DB_URL')),
    c('environment file in S3 denied', 'secret-access-denied', envFileDenied()),
    c('cross-account secret without resource policy', 'secret-access-denied', S.stoppedWith(SECRET_DENIED.resourcePolicy)),
    c('registry credentials secret denied', 'secret-access-denied', S.stoppedWith(SECRET_DENIED.registryCredentials)),
    c('secret access denied without IAM permission', 'secret-access-denied', S.withoutIamPermission(S.stoppedWith(SECRET_DENIED.asmIdentity))),
    c('invalid ssm parameters', 'secret-not-found', S.withSsmParameter(S.stoppedWith(SECRET_MISSING.invalidSsm), '/prod/api/DB_URL', 'not-found')),
    c('bare secret name read from SSM', 'secret-not-found', S.withSsmParameter(S.stoppedWith(SECRET_MISSING.bareName), 'prod/api/db-password', 'not-found')),
    c('Secrets Manager secret not found', 'secret-not-found', S.secretStatus(S.stoppedWith(SECRET_MISSING.asmResourceNotFound), 'not-found')),
    c('missing JSON key', 'secret-not-found', jsonKeyMissing()),
    // images
    c('image tag not found', 'image-not-found', S.imageStatus(S.stoppedWith(IMAGE_MISSING.fargateNotFound), 'image-not-found')),
    c('repository not found', 'image-not-found', S.imageStatus(S.stoppedWith(IMAGE_MISSING.api404), 'repository-not-found')),
    c('image not found but exists now', 'image-not-found', S.stoppedWith(IMAGE_MISSING.dockerManifestUnknown)),
    c('ECR auth denied', 'image-pull-access-denied', S.setSimulation(S.stoppedWith(IMAGE_DENIED.ecrAuthDenied), 'ecr:GetAuthorizationToken', '*', 'implicitDeny')),
    c('BatchGetImage denied', 'image-pull-access-denied', S.setSimulation(S.stoppedWith(IMAGE_DENIED.batchGetImage), 'ecr:BatchGetImage', S.REPO_ARN, 'implicitDeny')),
    c('no execution role', 'image-pull-access-denied', noExecutionRole()),
    c('Docker Hub rate limit', 'image-pull-rate-limited', dockerHubImage(S.stoppedWith(RATE_LIMIT.hubPullLimit))),
    c('image built for arm64', 'image-platform-mismatch', S.imageStatus(S.stoppedWith(PLATFORM.noMatch), 'found', ['arm64'])),
    // logging
    c('log group missing', 'log-config-error', S.logGroupMissing(S.stoppedWith(LOGS.groupMissing))),
    c('CreateLogGroup denied', 'log-config-error', S.setSimulation(S.logGroupMissing(S.stoppedWith(LOGS.createGroupDenied), true), 'logs:CreateLogGroup', `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${LOG_GROUP}:*`, 'implicitDeny')),
    c('awslogs-region missing', 'log-config-error', S.stoppedWith(LOGS.regionRequired)),
    c('ambiguous logger message, log group missing', 'log-config-error', S.logGroupMissing(S.stoppedWith(LOGS.ambiguous))),
    // capacity and placement
    c('subnet IPs exhausted', 'subnet-ip-exhausted', S.subnetsFree(S.stoppedWith(CAPACITY.subnetFull), 0, 1)),
    c('ENI timeout with full subnets', 'subnet-ip-exhausted', S.subnetsFree(S.stoppedWith(CAPACITY.eniTimeout), 0, 0)),
    c('subnets full while tasks hang', 'subnet-ip-exhausted', hangingInProvisioning()),
    c('Fargate capacity unavailable', 'placement-failed', S.withEvents(S.failedDeployment(), EVENTS.capacity)),
    c('Fargate vCPU quota', 'placement-failed', S.withEvents(S.failedDeployment(), EVENTS.vcpuLimit)),
    c('unsupported Availability Zone', 'placement-failed', S.withEvents(S.failedDeployment(), EVENTS.internalError)),
    c('no container instances', 'placement-failed', S.withEvents(S.onEc2(S.failedDeployment()), EVENTS.noInstances)),
    c('insufficient memory on EC2', 'placement-failed', S.withEvents(S.onEc2(S.failedDeployment()), EVENTS.insufficientMemory)),
    c('agent disconnected', 'container-instance-unhealthy', S.withEvents(S.onEc2(S.failedDeployment()), EVENTS.agent)),
    c('devicemapper full', 'container-instance-unhealthy', ec2Stops(CAPACITY.devmapper)),
    c('Spot interruptions only', 'spot-interruption', spotOnly()),
    c('image larger than ephemeral storage', 'ephemeral-storage-exhausted', S.stoppedWith(CAPACITY.fargateDiskExtract)),
    c('deployment configuration blocks', 'deployment-configuration-blocked', blockedDeployment()),
    c('role trust policy', 'role-invalid', untrustedRole()),
    c('execution role deleted', 'role-invalid', deletedRole()),
    c('service-linked role missing', 'role-invalid', S.withEvents(S.failedDeployment(), EVENTS.serviceLinkedRole)),
    c('invalid mount config', 'invalid-task-definition', S.stoppedWith(CAPACITY.invalidMount)),
    c('Fargate without execution role', 'invalid-task-definition', S.withEvents(S.failedDeployment(), EVENTS.noExecutionRole)),
    // EFS: each step of the mount the evidence shows failing
    c('EFS timeout, mount target group admits another group', 'efs-mount-failed', E.ingressFromOthers(E.efsStop(E.EFS_REASONS.timedOut))),
    c('EFS timeout, task group lets only HTTPS out', 'efs-mount-failed', E.egressHttpsOnly(E.efsStop(E.EFS_REASONS.timedOut))),
    c('EFS timeout, both groups open', 'efs-mount-failed', E.efsStop(E.EFS_REASONS.timedOut)),
    c('EFS DNS, no mount target in one zone', 'efs-mount-failed', E.oneMountTarget(E.efsStop(E.EFS_REASONS.resolve))),
    c('EFS DNS, VPC DNS hostnames off', 'efs-mount-failed', E.dnsHostnamesOff(E.efsStop(E.EFS_REASONS.resolve))),
    c('EFS DNS, file system does not exist', 'efs-mount-failed', E.fileSystemMissing(E.efsStop(E.EFS_REASONS.resolve))),
    c('EFS access denied, task role not granted', 'efs-mount-failed', E.taskRoleDenied(E.efsStop(E.EFS_REASONS.accessDenied))),
    c('EFS access denied, policy requires IAM', 'efs-mount-failed', E.iamOff(E.efsStop(E.EFS_REASONS.accessDenied))),
    c('EFS access denied, access point missing', 'efs-mount-failed', E.accessPointMissing(E.efsStop(E.EFS_REASONS.accessDenied))),
    c('EFS IAM authorization without a task role', 'efs-mount-failed', E.noTaskRole(E.efsStop(E.EFS_REASONS.accessDenied))),
    c('EFS timeout without the EFS permissions', 'efs-mount-failed', E.efsDenied(E.ingressFromOthers(E.efsStop(E.EFS_REASONS.timedOut))))
  ]
}

function s3GatewayElsewhere(): Evidence {
  const evidence = S.withEndpoints(S.isolate(S.stoppedWith(NETWORK.layerTimeout)), ['ecr.api', 'ecr.dkr', 'logs', 'secretsmanager'], { s3Gateway: true })
  const gateway = evidence.network?.vpcEndpoints?.find((e) => e.VpcEndpointType === 'Gateway')
  if (gateway) gateway.RouteTableIds = ['rtb-0999999999999999a']
  return evidence
}

function s3PrefixListMissing(): Evidence {
  const evidence = S.withEndpoints(S.isolate(S.stoppedWith(NETWORK.layerTimeout)), ['ecr.api', 'ecr.dkr', 'logs', 'secretsmanager'], { s3Gateway: true })
  return S.restrictTaskEgress(evidence, [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, UserIdGroupPairs: [{ GroupId: S.ENDPOINT_SG }] }])
}

function dnsOff(): Evidence {
  const evidence = S.stoppedWith(NETWORK.dnsNoSuchHost)
  if (evidence.network) evidence.network.vpcAttributes = { enableDnsSupport: false, enableDnsHostnames: true }
  return evidence
}

function dnsHostnamesOff(): Evidence {
  const evidence = S.withEndpoints(S.isolate(S.stoppedWith(NETWORK.ecrAuthTimeout)), ['ecr.api', 'ecr.dkr', 'logs', 'secretsmanager'], { s3Gateway: true })
  if (evidence.network) evidence.network.vpcAttributes = { enableDnsSupport: true, enableDnsHostnames: false }
  return evidence
}

function dockerHubImage(evidence: Evidence): Evidence {
  const image = 'nginx:1.25'
  const container = evidence.taskDefinition?.containerDefinitions?.[0]
  if (container) container.image = image
  evidence.images = [{ containerName: 'api', image, registry: 'dockerhub', repositoryName: 'library/nginx', tag: '1.25', status: 'not-checked' }]
  return evidence
}

function dockerHubIsolated(): Evidence {
  return dockerHubImage(S.withEndpoints(S.isolate(S.stoppedWith(NETWORK.dockerHubTimeout)), ['logs', 'secretsmanager']))
}

function noNetworkEvidence(): Evidence {
  const evidence = S.stoppedWith(NETWORK.ecrAuthTimeout)
  delete evidence.network
  evidence.unavailable = [{ check: 'Subnet route tables', api: 'ec2:DescribeRouteTables', error: 'You are not authorized to perform this operation.', errorCode: 'UnauthorizedOperation' }]
  return evidence
}

function envFileDenied(): Evidence {
  const evidence = S.stoppedWith(SECRET_DENIED.envFileS3)
  const container = evidence.taskDefinition?.containerDefinitions?.[0]
  if (container) container.environmentFiles = [{ type: 's3', value: 'arn:aws:s3:::api-config-prod/api.env' }]
  return evidence
}

function jsonKeyMissing(): Evidence {
  const evidence = S.stoppedWith(SECRET_MISSING.jsonKey)
  const secret = evidence.taskDefinition?.containerDefinitions?.[0].secrets?.[0]
  if (secret) secret.valueFrom = `${SECRET_ARN}:password::`
  const entry = evidence.secrets?.[0]
  if (entry) entry.valueFrom = `${SECRET_ARN}:password::`
  return evidence
}

function noExecutionRole(): Evidence {
  const evidence = S.stoppedWith(IMAGE_DENIED.hintOnly)
  if (evidence.taskDefinition) delete evidence.taskDefinition.executionRoleArn
  if (evidence.iam) evidence.iam = { roles: evidence.iam.roles?.filter((r) => r.kind !== 'execution') }
  return evidence
}

function hangingInProvisioning(): Evidence {
  const evidence = S.subnetsFree(S.failedDeployment(), 0, 0)
  evidence.watch = { verdict: 'stuck', reason: 'tasks stay in PROVISIONING', startedAt: '2026-11-20T10:00:00.000Z', endedAt: '2026-11-20T10:10:00.000Z' }
  evidence.tasks?.push(S.pendingTask('PROVISIONING'))
  return evidence
}

function ec2Stops(reason: string): Evidence {
  const evidence = S.onEc2(S.failedDeployment())
  const arn = evidence.containerInstances?.[0].containerInstanceArn
  return S.withStops(evidence, reason, 2, { launchType: 'EC2', containerInstanceArn: arn, attachments: [] })
}

function spotOnly(): Evidence {
  const evidence = S.failedDeployment()
  evidence.watch = { verdict: 'timeout', reason: 'deployment did not finish in time', startedAt: '2026-11-20T10:00:00.000Z', endedAt: '2026-11-20T10:30:00.000Z' }
  evidence.service.capacityProviderStrategy = [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }]
  return S.withStops(evidence, CAPACITY.spot, 3, { stopCode: 'SpotInterruption', capacityProviderName: 'FARGATE_SPOT' })
}

function blockedDeployment(): Evidence {
  const evidence = S.withEvents(S.failedDeployment(), EVENTS.deploymentConfig)
  evidence.service.desiredCount = 1
  evidence.service.deploymentConfiguration = { ...evidence.service.deploymentConfiguration, minimumHealthyPercent: 100, maximumPercent: 100 }
  return evidence
}

function untrustedRole(): Evidence {
  const evidence = S.withEvents(S.failedDeployment(), EVENTS.assumeRole)
  const role = evidence.iam?.roles?.find((r) => r.kind === 'execution')
  if (role) {
    role.trustsEcsTasks = false
    role.assumeRolePolicyDocument = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
  }
  return evidence
}

function deletedRole(): Evidence {
  const evidence = S.withEvents(S.failedDeployment(), EVENTS.assumeRole)
  const role = evidence.iam?.roles?.find((r) => r.kind === 'execution')
  if (role) {
    role.exists = false
    delete role.trustsEcsTasks
    delete role.assumeRolePolicyDocument
  }
  delete evidence.iam?.simulations
  return evidence
}

