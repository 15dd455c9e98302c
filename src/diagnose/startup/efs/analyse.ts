/**
 * What the evidence says about each EFS file system the task definition mounts, in the order a mount goes:
 * the file system exists; the VPC resolves its DNS name; the task's Availability Zones have a mount target;
 * the task security groups let NFS (TCP 2049) out and the mount targets' groups let it in; the access point
 * exists on that file system; the client may mount and write (IAM authorization and the file system policy).
 * Each step is a check; a failed one is a problem with the ids its fix needs.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html
 * https://repost.aws/knowledge-center/fargate-unable-to-mount-efs
 */
import type { EFSVolumeConfiguration } from '@aws-sdk/client-ecs'
import { efsFileSystemArn } from '../../../evidence/arns.js'
import type { EfsEvidence, NetworkEvidence } from '../../../evidence/schema.js'
import type { DiagnosisContext } from '../../context.js'
import type { Check } from '../../types.js'
import { cidrContains } from '../network/cidr.js'
import { policyAnswer, policyDecision, type NfsClient, type PolicyAnswer } from './policy.js'

export const NFS_PORT = 2049

export interface EfsVolume {
  name: string
  config: EFSVolumeConfiguration
}

export type EfsProblemKind =
  | 'file-system-missing'
  | 'file-system-unavailable'
  | 'vpc-dns-off'
  | 'no-mount-target'
  | 'nfs-egress-blocked'
  | 'nfs-ingress-blocked'
  | 'access-point-missing'
  | 'no-task-role'
  | 'iam-denied'
  | 'iam-required'

export interface EfsProblem {
  kind: EfsProblemKind
  fileSystemId: string
  /** The precise cause with its ids, as the end of a title: "... cannot be mounted: <title>". */
  title: string
  /** What the evidence shows, one or two sentences. */
  detail: string
  /** no-mount-target: the task subnets whose zone has none. */
  subnets?: string[]
  /** The mount targets' security groups (nfs-ingress-blocked, nfs-egress-blocked, no-mount-target). */
  mountTargetGroups?: string[]
  /** The task security groups (nfs-ingress-blocked, nfs-egress-blocked). */
  taskGroups?: string[]
  /** iam-denied: the actions the task role may not perform. */
  actions?: string[]
  /** iam-denied: a statement of the file system policy denies them (an identity grant cannot help). */
  deniedByPolicy?: boolean
  /** The volume it concerns (access points, IAM). */
  volume?: string
  accessPointId?: string
}

export interface EfsReport {
  checks: Check[]
  problems: EfsProblem[]
}

type SecurityGroup = NonNullable<NetworkEvidence['securityGroups']>[number]
type Permission = NonNullable<SecurityGroup['IpPermissions']>[number]
type MountTarget = NonNullable<EfsEvidence['mountTargets']>[number]
type Reach = 'yes' | 'no' | 'unknown'

/** The objects of a list from untrusted evidence (an evidence file may have anything there). */
function listOf<T>(value: T[] | undefined | null): T[] {
  return Array.isArray(value) ? value.filter((item) => typeof item === 'object' && item !== null) : []
}

export function efsVolumesOf(ctx: DiagnosisContext): EfsVolume[] {
  return (ctx.taskDefinition?.volumes ?? []).flatMap((v) => (v.efsVolumeConfiguration?.fileSystemId ? [{ name: v.name ?? 'efs', config: v.efsVolumeConfiguration }] : []))
}

/** Every check of every file system the task definition mounts; nothing when it mounts none. */
export function analyseEfs(ctx: DiagnosisContext): EfsReport {
  const volumes = efsVolumesOf(ctx)
  if (volumes.length === 0) return { checks: [], problems: [] }
  const report: EfsReport = { checks: [], problems: [] }
  const systems = [...new Set(volumes.map((v) => v.config.fileSystemId as string))]
  const dns = dnsCheck(ctx)
  for (const fileSystemId of systems) {
    const evidence = listOf(ctx.evidence.efs).find((e) => e.fileSystemId === fileSystemId)
    const mine = volumes.filter((v) => v.config.fileSystemId === fileSystemId)
    const steps = fileSystemSteps(ctx, fileSystemId, evidence, mine)
    if (dns && fileSystemId === systems[0]) steps.splice(1, 0, dns)
    for (const step of steps) {
      report.checks.push(step.check)
      if (step.problem) report.problems.push({ ...step.problem, fileSystemId: step.problem.fileSystemId || fileSystemId })
    }
  }
  return report
}

