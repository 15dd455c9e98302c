/**
 * Message families the first fresh batch of real records (issue 13) showed we could not read, each read
 * by its structure and shown with a second wording the batch did not contain. Sources are in the
 * corpus records named in each test (__tests__/corpus/*-2.json).
 */
import { describe, expect, test } from '@jest/globals'
import { classifyStop, diagnose } from '../../src/diagnose/index.js'
import type { EcsTask, Evidence } from '../../src/evidence/schema.js'
import { ACCOUNT, REGION, task, TASK_ROLE_ARN, TG_ARN } from '../fixtures/evidence.js'
import { failedDeployment } from './startup/scenarios.js'

const startFailure = (stoppedReason: string, overrides: Partial<EcsTask> = {}) => classifyStop({ task: task({ stopCode: 'TaskFailedToStart', stoppedReason, ...overrides }) })

/** A deployment that has not stopped any task yet: one RUNNING task and what its container logged. */
function runningWithLogs(lines: string[], overrides: Partial<EcsTask> = {}): Evidence {
  const evidence = failedDeployment()
  const t = task({ lastStatus: 'RUNNING', desiredStatus: 'RUNNING', stopCode: undefined, stoppedReason: undefined, containers: [{ name: 'api', lastStatus: 'RUNNING' }], ...overrides })
  evidence.tasks = [t]
  evidence.logs = [{ taskArn: t.taskArn ?? '', containerName: 'api', logGroup: '/ecs/api', logStream: 'ecs/api/abc', lines }]
  return evidence
}

describe('an EC2 instance without a free ENI slot for an awsvpc task (capacity-eni-unused-device-index-2)', () => {
  test.each([
    ['the agent, as reported', 'Unable to attach network interface to unused device index.'],
    ["EC2's own limit error, quoted by ECS", 'ResourceInitializationError: failed to attach ENI: AttachmentLimitExceeded: Interface count 3 exceeds the limit for c5.large']
  ])('%s: placement-failed, not a subnet or network problem', (_name, reason) => {
    expect(startFailure(reason, { launchType: 'EC2' }).code).toBe('placement-failed')
  })
})

describe("Docker's call to the ECS volume plugin (EFS on EC2) timing out (efs-volume-plugin-deadline-ec2-1)", () => {
  test.each([
    ['VolumeDriver.Create', 'Error response from daemon: create ecs-simple-server-16-configs-faf8bc8696dee78e3e00: Post http://%2Frun%2Fdocker%2Fplugins%2Famazon-ecs-volume-plugin.sock/VolumeDriver.Create: context deadline exceeded'],
    ['VolumeDriver.Mount, newer Docker', 'CannotStartContainerError: Error response from daemon: error while mounting volume \'\': VolumeDriver.Mount: Post "http://%2Frun%2Fdocker%2Fplugins%2Famazon-ecs-volume-plugin.sock/VolumeDriver.Mount": context deadline exceeded']
  ])('%s: efs-mount-failed (NFS to the mount target), not the task network', (_name, reason) => {
    const evidence = failedDeployment()
    evidence.tasks?.push(task({ launchType: 'EC2', containers: [{ name: 'api', reason }] }))
    const diagnosis = diagnose(evidence)
    expect(diagnosis.rootCause?.code).toBe('efs-mount-failed')
    expect(diagnosis.rootCause?.title).toBe('The EFS volume cannot be mounted: NFS to the mount target is blocked')
  })
})

describe("Docker's registry endpoint fallback giving up (image-registry-unreachable-hub-down-1)", () => {
  test.each([
    ['ECS on EC2, 2017', 'CannotPullContainerError: Could not reach any registry endpoint'],
    ['with the API envelope', 'CannotPullContainerError: API error (500): Could not reach any registry endpoint']
  ])('%s: the registry could not be reached, not a missing image', (_name, reason) => {
    expect(startFailure(reason, { launchType: 'EC2' }).code).toBe('network-unreachable')
  })
})

