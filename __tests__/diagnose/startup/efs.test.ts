/**
 * efs-mount-failed with the EFS evidence: the step of the mount that fails is named with its ids, the fix
 * commands are the exact change, and without the EFS permissions the message still names the cause and the
 * checks say which permission is missing. The file system policy reader is tested on the statements EFS uses.
 */
import { describe, expect, it } from '@jest/globals'
import { diagnose } from '../../../src/diagnose/index.js'
import { policyAnswer } from '../../../src/diagnose/startup/efs/policy.js'
import { ACCOUNT, SUBNETS, TASK_ROLE_ARN, TASK_SG, VPC } from '../../fixtures/evidence.js'
import * as F from './efs-fixtures.js'

const { FS, AP, MT_SG, EFS_REASONS } = F

function rootCause(evidence: ReturnType<typeof F.efsStop>) {
  const diagnosis = diagnose(evidence)
  return { diagnosis, finding: diagnosis.rootCause }
}

function efsChecks(evidence: ReturnType<typeof F.efsStop>): string[] {
  return diagnose(evidence)
    .checks.filter((c) => c.id.startsWith('efs.'))
    .map((c) => `${c.status} ${c.id}`)
}

describe('efs-mount-failed names the step that fails', () => {
  it('a timeout, and the mount targets admit NFS only from another group: opens the mount target group to the task group', () => {
    const { finding } = rootCause(F.ingressFromOthers(F.efsStop(EFS_REASONS.timedOut)))
    expect(finding?.code).toBe('efs-mount-failed')
    expect(finding?.confidence).toBe('high')
    expect(finding?.title).toBe(`The EFS volume uploads (${FS}) cannot be mounted: mount target security group ${MT_SG} does not allow NFS (TCP 2049) from the task security group ${TASK_SG}`)
    expect(finding?.evidence).toContain(`No inbound rule of ${MT_SG} (mount targets ${F.MOUNT_TARGETS.join(', ')}) allows TCP 2049 from ${TASK_SG} or the task subnets.`)
    expect(finding?.fixes[0].commands).toEqual([`aws ec2 authorize-security-group-ingress --group-id ${MT_SG} --protocol tcp --port 2049 --source-group ${TASK_SG} --region eu-west-1`])
  })

  it('a timeout, and the task group lets only HTTPS out: allows NFS out to the mount target group', () => {
    const { finding } = rootCause(F.egressHttpsOnly(F.efsStop(EFS_REASONS.timedOut)))
    expect(finding?.title).toBe(`The EFS volume uploads (${FS}) cannot be mounted: the task security group ${TASK_SG} does not allow NFS (TCP 2049) out`)
    expect(finding?.fixes[0].commands).toEqual([
      `aws ec2 authorize-security-group-egress --group-id ${TASK_SG} --ip-permissions 'IpProtocol=tcp,FromPort=2049,ToPort=2049,UserIdGroupPairs=[{GroupId=${MT_SG}}]' --region eu-west-1`
    ])
  })

  it('a timeout with both groups open: says so, points at the network ACLs, and is not sure', () => {
    const { finding } = rootCause(F.efsStop(EFS_REASONS.timedOut))
    expect(finding?.title).toBe(`The EFS volume uploads (${FS}) cannot be mounted: NFS to the mount target is blocked`)
    expect(finding?.confidence).toBe('medium')
    expect(finding?.evidence).toContain('The task and mount target security groups allow TCP 2049 both ways: look at the network ACLs of the task and mount target subnets.')
  })

  it('the DNS name does not resolve in one zone: creates the mount target there with the existing mount target group', () => {
    const { finding } = rootCause(F.oneMountTarget(F.efsStop(EFS_REASONS.resolve)))
    expect(finding?.title).toBe(`The EFS volume uploads (${FS}) cannot be mounted: no mount target in the Availability Zone of ${SUBNETS[1]}`)
    expect(finding?.fixes[0].commands).toEqual([`aws efs create-mount-target --file-system-id ${FS} --subnet-id ${SUBNETS[1]} --security-groups ${MT_SG} --region eu-west-1`])
  })

  it('the DNS name does not resolve and the VPC has DNS hostnames off: turns them on', () => {
    const { finding } = rootCause(F.dnsHostnamesOff(F.efsStop(EFS_REASONS.resolve)))
    expect(finding?.title).toBe(`The EFS volume uploads (${FS}) cannot be mounted: ${VPC} has DNS hostnames (enableDnsHostnames) turned off`)
    expect(finding?.fixes[0].commands).toEqual([`aws ec2 modify-vpc-attribute --vpc-id ${VPC} --enable-dns-hostnames '{"Value":true}' --region eu-west-1`])
  })

  it('the DNS name does not resolve because the file system does not exist: lists the file systems of the Region', () => {
    const evidence = F.fileSystemMissing(F.efsStop(EFS_REASONS.resolve))
    const { finding } = rootCause(evidence)
    expect(finding?.title).toBe(`The EFS volume uploads (${FS}) cannot be mounted: file system ${FS} does not exist in eu-west-1`)
    expect(finding?.evidence).toContain(`DescribeFileSystems: ${FS} does not exist in account ${ACCOUNT} in eu-west-1.`)
    expect(efsChecks(evidence)).toEqual([`failed efs.${FS}.file-system`, 'passed efs.vpc-dns'])
  })

  it('access denied, and the task role may not mount (its policies nor the file system policy): grants ClientMount and ClientWrite on the file system', () => {
    const { finding } = rootCause(F.taskRoleDenied(F.efsStop(EFS_REASONS.accessDenied)))
    expect(finding?.title).toBe(`The EFS volume uploads (${FS}) cannot be mounted: the task role api-task-role may not ClientMount or ClientWrite on ${FS}`)
    expect(finding?.fixes[0].commands).toEqual([
      `aws iam put-role-policy --role-name api-task-role --policy-name ecs-deploy-doctor-efs --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["elasticfilesystem:ClientMount","elasticfilesystem:ClientWrite"],"Resource":"${F.FS_ARN}"}]}' --region eu-west-1`
    ])
  })

  it('access denied, and the volume mounts without IAM while the policy only names the task role: a revision with IAM authorization', () => {
    const { finding } = rootCause(F.iamOff(F.efsStop(EFS_REASONS.accessDenied)))
    expect(finding?.title).toBe(`The EFS volume uploads (${FS}) cannot be mounted: the file system policy requires IAM authorization, which the volume does not use`)
    expect(finding?.fixes[0].changes).toEqual([
      { where: 'volumes[uploads].efsVolumeConfiguration', before: '{"transitEncryption":"ENABLED","iam":"DISABLED"}', after: '{"transitEncryption":"ENABLED","iam":"ENABLED"}' }
    ])
    expect(finding?.fixes[0].commands[1]).toBe('aws ecs register-task-definition --cli-input-json file://td.json --region eu-west-1')
  })

  it('access denied, and the access point does not exist: lists the access points of the file system', () => {
    const { finding } = rootCause(F.accessPointMissing(F.efsStop(EFS_REASONS.accessDenied)))
    expect(finding?.title).toBe(`The EFS volume uploads (${FS}) cannot be mounted: access point ${AP} does not exist`)
    expect(finding?.fixes[0].commands[0]).toMatch(new RegExp(`^aws efs describe-access-points --file-system-id ${FS} `))
  })

  it('IAM authorization without a task role', () => {
    const { finding } = rootCause(F.noTaskRole(F.efsStop(EFS_REASONS.accessDenied)))
    expect(finding?.title).toBe(`The EFS volume uploads (${FS}) cannot be mounted: IAM authorization is on but the task has no task role`)
    expect(finding?.fixes[0].changes).toEqual([{ where: 'api:42', key: 'taskRoleArn', after: `"arn:aws:iam::${ACCOUNT}:role/<task-role>"` }])
  })

  it('shows the access point it mounts through', () => {
    const { finding } = rootCause(F.ingressFromOthers(F.efsStop(EFS_REASONS.timedOut)))
    expect(finding?.evidence).toContain(
      `Volume uploads: file system ${FS}, rootDirectory /, transitEncryption ENABLED, access point ${AP}, IAM authorization ENABLED. Access point: Root directory /uploads (created as 1000:1000 755 when missing), POSIX user 1000:1000.`
    )
  })
})

