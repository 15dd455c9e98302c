/**
 * Evidence for EFS mounts: the base failing deployment with an `uploads` volume on file system FS (access
 * point AP, IAM authorization, TLS), its mount targets in both service subnets behind MT_SG (which admits NFS
 * from the task group), a file system policy that grants the task role, and the task role simulated allowed.
 * Each modifier breaks one step of the mount, as the EFS and EC2 APIs would show it.
 */
import type { Evidence, PolicySimulation } from '../../../src/evidence/schema.js'
import { ACCOUNT, REGION, SUBNETS, TASK_ROLE_ARN, TASK_SG, VPC } from '../../fixtures/evidence.js'
import * as S from './scenarios.js'

export const FS = 'fs-0a1b2c3d4e5f60718'
export const AP = 'fsap-0f9e8d7c6b5a40312'
export const MT_SG = 'sg-0e5f6a7b8c9d0e1f2'
export const FS_ARN = `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/${FS}`
export const MOUNT_TARGETS = ['fsmt-0a0a0a0a0a0a0a0a1', 'fsmt-0b0b0b0b0b0b0b0b2']

/** The efs-utils wordings the fixtures stop with (docs/diagnosis/messages.md §6; the corpus has each). */
export const EFS_REASONS = {
  timedOut: "ResourceInitializationError: failed to invoke EFS utils commands to set up EFS volumes: stderr: b'mount.nfs4: Connection timed out' : unsuccessful EFS utils command execution; code: 32",
  resolve: `ResourceInitializationError: failed to invoke EFS utils commands to set up EFS volumes: stderr: Failed to resolve "${FS}.efs.${REGION}.amazonaws.com" - check that your file system ID is correct, and ensure that the VPC has an EFS mount target for this file system ID. See https://docs.aws.amazon.com/console/efs/mount-dns-name for more detail. : unsuccessful EFS utils command execution; code: 1`,
  accessDenied: `ResourceInitializationError: failed to invoke EFS utils commands to set up EFS volumes: stderr: b'mount.nfs4: access denied by server while mounting 127.0.0.1:/' : unsuccessful EFS utils command execution; code: 32`
}

const POLICY = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'ApiTasks', Effect: 'Allow', Principal: { AWS: TASK_ROLE_ARN }, Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'], Resource: FS_ARN },
    { Sid: 'DenyWithoutTls', Effect: 'Deny', Principal: { AWS: '*' }, Action: '*', Resource: FS_ARN, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }
  ]
}

function taskSimulation(action: string, decision: PolicySimulation['decision']): PolicySimulation {
  return { role: 'task', principalArn: TASK_ROLE_ARN, action, resource: FS_ARN, decision }
}

/** `stoppedReason` on the failing deployment whose task definition mounts FS, with every step of the mount in order. */
export function efsStop(stoppedReason: string): Evidence {
  const evidence = S.stoppedWith(stoppedReason)
  const td = evidence.taskDefinition
  if (td) {
    td.volumes = [{ name: 'uploads', efsVolumeConfiguration: { fileSystemId: FS, rootDirectory: '/', transitEncryption: 'ENABLED', authorizationConfig: { accessPointId: AP, iam: 'ENABLED' } } }]
    const container = td.containerDefinitions?.[0]
    if (container) container.mountPoints = [{ sourceVolume: 'uploads', containerPath: '/app/uploads', readOnly: false }]
  }
  evidence.efs = [
    {
      fileSystemId: FS,
      exists: true,
      lifeCycleState: 'available',
      name: 'prod-api-uploads',
      mountTargets: SUBNETS.map((subnetId, i) => ({
        mountTargetId: MOUNT_TARGETS[i],
        subnetId,
        availabilityZoneName: `${REGION}${'ab'[i]}`,
        lifeCycleState: 'available',
        vpcId: VPC,
        securityGroups: [MT_SG]
      })),
      accessPoints: [
        {
          accessPointId: AP,
          exists: true,
          fileSystemId: FS,
          lifeCycleState: 'available',
          rootDirectory: { path: '/uploads', creationInfo: { ownerUid: 1000, ownerGid: 1000, permissions: '755' } },
          posixUser: { uid: 1000, gid: 1000 }
        }
      ],
      policy: JSON.stringify(POLICY)
    }
  ]
  evidence.network?.securityGroups?.push({
    GroupId: MT_SG,
    GroupName: 'api-uploads-efs',
    VpcId: VPC,
    IpPermissions: [{ IpProtocol: 'tcp', FromPort: 2049, ToPort: 2049, UserIdGroupPairs: [{ GroupId: TASK_SG }] }],
    IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }]
  })
  evidence.iam?.simulations?.push(taskSimulation('elasticfilesystem:ClientMount', 'allowed'), taskSimulation('elasticfilesystem:ClientWrite', 'allowed'))
  return evidence
}