describe('"unable to pull secrets or registry auth" cut before its cause (network-resource-init-short-public-ip-1)', () => {
  test('reads as the network, with low confidence, and says that ECS named no cause', () => {
    const evidence = failedDeployment()
    delete evidence.network
    evidence.tasks?.push(task({ stopCode: 'TaskFailedToStart', stoppedReason: 'ResourceInitializationError: unable to pull secrets or registry auth' }))
    const cause = diagnose(evidence).rootCause
    expect(cause?.code).toBe('network-unreachable')
    expect(cause?.confidence).toBe('low')
    expect(cause?.title).toBe('Tasks could not fetch what they need to start; ECS named no cause, and the usual one is the network')
  })

  test('with a network path that checks out, it says so instead of blaming a timeout nobody quoted', () => {
    const evidence = failedDeployment()
    evidence.tasks?.push(task({ stopCode: 'TaskFailedToStart', stoppedReason: 'ResourceInitializationError: unable to pull secrets or registry auth' }))
    const cause = diagnose(evidence).rootCause
    expect(cause?.title).toBe('Tasks could not fetch what they need to start; ECS named no cause, and the network path looks correct')
    expect(cause?.explanation).toMatch(/^ECS named no cause, and the network evidence does not point at one:/)
  })

  test('the full message still names its inner step and cause', () => {
    const reason =
      'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 1 time(s): AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/api-execution-role/abc is not authorized to perform: secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/api/db-password-AbCdEf'
    expect(startFailure(reason).code).toBe('secret-access-denied')
  })
})

describe("the application's own AWS call refused (secrets-app-ssm-getparameters-denied-logs-1)", () => {
  test.each([
    [
      'botocore (AWS CLI, Python)',
      `An error occurred (AccessDeniedException) when calling the GetParameters operation: User: arn:aws:sts::${ACCOUNT}:assumed-role/api-task-role/8f3c is not authorized to perform: ssm:GetParameters on resource: arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/prod/api/DB_NAME`
    ],
    [
      'AWS SDK for JavaScript v3',
      `AccessDeniedException: User: arn:aws:sts::${ACCOUNT}:assumed-role/api-task-role/8f3c is not authorized to perform: secretsmanager:GetSecretValue on resource: prod/api/db because no identity-based policy allows the secretsmanager:GetSecretValue action`
    ]
  ])('%s: secret-access-denied on the task role, not the execution role', (_name, line) => {
    const evidence = runningWithLogs(['Starting api', line])
    evidence.taskDefinition = { ...evidence.taskDefinition, taskRoleArn: TASK_ROLE_ARN }
    const cause = diagnose(evidence).rootCause
    expect(cause?.code).toBe('secret-access-denied')
    expect(cause?.title).toMatch(/^api was refused (ssm:GetParameters|secretsmanager:GetSecretValue) on \S+: the application's own AWS call, not ECS's$/)
    expect(cause?.explanation).toContain(`(taskRoleArn ${TASK_ROLE_ARN})`)
    const grant = cause?.fixes.find((f) => f.title.startsWith('Allow '))
    expect(grant?.title).toMatch(/ to api-task-role$/)
    expect(grant?.commands[0]).toMatch(/^aws iam put-role-policy --role-name api-task-role /)
  })

  test('a refused call to another service is the application exiting, with the same task-role advice', () => {
    const evidence = runningWithLogs([`An error occurred (AccessDenied) when calling the PutObject operation: Access Denied`], {})
    const t = evidence.tasks?.[0] as EcsTask
    Object.assign(t, { lastStatus: 'STOPPED', desiredStatus: 'STOPPED', stopCode: 'EssentialContainerExited', stoppedReason: 'Essential container in task exited', containers: [{ name: 'api', exitCode: 1, lastStatus: 'STOPPED' }] })
    const cause = diagnose(evidence).rootCause
    expect(cause?.code).toBe('app-exit-error')
    expect(cause?.title).toBe("api was refused PutObject: the application's own AWS call, not ECS's")
  })
})

