/**
 * efs-mount-failed: an EFS volume of the task definition could not be mounted, so no container
 * started. efs-utils says which step failed (docs/diagnosis/messages.md §6); the EFS checks
 * (./efs/analyse.ts: the file system, its mount targets in the task's zones, NFS between their security
 * groups, the VPC's DNS, the access point, IAM authorization and the file system policy) name the precise
 * cause with the ids the fix commands need. A check that proves a cause also names it with no message.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html
 * https://repost.aws/knowledge-center/fargate-unable-to-mount-efs
 */
import { efsFileSystemArn } from '../../../evidence/arns.js'
import type { EfsEvidence } from '../../../evidence/schema.js'
import type { DiagnosisContext } from '../../context.js'
import { readEfsFailure, type EfsFailure, type EfsFailureKind } from '../../efs.js'
import { newRevisionFix } from '../../runtime/explain/common.js'
import type { ClassifiedGroup } from '../../rules.js'
import type { Confidence, Finding, Fix } from '../../types.js'
import { analyseEfs, describeAccessPoint, efsVolumesOf, NFS_PORT, type EfsProblem, type EfsProblemKind, type EfsVolume } from '../efs/analyse.js'
import { listOf, occurrences, unique } from '../facts.js'
import { aws, putRolePolicy, rollbackFix } from '../fixes.js'

const WHY: Record<EfsFailureKind, string> = {
  dns: "the file system's DNS name did not resolve from the task: there is no mount target in the task's Availability Zone, the VPC has DNS resolution or DNS hostnames turned off, or the file system id is wrong",
  network: 'NFS (TCP 2049) from the task to the mount target timed out or was reset: the mount target security group must allow TCP 2049 from the task security group (and the NACLs must let it through)',
  'access-denied': 'the file system refused the mount: its file system policy requires IAM authorization (elasticfilesystem:ClientMount, ClientWrite on the task role, with iam ENABLED in the volume), or the access point does not allow it',
  'path-missing': "the rootDirectory (or the access point's path) does not exist on the file system: EFS does not create it; an access point with creation info does",
  'tls-tunnel': "the TLS tunnel to the file system did not start (efs-utils' stunnel or efs-proxy)",
  credentials: 'the volume uses IAM authorization but the task has no task role to mount with',
  options: 'the volume options contradict each other: an access point or IAM authorization needs transitEncryption ENABLED',
  ownership: "the volume mounted, but Docker could not copy the image directory's ownership onto it: the access point's POSIX user may not chown (only root may)",
  unknown: 'efs-utils did not say why (the message was cut)'
}

/** The problems the evidence can show for what efs-utils said, in the order a mount meets them. */
const PROBLEMS_FOR: Record<EfsFailureKind, EfsProblemKind[]> = {
  dns: ['file-system-missing', 'vpc-dns-off', 'no-mount-target', 'file-system-unavailable'],
  network: ['nfs-egress-blocked', 'nfs-ingress-blocked', 'no-mount-target'],
  'access-denied': ['iam-denied', 'iam-required', 'no-task-role', 'access-point-missing'],
  credentials: ['no-task-role'],
  'path-missing': ['access-point-missing'],
  'tls-tunnel': ['nfs-egress-blocked', 'nfs-ingress-blocked'],
  options: [],
  ownership: [],
  unknown: ['file-system-missing', 'file-system-unavailable', 'vpc-dns-off', 'no-mount-target', 'nfs-egress-blocked', 'nfs-ingress-blocked', 'access-point-missing', 'no-task-role', 'iam-denied', 'iam-required']
}

const WHY_PROBLEM: Record<EfsProblemKind, string> = {
  'file-system-missing': 'the volume names a file system that does not exist in this account and Region, so its DNS name does not resolve',
  'file-system-unavailable': 'the file system is not available',
  'vpc-dns-off': "the VPC does not resolve the file system's DNS name: ECS mounts EFS by its DNS name, which needs DNS resolution and DNS hostnames on in the VPC",
  'no-mount-target': "a task landed in an Availability Zone where the file system has no mount target, so its DNS name does not resolve there",
  'nfs-egress-blocked': `the task security group does not let NFS (TCP ${NFS_PORT}) out, so the mount times out`,
  'nfs-ingress-blocked': `the mount target's security group does not let NFS (TCP ${NFS_PORT}) in from the task security group, so the mount times out`,
  'access-point-missing': 'the volume names an access point that does not exist on this file system',
  'no-task-role': 'the volume uses IAM authorization but the task has no task role to mount with',
  'iam-denied': 'the volume uses IAM authorization and the task role may not mount (and write) the file system: neither its own policies nor the file system policy allow it',
  'iam-required': 'the file system policy only admits clients that authenticate with IAM, and the volume mounts without IAM authorization'
}