/** The mount targets' group admits NFS only from another group (the batch workers). */
export function ingressFromOthers(evidence: Evidence): Evidence {
  const group = evidence.network?.securityGroups?.find((g) => g.GroupId === MT_SG)
  if (group) group.IpPermissions = [{ IpProtocol: 'tcp', FromPort: 2049, ToPort: 2049, UserIdGroupPairs: [{ GroupId: 'sg-0badbadbadbadbad0' }] }]
  return evidence
}

/** The task group lets only HTTPS out. */
export function egressHttpsOnly(evidence: Evidence): Evidence {
  return S.restrictTaskEgress(evidence, [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }])
}

/** The file system has a mount target only in the first subnet's zone. */
export function oneMountTarget(evidence: Evidence): Evidence {
  const efs = evidence.efs?.[0]
  if (efs?.mountTargets) efs.mountTargets = efs.mountTargets.slice(0, 1)
  return evidence
}

export function dnsHostnamesOff(evidence: Evidence): Evidence {
  if (evidence.network) evidence.network.vpcAttributes = { enableDnsSupport: true, enableDnsHostnames: false }
  return evidence
}

/** DescribeFileSystems said FileSystemNotFound. */
export function fileSystemMissing(evidence: Evidence): Evidence {
  evidence.efs = [{ fileSystemId: FS, exists: false, mountTargets: [], policy: null }]
  return evidence
}

export function accessPointMissing(evidence: Evidence): Evidence {
  const efs = evidence.efs?.[0]
  if (efs) efs.accessPoints = [{ accessPointId: AP, exists: false }]
  return evidence
}

/** The task role's own policies do not grant ClientMount/ClientWrite, and the file system policy names another role. */
export function taskRoleDenied(evidence: Evidence): Evidence {
  const efs = evidence.efs?.[0]
  if (efs) efs.policy = JSON.stringify({ ...POLICY, Statement: [{ ...POLICY.Statement[0], Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/batch-worker` } }, POLICY.Statement[1]] })
  for (const s of evidence.iam?.simulations ?? []) if (s.role === 'task') s.decision = 'implicitDeny'
  return evidence
}

/** IAM authorization off on the volume while the file system policy only names the task role. */
export function iamOff(evidence: Evidence): Evidence {
  const config = evidence.taskDefinition?.volumes?.[0].efsVolumeConfiguration
  if (config) config.authorizationConfig = { accessPointId: AP, iam: 'DISABLED' }
  if (evidence.iam) evidence.iam.simulations = evidence.iam.simulations?.filter((s) => s.role !== 'task')
  return evidence
}

/** No task role at all, with IAM authorization on. */
export function noTaskRole(evidence: Evidence): Evidence {
  if (evidence.taskDefinition) delete evidence.taskDefinition.taskRoleArn
  if (evidence.iam) {
    evidence.iam.roles = evidence.iam.roles?.filter((r) => r.kind !== 'task')
    evidence.iam.simulations = evidence.iam.simulations?.filter((s) => s.role !== 'task')
  }
  return evidence
}

/** The action may not call EFS: every EFS lookup is in `unavailable`, none in `efs`. */
export function efsDenied(evidence: Evidence): Evidence {
  delete evidence.efs
  const denied = (api: string, resource: string) => ({
    check: 'EFS file systems',
    api,
    error: `User: arn:aws:sts::${ACCOUNT}:assumed-role/deploy/gha is not authorized to perform: ${api}`,
    errorCode: 'AccessDeniedException',
    resource
  })
  evidence.unavailable = [
    denied('elasticfilesystem:DescribeFileSystems', FS),
    denied('elasticfilesystem:DescribeMountTargets', FS),
    denied('elasticfilesystem:DescribeAccessPoints', AP),
    denied('elasticfilesystem:DescribeFileSystemPolicy', FS)
  ]
  return evidence
}
