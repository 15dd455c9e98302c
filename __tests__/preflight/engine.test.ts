/**
 * The preflight engine over every simulator scenario, on the scenario's new task definition: a scenario
 * whose cause is configuration fails and names the post-deploy diagnosis's root cause; a healthy one
 * passes with no failing check; a runtime-only one has no failing check. Then what a user reads for a few
 * of them (check lines and fix commands), and what happens when AWS refuses a call.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { PreflightError } from '../../src/preflight/errors.js'
import { InputError } from '../../src/inputs/inputs.js'
import type { PreflightOutcome } from '../../src/preflight/types.js'
import { getScenario, scenarios, type Scenario } from '../../simulator/index.js'
import { newTaskDefinition, taskSecurityGroup } from '../../simulator/scenarios/base-world.js'
import { addUploadsFileSystem, type EfsIds } from '../../simulator/scenarios/catalogue/storage.js'
import { cloneScenario } from '../hardening/hostile.js'
import { rejected } from '../diagnose/aws-cli.js'
import { pool } from '../hardening/engine.js'
import { CONFIGURATION_SCENARIOS, runPreflightEngine, WARNING_SCENARIOS, type PreflightEngineRun } from './engine.js'

const HEALTHY = scenarios.filter((s) => s.expect.verdict === 'stable').map((s) => s.name)

function summary(run: PreflightEngineRun): string {
  const report = run.outcome?.report
  if (!report) return `${run.scenario.name}: error ${String(run.error)}`
  const failed = report.checks.filter((c) => c.status === 'fail').map((c) => c.id)
  return `${run.scenario.name}: ${report.result} ${report.rootCause?.code ?? '-'} failed=[${failed.join(', ')}]`
}

function outcomeOf(runs: Map<string, PreflightEngineRun>, name: string): PreflightOutcome {
  const run = runs.get(name)
  if (!run?.outcome) throw new Error(`no outcome for ${name}: ${String(run?.error)}`)
  return run.outcome
}

describe('preflight on every scenario', () => {
  const runs = new Map<string, PreflightEngineRun>()

  beforeAll(async () => {
    const results = await pool(scenarios, 6, (scenario) => runPreflightEngine(scenario))
    for (const run of results) runs.set(run.scenario.name, run)
  }, 120_000)

  it('runs without an error on every scenario', () => {
    expect([...runs.values()].filter((r) => r.error).map(summary)).toEqual([])
  })

  it.each(CONFIGURATION_SCENARIOS)('%s: fails and names the root cause the post-deploy diagnosis names', (name) => {
    const report = outcomeOf(runs, name).report
    expect({ result: report.result, rootCause: report.rootCause?.code }).toEqual({ result: 'fail', rootCause: getScenario(name).expect.rootCause })
  })

  it.each(WARNING_SCENARIOS)('%s: warns and names the root cause the post-deploy diagnosis names', (name) => {
    const report = outcomeOf(runs, name).report
    expect({ result: report.result, rootCause: report.rootCause?.code, failed: report.checks.filter((c) => c.status === 'fail') }).toEqual({
      result: 'warn',
      rootCause: getScenario(name).expect.rootCause,
      failed: []
    })
  })

  it.each(HEALTHY)('%s (healthy): passes with no failing or warning check', (name) => {
    const report = outcomeOf(runs, name).report
    expect({ result: report.result, notPassing: report.checks.filter((c) => c.status === 'fail' || c.status === 'warn') }).toEqual({ result: 'pass', notPassing: [] })
  })

  it('has no failing check on scenarios whose cause only shows at runtime', () => {
    const runtime = scenarios.filter((s) => !CONFIGURATION_SCENARIOS.includes(s.name) && !WARNING_SCENARIOS.includes(s.name))
    const failing = runtime.map((s) => outcomeOf(runs, s.name)).filter((o) => o.report.result === 'fail')
    expect(failing.map((o) => `${o.serviceName}: ${o.report.rootCause?.code}`)).toEqual([])
  })

  it('explains every failing check with a finding', () => {
    const unexplained = [...runs.values()].flatMap((run) => {
      const report = run.outcome?.report
      if (!report || report.result !== 'fail') return []
      return report.findings.some((f) => f.severity === 'fail') ? [] : [run.scenario.name]
    })
    expect(unexplained).toEqual([])
  })

  it('secret-access-denied: names the secret and grants exactly it to the execution role', () => {
    const { report } = outcomeOf(runs, 'secret-access-denied')
    const secretArn = getScenario('secret-access-denied').world.secrets.find((s) => s.name === 'prod/api/stripe-key')?.arn ?? ''
    expect(report.rootCause?.title).toMatch(/^Execution role api-execution-role may not read secret prod\/api\/stripe-key-\w{6}$/)
    expect(report.rootCause?.evidence).toContain('Used by STRIPE_API_KEY (container api).')
    const failed = report.checks.filter((c) => c.status === 'fail')
    expect(failed.map((c) => c.title)).toEqual([`Execution role may secretsmanager:GetSecretValue on ${secretArn}`])
    expect(report.rootCause?.fixes[0].commands[0]).toBe(
      `aws iam put-role-policy --role-name api-execution-role --policy-name ecs-deploy-doctor-secrets --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"secretsmanager:GetSecretValue","Resource":"${secretArn}"}]}' --region eu-west-1`
    )
    const change = report.checks.find((c) => c.area === 'changes')
    expect(change).toMatchObject({ status: 'warn', title: `api secrets STRIPE_API_KEY: (none) → ${secretArn}` })
  })

  it('secret-kms-denied: names the customer managed key and says key policies were not checked', () => {
    const { report } = outcomeOf(runs, 'secret-kms-denied')
    const key = getScenario('secret-kms-denied').world.secrets[0].kmsKeyId ?? ''
    expect(report.rootCause?.title).toMatch(new RegExp(`may not decrypt prod/api/database-\\w{6} \\(KMS key ${key.split('/').pop()}\\)$`))
    expect(report.rootCause?.evidence).toContain('The key policy must allow the role too; key policies are not part of the simulation and were not checked.')
    expect(report.rootCause?.fixes[0].commands[0]).toContain(`"Action":"kms:Decrypt","Resource":"${key}"`)
    expect(report.notes[0]).toMatch(/Resource policies .* were not checked/)
  })

  it('network-sg-egress-blocked: says what blocks the path and how to open it', () => {
    const { report } = outcomeOf(runs, 'network-sg-egress-blocked')
    expect(report.rootCause?.title).toBe('Tasks would not reach the AWS services they need to start: the task security group blocks outbound HTTPS')
    expect(report.checks.find((c) => c.id === 'network.sg-egress')?.status).toBe('fail')
    expect(report.rootCause?.fixes.flatMap((f) => f.commands).some((c) => c.startsWith('aws ec2 authorize-security-group-egress'))).toBe(true)
  })

  it('subnet-ips-exhausted: counts the free addresses against what the deployment starts', () => {
    const { report } = outcomeOf(runs, 'subnet-ips-exhausted')
    const check = report.checks.find((c) => c.id === 'subnets.free-ips')
    expect(check?.status).toBe('fail')
    expect(check?.detail).toMatch(/0 free.*desired 2 × maximumPercent 200%/)
  })

  it('role-trust-broken: shows the trusted principal and the trust policy to set', () => {
    const { report } = outcomeOf(runs, 'role-trust-broken')
    expect(report.checks.find((c) => c.id === 'role.execution')?.detail).toContain('it trusts ec2.amazonaws.com')
    expect(report.rootCause?.fixes[0].commands[0]).toMatch(/^aws iam update-assume-role-policy --role-name api-execution-role-v2 --policy-document .*ecs-tasks\.amazonaws\.com/)
  })

  it('image-not-found: no fix redeploys or rolls back, since nothing is deployed yet', () => {
    const { report } = outcomeOf(runs, 'image-not-found')
    const commands = report.findings.flatMap((f) => f.fixes.flatMap((x) => x.commands))
    expect(commands.some((c) => c.startsWith('aws ecr describe-images'))).toBe(true)
    expect(commands.filter((c) => /update-service .*(--force-new-deployment|--task-definition)/.test(c))).toEqual([])
  })

  it('healthy: lists what changes against the running revision', () => {
    const { report } = outcomeOf(runs, 'healthy')
    expect(report.runningRevision).toBe('api:41')
    expect(report.candidate.label).toBe('api:42')
    expect(report.changes.map((c) => c.field)).toEqual(['api image'])
  })
})

describe('preflight from a rendered task definition file', () => {
  it.each(['healthy', 'secret-not-found', 'exec-format-error'])('%s: the same result as the registered revision', async (name) => {
    const [file, registered] = await Promise.all([runPreflightEngine(getScenario(name), { taskDefinition: 'file' }), runPreflightEngine(getScenario(name))])
    const brief = (run: PreflightEngineRun) => ({ result: run.outcome?.report.result, rootCause: run.outcome?.report.rootCause?.code ?? null })
    expect(brief(file)).toEqual(brief(registered))
    expect(file.outcome?.report.candidate).toEqual({ label: 'api (task-definition.json)', source: 'file' })
    expect(file.calls.filter((c) => c.operation === 'DescribeTaskDefinition')).toHaveLength(1)
  })
})

describe('when AWS refuses a call', () => {
  it('a denied optional call skips its check, names the permission, and does not fail the preflight', async () => {
    const run = await runPreflightEngine(getScenario('healthy'), { faults: { deny: ['IAM:SimulatePrincipalPolicy'] } })
    const report = run.outcome?.report
    expect(report?.result).toBe('pass')
    expect(report?.checks.filter((c) => c.status === 'skip' && c.missingPermission).map((c) => c.missingPermission)).toEqual(['iam:SimulatePrincipalPolicy'])
  })

  it('a denied call still finds what the other checks see', async () => {
    const run = await runPreflightEngine(getScenario('secret-not-found'), { faults: { deny: ['EC2:*'] } })
    expect(run.outcome?.report.rootCause?.code).toBe('secret-not-found')
    expect(run.outcome?.report.checks.some((c) => c.missingPermission === 'ec2:DescribeSubnets')).toBe(true)
  })

  it('DescribeServices denied: one line naming the permission', async () => {
    const run = await runPreflightEngine(getScenario('healthy'), { faults: { deny: ['ECS:DescribeServices'] } })
    expect(run.error).toBeInstanceOf(PreflightError)
    expect((run.error as Error).message).toMatch(/^The AWS role of this step is not allowed ecs:DescribeServices \(AccessDeniedException/)
  })

  it('a service that does not exist: one line naming the inputs to check', async () => {
    const run = await runPreflightEngine(getScenario('healthy'), { inputs: { service: 'billing' } })
    expect((run.error as Error).message).toBe("Service 'billing' was not found in cluster 'prod' (MISSING). Check the 'service' and 'cluster' inputs.")
  })

  it('a revision that does not exist: one line', async () => {
    const run = await runPreflightEngine(getScenario('healthy'), { inputs: { 'task-definition': 'api:99' } })
    expect((run.error as Error).message).toBe("Task definition 'api:99' was not found in this region. Check the 'task-definition' and 'region' inputs.")
  })

  it('a file that does not exist: one line naming the input', async () => {
    const run = await runPreflightEngine(getScenario('healthy'), { inputs: { 'task-definition': 'missing/task-definition.json' } })
    expect(run.error).toBeInstanceOf(InputError)
    expect((run.error as Error).message).toMatch(/^Input 'task-definition' 'missing\/task-definition.json' cannot be read \(no such file\); it must be a task definition JSON file/)
  })
})

/** Runs of scenario variants (environment files, EFS), whose fix commands are checked at the end. */
const variantRuns: PreflightEngineRun[] = []

