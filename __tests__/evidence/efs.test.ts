/**
 * EFS evidence for a task definition with an EFS volume: the file system, its mount targets with their security
 * groups (whose rules join the network evidence), the access point, the file system policy, and the task role
 * simulated for ClientMount/ClientWrite. Not-found answers are facts, not failures; a denied call is listed with
 * its IAM action and the rest is still collected; a task definition without EFS makes no EFS call.
 */
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { DescribeSecurityGroupsCommand } from '@aws-sdk/client-ec2'
import { DescribeTaskDefinitionCommand } from '@aws-sdk/client-ecs'
import {
  DescribeAccessPointsCommand,
  DescribeFileSystemPolicyCommand,
  DescribeFileSystemsCommand,
  DescribeMountTargetSecurityGroupsCommand,
  DescribeMountTargetsCommand
} from '@aws-sdk/client-efs'
import { SimulatePrincipalPolicyCommand } from '@aws-sdk/client-iam'
import { createClients } from '../../src/aws/clients.js'
import { collectEvidence } from '../../src/evidence/collect.js'
import type { Evidence } from '../../src/evidence/schema.js'
import {
  ACCOUNT,
  CLUSTER,
  DEPLOYMENT,
  REGION,
  SERVICE,
  TASK_ROLE_ARN,
  TD_ARN,
  VPC,
  accessDenied,
  answerTypicalFailure,
  awsError,
  callsMade,
  mockAws,
  service,
  stoppedTask,
  taskDefinition
} from './scenario.js'

const FS = 'fs-0a1b2c3d4e5f60718'
const AP = 'fsap-0f9e8d7c6b5a40312'
const MT_SG = 'sg-0e5f6a7b8c9d0e1f2'
const FS_ARN = `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/${FS}`
const POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: TASK_ROLE_ARN }, Action: 'elasticfilesystem:ClientMount', Resource: FS_ARN }] })

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
    tasks: [stoppedTask(0)],
    logLines: 50,
    now: () => new Date('2026-11-20T10:05:00.000Z')
  })
}

/** The task definition mounts FS read-only through AP with IAM authorization. */
function withEfsVolume(): void {
  const td = taskDefinition()
  td.volumes = [{ name: 'uploads', efsVolumeConfiguration: { fileSystemId: FS, transitEncryption: 'ENABLED', authorizationConfig: { accessPointId: AP, iam: 'ENABLED' } } }]
  td.containerDefinitions![0].mountPoints = [{ sourceVolume: 'uploads', containerPath: '/app/uploads', readOnly: true }]
  mocks.ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: TD_ARN }).resolves({ taskDefinition: td, tags: [] })
}

function answerEfs(): void {
  mocks.efs
    .on(DescribeFileSystemsCommand, { FileSystemId: FS })
    .resolves({ FileSystems: [{ FileSystemId: FS, Name: 'uploads', LifeCycleState: 'available', OwnerId: ACCOUNT, CreationToken: 't', CreationTime: new Date(0), NumberOfMountTargets: 2, SizeInBytes: { Value: 6144 }, PerformanceMode: 'generalPurpose', Tags: [] }] })
    .on(DescribeMountTargetsCommand, { FileSystemId: FS })
    .resolves({
      MountTargets: [
        { MountTargetId: 'fsmt-0a0a0a0a0a0a0a0a1', FileSystemId: FS, SubnetId: 'subnet-0aa11bb22cc33dd44', LifeCycleState: 'available', AvailabilityZoneName: 'eu-west-1a', VpcId: VPC },
        { MountTargetId: 'fsmt-0b0b0b0b0b0b0b0b2', FileSystemId: FS, SubnetId: 'subnet-0ee55ff66aa77bb88', LifeCycleState: 'deleting', AvailabilityZoneName: 'eu-west-1b', VpcId: VPC }
      ]
    })
    .on(DescribeMountTargetSecurityGroupsCommand, { MountTargetId: 'fsmt-0a0a0a0a0a0a0a0a1' })
    .resolves({ SecurityGroups: [MT_SG] })
    .on(DescribeAccessPointsCommand, { AccessPointId: AP })
    .resolves({ AccessPoints: [{ AccessPointId: AP, FileSystemId: FS, LifeCycleState: 'available', RootDirectory: { Path: '/uploads' }, PosixUser: { Uid: 1000, Gid: 1000 } }] })
    .on(DescribeFileSystemPolicyCommand, { FileSystemId: FS })
    .resolves({ FileSystemId: FS, Policy: POLICY })
  mocks.ec2
    .on(DescribeSecurityGroupsCommand, { Filters: [{ Name: 'group-id', Values: [MT_SG] }] })
    .resolves({ SecurityGroups: [{ GroupId: MT_SG, GroupName: 'uploads-efs', VpcId: VPC, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 2049, ToPort: 2049, UserIdGroupPairs: [{ GroupId: 'sg-0123456789abcdef0' }] }] }] })
  mocks.iam.on(SimulatePrincipalPolicyCommand, { PolicySourceArn: TASK_ROLE_ARN }).resolves({
    EvaluationResults: [{ EvalActionName: 'elasticfilesystem:ClientMount', EvalResourceName: FS_ARN, EvalDecision: 'implicitDeny', ResourceSpecificResults: [{ EvalResourceName: FS_ARN, EvalResourceDecision: 'implicitDeny' }] }],
    IsTruncated: false
  })
}

