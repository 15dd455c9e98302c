/**
 * Issue 13: messages are read by the grammar of the programs that write them (docs/diagnosis/messages.md),
 * in every era and wording, cut or not; what the user sees is the root cause, its title and its fixes.
 */
import { describe, expect, test } from '@jest/globals'
import { classifyStop, diagnose } from '../../src/diagnose/index.js'
import type { EcsTask, Evidence } from '../../src/evidence/schema.js'
import { at, SECRET_ARN, task, TASK_SG, VPC } from '../fixtures/evidence.js'
import { failedDeployment, imageStatus, setSimulation, stoppedWith, withEvents } from './startup/scenarios.js'

const stop = (overrides: Partial<EcsTask>) => classifyStop({ task: task(overrides) })
const startFailure = (stoppedReason: string) => stop({ stopCode: 'TaskFailedToStart', stoppedReason })
const inContainer = (reason: string, exitCode?: number) => stop({ containers: [{ name: 'api', reason, ...(exitCode !== undefined ? { exitCode } : {}) }] })

/** A stopped task whose stop reason was not kept, with the lines its container logged. */
function loggedStop(lines: string[], exitCode?: number): Evidence {
  const evidence = failedDeployment()
  const t = task({ containers: [{ name: 'api', ...(exitCode !== undefined ? { exitCode } : {}) }] })
  evidence.tasks?.push(t)
  evidence.logs = [{ taskArn: t.taskArn ?? '', containerName: 'api', lines }]
  return evidence
}

describe('runc and crun start errors, in every era', () => {
  test.each([
    ['runc ≤ rc90, Go-quoted', 'CannotStartContainerError: API error (500): OCI runtime create failed: container_linux.go:348: starting container process caused "exec: \\"node\\": executable file not found in $PATH": unknown'],
    ['runc rc91-1.0', 'CannotStartContainerError: Error response from daemon: OCI runtime create failed: container_linux.go:380: starting container process caused: exec: "node": executable file not found in $PATH: unknown'],
    ['runc 1.1 on Fargate', 'CannotStartContainerError: ResourceInitializationError: failed to create new container runtime task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "node": executable file not found in $PATH: unknown'],
    ['runc ≥ 1.2', 'CannotStartContainerError: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "node": executable file not found in $PATH: unknown'],
    ['Docker 1.9 libcontainer', 'CannotStartContainerError: API error (500): Cannot start container 54b6: [8] System error: exec: "node": executable file not found in $PATH'],
    ['cut by the agent at 255 bytes, no marker', 'CannotStartContainerError: ResourceInitializationError: failed to create new container runtime task: failed to create shim: OCI runtime create failed: container_linux.go:380: starting container process caused: exec: "node": executable file not found in'],
    ['retyped error name', 'Cannotstartcontainererror: ResourceInitializationError: failed to create new container runtime task: OCI runtime create failed: container_linux.go:370: starting container process caused: exec: "/app/run.sh": stat /app/run.sh...no such file or direct...']
  ])('%s: command-not-found', (_era, reason) => {
    expect(startFailure(reason).code).toBe('command-not-found')
  })

  test('crun and a container reason without an error name', () => {
    expect(inContainer('Error: crun: executable file `nonexistent` not found in $PATH: No such file or directory: OCI runtime attempted to invoke a command that was not found', 127).code).toBe('command-not-found')
    expect(inContainer('docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/entrypoint.sh": permission denied: unknown.').code).toBe('command-not-found')
  })

  test('a missing working directory, user or mount is the task definition, not the command', () => {
    expect(startFailure('CannotStartContainerError: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: chdir to cwd ("/srv/app") set in config.json failed: no such file or directory: unknown').code).toBe('invalid-task-definition')
    expect(inContainer('docker: Error response from daemon: linux spec user: unable to find user dsh: no matching entries in passwd file.').code).toBe('invalid-task-definition')
    expect(startFailure('CannotStartContainerError: API error (500): invalid header field value "oci runtime error: container_linux.go:247: starting container process caused \\"process_linux.go:359: container init caused \\\\\\"rootfs_linux.go:53: mounting \\\\\\\\\\\\\\"/root/app.properti').code).toBe('invalid-task-definition')
  })

  test("runc's init OOM-killed before the app started is out of memory", () => {
    expect(startFailure('CannotStartContainerError: Error response from daemon: OCI runtime create failed: container_linux.go:380: starting container process caused: container init was OOM-killed (memory limit too low?): unknown').code).toBe('out-of-memory')
  })
})