describe('environment files', () => {
  /** The healthy scenario whose new revision reads an environment file from S3, and one that is not an S3 object. */
  function withEnvironmentFiles(): Scenario {
    const base = getScenario('healthy')
    const world = cloneScenario(base.world)
    const container = newTaskDefinition(world).containerDefinitions?.[0] as NonNullable<ReturnType<typeof newTaskDefinition>['containerDefinitions']>[number]
    container.environmentFiles = [
      { type: 's3', value: 'arn:aws:s3:::prod-api-config/api.env' },
      { type: 's3', value: 'arn:aws:s3:::prod-api-config/api.json' }
    ]
    return { ...base, name: 'healthy (environment files)', world }
  }

  it('simulates the role reading each file, checks the .env name, and says existence is not checked', async () => {
    const run = await runPreflightEngine(withEnvironmentFiles())
    variantRuns.push(run)
    const report = run.outcome?.report
    const lines = report?.checks.filter((c) => c.id.startsWith('envfile.') || /s3:/.test(c.id)).map((c) => `${c.status} ${c.title}`)
    expect(lines).toEqual([
      'fail Execution role may s3:GetObject on arn:aws:s3:::prod-api-config/api.env',
      'fail Execution role may s3:GetBucketLocation on arn:aws:s3:::prod-api-config',
      'fail Execution role may s3:GetObject on arn:aws:s3:::prod-api-config/api.json',
      'skip Environment file arn:aws:s3:::prod-api-config/api.env of container api',
      'fail Environment file arn:aws:s3:::prod-api-config/api.json of container api'
    ])
    expect(report?.rootCause).toMatchObject({ code: 'invalid-task-definition' })
    const denied = report?.findings.find((f) => f.code === 'secret-access-denied')
    expect(denied?.title).toBe('Execution role api-execution-role may not read environment file prod-api-config/api.env and prod-api-config/api.json')
    expect(denied?.fixes[0].commands[0]).toContain('"Action":"s3:GetBucketLocation","Resource":"arn:aws:s3:::prod-api-config"')
  })
})