beforeEach(() => {
  answerTypicalFailure(mocks)
})

describe('EFS evidence', () => {
  it('collects the file system, its mount targets and their groups, the access point, the policy and the task role simulation', async () => {
    withEfsVolume()
    answerEfs()
    const evidence = await collect()
    expect(evidence.efs).toEqual([
      {
        fileSystemId: FS,
        exists: true,
        lifeCycleState: 'available',
        name: 'uploads',
        mountTargets: [
          { mountTargetId: 'fsmt-0a0a0a0a0a0a0a0a1', subnetId: 'subnet-0aa11bb22cc33dd44', availabilityZoneName: 'eu-west-1a', lifeCycleState: 'available', vpcId: VPC, securityGroups: [MT_SG] },
          { mountTargetId: 'fsmt-0b0b0b0b0b0b0b0b2', subnetId: 'subnet-0ee55ff66aa77bb88', availabilityZoneName: 'eu-west-1b', lifeCycleState: 'deleting', vpcId: VPC }
        ],
        accessPoints: [{ accessPointId: AP, exists: true, fileSystemId: FS, lifeCycleState: 'available', rootDirectory: { path: '/uploads' }, posixUser: { uid: 1000, gid: 1000 } }],
        policy: POLICY
      }
    ])
    expect(evidence.network?.securityGroups?.find((g) => g.GroupId === MT_SG)?.GroupName).toBe('uploads-efs')
    // Read-only mounts need ClientMount only.
    expect(evidence.iam?.simulations?.filter((s) => s.role === 'task')).toEqual([
      { role: 'task', principalArn: TASK_ROLE_ARN, action: 'elasticfilesystem:ClientMount', resource: FS_ARN, decision: 'implicitDeny' }
    ])
    // A deleting mount target has no security groups to describe.
    expect(callsMade(mocks).filter((c) => c === 'efs.DescribeMountTargetSecurityGroups')).toHaveLength(1)
    expect(evidence.unavailable).toEqual([])
  })

  it('records what does not exist as facts: no file system, no access point, no policy (the default one)', async () => {
    withEfsVolume()
    const notFound = (name: string) => awsError(name, `${name}`, 404)
    mocks.efs
      .on(DescribeFileSystemsCommand)
      .rejects(notFound('FileSystemNotFound'))
      .on(DescribeMountTargetsCommand)
      .rejects(notFound('FileSystemNotFound'))
      .on(DescribeAccessPointsCommand)
      .rejects(notFound('AccessPointNotFound'))
      .on(DescribeFileSystemPolicyCommand)
      .rejects(notFound('PolicyNotFound'))
    const evidence = await collect()
    expect(evidence.efs).toEqual([{ fileSystemId: FS, exists: false, mountTargets: [], accessPoints: [{ accessPointId: AP, exists: false }], policy: null }])
    expect(evidence.unavailable).toEqual([])
  })

  it('a denied EFS call is listed with its IAM action and the rest is still collected', async () => {
    withEfsVolume()
    answerEfs()
    mocks.efs.on(DescribeMountTargetsCommand).rejects(accessDenied('elasticfilesystem:DescribeMountTargets'))
    const evidence = await collect()
    expect(evidence.efs?.[0]).toMatchObject({ fileSystemId: FS, exists: true, policy: POLICY })
    expect(evidence.efs?.[0].mountTargets).toBeUndefined()
    expect(evidence.unavailable).toEqual([
      expect.objectContaining({ check: 'EFS mount targets and their security groups', api: 'elasticfilesystem:DescribeMountTargets', errorCode: 'AccessDeniedException', resource: FS })
    ])
  })

  it('makes no EFS call for a task definition without EFS volumes', async () => {
    const evidence = await collect()
    expect(evidence.efs).toBeUndefined()
    expect(callsMade(mocks).filter((c) => c.startsWith('efs.'))).toEqual([])
  })
})
