/**
 * The EFS file systems the task definition's volumes mount: the file system (DescribeFileSystems), its
 * mount targets (DescribeMountTargets) and the security groups of each (DescribeMountTargetSecurityGroups),
 * the access points the volumes name (DescribeAccessPoints: root directory, POSIX user) and the file
 * system policy (DescribeFileSystemPolicy). Calls for one file system run in parallel; then one
 * DescribeSecurityGroups reads the rules of the mount targets' groups, which join the network evidence's
 * security groups (the task's groups are there too: whether they admit NFS is read from both).
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html
 */
import {
  DescribeAccessPointsCommand,
  DescribeFileSystemPolicyCommand,
  DescribeFileSystemsCommand,
  DescribeMountTargetSecurityGroupsCommand,
  paginateDescribeMountTargets,
  type AccessPointDescription,
  type MountTargetDescription
} from '@aws-sdk/client-efs'
import { paginateDescribeSecurityGroups, type SecurityGroup } from '@aws-sdk/client-ec2'
import type { Jsonified } from '../types.js'
import { allPages, isError, unique, type CollectionContext } from './context.js'
import { toJson } from './json.js'
import { EVIDENCE_CHECKS, type EcsTaskDefinition, type EfsEvidence, type NetworkEvidence } from './schema.js'

type MountTarget = NonNullable<EfsEvidence['mountTargets']>[number]
type AccessPoint = NonNullable<EfsEvidence['accessPoints']>[number]

export interface EfsCollection {
  /** One entry per file system the volumes mount. */
  efs: EfsEvidence[]
  /** The mount targets' security groups, for `network.securityGroups`; absent when they could not be described. */
  securityGroups?: Jsonified<SecurityGroup>[]
}

/** File system id → the access point ids the task definition's volumes mount it through. */
export function efsFileSystems(taskDefinition: EcsTaskDefinition): Map<string, string[]> {
  const systems = new Map<string, string[]>()
  for (const volume of taskDefinition.volumes ?? []) {
    const config = volume.efsVolumeConfiguration
    if (!config?.fileSystemId) continue
    const accessPoints = systems.get(config.fileSystemId) ?? []
    const accessPoint = config.authorizationConfig?.accessPointId
    systems.set(config.fileSystemId, accessPoint ? unique([...accessPoints, accessPoint]) : accessPoints)
  }
  return systems
}

/** Undefined when the task definition mounts no EFS volume. */
export async function collectEfs(ctx: CollectionContext, taskDefinition: EcsTaskDefinition | undefined | null): Promise<EfsCollection | undefined> {
  const systems = taskDefinition ? [...efsFileSystems(taskDefinition)] : []
  if (systems.length === 0) return undefined
  const collected = systems.map(([fileSystemId, accessPointIds]) => collectFileSystem(ctx, fileSystemId, accessPointIds))
  const groupIds = Promise.all(collected.map((c) => c.securityGroupIds)).then((ids) => unique(ids.flat()))
  const [efs, securityGroups] = await Promise.all([Promise.all(collected.map((c) => c.evidence)), groupIds.then((ids) => describeGroups(ctx, ids))])
  return { efs, ...(securityGroups ? { securityGroups } : {}) }
}

async function describeGroups(ctx: CollectionContext, ids: string[]): Promise<Jsonified<SecurityGroup>[] | undefined> {
  if (ids.length === 0) return undefined
  const groups = await ctx.call({ check: EVIDENCE_CHECKS.securityGroups, api: 'ec2:DescribeSecurityGroups' }, async (o) =>
    allPages(paginateDescribeSecurityGroups({ client: await ctx.client('ec2') }, { Filters: [{ Name: 'group-id', Values: ids }] }, o), (p) => p.SecurityGroups)
  )
  return groups ? toJson(groups) : undefined
}

interface FileSystemCollection {
  evidence: Promise<EfsEvidence>
  securityGroupIds: Promise<string[]>
}