describe('a failed EFS step is a finding of its own', () => {
  it('with no stopped task or event that names it (a failing run), the check names the cause', () => {
    const evidence = F.ingressFromOthers(F.efsStop(EFS_REASONS.timedOut))
    evidence.tasks = []
    const { finding } = rootCause(evidence)
    expect(finding?.code).toBe('efs-mount-failed')
    expect(finding?.title).toBe(`The EFS volume uploads (${FS}) cannot be mounted: mount target security group ${MT_SG} does not allow NFS (TCP 2049) from the task security group ${TASK_SG}`)
  })

  it('a stable deployment gets no root cause from the checks', () => {
    const evidence = F.ingressFromOthers(F.efsStop(EFS_REASONS.timedOut))
    evidence.tasks = []
    if (evidence.watch) evidence.watch.verdict = 'stable'
    expect(diagnose(evidence).rootCause).toBeNull()
  })
})

describe('without the EFS permissions', () => {
  it('the message still names the cause; each EFS check that could not run is skipped and names its permission', () => {
    const evidence = F.efsDenied(F.ingressFromOthers(F.efsStop(EFS_REASONS.timedOut)))
    const diagnosis = diagnose(evidence)
    expect(diagnosis.rootCause?.code).toBe('efs-mount-failed')
    expect(diagnosis.rootCause?.title).toBe(`The EFS volume uploads (${FS}) cannot be mounted: NFS to the mount target is blocked`)
    const skipped = diagnosis.checks.filter((c) => c.id.startsWith('efs.') && c.status === 'skipped').map((c) => `${c.id} ${c.missingPermission}`)
    expect(skipped).toEqual([
      `efs.${FS}.file-system elasticfilesystem:DescribeFileSystems`,
      `efs.${FS}.mount-targets elasticfilesystem:DescribeMountTargets`,
      `efs.${FS}.access-point.${AP} elasticfilesystem:DescribeAccessPoints`
    ])
  })
})