interface Step {
  check: Check
  problem?: EfsProblem
}

function fileSystemSteps(ctx: DiagnosisContext, fileSystemId: string, evidence: EfsEvidence | undefined, volumes: EfsVolume[]): Step[] {
  const existence = fileSystemCheck(ctx, fileSystemId, evidence)
  if (evidence?.exists === false) return [existence]
  const targets = mountTargetsOfTaskZones(ctx, evidence)
  return [
    existence,
    mountTargetCheck(ctx, fileSystemId, evidence, targets),
    egressCheck(ctx, fileSystemId, targets),
    ingressCheck(ctx, fileSystemId, targets),
    ...volumes.flatMap((volume) => accessPointCheck(ctx, fileSystemId, evidence, volume)),
    ...authorizationChecks(ctx, fileSystemId, evidence, volumes)
  ].filter((s): s is Step => s !== undefined)
}

// ------------------------------------------------------------------ steps

function skippedFor(ctx: DiagnosisContext, id: string, title: string, api: string, resource: string | undefined, otherwise?: string): Step | undefined {
  const missing = (ctx.evidence.unavailable ?? []).find((u) => u.api === api && (!resource || !u.resource || u.resource === resource))
  if (!missing && !otherwise) return undefined
  const denied = missing && /AccessDenied|UnauthorizedOperation|not authorized/i.test(`${missing.errorCode} ${missing.error}`)
  return {
    check: {
      id,
      title,
      status: 'skipped',
      detail: missing ? `${api} ${denied ? 'was denied' : 'failed'} (${missing.errorCode ?? missing.error}).` : (otherwise as string),
      ...(denied ? { missingPermission: api } : {})
    }
  }
}

function fileSystemCheck(ctx: DiagnosisContext, fileSystemId: string, evidence: EfsEvidence | undefined): Step {
  const id = `efs.${fileSystemId}.file-system`
  const title = `EFS file system ${fileSystemId} exists and is available`
  if (evidence?.exists === undefined) {
    return skippedFor(ctx, id, title, 'elasticfilesystem:DescribeFileSystems', fileSystemId) ?? { check: { id, title, status: 'skipped', detail: 'The file system was not looked up.' } }
  }
  if (!evidence.exists) {
    const detail = `DescribeFileSystems: ${fileSystemId} does not exist in account ${ctx.accountId ?? '(this account)'} in ${ctx.region}.`
    return { check: { id, title, status: 'failed', detail }, problem: { kind: 'file-system-missing', fileSystemId, title: `file system ${fileSystemId} does not exist in ${ctx.region}`, detail } }
  }
  const state = evidence.lifeCycleState ?? 'available'
  const named = evidence.name ? ` (${evidence.name})` : ''
  if (state !== 'available') {
    const detail = `${fileSystemId}${named} is ${state}, not available.`
    return { check: { id, title, status: 'failed', detail }, problem: { kind: 'file-system-unavailable', fileSystemId, title: `file system ${fileSystemId} is ${state}`, detail } }
  }
  return { check: { id, title, status: 'passed', detail: `${fileSystemId}${named} is available.` } }
}

/** EFS is mounted by the file system's DNS name, which resolves only with DNS resolution and DNS hostnames on in the VPC. */
function dnsCheck(ctx: DiagnosisContext): Step | undefined {
  const id = 'efs.vpc-dns'
  const vpc = ctx.evidence.network?.vpcId ?? 'the VPC'
  const title = `${vpc} resolves the file system's DNS name (DNS resolution and DNS hostnames on)`
  const attributes = ctx.evidence.network?.vpcAttributes
  if (!attributes) return skippedFor(ctx, id, title, 'ec2:DescribeVpcAttribute', undefined)
  const off = [attributes.enableDnsSupport === false ? 'DNS resolution (enableDnsSupport)' : undefined, attributes.enableDnsHostnames === false ? 'DNS hostnames (enableDnsHostnames)' : undefined].filter(
    (x): x is string => x !== undefined
  )
  if (off.length === 0) return { check: { id, title, status: 'passed', detail: `${vpc} has DNS resolution and DNS hostnames on.` } }
  const detail = `${vpc} has ${off.join(' and ')} turned off: the task cannot resolve <file-system-id>.efs.${ctx.region}.${ctx.dnsSuffix}.`
  return { check: { id, title, status: 'failed', detail }, problem: { kind: 'vpc-dns-off', fileSystemId: '', title: `${vpc} has ${off.join(' and ')} turned off`, detail } }
}