function collectFileSystem(ctx: CollectionContext, fileSystemId: string, accessPointIds: string[]): FileSystemCollection {
  const efs = ctx.client('efs')
  const notFound = <T>(value: T) => (error: unknown) => (isError(error, 'FileSystemNotFound') ? value : undefined)

  const fileSystemP = ctx.call(
    { check: EVIDENCE_CHECKS.efsFileSystems, api: 'elasticfilesystem:DescribeFileSystems', resource: fileSystemId },
    async (o) => {
      const found = (await (await efs).send(new DescribeFileSystemsCommand({ FileSystemId: fileSystemId }), o)).FileSystems?.[0]
      return { exists: true, ...(found?.LifeCycleState ? { lifeCycleState: found.LifeCycleState } : {}), ...(found?.Name ? { name: found.Name } : {}) }
    },
    notFound({ exists: false })
  )
  const describedP = ctx.call(
    { check: EVIDENCE_CHECKS.efsMountTargets, api: 'elasticfilesystem:DescribeMountTargets', resource: fileSystemId },
    async (o) => allPages(paginateDescribeMountTargets({ client: await efs }, { FileSystemId: fileSystemId }, o), (page) => page.MountTargets),
    notFound<MountTargetDescription[]>([])
  )
  const mountTargetsP = describedP.then((described) => (described ? Promise.all(described.map((target) => withSecurityGroups(ctx, target))) : undefined))
  const accessPointsP = Promise.all(accessPointIds.map((id) => describeAccessPoint(ctx, id))).then((points) => points.filter((p): p is AccessPoint => p !== undefined))
  const policyP = ctx.call<string | null>(
    { check: EVIDENCE_CHECKS.efsPolicies, api: 'elasticfilesystem:DescribeFileSystemPolicy', resource: fileSystemId },
    async (o) => (await (await efs).send(new DescribeFileSystemPolicyCommand({ FileSystemId: fileSystemId }), o)).Policy ?? null,
    (error) => (isError(error, 'PolicyNotFound', 'FileSystemNotFound') ? null : undefined)
  )

  const evidence = (async (): Promise<EfsEvidence> => {
    const [fileSystem, mountTargets, accessPoints, policy] = await Promise.all([fileSystemP, mountTargetsP, accessPointsP, policyP])
    return {
      fileSystemId,
      ...(fileSystem ?? {}),
      ...(mountTargets ? { mountTargets } : {}),
      ...(accessPointIds.length > 0 ? { accessPoints } : {}),
      ...(policy !== undefined ? { policy } : {})
    }
  })()
  return { evidence, securityGroupIds: mountTargetsP.then((targets) => unique((targets ?? []).flatMap((t) => t.securityGroups ?? []))) }
}

/** A mount target and the security groups of its network interface (a deleted one has none to describe). */
async function withSecurityGroups(ctx: CollectionContext, target: MountTargetDescription): Promise<MountTarget> {
  const mountTargetId = target.MountTargetId ?? ''
  const described: MountTarget = {
    mountTargetId,
    ...(target.SubnetId ? { subnetId: target.SubnetId } : {}),
    ...(target.AvailabilityZoneName ? { availabilityZoneName: target.AvailabilityZoneName } : {}),
    ...(target.LifeCycleState ? { lifeCycleState: target.LifeCycleState } : {}),
    ...(target.VpcId ? { vpcId: target.VpcId } : {})
  }
  if (!mountTargetId || target.LifeCycleState === 'deleted' || target.LifeCycleState === 'deleting') return described
  const groups = await ctx.call(
    { check: EVIDENCE_CHECKS.efsMountTargets, api: 'elasticfilesystem:DescribeMountTargetSecurityGroups', resource: mountTargetId },
    async (o) => (await (await ctx.client('efs')).send(new DescribeMountTargetSecurityGroupsCommand({ MountTargetId: mountTargetId }), o)).SecurityGroups ?? []
  )
  return groups ? { ...described, securityGroups: groups } : described
}

async function describeAccessPoint(ctx: CollectionContext, accessPointId: string): Promise<AccessPoint | undefined> {
  return ctx.call<AccessPoint>(
    { check: EVIDENCE_CHECKS.efsAccessPoints, api: 'elasticfilesystem:DescribeAccessPoints', resource: accessPointId },
    async (o) => {
      const found = (await (await ctx.client('efs')).send(new DescribeAccessPointsCommand({ AccessPointId: accessPointId }), o)).AccessPoints?.[0]
      return found ? accessPointOf(accessPointId, found) : { accessPointId, exists: false }
    },
    (error) => (isError(error, 'AccessPointNotFound') ? { accessPointId, exists: false } : undefined)
  )
}

function accessPointOf(accessPointId: string, found: AccessPointDescription): AccessPoint {
  const root = found.RootDirectory
  const creation = root?.CreationInfo
  const user = found.PosixUser
  return {
    accessPointId,
    exists: true,
    ...(found.FileSystemId ? { fileSystemId: found.FileSystemId } : {}),
    ...(found.LifeCycleState ? { lifeCycleState: found.LifeCycleState } : {}),
    ...(root
      ? {
          rootDirectory: {
            ...(root.Path ? { path: root.Path } : {}),
            ...(creation ? { creationInfo: { ownerUid: creation.OwnerUid, ownerGid: creation.OwnerGid, permissions: creation.Permissions } } : {})
          }
        }
      : {}),
    ...(user ? { posixUser: { uid: user.Uid, gid: user.Gid, ...(user.SecondaryGids?.length ? { secondaryGids: user.SecondaryGids } : {}) } } : {})
  }
}

/** The network evidence with the mount targets' security groups added (the task's may be among them already). */
export function withEfsSecurityGroups(network: NetworkEvidence | undefined, efs: EfsCollection | undefined): NetworkEvidence | undefined {
  if (!efs?.securityGroups?.length) return network
  const known = new Set((network?.securityGroups ?? []).map((g) => g.GroupId))
  return { ...network, securityGroups: [...(network?.securityGroups ?? []), ...efs.securityGroups.filter((g) => !known.has(g.GroupId))] }
}