describe('EFS volumes', () => {
  /** healthy, with the new revision mounting an EFS file system whose mount targets admit NFS from `admits`. */
  function withEfs(name: string, options: { transitEncryption?: 'ENABLED' | 'DISABLED'; egressPorts?: number[]; admitsTasks?: boolean } = {}): { scenario: Scenario; ids: EfsIds } {
    const base = getScenario('healthy')
    const world = cloneScenario(base.world)
    const ids = addUploadsFileSystem(world, ({ batchGroupId, taskGroupId }) => (options.admitsTasks === false ? [batchGroupId] : [taskGroupId]))
    const volume = newTaskDefinition(world).volumes?.[0].efsVolumeConfiguration
    if (volume && options.transitEncryption) volume.transitEncryption = options.transitEncryption
    if (options.egressPorts) {
      taskSecurityGroup(world).IpPermissionsEgress = options.egressPorts.map((port) => ({ IpProtocol: 'tcp', FromPort: port, ToPort: port, IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }))
    }
    return { scenario: { ...base, name: `healthy (EFS: ${name})`, world }, ids }
  }

  const storage = (run: PreflightEngineRun) => run.outcome?.report.checks.filter((c) => c.area === 'storage').map((c) => `${c.status} ${c.id}`)

  it('checks the file system, DNS, mount targets, NFS both ways, the access point and IAM authorization, and passes when all hold', async () => {
    const { scenario, ids } = withEfs('valid')
    const run = await runPreflightEngine(scenario)
    expect(run.outcome?.report.result).toBe('pass')
    const fs = ids.fileSystemId
    expect(storage(run)).toEqual([
      `pass efs.${fs}.file-system`,
      'pass efs.vpc-dns',
      `pass efs.${fs}.mount-targets`,
      `pass efs.${fs}.nfs-egress`,
      `pass efs.${fs}.nfs-ingress`,
      `pass efs.${fs}.access-point.${ids.accessPointId}`,
      `pass efs.${fs}.iam.uploads`,
      'pass efs.uploads.settings'
    ])
    const accessPoint = run.outcome?.report.checks.find((c) => c.id === `efs.${fs}.access-point.${ids.accessPointId}`)
    expect(accessPoint?.detail).toBe('Root directory /uploads (created as 1000:1000 755 when missing), POSIX user 1000:1000.')
  })

  it('fails an access point without transit encryption, and task groups that keep NFS in', async () => {
    const { scenario, ids } = withEfs('no TLS, HTTPS-only egress', { transitEncryption: 'DISABLED', egressPorts: [443] })
    const run = await runPreflightEngine(scenario)
    variantRuns.push(run)
    const failed = run.outcome?.report.checks.filter((c) => c.status === 'fail').map((c) => `${c.id}: ${c.detail}`)
    expect(failed).toEqual([
      expect.stringMatching(new RegExp(`^efs\\.${ids.fileSystemId}\\.nfs-egress: No outbound rule of sg-\\w+ allows TCP 2049 to the mount targets \\(${ids.mountTargetGroupId}\\)\\.$`)),
      `efs.${ids.fileSystemId}.iam.uploads: Statement DenyWithoutTls of the file system policy of ${ids.fileSystemId} explicitly denies elasticfilesystem:ClientMount and elasticfilesystem:ClientWrite to the tasks (the volume mounts without TLS: transitEncryption DISABLED).`,
      'efs.uploads.settings: ECS requires transitEncryption ENABLED with IAM authorization or an access point.'
    ])
    expect(run.outcome?.report.rootCause?.code).toBe('invalid-task-definition')
    const efs = run.outcome?.report.findings.find((f) => f.code === 'efs-mount-failed')
    expect(efs?.title).toMatch(new RegExp(`^The EFS volume uploads \\(${ids.fileSystemId}\\) cannot be mounted: the task security group sg-\\w+ does not allow NFS \\(TCP 2049\\) out$`))
    expect(efs?.fixes[0].commands[0]).toMatch(
      new RegExp(`^aws ec2 authorize-security-group-egress --group-id sg-\\w+ --ip-permissions 'IpProtocol=tcp,FromPort=2049,ToPort=2049,UserIdGroupPairs=\\[\\{GroupId=${ids.mountTargetGroupId}\\}\\]' --region eu-west-1$`)
    )
  })

  it('efs-mount-failed: names the mount target security group that keeps NFS out and opens it to the task group', async () => {
    const scenario = getScenario('efs-mount-failed')
    const run = await runPreflightEngine(scenario)
    const report = run.outcome?.report
    const taskGroup = taskSecurityGroup(scenario.world).GroupId
    const mountTargetGroup = scenario.world.network.securityGroups.find((g) => g.GroupName === 'prod-api-uploads-efs')?.GroupId
    const fs = scenario.world.efs?.fileSystems[0].FileSystemId
    expect(report?.rootCause?.title).toBe(
      `The EFS volume uploads (${fs}) cannot be mounted: mount target security group ${mountTargetGroup} does not allow NFS (TCP 2049) from the task security group ${taskGroup}`
    )
    expect(report?.rootCause?.area).toBe('storage')
    expect(report?.rootCause?.fixes[0].commands).toEqual([
      `aws ec2 authorize-security-group-ingress --group-id ${mountTargetGroup} --protocol tcp --port 2049 --source-group ${taskGroup} --region eu-west-1`
    ])
    expect(report?.checks.filter((c) => c.status === 'fail').map((c) => c.id)).toEqual([`efs.${fs}.nfs-ingress`])
  })

  it('without the EFS permissions: every EFS check it could not run is skipped and names the permission, and the preflight does not fail', async () => {
    const { scenario } = withEfs('EFS denied')
    const run = await runPreflightEngine(scenario, { faults: { deny: ['EFS:*'] } })
    const report = run.outcome?.report
    expect(report?.result).toBe('pass')
    const skipped = (report?.checks ?? []).filter((c) => c.status === 'skip' && c.missingPermission?.startsWith('elasticfilesystem:')).map((c) => c.missingPermission)
    expect([...new Set(skipped)].sort()).toEqual([
      'elasticfilesystem:DescribeAccessPoints',
      'elasticfilesystem:DescribeFileSystemPolicy',
      'elasticfilesystem:DescribeFileSystems',
      'elasticfilesystem:DescribeMountTargets'
    ])
  })
})

describe('the fix commands of those variants', () => {
  it('are valid aws commands', async () => {
    const commands = new Map<string, string>()
    for (const run of variantRuns) {
      for (const finding of run.outcome?.report.findings ?? []) {
        for (const fix of finding.fixes) for (const command of fix.commands) if (command.startsWith('aws ')) commands.set(command, `${run.scenario.name} → ${fix.title}`)
      }
    }
    expect(commands.size).toBeGreaterThan(0)
    expect(await rejected(commands)).toEqual([])
  }, 60_000)
})