interface ZoneTargets {
  /** Task subnets and their zone (the zone is undefined when the subnet was not described). */
  subnets: { subnetId: string; zone?: string }[]
  /** Available mount targets in the zones of the task subnets (and in the task's VPC). */
  inTaskZones: MountTarget[]
  /** Task subnets whose zone has no available mount target. */
  uncovered: string[]
}

function mountTargetsOfTaskZones(ctx: DiagnosisContext, evidence: EfsEvidence | undefined): ZoneTargets | undefined {
  if (!Array.isArray(evidence?.mountTargets)) return undefined
  const vpc = ctx.evidence.network?.vpcId
  const available = listOf(evidence?.mountTargets).filter((t) => (t.lifeCycleState ?? 'available') === 'available' && (!vpc || !t.vpcId || t.vpcId === vpc))
  const zoneOf = new Map((ctx.evidence.network?.subnets ?? []).map((s) => [s.SubnetId ?? '', s.AvailabilityZone]))
  const subnets = ctx.subnetIds.map((subnetId) => ({ subnetId, zone: zoneOf.get(subnetId) }))
  const serves = (target: MountTarget, subnet: { subnetId: string; zone?: string }) => target.subnetId === subnet.subnetId || (subnet.zone !== undefined && target.availabilityZoneName === subnet.zone)
  return {
    subnets,
    inTaskZones: available.filter((t) => subnets.some((s) => serves(t, s))),
    uncovered: subnets.filter((s) => !available.some((t) => serves(t, s))).map((s) => s.subnetId)
  }
}

function mountTargetCheck(ctx: DiagnosisContext, fileSystemId: string, evidence: EfsEvidence | undefined, targets: ZoneTargets | undefined): Step | undefined {
  const id = `efs.${fileSystemId}.mount-targets`
  const title = `${fileSystemId} has an available mount target in the Availability Zone of each task subnet`
  if (!targets) return skippedFor(ctx, id, title, 'elasticfilesystem:DescribeMountTargets', fileSystemId)
  if (targets.subnets.length === 0) return undefined
  const zones = (subnets: string[]) => subnets.map((s) => `${s}${targets.subnets.find((x) => x.subnetId === s)?.zone ? ` (${targets.subnets.find((x) => x.subnetId === s)?.zone})` : ''}`)
  const present = listOf(evidence?.mountTargets).map((t) => `${t.mountTargetId} in ${t.availabilityZoneName ?? t.subnetId} (${t.lifeCycleState ?? 'available'})`)
  if (targets.uncovered.length === 0) return { check: { id, title, status: 'passed', detail: `Mount targets: ${present.join(', ')}.` } }
  const detail = `No available mount target of ${fileSystemId} serves ${zones(targets.uncovered).join(', ')}; ${present.length > 0 ? `it has ${present.join(', ')}` : 'it has no mount target at all'}. A task resolves the file system's DNS name to the mount target of its own zone.`
  return {
    check: { id, title, status: 'failed', detail },
    problem: {
      kind: 'no-mount-target',
      fileSystemId,
      title: `no mount target in the Availability Zone of ${targets.uncovered.join(', ')}`,
      detail,
      subnets: targets.uncovered,
      mountTargetGroups: [...new Set(listOf(evidence?.mountTargets).flatMap((t) => t.securityGroups ?? []))]
    }
  }
}

function taskGroups(ctx: DiagnosisContext): string[] {
  return ctx.evidence.network?.taskSecurityGroupIds ?? ctx.securityGroupIds
}

function groupsById(ctx: DiagnosisContext, ids: string[]): SecurityGroup[] | undefined {
  const groups = ids.map((id) => (ctx.evidence.network?.securityGroups ?? []).find((g) => g.GroupId === id))
  return groups.every((g): g is SecurityGroup => g !== undefined) ? groups : undefined
}