export function explainEfsMount(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const failures = failuresOf(group)
  const failure = failures.find((f) => f.kind !== 'unknown') ?? failures[0] ?? { kind: 'unknown' as const, cause: group.classifications[0]?.cause ?? '' }
  const report = analyseEfs(ctx)
  const problem = decisiveProblem(report.problems, failure)
  const volumes = efsVolumesOf(ctx)
  const volume = volumes.find((v) => problem?.volume === v.name) ?? volumes.find((v) => v.config.fileSystemId === (failure.fileSystemId ?? problem?.fileSystemId)) ?? volumes[0]
  const fileSystemId = failure.fileSystemId ?? (problem?.fileSystemId || undefined) ?? volume?.config.fileSystemId
  const evidence = fileSystemId ? ctx.evidence.efs?.find((e) => e.fileSystemId === fileSystemId) : undefined
  const fromMessages = group.tasks.length > 0 || group.events.length > 0
  const failedChecks = report.checks.filter((c) => c.status === 'failed').map((c) => c.detail ?? c.title)
  const lines = [
    ...(fromMessages ? [`${occurrences(group)}: ${failure.cause || group.classifications[0]?.cause || ''}`] : []),
    ...(volume ? [describeVolume(volume, evidence)] : []),
    ...(problem ? [problem.detail] : []),
    ...failedChecks,
    ...(problem ? [] : confirmations(ctx, failure.kind, evidence))
  ]
  // A timeout while both security groups admit NFS: what is left (NACLs, the mount target's own state) is not in the evidence.
  const groupsAdmit = failure.kind === 'network' && !problem && ['nfs-egress', 'nfs-ingress'].every((step) => report.checks.some((c) => c.id.endsWith(`.${step}`) && c.status === 'passed'))
  if (groupsAdmit) lines.push(`The task and mount target security groups allow TCP ${NFS_PORT} both ways: look at the network ACLs of the task and mount target subnets.`)
  const confidence: Confidence =
    problem ? 'high' : failure.kind === 'unknown' || groupsAdmit ? 'medium' : lines.length > (volume ? 2 : 1) || group.classifications.some((c) => c.confidence === 'high') ? 'high' : 'medium'
  const why = problem ? WHY_PROBLEM[problem.kind] : WHY[failure.kind]
  const rollback = rollbackFix(ctx)
  return {
    code: 'efs-mount-failed',
    title: `The EFS volume${volume ? ` ${volume.name}` : ''}${fileSystemId ? ` (${fileSystemId})` : ''} cannot be mounted: ${problem ? problem.title : TITLE[failure.kind]}`,
    explanation: `ECS mounts EFS volumes before it starts the containers, so every task of this revision stops at the mount. Here ${why}.`,
    confidence,
    evidence: unique(lines),
    fixes: [...(problem ? problemFixes(ctx, problem, volume) : fixesFor(ctx, failure, volume, fileSystemId, evidence)), ...(rollback ? [rollback] : [])]
  }
}

/** The first problem the evidence proves that fits what efs-utils said (any problem when it said nothing usable). */
function decisiveProblem(problems: EfsProblem[], failure: EfsFailure): EfsProblem | undefined {
  const fitting = problems.filter((p) => !failure.fileSystemId || !p.fileSystemId || p.fileSystemId === failure.fileSystemId)
  for (const kind of PROBLEMS_FOR[failure.kind]) {
    const found = fitting.find((p) => p.kind === kind)
    if (found) return found
  }
  return undefined
}