describe("what runc and the shell write into the container's own log", () => {
  test.each([
    ['runc ≤ 1.0, quoted', ['standard_init_linux.go:211: exec user process caused "no such file or directory"'], 'command-not-found'],
    ['runc 1.0', ['standard_init_linux.go:228: exec user process caused: exec format error'], 'image-platform-mismatch'],
    ['runc ≥ 1.1', ['exec /usr/local/bin/streamlit: exec format error'], 'image-platform-mismatch'],
    ['env and a CRLF shebang', ["/usr/bin/env: 'bash\\r': No such file or directory"], 'command-not-found'],
    ['dash and a CRLF script', ['./start.sh: 2: set: Illegal option -\r'], 'command-not-found']
  ])('%s → %s, even without the stop reason', (_name, lines, code) => {
    expect(diagnose(loggedStop(lines, 1)).rootCause?.code).toBe(code)
  })
})

describe('EFS mounts', () => {
  const resolve =
    'ResourceInitializationError: failed to invoke EFS utils commands to set up EFS volumes: stderr: Failed to resolve "fs-0867a83d8ed398433.efs.eu-west-1.amazonaws.com" - check that your file system ID is correct, and ensure that the VPC has an EFS mount target for this file system ID. See https://docs.aws.amazon.com/console/efs/mount-dns-name for more detail. : unsuccessful EFS utils command execution; code: 1'

  test('a DNS name that does not resolve: the VPC DNS attributes and the mount targets', () => {
    const evidence = stoppedWith(resolve)
    evidence.network = { ...evidence.network, vpcId: VPC, vpcAttributes: { enableDnsSupport: true, enableDnsHostnames: false } }
    const root = diagnose(evidence).rootCause
    expect(root?.code).toBe('efs-mount-failed')
    expect(root?.title).toContain('fs-0867a83d8ed398433')
    expect(root?.title).toContain('DNS name does not resolve')
    expect(root?.evidence.join('\n')).toContain('enableDnsHostnames')
    const commands = root?.fixes.flatMap((f) => f.commands) ?? []
    expect(commands.some((c) => c.startsWith('aws efs describe-mount-targets --file-system-id fs-0867a83d8ed398433'))).toBe(true)
    expect(commands).toContain(`aws ec2 modify-vpc-attribute --vpc-id ${VPC} --enable-dns-hostnames '{"Value":true}' --region eu-west-1`)
  })

  test('access denied by the server: the task role needs ClientMount and ClientWrite', () => {
    const root = diagnose(stoppedWith("ResourceInitializationError: failed to invoke EFS utils commands to set up EFS volumes: stderr: b'mount.nfs4: access denied by server while mounting 127.0.0.1:/' : unsuccessful EFS utils command execution; code: 32")).rootCause
    expect(root?.code).toBe('efs-mount-failed')
    expect(root?.fixes.flatMap((f) => f.commands).join('\n')).toContain('elasticfilesystem:ClientMount')
  })

  test('NFS timing out: allow TCP 2049 from the task security group', () => {
    const root = diagnose(stoppedWith('ResourceInitializationError: failed to invoke EFS utils commands to set up EFS volumes: stderr: mount.nfs4: Connection timed out : unsuccessful EFS utils command execution; code: 32')).rootCause
    expect(root?.code).toBe('efs-mount-failed')
    expect(root?.fixes.flatMap((f) => f.commands).join('\n')).toContain(`--port 2049 --source-group ${TASK_SG}`)
  })
})

describe('registries', () => {
  test('an untrusted certificate is a TLS error, not a missing image', () => {
    const root = diagnose(stoppedWith('CannotPullContainerError: Error response from daemon: Get "https://registry.example.com/v2/": x509: certificate signed by unknown authority')).rootCause
    expect(root?.code).toBe('registry-tls-error')
    expect(root?.title).toContain('registry.example.com')
  })

  test('a TLS handshake timeout stays the network', () => {
    expect(startFailure('CannotPullContainerError: Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: TLS handshake timeout').code).toBe('network-unreachable')
  })

  test("a Windows image for another OS version is the platform", () => {
    expect(startFailure('CannotPullContainerError: a Windows version 10.0.20348-based image is incompatible with a 10.0.17763 host').code).toBe('image-platform-mismatch')
  })

  test('a Docker Hub status cut off after the URL is most likely the rate limit, and says it is a guess', () => {
    const reading = startFailure('CannotPullContainerError: inspect image has been retried 5 time(s): httpReaderSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/amazon/aws-xray-daemon/manifests/sha256:5bf715bbe434...')
    expect(reading.code).toBe('image-pull-rate-limited')
    expect(reading.confidence).toBe('low')
  })
})