function coversNfs(permission: Permission): boolean {
  const protocol = permission.IpProtocol ?? ''
  if (protocol === '-1' || protocol === 'all') return true
  if (protocol !== 'tcp' && protocol !== '6') return false
  return (permission.FromPort ?? 0) <= NFS_PORT && NFS_PORT <= (permission.ToPort ?? 65535)
}

/** Whether the rules let NFS through to (or from) one of `peers`: a group, an address range covering every address, or only ranges the evidence cannot judge. */
function reaches(permissions: Permission[], peers: { groups: string[]; addresses: string[] }): Reach {
  const nfs = permissions.filter(coversNfs)
  if (nfs.some((p) => (p.UserIdGroupPairs ?? []).some((g) => g.GroupId && peers.groups.includes(g.GroupId)))) return 'yes'
  const ranges = nfs.flatMap((p) => (p.IpRanges ?? []).flatMap((r) => (r.CidrIp ? [r.CidrIp] : [])))
  if (ranges.includes('0.0.0.0/0')) return 'yes'
  if (peers.addresses.length > 0 && peers.addresses.every((address) => ranges.some((range) => cidrContains(range, address)))) return 'yes'
  const opaque = nfs.some((p) => (p.PrefixListIds ?? []).length > 0) || (ranges.length > 0 && peers.addresses.length === 0)
  return opaque ? 'unknown' : 'no'
}

function nfsNotChecked(targets: ZoneTargets | undefined, ctx: DiagnosisContext): string | undefined {
  if (!targets) return 'The mount targets were not looked up.'
  if (targets.inTaskZones.length === 0) return "No mount target serves the tasks' zones."
  if (taskGroups(ctx).length === 0) return 'The tasks have no awsvpc security groups (EC2 instance security groups are not in the evidence).'
  return undefined
}

function ingressCheck(ctx: DiagnosisContext, fileSystemId: string, targets: ZoneTargets | undefined): Step | undefined {
  const id = `efs.${fileSystemId}.nfs-ingress`
  const title = `The mount targets' security groups allow NFS (TCP ${NFS_PORT}) from the task security groups`
  const notChecked = nfsNotChecked(targets, ctx)
  if (notChecked || !targets) return targets ? { check: { id, title, status: 'skipped', detail: notChecked } } : undefined
  const tasks = taskGroups(ctx)
  const taskRanges = targets.subnets.flatMap((s) => (ctx.evidence.network?.subnets ?? []).filter((x) => x.SubnetId === s.subnetId).flatMap((x) => (x.CidrBlock ? [x.CidrBlock] : [])))
  const verdicts = targets.inTaskZones.map((target) => {
    const groups = groupsById(ctx, target.securityGroups ?? [])
    const reach: Reach = !target.securityGroups || !groups ? 'unknown' : reaches(groups.flatMap((g) => g.IpPermissions ?? []), { groups: tasks, addresses: taskRanges })
    return { target, reach }
  })
  const mountTargetGroups = [...new Set(targets.inTaskZones.flatMap((t) => t.securityGroups ?? []))]
  const blocked = verdicts.filter((v) => v.reach === 'no')
  if (blocked.length > 0) {
    const groups = [...new Set(blocked.flatMap((v) => v.target.securityGroups ?? []))]
    const detail = `No inbound rule of ${groups.join(', ')} (mount target${blocked.length === 1 ? '' : 's'} ${blocked.map((v) => v.target.mountTargetId).join(', ')}) allows TCP ${NFS_PORT} from ${tasks.join(', ')} or the task subnets.`
    return {
      check: { id, title, status: 'failed', detail },
      problem: {
        kind: 'nfs-ingress-blocked',
        fileSystemId,
        title: `mount target security group ${groups.join(', ')} does not allow NFS (TCP ${NFS_PORT}) from the task security group ${tasks.join(', ')}`,
        detail,
        mountTargetGroups: groups,
        taskGroups: tasks
      }
    }
  }
  if (verdicts.some((v) => v.reach === 'unknown')) {
    const missing = verdicts.find((v) => !v.target.securityGroups || !groupsById(ctx, v.target.securityGroups))
    const api = missing && !missing.target.securityGroups ? 'elasticfilesystem:DescribeMountTargetSecurityGroups' : 'ec2:DescribeSecurityGroups'
    const otherwise = missing ? `The rules of the mount targets' security groups are not in the evidence.` : `The rules name prefix lists or address ranges the evidence cannot compare with the task subnets.`
    return skippedFor(ctx, id, title, api, missing?.target.mountTargetId, otherwise)
  }
  return { check: { id, title, status: 'passed', detail: `${mountTargetGroups.join(', ')} ${mountTargetGroups.length === 1 ? 'allows' : 'allow'} TCP ${NFS_PORT} from the tasks.` } }
}