const TITLE: Record<EfsFailureKind, string> = {
  dns: 'its DNS name does not resolve',
  network: 'NFS to the mount target is blocked',
  'access-denied': 'access denied by the file system',
  'path-missing': 'the root directory does not exist',
  'tls-tunnel': 'the TLS tunnel did not start',
  credentials: 'no task role for IAM authorization',
  options: 'the mount options are inconsistent',
  ownership: "the access point's POSIX user cannot take ownership",
  unknown: 'efs-utils failed'
}

/** What efs-utils said in the group's messages (a finding a check stands for has none). */
function failuresOf(group: ClassifiedGroup): EfsFailure[] {
  return group.classifications.flatMap((c) => {
    if (c.signature.startsWith('check: ')) return []
    const text = c.parsed?.text ?? c.runtime?.message ?? c.cause
    const read = text ? readEfsFailure(text) : null
    return read ? [read] : []
  })
}

function describeVolume(volume: EfsVolume, efs: EfsEvidence | undefined): string {
  const c = volume.config
  const auth = c.authorizationConfig
  const point = auth?.accessPointId ? efs?.accessPoints?.find((a) => a.accessPointId === auth.accessPointId && a.exists !== false) : undefined
  return (
    `Volume ${volume.name}: file system ${c.fileSystemId}, rootDirectory ${c.rootDirectory ?? '/'}, transitEncryption ${c.transitEncryption ?? 'DISABLED'}` +
    `${auth?.accessPointId ? `, access point ${auth.accessPointId}` : ''}${auth?.iam ? `, IAM authorization ${auth.iam}` : ''}.` +
    `${point ? ` Access point: ${describeAccessPoint(point)}` : ''}`
  )
}

/** What the evidence already shows about the failing step. */
function confirmations(ctx: DiagnosisContext, kind: EfsFailureKind, efs: EfsEvidence | undefined): string[] {
  const lines: string[] = []
  const dns = ctx.evidence.network?.vpcAttributes
  if (kind === 'dns' && dns) {
    if (dns.enableDnsSupport === false) lines.push('The VPC has DNS resolution (enableDnsSupport) turned off.')
    if (dns.enableDnsHostnames === false) lines.push('The VPC has DNS hostnames (enableDnsHostnames) turned off: ECS mounts EFS by its DNS name.')
  }
  const missingAz = efs?.mountTargets ? subnetsWithoutMountTarget(ctx, efs) : []
  if ((kind === 'dns' || kind === 'network') && missingAz.length > 0) lines.push(`No mount target of ${efs?.fileSystemId} in the Availability Zone of ${listOf(missingAz)}.`)
  if (kind === 'network' && efs?.mountTargets?.length) {
    const groups = unique(efs.mountTargets.flatMap((m) => m.securityGroups ?? []))
    if (groups.length > 0) lines.push(`The mount targets use security group${groups.length === 1 ? '' : 's'} ${listOf(groups)}; the tasks use ${listOf(ctx.securityGroupIds) || 'the VPC default group'}.`)
  }
  if ((kind === 'access-denied' || kind === 'credentials') && !ctx.taskDefinition?.taskRoleArn) lines.push('The task definition has no taskRoleArn: IAM authorization mounts as the task role.')
  if (kind === 'access-denied' && efs?.policy) lines.push('The file system has a file system policy: it decides which principals may mount and write.')
  return lines
}

/** Task subnets whose Availability Zone has no mount target (subnets are matched by id, then by AZ). */
function subnetsWithoutMountTarget(ctx: DiagnosisContext, efs: EfsEvidence): string[] {
  const targets = efs.mountTargets ?? []
  const azOf = new Map((ctx.evidence.network?.subnets ?? []).map((s) => [s.SubnetId ?? '', s.AvailabilityZone ?? '']))
  return ctx.subnetIds.filter((subnet) => !targets.some((t) => t.subnetId === subnet || (azOf.get(subnet) && t.availabilityZoneName === azOf.get(subnet))))
}

