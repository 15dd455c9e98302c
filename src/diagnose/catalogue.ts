/**
 * The root-cause codes as data: what broke, what names it, what confirms it and what the fixes do.
 * The README's root-cause table is generated from it (__tests__/diagnose/catalogue.test.ts fails when
 * they differ; `npx tsx docs/diagnosis/root-causes.ts` rewrites it), and a group no explainer words
 * gets its title and explanation from here.
 */
import { ROOT_CAUSE_CODES, type RootCauseCode } from '../types.js'

export interface CodeEntry {
  /** What broke, in a few words (the README's "what broke"). */
  summary: string
  /** The message families, events or log lines that name the cause (docs/diagnosis/messages.md). */
  readFrom: string
  /** The evidence checks that confirm or contradict it, or "—". */
  confirmedBy: string
  /** What the fix commands do. */
  fixes: string
}

export const CATALOGUE: Record<RootCauseCode, CodeEntry> = {
  'image-not-found': {
    summary: 'the image repository or tag does not exist',
    readFrom: '`CannotPullContainerError` … `not found`, `manifest unknown`, `name unknown`, Docker Hub `pull access denied`',
    confirmedBy: 'ECR DescribeImages',
    fixes: 'list the newest tags; roll back'
  },
  'image-pull-access-denied': {
    summary: 'the execution role (or registry) refuses the pull',
    readFrom: '`AccessDenied` on `ecr:*`, `no basic auth credentials`, 401/403, `pull access denied` from ECR',
    confirmedBy: 'IAM simulation on the repository ARN; execution role present',
    fixes: 'grant the ECR actions; attach AmazonECSTaskExecutionRolePolicy'
  },
  'image-pull-rate-limited': {
    summary: "a registry's pull rate limit (Docker Hub 429, ECR throttling)",
    readFrom: '`toomanyrequests`, `429`, `ThrottlingException` while authenticating, a Docker Hub status cut off',
    confirmedBy: 'image registry',
    fixes: 'ECR pull-through cache; retry'
  },
  'image-platform-mismatch': {
    summary: "the image has no build for the task's CPU architecture or OS (`exec format error`)",
    readFrom: '`exec format error` (stop reason or container log), `no match for platform`, Windows image/host version mismatch',
    confirmedBy: "the image index's architectures in ECR",
    fixes: 'rebuild for the platform, or change runtimePlatform'
  },
  'registry-tls-error': {
    summary: "the registry's TLS certificate is not trusted, expired or for another name",
    readFrom: '`x509: certificate signed by unknown authority`, `certificate has expired`, `tls: failed to verify`',
    confirmedBy: '—',
    fixes: "inspect the certificate's issuer; trust the CA on EC2 hosts; copy the image to ECR"
  },
  'network-unreachable': {
    summary: 'no path from the task to ECR / S3 / CloudWatch Logs / Secrets Manager / SSM',
    readFrom: '`i/o timeout`, `context deadline exceeded`, `no such host` in a step that calls out',
    confirmedBy: 'routes, NAT/IGW, public IP, VPC endpoints, security-group egress, NACLs, DNS',
    fixes: 'add the missing route, endpoint or rule'
  },
  'secret-access-denied': {
    summary: 'the execution role cannot read a secret or parameter (including KMS decrypt)',
    readFrom: '`AccessDenied` on `secretsmanager:`, `ssm:` or `kms:` while ECS fetches secrets',
    confirmedBy: 'IAM simulation on the exact ARN',
    fixes: 'grant the action on that ARN (and kms:Decrypt on its key)'
  },
  'secret-not-found': {
    summary: 'a referenced secret, parameter or JSON key does not exist',
    readFrom: '`ResourceNotFoundException`, `invalid ssm parameters`, `did not contain json key`, a secret value that is not JSON',
    confirmedBy: 'Secrets Manager / SSM lookups',
    fixes: 'create it, or fix valueFrom'
  },
  'log-config-error': {
    summary: 'the log driver cannot start: log group missing, awslogs options wrong, log router failing',
    readFrom: '`failed to validate logger args`, `failed to initialize logging driver`, FireLens/Fluent Bit start errors',
    confirmedBy: 'CloudWatch log groups; IAM simulation of logs:*',
    fixes: 'create the log group; fix the options; grant logs:*'
  },
  'efs-mount-failed': {
    summary: 'an EFS volume cannot be mounted (DNS, TCP 2049, IAM, access point, root directory)',
    readFrom: 'efs-utils and `mount.nfs4` errors in `failed to invoke EFS utils` / `mounting volume failed`',
    confirmedBy: "the file system; a mount target in each task subnet's zone; TCP 2049 out of the task's and into the mount targets' security groups; VPC DNS support and hostnames; the access point (root path, POSIX user); the file system policy and IAM simulation of ClientMount/ClientWrite on the task role",
    fixes: 'allow TCP 2049 between the exact groups, create the missing mount target, turn on VPC DNS hostnames, grant ClientMount/ClientWrite, mount with TLS or IAM as the policy requires'
  },
  'subnet-ip-exhausted': {
    summary: "the service's subnets have no free IP addresses for task ENIs",
    readFrom: '`InsufficientFreeAddressesInSubnet`, ECS failing to create the network interface',
    confirmedBy: 'free addresses per subnet',
    fixes: 'add subnets; reclaim addresses'
  },
  'role-invalid': {
    summary: 'a task or execution role is missing or does not trust `ecs-tasks.amazonaws.com`',
    readFrom: '`unable to assume the role`, `sts:AssumeRole`',
    confirmedBy: 'IAM GetRole and its trust policy',
    fixes: 'create the role or fix its trust policy'
  },
  'app-exit-error': {
    summary: 'the application exited with an error',
    readFrom: 'exit code + the first error in the container log',
    confirmedBy: '—',
    fixes: 'fix the code or configuration; roll back'
  },
  'missing-configuration': {
    summary: 'the application lacks an environment variable or config it needs',
    readFrom: 'log lines naming a missing variable, key or config file',
    confirmedBy: 'the task definition diff',
    fixes: 'set it in a new revision'
  },
  'dependency-unreachable': {
    summary: 'the application cannot reach its database or API',
    readFrom: 'connection refused / timeout / DNS errors to a named host in the log',
    confirmedBy: '—',
    fixes: 'open the path; fix the endpoint'
  },
  'out-of-memory': {
    summary: 'a container was killed for exceeding its memory',
    readFrom: '`OutOfMemoryError` (exit 137), a runtime heap error in the log, runc `container init was OOM-killed`',
    confirmedBy: 'task and container memory limits',
    fixes: 'more memory (the next valid Fargate size); tune the heap'
  },
  segfault: {
    summary: 'a container crashed with a segmentation fault (exit 139)',
    readFrom: 'exit 139, `Segmentation fault` in the log',
    confirmedBy: 'the image change',
    fixes: 'roll back'
  },
  'command-not-found': {
    summary: 'the entrypoint or command does not exist in the image, is not executable, or its interpreter is missing (CRLF)',
    readFrom: 'runc/crun chains of every era (`executable file not found`, `exec user process caused`), exit 126/127, shell and env errors',
    confirmedBy: "the task definition's entryPoint/command",
    fixes: 'fix the command in a new revision, or the image'
  },
  'elb-health-check-failed': {
    summary: "the load balancer's health checks fail (wrong path or port, blocked security group, slow start)",
    readFrom: '`Task failed ELB health checks`, `is unhealthy in (target-group …) due to (reason …)` in every wording',
    confirmedBy: 'target health, LB → task security groups, health-check settings, grace period',
    fixes: 'fix the path, port, rule or grace period'
  },
  'container-health-check-failed': {
    summary: "the task definition's container health check fails",
    readFrom: '`Task failed container health checks`, `(task …) failed container health checks`',
    confirmedBy: 'the health check command and its timing',
    fixes: 'fix the command or its startPeriod'
  },
  'service-connect-failed': {
    summary: 'the Service Connect proxy (Envoy) never gets ready or its configuration is wrong',
    readFrom: 'the `ecs-service-connect-*` container unhealthy or exiting, AppNet agent and Envoy xDS errors in its log',
    confirmedBy: "the proxy container's health in each task; the deployment's Service Connect configuration (namespace, services, client aliases) against the task definition's port names, the Cloud Map services ECS made for it, and what the replaced deployment had",
    fixes: 'compare with the last working configuration; check the namespace; deploy without Service Connect; roll back'
  },
  'placement-failed': {
    summary: 'ECS cannot place tasks (capacity, CPU/memory, constraints, limits)',
    readFrom: '`was unable to place a task` in every wording, `RESOURCE:*` reasons',
    confirmedBy: 'container instances',
    fixes: 'add capacity; relax constraints'
  },
  'port-conflict': {
    summary: 'the port the container needs is already in use',
    readFrom: '`already using a port required by your task`, `RESOURCE:PORTS`, `port is already allocated`, `EADDRINUSE`',
    confirmedBy: 'static host ports in the task definition',
    fixes: 'dynamic host ports, or room to replace tasks'
  },
  'spot-interruption': {
    summary: 'Fargate Spot capacity was reclaimed',
    readFrom: '`SpotInterruption`, `Your Spot Task was interrupted`',
    confirmedBy: '—',
    fixes: 'add on-demand capacity to the strategy'
  },
  'invalid-task-definition': {
    summary: 'the task definition cannot be run as written (mounts, user, working directory, sizes)',
    readFrom: 'runc mount / user / cwd errors, `failed to launch a task with (error …)`',
    confirmedBy: 'Fargate CPU/memory sizes',
    fixes: 'fix the revision; roll back'
  },
  'ephemeral-storage-exhausted': {
    summary: 'the task ran out of disk (image layers or writes)',
    readFrom: '`no space left on device`, `not enough space on the disk` on Fargate',
    confirmedBy: '—',
    fixes: 'raise ephemeralStorage; slim the image'
  },
  'deployment-configuration-blocked': {
    summary: 'minimumHealthyPercent / maximumPercent leave no room to replace tasks',
    readFrom: '`unable to stop or start tasks during a deployment because of the service deployment configuration`',
    confirmedBy: 'the deployment configuration',
    fixes: 'change the percentages'
  },
  'deployment-alarm-triggered': {
    summary: 'a CloudWatch alarm of the deployment went to ALARM and ECS failed (and rolled back) the deployment',
    readFrom: '`deployment failed: alarm detected`',
    confirmedBy: "the service deployment's triggered alarms; CloudWatch DescribeAlarms and DescribeAlarmHistory",
    fixes: "read the alarm's state reason, history and metric around the deployment"
  },
  'lifecycle-hook-failed': {
    summary: "a blue/green, linear or canary deployment's lifecycle hook (Lambda) failed or its pause expired, and ECS rolled back",
    readFrom: 'the service deployment\'s `statusReason` (`rolled back because <STAGE> lifecycle hook(s) failed`) and `lifecycleHookDetails`',
    confirmedBy: "DescribeServiceDeployments; the hook function's log group",
    fixes: "read the hook function's last log lines; continue or roll back a paused deployment"
  },
  'codedeploy-failed': {
    summary: 'a CodeDeploy blue/green deployment of the service failed or was stopped',
    readFrom: "CodeDeploy GetDeployment `errorInformation` and the failed lifecycle event of GetDeploymentTarget",
    confirmedBy: 'CodeDeploy GetDeployment, GetDeploymentTarget',
    fixes: "read the failed hook's logs; stop or redeploy with CodeDeploy"
  },
  'container-instance-unhealthy': {
    summary: "EC2 container instances are disconnected, full or misbehaving",
    readFrom: '`DockerTimeoutError`, `devmapper` / host disk full, `Host EC2 … terminated`, agent errors',
    confirmedBy: 'container instance status and agent connection',
    fixes: 'replace or clean the instances'
  },
  unknown: {
    summary: 'the evidence does not name a cause; what ECS reported is shown',
    readFrom: '—',
    confirmedBy: '—',
    fixes: '—'
  }
}

/** The README's root-cause table, in ROOT_CAUSE_CODES order. */
export function rootCauseTable(): string {
  const rows = ROOT_CAUSE_CODES.map((code) => {
    const entry = CATALOGUE[code]
    return `| \`${code}\` | ${entry.summary} | ${entry.readFrom} | ${entry.confirmedBy} | ${entry.fixes} |`
  })
  return ['| code | what broke | read from | confirmed by | fixes |', '|---|---|---|---|---|', ...rows].join('\n')
}