function egressCheck(ctx: DiagnosisContext, fileSystemId: string, targets: ZoneTargets | undefined): Step | undefined {
  const id = `efs.${fileSystemId}.nfs-egress`
  const title = `The task security groups allow NFS (TCP ${NFS_PORT}) out to the mount targets`
  const notChecked = nfsNotChecked(targets, ctx)
  if (notChecked || !targets) return targets ? { check: { id, title, status: 'skipped', detail: notChecked } } : undefined
  const tasks = taskGroups(ctx)
  const groups = groupsById(ctx, tasks)
  if (!groups) return skippedFor(ctx, id, title, 'ec2:DescribeSecurityGroups', undefined, 'The task security groups are not in the evidence.')
  const egress = groups.flatMap((g) => g.IpPermissionsEgress ?? [])
  const mountTargetGroups = [...new Set(targets.inTaskZones.flatMap((t) => t.securityGroups ?? []))]
  const subnetRanges = targets.inTaskZones.flatMap((t) => (ctx.evidence.network?.subnets ?? []).filter((s) => s.SubnetId === t.subnetId).flatMap((s) => (s.CidrBlock ? [s.CidrBlock] : [])))
  const reach = reaches(egress, { groups: mountTargetGroups, addresses: subnetRanges })
  if (reach === 'yes') return { check: { id, title, status: 'passed', detail: `${tasks.join(', ')} ${tasks.length === 1 ? 'allows' : 'allow'} TCP ${NFS_PORT} out.` } }
  if (reach === 'unknown') return { check: { id, title, status: 'skipped', detail: `The outbound rules of ${tasks.join(', ')} name ranges or prefix lists the evidence cannot compare with the mount targets.` } }
  const detail = `No outbound rule of ${tasks.join(', ')} allows TCP ${NFS_PORT} to the mount targets${mountTargetGroups.length ? ` (${mountTargetGroups.join(', ')})` : ''}.`
  return {
    check: { id, title, status: 'failed', detail },
    problem: { kind: 'nfs-egress-blocked', fileSystemId, title: `the task security group ${tasks.join(', ')} does not allow NFS (TCP ${NFS_PORT}) out`, detail, mountTargetGroups, taskGroups: tasks }
  }
}

function accessPointCheck(ctx: DiagnosisContext, fileSystemId: string, evidence: EfsEvidence | undefined, volume: EfsVolume): Step[] {
  const accessPointId = volume.config.authorizationConfig?.accessPointId
  if (!accessPointId) return []
  const id = `efs.${fileSystemId}.access-point.${accessPointId}`
  const title = `Access point ${accessPointId} of volume ${volume.name} exists on ${fileSystemId}`
  const found = listOf(evidence?.accessPoints).find((a) => a.accessPointId === accessPointId)
  if (!found) {
    const skipped = skippedFor(ctx, id, title, 'elasticfilesystem:DescribeAccessPoints', accessPointId)
    return skipped ? [skipped] : []
  }
  const fail = (detail: string, what: string): Step[] => [
    { check: { id, title, status: 'failed', detail }, problem: { kind: 'access-point-missing', fileSystemId, title: what, detail, volume: volume.name, accessPointId } }
  ]
  if (found.exists === false) return fail(`DescribeAccessPoints: ${accessPointId} does not exist.`, `access point ${accessPointId} does not exist`)
  if (found.fileSystemId && found.fileSystemId !== fileSystemId) {
    return fail(`${accessPointId} belongs to ${found.fileSystemId}, not to ${fileSystemId}.`, `access point ${accessPointId} belongs to another file system (${found.fileSystemId})`)
  }
  return [{ check: { id, title, status: 'passed', detail: describeAccessPoint(found) } }]
}