describe('service events alone (stopped tasks expired)', () => {
  const eventsOnly = (...messages: string[]) => diagnose(withEvents(failedDeployment(), ...messages)).rootCause

  test.each([
    ['current wording', '(service api) (port 8080) is unhealthy in (target-group arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/api-tg/6d0ecf831eec9f09) due to (reason Health checks failed with these codes: [404]).'],
    ['older wording without parentheses', 'service api (instance i-016b0a460d9974567) (port 1047) is unhealthy in target-group api-tg due to (reason Request timed out)'],
    ['Classic Load Balancer', '(service api) (instance i-0a1b2c3d) (port 80) is unhealthy in (elb prod-clb) due to (reason Instance has failed at least the UnhealthyThreshold number of health checks consecutively.)']
  ])('ELB health checks, %s: medium confidence', (_name, message) => {
    const root = eventsOnly(message)
    expect(root?.code).toBe('elb-health-check-failed')
    expect(root?.confidence).not.toBe('high')
  })

  test('placement reasons quoted alone, old and new', () => {
    expect(eventsOnly('(service api) was unable to place a task because the resources could not be found.')?.code).toBe('placement-failed')
    expect(eventsOnly('The closest matching container-instance is already using a port required by your task.')?.code).toBe('port-conflict')
  })

  test('an alarm that failed the deployment is its own cause, with the alarm names to look at', () => {
    const evidence = withEvents(failedDeployment(), '(service api) rolling back to deployment ecs-svc/9123456789012345678.', '(service api) (deployment ecs-svc/4718061531863413372) deployment failed: alarm detected.')
    evidence.service.deploymentConfiguration = { ...evidence.service.deploymentConfiguration, alarms: { alarmNames: ['api-5xx'], enable: true, rollback: true } }
    const root = diagnose(evidence).rootCause
    expect(root?.code).toBe('deployment-alarm-triggered')
    expect(root?.confidence).toBe('medium')
    expect(root?.title).toContain('api-5xx')
    expect(root?.fixes[0].commands[0]).toContain('aws cloudwatch describe-alarms --alarm-names api-5xx')
  })

  test('"deployment failed: tasks failed to start" with nothing else says the deployment failed, with no cause to name', () => {
    const evidence = withEvents(failedDeployment(), '(service api) deployment failed: tasks failed to start.')
    evidence.watch = undefined
    expect(diagnose(evidence).rootCause?.code).toBe('unknown')
  })
})

describe('evidence outranks guesses', () => {
  test("an image index without the task's architecture beats a bare exit 1", () => {
    const evidence = imageStatus(failedDeployment(), 'found', ['arm64'])
    evidence.tasks?.push(task({ stopCode: 'EssentialContainerExited', stoppedReason: 'Essential container in task exited', containers: [{ name: 'api', exitCode: 1 }] }))
    expect(diagnose(evidence).rootCause?.code).toBe('image-platform-mismatch')
  })

  test('an IAM simulation denying the exact secret beats a stop reason nobody can read', () => {
    const evidence = setSimulation(stoppedWith('Task failed to start'), 'secretsmanager:GetSecretValue', SECRET_ARN, 'implicitDeny')
    const root = diagnose(evidence).rootCause
    expect(root?.code).toBe('secret-access-denied')
    expect(root?.confidence).toBe('high')
  })

  test('a rule that throws is a failed check and a debug line, and the rest of the diagnosis stands', () => {
    const evidence = stoppedWith('CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref docker.io/library/ngnix:latest: not found')
    const broken = task({ stoppedReason: 'Essential container in task exited', stoppedAt: at(90) })
    Object.defineProperty(broken, 'containers', { get: () => { throw new TypeError('containers went away') }, enumerable: true })
    evidence.tasks?.push(broken)
    const diagnosis = diagnose(evidence)
    expect(diagnosis.rootCause?.code).toBe('image-not-found')
    const failed = diagnosis.checks.filter((c) => c.id.startsWith('diagnosis.rule.'))
    expect(failed.length).toBeGreaterThan(0)
    expect(failed[0].status).toBe('failed')
    expect(failed[0].detail).toContain('containers went away')
    expect(diagnosis.debug?.[0]).toContain('containers went away')
  })
})

describe('benign stops of a healthy deployment', () => {
  test.each([
    ['Fargate maintenance', { stoppedReason: 'ECS is performing maintenance on the underlying infrastructure hosting the task' }],
    ['host terminated', { stoppedReason: 'Host EC2 (instance i-0123456789abcdef0) stopped/terminated' }],
    ['Spot', { stopCode: 'TerminationNotice' as const, stoppedReason: 'Your Spot Task was interrupted.' }]
  ])('%s: no root cause, even for an evidence file without the watch verdict', (_name, stopped) => {
    const evidence = failedDeployment()
    evidence.watch = undefined
    const ours = evidence.service.deployments?.find((d) => d.id === evidence.deploymentId)
    if (ours) Object.assign(ours, { rolloutState: 'COMPLETED', runningCount: ours.desiredCount ?? 2 })
    evidence.tasks?.push(task(stopped))
    expect(diagnose(evidence).rootCause).toBeNull()
  })
})