describe('the file system policy reader', () => {
  const arn = F.FS_ARN
  const policy = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements })
  const grantRole = { Effect: 'Allow', Principal: { AWS: TASK_ROLE_ARN }, Action: 'elasticfilesystem:Client*', Resource: arn }
  const denyWithoutTls = { Effect: 'Deny', Principal: { AWS: '*' }, Action: '*', Resource: arn, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }
  const tls = { roleArn: TASK_ROLE_ARN, tls: true }

  it('grants the role named in it, by a wildcard action', () => {
    expect(policyAnswer(policy(grantRole), 'elasticfilesystem:ClientWrite', tls)).toBe('allow')
  })

  it('does not grant another role, nor an anonymous client', () => {
    expect(policyAnswer(policy(grantRole), 'elasticfilesystem:ClientMount', { roleArn: `arn:aws:iam::${ACCOUNT}:role/other`, tls: true })).toBe('none')
    expect(policyAnswer(policy(grantRole), 'elasticfilesystem:ClientMount', { tls: true })).toBe('none')
  })

  it('denies a client without TLS when a statement requires aws:SecureTransport, and lets one with TLS through', () => {
    expect(policyAnswer(policy(grantRole, denyWithoutTls), 'elasticfilesystem:ClientMount', { roleArn: TASK_ROLE_ARN, tls: false })).toBe('deny')
    expect(policyAnswer(policy(grantRole, denyWithoutTls), 'elasticfilesystem:ClientMount', tls)).toBe('allow')
  })

  it('grants everyone through a mount target (the policy the console proposes)', () => {
    const anyone = { Effect: 'Allow', Principal: { AWS: '*' }, Action: ['elasticfilesystem:ClientMount'], Resource: arn, Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } } }
    expect(policyAnswer(policy(anyone), 'elasticfilesystem:ClientMount', { tls: false })).toBe('allow')
  })

  it('does not decide a statement with a condition it cannot evaluate', () => {
    const vpc = { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'elasticfilesystem:ClientMount', Resource: arn, Condition: { StringEquals: { 'aws:SourceVpc': VPC } } }
    expect(policyAnswer(policy(vpc), 'elasticfilesystem:ClientMount', tls)).toBe('undecided')
  })

  it('an access point condition', () => {
    const onlyThrough = {
      Effect: 'Allow',
      Principal: { AWS: TASK_ROLE_ARN },
      Action: 'elasticfilesystem:ClientMount',
      Resource: arn,
      Condition: { StringEquals: { 'elasticfilesystem:AccessPointArn': `arn:aws:elasticfilesystem:eu-west-1:${ACCOUNT}:access-point/${AP}` } }
    }
    expect(policyAnswer(policy(onlyThrough), 'elasticfilesystem:ClientMount', { ...tls, accessPointArn: `arn:aws:elasticfilesystem:eu-west-1:${ACCOUNT}:access-point/${AP}` })).toBe('allow')
    expect(policyAnswer(policy(onlyThrough), 'elasticfilesystem:ClientMount', tls)).toBe('none')
  })
})