export function describeAccessPoint(point: NonNullable<EfsEvidence['accessPoints']>[number]): string {
  const root = point.rootDirectory
  const creation = root?.creationInfo
  const user = point.posixUser
  const path = root?.path ?? '/'
  const creates = creation ? `created as ${creation.ownerUid}:${creation.ownerGid} ${creation.permissions} when missing` : path === '/' ? '' : 'no creation info: the directory must exist already'
  return [`Root directory ${path}${creates ? ` (${creates})` : ''}`, user ? `POSIX user ${user.uid}:${user.gid}` : 'no POSIX user (the client\'s own uid and gid)'].join(', ') + '.'
}

// ------------------------------------------------------------------ authorization

const CLIENT_MOUNT = 'elasticfilesystem:ClientMount'
const CLIENT_WRITE = 'elasticfilesystem:ClientWrite'

/** The actions a volume needs: ClientMount, and ClientWrite unless every mount of it is read-only. */
function neededActions(ctx: DiagnosisContext, volume: EfsVolume): string[] {
  const mounts = (ctx.taskDefinition?.containerDefinitions ?? []).flatMap((c) => c.mountPoints ?? []).filter((m) => m.sourceVolume === volume.name)
  return mounts.length > 0 && mounts.every((m) => m.readOnly) ? [CLIENT_MOUNT] : [CLIENT_MOUNT, CLIENT_WRITE]
}

function accessPointArn(ctx: DiagnosisContext, fileSystemId: string, accessPointId: string | undefined): string | undefined {
  if (!accessPointId) return undefined
  return efsFileSystemArn(fileSystemId, ctx).replace(/:file-system\/.*$/, `:access-point/${accessPointId}`)
}

function authorizationChecks(ctx: DiagnosisContext, fileSystemId: string, evidence: EfsEvidence | undefined, volumes: EfsVolume[]): Step[] {
  return volumes.flatMap((volume) => {
    const step = volume.config.authorizationConfig?.iam === 'ENABLED' ? iamCheck(ctx, fileSystemId, evidence, volume) : anonymousCheck(ctx, fileSystemId, evidence, volume)
    return step ? [step] : []
  })
}

function clientOf(ctx: DiagnosisContext, fileSystemId: string, volume: EfsVolume, roleArn: string | undefined): NfsClient {
  return { roleArn, tls: volume.config.transitEncryption === 'ENABLED', accessPointArn: accessPointArn(ctx, fileSystemId, volume.config.authorizationConfig?.accessPointId) }
}

