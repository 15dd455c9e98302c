/** Volumes the task cannot mount: an EFS file system whose mount targets do not admit the tasks. */
import type { SecurityGroup } from '@aws-sdk/client-ec2'
import { IdGenerator } from '../../random.js'
import type { Scenario, World } from '../../types.js'
import { appContainer, newTaskDefinition, serviceSubnets, taskSecurityGroup } from '../base-world.js'
import { defineScenario, failsToStart } from '../define.js'
import { EFS_MOUNT_TIMED_OUT } from '../messages.js'

const DAY = 86_400
/** efs-utils retries the mount before it gives up (mount.nfs4's own timeout is longer; the scenario shortens it). */
const MOUNT_TIMEOUT_SECONDS = 20

export interface EfsIds {
  fileSystemId: string
  accessPointId: string
  fileSystemArn: string
  /** The mount targets' security group. */
  mountTargetGroupId: string
}

function group(id: string, name: string, description: string, world: World, ingressFrom: string[]): SecurityGroup {
  return {
    GroupId: id,
    GroupName: name,
    Description: description,
    VpcId: world.network.vpcs[0].VpcId,
    OwnerId: world.accountId,
    IpPermissions: ingressFrom.map((source) => ({
      IpProtocol: 'tcp',
      FromPort: 2049,
      ToPort: 2049,
      IpRanges: [],
      Ipv6Ranges: [],
      PrefixListIds: [],
      UserIdGroupPairs: [{ GroupId: source, UserId: world.accountId, Description: 'NFS from the batch workers' }]
    })),
    IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }],
    Tags: [{ Key: 'Name', Value: name }]
  }
}

/**
 * An encrypted EFS file system "prod-api-uploads" with a mount target in each service subnet behind its own
 * security group (which admits NFS from `admits`), an access point /uploads for uid 1000, a file system
 * policy that lets the task role mount and write over TLS only, and the same grant on the task role.
 * The new task definition mounts it at /app/uploads through the access point with IAM authorization.
 */
export function addUploadsFileSystem(world: World, admits: (ids: { batchGroupId: string; taskGroupId: string }) => string[]): EfsIds {
  const ids = new IdGenerator(`efs:${world.network.vpcs[0].VpcId}`)
  const hex = (prefix: string) => `${prefix}-0${ids.hex(16)}`
  const fileSystemId = hex('fs')
  const accessPointId = hex('fsap')
  const fileSystemArn = `arn:aws:elasticfilesystem:${world.region}:${world.accountId}:file-system/${fileSystemId}`
  const taskRoleArn = `arn:aws:iam::${world.accountId}:role/api-task-role`
  const batchGroupId = hex('sg')
  const mountTargetGroupId = hex('sg')
  const taskGroupId = taskSecurityGroup(world).GroupId as string
  world.network.securityGroups.push(
    group(batchGroupId, 'prod-batch-workers', 'prod batch workers', world, []),
    group(mountTargetGroupId, 'prod-api-uploads-efs', 'prod api uploads file system', world, admits({ batchGroupId, taskGroupId }))
  )
  const created = new Date(Date.now() - 200 * DAY * 1000)
  const subnets = serviceSubnets(world)
  world.efs = {
    fileSystems: [
      {
        OwnerId: world.accountId,
        CreationToken: 'prod-api-uploads',
        FileSystemId: fileSystemId,
        FileSystemArn: fileSystemArn,
        CreationTime: created,
        LifeCycleState: 'available',
        Name: 'prod-api-uploads',
        NumberOfMountTargets: subnets.length,
        SizeInBytes: { Value: 48_213_504, ValueInStandard: 48_213_504, ValueInIA: 0 },
        PerformanceMode: 'generalPurpose',
        Encrypted: true,
        KmsKeyId: `arn:aws:kms:${world.region}:${world.accountId}:key/${ids.uuid()}`,
        ThroughputMode: 'elastic',
        Tags: [{ Key: 'Name', Value: 'prod-api-uploads' }],
        FileSystemProtection: { ReplicationOverwriteProtection: 'ENABLED' }
      }
    ],
    mountTargets: subnets.map((subnet) => {
      const base = (subnet.CidrBlock ?? '10.0.10.0/24').split('/')[0].split('.')
      return {
        OwnerId: world.accountId,
        MountTargetId: hex('fsmt'),
        FileSystemId: fileSystemId,
        SubnetId: subnet.SubnetId,
        LifeCycleState: 'available' as const,
        IpAddress: `${base[0]}.${base[1]}.${base[2]}.${ids.int(100, 200)}`,
        NetworkInterfaceId: hex('eni'),
        AvailabilityZoneId: subnet.AvailabilityZoneId,
        AvailabilityZoneName: subnet.AvailabilityZone,
        VpcId: subnet.VpcId,
        securityGroups: [mountTargetGroupId]
      }
    }),
    accessPoints: [
      {
        ClientToken: 'prod-api-uploads-ap',
        Name: 'api-uploads',
        Tags: [{ Key: 'Name', Value: 'api-uploads' }],
        AccessPointId: accessPointId,
        AccessPointArn: `arn:aws:elasticfilesystem:${world.region}:${world.accountId}:access-point/${accessPointId}`,
        FileSystemId: fileSystemId,
        PosixUser: { Uid: 1000, Gid: 1000 },
        RootDirectory: { Path: '/uploads', CreationInfo: { OwnerUid: 1000, OwnerGid: 1000, Permissions: '755' } },
        OwnerId: world.accountId,
        LifeCycleState: 'available'
      }
    ],
    policies: {
      [fileSystemId]: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'ApiTasksMountAndWrite',
            Effect: 'Allow',
            Principal: { AWS: taskRoleArn },
            Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
            Resource: fileSystemArn,
            Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } }
          },
          { Sid: 'DenyWithoutTls', Effect: 'Deny', Principal: { AWS: '*' }, Action: '*', Resource: fileSystemArn, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }
        ]
      }
    }
  }
  world.iam.roles
    .find((r) => r.name === 'api-task-role')
    ?.policies.push({ name: 'api-uploads-efs', kind: 'inline', statements: [{ Effect: 'Allow', Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'], Resource: fileSystemArn }] })
  const td = newTaskDefinition(world)
  td.volumes = [
    { name: 'uploads', efsVolumeConfiguration: { fileSystemId, rootDirectory: '/', transitEncryption: 'ENABLED', authorizationConfig: { accessPointId, iam: 'ENABLED' } } }
  ]
  appContainer(world).mountPoints = [{ sourceVolume: 'uploads', containerPath: '/app/uploads', readOnly: false }]
  td.requiresAttributes?.push({ name: 'ecs.capability.efsAuth' }, { name: 'ecs.capability.efs' }, { name: 'com.amazonaws.ecs.capability.docker-remote-api.1.25' })
  return { fileSystemId, accessPointId, fileSystemArn, mountTargetGroupId }
}

export const storageScenarios: Scenario[] = [
  defineScenario({
    name: 'efs-mount-failed',
    description:
      "The new task definition mounts the uploads EFS file system, but its mount targets' security group only admits NFS (TCP 2049) from the batch workers, not from the api tasks: efs-utils times out.",
    expect: { verdict: 'failed', rootCause: 'efs-mount-failed' },
    configure: (world) => {
      addUploadsFileSystem(world, ({ batchGroupId }) => [batchGroupId])
    },
    timeline: () => ({ newTasks: [failsToStart('before-pull', EFS_MOUNT_TIMED_OUT, MOUNT_TIMEOUT_SECONDS)] })
  })
]