describe('running tasks whose container health check is UNHEALTHY (health-checks-container-unhealthy-ps-grep-1)', () => {
  function unhealthy(verdict: 'timeout' | 'stable'): Evidence {
    const evidence = failedDeployment()
    evidence.watch = { ...evidence.watch, verdict } as Evidence['watch']
    evidence.taskDefinition = {
      ...evidence.taskDefinition,
      containerDefinitions: [{ name: 'api', healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost:8080/health || exit 1'], interval: 30, timeout: 5, retries: 3, startPeriod: 60 } }]
    }
    evidence.tasks = [task({ lastStatus: 'RUNNING', desiredStatus: 'RUNNING', stopCode: undefined, stoppedReason: undefined, healthStatus: 'UNHEALTHY', containers: [{ name: 'api', lastStatus: 'RUNNING', healthStatus: 'UNHEALTHY' }] })]
    return evidence
  }

  test('a timeout with tasks that never became healthy is the container health check', () => {
    const cause = diagnose(unhealthy('timeout')).rootCause
    expect(cause?.code).toBe('container-health-check-failed')
    expect(cause?.title).toBe('api fails its container health check')
  })

  test('a stable deployment gets no root cause', () => {
    expect(diagnose(unhealthy('stable')).rootCause).toBeNull()
  })
})

describe('families from the second fresh batch (__tests__/corpus/*-3a.json, *-3b.json), each with a wording the batch did not contain', () => {
  test.each([
    ['a concurrent Spot task quota (copilot-cli#2685)', "(service api) was unable to place a task. Reason: You've reached the limit on the number of spot tasks you can run concurrently."],
    ['a concurrent on-demand task quota', "(service api) was unable to place a task. Reason: You've reached the limit on the number of tasks you can run concurrently. For more information, see the Troubleshooting section."]
  ])('%s: placement-failed from the event alone', (_name, message) => {
    const evidence = failedDeployment()
    evidence.service = { ...evidence.service, events: [{ id: 'e1', createdAt: '2026-12-04T10:05:00.000Z', message }] }
    expect(diagnose(evidence).rootCause?.code).toBe('placement-failed')
  })

  test.each([
    ['an empty capacity provider (Stack Overflow 77792296)', 'TaskFailedToStart: EMPTY CAPACITY PROVIDER', 'placement-failed'],
    ['a systemControls sysctl Fargate does not have (containers-roadmap#2368)', 'runc create failed: unable to start container process: error during container init: open /proc/sys/net/core/rmem_max: no such file or directory', 'invalid-task-definition'],
    ['a sysctl outside the network namespace, older runc', 'CannotStartContainerError: Error response from daemon: OCI runtime create failed: sysctl "net.core.somaxconn" not allowed in host network namespace: unknown', 'invalid-task-definition'],
    ['a host volume without a path (ecs-agent#321)', 'HostConfigError: Unable to resolve volume mounts; invalid path: api-tmp;  -> /tmp', 'invalid-task-definition'],
    ['devicemapper losing a device (moby#19296)', 'Cannot start service db: open /dev/mapper/docker-253:3-58720449-67bb2de2: no such file or directory', 'container-instance-unhealthy'],
    ['efs-utils retrying a mount (learn-cantrill-io-labs#178)', 'Mount attempt 2/3 failed due to timeout after 15 sec, wait 0 sec before next attempt.', 'efs-mount-failed']
  ])('%s → %s', (_name, reason, code) => {
    expect(classifyStop({ task: task({ stopCode: 'TaskFailedToStart', stoppedReason: reason }) }).code).toBe(code)
  })

  test.each([
    ['tini (cloud-run-static-outbound-ip#1)', '[FATAL tini (2)] exec ./entrypoint.sh failed: Permission denied', 'command-not-found'],
    ['dumb-init', '[dumb-init] exec /app/run.sh failed: Permission denied', 'command-not-found'],
    ['uWSGI (DefectDojo#10477)', '!!! uWSGI process 14479 got Segmentation Fault !!!', 'segfault'],
    ['Django answering the ELB health check 400 (civic-devops#245)', '10.180.13.204 [30/Jun/2019:19:22:06 +0000] GET /emergency/ HTTP/1.1 400 26 - ELB-HealthChecker/2.0 0.011522', 'elb-health-check-failed'],
    ['a JSON access log answering 503', '{"method":"GET","path":"/health","status":503,"ua":"ELB-HealthChecker/2.0"}', 'elb-health-check-failed']
  ])('a running task whose log shows %s → %s', (_name, line, code) => {
    const evidence = runningWithLogs(['starting', line])
    expect(diagnose(evidence).rootCause?.code).toBe(code)
  })
})

describe('families from the third and fourth fresh batches (__tests__/corpus/*-4a.json, *-4b.json, *-5.json), each with a wording the batch did not contain', () => {
  test.each([
    ['the agent before 2016, without the error name (ecs-agent#212)', 'Could not transition to inspecting; timed out after waiting 10s', 'container-instance-unhealthy'],
    ['the same with the name', 'DockerTimeoutError: Could not transition to created; timed out after waiting 4m0s', 'container-instance-unhealthy'],
    ['runc refusing a ulimit (runc#3719)', 'CannotStartContainerError: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error setting rlimits for ready process: error setting rlimit type 8: operation not permitted: unknown', 'invalid-task-definition'],
    ['runc refusing a CPU quota', 'failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error setting cgroup config for procHooks process: failed to write "-1": write /sys/fs/cgroup/cpu,cpuacct/ecs/abc/cpu.cfs_quota_us: invalid argument: unknown', 'invalid-task-definition'],
    ["Apple's container runtime without the user", 'Error: internalError: "failed to start process (cause: "internal error (13): create managed process: internalError: "Cannot find User \'1001\' in passwd file."")"', 'invalid-task-definition'],
    ['a linuxParameters device the instance lacks (ECS docs, VT1)', 'CannotStartContainerError: Error response from daemon: error gathering device information while adding custom device "/dev/dri/renderD128": no such file or directory', 'invalid-task-definition'],
    ['a bind sourcePath the host lacks', 'CannotStartContainerError: Error response from daemon: invalid mount config for type "bind": bind mount source path does not exist: /data/app', 'invalid-task-definition'],
    ["runc 1.0's exec of a one-string command with a space (moby#29700)", 'oci runtime error: container_linux.go:247: starting container process caused "exec: \\"/bin/sh -c\\": stat /bin/sh -c: no such file or directory"', 'command-not-found'],
    ["Podman's platform wording", 'Error: choosing an image from manifest list docker://ghcr.io/acme/api:2.1: no image found in manifest list for architecture arm64, variant "v8", OS linux', 'image-platform-mismatch'],
    ['GHCR refusing a package (the registry DENIED code)', 'CannotPullContainerError: Error response from daemon: pull access denied for ghcr.io/acme/private-api, repository does not exist or may require \'docker login\': denied: permission_denied: read_package', 'image-pull-access-denied'],
    ['GitLab refusing a pull', 'CannotPullContainerError: Error response from daemon: Head "https://registry.gitlab.com/v2/acme/api/manifests/1.4": denied: access forbidden', 'image-pull-access-denied'],
    ["Docker Hub's ambiguous denial stays a missing repository", "CannotPullContainerError: pull access denied for acme/nope, repository does not exist or may require 'docker login': denied: requested access to the resource is denied", 'image-not-found'],
    ['awslogs-region left "undefined" (aws-cdk issue, Fargate)', 'ResourceInitializationError: failed to validate logger args: create stream has been retried 7 times: failed to create Cloudwatch log stream: RequestError: send request failed caused by: Post "https://logs.undefined.amazonaws.com/": dial tcp: lookup logs.undefined.amazonaws.com on 10.0.0.2:53: no such host : exit status 1', 'log-config-error'],
    ['Docker\'s local driver mounting EFS with a type it lacks', "Error response from daemon: error while mounting volume '/var/lib/docker/volumes/shared/_data': failed to mount local volume: mount fs-0abc1234:/:/var/lib/docker/volumes/shared/_data, flags: 0x0, data: iam: no such device", 'efs-mount-failed'],
    ["efs-utils' resolve sentence with a redacted id", 'Failed to resolve "fs-xxxxxxxx.efs.eu-west-1.amazonaws.com" - check that your file system ID is correct.', 'efs-mount-failed'],
    ['efs-utils without stunnel', "ERROR - Command '['which', 'stunnel5']' returned non-zero exit status 1.", 'efs-mount-failed']
  ])('%s → %s', (_name, reason, code) => {
    expect(classifyStop({ task: task({ stopCode: 'TaskFailedToStart', stoppedReason: reason }) }).code).toBe(code)
  })

  test('an ENI that never becomes ready on an EC2 instance is the instance; on Fargate it stays a placement problem', () => {
    const reason = 'Timeout waiting for network interface provisioning to complete.'
    expect(startFailure(reason, { launchType: 'EC2' }).code).toBe('container-instance-unhealthy')
    expect(startFailure(reason, { launchType: 'FARGATE' }).code).toBe('placement-failed')
  })

  test.each([
    ['Keycloak (cdk-keycloak)', 'ERROR: Strict hostname resolution configured but no hostname setting provided', 'missing-configuration', /hostname/i],
    ['another app', 'fatal: no region option was specified', 'missing-configuration', /region/i],
    ['coreutils mkdir on a root-owned volume (grafana)', "mkdir: can't create directory '/var/lib/grafana/plugins': Permission denied", 'app-exit-error', /may not write \/var\/lib\/grafana\/plugins/],
    ["Node's EACCES", "Error executing 'postInstallation': EACCES: permission denied, open '/bitnami/wordpress/wp-content/.buildcomplete'", 'app-exit-error', /may not write \/bitnami\/wordpress\/wp-content\/\.buildcomplete/],
    ['Python', "PermissionError: [Errno 13] Permission denied: '/data/cache'", 'app-exit-error', /may not write \/data\/cache/],
    ['a click CLI started with the wrong arguments (dagster)', 'Usage: dagster [OPTIONS] COMMAND [ARGS]...', 'app-exit-error', /printed dagster's usage/],
    ['an argparse CLI', 'usage: worker.py [-h] [--queue QUEUE] {run,drain}', 'app-exit-error', /printed worker\.py's usage/]
  ])('a running task whose log shows %s → %s', (_name, line, code, title) => {
    const cause = diagnose(runningWithLogs(['starting', line])).rootCause
    expect(cause?.code).toBe(code)
    expect(cause?.title).toMatch(title)
  })

  test("a running task whose targets are unhealthy: the log explains the health check, it is not an exit", () => {
    const evidence = runningWithLogs(['{"error": "Integration services initialization failed: No module named \'core.aws_service\'"}'])
    // The fixture's target group, with the running task's address (10.0.1.57) registered and unhealthy.
    evidence.loadBalancing = {
      ...evidence.loadBalancing,
      targetHealth: [{ targetGroupArn: TG_ARN, descriptions: [{ Target: { Id: '10.0.1.57', Port: 8080 }, TargetHealth: { State: 'unhealthy', Reason: 'Target.FailedHealthChecks' } }] }]
    }
    expect(diagnose(evidence).rootCause?.code).toBe('elb-health-check-failed')
  })

  test('an unhealthy event copied without its head still names the response code', () => {
    const evidence = failedDeployment()
    evidence.service = { ...evidence.service, events: [{ id: 'e1', createdAt: '2026-12-04T10:05:00.000Z', message: 'Health checks failed with these codes: [302]).' }] }
    expect(diagnose(evidence).rootCause?.code).toBe('elb-health-check-failed')
  })
})