function fixesFor(ctx: DiagnosisContext, failure: EfsFailure, volume: EfsVolume | undefined, fileSystemId: string | undefined, efs: EfsEvidence | undefined): Fix[] {
  const fs = fileSystemId ?? '<file-system-id>'
  const fixes: Fix[] = []
  const listTargets = aws(ctx.region, 'efs', 'describe-mount-targets', '--file-system-id', fs, '--query', 'MountTargets[].{id:MountTargetId,subnet:SubnetId,az:AvailabilityZoneName,state:LifeCycleState}')
  switch (failure.kind) {
    case 'dns': {
      fixes.push({ title: `List the mount targets of ${fs}: each task subnet's Availability Zone needs one`, commands: [listTargets] })
      const vpc = ctx.evidence.network?.vpcId
      if (vpc) {
        fixes.push({
          title: `Turn on DNS resolution and DNS hostnames in ${vpc}`,
          commands: [
            aws(ctx.region, 'ec2', 'modify-vpc-attribute', '--vpc-id', vpc, '--enable-dns-support', '{"Value":true}'),
            aws(ctx.region, 'ec2', 'modify-vpc-attribute', '--vpc-id', vpc, '--enable-dns-hostnames', '{"Value":true}')
          ]
        })
      }
      const missing = efs?.mountTargets ? subnetsWithoutMountTarget(ctx, efs) : []
      for (const subnet of missing.slice(0, 2)) {
        fixes.push({
          title: `Create a mount target of ${fs} in ${subnet}`,
          commands: [aws(ctx.region, 'efs', 'create-mount-target', '--file-system-id', fs, '--subnet-id', subnet, ...(ctx.securityGroupIds.length ? ['--security-groups', ...ctx.securityGroupIds] : []))]
        })
      }
      break
    }
    case 'network': {
      const groups = unique((efs?.mountTargets ?? []).flatMap((m) => m.securityGroups ?? []))
      const target = groups[0] ?? '<mount-target-security-group-id>'
      const commands = ctx.securityGroupIds.map((sg) => aws(ctx.region, 'ec2', 'authorize-security-group-ingress', '--group-id', target, '--protocol', 'tcp', '--port', 2049, '--source-group', sg))
      fixes.push({ title: `Find the mount targets' security groups of ${fs}`, commands: [listTargets] })
      if (commands.length > 0) {
        fixes.push({ title: `Allow NFS (TCP 2049) from the task security group${ctx.securityGroupIds.length === 1 ? '' : 's'} to the mount targets${groups[0] ? '' : ' (fill in <mount-target-security-group-id>)'}`, commands })
      }
      break
    }
    case 'access-denied':
    case 'credentials': {
      fixes.push({ title: `Read the file system policy of ${fs}`, commands: [aws(ctx.region, 'efs', 'describe-file-system-policy', '--file-system-id', fs)] })
      const role = ctx.taskDefinition?.taskRoleArn?.split('/').pop()
      const arn = `arn:${ctx.partition}:elasticfilesystem:${ctx.region}:${ctx.accountId ?? '<account-id>'}:file-system/${fs}`
      fixes.push({
        title: `Allow the task role${role ? ` ${role}` : ' (fill in <task-role-name>)'} to mount and write ${fs}`,
        commands: [putRolePolicy(ctx.region, role ?? '<task-role-name>', 'ecs-deploy-doctor-efs', [{ actions: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'], resources: [arn] }])],
        note: 'The volume needs authorizationConfig.iam ENABLED and transitEncryption ENABLED for the task role to be used; a task without taskRoleArn needs one.'
      })
      break
    }
    case 'path-missing':
    case 'ownership': {
      const accessPoint = volume?.config.authorizationConfig?.accessPointId
      if (accessPoint) fixes.push({ title: `Check the root directory and POSIX user of ${accessPoint}`, commands: [aws(ctx.region, 'efs', 'describe-access-points', '--access-point-id', accessPoint)] })
      const path = failure.path ?? volume?.config.rootDirectory
      if (failure.kind === 'path-missing' && path && path !== '/') {
        fixes.push({
          title: `Mount ${path} through an access point that creates it (then set authorizationConfig.accessPointId and rootDirectory "/" on the volume)`,
          commands: [aws(ctx.region, 'efs', 'create-access-point', '--file-system-id', fs, '--root-directory', `Path=${path},CreationInfo={OwnerUid=1000,OwnerGid=1000,Permissions=755}`, '--posix-user', 'Uid=1000,Gid=1000')],
          note: "Use the uid/gid the container runs as; the access point needs transitEncryption ENABLED on the volume."
        })
      }
      if (failure.kind === 'ownership') {
        fixes.push({
          title: "Give the access point a POSIX user that owns the directory, or mount without a POSIX user",
          commands: [],
          note: "On EC2 Docker copies the image directory's owner onto an empty volume (lchown); an access point that enforces a non-root POSIX user refuses it. Create the directory with the right owner in the image, or use an access point whose creation info matches it."
        })
      }
      break
    }
    default:
      fixes.push({ title: `Check the mount targets of ${fs}`, commands: [listTargets] })
  }
  return fixes
}

/** The exact change for the problem the evidence proved, with the real ids. */
function problemFixes(ctx: DiagnosisContext, problem: EfsProblem, volume: EfsVolume | undefined): Fix[] {
  const fs = problem.fileSystemId
  const region = ctx.region
  switch (problem.kind) {
    case 'file-system-missing':
      return [
        {
          title: `List the file systems in ${region}: the volume must name one of them`,
          commands: [aws(region, 'efs', 'describe-file-systems', '--query', 'FileSystems[].{id:FileSystemId,name:Name,state:LifeCycleState}')]
        }
      ]
    case 'file-system-unavailable':
      return [{ title: `Check the state of ${fs}`, commands: [aws(region, 'efs', 'describe-file-systems', '--file-system-id', fs)] }]
    case 'vpc-dns-off': {
      const vpc = ctx.evidence.network?.vpcId ?? '<vpc-id>'
      const attributes = ctx.evidence.network?.vpcAttributes
      const commands = [
        ...(attributes?.enableDnsSupport === false ? [aws(region, 'ec2', 'modify-vpc-attribute', '--vpc-id', vpc, '--enable-dns-support', '{"Value":true}')] : []),
        ...(attributes?.enableDnsHostnames !== true ? [aws(region, 'ec2', 'modify-vpc-attribute', '--vpc-id', vpc, '--enable-dns-hostnames', '{"Value":true}')] : [])
      ]
      return [{ title: `Turn on ${attributes?.enableDnsSupport === false ? 'DNS resolution and ' : ''}DNS hostnames in ${vpc}`, commands }]
    }
    case 'no-mount-target': {
      const groups = problem.mountTargetGroups ?? []
      return (problem.subnets ?? []).slice(0, 3).map((subnet) => ({
        title: `Create a mount target of ${fs} in ${subnet}`,
        commands: [aws(region, 'efs', 'create-mount-target', '--file-system-id', fs, '--subnet-id', subnet, ...(groups.length ? ['--security-groups', ...groups] : []))],
        ...(groups.length
          ? {}
          : { note: `Without --security-groups the mount target gets the VPC's default security group: it must allow TCP ${NFS_PORT} from ${listOf(ctx.securityGroupIds) || 'the task security group'}.` })
      }))
    }
    case 'nfs-ingress-blocked': {
      const target = (problem.mountTargetGroups ?? [])[0] ?? '<mount-target-security-group-id>'
      const sources = problem.taskGroups ?? []
      return [
        {
          title: `Allow NFS (TCP ${NFS_PORT}) into ${target} from the task security group${sources.length === 1 ? '' : 's'}`,
          commands: sources.map((sg) => aws(region, 'ec2', 'authorize-security-group-ingress', '--group-id', target, '--protocol', 'tcp', '--port', NFS_PORT, '--source-group', sg))
        }
      ]
    }
    case 'nfs-egress-blocked': {
      const task = (problem.taskGroups ?? [])[0] ?? '<task-security-group-id>'
      const destinations = problem.mountTargetGroups ?? []
      const destination = destinations.length > 0 ? `UserIdGroupPairs=[${destinations.map((g) => `{GroupId=${g}}`).join(',')}]` : `IpRanges=[{CidrIp=${vpcCidr(ctx)}}]`
      return [
        {
          title: `Allow NFS (TCP ${NFS_PORT}) out of ${task} to the mount targets`,
          commands: [aws(region, 'ec2', 'authorize-security-group-egress', '--group-id', task, '--ip-permissions', `IpProtocol=tcp,FromPort=${NFS_PORT},ToPort=${NFS_PORT},${destination}`)]
        }
      ]
    }
    case 'access-point-missing':
      return [
        {
          title: `List the access points of ${fs}: the volume's authorizationConfig.accessPointId must be one of them`,
          commands: [aws(region, 'efs', 'describe-access-points', '--file-system-id', fs, '--query', 'AccessPoints[].{id:AccessPointId,path:RootDirectory.Path,uid:PosixUser.Uid,gid:PosixUser.Gid}')]
        }
      ]
    case 'no-task-role':
      return compactFixes([
        newRevisionFix(ctx, `Give the task a task role to mount ${fs} with`, {
          edit: 'In td.json set "taskRoleArn" to a role that trusts ecs-tasks.amazonaws.com and may elasticfilesystem:ClientMount (and ClientWrite) on the file system.',
          changes: [{ where: revisionLabel(ctx), key: 'taskRoleArn', after: JSON.stringify(`arn:${ctx.partition}:iam::${ctx.accountId ?? '<account-id>'}:role/<task-role>`) }]
        })
      ])
    case 'iam-denied': {
      const role = ctx.taskDefinition?.taskRoleArn?.split('/').pop() ?? '<task-role-name>'
      const actions = problem.actions ?? ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite']
      const readPolicy: Fix = { title: `Read the file system policy of ${fs}`, commands: [aws(region, 'efs', 'describe-file-system-policy', '--file-system-id', fs)] }
      if (problem.deniedByPolicy) {
        const name = volume?.name ?? problem.volume ?? 'efs'
        const withoutTls = volume?.config.transitEncryption !== 'ENABLED'
        return compactFixes([
          withoutTls
            ? newRevisionFix(ctx, `Mount volume ${name} with TLS, which the file system policy requires`, {
                edit: `In td.json set volumes[${name}].efsVolumeConfiguration.transitEncryption to "ENABLED".`,
                changes: [{ where: `volumes[${name}].efsVolumeConfiguration`, key: 'transitEncryption', before: JSON.stringify(volume?.config.transitEncryption ?? 'DISABLED'), after: '"ENABLED"' }]
              })
            : undefined,
          { ...readPolicy, note: 'An explicit deny in the file system policy wins over any grant: change that statement, or mount the way it requires.' }
        ])
      }
      return [
        {
          title: `Allow the task role ${role} to ${actions.map((a) => a.split(':')[1]).join(' and ')} on ${fs}`,
          commands: [putRolePolicy(region, role, 'ecs-deploy-doctor-efs', [{ actions, resources: [efsFileSystemArn(fs, ctx)] }])],
          note: 'Either this identity policy or a statement of the file system policy naming the role is enough.'
        },
        readPolicy
      ]
    }
    case 'iam-required': {
      const name = volume?.name ?? problem.volume ?? 'efs'
      const before = JSON.stringify({ transitEncryption: volume?.config.transitEncryption ?? 'DISABLED', iam: volume?.config.authorizationConfig?.iam ?? 'DISABLED' })
      return compactFixes([
        newRevisionFix(ctx, `Mount volume ${name} with IAM authorization (and TLS, which it needs)`, {
          edit: `In td.json set volumes[${name}].efsVolumeConfiguration.transitEncryption to "ENABLED" and its authorizationConfig.iam to "ENABLED"; the task role must then be allowed elasticfilesystem:ClientMount and ClientWrite on ${fs}.`,
          changes: [{ where: `volumes[${name}].efsVolumeConfiguration`, before, after: JSON.stringify({ transitEncryption: 'ENABLED', iam: 'ENABLED' }) }]
        }),
        { title: `Read the file system policy of ${fs}`, commands: [aws(region, 'efs', 'describe-file-system-policy', '--file-system-id', fs)] }
      ])
  }
  }
}

function compactFixes(fixes: (Fix | undefined)[]): Fix[] {
  return fixes.filter((f): f is Fix => f !== undefined)
}

function revisionLabel(ctx: DiagnosisContext): string {
  const td = ctx.taskDefinition
  return td?.family && td.revision !== undefined ? `${td.family}:${td.revision}` : 'task definition'
}

/** The VPC's address range, from its subnets when their ranges share a /16 (a rule for the whole VPC). */
function vpcCidr(ctx: DiagnosisContext): string {
  const first = ctx.evidence.network?.subnets?.find((s) => s.CidrBlock)?.CidrBlock
  const octets = first?.split('/')[0].split('.')
  return octets ? `${octets[0]}.${octets[1]}.0.0/16` : '10.0.0.0/16'
}