/** IAM authorization on: the task role must be allowed each action by its own policies or by the file system policy, and denied by neither. */
function iamCheck(ctx: DiagnosisContext, fileSystemId: string, evidence: EfsEvidence | undefined, volume: EfsVolume): Step | undefined {
  const roleArn = ctx.taskDefinition?.taskRoleArn
  const role = roleArn?.split('/').pop()
  const id = `efs.${fileSystemId}.iam.${volume.name}`
  const actions = neededActions(ctx, volume)
  const title = `The task role${role ? ` ${role}` : ''} may ${actions.map((a) => a.split(':')[1]).join(' and ')} on ${fileSystemId} (volume ${volume.name}, IAM authorization)`
  if (!roleArn) {
    const detail = `Volume ${volume.name} sets authorizationConfig.iam ENABLED, but the task definition has no taskRoleArn: efs-utils has no credentials to mount with.`
    return { check: { id, title, status: 'failed', detail }, problem: { kind: 'no-task-role', fileSystemId, title: 'IAM authorization is on but the task has no task role', detail, volume: volume.name } }
  }
  if (evidence?.policy === null) return { check: { id, title, status: 'passed', detail: `${fileSystemId} has no file system policy: the default policy lets every client that reaches a mount target mount and write.` } }
  const resource = efsFileSystemArn(fileSystemId, ctx)
  const client = clientOf(ctx, fileSystemId, volume, ctx.evidence.iam?.roles?.find((r) => r.kind === 'task')?.arn ?? roleArn)
  const verdicts = actions.map((action) => {
    const simulation = (ctx.evidence.iam?.simulations ?? []).find((s) => s.role === 'task' && s.action.toLowerCase() === action.toLowerCase() && s.resource === resource)
    const decision = typeof evidence?.policy === 'string' ? policyDecision(evidence.policy, action, client) : undefined
    const byPolicy: PolicyAnswer | undefined = decision?.answer
    return { action, simulation, byPolicy, statement: decision?.statement }
  })
  const denied = verdicts.filter((v) => v.byPolicy === 'deny' || (v.simulation?.decision === 'explicitDeny') || (v.byPolicy === 'none' && v.simulation && v.simulation.decision !== 'allowed'))
  if (denied.length > 0) {
    const byPolicy = denied.filter((v) => v.byPolicy === 'deny')
    const byRole = denied.filter((v) => v.byPolicy !== 'deny')
    const tls = volume.config.transitEncryption === 'ENABLED' ? '' : ' (the volume mounts without TLS: transitEncryption DISABLED)'
    const detail = [
      byPolicy.length > 0
        ? `Statement ${[...new Set(byPolicy.map((v) => v.statement))].join(', ')} of the file system policy of ${fileSystemId} explicitly denies ${byPolicy.map((v) => v.action).join(' and ')} to the tasks${tls}.`
        : undefined,
      ...byRole.map(
        (v) =>
          `${v.action} on ${resource}: the task role's policies ${v.simulation?.decision === 'explicitDeny' ? 'explicitly deny it' : 'do not grant it (simulated)'}${v.byPolicy === 'none' ? ', and the file system policy does not grant it either' : ''}.`
      )
    ]
      .filter((line): line is string => line !== undefined)
      .join(' ')
    return {
      check: { id, title, status: 'failed', detail },
      problem: {
        kind: 'iam-denied',
        fileSystemId,
        title: `the task role ${role} may not ${denied.map((v) => v.action.split(':')[1]).join(' or ')} on ${fileSystemId}`,
        detail,
        actions: denied.map((v) => v.action),
        ...(byPolicy.length > 0 ? { deniedByPolicy: true } : {}),
        volume: volume.name
      }
    }
  }
  if (verdicts.every((v) => v.byPolicy === 'allow' || v.simulation?.decision === 'allowed')) {
    const by = verdicts.map((v) => `${v.action.split(':')[1]} ${v.simulation?.decision === 'allowed' ? "by the role's policies" : 'by the file system policy'}`)
    return { check: { id, title, status: 'passed', detail: `Allowed: ${by.join(', ')}.` } }
  }
  if (typeof evidence?.policy !== 'string') return skippedFor(ctx, id, title, 'elasticfilesystem:DescribeFileSystemPolicy', fileSystemId, 'The file system policy was not read.')
  const conditional = verdicts.some((v) => v.byPolicy === 'undecided')
  return (
    skippedFor(ctx, id, title, 'iam:SimulatePrincipalPolicy', undefined) ?? {
      check: { id, title, status: 'skipped', detail: conditional ? 'The file system policy has conditions this check does not evaluate.' : "The task role's policies were not simulated." }
    }
  )
}

/** IAM authorization off: the mount is anonymous, so a file system policy must grant anonymous clients. */
function anonymousCheck(ctx: DiagnosisContext, fileSystemId: string, evidence: EfsEvidence | undefined, volume: EfsVolume): Step | undefined {
  if (typeof evidence?.policy !== 'string') return undefined
  const id = `efs.${fileSystemId}.iam.${volume.name}`
  const title = `The file system policy of ${fileSystemId} lets volume ${volume.name} mount without IAM authorization`
  const answer = policyAnswer(evidence.policy, CLIENT_MOUNT, clientOf(ctx, fileSystemId, volume, undefined))
  if (answer === 'allow') return { check: { id, title, status: 'passed', detail: `The policy allows ${CLIENT_MOUNT} to every client.` } }
  if (answer === 'undecided') return { check: { id, title, status: 'skipped', detail: 'The file system policy has conditions this check does not evaluate.' } }
  const detail = `${fileSystemId} has a file system policy that ${answer === 'deny' ? 'denies' : 'does not grant'} ${CLIENT_MOUNT} to clients without IAM authorization, and volume ${volume.name} mounts without it (authorizationConfig.iam ${volume.config.authorizationConfig?.iam ?? 'DISABLED'}).`
  return {
    check: { id, title, status: 'failed', detail },
    problem: { kind: 'iam-required', fileSystemId, title: 'the file system policy requires IAM authorization, which the volume does not use', detail, volume: volume.name }
  }
}
