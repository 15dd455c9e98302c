import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  ecrRepositoryArn,
  efsFileSystemArn,
  kmsKeyArn,
  lastSegment,
  parseArn,
  parseImageReference,
  secretIdOf
} from "./chunk-YKD77PGM.js";
import {
  command
} from "./chunk-RLRBFYZC.js";
import {
  isBenignStop,
  isStopped
} from "./chunk-CYU2FCNN.js";
import {
  failedLifecycleEvent,
  hookFailure
} from "./chunk-5IFUUPIR.js";
import {
  partitionFromArn,
  partitionOf
} from "./chunk-JFST3NRE.js";
import {
  quoteLine,
  redact
} from "./chunk-QMHTH2TK.js";
import {
  FAILING_VERDICTS
} from "./chunk-UHW7ZZCQ.js";

// src/diagnose/catalogue.ts
var CATALOGUE = {
  "image-not-found": {
    summary: "the image repository or tag does not exist",
    readFrom: "`CannotPullContainerError` \u2026 `not found`, `manifest unknown`, `name unknown`, Docker Hub `pull access denied`",
    confirmedBy: "ECR DescribeImages",
    fixes: "list the newest tags; roll back"
  },
  "image-pull-access-denied": {
    summary: "the execution role (or registry) refuses the pull",
    readFrom: "`AccessDenied` on `ecr:*`, `no basic auth credentials`, 401/403, `pull access denied` from ECR",
    confirmedBy: "IAM simulation on the repository ARN; execution role present",
    fixes: "grant the ECR actions; attach AmazonECSTaskExecutionRolePolicy"
  },
  "image-pull-rate-limited": {
    summary: "a registry's pull rate limit (Docker Hub 429, ECR throttling)",
    readFrom: "`toomanyrequests`, `429`, `ThrottlingException` while authenticating, a Docker Hub status cut off",
    confirmedBy: "image registry",
    fixes: "ECR pull-through cache; retry"
  },
  "image-platform-mismatch": {
    summary: "the image has no build for the task's CPU architecture or OS (`exec format error`)",
    readFrom: "`exec format error` (stop reason or container log), `no match for platform`, Windows image/host version mismatch",
    confirmedBy: "the image index's architectures in ECR",
    fixes: "rebuild for the platform, or change runtimePlatform"
  },
  "registry-tls-error": {
    summary: "the registry's TLS certificate is not trusted, expired or for another name",
    readFrom: "`x509: certificate signed by unknown authority`, `certificate has expired`, `tls: failed to verify`",
    confirmedBy: "\u2014",
    fixes: "inspect the certificate's issuer; trust the CA on EC2 hosts; copy the image to ECR"
  },
  "network-unreachable": {
    summary: "no path from the task to ECR / S3 / CloudWatch Logs / Secrets Manager / SSM",
    readFrom: "`i/o timeout`, `context deadline exceeded`, `no such host` in a step that calls out",
    confirmedBy: "routes, NAT/IGW, public IP, VPC endpoints, security-group egress, NACLs, DNS",
    fixes: "add the missing route, endpoint or rule"
  },
  "secret-access-denied": {
    summary: "the execution role cannot read a secret or parameter (including KMS decrypt)",
    readFrom: "`AccessDenied` on `secretsmanager:`, `ssm:` or `kms:` while ECS fetches secrets",
    confirmedBy: "IAM simulation on the exact ARN",
    fixes: "grant the action on that ARN (and kms:Decrypt on its key)"
  },
  "secret-not-found": {
    summary: "a referenced secret, parameter or JSON key does not exist",
    readFrom: "`ResourceNotFoundException`, `invalid ssm parameters`, `did not contain json key`, a secret value that is not JSON",
    confirmedBy: "Secrets Manager / SSM lookups",
    fixes: "create it, or fix valueFrom"
  },
  "log-config-error": {
    summary: "the log driver cannot start: log group missing, awslogs options wrong, log router failing",
    readFrom: "`failed to validate logger args`, `failed to initialize logging driver`, FireLens/Fluent Bit start errors",
    confirmedBy: "CloudWatch log groups; IAM simulation of logs:*",
    fixes: "create the log group; fix the options; grant logs:*"
  },
  "efs-mount-failed": {
    summary: "an EFS volume cannot be mounted (DNS, TCP 2049, IAM, access point, root directory)",
    readFrom: "efs-utils and `mount.nfs4` errors in `failed to invoke EFS utils` / `mounting volume failed`",
    confirmedBy: "the file system; a mount target in each task subnet's zone; TCP 2049 out of the task's and into the mount targets' security groups; VPC DNS support and hostnames; the access point (root path, POSIX user); the file system policy and IAM simulation of ClientMount/ClientWrite on the task role",
    fixes: "allow TCP 2049 between the exact groups, create the missing mount target, turn on VPC DNS hostnames, grant ClientMount/ClientWrite, mount with TLS or IAM as the policy requires"
  },
  "subnet-ip-exhausted": {
    summary: "the service's subnets have no free IP addresses for task ENIs",
    readFrom: "`InsufficientFreeAddressesInSubnet`, ECS failing to create the network interface",
    confirmedBy: "free addresses per subnet",
    fixes: "add subnets; reclaim addresses"
  },
  "role-invalid": {
    summary: "a task or execution role is missing or does not trust `ecs-tasks.amazonaws.com`",
    readFrom: "`unable to assume the role`, `sts:AssumeRole`",
    confirmedBy: "IAM GetRole and its trust policy",
    fixes: "create the role or fix its trust policy"
  },
  "app-exit-error": {
    summary: "the application exited with an error",
    readFrom: "exit code + the first error in the container log",
    confirmedBy: "\u2014",
    fixes: "fix the code or configuration; roll back"
  },
  "missing-configuration": {
    summary: "the application lacks an environment variable or config it needs",
    readFrom: "log lines naming a missing variable, key or config file",
    confirmedBy: "the task definition diff",
    fixes: "set it in a new revision"
  },
  "dependency-unreachable": {
    summary: "the application cannot reach its database or API",
    readFrom: "connection refused / timeout / DNS errors to a named host in the log",
    confirmedBy: "\u2014",
    fixes: "open the path; fix the endpoint"
  },
  "out-of-memory": {
    summary: "a container was killed for exceeding its memory",
    readFrom: "`OutOfMemoryError` (exit 137), a runtime heap error in the log, runc `container init was OOM-killed`",
    confirmedBy: "task and container memory limits",
    fixes: "more memory (the next valid Fargate size); tune the heap"
  },
  segfault: {
    summary: "a container crashed with a segmentation fault (exit 139)",
    readFrom: "exit 139, `Segmentation fault` in the log",
    confirmedBy: "the image change",
    fixes: "roll back"
  },
  "command-not-found": {
    summary: "the entrypoint or command does not exist in the image, is not executable, or its interpreter is missing (CRLF)",
    readFrom: "runc/crun chains of every era (`executable file not found`, `exec user process caused`), exit 126/127, shell and env errors",
    confirmedBy: "the task definition's entryPoint/command",
    fixes: "fix the command in a new revision, or the image"
  },
  "elb-health-check-failed": {
    summary: "the load balancer's health checks fail (wrong path or port, blocked security group, slow start)",
    readFrom: "`Task failed ELB health checks`, `is unhealthy in (target-group \u2026) due to (reason \u2026)` in every wording",
    confirmedBy: "target health, LB \u2192 task security groups, health-check settings, grace period",
    fixes: "fix the path, port, rule or grace period"
  },
  "container-health-check-failed": {
    summary: "the task definition's container health check fails",
    readFrom: "`Task failed container health checks`, `(task \u2026) failed container health checks`",
    confirmedBy: "the health check command and its timing",
    fixes: "fix the command or its startPeriod"
  },
  "service-connect-failed": {
    summary: "the Service Connect proxy (Envoy) never gets ready or its configuration is wrong",
    readFrom: "the `ecs-service-connect-*` container unhealthy or exiting, AppNet agent and Envoy xDS errors in its log",
    confirmedBy: "the proxy container's health in each task; the deployment's Service Connect configuration (namespace, services, client aliases) against the task definition's port names, the Cloud Map services ECS made for it, and what the replaced deployment had",
    fixes: "compare with the last working configuration; check the namespace; deploy without Service Connect; roll back"
  },
  "placement-failed": {
    summary: "ECS cannot place tasks (capacity, CPU/memory, constraints, limits)",
    readFrom: "`was unable to place a task` in every wording, `RESOURCE:*` reasons",
    confirmedBy: "container instances",
    fixes: "add capacity; relax constraints"
  },
  "port-conflict": {
    summary: "the port the container needs is already in use",
    readFrom: "`already using a port required by your task`, `RESOURCE:PORTS`, `port is already allocated`, `EADDRINUSE`",
    confirmedBy: "static host ports in the task definition",
    fixes: "dynamic host ports, or room to replace tasks"
  },
  "spot-interruption": {
    summary: "Fargate Spot capacity was reclaimed",
    readFrom: "`SpotInterruption`, `Your Spot Task was interrupted`",
    confirmedBy: "\u2014",
    fixes: "add on-demand capacity to the strategy"
  },
  "invalid-task-definition": {
    summary: "the task definition cannot be run as written (mounts, user, working directory, sizes)",
    readFrom: "runc mount / user / cwd errors, `failed to launch a task with (error \u2026)`",
    confirmedBy: "Fargate CPU/memory sizes",
    fixes: "fix the revision; roll back"
  },
  "ephemeral-storage-exhausted": {
    summary: "the task ran out of disk (image layers or writes)",
    readFrom: "`no space left on device`, `not enough space on the disk` on Fargate",
    confirmedBy: "\u2014",
    fixes: "raise ephemeralStorage; slim the image"
  },
  "deployment-configuration-blocked": {
    summary: "minimumHealthyPercent / maximumPercent leave no room to replace tasks",
    readFrom: "`unable to stop or start tasks during a deployment because of the service deployment configuration`",
    confirmedBy: "the deployment configuration",
    fixes: "change the percentages"
  },
  "deployment-alarm-triggered": {
    summary: "a CloudWatch alarm of the deployment went to ALARM and ECS failed (and rolled back) the deployment",
    readFrom: "`deployment failed: alarm detected`",
    confirmedBy: "the service deployment's triggered alarms; CloudWatch DescribeAlarms and DescribeAlarmHistory",
    fixes: "read the alarm's state reason, history and metric around the deployment"
  },
  "lifecycle-hook-failed": {
    summary: "a blue/green, linear or canary deployment's lifecycle hook (Lambda) failed or its pause expired, and ECS rolled back",
    readFrom: "the service deployment's `statusReason` (`rolled back because <STAGE> lifecycle hook(s) failed`) and `lifecycleHookDetails`",
    confirmedBy: "DescribeServiceDeployments; the hook function's log group",
    fixes: "read the hook function's last log lines; continue or roll back a paused deployment"
  },
  "codedeploy-failed": {
    summary: "a CodeDeploy blue/green deployment of the service failed or was stopped",
    readFrom: "CodeDeploy GetDeployment `errorInformation` and the failed lifecycle event of GetDeploymentTarget",
    confirmedBy: "CodeDeploy GetDeployment, GetDeploymentTarget",
    fixes: "read the failed hook's logs; stop or redeploy with CodeDeploy"
  },
  "container-instance-unhealthy": {
    summary: "EC2 container instances are disconnected, full or misbehaving",
    readFrom: "`DockerTimeoutError`, `devmapper` / host disk full, `Host EC2 \u2026 terminated`, agent errors",
    confirmedBy: "container instance status and agent connection",
    fixes: "replace or clean the instances"
  },
  unknown: {
    summary: "the evidence does not name a cause; what ECS reported is shown",
    readFrom: "\u2014",
    confirmedBy: "\u2014",
    fixes: "\u2014"
  }
};

// src/diagnose/context.ts
var ARN_ACCOUNT = /^arn:aws[\w-]*:[\w-]+:[\w-]*:(\d{12}):/;
function accountFrom(...arns) {
  for (const arn of arns) {
    const match = arn ? ARN_ACCOUNT.exec(arn) : null;
    if (match) return match[1];
  }
  return void 0;
}
function regionFrom(arn) {
  return arn?.split(":")[3] || void 0;
}
function stoppedAtDesc(a, b) {
  const at = (task) => String(task.stoppedAt ?? task.createdAt ?? "");
  return at(b).localeCompare(at(a));
}
function objects(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "object" && item !== null) : [];
}
function strings(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function buildContext(evidence) {
  const service = record(evidence.service) ?? {};
  const deploymentId = typeof evidence.deploymentId === "string" ? evidence.deploymentId : null;
  const deployment = objects(service.deployments).find((d) => d.id === deploymentId);
  const tasks = objects(evidence.tasks).filter((t) => !deploymentId || !t.startedBy || t.startedBy === deploymentId);
  const failedTasks = tasks.filter((t) => isStopped(t) && !isBenignStop(t)).sort(stoppedAtDesc);
  const vpc = record(record(service.networkConfiguration)?.awsvpcConfiguration);
  const region = evidence.region ?? regionFrom(service.serviceArn) ?? "us-east-1";
  const partition = partitionOf(region);
  return {
    evidence,
    region,
    partition: partitionFromArn(service.serviceArn) ?? partitionFromArn(tasks[0]?.taskArn) ?? partition.name,
    dnsSuffix: partition.dnsSuffix,
    accountId: accountFrom(service.serviceArn, evidence.taskDefinition?.taskDefinitionArn, tasks[0]?.taskArn),
    cluster: evidence.cluster ?? service.clusterArn?.split("/").pop() ?? "default",
    serviceName: evidence.serviceName ?? service.serviceName ?? "service",
    service,
    deploymentId,
    deployment,
    taskDefinition: record(evidence.taskDefinition),
    previousTaskDefinition: record(evidence.previousTaskDefinition),
    tasks,
    failedTasks,
    subnetIds: strings(vpc?.subnets),
    securityGroupIds: strings(vpc?.securityGroups),
    assignPublicIp: vpc?.assignPublicIp === "ENABLED",
    targetGroupArns: objects(service.loadBalancers).flatMap((lb) => typeof lb.targetGroupArn === "string" ? [lb.targetGroupArn] : [])
  };
}

// src/diagnose/startup/fixes.ts
function aws(region, service, operation, ...words) {
  return command("aws", service, operation, ...words, "--region", region);
}
function revisionOf(td) {
  if (td?.family && td.revision !== void 0) return `${td.family}:${td.revision}`;
  return /task-definition\/([^/]+:\d+)$/.exec(td?.taskDefinitionArn ?? "")?.[1];
}
function currentRevision(ctx) {
  return revisionOf(ctx.taskDefinition) ?? /task-definition\/([^/]+:\d+)$/.exec(ctx.deployment?.taskDefinition ?? "")?.[1];
}
function previousRevision(ctx) {
  const current = currentRevision(ctx);
  const previous = revisionOf(ctx.previousTaskDefinition);
  if (previous && previous !== current) return previous;
  return (ctx.service.deployments ?? []).filter((d) => d.id !== ctx.deploymentId).map((d) => /task-definition\/([^/]+:\d+)$/.exec(d.taskDefinition ?? "")?.[1]).find((ref) => ref && ref !== current);
}
function rollbackFix(ctx) {
  const previous = previousRevision(ctx);
  if (!previous) return void 0;
  return {
    title: `Roll back the service to ${previous} while you fix this`,
    commands: [aws(ctx.region, "ecs", "update-service", "--cluster", ctx.cluster, "--service", ctx.serviceName, "--task-definition", previous)],
    rollsBack: true
  };
}
function putRolePolicy(region, roleName, policyName, statements) {
  const document = {
    Version: "2012-10-17",
    Statement: statements.map((s) => ({
      Effect: "Allow",
      Action: s.actions.length === 1 ? s.actions[0] : s.actions,
      Resource: s.resources.length === 1 ? s.resources[0] : s.resources
    }))
  };
  return aws(region, "iam", "put-role-policy", "--role-name", roleName, "--policy-name", policyName, "--policy-document", JSON.stringify(document));
}
var ECS_TASKS_TRUST_POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { Service: "ecs-tasks.amazonaws.com" }, Action: "sts:AssumeRole" }]
});
function executionRolePolicyArn(partition) {
  return `arn:${partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy`;
}
function awsvpcShorthand(subnets, securityGroups, assignPublicIp) {
  const parts = [`subnets=[${subnets.join(",")}]`];
  if (securityGroups.length > 0) parts.push(`securityGroups=[${securityGroups.join(",")}]`);
  parts.push(`assignPublicIp=${assignPublicIp ? "ENABLED" : "DISABLED"}`);
  return `awsvpcConfiguration={${parts.join(",")}}`;
}
function updateNetworkConfiguration(ctx, subnets, securityGroups, assignPublicIp) {
  return aws(
    ctx.region,
    "ecs",
    "update-service",
    "--cluster",
    ctx.cluster,
    "--service",
    ctx.serviceName,
    "--network-configuration",
    awsvpcShorthand(subnets, securityGroups, assignPublicIp),
    "--force-new-deployment"
  );
}

// src/diagnose/deployment/alarm.ts
function alarmNamesOf(ctx) {
  const names = ctx.service.deploymentConfiguration?.alarms?.alarmNames;
  return Array.isArray(names) ? names.filter((n) => typeof n === "string" && n.length > 0) : [];
}
function explainAlarmTriggered(ctx, group) {
  const names = alarmNamesOf(ctx);
  const rollback = ctx.service.deploymentConfiguration?.alarms?.rollback;
  const fixes = [];
  if (names.length > 0) {
    fixes.push({
      title: `See which alarm fired and why: ${names.join(", ")}`,
      commands: [
        aws(ctx.region, "cloudwatch", "describe-alarms", "--alarm-names", ...names, "--query", "MetricAlarms[].{alarm:AlarmName,state:StateValue,reason:StateReason,metric:MetricName}"),
        ...names.slice(0, 3).map((name) => aws(ctx.region, "cloudwatch", "describe-alarm-history", "--alarm-name", name, "--history-item-type", "StateUpdate", "--max-items", "5"))
      ]
    });
  } else {
    fixes.push({
      title: "List the alarms the service watches during deployments",
      commands: [aws(ctx.region, "ecs", "describe-services", "--cluster", ctx.cluster, "--services", ctx.serviceName, "--query", "services[0].deploymentConfiguration.alarms")]
    });
  }
  const back = rollback === true ? void 0 : rollbackFix(ctx);
  if (back) fixes.push(back);
  return {
    code: "deployment-alarm-triggered",
    title: names.length > 0 ? `A deployment alarm went to ALARM (${names.join(", ")}): ECS failed the deployment` : "A CloudWatch alarm of the deployment went to ALARM: ECS failed the deployment",
    explanation: `The new tasks may have started and passed their health checks, but a CloudWatch alarm the service watches during deployments (error rate, latency, CPU ...) went to ALARM, so ECS marked the deployment failed${rollback === false ? "" : " and rolled back to the last completed deployment"}. The alarm's metric is what the new revision broke: look at its state reason and at the application's errors in that window.`,
    confidence: "medium",
    evidence: [...new Set(group.events.map((e) => `Service event: ${e.message}`))].slice(0, 3),
    fixes
  };
}

// src/diagnose/messages.ts
function normaliseMessage(text) {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\\+"/g, '"').replace(/\\+n(?=\s|$|")/g, " ").replace(/\s+/g, " ").trim();
}
var CUT_PHRASES = [
  "executable file not found in $PATH",
  "no such file or directory",
  "context canceled",
  "context deadline exceeded",
  "i/o timeout",
  "request canceled",
  "connection refused",
  "connection reset by peer",
  "no such host",
  "TLS handshake timeout",
  "exec format error",
  "no space left on device",
  "permission denied",
  "certificate signed by unknown authority",
  "container init was OOM-killed"
];
function completeCutPhrase(text) {
  const body = text.replace(/(?:\.\.\.|\u2026)\s*$/, "").trimEnd();
  const lower = body.toLowerCase();
  const fits = CUT_PHRASES.filter((phrase2) => {
    for (let n = phrase2.length - 1; n >= 5; n -= 1) {
      const prefix = phrase2.slice(0, n).toLowerCase();
      if (!lower.endsWith(prefix)) continue;
      const before = lower.charAt(lower.length - prefix.length - 1);
      return before === "" || /[\s:"'(.]/.test(before);
    }
    return false;
  });
  if (fits.length !== 1) return { text, completed: false };
  const phrase = fits[0];
  for (let n = phrase.length - 1; n >= 5; n -= 1) {
    if (lower.endsWith(phrase.slice(0, n).toLowerCase())) return { text: `${body.slice(0, body.length - n)}${phrase}`, completed: true };
  }
  return { text, completed: false };
}
function looksTruncated(text) {
  return /(?:\.\.\.|\u2026)\s*$/.test(text) || /\S(?:\.\.\.|\u2026)\S/.test(text);
}
var HINTS = [
  { pattern: /There is a connection issue between the task and [^.]+\.?/gi, kind: "network" },
  { pattern: /(?:Please )?[Cc]heck your (?:task )?network configuration\.?/g, kind: "network" },
  { pattern: /Check that the role has the permissions to pull images from the registry\.?/gi, kind: "access-denied" },
  { pattern: /Check if image exists and role (?:'[^']*' )?has permissions to pull images from Amazon ECR\.?/gi },
  { pattern: /The task cannot find the Amazon CloudWatch log group defined in the task definition\.?/gi, kind: "not-found", logGroup: true },
  { pattern: /The task can(?:no|')t pull '[^']*' from [^']*'[^']*'\.?/gi },
  { pattern: /Check whether the image exists\.?/gi, kind: "not-found" },
  { pattern: /The task can(?:no|')t pull the image\.?/gi },
  { pattern: /The task cannot pull (?:secrets|registry auth) from [^.:]+[.:]?/gi }
];
var GLUE = /(?:\bUser|\bPrincipal|not authorized to perform|on resource|status ?code|request ?id|with these codes)$/i;
function splitClauses(text) {
  const parts = text.split(/:\s+/);
  const clauses = [];
  for (const part of parts) {
    const previous = clauses[clauses.length - 1];
    if (previous !== void 0 && GLUE.test(previous)) clauses[clauses.length - 1] = `${previous}: ${part}`;
    else clauses.push(part);
  }
  return clauses.map((c) => c.trim()).filter((c) => c.length > 0);
}
var CAUSE_RULES = [
  { kind: "kms-denied", strength: 11, pattern: /Access to KMS is not allowed|KMS\.?\w*AccessDenied|KMSAccessDenied|not authorized to perform: kms:|ciphertext refers to a customer master key|KMS\.?DisabledException|KMSInvalidStateException|DecryptionFailure/i },
  { kind: "access-denied", strength: 10, pattern: /is not authorized to perform|AccessDenied(?:Exception)?\b|UnauthorizedOperation|AuthorizationError/i },
  {
    kind: "platform",
    strength: 10,
    // Windows hosts: HCS_E_IMAGE_MISMATCH and Docker's version check (docs/diagnosis/messages.md §4.2).
    pattern: /no match(?:ing manifest)? for platform|no matching manifest for|no image found in (?:image index|manifest list) for architecture|failed to find a descriptor for platform|does not contain (?:a )?descriptor matching platform|does not match the (?:specified|detected host) platform|exec format error|image platform .* does not match|operating system does not match the host operating system|0xc0370101|-based image is incompatible with an? |image operating system "?[\w-]+"? cannot be used on this platform/i
  },
  // Go's crypto/x509 and crypto/tls errors (a TLS-inspecting proxy, a private CA, an expired certificate).
  { kind: "tls", strength: 10, pattern: /\bx509: |certificate signed by unknown authority|certificate has expired|certificate is (?:not )?valid for|certificate is not trusted|tls: failed to verify|tls: bad certificate|remote error: tls|SSL certificate problem|certificate verify failed/i },
  { kind: "rate-limit", strength: 9, pattern: /toomanyrequests|too many requests|pull rate limit|rate limit (?:exceeded|reached)/i },
  { kind: "disk", strength: 9, pattern: /no space left on device|devmapper|thin pool|insufficient (?:disk )?space|disk quota exceeded|not enough space on the disk/i },
  { kind: "not-found", strength: 9, notFound: "json-key", pattern: /did not contain json key/i },
  { kind: "not-found", strength: 9, notFound: "ssm-parameter", pattern: /invalid (?:ssm )?parameters?(?::|$)|ParameterNotFound/i },
  { kind: "not-found", strength: 9, notFound: "secret", pattern: /can'?t find the specified secret|secret .*\bnot found\b|marked for deletion|scheduled for deletion/i },
  { kind: "not-found", strength: 9, notFound: "log-group", pattern: /log group does not exist|ResourceNotFoundException: The specified log group/i },
  // The registry's DENIED error code (https://github.com/opencontainers/distribution-spec/blob/v1.1.0/spec.md#error-codes),
  // rendered "denied: <message>"; Docker Hub's own message for it also covers a missing repository, so that one stays not-found.
  { kind: "access-denied", strength: 8.6, pattern: /^denied$/i, unlessFollowedBy: /^requested access to the resource is denied/i },
  // Docker's "pull access denied" for an ECR host: an ECR repository that does not exist says so; this is a failed login.
  { kind: "access-denied", strength: 8.5, pattern: /pull access denied for [^\s,]*\.dkr\.ecr\./i },
  { kind: "not-found", strength: 8, notFound: "repository", pattern: /RepositoryNotFoundException|repository \S+ not found|repository does not exist|may require '?docker login'?|may require authorization|name unknown|insufficient_scope/i },
  { kind: "not-found", strength: 8, notFound: "image", pattern: /ImageNotFoundException|manifest unknown|manifest for \S+ not found|requested access to the resource is denied|invalid reference format|failed to normalize image reference|Tag \S+ not found in repository|image \S+ not found/i },
  { kind: "unsupported", strength: 8, pattern: /unsupported media type|media type "?[^"\s]+"? is no longer supported|unknown media type|manifest invalid|schema ?1 (?:image|manifest)/i },
  // Go's net/url and net/http refusing the URL itself: the request never left the client (a misconfigured endpoint, an agent bug).
  { kind: "client-config", strength: 8, pattern: /unsupported protocol sch\w*|missing protocol sch\w*|invalid URL escape|first path segment in URL cannot contain colon|invalid control character in URL/i },
  // Docker's port allocator and the kernel: the host port of a static portMapping is taken.
  { kind: "port-in-use", strength: 8, pattern: /port is already allocated|address already in use|Bind for \S+:\d+ failed/i },
  { kind: "not-found", strength: 7, pattern: /ResourceNotFoundException|NoSuchKey|NoSuchBucket|\bnot found\b|does not exist|\b404\b/i },
  { kind: "dns", strength: 7, pattern: /no such host|lookup \S+(?: on \S+)?$|server misbehaving|temporary failure in name resolution|could not resolve host|Failed to resolve "/i },
  // Docker's v1/v2 endpoint fallback gave up on every endpoint of the registry (moby's distribution pull, before 17.x).
  { kind: "network", strength: 7, pattern: /could not reach any registry endpoint|i\/o timeout|deadline exceeded|context cancel+ed|RequestCanceled|request cancel+ed|waiting for connection|Client\.Timeout|signal killed|connection refused|connection reset|connection timed out|TLS handshake timeout|network is unreachable|no route to host|timeout awaiting|nil pointer dereference/i },
  { kind: "throttled", strength: 6, pattern: /ThrottlingException|Rate exceeded|Throttled/i },
  { kind: "access-denied", strength: 6, pattern: /\bunauthorized\b|authentication required|incorrect username or password|no basic auth credentials|\b401\b|403 Forbidden|\bforbidden\b/i },
  { kind: "invalid", strength: 6, pattern: /awslogs-[\w-]+ is required|InvalidParameter(?:Exception)?|ValidationException|validation error|invalid (?:configuration|config|mount|argument|option|log opt)|unknown log opt/i },
  // Go's encoding/json on a secret value that is not JSON, while valueFrom names a JSON key.
  { kind: "not-found", strength: 5, notFound: "json-key", pattern: /invalid character '.{1,4}' (?:in literal|looking for beginning|after top-level value)|cannot unmarshal \w+ into Go value/i },
  // A status cut off after Docker Hub's URL: Docker Hub answers 429 to anonymous pulls over the limit far more often than anything else.
  { kind: "rate-limit", strength: 5, pattern: /^unexpected status(?: code)? https?:\/\/(?:registry-1\.|index\.)?docker\.io\/\S*$/i },
  { kind: "access-denied", strength: 5, pattern: /pull access denied|^unexpected status(?: code)?\b|unexpected status: 40[13]/i },
  // A disk that fills while a layer is written leaves only the layer step in the message (Docker's ApplyLayer, Untar).
  { kind: "disk", strength: 3, pattern: /register layer|ApplyLayer|\bUntar\b|error processing tar file/i },
  { kind: "network", strength: 4, pattern: /dial tcp|send request failed|request send failed|RequestError|exceeded maximum number of attempts|download failed after attempts|\bEOF\b|context dead|RequestCancel|i\/o time|inactivity time exceeded timeout while pulling/i }
];
var STAGE_RULES = [
  // Fargate wraps efs-utils; EC2's ECS volume plugin (default driver efs) mounts under /var/lib/ecs/volumes/.
  { stage: "efs", pattern: /EFS utils|efs-utils|mounting volume failed|mount\.nfs4?:|failed to mount local volume: mount fs-[0-9a-f]+|\bfs-[0-9a-zA-Z<>*]+[^\s]*\.efs\.|\bstunnel\d*\b|check that your file system ID is correct|\/var\/lib\/ecs\/volumes\/|amazon-ecs-volume-plugin|Mount attempt \d+\/\d+ failed/i },
  { stage: "registry-credentials", pattern: /registry auth from asm|asm fetching secret|repositoryCredentials|private registry auth|CannotPullContainerAuth/i },
  { stage: "ecr-auth", pattern: /ecr registry auth|registry auth from Amazon ECR|GetAuthorizationToken|api\.ecr[.-]|\/\/ecr\.[a-z0-9-]+\.amazonaws|no basic auth credentials|CannotPullECRContainer|ecr auth:/i },
  { stage: "secrets-manager", pattern: /secrets? from asm|from secrets manager|Secrets Manager|secretsmanager[:.]|GetSecretValue|\basm\b/i },
  { stage: "ssm", pattern: /secrets? from ssm|SSM Parameter Store|Systems Manager|ssm parameters|ssm:GetParameter|GetParameters|\bssm\b|invalid parameters:/i },
  { stage: "logs", pattern: /firelens|logger|log stream|log group|awslogs|CloudWatch|logging driver|\blogs[.:]|CreateLogStream|CreateLogGroup|PutLogEvents/i },
  { stage: "env-files", pattern: /env(?:ironment)? files?\b/i },
  { stage: "network-interface", pattern: /network interface|\bENI\b|InsufficientFreeAddresses/i },
  { stage: "image-extract", pattern: /mismatched image rootfs|diffIDs|failed to extract|register layer|ApplyLayer|apply failure|error processing tar file|\bUntar\b|ImportLayer|failed to unpack/i },
  { stage: "image-layer", pattern: /starport-layer-bucket|httpRead(?:er)?Seeker|failed to copy|GetImageBlob|GetDownloadUrlForLayer|\blayers?\b|\.s3[.-][a-z0-9-]*\.?amazonaws/i },
  { stage: "image-manifest", pattern: /pull image manifest|failed to resolve ref|manifest|\/v[12]\/|\.dkr\.ecr\.|BatchGetImage|docker\.io|pull access denied|repository|image configuration|CannotPullImageManifest|inspect image/i },
  { stage: "image-pull", pattern: /CannotPullContainer|pull command failed|ref pull|pulling image|pull image|Could not transition to (?:pulled|pullBegin|MANIFEST_PULLED)/i },
  { stage: "volume", pattern: /CannotCreateVolume|CannotInspectVolume|VolumeDriver\.|volume plugin/i },
  { stage: "container-create", pattern: /CannotCreateContainer/i },
  { stage: "container-start", pattern: /CannotStartContainer/i },
  // Least specific: the step that fetches both, named when the message was cut before the inner step.
  { stage: "execution-resources", pattern: /unable to pull secrets or registry auth|execution resource retrieval failed/i }
];
var SENTENCE_STAGES = [
  { stage: "secrets-manager", pattern: /^Fetching secret data from AWS Secrets Manager/i },
  { stage: "ssm", pattern: /^Fetching secret data from SSM Parameter Store/i }
];
var REMOTE_STAGES = ["ecr-auth", "registry-credentials", "image-manifest", "image-layer", "image-pull", "secrets-manager", "ssm", "logs", "env-files", "efs", "execution-resources"];
var TRANSPORT = /dial tcp|lookup |https?:\/\/|\b(?:Post|Get|Head) "|RequestError|request send failed|send request failed|connection|i\/o timeout|no such host|TLS handshake/i;
var GENERIC_TIMEOUT = /^(?:context cancel+ed|context deadline exceeded|deadline exceeded|signal killed|context ca\w*)$/i;
var CLASS_CLAUSE = /^(?:unknown|OCI runtime attempted to invoke a command that was not found|OCI runtime command not found error|OCI (?:runtime )?(?:permission denied|not found)(?: error)?)[.)"]*$/i;
var ERROR_NAME = /^\(?([A-Za-z]+(?:Error|Exception))$/i;
function parseMessage(raw) {
  const text = normaliseMessage(raw);
  const completion = completeCutPhrase(text);
  const truncated = looksTruncated(text) || completion.completed;
  const hints = [];
  const hintKinds = [];
  let logGroupHint = false;
  let body = completion.text.replace(/(?:\.\.\.|\u2026)$/, "");
  for (const hint of HINTS) {
    body = body.replace(hint.pattern, (match) => {
      hints.push(match.trim());
      if (hint.kind) hintKinds.push(hint.kind);
      if (hint.logGroup) logGroupHint = true;
      return " ";
    });
  }
  hints.sort((a, b) => text.indexOf(a) - text.indexOf(b));
  body = body.replace(/\s+/g, " ").replace(/:\s+:/g, ":").replace(/\bsignal: (\w+)/gi, "signal $1").trim();
  const clauses = withoutClassClause(splitClauses(body).map(unwrapClause).filter((c) => c.length > 0));
  const errorType = ERROR_NAME.exec(clauses[0] ?? "")?.[1];
  const host = hostOf(text);
  const decided = decideCause(clauses);
  const stage = stageOf(clauses, decided?.index, text);
  const permission = parsePermissionDenial(body);
  const notFound2 = decided?.rule.kind === "not-found" ? notFoundOf(decided.rule, clauses, decided.index, body) : void 0;
  let cause = decided?.rule.kind ?? "unknown";
  let weak = decided ? decided.rule.strength <= 5 : false;
  let causeText = decided ? tidyCause(causeSpan(clauses, decided.index, decided.rule.kind)) : "";
  if (decided && cause === "network" && !reachesNetwork(clauses, decided.index, stage)) {
    cause = "unknown";
    weak = true;
  }
  if (permission && (cause === "access-denied" || cause === "kms-denied")) {
    if (permission.action?.toLowerCase().startsWith("kms:")) cause = "kms-denied";
    causeText = permissionSentence(body) ?? causeText;
  }
  const ambiguousLogGroup = logGroupHint && hintKinds.includes("network") && (!decided || cause === "network");
  if (ambiguousLogGroup) {
    cause = "network";
    causeText = [...hints, causeText].filter(Boolean).join(" ");
    weak = true;
  } else if (!decided && hintKinds.length > 0) {
    cause = hintKinds.find((k) => k !== "network") ?? hintKinds[0];
    causeText = hints[0];
    weak = true;
  } else if (decided && weak && hintKinds.includes(cause)) {
    weak = false;
  }
  return {
    text,
    clauses,
    ...errorType ? { errorType } : {},
    stage,
    cause,
    causeText,
    weak,
    ...permission ? { permission } : {},
    ...notFound2 ? { notFound: notFound2 } : {},
    ...retriesOf(text),
    truncated,
    hints,
    ...host,
    ambiguousLogGroup
  };
}
function unwrapClause(clause) {
  return clause.replace(/^[("'{]+(?=[A-Za-z])/, "").replace(/(?<=\w)[)"'}.]+$/, "").trim();
}
function withoutClassClause(clauses) {
  return clauses.length > 1 && CLASS_CLAUSE.test(clauses[clauses.length - 1]) ? clauses.slice(0, -1) : clauses;
}
function reachesNetwork(clauses, index, stage) {
  const clause = clauses[index];
  if (!GENERIC_TIMEOUT.test(clause) && !/^(?:signal killed|context ca)/i.test(clause)) return true;
  if (clauses.slice(0, index).some((c) => TRANSPORT.test(c))) return true;
  if (stage === "image-extract" || stage === "container-start" || stage === "container-create" || stage === "unknown") return false;
  return REMOTE_STAGES.includes(stage);
}
var NETWORK_CONTEXT = /dial tcp|lookup |https?:\/\/|^(?:Post|Get|Head) |caused by|RequestCanceled|RequestError|request send failed/i;
function causeSpan(clauses, index, kind) {
  let start = index;
  let end = kind === "not-found" && /(?:parameters?|json key)$/i.test(clauses[index]) ? clauses.length - 1 : index;
  if (kind === "not-found" && end === index && /^\S{1,200}$/.test(clauses[index + 1] ?? " ")) end = index + 1;
  if (kind === "network" || kind === "dns") {
    while (start > 0 && index - start < 2 && NETWORK_CONTEXT.test(clauses[start - 1])) start -= 1;
  } else if (end === index && clauses[index].length < 25 && start > 0) {
    start -= 1;
  }
  return clauses.slice(start, end + 1).join(": ");
}
function decideCause(clauses) {
  let best;
  clauses.forEach((clause, index) => {
    for (const rule of CAUSE_RULES) {
      if (!rule.pattern.test(clause)) continue;
      if (rule.unlessFollowedBy?.test(clauses.slice(index + 1).join(": "))) continue;
      if (!best || rule.strength > best.rule.strength || rule.strength === best.rule.strength && index > best.index) {
        best = { rule, index };
      }
    }
  });
  return best;
}
function stageOf(clauses, causeIndex, text) {
  const start = causeIndex ?? clauses.length - 1;
  for (let i = start; i >= 0; i -= 1) {
    const stage = stageOfClause(clauses[i]);
    if (stage) return stage;
  }
  for (let i = start + 1; i < clauses.length; i += 1) {
    const stage = stageOfClause(clauses[i]);
    if (stage) return stage;
  }
  return SENTENCE_STAGES.find((r) => r.pattern.test(text))?.stage ?? stageOfClause(text) ?? "unknown";
}
function stageOfClause(clause) {
  const sentence = SENTENCE_STAGES.find((r) => r.pattern.test(clause));
  if (sentence) return sentence.stage;
  return STAGE_RULES.find((r) => r.pattern.test(clause))?.stage;
}
var PERMISSION = /(?:(?:User|Principal):\s*(\S+)\s+)?is not authorized to perform:?\s*([\w-]+:[\w*]+)?(?:\s+on resource:?\s*(\S+))?/i;
function parsePermissionDenial(text) {
  const normalised = normaliseMessage(text);
  const match = PERMISSION.exec(normalised);
  if (!match) {
    if (!/AccessDenied|Access to KMS is not allowed/i.test(normalised)) return void 0;
    return { denyKind: denyKindOf(normalised), .../kms/i.test(normalised) ? { action: "kms:Decrypt" } : {} };
  }
  const principal = trimPunctuation(match[1]);
  const resource = trimPunctuation(match[3]);
  const after = normalised.slice(match.index);
  const denyingPolicy = /explicit deny in an? ([\w -]+?) policy/i.exec(after)?.[1];
  return {
    ...match[2] ? { action: match[2] } : {},
    ...resource ? { resource } : {},
    ...principal ? { principal, ...roleNameOf(principal) } : {},
    denyKind: denyKindOf(after),
    ...denyingPolicy ? { denyingPolicy } : {}
  };
}
function denyKindOf(text) {
  if (/explicit deny in a service control policy/i.test(text)) return "scp";
  if (/explicit deny/i.test(text)) return "explicit-deny";
  if (/no identity-based policy allows/i.test(text)) return "no-identity-policy";
  if (/no resource-based policy allows/i.test(text)) return "no-resource-policy";
  if (/no VPC endpoint policy allows/i.test(text)) return "no-endpoint-policy";
  if (/no session policy allows/i.test(text)) return "no-session-policy";
  if (/no permissions boundary allows/i.test(text)) return "no-boundary";
  return "unspecified";
}
function permissionSentence(text) {
  const start = text.search(/(?:\w*AccessDenied\w*:\s*)?(?:User|Principal):\s*\S+\s+is not authorized|is not authorized to perform/i);
  if (start < 0) return void 0;
  const sentence = text.slice(start);
  const end = sentence.search(/\s+(?:status code|request id|RequestID)\b|[.,]\s+(?=[A-Z])/i);
  return (end > 0 ? sentence.slice(0, end) : sentence).replace(/[.,]$/, "").trim();
}
function roleNameOf(principal) {
  const assumed = /:assumed-role\/([^/]+)/.exec(principal);
  if (assumed) return { roleName: assumed[1] };
  const role = /:role\/(?:.*\/)?([^/]+)$/.exec(principal);
  return role ? { roleName: role[1] } : {};
}
function notFoundOf(rule, clauses, index, body) {
  const clause = clauses[index];
  const rest = clauses.slice(index).join(": ");
  switch (rule.notFound) {
    case "ssm-parameter": {
      const listed = /invalid (?:ssm )?parameters?:\s*(.+)$/i.exec(rest)?.[1] ?? "";
      return { kind: "ssm-parameter", names: splitNames(listed) };
    }
    case "json-key":
      return { kind: "json-key", names: splitNames(/did not contain json key\s+(\S+)/i.exec(clause)?.[1] ?? "") };
    case "secret":
    case "log-group":
      return { kind: rule.notFound, names: arnsIn(body, rule.notFound === "secret" ? "secretsmanager" : "logs") };
    case "repository":
    case "image":
      return { kind: rule.notFound, names: imageNamesIn(body) };
    default:
      return { kind: "unknown", names: imageNamesIn(body) };
  }
}
function splitNames(list) {
  return list.split(/[\s,]+/).map((n) => trimPunctuation(n) ?? "").filter((n) => n.length > 0 && !/^(?:status|code|request|id)$/i.test(n));
}
function arnsIn(text, service) {
  const pattern = new RegExp(`arn:aws[\\w-]*:${service}:[^\\s,"']+`, "g");
  return [...new Set((text.match(pattern) ?? []).map((a) => trimPunctuation(a) ?? a))];
}
function imageNamesIn(text) {
  const patterns = [
    /failed to resolve (?:ref|reference) "?([^\s":]+(?::[^\s":]+)?)"?/i,
    /pull access denied for ([^\s,]+)/i,
    /repository ([^\s,]+) not found/i,
    /manifest for ([^\s,]+) not found/i
  ];
  const names = patterns.flatMap((p) => {
    const m = p.exec(text);
    return m ? [trimPunctuation(m[1]) ?? m[1]] : [];
  });
  return [...new Set(names)];
}
function retriesOf(text) {
  const match = /retried (\d+) time/i.exec(text);
  return match ? { retries: Number(match[1]) } : {};
}
function hostOf(text) {
  const url = /https?:\/\/([^/\s"':]+)/i.exec(text);
  if (url) return { host: url[1] };
  const lookup = /lookup ([a-z0-9.-]+\.[a-z]{2,})/i.exec(text);
  return lookup ? { host: lookup[1] } : {};
}
function trimPunctuation(value) {
  const trimmed = value?.replace(/^["'(]+|["'),.;]+$/g, "");
  return trimmed ? trimmed : void 0;
}
function tidyCause(clause) {
  return clause.replace(/\s*(?:status ?code|StatusCode):?\s*\d*,?/gi, "").replace(/\s*(?:request ?id|RequestID):?\s*[\w-]*,?/gi, "").replace(/\s+,/g, ",").replace(/,(?:\s*,)+/g, ",").replace(/[.,;\s]+$/, "").trim();
}
function stripVolatile(text) {
  return text.replace(/(?:request ?id|RequestID)[:\s]*[\w-]*/gi, "").replace(/status ?code:?\s*\d+/gi, "").replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, "<uuid>").replace(/\s*,\s*(?=,|$)/g, "").trim();
}

// src/diagnose/signature.ts
function normaliseReason(text) {
  return text.replace(/arn:aws[\w-]*:[^\s)'"]+/g, "<arn>").replace(/\b[0-9a-f]{32}\b/g, "<task>").replace(/sha256:[0-9a-f]{64}/g, "<digest>").replace(/\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b/g, "<ip>").replace(/\b(?:subnet|sg|vpc|eni|rtb|igw|nat|vpce|i)-[0-9a-f]{8,17}\b/g, "<id>").replace(/\d+/g, "N").replace(/\s+/g, " ").trim();
}

// src/diagnose/container-start.ts
var RUNTIME_CONTEXT = /OCI runtime|oci runtime error|runc create failed|starting container process caused|unable to start container process|error during container init|container init caused|exec user process caused|System error: exec|executable file `|exec container process|unable to find user|linux spec user|no matching entries in passwd file|in passwd file|mount callback failed|failed to create shim|Container command '[^']*' not found|error while creating mount source path/i;
var READERS = [
  { kind: "init-oom", pattern: /container init was OOM-killed|\(possibly OOM-killed\)/i },
  { kind: "working-directory", pattern: /chdir to cwd \("?([^")]*)"?\)|chdir(?: to)? "?([^":\s]+)"?: no such file/i, path: 1 },
  { kind: "user", pattern: /(?:unable to|cannot) find user '?([^:\s']+)'?|no matching entries in passwd file|\/etc\/passwd: no such file/i, user: 1 },
  // runc's setupRlimits and cgroup managers: "error setting rlimit type 8: operation not permitted", "failed to write "100000": ... cpu.cfs_quota_us".
  // https://github.com/opencontainers/runc/blob/v1.1.0/libcontainer/init_linux.go#L509
  { kind: "resource-limits", pattern: /error setting rlimits?\b|error setting cgroup config|failed to write "?[^"]*"?:? (?:to |write )?\S*\/sys\/fs\/cgroup\/\S+: invalid argument/i },
  // A cut chain may end right after the source path: "mounting "/root/app.properti".
  { kind: "mount", pattern: /(?:error )?mounting "?(\/[^"\s]*)"?(?: to rootfs(?: "[^"]*")?(?: at "?([^"\s]+)"?)?)?|create mount destination|Are you trying to mount a directory onto a file|error while creating mount source path '([^']*)'/i, path: 2 },
  { kind: "exec-format", pattern: /exec(?: container process)? `?"?([^"`:\s]*)"?`?:? exec format error|exec format error/i, command: 1 },
  { kind: "command-not-found", pattern: /exec: "([^"]*)": executable file not found|executable file `([^`]+)` not found|Container command '([^']+)' not found|executable file not found/i, command: 1 },
  // The middle of the chain may be cut by whoever pasted it: "stat /opt/x/run.sh...no such file or direct...".
  { kind: "command-not-found", pattern: /exec: "([^"]*)": (?:stat [^:]+?(?::\s*|\.\.\.|\u2026))?no such file/i, command: 1 },
  { kind: "not-executable", pattern: /exec: "([^"]*)": permission denied|exec(?: container process)? `?([^`:\s]+)`?: permission denied|exec user process caused:? "?permission denied/i, command: 1 },
  { kind: "interpreter-missing", pattern: /exec user process caused:? "?no such file or directory|exec container process \(missing dynamic library\?\)/i }
];
function readStartFailure(raw) {
  const text = completeCutPhrase(normaliseMessage(raw)).text;
  if (!RUNTIME_CONTEXT.test(text)) return null;
  const inner = innermost(text);
  for (const reader of READERS) {
    const match = reader.pattern.exec(inner) ?? reader.pattern.exec(text);
    if (!match) continue;
    const captured = (index) => index ? firstDefined(match, index) : void 0;
    return {
      kind: reader.kind,
      cause: tidy(inner),
      ...captured(reader.command) ? { command: captured(reader.command) } : {},
      ...captured(reader.path) ? { path: captured(reader.path) } : {},
      ...captured(reader.user) ? { user: captured(reader.user) } : {}
    };
  }
  return { kind: "runtime", cause: tidy(inner) };
}
function firstDefined(match, index) {
  for (let i = index; i < match.length; i += 1) if (match[i]) return match[i];
  return void 0;
}
var CONTEXT_HEADS = /^(?:.*?)(?:starting container process caused:?|unable to start container process:|error during container init:|container init caused:?|exec user process caused:?|System error:|OCI runtime create failed:|oci runtime error:)\s*/i;
function innermost(text) {
  let rest = text;
  for (let match = CONTEXT_HEADS.exec(rest); match && match[0].length > 0 && match[0].length < rest.length; match = CONTEXT_HEADS.exec(rest)) {
    rest = rest.slice(match[0].length);
  }
  return rest;
}
function tidy(cause) {
  return cause.replace(/(?::\s*(?:unknown|OCI runtime attempted to invoke a command that was not found|OCI runtime command not found error))+[.)"]*\s*$/i, "").replace(/^"+|"+$/g, "").replace(/[\s.]+$/, "").trim();
}

// src/diagnose/efs.ts
var EFS_CONTEXT = /EFS utils|efs-utils|mounting volume failed|mount\.nfs4?:|failed to mount local volume: mount fs-[0-9a-f]+|\bfs-[0-9a-zA-Z<>*]+\S*\.efs\.|\bstunnel\d*\b|check that your file system ID is correct|\/var\/lib\/ecs\/volumes\/|amazon-ecs-volume-plugin|Mount attempt \d+\/\d+ failed/i;
var READERS2 = [
  { kind: "dns", pattern: /Failed to resolve "[^"]*"|Failed to resolve "?fs-|mount target ip address cannot be found|Name or service not known/i },
  { kind: "access-denied", pattern: /access denied by server|Permission denied \(publickey|not authorized to perform: elasticfilesystem|AccessDenied/i },
  { kind: "path-missing", pattern: /reason given by server: No such file or directory|mounting \S+:\/\S* failed.*No such file/i },
  { kind: "network", pattern: /Connection timed out|Connection reset by peer|Connection refused|No route to host|timed out|Network is unreachable|deadline exceeded/i },
  { kind: "tls-tunnel", pattern: /Failed to initialize (?:TLS )?tunnel|stunnel|efs-proxy/i },
  { kind: "credentials", pattern: /Access Key ID and Secret Access Key are not found|credentials (?:are )?not found|unable to find credentials/i },
  // The kernel or the mount helper does not know the type or an option (tls, iam without efs-utils): "no such device", "unknown filesystem type".
  { kind: "options", pattern: /no such device|unknown filesystem type|option is required when mounting via|is malformed|Invalid mount option|is not a valid (?:file system|access point)/i },
  { kind: "ownership", pattern: /failed to (?:chown|copy file info)|lchown .*operation not permitted|operation not permitted/i }
];
function readEfsFailure(raw) {
  const text = normaliseMessage(raw).replace(/\bb'([^']*)'/g, "$1");
  if (!EFS_CONTEXT.test(text)) return null;
  const stderr = /stderr:\s*(.*?)(?:\s*:\s*unsuccessful EFS utils command execution.*)?$/i.exec(text)?.[1] ?? text;
  const fileSystemId = /\b(fs-[0-9a-f]{8,17})\b/.exec(text)?.[1];
  const path = /(?:efs\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?|127\.0\.0\.1):(\/[^\s'"]*)/i.exec(text)?.[1];
  const reader = READERS2.find((r) => r.pattern.test(stderr));
  return {
    kind: reader?.kind ?? "unknown",
    cause: tidy2(stderr),
    ...fileSystemId ? { fileSystemId } : {},
    ...path && path !== "/" ? { path } : {}
  };
}
function tidy2(text) {
  const line = text.replace(/\s*;\s*code:\s*\d+\s*$/i, "").replace(/[\s.:]+$/, "").trim();
  return line.length > 300 ? `${line.slice(0, 300)}\u2026` : line;
}

// src/diagnose/startup/classify.ts
var IMAGE_STAGES = ["ecr-auth", "image-manifest", "image-layer", "image-extract", "image-pull"];
var SECRET_STAGES = ["secrets-manager", "ssm", "registry-credentials", "env-files"];
var RUNTIME_ONLY = /^(?:Essential container in task exited|Task failed (?:ELB|container) health checks|OutOfMemoryError|Scaling activity initiated by)/i;
var LOCAL_ENDPOINT = /(?:dial tcp|https?:\/\/|tcp:\/\/|udp:\/\/)\s*\[?(?:127\.\d+\.\d+\.\d+|169\.254\.\d+\.\d+|::1|localhost)\b/i;
var NOT_A_REGION_ENDPOINT = /\blogs\.(?![a-z]{2}(?:-[a-z]+)+-\d+\.)[^.\s"/]+\.amazonaws\.com/i;
var REGISTRY_CALL = /\/v[12]\/|\.dkr\.ecr\.|docker\.io|public\.ecr\.aws|ghcr\.io|quay\.io|gcr\.io/i;
function isEc2Task(task) {
  return task.launchType === "EC2" || Boolean(task.containerInstanceArn) || task.launchType === "EXTERNAL";
}
var ok = (code, confidence, deterministic) => ({ code, confidence, deterministic });
function codeForMessage(parsed, host) {
  const text = parsed.text;
  if (!text || RUNTIME_ONLY.test(text)) return null;
  const special = specialCases(parsed, host);
  if (special !== void 0) return special;
  if (parsed.stage === "efs" && readEfsFailure(text)) return efsCode(text);
  if (parsed.cause === "platform") return ok("image-platform-mismatch", "high", true);
  const start = readStartFailure(text);
  if (start && start.kind !== "runtime" && !["network", "dns", "disk"].includes(parsed.cause) && parsed.stage !== "logs") return null;
  const confidence = parsed.weak ? "medium" : "high";
  switch (parsed.cause) {
    case "rate-limit":
      return ok("image-pull-rate-limited", parsed.weak ? "low" : "high", false);
    case "throttled":
      return IMAGE_STAGES.includes(parsed.stage) ? ok("image-pull-rate-limited", "medium", false) : null;
    case "disk":
      return onHost(text, host) ? ok("container-instance-unhealthy", parsed.weak ? "medium" : "high", false) : ok("ephemeral-storage-exhausted", parsed.weak ? "medium" : "high", false);
    case "kms-denied":
      return ok("secret-access-denied", "high", true);
    case "access-denied":
      return accessDenied(parsed, confidence);
    case "not-found":
      return notFound(parsed, confidence);
    case "invalid":
      return invalid(parsed);
    case "tls":
      return IMAGE_STAGES.includes(parsed.stage) || REGISTRY_CALL.test(text) ? ok("registry-tls-error", "high", true) : ok("network-unreachable", "medium", false);
    case "port-in-use":
      return ok("port-conflict", "high", false);
    case "unsupported":
      return null;
    case "client-config":
      return host.ec2 ? ok("container-instance-unhealthy", "medium", false) : null;
    case "network":
    case "dns":
      if (parsed.stage === "logs" && (LOCAL_ENDPOINT.test(text) || NOT_A_REGION_ENDPOINT.test(text))) return ok("log-config-error", "medium", true);
      return ok("network-unreachable", parsed.weak ? "medium" : "high", false);
    default:
      return undecided(parsed);
  }
}
function efsCode(text) {
  const failure = readEfsFailure(text);
  const deterministic = failure !== null && !["network", "dns", "unknown"].includes(failure.kind);
  return ok("efs-mount-failed", failure?.kind === "unknown" ? "medium" : "high", deterministic);
}
function specialCases(parsed, host) {
  const text = parsed.text;
  if (/unable to assume (?:the )?(?:service[- ]linked )?role|service linked role|sts:AssumeRole/i.test(text)) return ok("role-invalid", "high", true);
  if (/InsufficientFreeAddressesInSubnet|not enough free addresses in subnet/i.test(text)) return ok("subnet-ip-exhausted", "high", false);
  if (/error while attempting to Create Network Interface\b.*\bsubnet/i.test(text) && ["unknown", "network"].includes(parsed.cause)) return ok("subnet-ip-exhausted", "medium", false);
  if (/unable to attach (?:the )?network interface|unused device index|AttachmentLimitExceeded|maximum number of (?:network interfaces|ENIs)/i.test(text)) {
    return ok("placement-failed", "medium", false);
  }
  if (/Timeout waiting for (?:network interface|EphemeralStorage) provisioning|network interface provision/i.test(text)) {
    return host.ec2 ? ok("container-instance-unhealthy", "medium", false) : ok("placement-failed", "low", false);
  }
  if (/^Host EC2 \(instance [^)]+\) (?:stopped|terminated)|container instance .*(?:deregistered|drain)/i.test(text)) {
    return ok("container-instance-unhealthy", "medium", false);
  }
  if (/Your Spot Task was interrupted|SpotInterruption/i.test(text)) return ok("spot-interruption", "high", false);
  if (/reached the limit on the number of [\w -]*tasks|EMPTY CAPACITY PROVIDER|No Container Instances were found in your capacity provider/i.test(text)) {
    return ok("placement-failed", "medium", false);
  }
  if (/error gathering device information while adding custom device|bind mount source path does not exist|invalid mount config for type "?bind/i.test(text)) {
    return ok("invalid-task-definition", "high", true);
  }
  if (/^HostConfigError\b.*volume mounts/i.test(text)) return ok("invalid-task-definition", "medium", true);
  if (/open \/proc\/sys\/[\w/.-]+: (?:no such file or directory|read-only file system|permission denied)|sysctl "[\w.]+" (?:is )?not allowed/i.test(text)) {
    return ok("invalid-task-definition", "high", true);
  }
  if (/open \/dev\/mapper\/docker-|lstat \/var\/lib\/docker\/overlay2?\/|failed to convert whiteout file/i.test(text)) {
    return ok("container-instance-unhealthy", "low", false);
  }
  const transition = /^(?:(?:DockerTimeoutError|ContainerRuntimeTimeoutError)\b.*?)?Could not transition to (\w+)/i.exec(text)?.[1];
  if (transition) return transitionTimeout(transition, parsed);
  if (/^(?:DockerTimeoutError|CannotInspectContainerError)\b/i.test(text)) return ok("container-instance-unhealthy", "medium", false);
  return void 0;
}
function transitionTimeout(state, parsed) {
  if (/^(?:pulled|pullBegin|MANIFEST_PULLED)$/i.test(state)) return ok("network-unreachable", "low", false);
  if (/^ContainerRuntimeTimeoutError/i.test(parsed.text)) return null;
  return ok("container-instance-unhealthy", "medium", false);
}
function onHost(text, host) {
  return host.ec2 || /devmapper|thin pool|\/var\/lib\/docker/i.test(text);
}
function serviceOf(action) {
  return action?.split(":")[0].toLowerCase();
}
function accessDenied(parsed, confidence) {
  const service = serviceOf(parsed.permission?.action);
  if (service === "ecr") return ok("image-pull-access-denied", confidence, true);
  if (service === "secretsmanager" || service === "ssm" || service === "kms") return ok("secret-access-denied", confidence, true);
  if (service === "logs") return ok("log-config-error", confidence, true);
  if (service === "s3") return parsed.stage === "env-files" ? ok("secret-access-denied", confidence, true) : ok("image-pull-access-denied", confidence, true);
  if (service === "sts") return ok("role-invalid", confidence, true);
  if (IMAGE_STAGES.includes(parsed.stage)) return ok("image-pull-access-denied", parsed.weak ? "low" : parsed.permission?.action ? confidence : "medium", true);
  if (SECRET_STAGES.includes(parsed.stage)) return ok("secret-access-denied", confidence, true);
  if (parsed.stage === "logs") return ok("log-config-error", confidence, true);
  return null;
}
function notFound(parsed, confidence) {
  const kind = parsed.notFound?.kind;
  if (kind === "ssm-parameter" || kind === "json-key" || kind === "secret") return ok("secret-not-found", confidence, true);
  if (kind === "log-group") return ok("log-config-error", confidence, true);
  if (SECRET_STAGES.includes(parsed.stage)) return ok("secret-not-found", confidence, true);
  if (parsed.stage === "logs") return ok("log-config-error", confidence, true);
  if (parsed.stage === "image-extract" && kind !== "image" && kind !== "repository") return null;
  if (kind === "image" || kind === "repository" || IMAGE_STAGES.includes(parsed.stage)) return ok("image-not-found", confidence, true);
  if (parsed.stage === "container-create" || parsed.stage === "container-start") return ok("invalid-task-definition", "medium", true);
  return null;
}
function invalid(parsed) {
  if (parsed.stage === "logs") return ok("log-config-error", "high", true);
  if (SECRET_STAGES.includes(parsed.stage)) return ok("secret-not-found", "medium", true);
  if (IMAGE_STAGES.includes(parsed.stage)) return ok("image-not-found", "medium", true);
  if (parsed.stage === "container-create" || parsed.stage === "container-start") return ok("invalid-task-definition", "medium", true);
  return null;
}
function undecided(parsed) {
  const transient = (parsed.retries ?? 0) >= 3;
  switch (parsed.stage) {
    case "secrets-manager":
    case "ssm":
    case "registry-credentials":
    case "env-files":
      return transient ? ok("network-unreachable", "low", false) : ok("secret-access-denied", "low", false);
    case "ecr-auth":
      return transient ? ok("network-unreachable", "low", false) : ok("image-pull-access-denied", "low", false);
    case "image-manifest":
    case "image-layer":
    case "image-pull":
      return transient ? ok("network-unreachable", "low", false) : ok("image-not-found", "low", false);
    case "logs":
      return ok("log-config-error", "low", false);
    // Secrets and registry auth share only the way out: a cut message that names neither is most often the network.
    // https://docs.aws.amazon.com/AmazonECS/latest/developerguide/resource-initialization-error.html
    case "execution-resources":
      return ok("network-unreachable", "low", false);
    case "container-create":
      return ok("invalid-task-definition", "low", false);
    default:
      return null;
  }
}
function startupReasonOf(task) {
  const host = { ec2: isEc2Task(task) };
  const candidates = [];
  if (task.stoppedReason) candidates.push({ text: task.stoppedReason });
  for (const container of task.containers ?? []) {
    if (container.reason) candidates.push({ text: container.reason, containerName: container.name });
  }
  for (const candidate of candidates) {
    const parsed = parseMessage(candidate.text);
    const startup = codeForMessage(parsed, host);
    if (startup) return { parsed, startup, ...candidate.containerName ? { containerName: candidate.containerName } : {} };
  }
  return null;
}
function signatureOf(code, parsed) {
  const decisive = parsed.causeText || parsed.clauses[parsed.clauses.length - 1] || parsed.text;
  return `${code}: ${normaliseReason(stripVolatile(`${parsed.stage} ${parsed.errorType ?? ""} ${decisive}`))}`;
}
function causeLine(parsed) {
  const line = parsed.causeText || parsed.text;
  return line.length > 400 ? `${line.slice(0, 400)}\u2026` : line;
}
function classifyStartupStop(input) {
  const reason = startupReasonOf(input.task);
  if (!reason) return null;
  const { parsed, startup } = reason;
  const containerName = reason.containerName ?? input.task.containers?.find((c) => c.reason)?.name;
  return {
    code: startup.code,
    confidence: startup.confidence,
    deterministic: startup.deterministic,
    signature: signatureOf(startup.code, parsed),
    cause: causeLine(parsed),
    ...containerName ? { containerName } : {},
    exitCode: null,
    parsed
  };
}

// src/diagnose/startup/events.ts
var SERVICE_PREFIX = /^\s*\(?service ([^)\s]+)\)?\s*/i;
var ok2 = (code, confidence, deterministic) => ({
  code,
  confidence,
  deterministic
});
var NOT_A_LAUNCH_FAILURE = /has reached a steady state|has started \d+ tasks?|has stopped \d+ (?:running )?tasks?|registered \d+ targets?|deregistered \d+ targets?|has begun draining|is unhealthy in|failed container health checks|deployment failed|rolling back to deployment|deployment completed|is unable to consistently start tasks|operations are being throttled/i;
var PLACEMENT_REASON = /reached the limit on the number of [\w -]*tasks|EMPTY CAPACITY PROVIDER|closest matching container-instance|\bRESOURCE:(?:CPU|MEMORY|PORTS|ENI|GPU|FARGATE)\b|No Container Instances were found|resources could not be found|placement constraint|\bMemberOf\b|^\s*(?:AGENT|ATTRIBUTE)\s*\.?\s*$/i;
var QUOTES_AN_ERROR = /\berror\b|Error\b|Exception\b|\bunable to\b|\bfailed to\b|\bcannot\b|\bcan't\b/;
function readStartupEvent(message, ec2) {
  const body = message.replace(SERVICE_PREFIX, "").replace(/[\u2018\u2019]/g, "'").replace(/\s*For more information, see the Troubleshooting section[^.]*\.?\s*$/i, "").trim();
  const noInstance = /(?:was )?unable to place a task because no container instance met all of its requirements\.?\s*(.*)$/is.exec(body);
  if (noInstance) return placementDetail(noInstance[1].trim() || "no container instance met all of its requirements");
  const reason = /(?:was )?unable to place a task\.?\s*Reason:\s*(.*)$/is.exec(body);
  if (reason) return placementReason(reason[1].trim(), ec2);
  const launch = /failed to launch a task with \(error (.*)\)\.?\s*$/is.exec(body);
  if (launch) return launchError(launch[1].trim(), ec2);
  if (/unable to stop or start tasks during a deployment because of the service deployment configuration/i.test(body)) {
    return { startup: ok2("deployment-configuration-blocked", "high", true), detail: body };
  }
  if (/unable to scale in\. Reason: The number of protected tasks/i.test(body)) {
    return { startup: ok2("deployment-configuration-blocked", "medium", false), detail: body };
  }
  if (/unable to place (?:a )?task/i.test(body) || PLACEMENT_REASON.test(body)) return placementDetail(body);
  if (!NOT_A_LAUNCH_FAILURE.test(body) && QUOTES_AN_ERROR.test(body)) return launchError(body.replace(/^\(?error\s+/i, ""), ec2, true);
  return null;
}
function placementDetail(detail) {
  if (/already using a port required by your task|RESOURCE:PORTS/i.test(detail)) return { startup: ok2("port-conflict", "high", false), detail };
  if (/encountered error "?AGENT"?|^\s*AGENT\s*\.?\s*$/i.test(detail)) return { startup: ok2("container-instance-unhealthy", "high", false), detail };
  if (/No Container Instances were found|insufficient (?:memory|CPU|GPU)|missing an attribute|required attribute|ENI|network interface|RESOURCE:(?:CPU|MEMORY|GPU|ENI|FARGATE)/i.test(detail)) {
    return { startup: ok2("placement-failed", "high", false), detail };
  }
  return { startup: ok2("placement-failed", "medium", false), detail };
}
function placementReason(detail, ec2) {
  if (/Capacity is unavailable|insufficient capacity|RESOURCE:FARGATE/i.test(detail)) return { startup: ok2("placement-failed", "high", false), detail };
  if (/limit on the number of|above your limit|quota/i.test(detail)) return { startup: ok2("placement-failed", "high", true), detail };
  if (/^Internal error/i.test(detail)) return { startup: ok2("placement-failed", "medium", false), detail };
  if (/RESOURCE:PORTS/i.test(detail)) return { startup: ok2("port-conflict", "high", false), detail };
  if (/No Container Instances were found|RESOURCE:(?:MEMORY|CPU|ENI|GPU)/i.test(detail)) return placementDetail(detail);
  return quotedError(detail, ec2) ?? { startup: ok2("placement-failed", "low", false), detail };
}
function launchError(detail, ec2, bare = false) {
  const quoted = quotedError(detail, ec2);
  if (quoted && (!bare || quoted.startup.confidence !== "low")) return quoted;
  if (bare) return null;
  if (/task definition|invalid|not valid|unsupported|requires|is not supported|must /i.test(detail)) {
    return { startup: ok2("invalid-task-definition", "medium", true), detail };
  }
  return { startup: ok2("placement-failed", "low", false), detail };
}
function quotedError(detail, ec2) {
  const parsed = parseMessage(detail);
  const startup = codeForMessage(parsed, { ec2 });
  return startup ? { startup, detail, parsed } : null;
}
function deploymentEvents(ctx) {
  const since = ctx.deployment?.createdAt ?? ctx.evidence.watch?.startedAt;
  const events = ctx.service.events ?? [];
  if (!since) return events;
  const from = Date.parse(since);
  return events.filter((e) => !e.createdAt || !Number.isFinite(from) || Date.parse(e.createdAt) >= from);
}
function isEc2Service(ctx) {
  const compat = ctx.taskDefinition?.requiresCompatibilities ?? [];
  return ctx.service.launchType === "EC2" || compat.includes("EC2") && !compat.includes("FARGATE") && !ctx.service.capacityProviderStrategy?.length;
}
function classifyStartupEvents(ctx) {
  const ec2 = isEc2Service(ctx);
  return deploymentEvents(ctx).flatMap((event) => {
    const message = event.message ?? "";
    const read = readStartupEvent(message, ec2);
    if (!read) return [];
    return [
      {
        code: read.startup.code,
        confidence: read.startup.confidence,
        deterministic: read.startup.deterministic,
        signature: `event: ${read.startup.code}: ${normaliseReason(stripVolatile(read.parsed?.causeText || read.detail))}`,
        cause: read.parsed?.causeText || read.detail,
        exitCode: null,
        message,
        detail: read.detail,
        ...read.parsed ? { parsed: read.parsed } : {},
        ...event.createdAt ? { createdAt: event.createdAt } : {}
      }
    ];
  });
}

// src/diagnose/deployment/outcome.ts
var FAILED = /\bdeployment failed:?\s*(.*?)\.?\s*$/i;
var ROLLING_BACK = /\brolling back to deployment\b/i;
function reasonOf(text) {
  if (/\balarms?\b/i.test(text)) return "alarm";
  if (/tasks? failed to start/i.test(text)) return "tasks-failed-to-start";
  return "other";
}
function readDeploymentOutcome(ctx) {
  const events = deploymentEvents(ctx);
  const rolledBack = events.some((e) => ROLLING_BACK.test(e.message ?? ""));
  for (const event of events) {
    const failed = FAILED.exec(event.message ?? "");
    if (failed) {
      return { failed: true, reason: reasonOf(failed[1]), event: { message: event.message ?? "", ...event.createdAt ? { createdAt: event.createdAt } : {} }, rolledBack };
    }
  }
  const deployment = ctx.deployment;
  if (deployment?.rolloutState === "FAILED") return { failed: true, reason: reasonOf(deployment.rolloutStateReason ?? ""), rolledBack };
  if (rolledBack) return { failed: true, reason: "other", rolledBack };
  return { rolledBack };
}
function serviceIsHealthy(ctx) {
  const deployment = ctx.deployment;
  if (!deployment || readDeploymentOutcome(ctx).failed) return false;
  const running = deployment.runningCount ?? 0;
  const desired = deployment.desiredCount ?? ctx.service.desiredCount ?? 0;
  if (running < desired) return false;
  if (deployment.rolloutState === "COMPLETED") return true;
  const only = (ctx.service.deployments ?? []).length === 1;
  return deployment.rolloutState === void 0 && deployment.status === "PRIMARY" && only && desired > 0;
}

// src/diagnose/deployment/index.ts
function alarmEvents(ctx) {
  const outcome = readDeploymentOutcome(ctx);
  if (outcome.reason !== "alarm") return [];
  const message = outcome.event?.message ?? ctx.deployment?.rolloutStateReason ?? "deployment failed: alarm detected";
  return [
    {
      code: "deployment-alarm-triggered",
      confidence: "medium",
      deterministic: false,
      signature: "event: deployment failed: alarm detected",
      cause: "deployment failed: alarm detected",
      message,
      ...outcome.event?.createdAt ? { createdAt: outcome.event.createdAt } : {}
    }
  ];
}
var deploymentRules = {
  name: "deployment",
  classifyStop: () => null,
  classifyEvents: alarmEvents,
  explainers: { "deployment-alarm-triggered": explainAlarmTriggered },
  checks: []
};

// src/diagnose/runtime/checks/container-health.ts
function containerHealthChecks(ctx) {
  const checks = (ctx.taskDefinition?.containerDefinitions ?? []).filter((c) => c.healthCheck?.command?.length).map((c) => {
    const [form, ...rest] = c.healthCheck.command;
    const wholeLineAsProgram = form === "CMD" && rest.length === 1 && /\s/.test(rest[0]);
    const known = form === "CMD" || form === "CMD-SHELL" || form === "NONE";
    const ok3 = known && !wholeLineAsProgram;
    return {
      id: `container-health-check-command:${c.name}`,
      title: `The health check command of ${c.name} is well-formed`,
      status: ok3 ? "passed" : "failed",
      detail: !known ? `It starts with "${form}"; it must start with CMD, CMD-SHELL or NONE.` : wholeLineAsProgram ? "It uses CMD with the whole command line as one element, which runs as a program name; use CMD-SHELL." : `${form} form, interval ${c.healthCheck?.interval ?? 30} s, retries ${c.healthCheck?.retries ?? 3}, startPeriod ${c.healthCheck?.startPeriod ?? 0} s`
    };
  });
  return { checks };
}

// src/diagnose/startup/facts.ts
function groupMessages(_ctx, group) {
  return group.classifications.flatMap((c) => c.parsed ? [c.parsed] : []);
}
function eventDetails(_ctx, group) {
  return [...new Set(group.events.flatMap((event) => event.detail ? [event.detail] : []))];
}
function occurrences(group) {
  if (group.tasks.length > 0) return plural(group.tasks.length, "stopped task");
  if (group.events.length > 0) return plural(group.events.length, "service event");
  return "No stopped task or event names it, but the evidence shows";
}
function checkGroup(code, cause) {
  return {
    code,
    classifications: [{ code, confidence: "medium", deterministic: false, signature: `check: ${code}`, cause }],
    tasks: [],
    events: []
  };
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function listOf(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
function unique(items) {
  return [...new Set(items.filter((i) => i !== void 0 && i !== null))];
}
function executionRole(ctx) {
  const arn = ctx.taskDefinition?.executionRoleArn;
  const evidence = ctx.evidence.iam?.roles?.find((r) => r.kind === "execution");
  const name = evidence?.roleName ?? (arn ? lastSegment(arn) : void 0);
  return { ...arn ?? evidence?.arn ? { arn: arn ?? evidence?.arn } : {}, ...name ? { name } : {} };
}
function deniedRole(ctx, messages) {
  const named = messages.find((m) => m.permission?.roleName)?.permission;
  if (named?.roleName) {
    const execution = executionRole(ctx);
    if (execution.name === named.roleName) return execution;
    const account = /^arn:(aws[\w-]*):(?:sts|iam)::(\d{12}):/.exec(named.principal ?? "");
    return { name: named.roleName, ...account ? { arn: `arn:${account[1]}:iam::${account[2]}:role/${named.roleName}` } : {} };
  }
  return executionRole(ctx);
}
function containers(ctx) {
  return ctx.taskDefinition?.containerDefinitions ?? [];
}
function isFailingRun(ctx) {
  const verdict = ctx.evidence.watch?.verdict;
  return verdict === void 0 || FAILING_VERDICTS.includes(verdict);
}
function imagesOf(ctx) {
  if (ctx.evidence.images?.length) return ctx.evidence.images;
  return containers(ctx).flatMap((c) => c.name && c.image ? [imageFromReference(c.name, c.image)] : []);
}
function imageFromReference(containerName, image) {
  return { containerName, ...parseImageReference(image), status: "not-checked" };
}
function secretsOf(ctx) {
  if (ctx.evidence.secrets?.length) return ctx.evidence.secrets;
  return containers(ctx).flatMap((c) => {
    const uses = [...c.secrets ?? [], ...c.logConfiguration?.secretOptions ?? []];
    const credentials = c.repositoryCredentials?.credentialsParameter;
    const all = [...uses.map((u) => ({ name: u.name ?? "", valueFrom: u.valueFrom ?? "" })), ...credentials ? [{ name: "repositoryCredentials", valueFrom: credentials }] : []];
    return all.filter((u) => u.valueFrom).map((u) => ({
      containerName: c.name ?? "",
      name: u.name,
      valueFrom: u.valueFrom,
      store: parseArn(u.valueFrom)?.service === "secretsmanager" || u.name === "repositoryCredentials" ? "secretsmanager" : "ssm",
      status: "not-checked"
    }));
  });
}
var REGION_NAME = /^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/;
function logConfigsOf(ctx) {
  return containers(ctx).flatMap((c) => {
    const config = c.logConfiguration;
    if (config?.logDriver !== "awslogs") return [];
    const options = config.options ?? {};
    const group = options["awslogs-group"] ?? "";
    const named = options["awslogs-region"];
    const invalid2 = named && !REGION_NAME.test(named) ? named : void 0;
    const region = !invalid2 && named || ctx.region;
    const evidence = ctx.evidence.logGroups?.find((g) => g.containerName === c.name || g.logGroupName === group);
    return [
      {
        containerName: c.name ?? "",
        group,
        region,
        createGroup: options["awslogs-create-group"] === "true",
        regionMissing: !options["awslogs-region"],
        ...invalid2 ? { regionInvalid: invalid2 } : {},
        ...evidence ? { exists: evidence.exists } : {}
      }
    ];
  });
}
function simulationsFor(ctx, action, resource) {
  const wanted = action.toLowerCase();
  return (ctx.evidence.iam?.simulations ?? []).filter(
    (s) => s.role !== "task" && s.action.toLowerCase() === wanted && (!resource || resourceMatches(s.resource, resource))
  );
}
function resourceMatches(simulated, named) {
  if (simulated === named || simulated === "*") return true;
  if (named === "*") return false;
  return simulated.startsWith(named) || named.startsWith(simulated);
}
function unavailable(ctx, ...apis) {
  return (ctx.evidence.unavailable ?? []).find((u) => apis.includes(u.api));
}
function couldNotCheck(ctx, what, ...apis) {
  const missing = unavailable(ctx, ...apis);
  if (missing) return `Could not ${what}: ${missing.api} failed (${missing.errorCode ?? missing.error}).`;
  return void 0;
}
function describeDecision(simulation) {
  switch (simulation.decision) {
    case "allowed":
      return "allowed by the role's identity policies";
    case "explicitDeny":
      return `explicitly denied${simulation.matchedStatements?.length ? ` by ${listOf(simulation.matchedStatements)}` : ""} (an explicit deny always wins)`;
    default:
      return "not granted by the role's identity policies (implicitDeny; resource policies were not checked)";
  }
}

// src/diagnose/runtime/log-signals.ts
var ENV_NAME = "[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*";
var NOT_ENV_NAMES = /* @__PURE__ */ new Set([
  "ERROR",
  "FATAL",
  "WARN",
  "WARNING",
  "INFO",
  "DEBUG",
  "TRACE",
  "NOTICE",
  "CRITICAL",
  "SEVERE",
  "PANIC",
  "NOT",
  "SET",
  "THE",
  "ENV",
  "KEY",
  "VAR",
  "HTTP",
  "HTTPS",
  "URL",
  "API",
  "JSON",
  "YAML",
  "SQL",
  "TLS",
  "SSL",
  "TCP",
  "UDP",
  "DNS",
  "MISSING",
  "REQUIRED",
  "UNDEFINED",
  "NULL",
  "NONE",
  "TRUE",
  "FALSE",
  "AND",
  "FOR",
  "ARE",
  "MUST",
  "IS",
  "NO",
  "IN",
  "OK",
  "ID",
  "UTC",
  "GMT"
]);
function envName(candidate) {
  if (!candidate) return void 0;
  const name = candidate.replace(/^["'`$({]+|["'`)}]+$/g, "");
  if (!new RegExp(`^${ENV_NAME}$`).test(name) || NOT_ENV_NAMES.has(name) || name.length < 2) return void 0;
  return name;
}
function firstMatch(text, patterns) {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match;
  }
  return null;
}
function around(lines, index, after = 4) {
  return lines.slice(index, index + after + 1).join("\n");
}
var execFormat = (lines, i) => /\bexec format error\b/i.test(lines[i]) ? {} : null;
var OOM_SHAPES = [
  [/JavaScript heap out of memory/, "node"],
  [/java\.lang\.OutOfMemoryError/, "java"],
  [/^\s*(?:[\w.]+\.)?MemoryError\b(?::|\s*$)/, "python"],
  [/fatal error: runtime: out of memory/, "go"],
  [/\bNoMemoryError\b|failed to allocate memory/, "ruby"],
  [/System\.OutOfMemoryException/, "dotnet"],
  [/Allowed memory size of \d+ bytes exhausted/, "php"],
  [/Out of memory: Kill(?:ed)? process|\boom-kill\b|\bOOMKilled\b|Perhaps out of memory\?|: line \d+:\s+\d+ Killed\s/i, "kernel"]
];
var outOfMemory = (lines, i) => {
  const shape = OOM_SHAPES.find(([pattern]) => pattern.test(lines[i]));
  return shape ? { runtime: shape[1] } : null;
};
var noSpace = (lines, i) => /no space left on device|\bENOSPC\b|\[Errno 28\]|Disk quota exceeded/i.test(lines[i]) ? {} : null;
var crlfScript = (lines, i) => {
  const line = lines[i];
  const env = /\/env: ['"\u2018]([^'"\u2019]+?)(?:\\r|\r)['"\u2019]: No such file/i.exec(line);
  if (env) return { command: env[1], crlf: true };
  if (/\$'\\r': command not found|Illegal option -\s*(?:\\r|\r)?\s*$|\^M: bad interpreter|(?:\\r|\r)'?: (?:not found|invalid option|No such file)|bad interpreter: No such file/.test(line)) return { crlf: true };
  return null;
};
var execUserProcess = (lines, i) => /exec user process caused:?\s*"?no such file or directory/i.test(lines[i]) ? { interpreter: true } : null;
var commandNotFound = (lines, i) => {
  const line = lines[i];
  const match = firstMatch(line, [
    /exec: "([^"]+)": executable file not found in \$PATH/,
    /(?:^|[\s/])(?:sh|bash|ash|dash|zsh)(?::\s*\d+)?:\s*(?:line \d+:\s*)?([^\s:]+):\s*(?:command )?not found/,
    /^([\w.-]+): (?:command )?not found\s*$/,
    /exec (\S+): no such file or directory/,
    /can't open file '([^']+)': \[Errno 2\]/
  ]);
  return match ? { command: match[1] } : null;
};
var execPermissionDenied = (lines, i) => {
  if (/exec user process caused:?\s*"?permission denied/i.test(lines[i])) return {};
  const match = firstMatch(lines[i], [
    /exec (\S+): permission denied/,
    /exec: "([^"]+)": permission denied/,
    // Init processes that exec the command themselves (tini, dumb-init): "[FATAL tini (7)] exec ./run.sh failed: Permission denied".
    /\b(?:tini|dumb-init)\b.*?exec (\S+) failed: Permission denied/i,
    /(?:^|[\s/])(?:sh|bash|ash|dash):\s*(?:\d+:\s*)?(?:line \d+:\s*)?([^\s:]+):\s*Permission denied/
  ]);
  return match ? { command: match[1] } : null;
};
var segfault = (lines, i) => {
  if (!/Segmentation fault|\bSIGSEGV\b|segfault at/i.test(lines[i])) return null;
  const nearby = lines.slice(Math.max(0, i - 3), i + 1).join("\n");
  return /nil pointer dereference|invalid memory address/.test(nearby) ? null : {};
};
var MISSING_ENV_SHAPES = [
  // "environment variable DATABASE_URL is not set", "env var 'X' is required", "config key X missing"
  new RegExp(
    `\\b(?:env(?:ironment)?(?:[ _-]var(?:iable)?)?|config(?:uration)?[ _-](?:key|var(?:iable)?|value|setting|option))\\s*[:=]?\\s*["'\`$({]*(${ENV_NAME})["'\`)}]*\\s+(?:is\\s+|was\\s+|has\\s+)?(?:not\\s+(?:been\\s+)?(?:set|defined|provided|found|configured|specified|present)|missing|required|undefined|empty|blank|must\\s+be\\s+(?:set|defined|provided|specified))`,
    "i"
  ),
  // "Missing required environment variable: X", "Environment variable not found: X", "required key X missing value"
  new RegExp(
    `\\b(?:missing|undefined|unset)\\s+(?:required\\s+|mandatory\\s+)?(?:env(?:ironment)?\\s+)?(?:var(?:iable)?s?|config(?:uration)?\\s+(?:key|value|setting)s?|setting|key)\\s*[:=]?\\s*["'\`]?(${ENV_NAME})`,
    "i"
  ),
  new RegExp(`\\benv(?:ironment)?\\s+var(?:iable)?s?\\s+(?:not\\s+(?:found|set|defined)|missing)\\s*[:=]?\\s*["'\`]?(${ENV_NAME})`, "i"),
  new RegExp(`\\brequired key (${ENV_NAME}) missing value`),
  new RegExp(`\\bSet the (${ENV_NAME}) environment variable`),
  // "DATABASE_URL is required", "DATABASE_URL must be set", "SECRET_KEY setting must not be empty"
  new RegExp(
    `(?:^|[\\s:'"\`(\\[{])["'\`]?(${ENV_NAME})["'\`]?\\s+(?:(?:env(?:ironment)?\\s+)?(?:var(?:iable)?|setting|config)\\s+)?(?:is\\s+|was\\s+)?(?:not\\s+(?:set|defined|provided|configured)|missing|required|undefined|empty|blank|must\\s+(?:not\\s+be\\s+empty|be\\s+(?:set|defined|provided|specified))|cannot\\s+be\\s+(?:empty|blank|null))\\b`
  ),
  // Python os.environ['X'] / Ruby ENV.fetch('X')
  new RegExp(`\\bKeyError:\\s*(?:key not found:\\s*)?["'](${ENV_NAME})["']`),
  // zod / t3-env: { DATABASE_URL: [ 'Required' ] }
  new RegExp(`\\b(${ENV_NAME})["']?\\s*:\\s*\\[\\s*["']Required["']`)
];
var missingEnv = (lines, i) => {
  const line = lines[i];
  for (const pattern of MISSING_ENV_SHAPES) {
    const name = envName(pattern.exec(line)?.[1]);
    if (name) return { envVar: name };
  }
  const placeholder = /Could not resolve placeholder '([^':]+)/.exec(line);
  if (placeholder) return { envVar: envName(placeholder[1]), configKey: placeholder[1] };
  if (/Missing [`'"]?secret_key_base/.test(line)) return { envVar: "SECRET_KEY_BASE", configKey: "secret_key_base" };
  if (/\bMissing (?:required )?environment variables?:?\s*$/i.test(line)) {
    const next = /^\s+(?:[^\w\s]\s*)?([A-Z][A-Z0-9_]+)\s*:/.exec(lines[i + 1] ?? "");
    return { envVar: envName(next?.[1]) };
  }
  if (/^\s*Field required \[type=missing/.test(line)) {
    const field = /^([a-z][a-z0-9_]*)\s*$/.exec(lines[i - 1] ?? "");
    return { envVar: field ? field[1].toUpperCase() : void 0, configKey: field?.[1] };
  }
  const connectionString = /(connection ?string)[^.]*?(?:has not been initiali[sz]ed|is (?:null|empty|missing|not (?:set|configured))|cannot be null|was not found)|Parameter '(connectionString)'/i.exec(line);
  if (connectionString && /null|initiali|empty|missing|not (?:set|configured)|not found/i.test(line)) {
    return { configKey: connectionString[1] ?? connectionString[2] };
  }
  if (/ERR_INVALID_URL|Invalid URL/.test(line) && /input: '?undefined'?|Invalid URL:? ['"]?undefined/.test(around(lines, i, 6))) {
    return { configKey: "a URL setting (undefined)" };
  }
  const unsetSetting = /\bno ([\w.-]+) (?:setting|option|parameter|value)s? (?:was |were |is |has been )?(?:provided|specified|configured|given|set)\b/i.exec(line);
  if (unsetSetting) return { configKey: unsetSetting[1] };
  const generic = /\b(?:missing|no)\s+(?:required\s+)?config(?:uration)?\b(?:\s*(?:value|key|option|setting)?\s*[:=]?\s*["'`]?([\w.-]+))?/i.exec(line);
  if (generic && /\b(?:missing|required)\b/i.test(line)) return { configKey: generic[1], envVar: envName(generic[1]) };
  return null;
};
var CONFIG_FILE = /((?:\.{0,2}\/)?(?:[\w@.-]+\/)*[\w@.-]*\.(?:ya?ml|json|toml|ini|conf|cfg|properties|env|xml|pem|crt|key|hcl))\b/i;
var missingConfigFile = (lines, i) => {
  const line = lines[i];
  if (!/ENOENT|No such file or directory|FileNotFound|NoSuchFile|does not exist|not found/i.test(line)) return null;
  if (/^exec |exec: /.test(line.trim())) return null;
  const path = CONFIG_FILE.exec(line)?.[1];
  return path ? { path } : null;
};
var CONNECTION_SHAPES = [
  [/\bECONNREFUSED\b|Connection refused|connection refused|actively refused|Connection to \S+ refused|Errno 111\b/, "refused"],
  [/\bENOTFOUND\b|\bEAI_AGAIN\b|UnknownHostException|[Nn]o such host|Name or service not known|nodename nor servname|Temporary failure in name resolution|could not translate host name|getaddrinfo failed|Name does not resolve/, "dns"],
  [/\bETIMEDOUT\b|\bEHOSTUNREACH\b|\bENETUNREACH\b|i\/o timeout|connect timed out|Connection timed out|timed out connecting|Connect Timeout|No route to host|Network is unreachable|Server selection timed out|MongoServerSelectionError/i, "timeout"],
  [/\bECONNRESET\b|Connection reset by peer/i, "reset"],
  [/Communications link failure|could not connect to (?:server|database|redis|mongo)|Can't connect to (?:local )?MySQL server|Failed to connect to|Unable to connect to|Error connecting to|CannotConnectError|Cannot connect to/i, "other"]
];
var NOT_HOSTS = /* @__PURE__ */ new Set(["port", "host", "address", "line", "errno", "code", "at", "pid", "error", "exit", "status", "http", "https", "tcp", "udp", "file", "in", "time"]);
var STACK_FRAME = /^\s+at\s|^\s+File "|^\s*from\s|^\s+\S+\.(?:go|java|kt|py|rb|js|ts|cs):\d+/;
var SOURCE_FILE = /\.(?:java|kt|scala|groovy|js|mjs|cjs|ts|py|rb|go|cs)$/i;
var TIMESTAMP_PART = /^\d{4}-\d\d-\d\dT\d\d$/;
function extractHost(raw) {
  const text = raw.split("\n").filter((line) => !STACK_FRAME.test(line)).join("\n");
  const quoted = firstMatch(text, [
    /(?:ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ECONNRESET)\s+([0-9a-f:.]+|[\w.-]+):(\d{1,5})\b/i,
    /(?:connection to server at|server on host|on host|host) "([^"]+)"(?: \([^)]*\))?,?[\s\S]*?port (\d+)/i,
    /for "([^"]+)" port (\d+)/,
    /\bon '([^']+)'(?: \(|:(\d+))/,
    /\baddress: '([^']+)',\s*\n?\s*port: (\d+)/
  ]);
  if (quoted) return { host: quoted[1], port: quoted[2] ? Number(quoted[2]) : void 0 };
  const hostPort = /(?:^|[\s(['"@/=,])((?:[a-z0-9_-]+\.)*[a-z0-9_-]*[a-z][a-z0-9_-]*|\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:]+\])\s*:\s*(\d{2,5})\b/gi;
  for (const match of text.matchAll(hostPort)) {
    const host = match[1];
    if (NOT_HOSTS.has(host.toLowerCase()) || SOURCE_FILE.test(host) || TIMESTAMP_PART.test(host)) continue;
    return { host: host.replace(/^\[|\]$/g, ""), port: Number(match[2]) };
  }
  const hostOnly = firstMatch(text, [
    /(?:ENOTFOUND|EAI_AGAIN|lookup|UnknownHostException:?|could not translate host name)\s+"?([\w.-]+)"?/,
    /\bhost "([\w.-]+)"/i
  ]);
  const port = /\bport[\s:=]+(\d{2,5})\b/i.exec(text)?.[1];
  return { host: hostOnly?.[1], port: port ? Number(port) : void 0 };
}
var connectionFailed = (lines, i) => {
  const shape = CONNECTION_SHAPES.find(([pattern]) => pattern.test(lines[i]));
  if (!shape) return null;
  const onLine = extractHost(lines[i]);
  const nearby = onLine.host ? onLine : extractHost(around(lines, i));
  const host = nearby.host;
  const hostName = host && IPV4.test(host) ? announcedHost(lines, i) : void 0;
  return { failure: shape[1], host, port: onLine.port ?? nearby.port, ...hostName ? { hostName } : {} };
};
var IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
var HOST_FIELD = /["']?(?:host|hostname|server|endpoint)["']?\s*[:=]\s*["']?([a-z][\w-]*(?:\.[\w-]+)+)/i;
function announcedHost(lines, index) {
  for (let i = index - 1; i >= Math.max(0, index - 5); i--) {
    const name = HOST_FIELD.exec(lines[i])?.[1];
    if (name && !IPV4.test(name)) return name;
  }
  return void 0;
}
function portIn(text) {
  const match = firstMatch(text, [
    /\bport (\d{2,5})\b/i,
    /\(['"][^'"]*['"],\s*(\d{2,5})\)/,
    /:(\d{2,5})\b(?!.*:\d{2,5}\b)/
  ]);
  return match ? Number(match[1]) : void 0;
}
var addressInUse = (lines, i) => {
  const line = lines[i];
  if (!/EADDRINUSE|address already in use|Port \d+ (?:was|is) already in use|Connection in use:/i.test(line)) return null;
  return { port: portIn(line) };
};
var bindPermissionDenied = (lines, i) => {
  const line = lines[i];
  const bindShaped = /listen EACCES|bind: permission denied|Permission denied - bind|bind\(\) to \S+ failed \(13|SocketException: Permission denied|Errno::EACCES.*bind/i.test(line) || /\[Errno 13\] Permission denied\s*$|Permission denied \(13\)/.test(line) && /\b(?:bind|listen|socket)\b/i.test(lines.slice(Math.max(0, i - 4), i + 1).join("\n"));
  return bindShaped ? { port: portIn(line) } : null;
};
var PATH_NOT_WRITABLE = [
  /\b(?:mkdir|touch|cp|chown|chmod|ln):? (?:cannot|can't) (?:create|make|touch|change|open)[^'"]*['"‘]([^'"’]+)['"’]: (?:Permission denied|Read-only file system|Operation not permitted)/i,
  /\bEACCES: permission denied, (?:open|mkdir|scandir|rename|unlink|copyfile|access) '([^']+)'/i,
  /\[Errno 13\] Permission denied: '([^']+)'/,
  /(?:^|[\s=])['"]?(\/[\w./-]+)['"]? is not writable\b/i
];
var pathNotWritable = (lines, i) => {
  for (const pattern of PATH_NOT_WRITABLE) {
    const path = pattern.exec(lines[i])?.[1];
    if (path && !/^\/proc\/|^\/sys\//.test(path)) return { path };
  }
  return null;
};
var usagePrinted = (lines, i) => {
  const match = /^\s*usage:\s+([\w./-]+)\s+.*(?:\[OPTIONS\]|\[options\]|\[flags\]|\bCOMMAND\b|<command>|\[-\w)/i.exec(lines[i]);
  return match ? { command: match[1] } : null;
};
var moduleNotFound = (lines, i) => {
  const match = firstMatch(lines[i], [
    /Cannot find (?:module|package) ['"]([^'"]+)['"]/,
    /No module named ['"]?([\w.]+)['"]?/,
    /ImportError: cannot import name ['"]?(\w+)/,
    /(?:ClassNotFoundException|NoClassDefFoundError):?\s+([\w.$/]+)/,
    /Could not find or load main class ([\w.$]+)/,
    /cannot load such file -- ([\w/.-]+)/,
    /Could not find gem '([^']+)'/,
    /Could not load file or assembly '([^',]+)/
  ]);
  return match ? { module: match[1] } : null;
};
var serviceConnect = (lines, i) => {
  const line = lines[i];
  if (/\[AppNet Agent\].*(?:fail|error|unhealthy|timed out|Exited with code|Process Signalled: true)|Envoy readiness check failed|Polling envoy readiness failed|Envoy is not healthy/i.test(line)) return {};
  if (/config stream to unix:\/\/\S*envoy_xds\.sock closed|Unable to fetch ECS (?:envoy )?container metadata|Failed generating ECS platform info/i.test(line)) return {};
  if (/(?:^|\]\s*)[cl]ds: add \d+ (?:cluster|listener)/i.test(line)) return { hint: true };
  return null;
};
var logRouterFailure = (lines, i) => {
  const line = lines[i];
  if (!/\b(?:error|fatal)\b/i.test(line)) return null;
  const fluentBit = /FluentBit Init Process|fluent-?bit/i.test(line) || lines.some((l) => /^Fluent Bit v\d|AWS for Fluent Bit Container Image/i.test(l));
  return fluentBit ? {} : null;
};
var awsAccessDenied = (lines, i) => {
  const line = lines[i];
  const denial = /(?:User|Principal):\s*(\S+)\s+is not authorized to perform:?\s*([\w-]+:[\w*]+)(?:\s+on resource:?\s*(\S+))?/i.exec(line);
  if (denial) return { principal: denial[1], action: denial[2], ...denial[3] ? { resource: denial[3].replace(/[.,;)"']+$/, "") } : {} };
  const envelope = /\((AccessDenied(?:Exception)?)\) when calling the (\w+) operation/.exec(line);
  return envelope ? { action: envelope[2] } : null;
};
var healthCheckRejected = (lines, i) => {
  const line = lines[i];
  if (!/ELB-HealthChecker\/\d/i.test(line)) return null;
  const status = /(?:HTTP\/[\d.]+"?\s+|"status"\s*:\s*"?)([3-5]\d\d)\b/i.exec(line)?.[1];
  return status ? { path: /\b(?:GET|HEAD) (\S+)/.exec(line)?.[1], status: Number(status) } : null;
};
var DETECTORS = [
  ["exec-format-error", execFormat],
  ["out-of-memory", outOfMemory],
  ["no-space-left", noSpace],
  ["command-not-found", crlfScript],
  ["command-not-found", execUserProcess],
  ["exec-permission-denied", execPermissionDenied],
  ["service-connect", serviceConnect],
  ["log-router-failure", logRouterFailure],
  ["aws-access-denied", awsAccessDenied],
  ["health-check-rejected", healthCheckRejected],
  ["bind-permission-denied", bindPermissionDenied],
  ["path-not-writable", pathNotWritable],
  ["address-in-use", addressInUse],
  ["missing-env", missingEnv],
  ["connection-failed", connectionFailed],
  ["missing-config-file", missingConfigFile],
  ["command-not-found", commandNotFound],
  ["module-not-found", moduleNotFound],
  ["usage-printed", usagePrinted],
  ["segfault", segfault]
];
function isLocalHost(host) {
  return !!host && /^(?:localhost|127(?:\.\d{1,3}){3}|::1|0\.0\.0\.0|ip6-localhost)$/i.test(host);
}

// src/diagnose/runtime/log-lines.ts
var LEVEL_WORDS = {
  error: "error",
  err: "error",
  fatal: "error",
  critical: "error",
  crit: "error",
  severe: "error",
  panic: "error",
  emerg: "error",
  alert: "error",
  warn: "warn",
  warning: "warn",
  info: "info",
  notice: "info",
  debug: "debug",
  trace: "debug",
  verbose: "debug"
};
var RAILS_LEVELS = { D: "debug", I: "info", W: "warn", E: "error", F: "error" };
function levelOf(line) {
  const structured = /(?:\blevel[=:]\s*"?|"level"\s*:\s*")([a-z]+)/i.exec(line);
  if (structured) return LEVEL_WORDS[structured[1].toLowerCase()];
  const bracketed = /\[(ERROR|ERR|WARN(?:ING)?|INFO|DEBUG|TRACE|FATAL|CRITICAL|SEVERE|NOTICE|PANIC)\]/i.exec(line);
  if (bracketed) return LEVEL_WORDS[bracketed[1].toLowerCase()];
  const rails = /^([DIWEF]), \[\d{4}-/.exec(line);
  if (rails) return RAILS_LEVELS[rails[1]];
  const bare = /(?:^|[\s|:])(ERROR|WARN(?:ING)?|INFO|DEBUG|TRACE|FATAL|CRITICAL|SEVERE|NOTICE|PANIC)(?=[\s:|]|$)/.exec(line);
  return bare ? LEVEL_WORDS[bare[1].toLowerCase()] : void 0;
}
var EXCEPTION_HEADER = /^\s*(?:Uncaught\s+|Unhandled exception\.\s*|Exception in thread "[^"]*"\s+)?(?:[\w$]+(?:\.|::))*[A-Z][\w$]*(?:Error|Exception|Failure|Fault|Bad|Invalid|NotFound)\b(?:\s*\[[A-Z_]+\])?(?::|\s*$|\s+\()/;
var ERROR_OPENERS = [
  /^Traceback \(most recent call last\):/,
  /^\s*panic: /,
  /^fatal error: /,
  /FATAL ERROR:/,
  /^Exception in thread /,
  /^Unhandled exception\./,
  /^terminate called after/,
  /:\d+:in [`'][^']*': .* \([A-Z][\w:]+\)\s*$/,
  /\baborted!\s*$/,
  /^Error: /,
  /\bFatal error: /,
  /^\s*Caused by: /
];
function isErrorLine(line) {
  if (EXCEPTION_HEADER.test(line) || ERROR_OPENERS.some((p) => p.test(line))) return true;
  return levelOf(line) === "error";
}
function isExceptionHeader(line) {
  return EXCEPTION_HEADER.test(line) && !/^\s+(?:at|File)\s/.test(line);
}
var CONTINUATION = [
  /^\s+at\s/,
  /^\t/,
  /^\s*\.\.\. \d+ (?:more|common frames omitted)/,
  /^\s*(?:Caused by|Suppressed):/,
  /^\s+File "/,
  /^\s{2,}\S/,
  /^(?:During handling of the above exception|The above exception was the direct cause)/,
  /^Traceback \(most recent call last\):/,
  /^goroutine \d+ \[/,
  /^\[signal SIG/,
  /^[\w./*()-]+\(.*\)$/,
  /^\s*[{}\][]\s*$/,
  /^Node\.js v\d+/,
  /^\s*\^+\s*$/,
  /^\s*throw\s/,
  /^\s*from\s/,
  /^\S+\.(?:js|mjs|cjs|ts):\d+\s*$/,
  /^\[?\s*exited with code/i
];
function continuesTrace(line) {
  return CONTINUATION.some((p) => p.test(line)) || isExceptionHeader(line);
}
function timestampOf(line) {
  const head = line.slice(0, 60);
  const iso = /(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?\s*(Z|[+-]\d{2}:?\d{2})?/.exec(head);
  const go = iso ? null : /^(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?/.exec(head);
  const match = iso ?? go;
  if (!match) return void 0;
  const [, y, mo, d, h, mi, s, frac, zone] = match;
  const fraction = frac ? `.${frac.slice(0, 3).padEnd(3, "0")}` : "";
  const offset = !zone ? "Z" : zone === "Z" ? "Z" : zone.includes(":") ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${fraction}${offset}`);
  return Number.isFinite(ms) ? { ms, zoned: Boolean(zone) } : void 0;
}
var LISTENING = [
  /\b(?:listening|serving|accepting connections|server (?:started|running|is running|ready)|started server|now listening|http server started|running on|started on port|tomcat started on|netty started on|jetty started on|undertow started on|application startup complete|uvicorn running on)\b/i
];
var BIND_ADDRESS = /(?:https?:\/\/)?(\[[0-9a-f:]*\]|(?:\d{1,3}\.){3}\d{1,3}|localhost|0\.0\.0\.0|::)?:(\d{2,5})\b/i;
var STARTED_IN = /\bStarted \S+ in (\d+(?:\.\d+)?) seconds(?: \((?:process|JVM) running for (\d+(?:\.\d+)?)\))?/;
function listeningLines(lines) {
  const found = [];
  lines.forEach((line, index) => {
    const started = STARTED_IN.exec(line);
    if (started) {
      found.push({ index, line, reportedSeconds: Number(started[2] ?? started[1]) });
      return;
    }
    if (!LISTENING.some((p) => p.test(line)) || isErrorLine(line)) return;
    const withoutTimes = line.replace(/\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?/g, " ");
    const address = BIND_ADDRESS.exec(withoutTimes);
    const portWord = /\bports?(?:\(s\))?[:\s]+(\d{2,5})\b/i.exec(withoutTimes);
    const host = address?.[1]?.replace(/^\[|\]$/g, "");
    const port = portWord ? Number(portWord[1]) : address ? Number(address[2]) : void 0;
    found.push({ index, line, host: host === "" ? "::" : host, port });
  });
  return found;
}

// src/diagnose/runtime/logs.ts
var MAX_EXCERPT_LINES = 30;
var CONTEXT_BEFORE = 3;
var ENVIRONMENT_FACTS = ["exec-format-error", "out-of-memory", "no-space-left", "command-not-found", "exec-permission-denied", "service-connect"];
var WEAK_FALLBACK = ["connection-failed", "missing-env"];
var FALLBACK_WORDING = /\b(?:using (?:the )?default|defaulting to|falling back|fallback|skipping|ignored|optional|will retry|retrying)\b/i;
var MAX_SCANNED_LINE = 2e3;
function analyseLogs(excerpt) {
  const lines = (excerpt?.lines ?? []).map((line) => line.length > MAX_SCANNED_LINE ? line.slice(0, MAX_SCANNED_LINE) : line);
  if (lines.length === 0) {
    return { collected: Boolean(excerpt), hasLines: false, missing: excerpt?.missing, signals: [], listening: [] };
  }
  const signals = findSignals(lines);
  const decisive = chooseDecisive(signals);
  const firstErrorIndex = lines.findIndex((line, i) => isErrorLine(line) || signals.some((s) => s.index === i && !s.weak));
  const analysis = { collected: true, hasLines: true, signals, decisive, listening: listeningLines(lines) };
  if (firstErrorIndex >= 0) {
    const end = traceEnd(lines, firstErrorIndex);
    const exceptionIndex = rootException(lines, firstErrorIndex, end);
    analysis.firstError = { index: firstErrorIndex, line: lines[firstErrorIndex] };
    analysis.exception = { index: exceptionIndex, line: lines[exceptionIndex] };
    analysis.excerpt = cutExcerpt(lines, windowStart(lines, firstErrorIndex), end, decisive?.index ?? exceptionIndex);
  } else if (decisive) {
    analysis.excerpt = cutExcerpt(lines, Math.max(0, decisive.index - CONTEXT_BEFORE), traceEnd(lines, decisive.index), decisive.index);
  } else {
    const start = Math.max(0, lines.length - 12);
    analysis.excerpt = { lines: lines.slice(start).map(redact) };
  }
  return analysis;
}
function findSignals(lines) {
  const signals = [];
  lines.forEach((line, index) => {
    for (const [kind, detect] of DETECTORS) {
      const detail = detect(lines, index);
      if (!detail) continue;
      const level = levelOf(line);
      const weak = Boolean(detail.hint) || level === "warn" || level === "info" || level === "debug" || FALLBACK_WORDING.test(line);
      signals.push({ kind, index, line, weak, ...definedOnly(detail) });
      break;
    }
  });
  return signals;
}
function definedOnly(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}
function chooseDecisive(signals) {
  const strong = signals.filter((s) => !s.weak);
  return strong.find((s) => ENVIRONMENT_FACTS.includes(s.kind)) ?? strong[0] ?? signals.find((s) => ENVIRONMENT_FACTS.includes(s.kind)) ?? signals.find((s) => WEAK_FALLBACK.includes(s.kind));
}
function windowStart(lines, firstError) {
  for (let i = Math.max(0, firstError - 6); i < firstError; i++) {
    if (/^\S+\.(?:js|mjs|cjs|ts):\d+\s*$/.test(lines[i])) return i;
  }
  return Math.max(0, firstError - CONTEXT_BEFORE);
}
function traceEnd(lines, start) {
  let end = start;
  let inTraceback = /^Traceback \(most recent call last\):/.test(lines[start]);
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "") {
      if (i + 1 < lines.length && continuesTrace(lines[i + 1])) continue;
      break;
    }
    if (/^Traceback \(most recent call last\):/.test(line)) inTraceback = true;
    const pythonException = inTraceback && /^[A-Za-z_][\w.]*(?::\s|:?\s*$)/.test(line);
    if (continuesTrace(line) || pythonException || isErrorLine(line) && levelOf(line) === void 0) {
      end = i;
      continue;
    }
    break;
  }
  return end;
}
function rootException(lines, start, end) {
  let python = -1;
  let causedBy = -1;
  let inTraceback = false;
  for (let i = start; i <= end; i++) {
    const line = lines[i];
    if (/^Traceback \(most recent call last\):/.test(line)) inTraceback = true;
    else if (inTraceback && /^[A-Za-z_][\w.]*(?::\s|:?\s*$)/.test(line) && !/^(?:During|The above)/.test(line)) python = i;
    if (/^\s*Caused by: /.test(line)) causedBy = i;
  }
  if (python >= 0) return python;
  if (causedBy >= 0) return causedBy;
  return start;
}
function cutExcerpt(lines, start, end, focus) {
  const from = Math.min(start, Math.max(0, focus - CONTEXT_BEFORE));
  const to = Math.max(end, Math.min(lines.length - 1, focus + 1));
  if (to - from + 1 <= MAX_EXCERPT_LINES) {
    return { lines: lines.slice(from, to + 1).map(redact), highlight: focus - from };
  }
  if (focus - from < MAX_EXCERPT_LINES - 4) {
    return { lines: lines.slice(from, from + MAX_EXCERPT_LINES).map(redact), highlight: focus - from };
  }
  const head = lines.slice(from, from + 10);
  const tailStart = Math.max(from + 10, focus - 4);
  const tail = lines.slice(tailStart, Math.min(to + 1, tailStart + MAX_EXCERPT_LINES - head.length - 1));
  const omitted = tailStart - (from + head.length);
  const marker = omitted > 0 ? [`\u2026 ${omitted} lines omitted \u2026`] : [];
  return {
    lines: [...head, ...marker, ...tail].map(redact),
    highlight: head.length + marker.length + (focus - tailStart)
  };
}
function missingLogsSentence(analysis, containerName) {
  if (!analysis.collected) return `No logs of ${containerName} were collected.`;
  switch (analysis.missing) {
    case "group-not-found":
      return `The log group of ${containerName} does not exist, so its output could not be read.`;
    case "no-awslogs-config":
      return `${containerName} has no awslogs log configuration, so its output could not be read.`;
    default:
      return `${containerName} wrote no logs (it crashed before logging, or awslogs is misconfigured).`;
  }
}

// src/diagnose/runtime/start-time.ts
var MAX_PLAUSIBLE_SECONDS = 3600;
function appStart(task, rawLines) {
  const lines = rawLines.map((line) => line.slice(0, 2e3));
  const listening = listeningLines(lines);
  const withPort = listening.find((l) => l.port !== void 0 && l.reportedSeconds === void 0);
  const reported = listening.find((l) => l.reportedSeconds !== void 0);
  const chosen = reported ?? withPort ?? listening[0];
  if (!chosen) return void 0;
  const bind = withPort ?? chosen;
  const merged = { ...chosen, host: bind.host, port: bind.port };
  if (reported?.reportedSeconds !== void 0) return { seconds: Math.ceil(reported.reportedSeconds), listening: merged, how: "reported by the framework" };
  const at = timestampOf(chosen.line);
  const taskStart = task.startedAt ? Date.parse(task.startedAt) : NaN;
  if (at && Number.isFinite(taskStart)) {
    const seconds = (at.ms - taskStart) / 1e3;
    if (seconds >= 0 && seconds <= MAX_PLAUSIBLE_SECONDS) return { seconds: Math.round(seconds), listening: merged, how: "since the task started" };
  }
  const first = lines.map(timestampOf).find((t) => t !== void 0);
  if (at && first && at.ms >= first.ms) {
    return { seconds: Math.round((at.ms - first.ms) / 1e3), listening: merged, how: "since the first log line" };
  }
  return { listening: merged };
}
var PERCENT = /(?:^|[^\d.])(\d{1,2}(?:\.\d+)?)\s?%/;
function startProgress(task, rawLines) {
  const lines = rawLines.map((line) => line.slice(0, 2e3));
  const taskStart = task.startedAt ? Date.parse(task.startedAt) : NaN;
  const firstStamp = lines.map(timestampOf).find((t) => t !== void 0);
  for (let index = lines.length - 1; index >= 0; index--) {
    const percent = Number(PERCENT.exec(lines[index])?.[1]);
    const at = timestampOf(lines[index]);
    if (!(percent > 0 && percent < 100) || !at) continue;
    const origin = Number.isFinite(taskStart) && at.ms >= taskStart ? taskStart : firstStamp?.ms;
    if (origin === void 0) return void 0;
    const elapsedSeconds = (at.ms - origin) / 1e3;
    if (elapsedSeconds <= 0 || elapsedSeconds > MAX_PLAUSIBLE_SECONDS) return void 0;
    return { estimatedSeconds: Math.ceil(elapsedSeconds * 100 / percent), percent, elapsedSeconds: Math.round(elapsedSeconds), line: lines[index], index };
  }
  return void 0;
}

// src/diagnose/runtime/task-facts.ts
function containerDefinition(td, name) {
  return td?.containerDefinitions?.find((c) => c.name === name);
}
function isEssential(td, name) {
  return containerDefinition(td, name)?.essential !== false;
}
function taskIdOf(task) {
  return (task.taskArn ?? "").split("/").pop() ?? "";
}
function shortTaskId(task) {
  return taskIdOf(task).slice(0, 8);
}
function privateIpOf(task) {
  for (const attachment of task.attachments ?? []) {
    const detail = attachment.details?.find((d) => d.name === "privateIPv4Address");
    if (detail?.value) return detail.value;
  }
  return task.containers?.flatMap((c) => c.networkInterfaces ?? []).find((n) => n.privateIpv4Address)?.privateIpv4Address;
}
function revisionRef(td) {
  if (td?.family && td.revision !== void 0) return `${td.family}:${td.revision}`;
  return refFromArn(td?.taskDefinitionArn);
}
function refFromArn(arn) {
  const match = arn ? /task-definition\/([^/]+:\d+)$/.exec(arn) : null;
  return match?.[1];
}
function previousRevision2(ctx) {
  const current = revisionRef(ctx.taskDefinition) ?? refFromArn(ctx.deployment?.taskDefinition);
  const previous = revisionRef(ctx.previousTaskDefinition);
  if (previous && previous !== current) return previous;
  const other = (ctx.service.deployments ?? []).filter((d) => d.id !== ctx.deploymentId).map((d) => refFromArn(d.taskDefinition)).find((ref) => ref && ref !== current);
  return other;
}
function currentRevision2(ctx) {
  return revisionRef(ctx.taskDefinition) ?? refFromArn(ctx.deployment?.taskDefinition);
}
function familyOf(ctx) {
  return ctx.taskDefinition?.family ?? currentRevision2(ctx)?.split(":")[0];
}
function logsOf(ctx, task, containerName) {
  return (ctx.evidence.logs ?? []).find((l) => l.taskArn === task.taskArn && l.containerName === containerName);
}
function envNames(container) {
  return (container?.environment ?? []).flatMap((e) => e.name ? [e.name] : []);
}
function secretNames(container) {
  return (container?.secrets ?? []).flatMap((s) => s.name ? [s.name] : []);
}
function containerPorts(container) {
  return (container?.portMappings ?? []).flatMap((p) => p.containerPort ? [p.containerPort] : []);
}
function secondsBetween(from, to) {
  if (!from || !to) return void 0;
  const delta = (Date.parse(to) - Date.parse(from)) / 1e3;
  return Number.isFinite(delta) ? delta : void 0;
}
function listOf2(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

// src/diagnose/runtime/elb/events.ts
var UNHEALTHY = /is unhealthy in \(?(?:target-group|elb) ([^)\s]+)\)? due to \(?reason ([\s\S]*?)\)?\.?\s*$/i;
var CONTAINER_UNHEALTHY = /\(?task ([^)\s]+)\)? failed container health checks/i;
var PREFIX_GROUP = /\((service|task|instance|port|elb)\s+([^)]*)\)/g;
var CUT_RESPONSE_CODES = /^\W*(?:\(?reason\s+)?(Health checks failed with these codes: \[[^\]]*\])\)?\.?\s*$/i;
function parseUnhealthyEvent(message, createdAt) {
  const match = UNHEALTHY.exec(message);
  if (!match) return parseCutEvent(message, createdAt);
  const head = message.slice(0, match.index);
  const fields = Object.fromEntries([...head.matchAll(PREFIX_GROUP)].map((m) => [m[1], m[2].trim()]));
  const reason = match[2].trim();
  return {
    message,
    createdAt,
    service: fields.service?.split(",")[0].trim(),
    taskId: fields.task,
    instanceId: fields.instance,
    port: fields.port ? Number(fields.port) : void 0,
    targetGroup: match[1],
    reason,
    reasonCode: reasonCodeOf(reason),
    codes: responseCodes(reason)
  };
}
function parseCutEvent(message, createdAt) {
  const reason = CUT_RESPONSE_CODES.exec(message)?.[1];
  if (!reason) return null;
  return { message, createdAt, targetGroup: "", reason, reasonCode: reasonCodeOf(reason), codes: responseCodes(reason) };
}
function reasonCodeOf(description) {
  if (/with these codes/i.test(description)) return "Target.ResponseCodeMismatch";
  if (/due to an internal error/i.test(description)) return "Elb.InternalError";
  if (/timed out/i.test(description)) return "Target.Timeout";
  if (/Availability Zone that is not enabled|not configured to receive traffic/i.test(description)) return "Target.NotInUse";
  if (/Health checks failed|UnhealthyThreshold number of health checks/i.test(description)) return "Target.FailedHealthChecks";
  if (/Initial health checks/i.test(description)) return "Elb.InitialHealthChecking";
  if (/in the (?:stopped|terminated|terminated or stopped) state|in an invalid state/i.test(description)) return "Target.InvalidState";
  if (/cannot be used as a target/i.test(description)) return "Target.IpUnusable";
  if (/Health checks are disabled/i.test(description)) return "Target.HealthCheckDisabled";
  return void 0;
}
function responseCodes(description) {
  const list = description ? /codes:\s*\[([^\]]*)\]/.exec(description)?.[1] : void 0;
  return list ? list.split(",").map((c) => c.trim()).filter(Boolean) : [];
}
function unhealthyEvents(service, since, targetGroupArn) {
  const sinceMs = since ? Date.parse(since) : Number.NEGATIVE_INFINITY;
  return (service.events ?? []).filter((e) => !e.createdAt || !(Date.parse(e.createdAt) < sinceMs)).map((e) => parseUnhealthyEvent(e.message ?? "", e.createdAt)).filter((e) => e !== null).filter((e) => !targetGroupArn || sameTargetGroup(e.targetGroup, targetGroupArn));
}
function sameTargetGroup(reference, arn) {
  return reference === arn || arn.split(":").pop()?.split("/")[1] === reference;
}
function containerUnhealthyEvents(service, since) {
  const sinceMs = since ? Date.parse(since) : Number.NEGATIVE_INFINITY;
  return (service.events ?? []).flatMap((e) => {
    const match = CONTAINER_UNHEALTHY.exec(e.message ?? "");
    if (!match || e.createdAt && Date.parse(e.createdAt) < sinceMs) return [];
    return [{ taskId: match[1], message: e.message ?? "", createdAt: e.createdAt }];
  });
}

// src/diagnose/runtime/elb/security-groups.ts
function covers(permission, port) {
  const protocol = permission.IpProtocol ?? "";
  if (protocol === "-1" || protocol === "all") return true;
  if (protocol !== "tcp" && protocol !== "6") return false;
  return (permission.FromPort ?? 0) <= port && port <= (permission.ToPort ?? 65535);
}
function sourcesOf(permissions, port) {
  const matching = (permissions ?? []).filter((p) => covers(p, port));
  return {
    groups: matching.flatMap((p) => (p.UserIdGroupPairs ?? []).flatMap((g) => g.GroupId ? [g.GroupId] : [])),
    cidrs: matching.flatMap((p) => (p.IpRanges ?? []).flatMap((r) => r.CidrIp ? [r.CidrIp] : [])),
    opaque: matching.flatMap((p) => [
      ...(p.Ipv6Ranges ?? []).flatMap((r) => r.CidrIpv6 ? [r.CidrIpv6] : []),
      ...(p.PrefixListIds ?? []).flatMap((r) => r.PrefixListId ? [r.PrefixListId] : [])
    ])
  };
}
function range(cidr) {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr);
  if (!match) return void 0;
  const address = match.slice(1, 5).reduce((n, octet) => n * 256 + Number(octet), 0);
  const size = 2 ** (32 - Number(match[5]));
  const start = Math.floor(address / size) * size;
  return [start, start + size - 1];
}
var overlaps = (a, b) => a[0] <= b[1] && b[0] <= a[1];
var sameSixteen = (a, b) => Math.floor(a[0] / 65536) === Math.floor(b[0] / 65536);
function rangeReachesVpc(cidr, network) {
  const rule = range(cidr);
  if (!rule) return "maybe";
  if (rule[0] === 0 && rule[1] === 2 ** 32 - 1) return "yes";
  const subnets = (network?.subnets ?? []).map((s) => s.CidrBlock ? range(s.CidrBlock) : void 0).filter((r) => r !== void 0);
  if (subnets.length === 0) return "maybe";
  if (subnets.some((s) => overlaps(rule, s))) return "yes";
  return subnets.some((s) => sameSixteen(rule, s)) ? "maybe" : "no";
}
var LB_NAME = /(?:^|[^a-z])(?:alb|elb|nlb|lb|load.?balancer|ingress)(?:[^a-z]|$)/i;
function loadBalancerCandidates(network, taskGroupIds, knownIds) {
  if (knownIds && knownIds.length > 0) {
    return knownIds.map((id) => (network?.securityGroups ?? []).find((g) => g.GroupId === id) ?? { GroupId: id });
  }
  const endpointGroups = new Set((network?.vpcEndpoints ?? []).flatMap((e) => (e.Groups ?? []).map((g) => g.GroupId)));
  const others = (network?.securityGroups ?? []).filter((g) => g.GroupId && !taskGroupIds.includes(g.GroupId) && !endpointGroups.has(g.GroupId));
  const lbLike = (g) => Number(LB_NAME.test(`${g.GroupName} ${g.Description}`));
  return [...others].sort((a, b) => lbLike(b) - lbLike(a));
}
function loadBalancerReachesTask(network, taskGroupIds, port, loadBalancerGroupIds) {
  const base = { port, taskSecurityGroupIds: taskGroupIds };
  const taskGroups2 = (network?.securityGroups ?? []).filter((g) => g.GroupId && taskGroupIds.includes(g.GroupId));
  if (taskGroupIds.length === 0 || taskGroups2.length === 0) {
    return { ...base, status: "unknown", detail: "The task security groups were not part of the evidence." };
  }
  const candidates = loadBalancerCandidates(network, taskGroupIds, loadBalancerGroupIds);
  const ingress = sourcesOf(taskGroups2.flatMap((g) => g.IpPermissions ?? []), port);
  const fromLoadBalancer = candidates.find((c) => ingress.groups.includes(c.GroupId ?? ""));
  const lb = fromLoadBalancer ?? candidates[0];
  const lbId = lb?.GroupId;
  const names = taskGroupIds.join(", ");
  const blocked = (detail) => ({ ...base, status: "blocked", blockedBy: "task-ingress", loadBalancerSecurityGroupId: lbId, detail });
  const allowed = (source) => ({ ...base, status: "allowed", loadBalancerSecurityGroupId: lbId, detail: `${names} allows TCP ${port} from ${source}.` });
  if (fromLoadBalancer) {
    const egress = lb?.IpPermissionsEgress ? sourcesOf(lb.IpPermissionsEgress, port) : void 0;
    const reachesTask = !egress || egress.cidrs.length > 0 || egress.opaque.length > 0 || egress.groups.some((g) => taskGroupIds.includes(g));
    if (!reachesTask) {
      return { ...base, status: "blocked", blockedBy: "lb-egress", loadBalancerSecurityGroupId: lbId, detail: `The load balancer's ${lbId} has no outbound rule for TCP ${port} to the tasks.` };
    }
    return allowed(`the load balancer's ${lbId}`);
  }
  const selfReference = ingress.groups.find((g) => taskGroupIds.includes(g));
  if (selfReference && (!lbId || taskGroupIds.includes(lbId))) return allowed(selfReference);
  const ranges = ingress.cidrs.map((cidr) => ({ cidr, reach: rangeReachesVpc(cidr, network) }));
  const reaching = ranges.find((r) => r.reach === "yes");
  if (reaching) return allowed(reaching.cidr);
  if (ranges.some((r) => r.reach === "maybe") || ingress.opaque.length > 0) {
    const list = [...ranges.filter((r) => r.reach === "maybe").map((r) => r.cidr), ...ingress.opaque].join(", ");
    return { ...base, status: "unknown", loadBalancerSecurityGroupId: lbId, detail: `${names} allows TCP ${port} from ${list}; whether that covers the load balancer's addresses is not in the evidence.` };
  }
  const sources = [...ingress.groups, ...ingress.cidrs];
  if (sources.length === 0) return blocked(`No inbound rule of ${names} allows TCP ${port} from anywhere.`);
  if (!lbId && ingress.cidrs.length === 0) {
    return { ...base, status: "unknown", detail: `${names} allows TCP ${port} only from ${sources.join(", ")}; the load balancer's security group is not in the evidence.` };
  }
  const outside = ingress.cidrs.length > 0 ? " (outside the VPC subnets the load balancer sends from)" : "";
  return blocked(`${names} allows TCP ${port} only from ${sources.join(", ")}${outside}, not from the load balancer${lbId ? `'s ${lbId}` : ""}.`);
}

// src/diagnose/runtime/elb/analysis.ts
var TG_ARN_IN_REASON = /\(target-group ([^)\s]+)\)/;
function analyseElb(ctx, tasks) {
  const named = tasks.map((t) => TG_ARN_IN_REASON.exec(t.stoppedReason ?? "")?.[1]).find(Boolean) ?? ctx.targetGroupArns[0];
  const targetGroup = (ctx.evidence.loadBalancing?.targetGroups ?? []).find(
    (tg) => tg.TargetGroupArn && named && sameTargetGroup(named, tg.TargetGroupArn)
  );
  const targetGroupArn = targetGroup?.TargetGroupArn ?? named;
  const binding = (ctx.service.loadBalancers ?? []).find((lb) => lb.targetGroupArn === targetGroupArn) ?? ctx.service.loadBalancers?.[0];
  const settings = settingsOf(targetGroup);
  const containerPort = binding?.containerPort ?? void 0;
  const checkedPort = /^\d+$/.test(settings.port) ? Number(settings.port) : containerPort;
  const allTasks = tasks.length > 0 ? tasks : ctx.tasks;
  const observations = observe(ctx, targetGroupArn, [...allTasks, ...ctx.tasks]);
  const ourTaskIds = new Set(ctx.tasks.map(taskIdOf));
  const events = unhealthyEvents(ctx.service, ctx.deployment?.createdAt, targetGroupArn).filter(
    (e) => !e.taskId || ourTaskIds.size === 0 || ourTaskIds.has(e.taskId)
  );
  const reasonCode = dominant([...observations.map((o) => o.reason), ...events.map((e) => e.reasonCode)]);
  const codes = [.../* @__PURE__ */ new Set([...observations.flatMap((o) => responseCodes(o.description)), ...events.flatMap((e) => e.codes)])];
  const appLogs = logsOfApp(ctx, allTasks, binding?.containerName ?? void 0);
  const start = startOf(ctx, allTasks, binding?.containerName ?? void 0);
  const progress = start ? void 0 : progressOf(ctx, allTasks, binding?.containerName ?? void 0);
  const lbGroups = (ctx.evidence.loadBalancing?.loadBalancers ?? []).filter((lb) => !targetGroup?.LoadBalancerArns?.length || targetGroup.LoadBalancerArns.includes(lb.LoadBalancerArn ?? "")).flatMap((lb) => lb.SecurityGroups ?? []);
  const securityGroup = checkedPort ? loadBalancerReachesTask(ctx.evidence.network, taskSecurityGroups(ctx), checkedPort, lbGroups) : void 0;
  const analysis = {
    targetGroupArn,
    targetGroupName: targetGroup?.TargetGroupName ?? targetGroupArn?.split("/")[1],
    targetGroup,
    settings,
    containerName: binding?.containerName ?? void 0,
    containerPort,
    checkedPort,
    graceSeconds: ctx.service.healthCheckGracePeriodSeconds ?? 0,
    observations,
    events,
    reasonCode,
    responseCodes: codes,
    securityGroup,
    start,
    progress,
    ranSeconds: ranFor(allTasks),
    appLogs,
    suggestedPath: suggestPath(ctx, binding?.containerName ?? void 0, settings.path, appLogs?.task),
    variant: "unknown",
    confidence: "low"
  };
  return decide(analysis);
}
function taskSecurityGroups(ctx) {
  const ofDeployment = ctx.deployment?.networkConfiguration?.awsvpcConfiguration?.securityGroups ?? [];
  if (ofDeployment.length > 0) return ofDeployment;
  return ctx.securityGroupIds.length > 0 ? ctx.securityGroupIds : ctx.evidence.network?.taskSecurityGroupIds ?? [];
}
function settingsOf(tg) {
  return {
    protocol: tg?.HealthCheckProtocol ?? "HTTP",
    path: tg?.HealthCheckPath,
    port: tg?.HealthCheckPort ?? "traffic-port",
    matcher: tg?.Matcher?.HttpCode ?? tg?.Matcher?.GrpcCode,
    interval: tg?.HealthCheckIntervalSeconds ?? 30,
    timeout: tg?.HealthCheckTimeoutSeconds ?? 5,
    healthyThreshold: tg?.HealthyThresholdCount ?? 5,
    unhealthyThreshold: tg?.UnhealthyThresholdCount ?? 2
  };
}
function observe(ctx, targetGroupArn, tasks) {
  const entry = (ctx.evidence.loadBalancing?.targetHealth ?? []).find((t) => targetGroupArn && sameTargetGroup(targetGroupArn, t.targetGroupArn));
  const byIp = new Map(tasks.flatMap((t) => privateIpOf(t) ? [[privateIpOf(t), taskIdOf(t)]] : []));
  const all = (entry?.descriptions ?? []).map((d) => ({
    target: d.Target?.Id ?? "",
    port: d.Target?.Port ?? (d.HealthCheckPort && /^\d+$/.test(d.HealthCheckPort) ? Number(d.HealthCheckPort) : void 0),
    state: d.TargetHealth?.State,
    reason: d.TargetHealth?.Reason ?? (d.TargetHealth?.Description ? reasonCodeOf(d.TargetHealth.Description) : void 0),
    description: d.TargetHealth?.Description,
    taskId: byIp.get(d.Target?.Id ?? "")
  }));
  const ours = all.filter((o) => o.taskId);
  if (ours.length > 0) return ours;
  return all.filter((o) => o.state === "unhealthy" || o.reason && /^Target\.(?:Timeout|ResponseCodeMismatch|FailedHealthChecks|NotInUse)$/.test(o.reason));
}
function dominant(codes) {
  const counts = /* @__PURE__ */ new Map();
  for (const code of codes) {
    if (!code || /DeregistrationInProgress|NotRegistered|RegistrationInProgress|InitialHealthChecking/.test(code)) continue;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
function logsOfApp(ctx, tasks, containerName) {
  for (const task of tasks) {
    const excerpt = logsOf(ctx, task, containerName);
    if (excerpt?.lines.length) return { task, analysis: analyseLogs(excerpt) };
  }
  return void 0;
}
function startOf(ctx, tasks, containerName) {
  for (const task of tasks) {
    const lines = logsOf(ctx, task, containerName)?.lines ?? [];
    const start = appStart(task, lines);
    if (start) return { ...start, taskArn: task.taskArn };
  }
  return void 0;
}
function progressOf(ctx, tasks, containerName) {
  for (const task of tasks) {
    const progress = startProgress(task, logsOf(ctx, task, containerName)?.lines ?? []);
    if (progress) return { ...progress, taskArn: task.taskArn };
  }
  return void 0;
}
function ranFor(tasks) {
  const durations = tasks.map((t) => secondsBetween(t.startedAt, t.stoppingAt ?? t.executionStoppedAt ?? t.stoppedAt)).filter((d) => d !== void 0 && d >= 0);
  return durations.length ? Math.round(Math.min(...durations)) : void 0;
}
var HEALTHY_PATH = /^\/(?:health(?:z|check)?|healthcheck|ready(?:z)?|readiness|live(?:ness|z)?|status|ping|up|_health|actuator\/health)(?:\/\S*)?$/i;
function suggestPath(ctx, containerName, current, task) {
  const command2 = containerDefinition(ctx.taskDefinition, containerName)?.healthCheck?.command?.join(" ") ?? "";
  const fromProbe = /https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::\d+)?(\/[^\s"'|;&]*)/.exec(command2)?.[1];
  if (fromProbe && fromProbe !== current) return { path: fromProbe, source: `the container health check of ${containerName}` };
  const lines = task ? logsOf(ctx, task, containerName)?.lines ?? [] : [];
  for (const line of lines) {
    const access = /"?(?:GET|HEAD) (\/[^\s?"]*)[^"\n]*"?\s+(?:.*?\s)?(2\d\d)\b/.exec(line);
    if (access && access[1] !== current && HEALTHY_PATH.test(access[1])) return { path: access[1], source: "a 2xx response in the app log" };
  }
  const actuator = lines.map((l) => /Exposing \d+ endpoints? beneath base path '([^']+)'/.exec(l)?.[1]).find(Boolean);
  if (actuator && `${actuator}/health` !== current) return { path: `${actuator}/health`, source: "Spring Boot Actuator (from its log)" };
  return void 0;
}
function decide(a) {
  const set = (variant, confidence) => ({ ...a, variant, confidence });
  const codeFamily = a.responseCodes.length > 0 || a.reasonCode === "Target.ResponseCodeMismatch";
  if (codeFamily) {
    const codes = a.responseCodes.map(Number);
    if (codes.length > 0 && codes.every((c) => c >= 300 && c < 400)) return set("redirect", "high");
    if (codes.some((c) => c === 401 || c === 403)) return set("auth-required", "high");
    if (codes.some((c) => c >= 500)) return set("app-unhealthy", "high");
    return set("wrong-path", "high");
  }
  if (a.reasonCode === "Target.NotInUse") return set("az-not-enabled", "high");
  const timeoutLike = !a.reasonCode || a.reasonCode === "Target.Timeout";
  if (a.securityGroup?.status === "blocked" && timeoutLike) return set("blocked-security-group", a.reasonCode ? "high" : "medium");
  if (a.containerPort && /^\d+$/.test(a.settings.port) && Number(a.settings.port) !== a.containerPort) {
    const listensThere = a.start?.listening.port === Number(a.settings.port);
    if (!listensThere) return set("health-check-port", "high");
  }
  const listening = a.start?.listening;
  if (listening && isLocalHost(listening.host) && listening.host !== "0.0.0.0") return set("loopback-bind", "high");
  if (listening?.port && a.containerPort && listening.port !== a.containerPort && listening.port !== a.checkedPort) return set("wrong-port", "high");
  if (a.securityGroup?.status === "blocked") return set("blocked-security-group", "medium");
  if (a.start?.seconds !== void 0) {
    const needed = a.start.seconds + a.settings.interval * a.settings.healthyThreshold;
    if (needed > a.graceSeconds) return { ...set("slow-start", "high"), recommendedGrace: recommendGrace(needed, a.graceSeconds) };
  }
  const errorLogged = a.appLogs?.analysis.decisive && !a.appLogs.analysis.decisive.weak;
  if (errorLogged) return set("app-unhealthy", "medium");
  if (!a.start && a.ranSeconds !== void 0 && a.ranSeconds >= a.graceSeconds && a.appLogs && !a.appLogs.analysis.firstError) {
    const startSeconds = a.progress?.estimatedSeconds ?? a.ranSeconds * 2;
    const needed = startSeconds + a.settings.interval * a.settings.healthyThreshold;
    return { ...set("slow-start", a.progress ? "high" : "medium"), recommendedGrace: recommendGrace(needed, a.graceSeconds) };
  }
  if (a.reasonCode === "Target.Timeout") return set("slow-response", "medium");
  if (a.reasonCode === "Target.FailedHealthChecks") return set("not-listening", "medium");
  return set("unknown", "low");
}
function recommendGrace(neededSeconds, currentSeconds) {
  const withMargin = Math.ceil(neededSeconds * 1.25 / 30) * 30;
  return Math.max(withMargin, currentSeconds + 30);
}

// src/diagnose/runtime/explain/common.ts
function readingsOf(_ctx, group) {
  return group.classifications.flatMap((c) => c.runtime && c.task ? [{ task: c.task, reading: c.runtime }] : []);
}
function bestReading(readings) {
  return readings.find((r) => r.reading.signal && !r.reading.signal.weak) ?? readings.find((r) => r.reading.logs.firstError) ?? readings.find((r) => r.reading.logs.hasLines) ?? readings[0];
}
function stoppedTasksLine(ctx, group, summary) {
  const total = Math.max(ctx.failedTasks.length, group.tasks.length);
  const deployment = ctx.deploymentId ? ` of ${ctx.deploymentId}` : "";
  return `${group.tasks.length} of ${total} failed tasks${deployment}: ${summary}`;
}
function exitSummary(task, reading) {
  const exit = reading.exitCode === void 0 || reading.exitCode === null ? "no exit code" : `exit ${reading.exitCode}`;
  const reason = reading.containerReason ? ` (${reading.containerReason})` : "";
  const state = task.lastStatus && task.lastStatus !== "STOPPED" ? `still ${task.lastStatus}` : task.stopCode ?? "stopped";
  return `${state}, ${reading.containerName ?? "container"} ${exit}${reason}`;
}
function logExcerptOf(pick) {
  const excerpt = pick?.reading.logs.excerpt;
  if (!pick || !excerpt || excerpt.lines.length === 0 || !pick.reading.containerName) return void 0;
  return {
    taskArn: pick.task.taskArn ?? "",
    containerName: pick.reading.containerName,
    lines: excerpt.lines,
    ...excerpt.highlight !== void 0 ? { highlight: excerpt.highlight } : {}
  };
}
function logEvidence(pick) {
  if (!pick) return [];
  const { reading, task } = pick;
  const where = `${reading.containerName ?? "container"} log (task ${shortTaskId(task)})`;
  const line = reading.signal?.line ?? reading.logs.exception?.line ?? reading.logs.firstError?.line;
  if (line) return [`${where}: ${quoteLine(line)}`];
  if (!reading.logs.hasLines) return [missingLogsSentence(reading.logs, reading.containerName ?? "The container")];
  return [];
}
function rollbackFix2(ctx) {
  const previous = previousRevision2(ctx);
  if (!previous) return void 0;
  return {
    title: `Roll back to ${previous}, the revision that ran before this deployment`,
    commands: [command("aws", "ecs", "update-service", "--cluster", ctx.cluster, "--service", ctx.serviceName, "--task-definition", previous, "--region", ctx.region)],
    rollsBack: true
  };
}
var REGISTERABLE = [
  "family",
  "taskRoleArn",
  "executionRoleArn",
  "networkMode",
  "containerDefinitions",
  "volumes",
  "placementConstraints",
  "requiresCompatibilities",
  "cpu",
  "memory",
  "pidMode",
  "ipcMode",
  "proxyConfiguration",
  "inferenceAccelerators",
  "ephemeralStorage",
  "runtimePlatform",
  "enableFaultInjection"
];
function registerableQuery(td, overrides = {}) {
  const present = REGISTERABLE.filter((key) => td[key] !== void 0 && td[key] !== null && !(key in overrides));
  const fields = [...Object.entries(overrides).map(([key, value]) => `${key}:\`${JSON.stringify(value)}\``), ...present.map((key) => `${key}:${key}`)];
  return `taskDefinition.{${fields.join(",")}}`;
}
function containerField(container, path = "") {
  return `containerDefinitions[${container}]${path}`;
}
function newRevisionFix(ctx, title, revisionChange = {}) {
  const td = ctx.taskDefinition;
  const revision = currentRevision2(ctx);
  const family = familyOf(ctx);
  if (!td || !revision || !family) return void 0;
  const overrides = revisionChange.overrides ?? {};
  const describe2 = `${command("aws", "ecs", "describe-task-definition", "--task-definition", revision, "--region", ctx.region, "--output", "json", "--query", registerableQuery(td, overrides))} > td.json`;
  const overridden = Object.entries(overrides).map(([key, value]) => ({
    where: revision,
    key,
    ...td[key] !== void 0 ? { before: JSON.stringify(td[key]) } : {},
    after: JSON.stringify(value)
  }));
  const changes = [...overridden, ...revisionChange.changes ?? []];
  return {
    title,
    ...changes.length ? { changes } : {},
    ...revisionChange.edit ? { manualEdit: { instruction: revisionChange.edit, afterCommands: 1 } } : {},
    commands: [
      describe2,
      command("aws", "ecs", "register-task-definition", "--cli-input-json", "file://td.json", "--region", ctx.region),
      command("aws", "ecs", "update-service", "--cluster", ctx.cluster, "--service", ctx.serviceName, "--task-definition", family, "--region", ctx.region)
    ],
    note: [revisionChange.note, `--task-definition ${family} (no revision) deploys the latest ACTIVE revision of the family: the one just registered.`].filter(Boolean).join(" ")
  };
}
function compact(items) {
  return items.filter((item) => Boolean(item));
}
function readLogFix(ctx, pick, title) {
  const logs = ctx.evidence.logs ?? [];
  const excerpt = pick ? logs.find((l) => l.taskArn === pick.task.taskArn && (!pick.containerName || l.containerName === pick.containerName)) : logs.find((l) => l.logGroup && l.logStream && ctx.tasks.some((t) => t.taskArn === l.taskArn));
  if (!excerpt?.logGroup || !excerpt.logStream) return void 0;
  return {
    title,
    commands: [
      command("aws", "logs", "get-log-events", "--log-group-name", excerpt.logGroup, "--log-stream-name", excerpt.logStream, "--start-from-head", "--limit", 200, "--query", "events[].message", "--output", "text", "--region", ctx.region)
    ]
  };
}

// src/diagnose/runtime/explain/elb.ts
function explainElbHealthCheck(ctx, group) {
  const analysis = analyseElb(ctx, group.tasks);
  const story = storyOf(ctx, analysis);
  const readings = readingsOf(ctx, group);
  return {
    code: "elb-health-check-failed",
    title: story.title,
    explanation: story.why,
    // Service events alone (no stopped task kept) say targets were unhealthy, not that this stopped the deployment.
    confidence: group.tasks.length === 0 && analysis.confidence === "high" ? "medium" : analysis.confidence === "low" && group.tasks.length > 0 ? "medium" : analysis.confidence,
    evidence: compact([
      group.tasks.length > 0 ? stoppedTasksLine(ctx, group, `Task failed ELB health checks in (target-group ${analysis.targetGroupName ?? analysis.targetGroupArn})`) : void 0,
      ...analysis.observations.slice(0, 3).map((o) => `Target ${o.target}${o.port ? `:${o.port}` : ""}${o.taskId ? ` (task ${o.taskId.slice(0, 8)})` : ""}: ${o.state ?? "unknown"}${o.reason ? ` ${o.reason}` : ""}${o.description ? ` \u2014 ${o.description}` : ""}`),
      ...analysis.events.slice(0, 2).map((e) => `Service event: ${e.message}`),
      settingsLine(analysis),
      `Health-check grace period: ${analysis.graceSeconds} s`,
      analysis.securityGroup?.detail,
      startLine(analysis),
      sigkillNote(readings)
    ]),
    fixes: compact([...story.fixes, rollbackFix2(ctx)]),
    logExcerpt: focusExcerpt(ctx, analysis) ?? excerptFor(analysis, readings)
  };
}
function settingsLine(a) {
  const s = a.settings;
  return `Target group ${a.targetGroupName ?? a.targetGroupArn ?? "(unknown)"}: ${s.protocol} ${s.path ?? ""} on ${s.port === "traffic-port" ? `traffic-port (${a.containerPort ?? "?"})` : `port ${s.port}`}${s.matcher ? `, matcher ${s.matcher}` : ""}, every ${s.interval} s, timeout ${s.timeout} s, healthy after ${s.healthyThreshold}, unhealthy after ${s.unhealthyThreshold}`.replace("  ", " ");
}
function startLine(a) {
  const start = a.start;
  if (!start) return void 0;
  const when = start.seconds !== void 0 ? ` after ${start.seconds} s (${start.how})` : "";
  return `App ready${when}: ${quoteLine(start.listening.line, 160)}`;
}
function sigkillNote(readings) {
  const killed = readings.find((r) => r.reading.exitCode === 137 && !/OutOfMemoryError/i.test(r.reading.containerReason ?? ""));
  if (!killed) return void 0;
  return `${killed.reading.containerName} exited 137 because ECS stopped it after the failed checks (SIGKILL after the stop timeout); ECS reports no OutOfMemoryError, so this is not a memory kill.`;
}
function focusExcerpt(ctx, a) {
  if (!a.containerName) return void 0;
  const startVariant = ["slow-start", "wrong-port", "loopback-bind"].includes(a.variant);
  const codeVariant = ["wrong-path", "redirect", "auth-required", "app-unhealthy"].includes(a.variant);
  const taskArn = startVariant ? a.start?.taskArn ?? a.progress?.taskArn : codeVariant ? a.appLogs?.task.taskArn : void 0;
  if (!taskArn) return void 0;
  const lines = (ctx.evidence.logs ?? []).find((l) => l.taskArn === taskArn && l.containerName === a.containerName)?.lines ?? [];
  const path = a.settings.path;
  const at = startVariant ? a.start?.listening.index ?? a.progress?.index ?? -1 : lines.findIndex((line) => Boolean(path) && line.includes(` ${path}`) && a.responseCodes.some((code) => new RegExp(`\\b${code}\\b`).test(line)));
  if (at < 0) return void 0;
  const from = Math.max(0, at - 8);
  return { taskArn, containerName: a.containerName, lines: lines.slice(from, at + 4).map(redact), highlight: at - from };
}
function excerptFor(a, readings) {
  const withLogs = readings.find((r) => r.reading.logs.hasLines);
  if (withLogs) return logExcerptOf(withLogs);
  const app = a.appLogs;
  if (!app?.analysis.excerpt || !a.containerName) return void 0;
  return { taskArn: app.task.taskArn ?? "", containerName: a.containerName, lines: app.analysis.excerpt.lines, ...app.analysis.excerpt.highlight !== void 0 ? { highlight: app.analysis.excerpt.highlight } : {} };
}
function modifyTargetGroup(ctx, a, ...options) {
  return a.targetGroupArn ? [command("aws", "elbv2", "modify-target-group", "--target-group-arn", a.targetGroupArn, ...options, "--region", ctx.region)] : [];
}
function storyOf(ctx, a) {
  const tg = a.targetGroupName ?? "the target group";
  const path = a.settings.path ?? "/";
  const port = a.checkedPort ?? a.containerPort;
  const codes = a.responseCodes.join(", ");
  const name = a.containerName ?? "the app";
  switch (a.variant) {
    case "blocked-security-group":
      return blockedSecurityGroup(ctx, a);
    case "wrong-path": {
      const suggestion = a.suggestedPath;
      return {
        title: `Health check path ${path} returns ${codes || "an unexpected code"} from ${name}`,
        why: `The load balancer reaches ${name} on port ${port}, but GET ${path} answers ${codes || "a code outside the matcher"} where ${tg} expects ${a.settings.matcher ?? "200"} (${a.reasonCode ?? "Target.ResponseCodeMismatch"}), so every target is marked unhealthy and ECS replaces the tasks. ` + (suggestion ? `${name} serves ${suggestion.path} (seen in ${suggestion.source}).` : `Point the health check at a path ${name} answers with ${a.settings.matcher ?? "200"}.`),
        fixes: [
          {
            title: `Check ${suggestion?.path ?? "a path the app serves"} instead of ${path}`,
            commands: modifyTargetGroup(ctx, a, "--health-check-path", suggestion?.path ?? "/"),
            ...suggestion ? {} : { note: `Replace / with the health endpoint of ${name} if it has one.` }
          }
        ]
      };
    }
    case "redirect":
      return {
        title: `Health check ${path} gets a redirect (${codes}) from ${name}`,
        why: `${name} answers GET ${path} with a redirect (${codes}) \u2014 typically HTTP\u2192HTTPS, a trailing slash or a login page \u2014 and ${tg} only accepts ${a.settings.matcher ?? "200"}.`,
        fixes: [{ title: "Accept 2xx and 3xx answers to the health check", commands: modifyTargetGroup(ctx, a, "--matcher", "HttpCode=200-399") }]
      };
    case "auth-required":
      return {
        title: `Health check ${path} requires authentication (${codes})`,
        why: `${name} answers GET ${path} with ${codes}: the path is behind authentication. Health checks send no credentials; use an unauthenticated health endpoint.`,
        fixes: [{ title: "Check an unauthenticated path", commands: modifyTargetGroup(ctx, a, "--health-check-path", a.suggestedPath?.path ?? "/"), note: a.suggestedPath ? void 0 : `Replace / with a path ${name} serves without credentials.` }]
      };
    case "app-unhealthy":
      return {
        title: `${name} fails its own health check${codes ? ` (${codes})` : ""}`,
        why: `The load balancer reaches ${name}${codes ? `, but ${path} answers ${codes}` : ""}: the app reports itself unhealthy or errors. ` + (a.appLogs?.analysis.decisive ? `Its log shows: "${quoteLine(a.appLogs.analysis.decisive.line, 200)}". ` : "") + "Fix what the health endpoint depends on (often the database or another service) rather than the health check.",
        fixes: compact([readLogFix(ctx, a.appLogs && { task: a.appLogs.task, containerName: a.containerName ?? void 0 }, `Read ${name}'s log from its start: what its health endpoint reports`)])
      };
    case "health-check-port":
      return {
        title: `${tg} checks port ${a.settings.port}, but ${name} listens on ${a.containerPort}`,
        why: `The health check goes to port ${a.settings.port} while the service registers ${name}:${a.containerPort}; nothing answers there, so targets never become healthy.`,
        fixes: [{ title: "Health-check the port that receives traffic", commands: modifyTargetGroup(ctx, a, "--health-check-port", "traffic-port") }]
      };
    case "wrong-port":
      return {
        title: `${name} listens on port ${a.start?.listening.port}, the service sends traffic to ${a.containerPort}`,
        why: `${name} logs that it listens on port ${a.start?.listening.port}, but the task definition maps and the target group checks ${a.containerPort}. Make the app listen on ${a.containerPort} (usually its PORT setting) or change the mapping.`,
        fixes: [newRevisionFix(ctx, `Make ${name} listen on ${a.containerPort}`, { edit: `In td.json set the app's listen port (e.g. {"name": "PORT", "value": "${a.containerPort}"} in containerDefinitions[?name=='${name}'].environment) before registering.` })]
      };
    case "loopback-bind":
      return {
        title: `${name} listens on ${a.start?.listening.host}:${a.start?.listening.port ?? a.containerPort}, which the load balancer cannot reach`,
        why: `${name} binds to the loopback address ${a.start?.listening.host}, reachable only from inside the task. Bind to 0.0.0.0 (all interfaces) so the load balancer's checks arrive.`,
        fixes: [newRevisionFix(ctx, `Bind ${name} to 0.0.0.0`, { edit: `Set the app's bind address to 0.0.0.0 (e.g. a HOST env var, --host 0.0.0.0, server.address) in containerDefinitions[?name=='${name}'] of td.json before registering.` })]
      };
    case "slow-start":
      return slowStart(ctx, a);
    case "az-not-enabled":
      return {
        title: "Tasks run in an Availability Zone the load balancer does not serve",
        why: `${tg} reports Target.NotInUse: the task subnet's Availability Zone is not enabled on the load balancer, so it never sends health checks there. Enable that zone on the load balancer or run the service only in subnets of its zones.`,
        fixes: []
      };
    case "slow-response":
      return {
        title: `Health checks to ${path} time out after ${a.settings.timeout} s`,
        why: `The load balancer can reach the tasks (the security groups allow port ${port}), but ${path} does not answer within ${a.settings.timeout} s (Target.Timeout): the endpoint is slow or the app is not accepting connections yet.`,
        fixes: [{ title: `Give the health check more time than ${a.settings.timeout} s`, commands: modifyTargetGroup(ctx, a, "--health-check-timeout-seconds", Math.min(a.settings.interval - 1, Math.max(10, a.settings.timeout * 2))) }]
      };
    case "not-listening":
      return {
        title: `The load balancer's health-check connections to ${name} on port ${port} fail`,
        why: `${tg} reports Target.FailedHealthChecks: connections to port ${port} are refused or reset. Nothing accepts connections there \u2014 ${name} listens on another port, binds only 127.0.0.1, has not finished starting, or crashed. Check the port and bind address ${name} logs at start-up.`,
        fixes: a.targetGroupArn ? [{ title: "See the current target health", commands: [command("aws", "elbv2", "describe-target-health", "--target-group-arn", a.targetGroupArn, "--region", ctx.region)] }] : []
      };
    default:
      return {
        title: `Tasks fail the load balancer health checks of ${tg}`,
        why: `ECS stopped the tasks because ${tg} marked them unhealthy after the ${a.graceSeconds} s grace period. The evidence does not show why; check the target health reason and the app's logs.`,
        fixes: a.targetGroupArn ? [{ title: "See why targets are unhealthy", commands: [command("aws", "elbv2", "describe-target-health", "--target-group-arn", a.targetGroupArn, "--region", ctx.region)] }] : []
      };
  }
}
function blockedSecurityGroup(ctx, a) {
  const sg = a.securityGroup;
  const lb = sg.loadBalancerSecurityGroupId;
  const task = sg.taskSecurityGroupIds[0];
  const fixes = [];
  if (sg.blockedBy === "lb-egress" && lb) {
    fixes.push({
      title: `Let the load balancer (${lb}) send traffic to the tasks on TCP ${sg.port}`,
      commands: [command("aws", "ec2", "authorize-security-group-egress", "--group-id", lb, "--ip-permissions", `IpProtocol=tcp,FromPort=${sg.port},ToPort=${sg.port},UserIdGroupPairs=[{GroupId=${task}}]`, "--region", ctx.region)]
    });
  } else if (lb) {
    fixes.push({
      title: `Allow TCP ${sg.port} from the load balancer (${lb}) into the tasks (${task})`,
      commands: [command("aws", "ec2", "authorize-security-group-ingress", "--group-id", task, "--protocol", "tcp", "--port", sg.port, "--source-group", lb, "--region", ctx.region)]
    });
  }
  const timeouts = a.reasonCode === "Target.Timeout" ? " Every check times out (Target.Timeout) from the first one, the signature of dropped packets rather than a slow app." : "";
  return {
    title: `The load balancer cannot reach the tasks on port ${sg.port}: ${sg.blockedBy === "lb-egress" ? `${lb} blocks outbound` : `${task} does not allow it`}`,
    why: `${sg.detail}${timeouts} Health checks never arrive, so the targets stay unhealthy and ECS replaces the tasks after the ${a.graceSeconds} s grace period.`,
    fixes
  };
}
function graceShort(seconds) {
  return seconds > 0 ? `the ${seconds} s health-check grace period` : "no health-check grace period";
}
function slowStart(ctx, a) {
  const s = a.settings;
  const grace = a.recommendedGrace ?? a.graceSeconds + 60;
  const seconds = a.start?.seconds;
  const app = a.containerName ?? "The app";
  const observed = seconds !== void 0 ? `${app} only starts listening ${seconds} s after it starts (${a.start?.how})` : a.progress ? `${app} was still starting when ECS stopped it after ${a.ranSeconds} s: it logged ${a.progress.percent}% done after ${a.progress.elapsedSeconds} s, so it needs about ${a.progress.estimatedSeconds} s` : `${app} had logged no error and was still starting when ECS stopped it after ${a.ranSeconds} s`;
  return {
    title: seconds !== void 0 ? `The app needs ${seconds} s to start; ECS replaces it after ${graceShort(a.graceSeconds)}` : a.graceSeconds > 0 ? `The app is still starting when the ${a.graceSeconds} s health-check grace period ends` : "The app is still starting when ECS acts on its first failed health checks (no grace period)",
    why: `${observed}, and a target turns healthy only after ${s.healthyThreshold} passing checks ${s.interval} s apart (${s.healthyThreshold * s.interval} s more). ${a.graceSeconds > 0 ? `ECS ignores the load balancer only for the ${a.graceSeconds} s grace period` : "The service has no health-check grace period, so ECS acts on the load balancer at once"}; the target is still unhealthy then, so ECS kills the task and the next one starts the same way. A grace period of ${grace} s covers the start with margin.`,
    fixes: [
      {
        title: `Raise the health-check grace period to ${grace} s`,
        commands: [command("aws", "ecs", "update-service", "--cluster", ctx.cluster, "--service", ctx.serviceName, "--health-check-grace-period-seconds", grace, "--region", ctx.region)]
      },
      s.healthyThreshold > 2 && a.targetGroupArn ? {
        title: `Mark targets healthy after 2 passing checks instead of ${s.healthyThreshold}`,
        commands: modifyTargetGroup(ctx, a, "--healthy-threshold-count", 2),
        note: 'Optional: shortens the time from "listening" to "healthy" for every deployment.'
      } : void 0
    ]
  };
}

// src/diagnose/runtime/checks/elb.ts
var UNHEALTHY_REASON = /^Target\.(?:Timeout|ResponseCodeMismatch|FailedHealthChecks|NotInUse)$/;
function elbChecks(ctx) {
  if (ctx.targetGroupArns.length === 0) return { checks: [] };
  const killed = ctx.failedTasks.filter((t) => /^Task failed ELB health checks/i.test(t.stoppedReason ?? ""));
  const analysis = analyseElb(ctx, killed);
  const targetHealth = targetHealthCheck(ctx, analysis);
  const checks = [targetHealth, securityGroupCheck(analysis), healthCheckPortCheck(analysis), gracePeriodCheck(analysis)].filter((c) => c !== void 0);
  const findings = targetHealth?.status === "failed" && isFailingRun(ctx) ? [explainElbHealthCheck(ctx, { code: "elb-health-check-failed", classifications: [], tasks: killed, events: [] })] : [];
  return { checks, findings };
}
function targetHealthCheck(ctx, a) {
  const reported = (ctx.evidence.loadBalancing?.targetHealth ?? []).length > 0;
  if (!reported) return void 0;
  const matchable = ctx.tasks.some((t) => privateIpOf(t));
  const ours = matchable ? a.observations.filter((o) => o.taskId) : a.observations;
  const unhealthy = ours.filter((o) => o.state === "unhealthy" || o.reason && UNHEALTHY_REASON.test(o.reason));
  const base = { id: "elb-target-health", title: `Targets of the deployment in ${a.targetGroupName ?? "the target group"} are healthy` };
  if (ours.length === 0) return { ...base, status: "skipped", detail: "No target of the deployment is registered in the target group right now." };
  if (unhealthy.length === 0) return { ...base, status: "passed", detail: `${ours.length} target(s): ${[...new Set(ours.map((o) => o.state))].join(", ")}` };
  return {
    ...base,
    status: "failed",
    detail: unhealthy.map((o) => `${o.target}: ${o.reason ?? o.state}${o.description ? ` (${o.description})` : ""}`).join("; ")
  };
}
function securityGroupCheck(a) {
  const sg = a.securityGroup;
  if (!sg) return void 0;
  return {
    id: "elb-security-group",
    title: `The load balancer can reach the tasks on TCP ${sg.port}`,
    status: sg.status === "allowed" ? "passed" : sg.status === "blocked" ? "failed" : "skipped",
    detail: sg.detail
  };
}
function healthCheckPortCheck(a) {
  if (!a.targetGroup || !a.containerPort) return void 0;
  const port = a.settings.port;
  const matches = port === "traffic-port" || Number(port) === a.containerPort;
  return {
    id: "elb-health-check-port",
    title: "The health check goes to the container port",
    status: matches ? "passed" : "failed",
    detail: `Health check port ${port}, container port ${a.containerPort}`
  };
}
function gracePeriodCheck(a) {
  const seconds = a.start?.seconds;
  if (seconds === void 0) return void 0;
  const needed = seconds + a.settings.interval * a.settings.healthyThreshold;
  return {
    id: "elb-grace-period",
    title: "The health-check grace period covers the app start",
    status: needed <= a.graceSeconds ? "passed" : "failed",
    detail: `App ready after ${seconds} s + ${a.settings.healthyThreshold} \xD7 ${a.settings.interval} s to turn healthy = ${needed} s; grace period ${a.graceSeconds} s`
  };
}

// src/diagnose/runtime/service-connect.ts
var SERVICE_CONNECT_CONTAINER = /^ecs-service-connect-/i;
function isServiceConnectProxy(name) {
  return SERVICE_CONNECT_CONTAINER.test(name ?? "");
}
function serviceConnectFacts(ctx) {
  const deployment = ctx.deployment;
  const configuration = deployment?.serviceConnectConfiguration?.enabled ? deployment.serviceConnectConfiguration : void 0;
  const proxies = ctx.tasks.flatMap(proxyOf);
  if (!configuration && proxies.length === 0) return void 0;
  const replaced = (ctx.service.deployments ?? []).filter((d) => d.id !== deployment?.id);
  const before = replaced.find((d) => d.status === "PRIMARY") ?? replaced.find((d) => d.status === "ACTIVE") ?? replaced[0];
  const portNames = new Set((ctx.taskDefinition?.containerDefinitions ?? []).flatMap((c) => (c.portMappings ?? []).flatMap((p) => p.name ? [p.name] : [])));
  const unknownPorts = ctx.taskDefinition ? (configuration?.services ?? []).flatMap((s) => s.portName && !portNames.has(s.portName) ? [s.portName] : []) : [];
  return {
    ...configuration ? { configuration } : {},
    resources: deployment?.serviceConnectResources ?? [],
    ...before?.serviceConnectConfiguration?.enabled ? { previous: before.serviceConnectConfiguration } : {},
    previousKnown: before !== void 0,
    proxies,
    unknownPorts
  };
}
function proxyOf(task) {
  return (task.containers ?? []).filter((c) => isServiceConnectProxy(c.name)).map((c) => ({
    taskId: taskIdOf(task),
    containerName: c.name ?? "ecs-service-connect",
    ...c.lastStatus ? { lastStatus: c.lastStatus } : {},
    ...c.healthStatus ? { healthStatus: c.healthStatus } : {},
    ...c.exitCode !== void 0 ? { exitCode: c.exitCode } : {},
    ...c.reason ? { reason: c.reason } : {},
    stopped: task.lastStatus === "STOPPED"
  }));
}
function proxyFailed(proxy) {
  return proxy.healthStatus === "UNHEALTHY" || typeof proxy.exitCode === "number" && proxy.exitCode !== 0 && proxy.exitCode !== 143 && proxy.exitCode !== 137;
}
function namespaceLabel(namespace) {
  if (!namespace) return "(the cluster default)";
  return namespace.startsWith("arn:") ? namespace.split("/").pop() ?? namespace : namespace;
}
function describeConfiguration(configuration) {
  const services = (configuration.services ?? []).map((s) => {
    const aliases = (s.clientAliases ?? []).map((a) => `${a.dnsName ?? s.discoveryName ?? s.portName}:${a.port}`);
    return `port name ${s.portName}${s.discoveryName ? ` as ${s.discoveryName}` : ""}${aliases.length ? ` (clients call ${aliases.join(", ")})` : ""}`;
  });
  return `namespace ${configuration.namespace ?? "(the cluster default)"}, ${services.length ? services.join("; ") : "no services (client only)"}`;
}
function proxyUnhealthyIn(task) {
  return (task?.containers ?? []).some((c) => c.healthStatus === "UNHEALTHY" && isServiceConnectProxy(c.name));
}

// src/diagnose/runtime/checks/service-connect.ts
function serviceConnectChecks(ctx) {
  const facts = serviceConnectFacts(ctx);
  if (!facts) return { checks: [] };
  const checks = [];
  const services = facts.configuration?.services ?? [];
  if (services.length > 0 && ctx.taskDefinition) {
    checks.push({
      id: "service-connect.port-names",
      title: "The Service Connect services name port mappings of the task definition",
      status: facts.unknownPorts.length > 0 ? "failed" : "passed",
      detail: facts.unknownPorts.length > 0 ? `No port mapping is named ${facts.unknownPorts.join(", ")}.` : `Port name${services.length === 1 ? "" : "s"} ${services.map((s) => s.portName).join(", ")}.`
    });
  }
  if (facts.proxies.length > 0) {
    const failed = facts.proxies.filter(proxyFailed);
    const healthy = facts.proxies.filter((p) => p.healthStatus === "HEALTHY");
    checks.push({
      id: "service-connect.proxy",
      title: `The Service Connect proxy (${facts.proxies[0].containerName}) is healthy in the deployment's tasks`,
      status: failed.length > 0 ? "failed" : healthy.length > 0 ? "passed" : "skipped",
      detail: failed.length > 0 ? `${failed.length} of ${facts.proxies.length} task${facts.proxies.length === 1 ? "" : "s"}: ${failed.slice(0, 3).map((p) => `task ${p.taskId.slice(0, 8)} ${p.healthStatus === "UNHEALTHY" ? "UNHEALTHY" : `exit ${p.exitCode}`}${p.reason ? ` (${p.reason})` : ""}`).join(", ")}.` : healthy.length > 0 ? `HEALTHY in ${healthy.length} of ${facts.proxies.length} task${facts.proxies.length === 1 ? "" : "s"}.` : "No health status reported yet."
    });
  }
  return { checks };
}

// src/diagnose/runtime/classify.ts
var SECRET_ACTION = /^(?:secretsmanager:|ssm:GetParameter|kms:Decrypt)|^(?:GetSecretValue|GetParameters?|GetParametersByPath|Decrypt)$/i;
var ELB_KILL = /^Task failed (?:ELB|Elastic Load Balancing|load balancer|VPC Lattice) health checks/i;
var CONTAINER_HEALTH_KILL = /^Task failed container health checks/i;
var ESSENTIAL_EXITED = /^Essential container in task exited/i;
var OOM = /OutOfMemoryError/i;
function readRuntimeStop(input) {
  const { task } = input;
  const reason = task.stoppedReason ?? "";
  if (ELB_KILL.test(reason)) return healthCheckReading(input, "elb-health-check");
  if (CONTAINER_HEALTH_KILL.test(reason)) return healthCheckReading(input, "container-health-check");
  const cannotStart = cannotStartReading(input);
  if (cannotStart) return cannotStart;
  if (!containerExited(input)) return null;
  const container = culprit(task, input.taskDefinition, input.logs);
  return container ? exitReading(input, container, OOM.test(reason) ? reason : void 0) : null;
}
function readUnhealthyRunningTask(input) {
  const td = input.taskDefinition;
  const unhealthy = (input.task.containers ?? []).some((c) => c.healthStatus === "UNHEALTHY" && hasHealthCheck(td, c.name));
  if (!unhealthy) return null;
  return { ...healthCheckReading(input, "container-health-check"), confidence: "medium" };
}
function readRunningTask(input) {
  const container = culprit({ ...input.task, containers: (input.task.containers ?? []).map((c) => ({ ...c, exitCode: void 0, reason: void 0 })) }, input.taskDefinition, input.logs);
  if (!container) return null;
  const reading = exitReading(input, { ...container, exitCode: void 0, reason: void 0 });
  if (!reading.signal && !reading.logs.firstError) return null;
  return { ...reading, confidence: reading.signal && !reading.signal.weak && reading.confidence === "high" ? "medium" : "low", deterministic: false };
}
function containerExited(input) {
  const { task } = input;
  const reason = task.stoppedReason ?? "";
  if (ESSENTIAL_EXITED.test(reason) || OOM.test(reason) || task.stopCode === "EssentialContainerExited") return true;
  if (reason.trim() || task.stopCode) return false;
  const containers2 = task.containers ?? [];
  return containers2.some((c) => c.exitCode !== void 0 && c.exitCode !== null || c.reason) || (input.logs ?? []).some((l) => l.lines.length > 0);
}
function toStopClassification(task, reading) {
  return {
    code: reading.code,
    confidence: reading.confidence,
    deterministic: reading.deterministic,
    signature: signatureOf2(task, reading),
    cause: reading.cause,
    containerName: reading.containerName,
    exitCode: reading.exitCode
  };
}
function signatureOf2(task, reading) {
  const stopCode = task.stopCode ?? (reading.kind === "cannot-start" ? "TaskFailedToStart" : "EssentialContainerExited");
  switch (reading.kind) {
    case "exit":
      return `${stopCode}: ${reading.containerName} exit ${reading.exitCode ?? "none"} (${reading.code})`;
    case "container-health-check":
      return `${stopCode}: Task failed container health checks (${reading.containerName ?? "container"})`;
    default:
      return `${stopCode}: ${normaliseReason(reading.cause)}`;
  }
}
function logsFor(input, containerName) {
  return analyseLogs(input.logs?.find((l) => l.containerName === containerName));
}
function healthCheckReading(input, kind) {
  const containers2 = input.task.containers ?? [];
  const td = input.taskDefinition;
  const serving = (name) => containerPorts(definitionOf(td, name)).length > 0 && isEssential(td, name);
  const container = kind === "container-health-check" ? containers2.find((c) => c.healthStatus === "UNHEALTHY") ?? containers2.find((c) => hasHealthCheck(td, c.name)) : containers2.find((c) => serving(c.name)) ?? containers2[0];
  const proxy = kind === "container-health-check" && SERVICE_CONNECT_CONTAINER.test(container?.name ?? "");
  return {
    kind,
    code: proxy ? "service-connect-failed" : kind === "elb-health-check" ? "elb-health-check-failed" : "container-health-check-failed",
    confidence: "high",
    deterministic: false,
    cause: input.task.stoppedReason ?? "",
    containerName: container?.name,
    exitCode: container?.exitCode,
    containerReason: container?.reason,
    logs: logsFor(input, container?.name),
    ...proxy ? { detail: "service-connect" } : {}
  };
}
function definitionOf(td, name) {
  return td?.containerDefinitions?.find((c) => c.name === name);
}
function hasHealthCheck(td, name) {
  return Boolean(definitionOf(td, name)?.healthCheck?.command?.length);
}
function cannotStartReading(input) {
  const { task } = input;
  const sources = [
    { text: task.stoppedReason, container: void 0 },
    ...(task.containers ?? []).map((c) => ({ text: c.reason, container: c }))
  ];
  for (const source of sources) {
    const failure = source.text ? readStartFailure(source.text) : null;
    const decided = failure ? startCode(failure, input.taskDefinition) : null;
    if (!failure || !decided || !source.text) continue;
    const container = source.container ?? task.containers?.find((c) => c.reason) ?? task.containers?.find((c) => isEssential(input.taskDefinition, c.name));
    return {
      kind: "cannot-start",
      deterministic: true,
      confidence: decided.confidence,
      code: decided.code,
      detail: decided.detail,
      cause: failure.cause,
      containerName: container?.name,
      exitCode: container?.exitCode,
      containerReason: container?.reason,
      logs: logsFor(input, container?.name),
      startFailure: failure,
      message: source.text
    };
  }
  return null;
}
function startCode(failure, td) {
  switch (failure.kind) {
    case "command-not-found":
    case "not-executable":
    case "interpreter-missing":
      return { code: "command-not-found", detail: "command", confidence: "high" };
    case "exec-format":
      return { code: "image-platform-mismatch", detail: "platform", confidence: "high" };
    case "init-oom":
      return { code: "out-of-memory", detail: "init-oom", confidence: "high" };
    case "mount":
      return efsMountPoint(td, failure.path) ? { code: "efs-mount-failed", detail: "generic", confidence: "medium" } : { code: "invalid-task-definition", detail: "generic", confidence: "high" };
    case "working-directory":
    case "user":
      return { code: "invalid-task-definition", detail: "generic", confidence: "high" };
    case "resource-limits":
      return { code: "invalid-task-definition", detail: "generic", confidence: "medium" };
    default:
      return null;
  }
}
function efsMountPoint(td, path) {
  if (!td || !path) return false;
  const efsVolumes = new Set((td.volumes ?? []).filter((v) => v.efsVolumeConfiguration).map((v) => v.name));
  return (td.containerDefinitions ?? []).some((c) => (c.mountPoints ?? []).some((m) => efsVolumes.has(m.sourceVolume) && m.containerPath && path.endsWith(m.containerPath)));
}
function culprit(task, td, logs = []) {
  const containers2 = task.containers ?? [];
  const exited = containers2.filter((c) => c.exitCode !== void 0 && c.exitCode !== null || c.reason);
  const essential = exited.filter((c) => isEssential(td, c.name));
  const candidates = essential.length > 0 ? essential : exited;
  const ranked = [...candidates].sort((a, b) => rank(a) - rank(b))[0];
  if (ranked) return ranked;
  const logged = new Set((logs ?? []).filter((l) => l.lines.length > 0).map((l) => l.containerName));
  return containers2.find((c) => logged.has(c.name ?? "")) ?? containers2.find((c) => isEssential(td, c.name)) ?? containers2[0];
}
function rank(container) {
  const exit = container.exitCode;
  if (OOM.test(container.reason ?? "")) return 0;
  if (exit === void 0 || exit === null) return 6;
  if (exit === 143) return 5;
  if (exit === 137) return 4;
  if (exit === 0) return 3;
  return 1;
}
function exitReading(input, container, taskReason) {
  const reason = container.reason || taskReason || "";
  const logs = logsFor(input, container.name);
  const signal = logs.decisive;
  const decided = environmentFact(reason, container.exitCode, signal) ?? proxyExit(container) ?? (signal && applicationSignal(input.taskDefinition, container.name, signal)) ?? bareExit(container, reason, logs);
  return {
    kind: "exit",
    code: decided.code,
    detail: decided.detail,
    // A signal from a warning-level line decides only for want of anything stronger.
    confidence: signal?.weak && decided.fromSignal ? "medium" : decided.confidence,
    deterministic: decided.deterministic ?? false,
    cause: decided.cause ?? (signal ? quoteLine(signal.line) : reason),
    containerName: container.name,
    exitCode: container.exitCode,
    containerReason: reason || void 0,
    logs,
    signal
  };
}
function proxyExit(container) {
  if (!SERVICE_CONNECT_CONTAINER.test(container.name ?? "")) return null;
  return { code: "service-connect-failed", detail: "service-connect", confidence: "medium" };
}
function environmentFact(reason, exit, signal) {
  if (OOM.test(reason)) return { code: "out-of-memory", detail: "oom-killed", confidence: "high", cause: reason };
  if (/exec format error/i.test(reason)) {
    return { code: "image-platform-mismatch", detail: "platform", confidence: "high", cause: reason, deterministic: true };
  }
  switch (signal?.kind) {
    case "exec-format-error":
      return { code: "image-platform-mismatch", detail: "platform", confidence: "high", deterministic: true };
    case "command-not-found":
    case "exec-permission-denied":
      return { code: "command-not-found", detail: "command", confidence: "high", deterministic: true };
    case "service-connect":
      return { code: "service-connect-failed", detail: "service-connect", confidence: signal.weak ? "low" : "medium" };
  }
  if (exit === 127 || exit === 126) {
    return { code: "command-not-found", detail: "command", confidence: "medium", cause: reason || `exit code ${exit}`, deterministic: true };
  }
  if (signal?.kind === "out-of-memory") return { code: "out-of-memory", detail: "runtime-heap", confidence: "high", fromSignal: true };
  if (signal?.kind === "no-space-left") return { code: "ephemeral-storage-exhausted", detail: "no-space", confidence: "high", fromSignal: true };
  if (signal?.kind === "segfault") return { code: "segfault", detail: "segfault", confidence: exit === 139 ? "high" : "medium" };
  if (exit === 139) return { code: "segfault", detail: "segfault", confidence: "high", cause: reason || "exit code 139 (SIGSEGV)" };
  return null;
}
function bareExit(container, reason, logs) {
  const exit = container.exitCode;
  const errorLine = logs.exception?.line ?? logs.firstError?.line;
  const cause = errorLine ? quoteLine(errorLine) : reason || `${container.name} exited with code ${exit ?? "none"}`;
  if (exit === 137) {
    return { code: "app-exit-error", detail: "sigkill", confidence: "low", cause: reason || `${container.name} exited with code 137 (SIGKILL) without an OutOfMemoryError reason` };
  }
  if (exit === 143) return { code: "app-exit-error", detail: "sigterm", confidence: "low", cause };
  if (exit === 0) return { code: "app-exit-error", detail: "essential-exit-zero", confidence: "high", cause: `essential container ${container.name} exited with code 0` };
  return { code: "app-exit-error", detail: "generic", confidence: errorLine ? "medium" : "low", cause };
}
function applicationSignal(td, containerName, signal) {
  const fromLog = (code, detail, confidence) => ({ code, detail, confidence, fromSignal: true });
  switch (signal.kind) {
    case "missing-env":
      return fromLog("missing-configuration", "missing-env", signal.envVar ? "high" : "medium");
    case "missing-config-file":
      return fromLog("missing-configuration", "missing-config-file", "high");
    case "connection-failed":
      if (!isLocalHost(signal.host)) return fromLog("dependency-unreachable", "remote-dependency", signal.host ? "high" : "medium");
      if (sidecarServing(td, containerName, signal.port)) return fromLog("dependency-unreachable", "sidecar-dependency", "high");
      return fromLog("missing-configuration", "local-default", "medium");
    case "address-in-use":
      return fromLog("port-conflict", "address-in-use", "high");
    case "bind-permission-denied":
      return fromLog("app-exit-error", "privileged-port", "high");
    case "module-not-found":
      return fromLog("app-exit-error", "module-not-found", "high");
    case "path-not-writable":
      return fromLog("app-exit-error", "path-not-writable", "medium");
    case "usage-printed":
      return fromLog("app-exit-error", "usage", "medium");
    case "log-router-failure":
      return fromLog("log-config-error", "log-router", "medium");
    case "health-check-rejected":
      return fromLog("elb-health-check-failed", "generic", "medium");
    case "aws-access-denied":
      return SECRET_ACTION.test(signal.action ?? "") ? fromLog("secret-access-denied", "app-aws-denied", "medium") : fromLog("app-exit-error", "app-aws-denied", "medium");
    default:
      return null;
  }
}
function sidecarServing(td, containerName, port) {
  if (!port) return void 0;
  return td?.containerDefinitions?.find((c) => c.name !== containerName && containerPorts(c).includes(port));
}

// src/diagnose/runtime/explain/app-denied.ts
function isAppAwsDenial(ctx, group) {
  const readings = readingsOf(ctx, group);
  return readings.length > 0 && readings.every((r) => r.reading.detail === "app-aws-denied");
}
function roleNameOf2(principal) {
  return /:assumed-role\/([\w+=,.@-]+)\//.exec(principal ?? "")?.[1] ?? /:role\/(?:[\w+=,.@/-]*\/)?([\w+=,.@-]+)$/.exec(principal ?? "")?.[1];
}
function explainAppAwsDenied(ctx, group, code) {
  const pick = bestReading(readingsOf(ctx, group));
  const signal = pick?.reading.signal;
  const action = signal?.action ?? "the AWS action";
  const taskRoleArn = ctx.taskDefinition?.taskRoleArn;
  const role = roleNameOf2(signal?.principal) ?? roleNameOf2(taskRoleArn);
  const instanceRole = /:assumed-role\/[^/]+\/i-[0-9a-f]+/.test(signal?.principal ?? "");
  const name = pick?.reading.containerName ?? "the application";
  const resource = signal?.resource;
  const who = instanceRole ? `the EC2 instance role ${role ?? ""} (the task has no task role, so the SDK fell back to the instance profile)` : role ? `role ${role}` : "the task role";
  const grant = role && action.includes(":") ? {
    title: `Allow ${action}${resource ? ` on ${resource}` : ""} to ${role}`,
    note: "Grant only what the application reads: the exact parameter or secret ARN, and kms:Decrypt on its key when it is a customer managed key.",
    commands: [
      command(
        "aws",
        "iam",
        "put-role-policy",
        "--role-name",
        role,
        "--policy-name",
        `${action.replace(/[^\w]/g, "-")}-app`,
        "--policy-document",
        JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: action, Resource: resource ?? "*" }] })
      )
    ]
  } : void 0;
  return {
    code,
    title: `${name} was refused ${action}${resource ? ` on ${resource}` : ""}: the application's own AWS call, not ECS's`,
    explanation: `${name} calls AWS itself (an SDK or the AWS CLI at start-up) and IAM denied ${action} to ${who}. This is not the execution role ECS uses to start the task: the application's calls use the task role (taskRoleArn${taskRoleArn ? ` ${taskRoleArn}` : ", which this task definition does not set"}), so grant the action there, or move the value into the task definition's secrets so ECS injects it.`,
    confidence: pick?.reading.confidence ?? "medium",
    evidence: compact([
      pick && stoppedTasksLine(ctx, group, exitSummary(pick.task, pick.reading)),
      signal && `Log line: ${quoteLine(signal.line, 300)}`,
      ...logEvidence(pick).slice(1)
    ]),
    fixes: compact([grant, rollbackFix2(ctx)]),
    logExcerpt: logExcerptOf(pick)
  };
}

// src/diagnose/runtime/explain/app-exit.ts
function explainAppExit(ctx, group) {
  if (isAppAwsDenial(ctx, group)) return explainAppAwsDenied(ctx, group, "app-exit-error");
  const pick = bestReading(readingsOf(ctx, group));
  const reading = pick?.reading;
  const story = reading ? storyOf2(ctx, reading) : { title: "The application exited", why: "" };
  const revisionFix = story.fixTitle ? newRevisionFix(ctx, story.fixTitle, { edit: story.edit }) : void 0;
  return {
    code: "app-exit-error",
    title: story.title,
    explanation: story.why,
    confidence: reading?.confidence ?? "low",
    evidence: compact([pick && stoppedTasksLine(ctx, group, exitSummary(pick.task, pick.reading)), ...logEvidence(pick)]),
    fixes: compact([revisionFix, rollbackFix2(ctx)]),
    logExcerpt: logExcerptOf(pick)
  };
}
function storyOf2(ctx, reading) {
  const name = reading.containerName ?? "the container";
  const code = reading.exitCode;
  const errorLine = reading.logs.exception?.line ?? reading.logs.firstError?.line;
  const quoted = errorLine ? ` Its log says: "${quoteLine(errorLine, 200)}".` : "";
  const noLogs = reading.logs.hasLines ? "" : " It wrote no logs (it crashed before logging, or awslogs is misconfigured).";
  switch (reading.detail) {
    case "essential-exit-zero":
      return {
        title: `Essential container ${name} exited with code 0`,
        why: `${name} finished successfully, but it is marked essential, and an essential container that exits stops the whole task \u2014 even with code 0. A long-running service must keep its process in the foreground; a one-off step (migration, init) must be essential=false, with the app container depending on it with condition SUCCESS.`,
        fixTitle: `Make ${name} a non-essential init container, or keep it running`,
        edit: `In td.json set "essential": false on containerDefinitions[?name=='${name}'] and add {"containerName": "${name}", "condition": "SUCCESS"} to the dependsOn of the app container; or fix the command so ${name} stays in the foreground.`
      };
    case "privileged-port": {
      const port = reading.signal?.port;
      return {
        title: `${name} cannot bind port ${port ?? "below 1024"}: permission denied`,
        why: `${name} exited because it runs as a non-root user and tried to listen on port ${port ?? "below 1024"}; ports below 1024 need root (or CAP_NET_BIND_SERVICE).${quoted} Listen on a port of 1024 or more (e.g. 8080) and map that port in the task definition and the target group.`,
        fixTitle: `Listen on an unprivileged port in ${name}`,
        edit: `Change the app's listen port (e.g. its PORT env var) to 1024 or more and the matching containerDefinitions[?name=='${name}'].portMappings in td.json before registering; a new port also needs a new target group or service.`
      };
    }
    case "module-not-found": {
      const module = reading.signal?.module;
      return {
        title: `${name} exits at start-up: ${module ? `module ${module} is not in the image` : "a module is not in the image"}`,
        why: `${name} exited with code ${code} because it could not load ${module ?? "a module"}.${quoted} The image was built without it: dependencies not installed in the final stage of a multi-stage build, dev dependencies pruned, a wrong working directory, or the build output not copied. Rebuild the image; the task definition cannot fix this.`
      };
    }
    case "usage": {
      const program = reading.signal?.command;
      const definition = containerDefinition(ctx.taskDefinition, reading.containerName);
      const started = [...definition?.entryPoint ?? [], ...definition?.command ?? []];
      return {
        title: `${name} printed ${program ? `${program}'s` : "its"} usage and stopped: the command line is not one it accepts`,
        why: `${name} printed how to call ${program ?? "its program"} instead of running, so the command or arguments it was started with are wrong.${quoted} ` + (started.length > 0 ? `The task definition starts it with ${JSON.stringify(started)}. ` : "") + 'A common cause is a command given as one string ("run --port 80") where ECS expects one array element per argument, or an entryPoint and command that repeat the program name.',
        fixTitle: `Give ${name} a command line ${program ?? "the program"} accepts`,
        edit: `In td.json fix containerDefinitions[?name=='${name}'].command (one array element per argument) and entryPoint before registering.`
      };
    }
    case "path-not-writable": {
      const path = reading.signal?.path;
      const user = containerDefinition(ctx.taskDefinition, reading.containerName)?.user;
      return {
        title: `${name} may not write ${path ?? "a path it needs"}: permission denied`,
        why: `${name} stopped because it runs as ${user ? `user ${user}` : "a non-root user"} that may not write ${path ?? "a directory it needs"}.${quoted} A volume mounted there is owned by root (a bind mount, a new EFS file system or access point with another POSIX user), or the image does not give that user the directory. Give the user the path (chown in the image, the access point's POSIX user/creation info), or run as the user that owns it.`,
        fixTitle: `Make ${path ?? "the path"} writable by the container's user`,
        edit: `In td.json set containerDefinitions[?name=='${name}'].user to the owner of ${path ?? "the path"}, or mount a volume that user owns there (an EFS access point with a matching posixUser and creationInfo), before registering.`
      };
    }
    case "sigkill":
      return {
        title: `${name} was killed (exit 137) without an out-of-memory reason`,
        why: `${name} exited with 137 (SIGKILL), and ECS reports no OutOfMemoryError for it, so this is not a memory kill. A process gets SIGKILL when it ignores SIGTERM for the stop timeout (stopTimeout, 30 s by default) after ECS or another container stopped the task, or when something inside the container kills it.${quoted}${noLogs}`
      };
    case "sigterm":
      return {
        title: `${name} exited on SIGTERM (exit 143)`,
        why: `${name} exited with 143: it received SIGTERM and stopped. Something inside the task sent it, or the task was being stopped.${quoted}${noLogs}`
      };
    default: {
      const command2 = containerDefinition(ctx.taskDefinition, reading.containerName)?.command;
      return {
        title: errorLine ? `${name} exits with code ${code ?? "unknown"}: ${quoteLine(errorLine, 120)}` : `${name} exits with code ${code ?? "unknown"} at start-up`,
        why: `The essential container ${name} exited with code ${code ?? "unknown"} after starting, which stopped the task.` + (errorLine ? ` The first error in its log is "${quoteLine(errorLine, 200)}"; the excerpt below shows the stack trace.` : noLogs) + (command2?.length ? " Compare the command and settings with the last working revision." : "")
      };
    }
  }
}

// src/diagnose/runtime/explain/settings.ts
function settingsSentence(ctx, containerName) {
  const def = containerDefinition(ctx.taskDefinition, containerName);
  if (!def) return "";
  const env = envNames(def);
  const secrets = secretNames(def);
  const files2 = (def.environmentFiles ?? []).flatMap((f) => f.value ? [f.value] : []);
  const parts = [
    env.length ? `env vars ${listOf2(env)}` : "no env vars",
    secrets.length ? `secrets ${listOf2(secrets)}` : "no secrets",
    ...files2.length ? [`environment files ${listOf2(files2)}`] : []
  ];
  return `The task definition ${currentRevision2(ctx) ?? ""} defines ${listOf2(parts)} for ${containerName} (names only).`.replace("  ", " ");
}
function definesSetting(ctx, containerName, name) {
  const def = containerDefinition(ctx.taskDefinition, containerName);
  if (envNames(def).includes(name)) return "environment";
  if (secretNames(def).includes(name)) return "secrets";
  return void 0;
}
function settingChange(ctx, containerName, name) {
  const previous = ctx.previousTaskDefinition;
  if (!previous) return void 0;
  const before = containerDefinition(previous, containerName);
  const after = containerDefinition(ctx.taskDefinition, containerName);
  const had = envNames(before).includes(name) || secretNames(before).includes(name);
  const has = envNames(after).includes(name) || secretNames(after).includes(name);
  const previousRef = revisionRef(previous);
  if (had && !has) return `${previousRef} defined ${name}; this revision removed it.`;
  if (!had && has) return `${name} is new in this revision (${previousRef} did not define it).`;
  const valueOf = (def) => def?.environment?.find((e) => e.name === name)?.value ?? def?.secrets?.find((s) => s.name === name)?.valueFrom;
  if (had && has && valueOf(before) !== valueOf(after)) return `${name} changed since ${previousRef} (value not shown).`;
  return void 0;
}
function envFormOf(key) {
  return key.replace(/[.-]/g, "_").replace(/\[(\d+)\]/g, "_$1").toUpperCase();
}
var WELL_KNOWN_PORTS = {
  5432: { service: "PostgreSQL", setting: "DATABASE_URL" },
  3306: { service: "MySQL", setting: "DATABASE_URL" },
  1433: { service: "SQL Server", setting: "a connection string" },
  1521: { service: "Oracle", setting: "DATABASE_URL" },
  6379: { service: "Redis", setting: "REDIS_URL" },
  6380: { service: "Redis (TLS)", setting: "REDIS_URL" },
  11211: { service: "Memcached", setting: "MEMCACHED_HOST" },
  27017: { service: "MongoDB", setting: "MONGODB_URI" },
  5672: { service: "RabbitMQ", setting: "AMQP_URL" },
  9092: { service: "Kafka", setting: "KAFKA_BROKERS" },
  9200: { service: "Elasticsearch/OpenSearch", setting: "ELASTICSEARCH_URL" },
  9042: { service: "Cassandra", setting: "CASSANDRA_HOST" },
  4317: { service: "an OpenTelemetry collector", setting: "OTEL_EXPORTER_OTLP_ENDPOINT" },
  4318: { service: "an OpenTelemetry collector", setting: "OTEL_EXPORTER_OTLP_ENDPOINT" },
  8126: { service: "the Datadog agent", setting: "DD_AGENT_HOST" }
};
function wellKnownPort(port) {
  return port ? WELL_KNOWN_PORTS[port] : void 0;
}

// src/diagnose/runtime/explain/configuration.ts
function explainMissingConfiguration(ctx, group) {
  const readings = readingsOf(ctx, group);
  const pick = bestReading(readings);
  const reading = pick?.reading;
  const container = reading?.containerName ?? "the container";
  const setting = reading ? settingName(reading) : void 0;
  const defined = setting ? definesSetting(ctx, reading?.containerName, setting) : void 0;
  const change = setting ? settingChange(ctx, reading?.containerName, setting) : void 0;
  const story = reading ? describe(reading, container, setting, defined) : { title: `${container} is missing configuration`, why: "" };
  return {
    code: "missing-configuration",
    title: story.title,
    explanation: compact([story.why, settingsSentence(ctx, reading?.containerName), change]).join(" "),
    confidence: defined ? "medium" : reading?.confidence ?? "medium",
    evidence: compact([
      pick && stoppedTasksLine(ctx, group, exitSummary(pick.task, pick.reading)),
      ...logEvidence(pick),
      change
    ]),
    fixes: compact([addSettingFix(ctx, reading, setting ?? portHint(reading), defined), rollbackFix2(ctx)]),
    logExcerpt: logExcerptOf(pick)
  };
}
function settingName(reading) {
  const signal = reading.signal;
  if (signal?.envVar) return signal.envVar;
  if (signal?.configKey && /^[\w.-]+$/.test(signal.configKey)) return envFormOf(signal.configKey);
  return reading.logs.signals.find((s) => s.kind === "missing-env" && s.envVar)?.envVar;
}
function portHint(reading) {
  if (reading?.detail !== "local-default") return void 0;
  const hint = wellKnownPort(reading.signal?.port)?.setting;
  return hint && /^[A-Z][A-Z0-9_]+$/.test(hint) ? hint : void 0;
}
function describe(reading, container, setting, defined) {
  const signal = reading.signal;
  const exit = reading.exitCode !== void 0 && reading.exitCode !== null ? ` with code ${reading.exitCode}` : "";
  if (reading.detail === "missing-config-file") {
    return {
      title: `${container} exits at start-up: config file ${signal?.path} is missing`,
      why: `${container} exited${exit} because it could not open ${signal?.path}. The file is not in the image at that path: it was not copied in the image build, is expected on a volume the task definition does not mount, or its name is derived from an env var (such as the environment name) that is not set.`
    };
  }
  if (reading.detail === "local-default") {
    const known = wellKnownPort(signal?.port);
    const target = `${signal?.host}${signal?.port ? `:${signal.port}` : ""}`;
    const hinted = setting ?? known?.setting ?? "the env var that holds its address";
    return {
      title: `${container} connects to ${target}, a default: ${hinted} is probably not set`,
      why: `${container} exited${exit} after its connection to ${target}${known ? ` (${known.service})` : ""} was refused. Nothing listens on ${signal?.host} inside the task (no other container of the task exposes that port), so the app fell back to a built-in default: the setting that points it at the real ${known?.service ?? "service"} \u2014 ${setting ? setting : `typically ${hinted}`} \u2014 is missing${defined ? " or empty" : ""}.`
    };
  }
  const what = setting ?? (signal?.configKey ? `the setting ${signal.configKey}` : "a required setting");
  const definedNote = defined ? ` ${setting} is defined in the task definition (${defined}), so its value is probably empty or invalid, or the app reads another name.` : "";
  return {
    title: `${container} exits at start-up: ${what} is not set`,
    why: `${container} exited${exit} right after starting: its log says ${what} is required but missing.${definedNote}`
  };
}
function addSettingFix(ctx, reading, setting, defined) {
  const container = reading?.containerName ?? "the container";
  const revision = currentRevision2(ctx);
  if (reading?.detail === "missing-config-file") {
    return newRevisionFix(
      ctx,
      `Provide ${reading.signal?.path} to ${container}`,
      { edit: `Rebuild the image with the file, or mount it: edit containerDefinitions[?name=='${container}'] in td.json (mountPoints/volumes, or the env var that selects the file) before registering.` }
    );
  }
  if (!setting) {
    return newRevisionFix(ctx, `Add the missing setting to ${container}`, { edit: `In td.json add it to containerDefinitions[?name=='${container}'].environment (or secrets) before registering.` });
  }
  const guessed = reading?.detail === "local-default" && !reading.logs.signals.some((s) => s.envVar === setting);
  const nameNote = guessed ? ` ${setting} is the usual name; use the one the app reads.` : "";
  const edit = defined ? `${setting} is already in ${revision}: check its value in td.json (containerDefinitions[?name=='${container}'].${defined}) before registering.` : `${nameNote.trim()} In td.json add {"name": "${setting}", "value": "<its value>"} to containerDefinitions[?name=='${container}'].environment, or {"name": "${setting}", "valueFrom": "<Secrets Manager or SSM parameter ARN>"} to its secrets if it holds a credential, then register.`;
  const changes = defined ? [] : [{ where: containerField(container, ".environment"), after: JSON.stringify({ name: setting, value: "<its value>" }) }];
  return newRevisionFix(ctx, `${defined ? "Fix" : "Add"} ${setting} for ${container}`, { edit, changes });
}

// src/diagnose/runtime/explain/container-health.ts
var MAX_START_PERIOD = 300;
var PROBE_TOOL = /\b(curl|wget|nc|grpc_health_probe)\b/;
var SLIM_IMAGE = /alpine|slim|distroless|chainguard|scratch|busybox|-minimal|ubi-micro/i;
function explainContainerHealthCheck(ctx, group) {
  const readings = readingsOf(ctx, group);
  const pick = bestReading(readings);
  const checked = ctx.taskDefinition?.containerDefinitions?.find((c) => c.essential !== false && c.healthCheck?.command?.length)?.name;
  const containerName = pick?.reading.containerName ?? checked;
  const name = containerName ?? "the container";
  const def = containerDefinition(ctx.taskDefinition, containerName);
  const check = healthCheckOf(def);
  const start = startOf2(ctx, readings);
  const problem = check ? problemOf(check, def, readings, start) : "no-health-check";
  const neededStart = start?.seconds !== void 0 ? Math.min(MAX_START_PERIOD, Math.ceil(start.seconds * 1.25 / 10) * 10) : void 0;
  const story = storyOf3(problem, name, check, def, start, neededStart);
  return {
    code: "container-health-check-failed",
    title: story.title,
    explanation: story.why,
    confidence: problem === "unknown" || problem === "probe-maybe-missing" || group.tasks.length === 0 ? "medium" : "high",
    evidence: compact([
      pick && stoppedTasksLine(ctx, group, `Task failed container health checks, ${name} UNHEALTHY${exitNote(pick)}`),
      ...group.events.slice(0, 2).map((e) => `Service event: ${e.message}`),
      check ? `Health check of ${name}: ${JSON.stringify(check.command.map(redact))}, every ${check.interval} s, timeout ${check.timeout} s, ${check.retries} retries, startPeriod ${check.startPeriod} s` : void 0,
      start?.seconds !== void 0 ? `${name} was ready after ${start.seconds} s (${start.how})` : void 0,
      def?.image ? `Image: ${def.image}` : void 0,
      ...logEvidence(pick)
    ]),
    fixes: compact([...fixesFor(ctx, problem, name, check, neededStart), rollbackFix2(ctx)]),
    logExcerpt: logExcerptOf(pick)
  };
}
function healthCheckOf(def) {
  const hc = def?.healthCheck;
  if (!hc?.command?.length) return void 0;
  return { command: hc.command, interval: hc.interval ?? 30, timeout: hc.timeout ?? 5, retries: hc.retries ?? 3, startPeriod: hc.startPeriod ?? 0 };
}
function startOf2(ctx, readings) {
  for (const { task, reading } of readings) {
    const start = appStart(task, logsOf(ctx, task, reading.containerName)?.lines ?? []);
    if (start) return start;
  }
  return void 0;
}
function probeMissingInLogs(readings) {
  return readings.some(
    ({ reading }) => reading.logs.signals.some((s) => s.kind === "command-not-found" && PROBE_TOOL.test(s.command ?? s.line))
  );
}
function problemOf(check, def, readings, start) {
  const [form, ...rest] = check.command;
  const shell = rest.join(" ");
  if (form === "CMD" && rest.length === 1 && /\s/.test(rest[0])) return "exec-form";
  if (probeMissingInLogs(readings)) return "probe-missing";
  const probePort = /(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::(\d+))/.exec(shell)?.[1];
  const ports2 = containerPorts(def);
  if (probePort && ports2.length > 0 && !ports2.includes(Number(probePort))) return "probe-port";
  if (probePath(check) && readings.some((r) => answeredOk(r.reading.logs.excerpt?.lines ?? [], probePath(check)))) return "probe-broken";
  if (start?.seconds !== void 0 && start.seconds > check.startPeriod + check.interval * check.retries) return "slow-start";
  if (readings.some((r) => r.reading.logs.decisive && !r.reading.logs.decisive.weak)) return "app-error";
  if (PROBE_TOOL.test(shell) && SLIM_IMAGE.test(def?.image ?? "")) return "probe-maybe-missing";
  return "unknown";
}
function probePath(check) {
  return /https?:\/\/[^/\s"']+(\/[^\s"'|;&]*)/.exec(check.command.join(" "))?.[1];
}
function answeredOk(lines, path) {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const onPath = new RegExp(`[\\s"'=:]${escaped}(?=[\\s"'?]|$)`);
  const ok3 = /(?:status(?:Code)?["']?\s*[:=]\s*["']?|HTTP\/[\d.]+["']?\s+)2\d\d\b/i;
  return lines.some((line) => onPath.test(line) && ok3.test(line));
}
function exitNote(pick) {
  return pick.reading.exitCode === 137 || pick.reading.exitCode === 143 ? ` (exit ${pick.reading.exitCode}: ECS stopped the container after it turned unhealthy; not an app crash or OOM)` : "";
}
function storyOf3(problem, name, check, def, start, neededStart) {
  const budget = check ? check.startPeriod + check.interval * check.retries : 0;
  const tool = check ? PROBE_TOOL.exec(check.command.join(" "))?.[1] : void 0;
  switch (problem) {
    case "exec-form":
      return {
        title: `${name}'s health check uses CMD with a whole command line as one word`,
        why: `The health check is ["CMD", "${redact(check.command[1])}"]: with CMD the second element is run as the program name, spaces and all, so it can never succeed. Use ["CMD-SHELL", "..."] for a shell command line, or split the arguments into separate elements.`
      };
    case "probe-missing":
      return {
        title: `${name}'s health check runs ${tool ?? "a program"} that the image does not have`,
        why: `The health check command calls ${tool ?? "a program"}, and the log shows it is not found in the image${def?.image ? ` (${def.image})` : ""}: every check fails, so ECS marks ${name} UNHEALTHY and replaces the task. Install it in the image, or probe with a tool the image has (wget on Alpine, or the app's runtime, e.g. node -e / python -c).`
      };
    case "probe-broken":
      return {
        title: `${name} answers its health endpoint, but its health-check command fails`,
        why: `${name}'s log shows ${probePath(check)} answered with a 2xx status, so the app is healthy; the probe itself fails. The command runs ${tool ?? "a program"} inside the container${def?.image ? ` (${def.image})` : ""}: minimal images (distroless, slim, scratch) ship without ${tool ?? "it"}, and without /bin/sh, which CMD-SHELL needs. Probe with a program the image has, in the CMD form.`
      };
    case "probe-maybe-missing":
      return {
        title: `${name}'s health check may call ${tool}, which ${def?.image} may not include`,
        why: `The health check runs ${tool}, and ${def?.image} is a minimal image that often ships without it. Check with docker run --entrypoint which; else probe with a tool the image has.`
      };
    case "probe-port": {
      const probePort = /(?:localhost|127\.0\.0\.1|0\.0\.0\.0):(\d+)/.exec(check.command.join(" "))?.[1];
      return {
        title: `${name}'s health check probes port ${probePort}, the container listens on ${containerPorts(def).join(", ")}`,
        why: `The health check command targets port ${probePort}, but ${name} maps ${containerPorts(def).join(", ")}: the probe reaches nothing and fails every time.`
      };
    }
    case "slow-start":
      return {
        title: `${name} needs ${start?.seconds} s to start; its health check gives up after ${budget} s`,
        why: `${name} became ready ${start?.seconds} s after starting (${start?.how}), but the check allows startPeriod ${check.startPeriod} s + ${check.retries} retries \xD7 ${check.interval} s = ${budget} s before the container is UNHEALTHY. A startPeriod of ${neededStart} s covers the start.`
      };
    case "app-error":
      return {
        title: `${name} is running but fails its own health check`,
        why: `The health check keeps failing after the start period, and ${name}'s log shows errors (below): the app is up but unhealthy, often because a dependency is down. Fix the cause in the log rather than the check.`
      };
    case "no-health-check":
      return {
        title: `Tasks fail container health checks`,
        why: `ECS stopped the tasks because an essential container became UNHEALTHY; the failing task definition's health check for ${name} is not in the evidence.`
      };
    default:
      return {
        title: `${name} fails its container health check`,
        why: `The health check command ${JSON.stringify(check.command.map(redact))} keeps failing (exit code non-zero or slower than ${check.timeout} s) after the ${check.startPeriod} s start period, so ECS marks ${name} UNHEALTHY and replaces the task. Run the same command in the container (aws ecs execute-command) to see its output.`
      };
  }
}
function fixesFor(ctx, problem, name, check, neededStart) {
  const field = `containerDefinitions[?name=='${name}'].healthCheck`;
  switch (problem) {
    case "exec-form":
      return [
        newRevisionFix(ctx, `Run ${name}'s health check through a shell`, {
          edit: `In td.json change ${field}.command to ["CMD-SHELL", "${redact(check.command[1]).replace(/"/g, '\\"')}"] before registering.`,
          changes: [{ where: containerField(name, ".healthCheck"), key: "command", before: JSON.stringify(check.command.map(redact)), after: JSON.stringify(["CMD-SHELL", redact(check.command[1])]) }]
        })
      ];
    case "probe-missing":
    case "probe-broken":
    case "probe-maybe-missing":
      return [
        newRevisionFix(
          ctx,
          `Probe ${name} with a tool the image has`,
          { edit: `In td.json change ${field}.command before registering: e.g. ["CMD-SHELL", "wget -qO- http://localhost:PORT/health || exit 1"] on Alpine, or ["CMD", "<the app's runtime>", "<a health-check script>"] in an image without a shell; or add the tool to the image.` }
        )
      ];
    case "probe-port":
      return [newRevisionFix(ctx, `Probe the port ${name} listens on`, { edit: `In td.json fix the port in ${field}.command before registering.` })];
    case "slow-start": {
      const grace = ctx.service.loadBalancers?.length && neededStart ? {
        title: `Or raise the service health-check grace period to ${neededStart} s`,
        commands: [command("aws", "ecs", "update-service", "--cluster", ctx.cluster, "--service", ctx.serviceName, "--health-check-grace-period-seconds", neededStart, "--region", ctx.region)]
      } : void 0;
      const startPeriod = { where: containerField(name, ".healthCheck"), key: "startPeriod", ...check?.startPeriod !== void 0 ? { before: String(check.startPeriod) } : {}, after: String(neededStart) };
      const edit = `In td.json set ${field}.startPeriod to ${neededStart} (at most ${MAX_START_PERIOD}) before registering.`;
      return [newRevisionFix(ctx, `Give ${name} a ${neededStart} s health-check start period`, { edit, changes: [startPeriod] }), grace];
    }
    default:
      return [];
  }
}

// src/diagnose/runtime/explain/crash.ts
function explainSegfault(ctx, group) {
  const pick = bestReading(readingsOf(ctx, group));
  const reading = pick?.reading;
  const name = reading?.containerName ?? "the container";
  const image = imageChange(ctx, reading?.containerName);
  return {
    code: "segfault",
    title: `${name} crashes with a segmentation fault (exit ${reading?.exitCode ?? 139})`,
    explanation: `${name} was killed by SIGSEGV: native code read or wrote memory it does not own. In containers this usually comes from a native library or binary built for another C library or CPU (glibc vs musl/Alpine, another architecture), an incompatible native extension after a dependency upgrade, or too small a stack for a native thread.${image ? ` ${image}` : ""}`,
    confidence: reading?.exitCode === 139 ? "high" : reading?.confidence ?? "medium",
    evidence: compact([pick && stoppedTasksLine(ctx, group, exitSummary(pick.task, pick.reading)), ...logEvidence(pick), image]),
    fixes: compact([rollbackFix2(ctx)]),
    logExcerpt: logExcerptOf(pick)
  };
}
function explainCommandNotFound(ctx, group) {
  const pick = bestReading(readingsOf(ctx, group));
  const reading = pick?.reading;
  const name = reading?.containerName ?? "the container";
  const def = containerDefinition(ctx.taskDefinition, reading?.containerName);
  const wanted = reading?.signal?.command ?? commandFrom(reading?.cause);
  const denied2 = reading?.exitCode === 126 || /permission denied/i.test(`${reading?.cause} ${reading?.signal?.line ?? ""}`);
  const missingFile = /no such file or directory/i.test(`${reading?.cause} ${reading?.signal?.line ?? ""}`);
  const configured = [
    def?.entryPoint?.length ? `entryPoint ${JSON.stringify(def.entryPoint.map(redact))}` : void 0,
    def?.command?.length ? `command ${JSON.stringify(def.command.map(redact))}` : void 0
  ].filter(Boolean);
  const why = denied2 ? `${wanted ?? "The command"} exists in the image but is not executable (exit 126): add execute permission in the image (chmod +x) or call it through its interpreter.` : missingFile ? `${wanted ?? "The entrypoint"} is not in the image at that path \u2014 or it is a script whose interpreter (the #! line) is missing, often because of Windows CRLF line endings.` : `${wanted ?? "The command"} is not installed in the image or not on its PATH (exit 127).`;
  return {
    code: "command-not-found",
    title: `${name} cannot start: ${wanted ? `${wanted} ${denied2 ? "is not executable" : "not found"}` : "its command is not found"} in the image`,
    explanation: `${why} ${configured.length ? `The task definition sets ${configured.join(" and ")} for ${name}; ` : `${name} uses the image's own ENTRYPOINT/CMD; `}fix the command in a new revision or fix the image. This fails the same way on every start.`,
    confidence: reading?.confidence ?? "high",
    evidence: compact([
      pick && stoppedTasksLine(ctx, group, pick.reading.kind === "cannot-start" ? `CannotStartContainerError: ${redact(pick.reading.cause)}` : exitSummary(pick.task, pick.reading)),
      ...logEvidence(pick),
      configured.length ? `Task definition ${name}: ${configured.join(", ")}` : void 0
    ]),
    fixes: compact([
      newRevisionFix(ctx, `Correct the command of ${name}`, { edit: `Edit containerDefinitions[?name=='${name}'].command / entryPoint in td.json to a program the image has (e.g. its full path), then register.` }),
      rollbackFix2(ctx)
    ]),
    logExcerpt: logExcerptOf(pick)
  };
}
function commandFrom(cause) {
  return cause ? /exec:? "?([^":\s]+)"?:/.exec(cause)?.[1] : void 0;
}
function imageChange(ctx, containerName) {
  const before = containerDefinition(ctx.previousTaskDefinition, containerName)?.image;
  const after = containerDefinition(ctx.taskDefinition, containerName)?.image;
  return before && after && before !== after ? `The image changed in this deployment: ${before} \u2192 ${after}.` : void 0;
}

// src/diagnose/runtime/explain/dependency.ts
var FAILURE_MEANING = {
  refused: "The connection was refused: the host answered but nothing accepts connections on that port (wrong port, or the service is down or still starting).",
  timeout: "The connection timed out: packets are dropped on the way, typically by the security group of the dependency (inbound from the task), the task security group (outbound), a network ACL or a missing route.",
  dns: "The host name does not resolve from the task: a wrong host name, a private hosted zone not associated with the VPC, or VPC DNS resolution disabled.",
  reset: "The connection was reset by the other side: wrong protocol or TLS settings, or a proxy in between closed it.",
  other: "The app could not open a connection to it."
};
function explainDependencyUnreachable(ctx, group) {
  const pick = bestReading(readingsOf(ctx, group));
  const reading = pick?.reading;
  const signal = reading?.signal;
  const container = reading?.containerName ?? "the container";
  const address = signal?.host ? `${signal.host}${signal.port ? `:${signal.port}` : ""}` : void 0;
  const named = signal?.hostName ? `${signal.hostName}${signal.port ? `:${signal.port}` : ""} at ${signal.host}` : void 0;
  const target = named ?? address ?? "a dependency";
  const known = wellKnownPort(signal?.port);
  const sidecar = reading?.detail === "sidecar-dependency" ? sidecarServing(ctx.taskDefinition, reading.containerName, signal?.port) : void 0;
  const egress = signal?.port && !sidecar ? egressVerdict(ctx, signal.port, signal.host) : void 0;
  const addressChange = addressSettingChange(ctx, reading?.containerName);
  const explanation = sidecar ? `${container} connects to ${target}, which ${sidecar.name} of the same task serves, but ${sidecar.name} was not accepting connections yet. Containers start in parallel unless dependsOn orders them: make ${container} depend on ${sidecar.name} with condition HEALTHY (give ${sidecar.name} a health check) or START.` : `${container} exited${reading?.exitCode !== void 0 && reading?.exitCode !== null ? ` with code ${reading.exitCode}` : ""} because it could not connect to ${target}${known ? ` (${known.service})` : ""}. ${FAILURE_MEANING[signal?.failure ?? "other"]}${egress?.blocked ? ` ${egress.detail}` : ""}`;
  return {
    code: "dependency-unreachable",
    title: sidecar ? `${container} starts before its sidecar ${sidecar.name} listens on ${target}` : `${container} cannot reach ${target}${failureWord(signal)}`,
    explanation: compact([explanation, addressChange]).join(" "),
    confidence: reading?.confidence ?? "medium",
    evidence: compact([
      pick && stoppedTasksLine(ctx, group, exitSummary(pick.task, pick.reading)),
      ...logEvidence(pick),
      egress?.detail,
      addressChange
    ]),
    fixes: compact([
      sidecar ? newRevisionFix(ctx, `Start ${container} after ${sidecar.name} is ready`, {
        edit: `In td.json add {"containerName": "${sidecar.name}", "condition": "HEALTHY"} to containerDefinitions[?name=='${container}'].dependsOn (HEALTHY needs a healthCheck on ${sidecar.name}; else use START), then register.`,
        changes: [{ where: containerField(container, ".dependsOn"), after: JSON.stringify({ containerName: sidecar.name, condition: "HEALTHY" }) }]
      }) : void 0,
      egress?.blocked ? egress.fix : void 0,
      !sidecar && signal ? dependencyInboundFix(ctx, signal) : void 0,
      rollbackFix2(ctx)
    ]),
    logExcerpt: logExcerptOf(pick)
  };
}
function failureWord(signal) {
  switch (signal?.failure) {
    case "refused":
      return " (connection refused)";
    case "timeout":
      return " (connection timed out)";
    case "dns":
      return " (host name does not resolve)";
    default:
      return "";
  }
}
function addressSettingChange(ctx, containerName) {
  const def = containerDefinition(ctx.taskDefinition, containerName);
  const names = [...def?.environment ?? [], ...def?.secrets ?? []].flatMap((e) => e.name ? [e.name] : []);
  return names.filter((name) => /URL|URI|HOST|ENDPOINT|ADDR|DSN|SERVER|CONNECTION/i.test(name)).map((name) => settingChange(ctx, containerName, name)).find(Boolean);
}
function egressVerdict(ctx, port, host) {
  const taskGroups2 = taskSecurityGroups(ctx);
  const groups = (ctx.evidence.network?.securityGroups ?? []).filter((g) => g.GroupId && taskGroups2.includes(g.GroupId));
  if (groups.length === 0) return void 0;
  const allows = groups.some(
    (g) => (g.IpPermissionsEgress ?? []).some((p) => p.IpProtocol === "-1" || (p.IpProtocol === "tcp" || p.IpProtocol === "6") && (p.FromPort ?? 0) <= port && port <= (p.ToPort ?? 65535))
  );
  const ids = taskGroups2.join(", ");
  if (allows) return { blocked: false, detail: `The task security group ${ids} allows outbound TCP ${port}.` };
  const cidr = host && /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) ? `${host}/32` : "0.0.0.0/0";
  return {
    blocked: true,
    detail: `The task security group ${ids} has no outbound rule for TCP ${port}.`,
    fix: {
      title: `Allow outbound TCP ${port} from the task security group ${taskGroups2[0]}`,
      commands: [
        command("aws", "ec2", "authorize-security-group-egress", "--group-id", taskGroups2[0], "--ip-permissions", `IpProtocol=tcp,FromPort=${port},ToPort=${port},IpRanges=[{CidrIp=${cidr}}]`, "--region", ctx.region)
      ],
      note: cidr === "0.0.0.0/0" ? `Narrow 0.0.0.0/0 to the address range of ${host ?? "the dependency"} if you know it.` : void 0
    }
  };
}
function dependencyInboundFix(ctx, signal) {
  const taskGroup = taskSecurityGroups(ctx)[0];
  if (signal.failure !== "timeout" || !signal.port || !taskGroup) return void 0;
  const byIp = signal.host && /^\d{1,3}(?:\.\d{1,3}){3}$/.test(signal.host);
  return {
    title: `Let the tasks (${taskGroup}) in on TCP ${signal.port} at ${signal.host ?? "the dependency"}`,
    commands: byIp ? [
      command("aws", "ec2", "describe-network-interfaces", "--filters", `Name=addresses.private-ip-address,Values=${signal.host}`, "--query", "NetworkInterfaces[].Groups", "--region", ctx.region)
    ] : [],
    note: `${byIp ? "The command lists the security groups of " + signal.host + ". " : ""}On the dependency's security group run: aws ec2 authorize-security-group-ingress --group-id <its group id> --protocol tcp --port ${signal.port} --source-group ${taskGroup} --region ${ctx.region}`
  };
}

// src/diagnose/runtime/fargate.ts
var SIZES = [
  { cpu: 256, memory: [512, 1024, 2048] },
  { cpu: 512, memory: range2(1024, 4096, 1024) },
  { cpu: 1024, memory: range2(2048, 8192, 1024) },
  { cpu: 2048, memory: range2(4096, 16384, 1024) },
  { cpu: 4096, memory: range2(8192, 30720, 1024) },
  { cpu: 8192, memory: range2(16384, 61440, 4096) },
  { cpu: 16384, memory: range2(32768, 122880, 8192) }
];
function range2(from, to, step) {
  const values = [];
  for (let v = from; v <= to; v += step) values.push(v);
  return values;
}
function nextFargateSize(cpu, memory) {
  const wanted = Math.max(memory + 1, Math.ceil(memory * 1.5));
  for (const size of SIZES.filter((s) => s.cpu >= cpu)) {
    const fit = size.memory.find((m) => m >= wanted);
    if (fit) return { cpu: size.cpu, memory: fit };
  }
  return void 0;
}
function vcpu(cpu) {
  return `${cpu / 1024} vCPU`;
}

// src/diagnose/runtime/explain/memory.ts
var HEAP_ADVICE = {
  node: "Node's V8 heap has its own limit: set NODE_OPTIONS=--max-old-space-size to about 75% of the container's memory (in MiB).",
  java: "The JVM heap is capped by -Xmx or by default at 25% of the container: set -XX:MaxRAMPercentage=75 (JAVA_TOOL_OPTIONS) so it uses the memory it is given.",
  python: "Python raised MemoryError: the process asked for more memory than the container allows.",
  go: "The Go runtime could not allocate more memory; GOMEMLIMIT set below the container limit makes the GC work harder before that.",
  ruby: "Ruby could not allocate more memory.",
  dotnet: ".NET ran out of memory; DOTNET_GCHeapHardLimit or the container limit caps it.",
  php: "PHP's memory_limit was reached: raise it (php.ini or -d memory_limit) within the container's memory.",
  kernel: "The kernel OOM killer ended the process."
};
function explainOutOfMemory(ctx, group) {
  const readings = readingsOf(ctx, group);
  const killedByEcs = readings.filter((r) => r.reading.detail === "oom-killed");
  const pick = bestReading(killedByEcs.length > 0 ? killedByEcs : readings);
  const reading = pick?.reading;
  const name = reading?.containerName ?? "the container";
  const limits = limitsOf(ctx.taskDefinition, reading?.containerName, ctx);
  const binding = bindingLimit(limits);
  const next = limits.fargate && limits.taskCpu && limits.taskMemory && !containerBound(limits) ? nextFargateSize(limits.taskCpu, limits.taskMemory) : void 0;
  const heap = reading?.detail === "runtime-heap" ? reading.signal?.runtime : void 0;
  const killed = reading?.detail === "oom-killed";
  const why = killed ? `ECS reports "${reading?.containerReason}" for ${name}: the kernel killed it (exit ${reading?.exitCode ?? 137}) when it reached its memory limit, ${binding}.` : `${name} ran out of memory inside its runtime (exit ${reading?.exitCode ?? "unknown"}): ${heap ? HEAP_ADVICE[heap] : "the log reports an out-of-memory error."} The container limit is ${binding}.`;
  const sizing = next ? ` The next valid Fargate size with more memory is ${next.cpu} CPU (${vcpu(next.cpu)}) / ${next.memory} MiB.` : "";
  const shared = limits.others.length ? ` On Fargate the task memory is shared by every container of the task: ${listOf2(limits.others)} also use it.` : "";
  return {
    code: "out-of-memory",
    title: killed ? `${name} is killed for using too much memory (exit 137, ${binding})` : `${name} runs out of memory${heap && heap !== "kernel" ? ` (${heap} heap)` : ""}`,
    explanation: `${why}${shared}${sizing}`,
    confidence: reading?.confidence ?? "high",
    evidence: compact([
      pick && stoppedTasksLine(ctx, group, exitSummary(pick.task, pick.reading)),
      limitsLine(limits, name),
      ...logEvidence(pick)
    ]),
    fixes: compact([memoryFix(ctx, reading, limits, next), rollbackFix2(ctx)]),
    logExcerpt: logExcerptOf(pick)
  };
}
function toNumber(value) {
  const n = typeof value === "number" ? value : value ? Number(value) : NaN;
  return Number.isFinite(n) && n > 0 ? n : void 0;
}
function limitsOf(td, containerName, ctx) {
  const def = containerDefinition(td, containerName);
  const launchType = ctx.service.launchType ?? ctx.deployment?.launchType;
  const fargate = launchType === "FARGATE" || (td?.requiresCompatibilities ?? []).includes("FARGATE") || (ctx.service.capacityProviderStrategy ?? []).some((c) => c.capacityProvider?.startsWith("FARGATE"));
  const others = (td?.containerDefinitions ?? []).filter((c) => c.name !== containerName).map((c) => `${c.name}${c.memory ? ` (limit ${c.memory} MiB)` : c.memoryReservation ? ` (reserves ${c.memoryReservation} MiB)` : ""}`);
  return {
    taskCpu: toNumber(td?.cpu),
    taskMemory: toNumber(td?.memory),
    containerMemory: toNumber(def?.memory),
    containerReservation: toNumber(def?.memoryReservation),
    fargate,
    others
  };
}
function containerBound(limits) {
  return Boolean(limits.containerMemory && (!limits.taskMemory || limits.containerMemory < limits.taskMemory));
}
function bindingLimit(limits) {
  if (containerBound(limits)) {
    return `its own hard limit of ${limits.containerMemory} MiB${limits.taskMemory ? ` (task: ${limits.taskMemory} MiB)` : ""}`;
  }
  if (limits.taskMemory) return `the task's ${limits.taskMemory} MiB${limits.taskCpu ? ` (cpu ${limits.taskCpu})` : ""}`;
  return "its memory limit";
}
function limitsLine(limits, name) {
  const task = limits.taskMemory ? `Task size: cpu ${limits.taskCpu ?? "-"} / memory ${limits.taskMemory} MiB${limits.fargate ? " (Fargate)" : ""}` : "Task size: no task-level memory";
  const container = limits.containerMemory ? `${name} hard limit ${limits.containerMemory} MiB` : `${name} has no hard limit${limits.containerReservation ? ` (reserves ${limits.containerReservation} MiB)` : ""}`;
  return `${task}; ${container}${limits.others.length ? `; other containers: ${limits.others.join(", ")}` : ""}`;
}
function memoryFix(ctx, reading, limits, next) {
  const name = reading?.containerName ?? "the container";
  const heap = reading?.detail === "runtime-heap" ? reading.signal?.runtime : void 0;
  const heapNote = heap && HEAP_ADVICE[heap] && heap !== "kernel" ? ` ${HEAP_ADVICE[heap]}` : "";
  if (containerBound(limits)) {
    const target = Math.ceil(limits.containerMemory * 1.5 / 128) * 128;
    const taskNote = limits.taskMemory && target > limits.taskMemory ? ` and the task memory to at least ${target} MiB` : "";
    const changes = [{ where: containerField(name), key: "memory", before: String(limits.containerMemory), after: String(target) }];
    if (taskNote) changes.push({ where: currentRevision2(ctx) ?? "the task definition", key: "memory", before: JSON.stringify(String(limits.taskMemory)), after: JSON.stringify(String(target)) });
    return newRevisionFix(ctx, `Give ${name} more memory (${limits.containerMemory} \u2192 ${target} MiB)`, {
      edit: `In td.json raise containerDefinitions[?name=='${name}'].memory to ${target}${taskNote} before registering.`,
      changes,
      note: heapNote.trim() || void 0
    });
  }
  if (next) {
    const overrides = next.cpu !== limits.taskCpu ? { cpu: String(next.cpu), memory: String(next.memory) } : { memory: String(next.memory) };
    return newRevisionFix(ctx, `Register a revision with ${next.memory} MiB${next.cpu !== limits.taskCpu ? ` and ${next.cpu} CPU` : ""} (was ${limits.taskMemory} MiB)`, { overrides, note: heapNote.trim() || void 0 });
  }
  if (limits.taskMemory) {
    const target = Math.ceil(limits.taskMemory * 1.5 / 256) * 256;
    return newRevisionFix(ctx, `Register a revision with more memory (${limits.taskMemory} \u2192 ${target} MiB)`, { overrides: { memory: String(target) }, note: heapNote.trim() || void 0 });
  }
  return newRevisionFix(ctx, `Give ${name} more memory`, { edit: `In td.json set a larger containerDefinitions[?name=='${name}'].memory before registering.`, note: heapNote.trim() || void 0 });
}

// src/diagnose/runtime/explain/port-conflict.ts
function explainPortConflict(ctx, group) {
  return group.tasks.length > 0 ? inTask(ctx, group) : onInstance(ctx, group);
}
function inTask(ctx, group) {
  const pick = bestReading(readingsOf(ctx, group));
  const reading = pick?.reading;
  const name = reading?.containerName ?? "the container";
  const port = reading?.signal?.port;
  const sharing = (ctx.taskDefinition?.containerDefinitions ?? []).filter((c) => c.name !== name && port && containerPorts(c).includes(port)).map((c) => c.name ?? "");
  const mode = ctx.taskDefinition?.networkMode ?? "awsvpc";
  const shared = mode === "awsvpc" || mode === "host";
  const why = sharing.length ? `${name} and ${listOf2(sharing)} both use port ${port}. With ${mode} networking every container of the task shares one network namespace, so only one can listen there.` : `Port ${port ?? "(unknown)"} is already in use when ${name} starts.${shared ? ` With ${mode} networking all containers of the task share one network namespace: another container (a sidecar or agent) or a second process in ${name} already listens there.` : ""}`;
  return {
    code: "port-conflict",
    title: `${name} cannot listen on port ${port ?? "(unknown)"}: address already in use`,
    explanation: `${why} Give each listener its own port.`,
    confidence: reading?.confidence ?? "high",
    evidence: compact([pick && stoppedTasksLine(ctx, group, exitSummary(pick.task, pick.reading)), ...logEvidence(pick), sharing.length ? `Containers mapping port ${port}: ${listOf2([name, ...sharing])}` : void 0]),
    fixes: compact([
      newRevisionFix(ctx, `Give ${name}${sharing.length ? ` and ${listOf2(sharing)}` : ""} separate ports`, { edit: `In td.json change the listen port (and portMappings) of one of them before registering.` }),
      rollbackFix2(ctx)
    ]),
    logExcerpt: logExcerptOf(pick)
  };
}
function onInstance(ctx, group) {
  const event = group.events[0];
  const instance = /\(container-instance ([^)\s]+)\)/.exec(event?.message ?? "")?.[1];
  const staticPorts = (ctx.taskDefinition?.containerDefinitions ?? []).flatMap(
    (c) => (c.portMappings ?? []).filter((p) => p.hostPort && p.hostPort !== 0).map((p) => `${c.name}:${p.hostPort}`)
  );
  const config = ctx.service.deploymentConfiguration;
  const max = config?.maximumPercent ?? 200;
  const breaker = config?.deploymentCircuitBreaker;
  const bridge = ctx.taskDefinition?.networkMode === "bridge";
  const deploymentConfiguration = [
    ...breaker ? [`deploymentCircuitBreaker={enable=${Boolean(breaker.enable)},rollback=${Boolean(breaker.rollback)}}`] : [],
    "maximumPercent=100",
    // minimumHealthyPercent rounds up: with one task anything above 0 keeps it running and blocks the replacement.
    `minimumHealthyPercent=${(ctx.service.desiredCount ?? 2) <= 1 ? 0 : 50}`
  ].join(",");
  const fixes = [
    bridge ? newRevisionFix(ctx, "Use dynamic host ports", {
      edit: `In td.json set "hostPort": 0 in every containerDefinitions[].portMappings entry (bridge mode picks a free port and registers it with the target group), then register.`,
      changes: staticHostPortChanges(ctx)
    }) : void 0,
    {
      title: "Let ECS stop an old task before starting its replacement",
      commands: [command("aws", "ecs", "update-service", "--cluster", ctx.cluster, "--service", ctx.serviceName, "--deployment-configuration", deploymentConfiguration, "--region", ctx.region)],
      note: `With a fixed host port each instance runs one task; maximumPercent ${max} needs spare instances for the new tasks.`
    }
  ];
  return {
    code: "port-conflict",
    title: `No container instance has host port ${staticPorts.map((p) => p.split(":")[1]).join(", ") || "(static)"} free for the new tasks`,
    explanation: `ECS could not place the new tasks: ${instance ? `the closest matching container instance ${instance}` : "every container instance"} already uses a host port the task needs. The task definition maps static host ports (${staticPorts.join(", ") || "hostPort \u2260 0"}), so one task per port fits on an instance, and the old tasks still hold them during the rolling deployment.`,
    confidence: "high",
    evidence: compact([event?.message ? `Service event: ${event.message}` : void 0, staticPorts.length ? `Static host ports: ${staticPorts.join(", ")}` : void 0, `Deployment configuration: maximumPercent ${max}, minimumHealthyPercent ${config?.minimumHealthyPercent ?? 100}`]),
    fixes: compact(fixes)
  };
}
function staticHostPortChanges(ctx) {
  return (ctx.taskDefinition?.containerDefinitions ?? []).flatMap(
    (c) => (c.portMappings ?? []).filter((p) => p.hostPort && p.hostPort !== 0).map((p) => ({ where: containerField(c.name ?? "", `.portMappings[containerPort=${p.containerPort}]`), key: "hostPort", before: String(p.hostPort), after: "0" }))
  );
}

// src/diagnose/runtime/explain/service-connect.ts
function explainServiceConnect(ctx, group) {
  const pick = bestReading(readingsOf(ctx, group));
  const reading = pick?.reading;
  const facts = serviceConnectFacts(ctx);
  const config = facts?.configuration;
  const unknownPorts = facts?.unknownPorts ?? [];
  const line = reading?.signal?.line;
  const metadata = /169\.254\.170\.2|container metadata/i.test(line ?? "");
  const lines = compact([
    pick && stoppedTasksLine(ctx, group, reading?.kind === "container-health-check" ? `Task failed container health checks (${reading.containerName})` : `${reading?.containerName ?? "the proxy"} ${reading?.exitCode !== void 0 && reading?.exitCode !== null ? `exit ${reading.exitCode}` : "not ready"}`),
    line ? `${reading?.containerName ?? "proxy"} log: ${quoteLine(line)}` : void 0,
    facts && proxyHealthLine(facts),
    config ? `Service Connect of the deployment: ${describeConfiguration(config)}.` : void 0,
    facts?.resources.length ? `Cloud Map services ECS created for it: ${facts.resources.map((r) => `${r.discoveryName ?? "?"} (${r.discoveryArn ?? "no ARN"})`).join(", ")}.` : void 0,
    facts && config ? changeLine(facts) : void 0,
    unknownPorts.length > 0 ? `The task definition has no port mapping named ${unknownPorts.join(", ")}: Service Connect services must name one.` : void 0
  ]);
  const why = unknownPorts.length > 0 ? "The Service Connect configuration names a port mapping the task definition does not have, so the proxy cannot be configured." : metadata ? "The proxy's agent could not reach the task metadata endpoint (169.254.170.2), so it never configured Envoy and turned unhealthy." : "The Service Connect proxy (Envoy, run by the AppNet agent in the ecs-service-connect container) did not become ready or failed its health check, so ECS stopped the task even though the application may be fine.";
  return {
    code: "service-connect-failed",
    title: `The Service Connect proxy${reading?.containerName ? ` (${reading.containerName})` : ""} is not healthy${config ? ` in namespace ${namespaceLabel(config.namespace)}` : ""}`,
    explanation: `${why} The proxy also needs its own share of the task's CPU and memory, and its namespace must exist.`,
    confidence: unknownPorts.length > 0 ? "high" : reading?.confidence ?? "medium",
    evidence: lines,
    fixes: fixesFor2(ctx, facts),
    logExcerpt: logExcerptOf(pick)
  };
}
function proxyHealthLine(facts) {
  if (facts.proxies.length === 0) return void 0;
  const failed = facts.proxies.filter(proxyFailed);
  const name = facts.proxies[0].containerName;
  const total = `${facts.proxies.length} task${facts.proxies.length === 1 ? "" : "s"} of the deployment`;
  if (failed.length === 0) return `The proxy ${name} reported no failure in ${total}.`;
  const states = [...new Set(failed.map((p) => p.healthStatus === "UNHEALTHY" ? "UNHEALTHY" : `exited ${p.exitCode}`))];
  return `The proxy ${name} was ${states.join(" or ")} in ${failed.length} of ${total}.`;
}
function changeLine(facts) {
  if (!facts.previousKnown) return void 0;
  if (!facts.previous) return "The deployment it replaces had Service Connect off: this deployment turned it on.";
  const before = facts.previous.namespace;
  const after = facts.configuration?.namespace;
  if (before !== after) return `The deployment it replaces used namespace ${before ?? "(the cluster default)"}; this one uses ${after ?? "(the cluster default)"}.`;
  return void 0;
}
function fixesFor2(ctx, facts) {
  const namespace = facts?.configuration?.namespace;
  const namespaceId = namespace?.startsWith("arn:") ? namespace.split("/").pop() : void 0;
  return compact([
    {
      title: "Compare the Service Connect configuration of this deployment with the last one that worked",
      commands: [
        aws(ctx.region, "ecs", "describe-services", "--cluster", ctx.cluster, "--services", ctx.serviceName, "--query", "services[0].deployments[].{id:id,status:status,serviceConnect:serviceConnectConfiguration}")
      ]
    },
    namespaceId ? { title: `Check the Cloud Map namespace ${namespaceId} the proxy registers in`, commands: [aws(ctx.region, "servicediscovery", "get-namespace", "--id", namespaceId)] } : void 0,
    facts?.configuration && !facts.previous && facts.previousKnown ? {
      title: "Deploy without Service Connect while you find out why the proxy fails (the deployment before this one ran without it)",
      commands: [aws(ctx.region, "ecs", "update-service", "--cluster", ctx.cluster, "--service", ctx.serviceName, "--service-connect-configuration", '{"enabled":false}')],
      note: "Clients that call this service through its Service Connect alias lose it until Service Connect is on again."
    } : void 0,
    rollbackFix2(ctx)
  ]);
}

// src/diagnose/runtime/what-changed.ts
var ABSENT = "(none)";
function whatChanged(ctx) {
  const before = ctx.previousTaskDefinition;
  const after = ctx.taskDefinition;
  if (!before || !after) return [];
  return [...taskChanges(before, after), ...containerChanges(before, after)];
}
function show(value) {
  if (value === void 0 || value === null || value === "") return ABSENT;
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : JSON.stringify(value);
}
function diff(field, before, after) {
  const b = show(before);
  const a = show(after);
  return b === a ? [] : [{ field, before: b, after: a }];
}
function taskChanges(before, after) {
  return [
    ...diff("task cpu", before.cpu, after.cpu),
    ...diff("task memory", before.memory, after.memory),
    ...diff("task executionRoleArn", before.executionRoleArn, after.executionRoleArn),
    ...diff("task taskRoleArn", before.taskRoleArn, after.taskRoleArn),
    ...diff("task networkMode", before.networkMode, after.networkMode),
    ...diff("task runtimePlatform", platform(before), platform(after)),
    ...diff("task ephemeralStorage", before.ephemeralStorage?.sizeInGiB, after.ephemeralStorage?.sizeInGiB)
  ];
}
function platform(td) {
  const p = td.runtimePlatform;
  return p ? [p.operatingSystemFamily, p.cpuArchitecture].filter(Boolean).join("/") : void 0;
}
function containerChanges(before, after) {
  const previous = new Map((before.containerDefinitions ?? []).map((c) => [c.name ?? "", c]));
  const current = new Map((after.containerDefinitions ?? []).map((c) => [c.name ?? "", c]));
  const changes = [];
  for (const [name, c] of current) {
    const old = previous.get(name);
    if (!old) changes.push({ field: `container ${name}`, before: ABSENT, after: `added (${c.image ?? "no image"})` });
    else changes.push(...oneContainer(name, old, c));
  }
  for (const [name, old] of previous) {
    if (!current.has(name)) changes.push({ field: `container ${name}`, before: `${old.image ?? "present"}`, after: "removed" });
  }
  return changes;
}
function oneContainer(name, before, after) {
  const at = (what) => `${name} ${what}`;
  return [
    ...diff(at("image"), before.image, after.image),
    ...diff(at("essential"), before.essential ?? true, after.essential ?? true),
    ...namedValues(at("environment"), pairs(before.environment, "value"), pairs(after.environment, "value"), false),
    ...namedValues(at("secrets"), pairs(before.secrets, "valueFrom"), pairs(after.secrets, "valueFrom"), true),
    ...diff(at("environmentFiles"), files(before), files(after)),
    ...diff(at("cpu"), before.cpu, after.cpu),
    ...diff(at("memory"), before.memory, after.memory),
    ...diff(at("memoryReservation"), before.memoryReservation, after.memoryReservation),
    ...diff(at("ports"), ports(before), ports(after)),
    ...diff(at("entryPoint"), safeList(before.entryPoint), safeList(after.entryPoint)),
    ...diff(at("command"), safeList(before.command), safeList(after.command)),
    ...diff(at("healthCheck"), healthCheck(before), healthCheck(after)),
    ...diff(at("logConfiguration"), logConfiguration(before), logConfiguration(after)),
    ...diff(at("user"), before.user, after.user),
    ...diff(at("dependsOn"), dependsOn(before), dependsOn(after))
  ];
}
function pairs(entries, key) {
  return new Map((entries ?? []).flatMap((e) => e.name ? [[e.name, String(e[key] ?? "")]] : []));
}
function namedValues(field, before, after, showReference) {
  const changes = [];
  for (const [name, value] of after) {
    if (!before.has(name)) changes.push({ field: `${field} ${name}`, before: ABSENT, after: showReference ? value : "set" });
    else if (before.get(name) !== value) {
      changes.push({ field: `${field} ${name}`, before: showReference ? before.get(name) ?? "" : "set", after: showReference ? value : "set (value changed)" });
    }
  }
  for (const [name, value] of before) {
    if (!after.has(name)) changes.push({ field: `${field} ${name}`, before: showReference ? value : "set", after: "removed" });
  }
  return changes;
}
function files(c) {
  const values = (c.environmentFiles ?? []).map((f) => f.value ?? "").filter(Boolean);
  return values.length ? values.join(", ") : void 0;
}
function ports(c) {
  const list = (c.portMappings ?? []).map((p) => `${p.containerPort}${p.hostPort !== void 0 && p.hostPort !== p.containerPort ? `\u2192${p.hostPort}` : ""}/${p.protocol ?? "tcp"}`);
  return list.length ? list.join(", ") : void 0;
}
function safeList(list) {
  return list?.length ? JSON.stringify(list.map(redact)) : void 0;
}
function healthCheck(c) {
  const hc = c.healthCheck;
  if (!hc?.command?.length) return void 0;
  return `${JSON.stringify(hc.command.map(redact))} interval ${hc.interval ?? 30} timeout ${hc.timeout ?? 5} retries ${hc.retries ?? 3} startPeriod ${hc.startPeriod ?? 0}`;
}
var SENSITIVE_OPTION = /token|key|secret|password|credential|auth/i;
function logConfiguration(c) {
  const lc = c.logConfiguration;
  if (!lc) return void 0;
  const options = Object.entries(lc.options ?? {}).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${SENSITIVE_OPTION.test(k) ? "***" : v}`);
  const secretOptions = (lc.secretOptions ?? []).map((s) => `${s.name}=(secret)`);
  return [lc.logDriver, ...options, ...secretOptions].filter(Boolean).join(" ");
}
function dependsOn(c) {
  const list = (c.dependsOn ?? []).map((d) => `${d.containerName}:${d.condition}`);
  return list.length ? list.join(", ") : void 0;
}

// src/diagnose/runtime/index.ts
var ELB_KILL2 = /^Task failed ELB health checks/i;
function classifyUnhealthyEvents(ctx) {
  return [...loadBalancerEvents(ctx), ...containerHealthEvents(ctx)];
}
function loadBalancerEvents(ctx) {
  const ours = new Set(ctx.tasks.map(taskIdOf));
  const diedOnTheirOwn = new Set(ctx.failedTasks.filter((t) => !ELB_KILL2.test(t.stoppedReason ?? "")).map(taskIdOf));
  return unhealthyEvents(ctx.service, ctx.deployment?.createdAt).filter((e) => !e.taskId || ours.size === 0 || ours.has(e.taskId)).filter((e) => e.taskId ? !diedOnTheirOwn.has(e.taskId) : diedOnTheirOwn.size === 0).map((e) => ({
    code: "elb-health-check-failed",
    confidence: "medium",
    deterministic: false,
    signature: `unhealthy in (target-group <arn>) due to (reason ${normaliseReason(e.reason)})`,
    cause: e.reason,
    message: e.message,
    createdAt: e.createdAt
  }));
}
function containerHealthEvents(ctx) {
  const ours = new Set(ctx.tasks.map(taskIdOf));
  const proxyFailed2 = new Set(ctx.tasks.filter(proxyUnhealthyIn).map(taskIdOf));
  return containerUnhealthyEvents(ctx.service, ctx.deployment?.createdAt).filter((e) => ours.size === 0 || ours.has(e.taskId)).map((e) => ({
    code: proxyFailed2.has(e.taskId) ? "service-connect-failed" : "container-health-check-failed",
    confidence: "medium",
    deterministic: false,
    signature: "(task <task>) failed container health checks",
    cause: "failed container health checks",
    message: e.message,
    createdAt: e.createdAt
  }));
}
var runtimeRules = {
  name: "runtime",
  classifyStop: (input) => {
    const reading = readRuntimeStop(input);
    if (!reading) return null;
    return { ...toStopClassification(input.task, reading), runtime: reading, ...reading.message ? { parsed: parseMessage(reading.message) } : {} };
  },
  classifyEvents: classifyUnhealthyEvents,
  explainers: {
    "app-exit-error": explainAppExit,
    "missing-configuration": explainMissingConfiguration,
    "dependency-unreachable": explainDependencyUnreachable,
    "out-of-memory": explainOutOfMemory,
    segfault: explainSegfault,
    "command-not-found": explainCommandNotFound,
    "elb-health-check-failed": explainElbHealthCheck,
    "container-health-check-failed": explainContainerHealthCheck,
    "port-conflict": explainPortConflict,
    "service-connect-failed": explainServiceConnect
  },
  checks: [elbChecks, containerHealthChecks, serviceConnectChecks]
};
var whatChanged2 = whatChanged;

// src/diagnose/task-logs.ts
function logsForTask(evidence, task) {
  const logs = evidence.logs ?? [];
  const own = logs.filter((l) => l.taskArn === task.taskArn);
  if (own.length > 0) return own;
  const sibling = loggedTaskBySignature(evidence).get(failureSignature(task));
  return sibling ? logs.filter((l) => l.taskArn === sibling) : [];
}
var loggedTaskIndex = /* @__PURE__ */ new WeakMap();
function loggedTaskBySignature(evidence) {
  let index = loggedTaskIndex.get(evidence);
  if (!index) {
    const logged = new Set((evidence.logs ?? []).map((l) => l.taskArn));
    index = /* @__PURE__ */ new Map();
    for (const t of Array.isArray(evidence.tasks) ? evidence.tasks : []) {
      if (!t?.taskArn || !logged.has(t.taskArn)) continue;
      const signature = failureSignature(t);
      if (!index.has(signature)) index.set(signature, t.taskArn);
    }
    loggedTaskIndex.set(evidence, index);
  }
  return index;
}
function failureSignature(task) {
  const containers2 = (Array.isArray(task.containers) ? task.containers : []).filter((c) => typeof c === "object" && c !== null).map((c) => `${c.name}:${c.exitCode ?? "-"}:${normaliseReason(c.reason ?? "")}`).sort().join(",");
  return `${task.stopCode ?? ""}|${normaliseReason(task.stoppedReason ?? "")}|${containers2}`;
}

// src/diagnose/runtime/running.ts
function readRunningTaskLogs(ctx) {
  if (ctx.evidence.watch?.verdict === "stable") return [];
  return ctx.tasks.filter((task) => !isStopped(task)).flatMap((task) => {
    const reading = readRunningTask({ task, taskDefinition: ctx.taskDefinition, logs: logsForTask(ctx.evidence, task) });
    return reading ? [{ ...toStopClassification(task, reading), runtime: reading, task, running: true }] : [];
  });
}
function readUnhealthyRunningTasks(ctx) {
  if (ctx.evidence.watch?.verdict === "stable") return [];
  return ctx.tasks.filter((task) => !isStopped(task)).flatMap((task) => {
    const reading = readUnhealthyRunningTask({ task, taskDefinition: ctx.taskDefinition, logs: logsForTask(ctx.evidence, task) });
    return reading ? [{ ...toStopClassification(task, reading), runtime: reading, task, running: true }] : [];
  });
}

// src/diagnose/startup/explain/config.ts
function deploymentLimits(ctx) {
  const config = ctx.service.deploymentConfiguration;
  const desired = ctx.service.desiredCount ?? ctx.deployment?.desiredCount;
  if (desired === void 0 || desired === 0 || ctx.service.schedulingStrategy === "DAEMON") return void 0;
  const minimumHealthyPercent = config?.minimumHealthyPercent ?? 100;
  const maximumPercent = config?.maximumPercent ?? 200;
  return {
    desired,
    minimumHealthyPercent,
    maximumPercent,
    canStop: desired - Math.ceil(desired * minimumHealthyPercent / 100),
    canStart: Math.floor(desired * maximumPercent / 100) - desired
  };
}
function describeLimits(limits) {
  return `desiredCount ${limits.desired}, minimumHealthyPercent ${limits.minimumHealthyPercent} (keeps ${limits.desired - limits.canStop} running, rounded up) and maximumPercent ${limits.maximumPercent} (allows ${limits.desired + limits.canStart} at most, rounded down): the scheduler may stop ${Math.max(0, limits.canStop)} and start ${Math.max(0, limits.canStart)} extra task(s).`;
}
function workableLimits(ctx, limits) {
  const staticPorts = isEc2Service(ctx) && (ctx.taskDefinition?.containerDefinitions ?? []).some((c) => (c.portMappings ?? []).some((p) => p.hostPort && p.hostPort > 0));
  if (staticPorts) return `minimumHealthyPercent=${Math.floor((limits.desired - 1) * 100 / limits.desired)},maximumPercent=100`;
  const maximum = Math.max(limits.maximumPercent, Math.ceil((limits.desired + 1) * 100 / limits.desired), 200);
  return `minimumHealthyPercent=${Math.min(limits.minimumHealthyPercent, 100)},maximumPercent=${maximum}`;
}
function explainDeploymentConfig(ctx, group) {
  const limits = deploymentLimits(ctx);
  const details = eventDetails(ctx, group);
  const evidence = [`${occurrences(group)}: ${details[0] ?? group.classifications[0]?.cause ?? ""}`];
  if (limits) evidence.push(`The service has ${describeLimits(limits)}`);
  const fixes = [];
  if (limits) {
    fixes.push({
      title: "Allow the deployment to start or stop at least one task",
      commands: [aws(ctx.region, "ecs", "update-service", "--cluster", ctx.cluster, "--service", ctx.serviceName, "--deployment-configuration", workableLimits(ctx, limits))]
    });
  }
  const protectedTasks = details.some((d) => /protected tasks/i.test(d));
  return {
    code: "deployment-configuration-blocked",
    title: protectedTasks ? "Scale-in is blocked: more tasks are protected than the desired count" : "The deployment configuration does not let ECS start or stop any task",
    explanation: protectedTasks ? "Tasks with scale-in protection cannot be stopped, so the old deployment cannot shrink. Remove the protection or raise the desired count." : "minimumHealthyPercent is rounded up and maximumPercent rounded down against desiredCount; when neither allows one task of room, the rolling update cannot replace anything.",
    confidence: limits && limits.canStop < 1 && limits.canStart < 1 ? "high" : "medium",
    evidence: unique(evidence),
    fixes
  };
}
var FARGATE_SIZES = {
  256: [512, 2048, 512],
  512: [1024, 4096, 1024],
  1024: [2048, 8192, 1024],
  2048: [4096, 16384, 1024],
  4096: [8192, 30720, 1024],
  8192: [16384, 61440, 4096],
  16384: [32768, 122880, 8192]
};
function fargateSizeProblem(ctx) {
  const td = ctx.taskDefinition;
  if (!td?.requiresCompatibilities?.includes("FARGATE") || !td.cpu || !td.memory) return void 0;
  const cpu = Number(td.cpu);
  const memory = Number(td.memory);
  const allowed = FARGATE_SIZES[cpu];
  if (!allowed) return `Task CPU ${td.cpu} is not a Fargate size (256, 512, 1024, 2048, 4096, 8192 or 16384).`;
  const [min, max, step] = allowed;
  const ok3 = memory >= min && memory <= max && (cpu === 256 ? [512, 1024, 2048].includes(memory) : (memory - min) % step === 0);
  return ok3 ? void 0 : `Task memory ${td.memory} MiB is not valid with ${td.cpu} CPU units on Fargate (${min}-${max} MiB in steps of ${step}).`;
}
function explainInvalidTaskDefinition(ctx, group) {
  const messages = groupMessages(ctx, group);
  const details = unique([...messages.map((m) => causeLine(m)), ...eventDetails(ctx, group)]);
  const evidence = [`${occurrences(group)}: ${details[0] ?? group.classifications[0]?.cause ?? ""}`, ...details.slice(1, 3)];
  const size = fargateSizeProblem(ctx);
  if (size) evidence.push(size);
  const revision = currentRevision(ctx);
  const fixes = [];
  const rollback = rollbackFix(ctx);
  if (rollback) fixes.push(rollback);
  if (revision) {
    fixes.push({
      title: `Review the container definitions of ${revision} against the error`,
      commands: [aws(ctx.region, "ecs", "describe-task-definition", "--task-definition", revision, "--query", "taskDefinition.{cpu:cpu,memory:memory,executionRoleArn:executionRoleArn,containers:containerDefinitions}")]
    });
  }
  return {
    code: "invalid-task-definition",
    title: `ECS could not create the containers of ${revision ?? "the task definition"}: ${shorten(details[0] ?? "invalid configuration")}`,
    explanation: "The task definition was registered, but ECS or the container runtime rejected it when creating the task (an invalid setting, an unsupported CPU/memory pair, a missing execution role for private images or awslogs, a bad mount). Every task of this revision fails the same way.",
    confidence: group.classifications.some((c) => c.confidence === "high") || size ? "high" : "medium",
    evidence: unique(evidence),
    fixes
  };
}
function shorten(text) {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

// src/diagnose/startup/checks/deployment.ts
function deploymentChecks(ctx) {
  const checks = [];
  const findings = [];
  const limits = deploymentLimits(ctx);
  if (limits) {
    const blocked = limits.canStop < 1 && limits.canStart < 1;
    checks.push({
      id: "deployment.configuration",
      title: "The deployment configuration lets ECS replace tasks",
      status: blocked ? "failed" : "passed",
      detail: describeLimits(limits)
    });
    if (blocked && isFailingRun(ctx)) findings.push(explainDeploymentConfig(ctx, checkGroup("deployment-configuration-blocked", describeLimits(limits))));
  }
  const size = fargateSizeProblem(ctx);
  if (ctx.taskDefinition?.requiresCompatibilities?.includes("FARGATE")) {
    checks.push({ id: "taskdef.fargate-size", title: "Task CPU and memory are a valid Fargate size", status: size ? "failed" : "passed", ...size ? { detail: size } : {} });
  }
  return { checks, findings };
}

// src/diagnose/startup/network/cidr.ts
function parseCidr(cidr) {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr ?? "");
  if (!match) return void 0;
  const octets = match.slice(1, 5).map(Number);
  const bits = Number(match[5]);
  if (octets.some((o) => o > 255) || bits > 32) return void 0;
  const address = octets.reduce((acc, o) => acc * 256 + o, 0);
  return { base: mask(address, bits), bits };
}
function mask(address, bits) {
  if (bits === 0) return 0;
  const size = 2 ** (32 - bits);
  return Math.floor(address / size) * size;
}
function cidrContains(outer, inner) {
  const a = parseCidr(outer);
  const b = parseCidr(inner);
  if (!a || !b || a.bits > b.bits) return false;
  return mask(b.base, a.bits) === a.base;
}
var ANYWHERE = "0.0.0.0/0";

// src/diagnose/startup/efs/policy.ts
function policyAnswer(policy, action, client) {
  return policyDecision(policy, action, client).answer;
}
function policyDecision(policy, action, client) {
  const statements = parseStatements(policy);
  if (!statements) return { answer: "undecided" };
  const decided = statements.map((s, index) => ({ s, index })).filter(({ s }) => actionMatches(s, action) && principalMatches(s.Principal, client.roleArn)).map(({ s, index }) => ({ effect: s.Effect === "Deny" ? "deny" : "allow", applies: conditionsHold(s.Condition, client), statement: s.Sid ?? `statement ${index + 1}` }));
  const first = (effect, applies) => decided.find((d) => d.effect === effect && d.applies === applies);
  const deny = first("deny", true);
  if (deny) return { answer: "deny", statement: deny.statement };
  if (first("deny", void 0)) return { answer: "undecided", statement: first("deny", void 0)?.statement };
  const allow = first("allow", true);
  if (allow) return { answer: "allow", statement: allow.statement };
  return first("allow", void 0) ? { answer: "undecided", statement: first("allow", void 0)?.statement } : { answer: "none" };
}
function parseStatements(policy) {
  try {
    const parsed = JSON.parse(policy);
    return [].concat(parsed.Statement ?? []).filter((s) => typeof s === "object" && s !== null);
  } catch {
    return void 0;
  }
}
function glob(pattern, value) {
  const regex = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`, "i");
  return regex.test(value);
}
function actionMatches(statement, action) {
  if (statement.NotAction !== void 0) return ![statement.NotAction].flat().some((a) => glob(String(a), action));
  return [statement.Action ?? []].flat().some((a) => glob(String(a), action));
}
function principalMatches(principal, roleArn) {
  if (principal === "*") return true;
  if (typeof principal !== "object" || principal === null) return false;
  const aws2 = [principal.AWS ?? []].flat().map(String);
  return aws2.includes("*") || roleArn !== void 0 && aws2.includes(roleArn);
}
function conditionsHold(condition2, client) {
  let result = true;
  for (const [operator, keys] of Object.entries(condition2 ?? {})) {
    for (const [key, expected] of Object.entries(keys ?? {})) {
      const actual = contextValue(key, client);
      if (actual === void 0) return void 0;
      const wanted = [expected].flat().map(String);
      const holds = compare(operator, actual, wanted);
      if (holds === void 0) return void 0;
      result &&= holds;
    }
  }
  return result;
}
function contextValue(key, client) {
  switch (key.toLowerCase()) {
    case "aws:securetransport":
      return String(client.tls);
    case "elasticfilesystem:accessedviamounttarget":
      return "true";
    case "elasticfilesystem:accesspointarn":
      return client.accessPointArn ?? "";
    default:
      return void 0;
  }
}
function compare(operator, actual, wanted) {
  switch (operator.toLowerCase()) {
    case "bool":
    case "stringequals":
    case "arnequals":
      return wanted.some((w) => w.toLowerCase() === actual.toLowerCase());
    case "stringnotequals":
    case "arnnotequals":
      return !wanted.some((w) => w.toLowerCase() === actual.toLowerCase());
    case "stringlike":
    case "arnlike":
      return wanted.some((w) => glob(w, actual));
    case "stringnotlike":
    case "arnnotlike":
      return !wanted.some((w) => glob(w, actual));
    default:
      return void 0;
  }
}

// src/diagnose/startup/efs/analyse.ts
var NFS_PORT = 2049;
function listOf3(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "object" && item !== null) : [];
}
function efsVolumesOf(ctx) {
  return (ctx.taskDefinition?.volumes ?? []).flatMap((v) => v.efsVolumeConfiguration?.fileSystemId ? [{ name: v.name ?? "efs", config: v.efsVolumeConfiguration }] : []);
}
function analyseEfs(ctx) {
  const volumes = efsVolumesOf(ctx);
  if (volumes.length === 0) return { checks: [], problems: [] };
  const report = { checks: [], problems: [] };
  const systems = [...new Set(volumes.map((v) => v.config.fileSystemId))];
  const dns = dnsCheck(ctx);
  for (const fileSystemId of systems) {
    const evidence = listOf3(ctx.evidence.efs).find((e) => e.fileSystemId === fileSystemId);
    const mine = volumes.filter((v) => v.config.fileSystemId === fileSystemId);
    const steps = fileSystemSteps(ctx, fileSystemId, evidence, mine);
    if (dns && fileSystemId === systems[0]) steps.splice(1, 0, dns);
    for (const step of steps) {
      report.checks.push(step.check);
      if (step.problem) report.problems.push({ ...step.problem, fileSystemId: step.problem.fileSystemId || fileSystemId });
    }
  }
  return report;
}
function fileSystemSteps(ctx, fileSystemId, evidence, volumes) {
  const existence = fileSystemCheck(ctx, fileSystemId, evidence);
  if (evidence?.exists === false) return [existence];
  const targets = mountTargetsOfTaskZones(ctx, evidence);
  return [
    existence,
    mountTargetCheck(ctx, fileSystemId, evidence, targets),
    egressCheck(ctx, fileSystemId, targets),
    ingressCheck(ctx, fileSystemId, targets),
    ...volumes.flatMap((volume) => accessPointCheck(ctx, fileSystemId, evidence, volume)),
    ...authorizationChecks(ctx, fileSystemId, evidence, volumes)
  ].filter((s) => s !== void 0);
}
function skippedFor(ctx, id, title, api, resource, otherwise) {
  const missing = (ctx.evidence.unavailable ?? []).find((u) => u.api === api && (!resource || !u.resource || u.resource === resource));
  if (!missing && !otherwise) return void 0;
  const denied2 = missing && /AccessDenied|UnauthorizedOperation|not authorized/i.test(`${missing.errorCode} ${missing.error}`);
  return {
    check: {
      id,
      title,
      status: "skipped",
      detail: missing ? `${api} ${denied2 ? "was denied" : "failed"} (${missing.errorCode ?? missing.error}).` : otherwise,
      ...denied2 ? { missingPermission: api } : {}
    }
  };
}
function fileSystemCheck(ctx, fileSystemId, evidence) {
  const id = `efs.${fileSystemId}.file-system`;
  const title = `EFS file system ${fileSystemId} exists and is available`;
  if (evidence?.exists === void 0) {
    return skippedFor(ctx, id, title, "elasticfilesystem:DescribeFileSystems", fileSystemId) ?? { check: { id, title, status: "skipped", detail: "The file system was not looked up." } };
  }
  if (!evidence.exists) {
    const detail = `DescribeFileSystems: ${fileSystemId} does not exist in account ${ctx.accountId ?? "(this account)"} in ${ctx.region}.`;
    return { check: { id, title, status: "failed", detail }, problem: { kind: "file-system-missing", fileSystemId, title: `file system ${fileSystemId} does not exist in ${ctx.region}`, detail } };
  }
  const state = evidence.lifeCycleState ?? "available";
  const named = evidence.name ? ` (${evidence.name})` : "";
  if (state !== "available") {
    const detail = `${fileSystemId}${named} is ${state}, not available.`;
    return { check: { id, title, status: "failed", detail }, problem: { kind: "file-system-unavailable", fileSystemId, title: `file system ${fileSystemId} is ${state}`, detail } };
  }
  return { check: { id, title, status: "passed", detail: `${fileSystemId}${named} is available.` } };
}
function dnsCheck(ctx) {
  const id = "efs.vpc-dns";
  const vpc = ctx.evidence.network?.vpcId ?? "the VPC";
  const title = `${vpc} resolves the file system's DNS name (DNS resolution and DNS hostnames on)`;
  const attributes = ctx.evidence.network?.vpcAttributes;
  if (!attributes) return skippedFor(ctx, id, title, "ec2:DescribeVpcAttribute", void 0);
  const off = [attributes.enableDnsSupport === false ? "DNS resolution (enableDnsSupport)" : void 0, attributes.enableDnsHostnames === false ? "DNS hostnames (enableDnsHostnames)" : void 0].filter(
    (x) => x !== void 0
  );
  if (off.length === 0) return { check: { id, title, status: "passed", detail: `${vpc} has DNS resolution and DNS hostnames on.` } };
  const detail = `${vpc} has ${off.join(" and ")} turned off: the task cannot resolve <file-system-id>.efs.${ctx.region}.${ctx.dnsSuffix}.`;
  return { check: { id, title, status: "failed", detail }, problem: { kind: "vpc-dns-off", fileSystemId: "", title: `${vpc} has ${off.join(" and ")} turned off`, detail } };
}
function mountTargetsOfTaskZones(ctx, evidence) {
  if (!Array.isArray(evidence?.mountTargets)) return void 0;
  const vpc = ctx.evidence.network?.vpcId;
  const available = listOf3(evidence?.mountTargets).filter((t) => (t.lifeCycleState ?? "available") === "available" && (!vpc || !t.vpcId || t.vpcId === vpc));
  const zoneOf = new Map((ctx.evidence.network?.subnets ?? []).map((s) => [s.SubnetId ?? "", s.AvailabilityZone]));
  const subnets = ctx.subnetIds.map((subnetId) => ({ subnetId, zone: zoneOf.get(subnetId) }));
  const serves = (target, subnet) => target.subnetId === subnet.subnetId || subnet.zone !== void 0 && target.availabilityZoneName === subnet.zone;
  return {
    subnets,
    inTaskZones: available.filter((t) => subnets.some((s) => serves(t, s))),
    uncovered: subnets.filter((s) => !available.some((t) => serves(t, s))).map((s) => s.subnetId)
  };
}
function mountTargetCheck(ctx, fileSystemId, evidence, targets) {
  const id = `efs.${fileSystemId}.mount-targets`;
  const title = `${fileSystemId} has an available mount target in the Availability Zone of each task subnet`;
  if (!targets) return skippedFor(ctx, id, title, "elasticfilesystem:DescribeMountTargets", fileSystemId);
  if (targets.subnets.length === 0) return void 0;
  const zones = (subnets) => subnets.map((s) => `${s}${targets.subnets.find((x) => x.subnetId === s)?.zone ? ` (${targets.subnets.find((x) => x.subnetId === s)?.zone})` : ""}`);
  const present = listOf3(evidence?.mountTargets).map((t) => `${t.mountTargetId} in ${t.availabilityZoneName ?? t.subnetId} (${t.lifeCycleState ?? "available"})`);
  if (targets.uncovered.length === 0) return { check: { id, title, status: "passed", detail: `Mount targets: ${present.join(", ")}.` } };
  const detail = `No available mount target of ${fileSystemId} serves ${zones(targets.uncovered).join(", ")}; ${present.length > 0 ? `it has ${present.join(", ")}` : "it has no mount target at all"}. A task resolves the file system's DNS name to the mount target of its own zone.`;
  return {
    check: { id, title, status: "failed", detail },
    problem: {
      kind: "no-mount-target",
      fileSystemId,
      title: `no mount target in the Availability Zone of ${targets.uncovered.join(", ")}`,
      detail,
      subnets: targets.uncovered,
      mountTargetGroups: [...new Set(listOf3(evidence?.mountTargets).flatMap((t) => t.securityGroups ?? []))]
    }
  };
}
function taskGroups(ctx) {
  return ctx.evidence.network?.taskSecurityGroupIds ?? ctx.securityGroupIds;
}
function groupsById(ctx, ids) {
  const groups = ids.map((id) => (ctx.evidence.network?.securityGroups ?? []).find((g) => g.GroupId === id));
  return groups.every((g) => g !== void 0) ? groups : void 0;
}
function coversNfs(permission) {
  const protocol = permission.IpProtocol ?? "";
  if (protocol === "-1" || protocol === "all") return true;
  if (protocol !== "tcp" && protocol !== "6") return false;
  return (permission.FromPort ?? 0) <= NFS_PORT && NFS_PORT <= (permission.ToPort ?? 65535);
}
function reaches(permissions, peers) {
  const nfs = permissions.filter(coversNfs);
  if (nfs.some((p) => (p.UserIdGroupPairs ?? []).some((g) => g.GroupId && peers.groups.includes(g.GroupId)))) return "yes";
  const ranges = nfs.flatMap((p) => (p.IpRanges ?? []).flatMap((r) => r.CidrIp ? [r.CidrIp] : []));
  if (ranges.includes("0.0.0.0/0")) return "yes";
  if (peers.addresses.length > 0 && peers.addresses.every((address) => ranges.some((range3) => cidrContains(range3, address)))) return "yes";
  const opaque = nfs.some((p) => (p.PrefixListIds ?? []).length > 0) || ranges.length > 0 && peers.addresses.length === 0;
  return opaque ? "unknown" : "no";
}
function nfsNotChecked(targets, ctx) {
  if (!targets) return "The mount targets were not looked up.";
  if (targets.inTaskZones.length === 0) return "No mount target serves the tasks' zones.";
  if (taskGroups(ctx).length === 0) return "The tasks have no awsvpc security groups (EC2 instance security groups are not in the evidence).";
  return void 0;
}
function ingressCheck(ctx, fileSystemId, targets) {
  const id = `efs.${fileSystemId}.nfs-ingress`;
  const title = `The mount targets' security groups allow NFS (TCP ${NFS_PORT}) from the task security groups`;
  const notChecked = nfsNotChecked(targets, ctx);
  if (notChecked || !targets) return targets ? { check: { id, title, status: "skipped", detail: notChecked } } : void 0;
  const tasks = taskGroups(ctx);
  const taskRanges = targets.subnets.flatMap((s) => (ctx.evidence.network?.subnets ?? []).filter((x) => x.SubnetId === s.subnetId).flatMap((x) => x.CidrBlock ? [x.CidrBlock] : []));
  const verdicts = targets.inTaskZones.map((target) => {
    const groups = groupsById(ctx, target.securityGroups ?? []);
    const reach = !target.securityGroups || !groups ? "unknown" : reaches(groups.flatMap((g) => g.IpPermissions ?? []), { groups: tasks, addresses: taskRanges });
    return { target, reach };
  });
  const mountTargetGroups = [...new Set(targets.inTaskZones.flatMap((t) => t.securityGroups ?? []))];
  const blocked = verdicts.filter((v) => v.reach === "no");
  if (blocked.length > 0) {
    const groups = [...new Set(blocked.flatMap((v) => v.target.securityGroups ?? []))];
    const detail = `No inbound rule of ${groups.join(", ")} (mount target${blocked.length === 1 ? "" : "s"} ${blocked.map((v) => v.target.mountTargetId).join(", ")}) allows TCP ${NFS_PORT} from ${tasks.join(", ")} or the task subnets.`;
    return {
      check: { id, title, status: "failed", detail },
      problem: {
        kind: "nfs-ingress-blocked",
        fileSystemId,
        title: `mount target security group ${groups.join(", ")} does not allow NFS (TCP ${NFS_PORT}) from the task security group ${tasks.join(", ")}`,
        detail,
        mountTargetGroups: groups,
        taskGroups: tasks
      }
    };
  }
  if (verdicts.some((v) => v.reach === "unknown")) {
    const missing = verdicts.find((v) => !v.target.securityGroups || !groupsById(ctx, v.target.securityGroups));
    const api = missing && !missing.target.securityGroups ? "elasticfilesystem:DescribeMountTargetSecurityGroups" : "ec2:DescribeSecurityGroups";
    const otherwise = missing ? `The rules of the mount targets' security groups are not in the evidence.` : `The rules name prefix lists or address ranges the evidence cannot compare with the task subnets.`;
    return skippedFor(ctx, id, title, api, missing?.target.mountTargetId, otherwise);
  }
  return { check: { id, title, status: "passed", detail: `${mountTargetGroups.join(", ")} ${mountTargetGroups.length === 1 ? "allows" : "allow"} TCP ${NFS_PORT} from the tasks.` } };
}
function egressCheck(ctx, fileSystemId, targets) {
  const id = `efs.${fileSystemId}.nfs-egress`;
  const title = `The task security groups allow NFS (TCP ${NFS_PORT}) out to the mount targets`;
  const notChecked = nfsNotChecked(targets, ctx);
  if (notChecked || !targets) return targets ? { check: { id, title, status: "skipped", detail: notChecked } } : void 0;
  const tasks = taskGroups(ctx);
  const groups = groupsById(ctx, tasks);
  if (!groups) return skippedFor(ctx, id, title, "ec2:DescribeSecurityGroups", void 0, "The task security groups are not in the evidence.");
  const egress = groups.flatMap((g) => g.IpPermissionsEgress ?? []);
  const mountTargetGroups = [...new Set(targets.inTaskZones.flatMap((t) => t.securityGroups ?? []))];
  const subnetRanges = targets.inTaskZones.flatMap((t) => (ctx.evidence.network?.subnets ?? []).filter((s) => s.SubnetId === t.subnetId).flatMap((s) => s.CidrBlock ? [s.CidrBlock] : []));
  const reach = reaches(egress, { groups: mountTargetGroups, addresses: subnetRanges });
  if (reach === "yes") return { check: { id, title, status: "passed", detail: `${tasks.join(", ")} ${tasks.length === 1 ? "allows" : "allow"} TCP ${NFS_PORT} out.` } };
  if (reach === "unknown") return { check: { id, title, status: "skipped", detail: `The outbound rules of ${tasks.join(", ")} name ranges or prefix lists the evidence cannot compare with the mount targets.` } };
  const detail = `No outbound rule of ${tasks.join(", ")} allows TCP ${NFS_PORT} to the mount targets${mountTargetGroups.length ? ` (${mountTargetGroups.join(", ")})` : ""}.`;
  return {
    check: { id, title, status: "failed", detail },
    problem: { kind: "nfs-egress-blocked", fileSystemId, title: `the task security group ${tasks.join(", ")} does not allow NFS (TCP ${NFS_PORT}) out`, detail, mountTargetGroups, taskGroups: tasks }
  };
}
function accessPointCheck(ctx, fileSystemId, evidence, volume) {
  const accessPointId = volume.config.authorizationConfig?.accessPointId;
  if (!accessPointId) return [];
  const id = `efs.${fileSystemId}.access-point.${accessPointId}`;
  const title = `Access point ${accessPointId} of volume ${volume.name} exists on ${fileSystemId}`;
  const found = listOf3(evidence?.accessPoints).find((a) => a.accessPointId === accessPointId);
  if (!found) {
    const skipped = skippedFor(ctx, id, title, "elasticfilesystem:DescribeAccessPoints", accessPointId);
    return skipped ? [skipped] : [];
  }
  const fail = (detail, what) => [
    { check: { id, title, status: "failed", detail }, problem: { kind: "access-point-missing", fileSystemId, title: what, detail, volume: volume.name, accessPointId } }
  ];
  if (found.exists === false) return fail(`DescribeAccessPoints: ${accessPointId} does not exist.`, `access point ${accessPointId} does not exist`);
  if (found.fileSystemId && found.fileSystemId !== fileSystemId) {
    return fail(`${accessPointId} belongs to ${found.fileSystemId}, not to ${fileSystemId}.`, `access point ${accessPointId} belongs to another file system (${found.fileSystemId})`);
  }
  return [{ check: { id, title, status: "passed", detail: describeAccessPoint(found) } }];
}
function describeAccessPoint(point) {
  const root = point.rootDirectory;
  const creation = root?.creationInfo;
  const user = point.posixUser;
  const path = root?.path ?? "/";
  const creates = creation ? `created as ${creation.ownerUid}:${creation.ownerGid} ${creation.permissions} when missing` : path === "/" ? "" : "no creation info: the directory must exist already";
  return [`Root directory ${path}${creates ? ` (${creates})` : ""}`, user ? `POSIX user ${user.uid}:${user.gid}` : "no POSIX user (the client's own uid and gid)"].join(", ") + ".";
}
var CLIENT_MOUNT = "elasticfilesystem:ClientMount";
var CLIENT_WRITE = "elasticfilesystem:ClientWrite";
function neededActions(ctx, volume) {
  const mounts = (ctx.taskDefinition?.containerDefinitions ?? []).flatMap((c) => c.mountPoints ?? []).filter((m) => m.sourceVolume === volume.name);
  return mounts.length > 0 && mounts.every((m) => m.readOnly) ? [CLIENT_MOUNT] : [CLIENT_MOUNT, CLIENT_WRITE];
}
function accessPointArn(ctx, fileSystemId, accessPointId) {
  if (!accessPointId) return void 0;
  return efsFileSystemArn(fileSystemId, ctx).replace(/:file-system\/.*$/, `:access-point/${accessPointId}`);
}
function authorizationChecks(ctx, fileSystemId, evidence, volumes) {
  return volumes.flatMap((volume) => {
    const step = volume.config.authorizationConfig?.iam === "ENABLED" ? iamCheck(ctx, fileSystemId, evidence, volume) : anonymousCheck(ctx, fileSystemId, evidence, volume);
    return step ? [step] : [];
  });
}
function clientOf(ctx, fileSystemId, volume, roleArn) {
  return { roleArn, tls: volume.config.transitEncryption === "ENABLED", accessPointArn: accessPointArn(ctx, fileSystemId, volume.config.authorizationConfig?.accessPointId) };
}
function iamCheck(ctx, fileSystemId, evidence, volume) {
  const roleArn = ctx.taskDefinition?.taskRoleArn;
  const role = roleArn?.split("/").pop();
  const id = `efs.${fileSystemId}.iam.${volume.name}`;
  const actions = neededActions(ctx, volume);
  const title = `The task role${role ? ` ${role}` : ""} may ${actions.map((a) => a.split(":")[1]).join(" and ")} on ${fileSystemId} (volume ${volume.name}, IAM authorization)`;
  if (!roleArn) {
    const detail = `Volume ${volume.name} sets authorizationConfig.iam ENABLED, but the task definition has no taskRoleArn: efs-utils has no credentials to mount with.`;
    return { check: { id, title, status: "failed", detail }, problem: { kind: "no-task-role", fileSystemId, title: "IAM authorization is on but the task has no task role", detail, volume: volume.name } };
  }
  if (evidence?.policy === null) return { check: { id, title, status: "passed", detail: `${fileSystemId} has no file system policy: the default policy lets every client that reaches a mount target mount and write.` } };
  const resource = efsFileSystemArn(fileSystemId, ctx);
  const client = clientOf(ctx, fileSystemId, volume, ctx.evidence.iam?.roles?.find((r) => r.kind === "task")?.arn ?? roleArn);
  const verdicts = actions.map((action) => {
    const simulation = (ctx.evidence.iam?.simulations ?? []).find((s) => s.role === "task" && s.action.toLowerCase() === action.toLowerCase() && s.resource === resource);
    const decision = typeof evidence?.policy === "string" ? policyDecision(evidence.policy, action, client) : void 0;
    const byPolicy = decision?.answer;
    return { action, simulation, byPolicy, statement: decision?.statement };
  });
  const denied2 = verdicts.filter((v) => v.byPolicy === "deny" || v.simulation?.decision === "explicitDeny" || v.byPolicy === "none" && v.simulation && v.simulation.decision !== "allowed");
  if (denied2.length > 0) {
    const byPolicy = denied2.filter((v) => v.byPolicy === "deny");
    const byRole = denied2.filter((v) => v.byPolicy !== "deny");
    const tls = volume.config.transitEncryption === "ENABLED" ? "" : " (the volume mounts without TLS: transitEncryption DISABLED)";
    const detail = [
      byPolicy.length > 0 ? `Statement ${[...new Set(byPolicy.map((v) => v.statement))].join(", ")} of the file system policy of ${fileSystemId} explicitly denies ${byPolicy.map((v) => v.action).join(" and ")} to the tasks${tls}.` : void 0,
      ...byRole.map(
        (v) => `${v.action} on ${resource}: the task role's policies ${v.simulation?.decision === "explicitDeny" ? "explicitly deny it" : "do not grant it (simulated)"}${v.byPolicy === "none" ? ", and the file system policy does not grant it either" : ""}.`
      )
    ].filter((line) => line !== void 0).join(" ");
    return {
      check: { id, title, status: "failed", detail },
      problem: {
        kind: "iam-denied",
        fileSystemId,
        title: `the task role ${role} may not ${denied2.map((v) => v.action.split(":")[1]).join(" or ")} on ${fileSystemId}`,
        detail,
        actions: denied2.map((v) => v.action),
        ...byPolicy.length > 0 ? { deniedByPolicy: true } : {},
        volume: volume.name
      }
    };
  }
  if (verdicts.every((v) => v.byPolicy === "allow" || v.simulation?.decision === "allowed")) {
    const by = verdicts.map((v) => `${v.action.split(":")[1]} ${v.simulation?.decision === "allowed" ? "by the role's policies" : "by the file system policy"}`);
    return { check: { id, title, status: "passed", detail: `Allowed: ${by.join(", ")}.` } };
  }
  if (typeof evidence?.policy !== "string") return skippedFor(ctx, id, title, "elasticfilesystem:DescribeFileSystemPolicy", fileSystemId, "The file system policy was not read.");
  const conditional = verdicts.some((v) => v.byPolicy === "undecided");
  return skippedFor(ctx, id, title, "iam:SimulatePrincipalPolicy", void 0) ?? {
    check: { id, title, status: "skipped", detail: conditional ? "The file system policy has conditions this check does not evaluate." : "The task role's policies were not simulated." }
  };
}
function anonymousCheck(ctx, fileSystemId, evidence, volume) {
  if (typeof evidence?.policy !== "string") return void 0;
  const id = `efs.${fileSystemId}.iam.${volume.name}`;
  const title = `The file system policy of ${fileSystemId} lets volume ${volume.name} mount without IAM authorization`;
  const answer = policyAnswer(evidence.policy, CLIENT_MOUNT, clientOf(ctx, fileSystemId, volume, void 0));
  if (answer === "allow") return { check: { id, title, status: "passed", detail: `The policy allows ${CLIENT_MOUNT} to every client.` } };
  if (answer === "undecided") return { check: { id, title, status: "skipped", detail: "The file system policy has conditions this check does not evaluate." } };
  const detail = `${fileSystemId} has a file system policy that ${answer === "deny" ? "denies" : "does not grant"} ${CLIENT_MOUNT} to clients without IAM authorization, and volume ${volume.name} mounts without it (authorizationConfig.iam ${volume.config.authorizationConfig?.iam ?? "DISABLED"}).`;
  return {
    check: { id, title, status: "failed", detail },
    problem: { kind: "iam-required", fileSystemId, title: "the file system policy requires IAM authorization, which the volume does not use", detail, volume: volume.name }
  };
}

// src/diagnose/startup/explain/efs.ts
var WHY = {
  dns: "the file system's DNS name did not resolve from the task: there is no mount target in the task's Availability Zone, the VPC has DNS resolution or DNS hostnames turned off, or the file system id is wrong",
  network: "NFS (TCP 2049) from the task to the mount target timed out or was reset: the mount target security group must allow TCP 2049 from the task security group (and the NACLs must let it through)",
  "access-denied": "the file system refused the mount: its file system policy requires IAM authorization (elasticfilesystem:ClientMount, ClientWrite on the task role, with iam ENABLED in the volume), or the access point does not allow it",
  "path-missing": "the rootDirectory (or the access point's path) does not exist on the file system: EFS does not create it; an access point with creation info does",
  "tls-tunnel": "the TLS tunnel to the file system did not start (efs-utils' stunnel or efs-proxy)",
  credentials: "the volume uses IAM authorization but the task has no task role to mount with",
  options: "the volume options contradict each other: an access point or IAM authorization needs transitEncryption ENABLED",
  ownership: "the volume mounted, but Docker could not copy the image directory's ownership onto it: the access point's POSIX user may not chown (only root may)",
  unknown: "efs-utils did not say why (the message was cut)"
};
var PROBLEMS_FOR = {
  dns: ["file-system-missing", "vpc-dns-off", "no-mount-target", "file-system-unavailable"],
  network: ["nfs-egress-blocked", "nfs-ingress-blocked", "no-mount-target"],
  "access-denied": ["iam-denied", "iam-required", "no-task-role", "access-point-missing"],
  credentials: ["no-task-role"],
  "path-missing": ["access-point-missing"],
  "tls-tunnel": ["nfs-egress-blocked", "nfs-ingress-blocked"],
  options: [],
  ownership: [],
  unknown: ["file-system-missing", "file-system-unavailable", "vpc-dns-off", "no-mount-target", "nfs-egress-blocked", "nfs-ingress-blocked", "access-point-missing", "no-task-role", "iam-denied", "iam-required"]
};
var WHY_PROBLEM = {
  "file-system-missing": "the volume names a file system that does not exist in this account and Region, so its DNS name does not resolve",
  "file-system-unavailable": "the file system is not available",
  "vpc-dns-off": "the VPC does not resolve the file system's DNS name: ECS mounts EFS by its DNS name, which needs DNS resolution and DNS hostnames on in the VPC",
  "no-mount-target": "a task landed in an Availability Zone where the file system has no mount target, so its DNS name does not resolve there",
  "nfs-egress-blocked": `the task security group does not let NFS (TCP ${NFS_PORT}) out, so the mount times out`,
  "nfs-ingress-blocked": `the mount target's security group does not let NFS (TCP ${NFS_PORT}) in from the task security group, so the mount times out`,
  "access-point-missing": "the volume names an access point that does not exist on this file system",
  "no-task-role": "the volume uses IAM authorization but the task has no task role to mount with",
  "iam-denied": "the volume uses IAM authorization and the task role may not mount (and write) the file system: neither its own policies nor the file system policy allow it",
  "iam-required": "the file system policy only admits clients that authenticate with IAM, and the volume mounts without IAM authorization"
};
function explainEfsMount(ctx, group) {
  const failures = failuresOf(group);
  const failure = failures.find((f) => f.kind !== "unknown") ?? failures[0] ?? { kind: "unknown", cause: group.classifications[0]?.cause ?? "" };
  const report = analyseEfs(ctx);
  const problem = decisiveProblem(report.problems, failure);
  const volumes = efsVolumesOf(ctx);
  const volume = volumes.find((v) => problem?.volume === v.name) ?? volumes.find((v) => v.config.fileSystemId === (failure.fileSystemId ?? problem?.fileSystemId)) ?? volumes[0];
  const fileSystemId = failure.fileSystemId ?? (problem?.fileSystemId || void 0) ?? volume?.config.fileSystemId;
  const evidence = fileSystemId ? ctx.evidence.efs?.find((e) => e.fileSystemId === fileSystemId) : void 0;
  const fromMessages = group.tasks.length > 0 || group.events.length > 0;
  const failedChecks = report.checks.filter((c) => c.status === "failed").map((c) => c.detail ?? c.title);
  const lines = [
    ...fromMessages ? [`${occurrences(group)}: ${failure.cause || group.classifications[0]?.cause || ""}`] : [],
    ...volume ? [describeVolume(volume, evidence)] : [],
    ...problem ? [problem.detail] : [],
    ...failedChecks,
    ...problem ? [] : confirmations(ctx, failure.kind, evidence)
  ];
  const groupsAdmit = failure.kind === "network" && !problem && ["nfs-egress", "nfs-ingress"].every((step) => report.checks.some((c) => c.id.endsWith(`.${step}`) && c.status === "passed"));
  if (groupsAdmit) lines.push(`The task and mount target security groups allow TCP ${NFS_PORT} both ways: look at the network ACLs of the task and mount target subnets.`);
  const confidence = problem ? "high" : failure.kind === "unknown" || groupsAdmit ? "medium" : lines.length > (volume ? 2 : 1) || group.classifications.some((c) => c.confidence === "high") ? "high" : "medium";
  const why = problem ? WHY_PROBLEM[problem.kind] : WHY[failure.kind];
  const rollback = rollbackFix(ctx);
  return {
    code: "efs-mount-failed",
    title: `The EFS volume${volume ? ` ${volume.name}` : ""}${fileSystemId ? ` (${fileSystemId})` : ""} cannot be mounted: ${problem ? problem.title : TITLE[failure.kind]}`,
    explanation: `ECS mounts EFS volumes before it starts the containers, so every task of this revision stops at the mount. Here ${why}.`,
    confidence,
    evidence: unique(lines),
    fixes: [...problem ? problemFixes(ctx, problem, volume) : fixesFor3(ctx, failure, volume, fileSystemId, evidence), ...rollback ? [rollback] : []]
  };
}
function decisiveProblem(problems, failure) {
  const fitting = problems.filter((p) => !failure.fileSystemId || !p.fileSystemId || p.fileSystemId === failure.fileSystemId);
  for (const kind of PROBLEMS_FOR[failure.kind]) {
    const found = fitting.find((p) => p.kind === kind);
    if (found) return found;
  }
  return void 0;
}
var TITLE = {
  dns: "its DNS name does not resolve",
  network: "NFS to the mount target is blocked",
  "access-denied": "access denied by the file system",
  "path-missing": "the root directory does not exist",
  "tls-tunnel": "the TLS tunnel did not start",
  credentials: "no task role for IAM authorization",
  options: "the mount options are inconsistent",
  ownership: "the access point's POSIX user cannot take ownership",
  unknown: "efs-utils failed"
};
function failuresOf(group) {
  return group.classifications.flatMap((c) => {
    if (c.signature.startsWith("check: ")) return [];
    const text = c.parsed?.text ?? c.runtime?.message ?? c.cause;
    const read = text ? readEfsFailure(text) : null;
    return read ? [read] : [];
  });
}
function describeVolume(volume, efs) {
  const c = volume.config;
  const auth = c.authorizationConfig;
  const point = auth?.accessPointId ? efs?.accessPoints?.find((a) => a.accessPointId === auth.accessPointId && a.exists !== false) : void 0;
  return `Volume ${volume.name}: file system ${c.fileSystemId}, rootDirectory ${c.rootDirectory ?? "/"}, transitEncryption ${c.transitEncryption ?? "DISABLED"}${auth?.accessPointId ? `, access point ${auth.accessPointId}` : ""}${auth?.iam ? `, IAM authorization ${auth.iam}` : ""}.${point ? ` Access point: ${describeAccessPoint(point)}` : ""}`;
}
function confirmations(ctx, kind, efs) {
  const lines = [];
  const dns = ctx.evidence.network?.vpcAttributes;
  if (kind === "dns" && dns) {
    if (dns.enableDnsSupport === false) lines.push("The VPC has DNS resolution (enableDnsSupport) turned off.");
    if (dns.enableDnsHostnames === false) lines.push("The VPC has DNS hostnames (enableDnsHostnames) turned off: ECS mounts EFS by its DNS name.");
  }
  const missingAz = efs?.mountTargets ? subnetsWithoutMountTarget(ctx, efs) : [];
  if ((kind === "dns" || kind === "network") && missingAz.length > 0) lines.push(`No mount target of ${efs?.fileSystemId} in the Availability Zone of ${listOf(missingAz)}.`);
  if (kind === "network" && efs?.mountTargets?.length) {
    const groups = unique(efs.mountTargets.flatMap((m) => m.securityGroups ?? []));
    if (groups.length > 0) lines.push(`The mount targets use security group${groups.length === 1 ? "" : "s"} ${listOf(groups)}; the tasks use ${listOf(ctx.securityGroupIds) || "the VPC default group"}.`);
  }
  if ((kind === "access-denied" || kind === "credentials") && !ctx.taskDefinition?.taskRoleArn) lines.push("The task definition has no taskRoleArn: IAM authorization mounts as the task role.");
  if (kind === "access-denied" && efs?.policy) lines.push("The file system has a file system policy: it decides which principals may mount and write.");
  return lines;
}
function subnetsWithoutMountTarget(ctx, efs) {
  const targets = efs.mountTargets ?? [];
  const azOf = new Map((ctx.evidence.network?.subnets ?? []).map((s) => [s.SubnetId ?? "", s.AvailabilityZone ?? ""]));
  return ctx.subnetIds.filter((subnet) => !targets.some((t) => t.subnetId === subnet || azOf.get(subnet) && t.availabilityZoneName === azOf.get(subnet)));
}
function fixesFor3(ctx, failure, volume, fileSystemId, efs) {
  const fs = fileSystemId ?? "<file-system-id>";
  const fixes = [];
  const listTargets = aws(ctx.region, "efs", "describe-mount-targets", "--file-system-id", fs, "--query", "MountTargets[].{id:MountTargetId,subnet:SubnetId,az:AvailabilityZoneName,state:LifeCycleState}");
  switch (failure.kind) {
    case "dns": {
      fixes.push({ title: `List the mount targets of ${fs}: each task subnet's Availability Zone needs one`, commands: [listTargets] });
      const vpc = ctx.evidence.network?.vpcId;
      if (vpc) {
        fixes.push({
          title: `Turn on DNS resolution and DNS hostnames in ${vpc}`,
          commands: [
            aws(ctx.region, "ec2", "modify-vpc-attribute", "--vpc-id", vpc, "--enable-dns-support", '{"Value":true}'),
            aws(ctx.region, "ec2", "modify-vpc-attribute", "--vpc-id", vpc, "--enable-dns-hostnames", '{"Value":true}')
          ]
        });
      }
      const missing = efs?.mountTargets ? subnetsWithoutMountTarget(ctx, efs) : [];
      for (const subnet of missing.slice(0, 2)) {
        fixes.push({
          title: `Create a mount target of ${fs} in ${subnet}`,
          commands: [aws(ctx.region, "efs", "create-mount-target", "--file-system-id", fs, "--subnet-id", subnet, ...ctx.securityGroupIds.length ? ["--security-groups", ...ctx.securityGroupIds] : [])]
        });
      }
      break;
    }
    case "network": {
      const groups = unique((efs?.mountTargets ?? []).flatMap((m) => m.securityGroups ?? []));
      const target = groups[0] ?? "<mount-target-security-group-id>";
      const commands = ctx.securityGroupIds.map((sg) => aws(ctx.region, "ec2", "authorize-security-group-ingress", "--group-id", target, "--protocol", "tcp", "--port", 2049, "--source-group", sg));
      fixes.push({ title: `Find the mount targets' security groups of ${fs}`, commands: [listTargets] });
      if (commands.length > 0) {
        fixes.push({ title: `Allow NFS (TCP 2049) from the task security group${ctx.securityGroupIds.length === 1 ? "" : "s"} to the mount targets${groups[0] ? "" : " (fill in <mount-target-security-group-id>)"}`, commands });
      }
      break;
    }
    case "access-denied":
    case "credentials": {
      fixes.push({ title: `Read the file system policy of ${fs}`, commands: [aws(ctx.region, "efs", "describe-file-system-policy", "--file-system-id", fs)] });
      const role = ctx.taskDefinition?.taskRoleArn?.split("/").pop();
      const arn = `arn:${ctx.partition}:elasticfilesystem:${ctx.region}:${ctx.accountId ?? "<account-id>"}:file-system/${fs}`;
      fixes.push({
        title: `Allow the task role${role ? ` ${role}` : " (fill in <task-role-name>)"} to mount and write ${fs}`,
        commands: [putRolePolicy(ctx.region, role ?? "<task-role-name>", "ecs-deploy-doctor-efs", [{ actions: ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"], resources: [arn] }])],
        note: "The volume needs authorizationConfig.iam ENABLED and transitEncryption ENABLED for the task role to be used; a task without taskRoleArn needs one."
      });
      break;
    }
    case "path-missing":
    case "ownership": {
      const accessPoint = volume?.config.authorizationConfig?.accessPointId;
      if (accessPoint) fixes.push({ title: `Check the root directory and POSIX user of ${accessPoint}`, commands: [aws(ctx.region, "efs", "describe-access-points", "--access-point-id", accessPoint)] });
      const path = failure.path ?? volume?.config.rootDirectory;
      if (failure.kind === "path-missing" && path && path !== "/") {
        fixes.push({
          title: `Mount ${path} through an access point that creates it (then set authorizationConfig.accessPointId and rootDirectory "/" on the volume)`,
          commands: [aws(ctx.region, "efs", "create-access-point", "--file-system-id", fs, "--root-directory", `Path=${path},CreationInfo={OwnerUid=1000,OwnerGid=1000,Permissions=755}`, "--posix-user", "Uid=1000,Gid=1000")],
          note: "Use the uid/gid the container runs as; the access point needs transitEncryption ENABLED on the volume."
        });
      }
      if (failure.kind === "ownership") {
        fixes.push({
          title: "Give the access point a POSIX user that owns the directory, or mount without a POSIX user",
          commands: [],
          note: "On EC2 Docker copies the image directory's owner onto an empty volume (lchown); an access point that enforces a non-root POSIX user refuses it. Create the directory with the right owner in the image, or use an access point whose creation info matches it."
        });
      }
      break;
    }
    default:
      fixes.push({ title: `Check the mount targets of ${fs}`, commands: [listTargets] });
  }
  return fixes;
}
function problemFixes(ctx, problem, volume) {
  const fs = problem.fileSystemId;
  const region = ctx.region;
  switch (problem.kind) {
    case "file-system-missing":
      return [
        {
          title: `List the file systems in ${region}: the volume must name one of them`,
          commands: [aws(region, "efs", "describe-file-systems", "--query", "FileSystems[].{id:FileSystemId,name:Name,state:LifeCycleState}")]
        }
      ];
    case "file-system-unavailable":
      return [{ title: `Check the state of ${fs}`, commands: [aws(region, "efs", "describe-file-systems", "--file-system-id", fs)] }];
    case "vpc-dns-off": {
      const vpc = ctx.evidence.network?.vpcId ?? "<vpc-id>";
      const attributes = ctx.evidence.network?.vpcAttributes;
      const commands = [
        ...attributes?.enableDnsSupport === false ? [aws(region, "ec2", "modify-vpc-attribute", "--vpc-id", vpc, "--enable-dns-support", '{"Value":true}')] : [],
        ...attributes?.enableDnsHostnames !== true ? [aws(region, "ec2", "modify-vpc-attribute", "--vpc-id", vpc, "--enable-dns-hostnames", '{"Value":true}')] : []
      ];
      return [{ title: `Turn on ${attributes?.enableDnsSupport === false ? "DNS resolution and " : ""}DNS hostnames in ${vpc}`, commands }];
    }
    case "no-mount-target": {
      const groups = problem.mountTargetGroups ?? [];
      return (problem.subnets ?? []).slice(0, 3).map((subnet) => ({
        title: `Create a mount target of ${fs} in ${subnet}`,
        commands: [aws(region, "efs", "create-mount-target", "--file-system-id", fs, "--subnet-id", subnet, ...groups.length ? ["--security-groups", ...groups] : [])],
        ...groups.length ? {} : { note: `Without --security-groups the mount target gets the VPC's default security group: it must allow TCP ${NFS_PORT} from ${listOf(ctx.securityGroupIds) || "the task security group"}.` }
      }));
    }
    case "nfs-ingress-blocked": {
      const target = (problem.mountTargetGroups ?? [])[0] ?? "<mount-target-security-group-id>";
      const sources = problem.taskGroups ?? [];
      return [
        {
          title: `Allow NFS (TCP ${NFS_PORT}) into ${target} from the task security group${sources.length === 1 ? "" : "s"}`,
          commands: sources.map((sg) => aws(region, "ec2", "authorize-security-group-ingress", "--group-id", target, "--protocol", "tcp", "--port", NFS_PORT, "--source-group", sg))
        }
      ];
    }
    case "nfs-egress-blocked": {
      const task = (problem.taskGroups ?? [])[0] ?? "<task-security-group-id>";
      const destinations = problem.mountTargetGroups ?? [];
      const destination = destinations.length > 0 ? `UserIdGroupPairs=[${destinations.map((g) => `{GroupId=${g}}`).join(",")}]` : `IpRanges=[{CidrIp=${vpcCidr(ctx)}}]`;
      return [
        {
          title: `Allow NFS (TCP ${NFS_PORT}) out of ${task} to the mount targets`,
          commands: [aws(region, "ec2", "authorize-security-group-egress", "--group-id", task, "--ip-permissions", `IpProtocol=tcp,FromPort=${NFS_PORT},ToPort=${NFS_PORT},${destination}`)]
        }
      ];
    }
    case "access-point-missing":
      return [
        {
          title: `List the access points of ${fs}: the volume's authorizationConfig.accessPointId must be one of them`,
          commands: [aws(region, "efs", "describe-access-points", "--file-system-id", fs, "--query", "AccessPoints[].{id:AccessPointId,path:RootDirectory.Path,uid:PosixUser.Uid,gid:PosixUser.Gid}")]
        }
      ];
    case "no-task-role":
      return compactFixes([
        newRevisionFix(ctx, `Give the task a task role to mount ${fs} with`, {
          edit: 'In td.json set "taskRoleArn" to a role that trusts ecs-tasks.amazonaws.com and may elasticfilesystem:ClientMount (and ClientWrite) on the file system.',
          changes: [{ where: revisionLabel(ctx), key: "taskRoleArn", after: JSON.stringify(`arn:${ctx.partition}:iam::${ctx.accountId ?? "<account-id>"}:role/<task-role>`) }]
        })
      ]);
    case "iam-denied": {
      const role = ctx.taskDefinition?.taskRoleArn?.split("/").pop() ?? "<task-role-name>";
      const actions = problem.actions ?? ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"];
      const readPolicy = { title: `Read the file system policy of ${fs}`, commands: [aws(region, "efs", "describe-file-system-policy", "--file-system-id", fs)] };
      if (problem.deniedByPolicy) {
        const name = volume?.name ?? problem.volume ?? "efs";
        const withoutTls = volume?.config.transitEncryption !== "ENABLED";
        return compactFixes([
          withoutTls ? newRevisionFix(ctx, `Mount volume ${name} with TLS, which the file system policy requires`, {
            edit: `In td.json set volumes[${name}].efsVolumeConfiguration.transitEncryption to "ENABLED".`,
            changes: [{ where: `volumes[${name}].efsVolumeConfiguration`, key: "transitEncryption", before: JSON.stringify(volume?.config.transitEncryption ?? "DISABLED"), after: '"ENABLED"' }]
          }) : void 0,
          { ...readPolicy, note: "An explicit deny in the file system policy wins over any grant: change that statement, or mount the way it requires." }
        ]);
      }
      return [
        {
          title: `Allow the task role ${role} to ${actions.map((a) => a.split(":")[1]).join(" and ")} on ${fs}`,
          commands: [putRolePolicy(region, role, "ecs-deploy-doctor-efs", [{ actions, resources: [efsFileSystemArn(fs, ctx)] }])],
          note: "Either this identity policy or a statement of the file system policy naming the role is enough."
        },
        readPolicy
      ];
    }
    case "iam-required": {
      const name = volume?.name ?? problem.volume ?? "efs";
      const before = JSON.stringify({ transitEncryption: volume?.config.transitEncryption ?? "DISABLED", iam: volume?.config.authorizationConfig?.iam ?? "DISABLED" });
      return compactFixes([
        newRevisionFix(ctx, `Mount volume ${name} with IAM authorization (and TLS, which it needs)`, {
          edit: `In td.json set volumes[${name}].efsVolumeConfiguration.transitEncryption to "ENABLED" and its authorizationConfig.iam to "ENABLED"; the task role must then be allowed elasticfilesystem:ClientMount and ClientWrite on ${fs}.`,
          changes: [{ where: `volumes[${name}].efsVolumeConfiguration`, before, after: JSON.stringify({ transitEncryption: "ENABLED", iam: "ENABLED" }) }]
        }),
        { title: `Read the file system policy of ${fs}`, commands: [aws(region, "efs", "describe-file-system-policy", "--file-system-id", fs)] }
      ]);
    }
  }
}
function compactFixes(fixes) {
  return fixes.filter((f) => f !== void 0);
}
function revisionLabel(ctx) {
  const td = ctx.taskDefinition;
  return td?.family && td.revision !== void 0 ? `${td.family}:${td.revision}` : "task definition";
}
function vpcCidr(ctx) {
  const first = ctx.evidence.network?.subnets?.find((s) => s.CidrBlock)?.CidrBlock;
  const octets = first?.split("/")[0].split(".");
  return octets ? `${octets[0]}.${octets[1]}.0.0/16` : "10.0.0.0/16";
}

// src/diagnose/startup/checks/efs.ts
function efsChecks(ctx) {
  const report = analyseEfs(ctx);
  const proof = report.problems[0];
  if (!proof || !isFailingRun(ctx)) return { checks: report.checks };
  return { checks: report.checks, findings: [explainEfsMount(ctx, checkGroup("efs-mount-failed", proof.detail))] };
}

// src/diagnose/startup/network/firewall.ts
var HTTPS = 443;
var EPHEMERAL_SAMPLE = 4e4;
function coversPort(p, port) {
  if (p.IpProtocol === "-1" || p.IpProtocol === "all") return true;
  if (p.IpProtocol !== "tcp" && p.IpProtocol !== "6") return false;
  return (p.FromPort ?? 0) <= port && port <= (p.ToPort ?? 65535);
}
function https(groups, direction) {
  return groups.flatMap((g) => (direction === "egress" ? g.IpPermissionsEgress : g.IpPermissions) ?? []).filter((p) => coversPort(p, HTTPS));
}
function egressToAnywhere(groups) {
  return https(groups, "egress").some((p) => (p.IpRanges ?? []).some((r) => r.CidrIp === ANYWHERE));
}
function egressToEndpoint(groups, endpointGroupIds, endpointCidrs) {
  return https(groups, "egress").some(
    (p) => (p.IpRanges ?? []).some((r) => r.CidrIp === ANYWHERE || endpointCidrs.length > 0 && endpointCidrs.every((c) => cidrContains(r.CidrIp, c))) || (p.UserIdGroupPairs ?? []).some((pair) => endpointGroupIds.includes(pair.GroupId ?? ""))
  );
}
function egressToS3(groups, prefixListId) {
  return https(groups, "egress").some(
    (p) => (p.IpRanges ?? []).some((r) => r.CidrIp === ANYWHERE) || (p.PrefixListIds ?? []).some((l) => !prefixListId || l.PrefixListId === prefixListId)
  );
}
function ingressFromTask(endpointGroups, taskGroupIds, taskCidrs) {
  return https(endpointGroups, "ingress").some(
    (p) => (p.IpRanges ?? []).some((r) => r.CidrIp === ANYWHERE || taskCidrs.length > 0 && taskCidrs.every((c) => cidrContains(r.CidrIp, c))) || (p.UserIdGroupPairs ?? []).some((pair) => taskGroupIds.includes(pair.GroupId ?? ""))
  );
}
function aclFor(acls, subnetId, vpcId) {
  return acls.find((a) => (a.Associations ?? []).some((s) => s.SubnetId === subnetId)) ?? acls.find((a) => a.IsDefault && (!vpcId || a.VpcId === vpcId));
}
function entryMatches(entry, port, cidr) {
  const protocol = entry.Protocol === "-1" || entry.Protocol === "6" || entry.Protocol === "tcp";
  if (!protocol) return false;
  if (entry.Protocol !== "-1" && entry.PortRange && !((entry.PortRange.From ?? 0) <= port && port <= (entry.PortRange.To ?? 65535))) return false;
  return cidrContains(entry.CidrBlock, cidr);
}
function evaluateAcl(acl, direction, cidr) {
  const port = direction === "egress" ? HTTPS : EPHEMERAL_SAMPLE;
  const entries = (acl.Entries ?? []).filter((e) => Boolean(e.Egress) === (direction === "egress")).sort((a, b) => (a.RuleNumber ?? 0) - (b.RuleNumber ?? 0));
  const rule = entries.find((e) => entryMatches(e, port, cidr));
  return rule ? { allowed: rule.RuleAction === "allow", rule } : { allowed: false };
}
function freeRuleNumber(acl, direction, below) {
  const used = new Set((acl.Entries ?? []).filter((e) => Boolean(e.Egress) === (direction === "egress")).map((e) => e.RuleNumber));
  const ceiling = below && below < 32767 ? below : 100;
  for (let n = ceiling - 1; n > 0; n -= 1) if (!used.has(n)) return n;
  return ceiling + 1;
}

// src/diagnose/startup/network/acls.ts
function checkAcls(scope, subnets) {
  const acls = scope.net.networkAcls;
  if (!acls) return;
  const checked = /* @__PURE__ */ new Map();
  for (const path of subnets) {
    const acl = aclFor(acls, path.subnetId, scope.vpcId);
    if (!acl?.NetworkAclId) continue;
    const entry = checked.get(acl.NetworkAclId) ?? { acl, subnets: [], problems: [] };
    entry.subnets.push(path.subnetId);
    checked.set(acl.NetworkAclId, entry);
  }
  const destinations = aclDestinations(scope, subnets);
  for (const [aclId, { acl, subnets: aclSubnets, problems }] of checked) {
    for (const destination of destinations) {
      for (const direction of ["egress", "ingress"]) {
        const decision = evaluateAcl(acl, direction, destination.cidr);
        if (decision.allowed) continue;
        const why = decision.rule && decision.rule.RuleNumber !== 32767 ? `rule ${decision.rule.RuleNumber} denies it` : "no rule allows it (the final * rule denies)";
        const detail = direction === "egress" ? `Network ACL ${aclId} of ${listOf(aclSubnets)} blocks outbound TCP 443 to ${destination.label}: ${why}.` : `Network ACL ${aclId} of ${listOf(aclSubnets)} blocks the return traffic (inbound TCP 1024-65535 from ${destination.label}): ${why}. ACLs are stateless.`;
        problems.push(detail);
        const rule = freeRuleNumber(acl, direction, decision.rule?.RuleNumber);
        scope.add({
          kind: direction === "egress" ? "nacl-egress" : "nacl-ingress",
          detail,
          services: [],
          fixes: [
            {
              title: `Allow ${direction === "egress" ? "outbound TCP 443" : "inbound TCP 1024-65535"} ${direction === "egress" ? "to" : "from"} ${destination.cidr} in ${aclId}`,
              commands: [
                aws(
                  scope.region,
                  "ec2",
                  "create-network-acl-entry",
                  "--network-acl-id",
                  aclId,
                  direction === "egress" ? "--egress" : "--ingress",
                  "--rule-number",
                  rule,
                  "--protocol",
                  "tcp",
                  "--port-range",
                  direction === "egress" ? "From=443,To=443" : "From=1024,To=65535",
                  "--cidr-block",
                  destination.cidr,
                  "--rule-action",
                  "allow"
                )
              ]
            }
          ]
        });
      }
    }
    scope.checks.push({
      id: `network.nacl.${aclId}`,
      title: `Network ACL ${aclId} allows HTTPS out and the replies in`,
      status: problems.length === 0 ? "passed" : "failed",
      ...problems.length ? { detail: problems.join(" ") } : {}
    });
    if (problems.length === 0) scope.passed.push(`Network ACL ${aclId} allows outbound 443 and inbound ephemeral ports.`);
  }
}
function aclDestinations(scope, subnets) {
  const destinations = [];
  const internet = subnets.some((s) => s.egress === "igw" || s.egress === "nat" || s.egress === "other") || scope.needs.s3 && Boolean(scope.s3Gateway());
  if (internet) destinations.push({ cidr: ANYWHERE, label: "0.0.0.0/0" });
  const vpcCidr2 = scope.vpcCidr();
  if (!internet && vpcCidr2 && subnets.some((s) => s.egress === "none")) destinations.push({ cidr: vpcCidr2, label: `the VPC endpoints (${vpcCidr2})` });
  return destinations;
}

// src/diagnose/startup/network/dns.ts
function checkDns(scope, isolated) {
  const attributes = scope.net.vpcAttributes;
  if (!attributes || !scope.vpcId) return;
  const problems = [];
  if (attributes.enableDnsSupport === false) {
    const detail = `VPC ${scope.vpcId} has enableDnsSupport=false: the task cannot resolve any AWS endpoint name.`;
    problems.push(detail);
    scope.add({ kind: "dns-support", detail, services: [], fixes: [dnsFix(scope, "--enable-dns-support")] });
  }
  const privateDns = scope.needs.interfaces.some((n) => {
    const endpoint = scope.interfaceEndpoint(n.service);
    return endpoint && endpoint.PrivateDnsEnabled !== false;
  });
  if (attributes.enableDnsHostnames === false && (isolated || privateDns)) {
    const detail = `VPC ${scope.vpcId} has enableDnsHostnames=false: private DNS of interface endpoints needs both DNS attributes.`;
    problems.push(detail);
    scope.add({ kind: "dns-hostnames", detail, services: [], fixes: [dnsFix(scope, "--enable-dns-hostnames")] });
  }
  scope.checks.push({
    id: "network.dns",
    title: `VPC ${scope.vpcId} DNS attributes`,
    status: problems.length === 0 ? "passed" : "failed",
    ...problems.length ? { detail: problems.join(" ") } : {}
  });
}
function dnsFix(scope, flag) {
  return { title: `Turn on ${flag.slice(2)} for ${scope.vpcId}`, commands: [aws(scope.region, "ec2", "modify-vpc-attribute", "--vpc-id", scope.vpcId ?? "", flag, "Value=true")] };
}

// src/diagnose/startup/network/needs.ts
function networkNeeds(ctx) {
  const images = imagesOf(ctx);
  const ecr = images.filter((i) => i.registry === "ecr");
  const interfaces = [];
  if (ecr.length > 0) {
    interfaces.push({ service: "ecr.api", reason: "ECR registry auth (ecr:GetAuthorizationToken)" });
    interfaces.push({ service: "ecr.dkr", reason: "ECR image manifests" });
  }
  if (logConfigsOf(ctx).length > 0) interfaces.push({ service: "logs", reason: "the awslogs log driver" });
  const secrets = secretsOf(ctx);
  if (secrets.some((s) => s.store === "secretsmanager")) interfaces.push({ service: "secretsmanager", reason: "secrets from Secrets Manager" });
  if (secrets.some((s) => s.store === "ssm")) interfaces.push({ service: "ssm", reason: "SSM parameters" });
  const envFilesInS3 = containers(ctx).some((c) => (c.environmentFiles ?? []).some((f) => f.type === "s3"));
  return {
    interfaces,
    s3: ecr.length > 0 || envFilesInS3,
    internetImages: images.filter((i) => i.registry !== "ecr").map((i) => i.image),
    otherRegionImages: ecr.filter((i) => i.region && i.region !== ctx.region).map((i) => i.image)
  };
}
function endpointServiceName(region, service) {
  return `com.amazonaws.${region}.${service}`;
}

// src/diagnose/startup/network/scope.ts
var NetworkScope = class {
  constructor(ctx, net, needs) {
    this.ctx = ctx;
    this.net = net;
    this.needs = needs;
    this.region = ctx.region;
    this.vpcId = net.vpcId ?? net.subnets?.find((s) => s.VpcId)?.VpcId;
    this.tables = net.routeTables ?? [];
    this.endpoints = (net.vpcEndpoints ?? []).filter((e) => !this.vpcId || !e.VpcId || e.VpcId === this.vpcId);
    this.groups = net.securityGroups ?? [];
    this.taskGroupIds = net.taskSecurityGroupIds?.length ? net.taskSecurityGroupIds : ctx.securityGroupIds;
  }
  ctx;
  net;
  needs;
  problems = [];
  passed = [];
  checks = [];
  vpcId;
  tables;
  endpoints;
  groups;
  taskGroupIds;
  region;
  subnetInfo(subnetId) {
    return this.net.subnets?.find((s) => s.SubnetId === subnetId);
  }
  where(path) {
    const how = path.association === "explicit" ? "its route table" : "the VPC main route table";
    return `${path.subnetId} (${how} ${path.routeTableId ?? "unknown"})`;
  }
  /** A default route to a NAT gateway: a known available one when the evidence has it, else one to fill in. */
  natRouteFix(paths, operation, avoid) {
    const nat = this.net.natGateways?.find((n) => n.State === "available" && n.NatGatewayId !== avoid)?.NatGatewayId;
    const tables = unique(paths.map((p) => p.routeTableId));
    const commands = (tables.length > 0 ? tables : ["<route-table-id>"]).map(
      (table) => aws(this.region, "ec2", operation, "--route-table-id", table, "--destination-cidr-block", ANYWHERE, "--nat-gateway-id", nat ?? "<nat-gateway-id>")
    );
    return nat ? { title: `Route 0.0.0.0/0 of ${listOf(tables)} through ${nat}`, commands } : {
      title: `Route 0.0.0.0/0 of ${listOf(tables)} through a NAT gateway (fill in <nat-gateway-id>: a NAT gateway in a public subnet)`,
      commands,
      note: "List candidates with: aws ec2 describe-nat-gateways --filter Name=vpc-id,Values=" + (this.vpcId ?? "<vpc-id>") + " --region " + this.region
    };
  }
  interfaceEndpoint(service) {
    const name = endpointServiceName(this.region, service);
    const matching = this.endpoints.filter((e) => e.ServiceName === name && (e.VpcEndpointType ?? "Interface") === "Interface");
    return matching.find((e) => isAvailable(e)) ?? matching[0];
  }
  s3Gateway() {
    const name = endpointServiceName(this.region, "s3");
    return this.endpoints.find((e) => e.ServiceName === name && e.VpcEndpointType === "Gateway" && isAvailable(e));
  }
  groupAdmitsTask(groupId) {
    const group = this.groups.find((g) => g.GroupId === groupId);
    return group ? ingressFromTask([group], this.taskGroupIds, this.taskCidrs()) : false;
  }
  taskCidrs() {
    return unique(this.ctx.subnetIds.map((id) => this.subnetInfo(id)?.CidrBlock));
  }
  /** The VPC CIDR, read from the "local" route of a task route table. */
  vpcCidr() {
    return this.tables.flatMap((t) => t.Routes ?? []).find((r) => r.GatewayId === "local" && r.DestinationCidrBlock)?.DestinationCidrBlock;
  }
  /** Same kind and same detail only once (subnets sharing a route table produce one problem). */
  add(problem) {
    if (this.problems.some((p) => p.kind === problem.kind && p.detail === problem.detail)) return;
    this.problems.push(problem);
  }
};
function routeOperation(paths) {
  return paths.some((p) => p.target?.startsWith("blackhole:")) ? "replace-route" : "create-route";
}
function isAvailable(endpoint) {
  return (endpoint.State ?? "available").toLowerCase() === "available";
}
function shortService(name, region) {
  return name.replace(`com.amazonaws.${region}.`, "");
}
function onePerZone(paths) {
  const byZone = /* @__PURE__ */ new Map();
  for (const path of paths) {
    const zone = path.availabilityZone ?? path.subnetId;
    if (!byZone.has(zone)) byZone.set(zone, path.subnetId);
  }
  return [...byZone.values()];
}
function httpsIngress(region, groupId, sourceGroupId) {
  return aws(
    region,
    "ec2",
    "authorize-security-group-ingress",
    "--group-id",
    groupId,
    "--ip-permissions",
    `IpProtocol=tcp,FromPort=443,ToPort=443,UserIdGroupPairs=[{GroupId=${sourceGroupId ?? "<task-security-group-id>"}}]`
  );
}

// src/diagnose/startup/network/egress.ts
function checkTaskEgress(scope, subnets) {
  const groups = scope.groups.filter((g) => scope.taskGroupIds.includes(g.GroupId ?? ""));
  if (groups.length === 0) return;
  const ids = listOf(groups.map((g) => g.GroupId ?? ""));
  const usesInternet = subnets.some((s) => s.egress === "igw" || s.egress === "nat" || s.egress === "other");
  const problems = [];
  if (usesInternet && !egressToAnywhere(groups)) {
    const detail = `Task security group ${ids} allows no outbound TCP 443 to 0.0.0.0/0, so the task cannot reach ECR, CloudWatch Logs or Secrets Manager through the ${subnets.find((s) => s.egress === "nat") ? "NAT" : "internet"} gateway.`;
    problems.push(detail);
    scope.add({ kind: "sg-egress", detail, services: [], fixes: [egressFix(scope, groups[0].GroupId ?? "", `IpRanges=[{CidrIp=${ANYWHERE}}]`, "to 0.0.0.0/0")] });
  }
  const endpointGroups = scope.needs.interfaces.flatMap((n) => {
    const endpoint = scope.interfaceEndpoint(n.service);
    return endpoint && isAvailable(endpoint) && endpoint.PrivateDnsEnabled !== false ? (endpoint.Groups ?? []).map((g) => g.GroupId ?? "") : [];
  });
  const vpcCidr2 = scope.vpcCidr();
  if (endpointGroups.length > 0 && !egressToEndpoint(groups, endpointGroups, vpcCidr2 ? [vpcCidr2] : scope.taskCidrs())) {
    const target = unique(endpointGroups)[0];
    const detail = `Task security group ${ids} allows no outbound TCP 443 to the VPC endpoints (group ${listOf(unique(endpointGroups))}${vpcCidr2 ? ` or ${vpcCidr2}` : ""}).`;
    problems.push(detail);
    scope.add({ kind: "sg-egress-endpoint", detail, services: [], fixes: [egressFix(scope, groups[0].GroupId ?? "", `UserIdGroupPairs=[{GroupId=${target}}]`, `to ${target}`)] });
  }
  const s3ViaGateway = scope.needs.s3 && Boolean(scope.s3Gateway()) && subnets.some((s) => s.egress === "none");
  if (s3ViaGateway && !egressToS3(groups, scope.net.s3PrefixListId)) {
    const list = scope.net.s3PrefixListId;
    const detail = `Task security group ${ids} restricts egress and allows no TCP 443 to the S3 prefix list${list ? ` ${list}` : ""}, so ECR layer downloads through the S3 gateway endpoint are dropped.`;
    problems.push(detail);
    const fix = egressFix(scope, groups[0].GroupId ?? "", `PrefixListIds=[{PrefixListId=${list ?? "<s3-prefix-list-id>"}}]`, `to the S3 prefix list${list ? ` ${list}` : ""}`);
    if (!list) {
      fix.title += " (fill in <s3-prefix-list-id>)";
      fix.note = `Find it with: aws ec2 describe-managed-prefix-lists --filters Name=prefix-list-name,Values=com.amazonaws.${scope.region}.s3 --region ${scope.region}`;
    }
    scope.add({ kind: "sg-egress-s3", detail, services: ["s3"], fixes: [fix] });
  }
  scope.checks.push({
    id: "network.sg-egress",
    title: `Task security group ${ids} allows outbound HTTPS`,
    status: problems.length === 0 ? "passed" : "failed",
    ...problems.length ? { detail: problems.join(" ") } : {}
  });
  if (problems.length === 0) scope.passed.push(`Task security group ${ids} allows outbound TCP 443 where the task needs it.`);
}
function egressFix(scope, groupId, destination, label) {
  return {
    title: `Allow outbound HTTPS from ${groupId} ${label}`,
    commands: [
      aws(scope.region, "ec2", "authorize-security-group-egress", "--group-id", groupId, "--ip-permissions", `IpProtocol=tcp,FromPort=443,ToPort=443,${destination}`)
    ]
  };
}

// src/diagnose/startup/network/endpoints.ts
function checkEndpoints(scope, isolated) {
  const where = listOf(isolated.map((p) => p.subnetId));
  const missing = [];
  const dnsOff = [];
  for (const need of scope.needs.interfaces) {
    const endpoint = scope.interfaceEndpoint(need.service);
    if (!endpoint || !isAvailable(endpoint)) missing.push(need);
    else if (endpoint.PrivateDnsEnabled === false) dnsOff.push(endpoint);
    else scope.passed.push(`VPC endpoint ${endpoint.ServiceName} (${endpoint.VpcEndpointId}) is available with private DNS, for ${need.reason}.`);
  }
  const gateway = scope.needs.s3 ? scope.s3Gateway() : void 0;
  const s3Missing = scope.needs.s3 && !gateway;
  const names = [...missing.map((m) => endpointServiceName(scope.region, m.service)), ...s3Missing ? [`the S3 gateway endpoint ${endpointServiceName(scope.region, "s3")}`] : []];
  if (names.length > 0) {
    const s3Interface = s3Missing && scope.endpoints.some((e) => e.ServiceName === endpointServiceName(scope.region, "s3") && e.VpcEndpointType === "Interface");
    const detail = `${where} ${isolated.length === 1 ? "has" : "have"} no route to a NAT or internet gateway, and VPC ${scope.vpcId ?? ""} lacks ${listOf(names)} (needed for ${listOf(unique([...missing.map((m) => m.reason), ...s3Missing ? ["ECR image layers"] : []]))}).` + (s3Interface ? " An S3 interface endpoint exists, but ECR layer downloads need the S3 gateway endpoint." : "");
    scope.add({
      kind: "missing-endpoints",
      detail,
      services: [...missing.map((m) => m.service), ...s3Missing ? ["s3"] : []],
      fixes: [endpointFix(scope, missing.map((m) => m.service), s3Missing, isolated), scope.natRouteFix(isolated, routeOperation(isolated))]
    });
  }
  for (const endpoint of dnsOff) {
    scope.add({
      kind: "private-dns-off",
      detail: `VPC endpoint ${endpoint.VpcEndpointId} (${endpoint.ServiceName}) has private DNS disabled, so the task still resolves the public hostname, which ${where} cannot reach.`,
      services: [shortService(endpoint.ServiceName ?? "", scope.region)],
      fixes: [
        {
          title: `Enable private DNS on ${endpoint.VpcEndpointId}`,
          commands: [aws(scope.region, "ec2", "modify-vpc-endpoint", "--vpc-endpoint-id", endpoint.VpcEndpointId ?? "", "--private-dns-enabled")]
        }
      ]
    });
  }
  if (gateway) checkGatewayTables(scope, gateway, isolated);
  if (scope.needs.internetImages.length > 0) {
    scope.add({
      kind: "internet-image",
      detail: `${listOf(scope.needs.internetImages)} ${scope.needs.internetImages.length === 1 ? "is" : "are"} not in ECR; VPC endpoints cannot reach other registries, so ${where} need${isolated.length === 1 ? "s" : ""} a NAT route (or an ECR pull-through cache).`,
      services: [],
      fixes: [scope.natRouteFix(isolated, routeOperation(isolated))]
    });
  }
  const status = names.length === 0 && dnsOff.length === 0 ? "passed" : "failed";
  scope.checks.push({
    id: "network.endpoints",
    title: "VPC endpoints for what the task uses (isolated subnets)",
    status,
    detail: status === "passed" ? `All of ${listOf(neededNames(scope))} are present.` : `Missing or unusable: ${listOf([...names, ...dnsOff.map((e) => e.ServiceName ?? "")])}.`
  });
}
function neededNames(scope) {
  return [...scope.needs.interfaces.map((n) => n.service), ...scope.needs.s3 ? ["s3 (gateway)"] : []];
}
function checkGatewayTables(scope, gateway, isolated) {
  const tables = unique(isolated.map((p) => p.routeTableId));
  const absent = tables.filter((t) => !(gateway.RouteTableIds ?? []).includes(t));
  if (absent.length > 0) {
    scope.add({
      kind: "s3-gateway-route",
      detail: `The S3 gateway endpoint ${gateway.VpcEndpointId} is not associated with route table ${listOf(absent)} of the task subnets, so ECR layer downloads from S3 have no path.`,
      services: ["s3"],
      fixes: [
        {
          title: `Add ${listOf(absent)} to the S3 gateway endpoint ${gateway.VpcEndpointId}`,
          commands: [aws(scope.region, "ec2", "modify-vpc-endpoint", "--vpc-endpoint-id", gateway.VpcEndpointId ?? "", "--add-route-table-ids", ...absent)]
        }
      ]
    });
  } else {
    scope.passed.push(`The S3 gateway endpoint ${gateway.VpcEndpointId} is on route table ${listOf(tables)}.`);
  }
}
function endpointFix(scope, services, s3, isolated) {
  const subnets = onePerZone(isolated);
  const existingGroup = scope.endpoints.flatMap((e) => (e.Groups ?? []).map((g) => g.GroupId)).find(Boolean);
  const group = existingGroup ?? scope.taskGroupIds[0];
  const commands = services.map(
    (service) => aws(
      scope.region,
      "ec2",
      "create-vpc-endpoint",
      "--vpc-id",
      scope.vpcId ?? "<vpc-id>",
      "--vpc-endpoint-type",
      "Interface",
      "--service-name",
      endpointServiceName(scope.region, service),
      "--subnet-ids",
      ...subnets,
      ...group ? ["--security-group-ids", group] : [],
      "--private-dns-enabled"
    )
  );
  if (s3) {
    const tables = unique(isolated.map((p) => p.routeTableId));
    commands.push(
      aws(scope.region, "ec2", "create-vpc-endpoint", "--vpc-id", scope.vpcId ?? "<vpc-id>", "--vpc-endpoint-type", "Gateway", "--service-name", endpointServiceName(scope.region, "s3"), "--route-table-ids", ...tables)
    );
  }
  if (services.length > 0 && group && !existingGroup && !scope.groupAdmitsTask(group)) {
    commands.push(httpsIngress(scope.region, group, scope.taskGroupIds[0]));
  }
  const what = [...services, ...s3 ? ["s3 (gateway)"] : []];
  return { title: `Create the missing VPC endpoints: ${listOf(what)}`, commands };
}
function checkEndpointGroups(scope, subnets) {
  if (!scope.net.securityGroups) return;
  for (const need of scope.needs.interfaces) {
    const endpoint = scope.interfaceEndpoint(need.service);
    if (!endpoint || !isAvailable(endpoint) || endpoint.PrivateDnsEnabled === false) continue;
    const groupIds = (endpoint.Groups ?? []).map((g) => g.GroupId ?? "");
    const groups = scope.groups.filter((g) => groupIds.includes(g.GroupId ?? ""));
    if (groups.length === 0) continue;
    const id = `network.endpoint-sg.${endpoint.VpcEndpointId}`;
    const title = `Security group of endpoint ${endpoint.VpcEndpointId} (${need.service}) admits HTTPS from the task`;
    if (ingressFromTask(groups, scope.taskGroupIds, scope.taskCidrs())) {
      scope.checks.push({ id, title, status: "passed" });
      continue;
    }
    const detail = `Endpoint ${endpoint.VpcEndpointId} (${endpoint.ServiceName}) uses ${listOf(groupIds)}, which ${groupIds.length === 1 ? "allows" : "allow"} no inbound TCP 443 from the task security group${scope.taskGroupIds.length === 1 ? "" : "s"} ${listOf(scope.taskGroupIds)} or the task subnets${subnets.some((s) => s.egress !== "none") ? " (with private DNS on, the task reaches the service only through this endpoint)" : ""}.`;
    scope.checks.push({ id, title, status: "failed", detail });
    scope.add({
      kind: "endpoint-sg",
      detail,
      services: [need.service],
      fixes: scope.taskGroupIds[0] ? [{ title: `Allow HTTPS from ${scope.taskGroupIds[0]} into ${groupIds[0]}`, commands: [httpsIngress(scope.region, groupIds[0], scope.taskGroupIds[0])] }] : []
    });
  }
}

// src/diagnose/startup/network/routes.ts
function pathOf(scope, subnetId) {
  const info = scope.subnetInfo(subnetId);
  const base = { subnetId, ...info?.CidrBlock ? { cidr: info.CidrBlock } : {}, ...info?.AvailabilityZone ? { availabilityZone: info.AvailabilityZone } : {} };
  if (!scope.net.routeTables) return { ...base, association: "unknown", egress: "unknown" };
  const explicit = scope.tables.find((t) => (t.Associations ?? []).some((a) => a.SubnetId === subnetId));
  const main = scope.tables.find((t) => (!scope.vpcId || t.VpcId === scope.vpcId) && (t.Associations ?? []).some((a) => a.Main));
  const table = explicit ?? main;
  if (!table) return { ...base, association: "unknown", egress: "unknown" };
  const route = (table.Routes ?? []).find((r) => r.DestinationCidrBlock === ANYWHERE);
  const association = explicit ? "explicit" : "main";
  const common = { ...base, routeTableId: table.RouteTableId, association };
  if (!route) return { ...common, egress: "none" };
  return { ...common, ...egressOf(scope, route) };
}
function egressOf(scope, route) {
  const target = route.GatewayId ?? route.NatGatewayId ?? route.TransitGatewayId ?? route.NetworkInterfaceId ?? route.InstanceId ?? route.VpcPeeringConnectionId ?? route.CoreNetworkArn;
  if (route.State === "blackhole") return { egress: "none", target: `blackhole:${target ?? "unknown"}` };
  if (route.GatewayId?.startsWith("igw-")) return { egress: "igw", target: route.GatewayId };
  if (route.NatGatewayId) return { egress: "nat", target: route.NatGatewayId };
  if (target) return { egress: "other", target };
  return { egress: "none" };
}
function checkRoutes(scope, subnets) {
  const failures = /* @__PURE__ */ new Map();
  for (const path of subnets) {
    const id = `network.route.${path.subnetId}`;
    const title = `Egress route of ${path.subnetId}`;
    if (path.egress === "unknown") {
      if (scope.net.routeTables) scope.checks.push({ id, title, status: "skipped", detail: `No route table for ${path.subnetId} was in the evidence.` });
      continue;
    }
    const failure = routeFailure(scope, path);
    if (failure) {
      const key = `${failure.kind} ${failure.detail}`;
      const entry = failures.get(key) ?? { kind: failure.kind, paths: [] };
      entry.paths.push(path);
      failures.set(key, entry);
      scope.checks.push({ id, title, status: "failed", detail: `${scope.where(path)} ${failure.detail}` });
      continue;
    }
    const detail = routeSummary(scope, path);
    scope.passed.push(detail);
    scope.checks.push({ id, title, status: "passed", detail });
  }
  for (const [key, { kind, paths }] of failures) {
    const rest = key.slice(kind.length + 1);
    const detail = `${listOf(paths.map((p) => scope.where(p)))} ${paths.length > 1 ? rest.replace(/^routes /, "route ") : rest}`;
    const fixes = kind === "public-ip-disabled" ? publicIpFixes(scope, paths) : [scope.natRouteFix(paths, "replace-route", kind === "nat-unavailable" ? paths[0].target : void 0)];
    scope.add({ kind, detail, services: [], fixes });
  }
}
function routeSummary(scope, path) {
  switch (path.egress) {
    case "igw":
      return `${scope.where(path)} routes 0.0.0.0/0 to ${path.target} and the service assigns public IPs.`;
    case "nat":
      return `${scope.where(path)} routes 0.0.0.0/0 to ${path.target}, which is available.`;
    case "other":
      return `${scope.where(path)} routes 0.0.0.0/0 to ${path.target} (egress beyond the VPC is not verified).`;
    default:
      return `${scope.where(path)} has no route to the internet; it relies on VPC endpoints.`;
  }
}
function routeFailure(scope, path) {
  if (path.target?.startsWith("blackhole:")) {
    const gone = path.target.slice("blackhole:".length);
    return { kind: "blackhole", detail: `routes 0.0.0.0/0 to ${gone}, which no longer exists (route state blackhole).` };
  }
  if (path.egress === "igw" && !scope.ctx.assignPublicIp) {
    return {
      kind: "public-ip-disabled",
      detail: `routes 0.0.0.0/0 to internet gateway ${path.target}, but the service sets assignPublicIp=DISABLED, so the task ENI has no public address and no way out.`
    };
  }
  if (path.egress === "nat") {
    const nat = scope.net.natGateways?.find((n) => n.NatGatewayId === path.target);
    if (nat && nat.State !== "available") {
      return {
        kind: "nat-unavailable",
        detail: `routes 0.0.0.0/0 to ${path.target}, whose state is ${nat.State ?? "unknown"}, not available${nat.FailureMessage ? ` (${nat.FailureMessage})` : ""}.`
      };
    }
  }
  return void 0;
}
function publicIpFixes(scope, paths) {
  const ec2 = scope.ctx.service.launchType === "EC2";
  const natFix = scope.natRouteFix(paths, "create-route");
  if (ec2) return [natFix];
  return [
    {
      title: "Give the tasks public IPs (the subnets route to an internet gateway)",
      commands: [updateNetworkConfiguration(scope.ctx, scope.ctx.subnetIds, scope.taskGroupIds, true)]
    }
  ];
}

// src/diagnose/startup/network/analyse.ts
function analyseNetwork(ctx) {
  const needs = networkNeeds(ctx);
  const net = ctx.evidence.network;
  if (!net || ctx.subnetIds.length === 0) return { available: false, subnets: [], problems: [], passed: [], checks: [], needs };
  const scope = new NetworkScope(ctx, net, needs);
  const subnets = ctx.subnetIds.map((id) => pathOf(scope, id));
  checkRoutes(scope, subnets);
  const isolated = subnets.filter((s) => s.egress === "none");
  const needsAnything = needs.interfaces.length > 0 || needs.s3 || needs.internetImages.length > 0;
  if (isolated.length > 0 && needsAnything) checkEndpoints(scope, isolated);
  checkEndpointGroups(scope, subnets);
  checkTaskEgress(scope, subnets);
  checkAcls(scope, subnets);
  checkDns(scope, isolated.length > 0);
  return {
    available: true,
    ...scope.vpcId ? { vpcId: scope.vpcId } : {},
    subnets,
    problems: scope.problems,
    passed: scope.passed,
    checks: scope.checks,
    needs
  };
}

// src/diagnose/startup/explain/image.ts
function firstLine(group, messages) {
  const main = messages.find((m) => !m.weak) ?? messages[0];
  return `${occurrences(group)}: ${main ? causeLine(main) : group.classifications[0]?.cause ?? ""}`;
}
function imagesConcerned(ctx, group, messages) {
  const images = imagesOf(ctx);
  const named = unique(messages.flatMap((m) => m.notFound?.names ?? []));
  const byName = images.filter((i) => named.some((n) => n === i.image || n.endsWith(i.image) || i.image.endsWith(n) || n.includes(`${i.repositoryName ?? ""}:${i.tag ?? ""}`)));
  if (byName.length > 0) return byName;
  const containers2 = unique(group.classifications.map((c) => c.containerName));
  const byContainer = images.filter((i) => containers2.includes(i.containerName));
  if (byContainer.length > 0 && byContainer.length < images.length) return byContainer;
  const broken = images.filter((i) => i.status === "image-not-found" || i.status === "repository-not-found");
  return broken.length > 0 ? broken : images;
}
function describeImagesCommand(ctx, image) {
  return aws(
    image.region ?? ctx.region,
    "ecr",
    "describe-images",
    "--repository-name",
    image.repositoryName ?? "<repository-name>",
    ...image.registryId && image.registryId !== ctx.accountId ? ["--registry-id", image.registryId] : [],
    "--query",
    "sort_by(imageDetails,&imagePushedAt)[-10:].{tags:imageTags,pushed:imagePushedAt,digest:imageDigest}"
  );
}
function explainImageNotFound(ctx, group) {
  const messages = groupMessages(ctx, group);
  const images = imagesConcerned(ctx, group, messages);
  const lines = [firstLine(group, messages)];
  const missing = images.filter((i) => i.status === "image-not-found" || i.status === "repository-not-found");
  const found = images.filter((i) => i.status === "found");
  for (const image of missing) {
    lines.push(
      image.status === "repository-not-found" ? `ecr:DescribeImages: repository ${image.repositoryName} does not exist in ${image.registryId ?? ctx.accountId ?? "the registry"} / ${image.region ?? ctx.region} (RepositoryNotFoundException).` : `ecr:DescribeImages: repository ${image.repositoryName} has no image ${image.tag ? `tagged ${image.tag}` : image.digest} (ImageNotFoundException).`
    );
  }
  const contradicted = missing.length === 0 && found.length > 0 && found.length === images.filter((i) => i.registry === "ecr").length;
  if (contradicted) {
    lines.push(`ecr:DescribeImages finds ${listOf(found.map((i) => i.image))} now: it may have been pushed after the failure, or the task pulls another registry or region.`);
  }
  const truncated = messages.every((m) => !m.notFound && m.cause === "unknown");
  if (truncated) {
    const network = analyseNetwork(ctx);
    if (network.available && network.problems.length > 0) lines.push(`Note: the network check also found a problem: ${network.problems[0].detail}`);
  }
  if (missing.length === 0 && !contradicted) {
    const unchecked = couldNotCheck(ctx, "look the image up in ECR", "ecr:DescribeImages");
    if (unchecked) lines.push(unchecked);
  }
  const external = images.filter((i) => i.registry !== "ecr");
  if (external.length > 0 && missing.length === 0) {
    lines.push(`${listOf(external.map((i) => i.image))} ${external.length === 1 ? "is" : "are"} outside ECR: check the name and tag (a private image needs repositoryCredentials).`);
  }
  const weak = group.classifications.every((c) => c.confidence === "low");
  const confidence = contradicted ? "low" : missing.length > 0 ? "high" : weak ? "low" : "medium";
  const subject = listOf((missing.length > 0 ? missing : images).map((i) => i.image)) || "The image";
  const fixes = [];
  for (const image of (missing.length > 0 ? missing : images).filter((i) => i.registry === "ecr").slice(0, 3)) {
    fixes.push({ title: `List the newest images in ${image.repositoryName} and deploy a tag that exists`, commands: [describeImagesCommand(ctx, image)] });
  }
  const rollback = rollbackFix(ctx);
  if (rollback) fixes.push(rollback);
  return {
    code: "image-not-found",
    title: `${subject} ${missing.length === 1 && missing[0].status === "repository-not-found" ? "is in a repository that does not exist" : "does not exist"}`,
    explanation: "ECS could not find the image the task definition names, so every task of this revision fails at the pull. Usual causes: the tag was never pushed (the build or push step failed), a typo in the repository or tag, another account or region, or a lifecycle policy expired the tag.",
    confidence,
    evidence: unique(lines),
    fixes
  };
}
function explainImagePullAccessDenied(ctx, group) {
  const messages = groupMessages(ctx, group);
  const main = messages.find((m) => m.permission?.action) ?? messages[0];
  const denial = main?.permission;
  const role = deniedRole(ctx, messages);
  const images = imagesConcerned(ctx, group, messages).filter((i) => i.registry === "ecr");
  const lines = [firstLine(group, messages)];
  const noRole = !ctx.taskDefinition?.executionRoleArn && ctx.service.launchType !== "EC2" && !denial?.roleName;
  if (noRole) lines.push("The task definition has no executionRoleArn: on Fargate the execution role pulls private ECR images.");
  if (denial?.action) {
    lines.push(`AWS denied ${denial.action}${denial.resource ? ` on ${denial.resource}` : ""} to ${role.name ? `role ${role.name}` : "the pulling role"}.`);
  }
  const repositoryArns = images.map((i) => ecrRepositoryArn(i.repositoryName ?? "", i.region ?? ctx.region, i.registryId ?? ctx.accountId ?? "", ctx.partition));
  const wanted = [
    { action: "ecr:GetAuthorizationToken", resource: "*" },
    ...repositoryArns.flatMap((arn) => [
      { action: "ecr:BatchGetImage", resource: arn },
      { action: "ecr:GetDownloadUrlForLayer", resource: arn }
    ])
  ];
  const simulated = wanted.flatMap((w) => simulationsFor(ctx, w.action, w.resource).map((s) => ({ w, s })));
  for (const { w, s } of simulated.filter(({ s: s2 }) => s2.decision !== "allowed")) lines.push(`iam:SimulatePrincipalPolicy: ${w.action} on ${w.resource} is ${describeDecision(s)}.`);
  const deniedPairs = simulated.filter(({ s }) => s.decision !== "allowed").map(({ w }) => w);
  const contradicted = simulated.length > 0 && deniedPairs.length === 0;
  if (contradicted) {
    lines.push(
      `The execution role's identity policies allow the ECR pull actions, so the denial comes from elsewhere: a repository policy (cross-account), the ECR or S3 VPC endpoint policy, a permissions boundary or an organization policy${ctx.service.launchType === "EC2" ? ", or on EC2 the container instance role" : ""}.`
    );
  }
  const crossAccount = images.filter((i) => i.registryId && ctx.accountId && i.registryId !== ctx.accountId);
  if (crossAccount.length > 0) lines.push(`${listOf(crossAccount.map((i) => i.image))} ${crossAccount.length === 1 ? "is" : "are"} in account ${crossAccount[0].registryId}: its repository policy must allow this account's role.`);
  const layerDenied = messages.some((m) => m.stage === "image-layer");
  if (layerDenied) {
    const network = analyseNetwork(ctx);
    const gatewayPolicy = (ctx.evidence.network?.vpcEndpoints ?? []).find((e) => e.VpcEndpointType === "Gateway" && e.ServiceName?.endsWith(".s3") && e.PolicyDocument && !/starport-layer-bucket|"\*"|arn:aws[\w-]*:s3:::\*/.test(e.PolicyDocument));
    if (gatewayPolicy) lines.push(`The S3 gateway endpoint ${gatewayPolicy.VpcEndpointId} has a custom policy that does not allow arn:${ctx.partition}:s3:::prod-${ctx.region}-starport-layer-bucket/*, where ECR keeps image layers.`);
    else if (network.available && network.problems[0]) lines.push(network.problems[0].detail);
  }
  if (simulated.length === 0) {
    const unchecked = couldNotCheck(ctx, "confirm with a policy simulation", "iam:SimulatePrincipalPolicy");
    if (unchecked) lines.push(unchecked);
  }
  const dockerHub = imagesConcerned(ctx, group, messages).filter((i) => i.registry !== "ecr");
  if (dockerHub.length > 0 && images.length === 0) {
    lines.push(`${listOf(dockerHub.map((i) => i.image))} is outside ECR: a private image needs repositoryCredentials (a Secrets Manager secret with the registry login), or the name is wrong.`);
  }
  const weak = group.classifications.every((c) => c.confidence === "low");
  const confidence = weak ? deniedPairs.length > 0 ? "medium" : "low" : contradicted ? "medium" : deniedPairs.length > 0 || denial?.action ? simulated.length > 0 ? "high" : "medium" : "medium";
  const roleName = role.name ?? executionRole(ctx).name;
  if (noRole) return missingExecutionRole(ctx, lines);
  return {
    code: "image-pull-access-denied",
    title: `${roleName ? `Role ${roleName}` : "The execution role"} may not pull ${listOf(images.map((i) => i.image)) || "the image"}`,
    explanation: "The image exists (or could not be checked), but the role that pulls it was refused. On Fargate that is the task execution role; on EC2 it is the execution role only when the agent uses it, otherwise the container instance role.",
    confidence,
    evidence: unique(lines),
    fixes: pullAccessFixes(ctx, roleName, deniedPairs.length > 0 ? deniedPairs : wanted, denial?.denyKind === "explicit-deny", crossAccount)
  };
}
var DEFAULT_EXECUTION_ROLE = "ecsTaskExecutionRole";
function missingExecutionRole(ctx, lines) {
  const fixes = [
    {
      title: `Create an execution role ${DEFAULT_EXECUTION_ROLE} with the ECS task execution policy, then set executionRoleArn in a new revision`,
      commands: [
        aws(ctx.region, "iam", "create-role", "--role-name", DEFAULT_EXECUTION_ROLE, "--assume-role-policy-document", ECS_TASKS_TRUST_POLICY),
        aws(ctx.region, "iam", "attach-role-policy", "--role-name", DEFAULT_EXECUTION_ROLE, "--policy-arn", executionRolePolicyArn(ctx.partition))
      ],
      note: `Then add "executionRoleArn": "arn:${ctx.partition}:iam::${ctx.accountId ?? "<account-id>"}:role/${DEFAULT_EXECUTION_ROLE}" to the task definition and register a new revision.`
    }
  ];
  const rollback = rollbackFix(ctx);
  if (rollback) fixes.push(rollback);
  return {
    code: "image-pull-access-denied",
    title: "The task definition has no execution role to pull the image",
    explanation: "On Fargate the task execution role pulls private ECR images (and fetches secrets and writes awslogs); without executionRoleArn the pull has no credentials.",
    confidence: "high",
    evidence: unique(lines),
    fixes
  };
}
function pullAccessFixes(ctx, roleName, pairs2, explicit, crossAccount) {
  const fixes = [];
  const role = roleName ?? "<execution-role-name>";
  const fill = roleName ? "" : " (fill in <execution-role-name>)";
  if (explicit) {
    fixes.push({
      title: `Find the policy that explicitly denies the pull to ${role}${fill}`,
      commands: [aws(ctx.region, "iam", "list-role-policies", "--role-name", role), aws(ctx.region, "iam", "list-attached-role-policies", "--role-name", role)]
    });
  } else {
    const byResource = /* @__PURE__ */ new Map();
    for (const p of pairs2) byResource.set(p.resource, unique([...byResource.get(p.resource) ?? [], p.action]));
    const statements = [...byResource].map(([resource, actions]) => ({ actions, resources: [resource] }));
    fixes.push({ title: `Grant the ECR pull actions to ${role} on the repository${fill}`, commands: [putRolePolicy(ctx.region, role, "ecs-deploy-doctor-ecr-pull", statements)] });
    fixes.push({
      title: `Or attach the AWS managed AmazonECSTaskExecutionRolePolicy to ${role}${fill}`,
      commands: [aws(ctx.region, "iam", "attach-role-policy", "--role-name", role, "--policy-arn", executionRolePolicyArn(ctx.partition))]
    });
  }
  for (const image of crossAccount.slice(0, 1)) {
    fixes.push({
      title: `Check that the repository policy of ${image.repositoryName} in account ${image.registryId} allows this account`,
      commands: [aws(image.region ?? ctx.region, "ecr", "get-repository-policy", "--repository-name", image.repositoryName ?? "", "--registry-id", image.registryId ?? "")]
    });
  }
  const rollback = rollbackFix(ctx);
  if (rollback) fixes.push(rollback);
  return fixes;
}
function explainRateLimited(ctx, group) {
  const messages = groupMessages(ctx, group);
  const hub = imagesOf(ctx).filter((i) => i.registry === "dockerhub");
  const lines = [firstLine(group, messages)];
  if (hub.length > 0) lines.push(`${listOf(hub.map((i) => i.image))} ${hub.length === 1 ? "is" : "are"} pulled from Docker Hub, which limits anonymous pulls per source IP; tasks behind one NAT gateway share that limit.`);
  const prefix = "docker-hub";
  const account = ctx.accountId ?? "<account-id>";
  return {
    code: "image-pull-rate-limited",
    title: `Docker Hub rate-limited the image pull${hub.length ? ` of ${listOf(hub.map((i) => i.image))}` : ""}`,
    explanation: 'The registry refused the pull with "too many requests". This is transient and per IP, so the same revision may start later, but a deployment that starts many tasks keeps hitting it. It is not a permissions problem. Pull through an ECR pull-through cache (or copy the image to ECR), or authenticate the pulls.',
    confidence: group.classifications.some((c) => c.confidence === "high") ? "high" : "medium",
    evidence: unique(lines),
    fixes: [
      {
        title: `Cache Docker Hub in ECR (pull-through cache) and point the image at ${account}.dkr.ecr.${ctx.region}.${ctx.dnsSuffix}/${prefix}/... (fill in <docker-hub-user>, <docker-hub-token> and the secret's <suffix>)`,
        commands: [
          aws(ctx.region, "secretsmanager", "create-secret", "--name", `ecr-pullthroughcache/${prefix}`, "--secret-string", JSON.stringify({ username: "<docker-hub-user>", accessToken: "<docker-hub-token>" })),
          aws(ctx.region, "ecr", "create-pull-through-cache-rule", "--ecr-repository-prefix", prefix, "--upstream-registry-url", "registry-1.docker.io", "--credential-arn", `arn:${ctx.partition}:secretsmanager:${ctx.region}:${account}:secret:ecr-pullthroughcache/${prefix}-<suffix>`)
        ],
        note: "create-secret prints the ARN to use as --credential-arn."
      },
      { title: "Retry later (the limit resets)", commands: [aws(ctx.region, "ecs", "update-service", "--cluster", ctx.cluster, "--service", ctx.serviceName, "--force-new-deployment")] }
    ]
  };
}
var ARCH_OF = { X86_64: "amd64", ARM64: "arm64" };
var CPU_OF = { amd64: "X86_64", arm64: "ARM64" };
function explainPlatformMismatch(ctx, group) {
  const messages = groupMessages(ctx, group);
  const cpu = ctx.taskDefinition?.runtimePlatform?.cpuArchitecture ?? "X86_64";
  const wanted = ARCH_OF[cpu] ?? cpu.toLowerCase();
  const containers2 = unique(group.classifications.map((c) => c.containerName));
  const images = imagesOf(ctx).filter((i) => containers2.length === 0 || containers2.includes(i.containerName));
  const known = images.filter((i) => i.architectures?.length);
  const mismatched = known.filter((i) => !(i.architectures ?? []).includes(wanted));
  const matching = known.filter((i) => (i.architectures ?? []).includes(wanted));
  const execFormat2 = messages.length === 0 || messages.every((m) => /exec format error/i.test(m.text));
  const lines = [
    messages.length > 0 ? firstLine(group, messages) : `${occurrences(group)}: ${group.classifications[0]?.cause ?? "exec format error"}`,
    `The task definition runs on ${cpu}${ctx.taskDefinition?.runtimePlatform?.cpuArchitecture ? "" : " (the default: no runtimePlatform.cpuArchitecture set)"}, i.e. linux/${wanted}.`
  ];
  for (const image2 of mismatched) lines.push(`${image2.image} is built for ${listOf(image2.architectures ?? [])} only (image index in ECR).`);
  for (const image2 of matching) lines.push(`${image2.image} does include linux/${wanted}; the failing binary may be a file copied into the image for another architecture.`);
  if (known.length === 0) lines.push("The image architectures are not known (a single-platform manifest, or the image was not checked); the message alone names the mismatch.");
  const contradicted = known.length > 0 && mismatched.length === 0;
  const confidence = mismatched.length > 0 ? "high" : contradicted ? "low" : execFormat2 ? "medium" : "high";
  const other = mismatched[0]?.architectures?.[0];
  const image = (mismatched[0] ?? images[0])?.image ?? "<image>";
  const fixes = [
    {
      title: `Rebuild and push the image for linux/${wanted} (or multi-arch)`,
      commands: [command("docker", "buildx", "build", "--platform", `linux/${wanted}${other && other !== wanted ? `,linux/${other}` : ""}`, "-t", image, "--push", ".")]
    }
  ];
  if (other && CPU_OF[other]) {
    fixes.push({
      title: `Or run the tasks on ${CPU_OF[other]}: register a revision with runtimePlatform cpuArchitecture=${CPU_OF[other]}`,
      changes: [
        {
          where: currentRevision(ctx) ?? "the task definition",
          key: "runtimePlatform",
          ...ctx.taskDefinition?.runtimePlatform ? { before: JSON.stringify(ctx.taskDefinition.runtimePlatform) } : {},
          after: JSON.stringify({ cpuArchitecture: CPU_OF[other], operatingSystemFamily: "LINUX" })
        }
      ],
      commands: [],
      note: `Set "runtimePlatform": {"cpuArchitecture": "${CPU_OF[other]}", "operatingSystemFamily": "LINUX"} in the task definition (Fargate supports ARM64).`
    });
  }
  const rollback = rollbackFix(ctx);
  if (rollback) fixes.push(rollback);
  return {
    code: "image-platform-mismatch",
    title: mismatched.length > 0 ? `${mismatched[0].image} is built for ${listOf(mismatched[0].architectures ?? [])}, but the task runs on ${cpu}` : `The image does not match the task's CPU architecture (${cpu})`,
    explanation: execFormat2 ? 'The container started and the kernel refused to run its binary ("exec format error"): the image (or a binary in it) was built for another CPU architecture, typically on an Apple-silicon laptop without --platform.' : "The registry has no manifest for the platform the task runs on, so the pull fails before the container is created.",
    confidence,
    evidence: unique(lines),
    fixes
  };
}

// src/diagnose/startup/explain/secrets.ts
var DENY_TEXT = {
  "explicit-deny": "an explicit deny in a policy",
  "no-identity-policy": "no identity-based policy (the role's policies) allows it",
  "no-resource-policy": "no resource-based policy allows it (a cross-account secret or key needs its resource policy to allow the role)",
  "no-endpoint-policy": "the VPC endpoint policy does not allow it",
  "no-session-policy": "no session policy allows it",
  "no-boundary": "the role's permissions boundary does not allow it",
  scp: "a service control policy of the organization denies it",
  unspecified: "AccessDenied"
};
function defaultAction(message) {
  if (message?.stage === "ssm") return "ssm:GetParameters";
  if (message?.stage === "env-files") return "s3:GetObject";
  return "secretsmanager:GetSecretValue";
}
function envFileArns(ctx) {
  return unique(containers(ctx).flatMap((c) => (c.environmentFiles ?? []).filter((f) => f.type === "s3").map((f) => f.value)));
}
function resourcesOf(ctx, messages, store) {
  if (messages.some((m) => m.stage === "env-files")) return envFileArns(ctx);
  const named = unique(messages.flatMap((m) => [m.permission?.resource, ...secretArnsIn(m.text)])).filter((r) => !/:kms:/.test(r));
  if (named.length > 0) return named;
  const referenced = unique(secretsOf(ctx).filter((s) => !store || s.store === store).map((s) => resourceArn(ctx, s)));
  const refused = referenced.filter((r) => READ_ACTIONS.some((action) => simulationsFor(ctx, action, r).some((s) => s.decision !== "allowed")));
  return refused.length > 0 ? refused : referenced;
}
var READ_ACTIONS = ["secretsmanager:GetSecretValue", "ssm:GetParameters"];
function secretArnsIn(text) {
  return (text.match(/arn:aws[\w-]*:(?:secretsmanager|ssm):[^\s,"']+/g) ?? []).map((a) => a.replace(/[.,):]+$/, ""));
}
function resourceArn(ctx, secret) {
  if (secret.arn) return secret.store === "secretsmanager" ? secretIdOf(secret.arn) : secret.arn;
  if (secret.valueFrom.startsWith("arn:")) return secret.store === "secretsmanager" ? secretIdOf(secret.valueFrom) : secret.valueFrom;
  const name = secret.valueFrom.startsWith("/") ? secret.valueFrom : `/${secret.valueFrom}`;
  return secret.store === "ssm" ? `arn:${ctx.partition}:ssm:${ctx.region}:${ctx.accountId ?? "<account-id>"}:parameter${name}` : `arn:${ctx.partition}:secretsmanager:${ctx.region}:${ctx.accountId ?? "<account-id>"}:secret:${secret.valueFrom}-??????`;
}
function storeOf(message) {
  if (!message) return void 0;
  if (message.stage === "ssm" || message.permission?.action?.startsWith("ssm:")) return "ssm";
  if (message.stage === "secrets-manager" || message.stage === "registry-credentials" || message.permission?.action?.startsWith("secretsmanager:")) return "secretsmanager";
  return void 0;
}
function kmsKeysOf(ctx, resources) {
  const scope = { partition: "aws", region: ctx.region, ...ctx.accountId ? { accountId: ctx.accountId } : {} };
  const secrets = secretsOf(ctx).filter((s) => s.kmsKeyId && resources.some((r) => (s.arn ?? s.valueFrom).startsWith(r) || r.startsWith(secretIdOf(s.arn ?? s.valueFrom))));
  return unique((secrets.length > 0 ? secrets : secretsOf(ctx).filter((s) => s.kmsKeyId)).map((s) => kmsKeyArn(s.kmsKeyId, scope) ?? s.kmsKeyId));
}
function referenceNotes(ctx, store) {
  const notes = [];
  for (const secret of secretsOf(ctx)) {
    if (secret.store === "ssm" && !secret.valueFrom.startsWith("arn:") && !secret.valueFrom.startsWith("/") && secret.valueFrom.includes("/") && store !== "secretsmanager") {
      notes.push(
        `${secret.name} uses valueFrom "${secret.valueFrom}", a bare name, so ECS reads it from SSM Parameter Store in ${ctx.region}; a Secrets Manager secret must be referenced by its ARN.`
      );
    }
  }
  return unique(notes);
}
function explainSecretAccessDenied(ctx, group) {
  if (isAppAwsDenial(ctx, group)) return explainAppAwsDenied(ctx, group, "secret-access-denied");
  const messages = groupMessages(ctx, group);
  const main = messages.find((m) => m.permission) ?? messages[0];
  const denial = main?.permission;
  const kms = messages.some((m) => m.cause === "kms-denied") || denial?.action?.toLowerCase().startsWith("kms:") === true;
  const role = deniedRole(ctx, messages);
  const store = storeOf(main);
  const resources = resourcesOf(ctx, messages, store);
  const action = denial?.action && !kms ? denial.action : defaultAction(main);
  const denied2 = resources.map((resource) => ({ action, resource }));
  const keys = kms ? kmsKeysOf(ctx, resources) : [];
  const lines = [`${occurrences(group)}: ${main ? causeLine(main) : group.classifications[0]?.cause ?? ""}`];
  if (denial?.action && !kms) {
    lines.push(
      `AWS denied ${denial.action}${denial.resource ? ` on ${denial.resource}` : ""} to ${role.name ? `role ${role.name}` : "the execution role"}: ${DENY_TEXT[denial.denyKind]}${denial.denyingPolicy ? ` (${denial.denyingPolicy} policy)` : ""}.`
    );
  }
  if (kms) {
    lines.push(
      keys.length > 0 ? `The secret is encrypted with customer managed key ${listOf(keys)}; ${role.name ?? "the execution role"} also needs kms:Decrypt on it (and the key policy must allow the role).` : `KMS refused to decrypt the secret for ${role.name ?? "the execution role"}: it needs kms:Decrypt on the secret's customer managed key, and the key policy must allow it.`
    );
  }
  const checked = [...denied2, ...keys.map((key) => ({ action: "kms:Decrypt", resource: key }))];
  const simulations = checked.flatMap((d) => simulationsFor(ctx, d.action, d.resource).map((s) => ({ d, s })));
  for (const { d, s } of simulations) lines.push(`iam:SimulatePrincipalPolicy: ${d.action} on ${d.resource} is ${describeDecision(s)}.`);
  const contradicted = simulations.length > 0 && simulations.every(({ s }) => s.decision === "allowed");
  if (contradicted) {
    lines.push(
      `The role's identity policies allow this, so the denial comes from elsewhere: the ${kms ? "KMS key policy" : "secret or key resource policy"}, a VPC endpoint policy, a permissions boundary or an organization policy.`
    );
  }
  const unchecked = simulations.length === 0 ? couldNotCheck(ctx, "confirm with a policy simulation", "iam:SimulatePrincipalPolicy") : void 0;
  if (unchecked) lines.push(unchecked);
  else if (simulations.length === 0 && !ctx.evidence.iam?.simulations) lines.push("The execution role was not simulated (no IAM evidence), so this rests on the message alone.");
  lines.push(...referenceNotes(ctx, store));
  const suffixed = resources.find((r) => /:secret:.+-[A-Za-z0-9]{6}$/.test(r));
  if (suffixed && !kms && denial?.denyKind !== "explicit-deny") {
    const base = suffixed.replace(/-[A-Za-z0-9]{6}$/, "");
    lines.push(`If the role's policy names ${base} without the 6-character suffix Secrets Manager adds, it does not match ${suffixed}: use the full ARN or ${base}-??????.`);
  }
  const weak = group.classifications.every((c) => c.confidence === "low");
  const confirmed = simulations.some(({ s }) => s.decision !== "allowed") || denial?.denyKind === "explicit-deny";
  const confidence = weak ? "low" : confirmed && !contradicted ? "high" : "medium";
  const envFiles = main?.stage === "env-files";
  const what = kms ? "decrypt" : envFiles ? "read environment file" : store === "ssm" ? "read SSM parameter" : "read secret";
  const subject = listOf(resources.map(shortName)) || "the referenced secrets";
  return {
    code: "secret-access-denied",
    title: `${role.name ? `Execution role ${role.name}` : "The execution role"} cannot ${what} ${subject}`,
    explanation: "ECS injects secrets before the containers start, using the task execution role. " + (kms ? "The secret is encrypted with a customer managed KMS key, and the role may not use that key to decrypt it." : `The role lacks ${action} on the exact resource, so the task stops before it runs.`) + (weak ? " ECS cut the message before the cause; the evidence below decides." : ""),
    confidence,
    evidence: unique(lines),
    fixes: secretAccessFixes(ctx, role.name, role.arn, denial, checked, contradicted, kms, keys, resources)
  };
}
function shortName(arn) {
  const parsed = parseArn(arn);
  if (!parsed) return arn;
  return parsed.resource.replace(/^secret:/, "").replace(/^parameter/, "");
}
function secretAccessFixes(ctx, roleName, roleArn, denial, checked, contradicted, kms, keys, resources) {
  const fixes = [];
  const role = roleName ?? "<execution-role-name>";
  const fill = roleName ? "" : " (fill in <execution-role-name>)";
  if (denial?.denyKind === "explicit-deny" || denial?.denyKind === "scp") {
    fixes.push({
      title: `Find the policy that explicitly denies ${denial.action ?? "the call"} to ${role}${fill}`,
      commands: [aws(ctx.region, "iam", "list-role-policies", "--role-name", role), aws(ctx.region, "iam", "list-attached-role-policies", "--role-name", role)],
      note: "An explicit deny wins over any allow: remove or narrow that statement (or the organization SCP)."
    });
  } else if (!contradicted && denial?.denyKind !== "no-resource-policy") {
    const byAction = /* @__PURE__ */ new Map();
    for (const d of checked.filter((c) => !c.action.startsWith("kms:"))) byAction.set(d.action, [...byAction.get(d.action) ?? [], d.resource]);
    const statements = [...byAction].map(([action, res]) => ({ actions: [action], resources: unique(res) }));
    const objects2 = byAction.get("s3:GetObject") ?? [];
    if (objects2.length > 0) statements.push({ actions: ["s3:GetBucketLocation"], resources: unique(objects2.map((o) => o.split("/")[0])) });
    if (kms) statements.push({ actions: ["kms:Decrypt"], resources: keys.length > 0 ? keys : ["<kms-key-arn>"] });
    if (statements.length > 0) {
      const placeholders = [roleName ? void 0 : "<execution-role-name>", kms && keys.length === 0 ? "<kms-key-arn>" : void 0].filter(Boolean);
      fixes.push({
        title: `Grant ${listOf(statements.flatMap((s) => s.actions))} to ${role} on exactly these resources${placeholders.length ? ` (fill in ${listOf(placeholders)})` : ""}`,
        commands: [putRolePolicy(ctx.region, role, "ecs-deploy-doctor-secrets", statements)]
      });
    }
  }
  const crossAccountSecret = resources.find((r) => r.includes(":secretsmanager:") && parseArn(r)?.accountId && parseArn(r)?.accountId !== ctx.accountId);
  if (denial?.denyKind === "no-resource-policy" && crossAccountSecret && roleArn) {
    const owner = parseArn(crossAccountSecret)?.accountId;
    const policy = JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { AWS: roleArn }, Action: "secretsmanager:GetSecretValue", Resource: "*" }]
    });
    fixes.unshift({
      title: `Allow ${role} in the resource policy of ${shortName(crossAccountSecret)} (run in account ${owner}; its KMS key policy must allow the role too)`,
      commands: [aws(keyRegion(crossAccountSecret, ctx.region), "secretsmanager", "put-resource-policy", "--secret-id", crossAccountSecret, "--resource-policy", policy)]
    });
  }
  if (contradicted || denial?.denyKind === "no-resource-policy") {
    if (kms && keys[0]) {
      fixes.push({ title: `Check that the key policy of ${keys[0]} allows ${role}`, commands: [aws(keyRegion(keys[0], ctx.region), "kms", "get-key-policy", "--key-id", keys[0], "--policy-name", "default")] });
    } else {
      const secret = resources.find((r) => r.includes(":secretsmanager:"));
      const parameter = resources.find((r) => r.includes(":ssm:"));
      if (secret && secret !== crossAccountSecret) fixes.push({ title: `Check the resource policy of ${shortName(secret)}`, commands: [aws(keyRegion(secret, ctx.region), "secretsmanager", "get-resource-policy", "--secret-id", secret)] });
      else if (parameter) {
        const name = shortName(parameter);
        fixes.push({
          title: `See which KMS key encrypts ${name} (its key policy must allow ${role})`,
          commands: [aws(keyRegion(parameter, ctx.region), "ssm", "describe-parameters", "--parameter-filters", `Key=Name,Values=${name}`, "--query", "Parameters[].{name:Name,type:Type,key:KeyId}")]
        });
      }
    }
  }
  const rollback = rollbackFix(ctx);
  if (rollback) fixes.push(rollback);
  return fixes;
}
function keyRegion(arn, fallback) {
  return parseArn(arn)?.region || fallback;
}
function explainSecretNotFound(ctx, group) {
  const messages = groupMessages(ctx, group);
  const main = messages.find((m) => m.notFound) ?? messages[0];
  const notFound2 = main?.notFound;
  const store = notFound2?.kind === "ssm-parameter" ? "ssm" : notFound2?.kind === "json-key" || notFound2?.kind === "secret" ? "secretsmanager" : storeOf(main);
  const secrets = secretsOf(ctx);
  const missingByEvidence = secrets.filter((s) => s.status === "not-found");
  const reported = notFound2?.kind === "json-key" ? [] : unique(messages.flatMap((m) => m.notFound?.names ?? []));
  const lines = [`${occurrences(group)}: ${main ? causeLine(main) : group.classifications[0]?.cause ?? ""}`];
  const jsonKey = notFound2?.kind === "json-key" ? notFound2.names[0] : void 0;
  const keyUser = jsonKey ? secrets.find((s) => s.valueFrom.includes(`:${jsonKey}:`)) : void 0;
  if (jsonKey) {
    lines.push(`The secret${keyUser ? ` ${shortName(secretIdOf(keyUser.arn ?? keyUser.valueFrom))}` : ""} has no JSON key "${jsonKey}"${keyUser ? ` (${keyUser.name} uses valueFrom ${keyUser.valueFrom})` : ""}.`);
  }
  for (const secret of missingByEvidence) {
    lines.push(
      secret.store === "ssm" ? `ssm:DescribeParameters finds no parameter ${parameterName(secret)} in ${parseArn(secret.arn)?.region || ctx.region} (${secret.name} in container ${secret.containerName}).` : `secretsmanager:DescribeSecret: no secret ${secretIdOf(secret.arn ?? secret.valueFrom)} (${secret.name} in container ${secret.containerName}).`
    );
  }
  const foundNow = secrets.filter((s) => s.status === "found" && reported.some((r) => sameReference(r, s)));
  const contradicted = !jsonKey && missingByEvidence.length === 0 && foundNow.length > 0;
  if (contradicted) {
    lines.push(`${listOf(foundNow.map((s) => parameterName(s)))} exist${foundNow.length === 1 ? "s" : ""} now: it may have been created after the failure, or the task reads another account or region.`);
  }
  if (missingByEvidence.length === 0 && !jsonKey && !contradicted) {
    const unchecked = couldNotCheck(ctx, "look the references up", "ssm:DescribeParameters", "secretsmanager:DescribeSecret");
    if (unchecked) lines.push(unchecked);
  }
  lines.push(...referenceNotes(ctx, store));
  const weak = group.classifications.every((c) => c.confidence === "low");
  const confirmed = missingByEvidence.length > 0;
  const confidence = weak ? confirmed ? "medium" : "low" : contradicted ? "medium" : confirmed || jsonKey ? "high" : "medium";
  const names = unique((reported.length > 0 ? reported : missingByEvidence.map(parameterName)).map((n) => shortName(n)));
  const keySecret = keyUser ? shortName(secretIdOf(keyUser.arn ?? keyUser.valueFrom)) : "the secret";
  return {
    code: "secret-not-found",
    title: jsonKey ? `Secret ${keySecret} has no JSON key "${jsonKey}"` : `${store === "ssm" ? "SSM parameter" : "Secret"}${names.length > 1 ? "s" : ""} ${listOf(names) || "referenced by the task definition"} ${names.length > 1 ? "do" : "does"} not exist`,
    explanation: "ECS resolves every secret and parameter of the task definition before starting the containers; a reference that does not resolve stops the task every time. " + (store === "ssm" ? '"invalid ssm parameters" means the parameter is missing, misspelt or in another region, not a permission problem.' : "Check the name, the region and, for JSON keys, the key spelling."),
    confidence,
    evidence: unique(lines),
    fixes: notFoundFixes(ctx, store, jsonKey, keyUser, reported, missingByEvidence)
  };
}
function parameterName(secret) {
  if (secret.store !== "ssm") return secretIdOf(secret.arn ?? secret.valueFrom);
  const arn = parseArn(secret.valueFrom);
  if (!arn) return secret.valueFrom;
  const path = arn.resource.replace(/^parameter/, "");
  return path.slice(1).includes("/") ? path : path.slice(1);
}
function sameReference(reported, secret) {
  return reported === secret.valueFrom || reported === secret.arn || reported === parameterName(secret) || `/${reported}` === parameterName(secret);
}
function notFoundFixes(ctx, store, jsonKey, keyUser, reported, missing) {
  const fixes = [];
  if (jsonKey) {
    const secretId = keyUser ? secretIdOf(keyUser.arn ?? keyUser.valueFrom) : "<secret-arn>";
    fixes.push({
      title: `List the JSON keys of the secret (values are not printed)${keyUser ? "" : " (fill in <secret-arn>)"}`,
      commands: [`${aws(keyRegion(secretId, ctx.region), "secretsmanager", "get-secret-value", "--secret-id", secretId, "--query", "SecretString", "--output", "text")} | jq -r 'keys[]'`],
      note: `Then either add the key "${jsonKey}" to the secret or fix the key in valueFrom and register a new revision.`
    });
  } else if (store === "ssm" || !store && reported.length > 0) {
    const names = unique([...missing.filter((s) => s.store === "ssm").map(parameterName), ...reported.filter((r) => !/^arn:aws[\w-]*:secretsmanager:/.test(r))]);
    for (const name of names.slice(0, 5)) {
      const region = parseArn(name)?.region || ctx.region;
      const parameter = parseArn(name) ? parameterName({ containerName: "", name: "", valueFrom: name, store: "ssm", status: "not-found" }) : name;
      fixes.push({
        title: `Create the parameter ${parameter} (fill in <value>)`,
        commands: [aws(region, "ssm", "put-parameter", "--name", parameter, "--type", "SecureString", "--value", "<value>")]
      });
    }
    const prefix = names[0]?.startsWith("/") ? names[0].slice(0, names[0].lastIndexOf("/")) : void 0;
    if (prefix) {
      fixes.push({
        title: `List the parameters that do exist under ${prefix}`,
        commands: [aws(ctx.region, "ssm", "describe-parameters", "--parameter-filters", `Key=Name,Option=BeginsWith,Values=${prefix}/`, "--query", "Parameters[].Name")]
      });
    }
  } else {
    const ids = unique([...missing.filter((s) => s.store === "secretsmanager").map((s) => secretIdOf(s.arn ?? s.valueFrom)), ...reported.filter((r) => r.includes(":secretsmanager:"))]);
    for (const id of ids.slice(0, 5)) {
      const name = secretName(id);
      fixes.push({
        title: `Create the secret ${name} (fill in <value>), or fix valueFrom to the secret's real ARN`,
        commands: [aws(keyRegion(id, ctx.region), "secretsmanager", "create-secret", "--name", name, "--secret-string", "<value>")]
      });
    }
    fixes.push({ title: "List the secrets that do exist", commands: [aws(ctx.region, "secretsmanager", "list-secrets", "--query", "SecretList[].ARN")] });
  }
  const rollback = rollbackFix(ctx);
  if (rollback) fixes.push(rollback);
  return fixes;
}
function secretName(arn) {
  const resource = parseArn(arn)?.resource.replace(/^secret:/, "") ?? arn;
  return resource.replace(/-[A-Za-z0-9]{6}$/, "");
}

// src/diagnose/startup/checks/iam.ts
function iamChecks(ctx) {
  const all = ctx.evidence.iam?.simulations;
  const simulations = all?.filter((s) => s.role !== "task");
  if (!simulations || simulations.length === 0 && all?.length) {
    if (!ctx.taskDefinition?.executionRoleArn || unavailable(ctx, "iam:SimulatePrincipalPolicy", "iam:GetRole")) return { checks: [] };
    const missingRole = ctx.evidence.iam?.roles?.some((r) => r.kind === "execution" && !r.exists);
    return {
      checks: [
        {
          id: "iam.simulation",
          title: "Execution role permissions (policy simulation)",
          status: "skipped",
          detail: missingRole ? "The execution role does not exist." : "No policy simulation was collected."
        }
      ]
    };
  }
  const checks = simulations.map((s) => ({
    id: `iam.${s.action}.${s.resource}`,
    title: `Execution role may ${s.action} on ${s.resource}`,
    status: s.decision === "allowed" ? "passed" : "failed",
    detail: describeDecision(s)
  }));
  return { checks, findings: isFailingRun(ctx) ? provenDenials(ctx, simulations) : [] };
}
function provenDenials(ctx, simulations) {
  const denied2 = simulations.filter((s) => s.role === "execution" && s.decision !== "allowed");
  const findings = [];
  const secret = denied2.find((s) => /^(?:secretsmanager|ssm):/i.test(s.action) && secretReferenced(ctx, s.resource));
  if (secret) findings.push(proven(explainSecretAccessDenied(ctx, checkGroup("secret-access-denied", `${secret.action} on ${secret.resource} is ${describeDecision(secret)}`))));
  const pull = denied2.find((s) => /^ecr:(?:BatchGetImage|GetDownloadUrlForLayer|GetAuthorizationToken)$/i.test(s.action) && repositoryUsed(ctx, s.resource));
  if (pull) findings.push(proven(explainImagePullAccessDenied(ctx, checkGroup("image-pull-access-denied", `${pull.action} on ${pull.resource} is ${describeDecision(pull)}`))));
  return findings;
}
function proven(finding) {
  return { ...finding, confidence: "high" };
}
function secretReferenced(ctx, resource) {
  return secretsOf(ctx).some((s) => [s.arn, s.valueFrom].some((ref) => ref && (resource === ref || resource.startsWith(ref) || ref.startsWith(resource))));
}
function repositoryUsed(ctx, resource) {
  if (resource === "*") return imagesOf(ctx).some((i) => i.registry === "ecr");
  return imagesOf(ctx).some(
    (i) => i.registry === "ecr" && ecrRepositoryArn(i.repositoryName ?? "", i.region ?? ctx.region, i.registryId ?? ctx.accountId ?? "", ctx.partition) === resource
  );
}

// src/diagnose/startup/checks/images.ts
var ARCH_OF2 = { X86_64: "amd64", ARM64: "arm64" };
function imageChecks(ctx) {
  const images = ctx.evidence.images ?? [];
  const checks = [];
  const findings = [];
  const cpu = ctx.taskDefinition?.runtimePlatform?.cpuArchitecture ?? "X86_64";
  const wanted = ARCH_OF2[cpu] ?? cpu.toLowerCase();
  for (const image of images) {
    const id = `image.${image.containerName}`;
    const title = `Image of container ${image.containerName} exists: ${image.image}`;
    if (image.status === "found") checks.push({ id, title, status: "passed" });
    else if (image.status === "not-checked") {
      if (image.registry !== "ecr") checks.push({ id, title, status: "skipped", detail: "Not an ECR image; only ECR images are looked up." });
    } else {
      const detail = image.status === "repository-not-found" ? `Repository ${image.repositoryName} does not exist.` : `Repository ${image.repositoryName} has no image ${image.tag ?? image.digest}.`;
      checks.push({ id, title, status: "failed", detail });
      if (isFailingRun(ctx) && !findings.some((f) => f.code === "image-not-found")) findings.push(explainImageNotFound(ctx, checkGroup("image-not-found", detail)));
    }
    if (image.architectures?.length) {
      const matches = image.architectures.includes(wanted);
      checks.push({
        id: `image.${image.containerName}.platform`,
        title: `Image of container ${image.containerName} has linux/${wanted} (task runs on ${cpu})`,
        status: matches ? "passed" : "failed",
        detail: `The image index lists ${image.architectures.join(", ")}.`
      });
      if (!matches && isFailingRun(ctx) && !findings.some((f) => f.code === "image-platform-mismatch")) {
        const group = checkGroup("image-platform-mismatch", `${image.image} has no linux/${wanted} manifest`);
        group.classifications[0].containerName = image.containerName;
        findings.push(explainPlatformMismatch(ctx, group));
      }
    }
  }
  return { checks, findings };
}

// src/diagnose/startup/network/subnets.ts
function subnetCapacity(ctx) {
  const known = ctx.evidence.network?.subnets;
  const awsvpc = (ctx.taskDefinition?.networkMode ?? "awsvpc") === "awsvpc";
  if (!known || ctx.subnetIds.length === 0 || !awsvpc) return void 0;
  const subnets = ctx.subnetIds.flatMap((id) => {
    const subnet = known.find((s) => s.SubnetId === id);
    if (!subnet || subnet.AvailableIpAddressCount === void 0) return [];
    return [{ subnetId: id, ...subnet.AvailabilityZone ? { availabilityZone: subnet.AvailabilityZone } : {}, free: subnet.AvailableIpAddressCount }];
  });
  if (subnets.length === 0) return void 0;
  const desired = ctx.service.desiredCount ?? ctx.deployment?.desiredCount ?? 1;
  const maximumPercent = ctx.service.deploymentConfiguration?.maximumPercent ?? 200;
  const peak = Math.floor(desired * maximumPercent / 100);
  const running = ctx.service.runningCount ?? 0;
  const needed = Math.max(1, peak - running);
  const total = subnets.reduce((sum, s) => sum + s.free, 0);
  return {
    subnets,
    total,
    peak,
    running,
    needed,
    maximumPercent,
    desired,
    exhausted: subnets.filter((s) => s.free === 0).map((s) => s.subnetId),
    short: total < needed
  };
}
function describeCapacity(capacity) {
  const each = capacity.subnets.map((s) => `${s.subnetId}${s.availabilityZone ? ` (${s.availabilityZone})` : ""}: ${s.free} free`).join(", ");
  return `${each}. The deployment may run ${capacity.peak} tasks at once (desired ${capacity.desired} \xD7 maximumPercent ${capacity.maximumPercent}%); ${capacity.running} running tasks already hold their addresses, so it needs up to ${capacity.needed} more, and the subnets have ${capacity.total}.`;
}

// src/diagnose/startup/explain/capacity.ts
function causeLines(ctx, group) {
  const fromTasks = groupMessages(ctx, group).map((m) => causeLine(m));
  return unique([...fromTasks, ...eventDetails(ctx, group)]);
}
function firstLine2(ctx, group) {
  return `${occurrences(group)}: ${causeLines(ctx, group)[0] ?? group.classifications[0]?.cause ?? ""}`;
}
function explainSubnetIps(ctx, group) {
  const capacity = subnetCapacity(ctx);
  const lines = [firstLine2(ctx, group)];
  if (capacity) lines.push(describeCapacity(capacity));
  else lines.push(couldNotCheck(ctx, "count free addresses", "ec2:DescribeSubnets") ?? "The subnets were not described, so free addresses were not counted.");
  const exhausted = capacity?.exhausted ?? [];
  const confirmed = Boolean(capacity && (capacity.short || exhausted.length > 0));
  const contradicted = Boolean(capacity && !confirmed && group.tasks.length > 0 && capacity.total > capacity.needed * 4);
  if (contradicted) lines.push("The subnets have free addresses now: ENIs of stopped tasks are released after a while, or another service used them up at the time.");
  const weak = group.classifications.every((c) => c.confidence === "low");
  return {
    code: "subnet-ip-exhausted",
    title: exhausted.length > 0 ? `Subnet ${listOf(exhausted)} ${exhausted.length === 1 ? "has" : "have"} no free IP addresses for task network interfaces` : "The service subnets are running out of IP addresses",
    explanation: "Every awsvpc task gets its own network interface and IP address in one of the service subnets. During a rolling deployment old and new tasks run side by side, so the subnets must hold up to desired \xD7 maximumPercent tasks; without a free address the task stops in PROVISIONING.",
    confidence: contradicted ? "low" : confirmed ? "high" : weak ? "low" : "medium",
    evidence: unique(lines),
    fixes: subnetFixes(ctx)
  };
}
function subnetFixes(ctx) {
  const fixes = [];
  const vpc = ctx.evidence.network?.vpcId;
  fixes.push({
    title: `Find subnets with free addresses${vpc ? ` in ${vpc}` : " (fill in <vpc-id>)"}`,
    commands: [
      aws(
        ctx.region,
        "ec2",
        "describe-subnets",
        "--filters",
        `Name=vpc-id,Values=${vpc ?? "<vpc-id>"}`,
        "--query",
        "Subnets[].{id:SubnetId,az:AvailabilityZone,free:AvailableIpAddressCount}",
        "--output",
        "table"
      )
    ]
  });
  if (ctx.subnetIds.length > 0) {
    fixes.push({
      title: "Add a subnet with free addresses to the service (fill in <subnet-id>)",
      commands: [updateNetworkConfiguration(ctx, [...ctx.subnetIds, "<subnet-id>"], ctx.securityGroupIds, ctx.assignPublicIp)]
    });
  }
  const min = ctx.service.deploymentConfiguration?.minimumHealthyPercent ?? 100;
  if ((ctx.service.deploymentConfiguration?.maximumPercent ?? 200) > 100) {
    fixes.push({
      title: "Or deploy with fewer extra tasks at once (replaces tasks instead of doubling them; less spare capacity during deployments)",
      commands: [
        aws(ctx.region, "ecs", "update-service", "--cluster", ctx.cluster, "--service", ctx.serviceName, "--deployment-configuration", `maximumPercent=100,minimumHealthyPercent=${min < 100 ? min : 50}`)
      ]
    });
  }
  return fixes;
}
var FARGATE_VCPU_QUOTA = "L-3032A538";
var FARGATE_SPOT_VCPU_QUOTA = "L-36FBB829";
function explainPlacement(ctx, group) {
  const lines = causeLines(ctx, group);
  const text = lines.join(" ");
  const ec2 = isEc2Service(ctx);
  const evidence = [`${occurrences(group)}: ${lines[0] ?? group.classifications[0]?.cause ?? ""}`, ...lines.slice(1, 3)];
  const zones = unique((ctx.evidence.network?.subnets ?? []).filter((s) => ctx.subnetIds.includes(s.SubnetId ?? "")).map((s) => s.AvailabilityZone));
  const fixes = [];
  let title;
  let explanation;
  let confidence = group.classifications.some((c) => c.confidence === "high") ? "high" : "medium";
  if (/Capacity is unavailable|insufficient capacity|RESOURCE:FARGATE/i.test(text)) {
    title = `Fargate has no capacity for the task right now${zones.length ? ` in ${listOf(zones)}` : ""}`;
    explanation = "AWS could not provide Fargate capacity for this task size in the Availability Zones of the service subnets. It is transient; more zones (subnets) or another capacity provider make placement likelier.";
    if (zones.length > 0) evidence.push(`The service subnets cover ${plural(zones.length, "Availability Zone")}: ${listOf(zones)}.`);
    fixes.push({ title: "Retry the deployment", commands: [aws(ctx.region, "ecs", "update-service", "--cluster", ctx.cluster, "--service", ctx.serviceName, "--force-new-deployment")] });
    if (ctx.subnetIds.length > 0) {
      fixes.push({ title: "Add subnets in more Availability Zones (fill in <subnet-id>)", commands: [updateNetworkConfiguration(ctx, [...ctx.subnetIds, "<subnet-id>"], ctx.securityGroupIds, ctx.assignPublicIp)] });
    }
  } else if (/limit on the number of|above your limit|quota/i.test(text)) {
    const spot = /spot/i.test(text) || (ctx.service.capacityProviderStrategy ?? []).some((s) => s.capacityProvider === "FARGATE_SPOT");
    const quota = spot ? FARGATE_SPOT_VCPU_QUOTA : FARGATE_VCPU_QUOTA;
    title = `The account reached its Fargate ${spot ? "Spot " : ""}vCPU quota in ${ctx.region}`;
    explanation = "Fargate counts the vCPUs of all running tasks in the account and region against a quota; the new tasks would exceed it. The quota does not reset by itself: stop other tasks or ask for more.";
    confidence = "high";
    fixes.push({
      title: "See the current quota, then request a higher one",
      commands: [aws(ctx.region, "service-quotas", "get-service-quota", "--service-code", "fargate", "--quota-code", quota)],
      note: `Request more with: aws service-quotas request-service-quota-increase --service-code fargate --quota-code ${quota} --desired-value <vcpus> --region ${ctx.region}`
    });
  } else if (/^Internal error|Reason: Internal error/i.test(text)) {
    title = "ECS could not place the task: a subnet may be in an Availability Zone Fargate does not support";
    explanation = 'ECS reports "Internal error" when a service subnet is in an Availability Zone where Fargate is not available. Move the service to subnets in supported zones.';
    if (zones.length > 0) evidence.push(`The service subnets are in ${listOf(zones)}.`);
    fixes.push({
      title: "Check which zones Fargate supports and the subnets' zones",
      commands: [aws(ctx.region, "ec2", "describe-subnets", "--subnet-ids", ...ctx.subnetIds.length ? ctx.subnetIds : ["<subnet-id>"], "--query", "Subnets[].{id:SubnetId,az:AvailabilityZone,azId:AvailabilityZoneId}")]
    });
  } else if (/No Container Instances were found/i.test(text)) {
    title = `Cluster ${ctx.cluster} has no container instances`;
    explanation = "The service uses the EC2 launch type, but no container instance is registered in the cluster (the Auto Scaling group is empty, or the instances cannot register: agent config, instance role, or no route to the ECS endpoints).";
    confidence = "high";
    fixes.push({ title: "List the registered container instances", commands: [aws(ctx.region, "ecs", "list-container-instances", "--cluster", ctx.cluster)] });
    fixes.push(scaleOutFix(ctx));
  } else if (/insufficient (memory|CPU|GPU)/i.test(text)) {
    const resource = /insufficient (memory|CPU|GPU)/i.exec(text)?.[1] ?? "resources";
    const instance = /container-instance[ (]+([\w-]+)/i.exec(text)?.[1];
    title = `No container instance has enough ${resource} for the task`;
    explanation = `ECS places a task only on an instance with enough unreserved ${resource}. The task definition asks for ${ctx.taskDefinition?.cpu ?? "?"} CPU units and ${ctx.taskDefinition?.memory ?? "?"} MiB; during a deployment old and new tasks need room at the same time.`;
    const remaining = (ctx.evidence.containerInstances ?? []).map((ci) => {
      const mem = ci.remainingResources?.find((r) => r.name === "MEMORY")?.integerValue;
      const cpu = ci.remainingResources?.find((r) => r.name === "CPU")?.integerValue;
      return `${ci.ec2InstanceId ?? ci.containerInstanceArn}: ${mem ?? "?"} MiB and ${cpu ?? "?"} CPU units free`;
    });
    if (remaining.length > 0) evidence.push(`Container instances: ${remaining.join("; ")}.`);
    if (instance) evidence.push(`The closest matching instance was ${instance}.`);
    fixes.push(scaleOutFix(ctx));
    fixes.push({
      title: "Or let the deployment stop old tasks first (lower minimumHealthyPercent)",
      commands: [aws(ctx.region, "ecs", "update-service", "--cluster", ctx.cluster, "--service", ctx.serviceName, "--deployment-configuration", "maximumPercent=100,minimumHealthyPercent=50")]
    });
  } else if (/network interface provisioning|EphemeralStorage provisioning/i.test(text)) {
    const storage = /EphemeralStorage/i.test(text);
    title = storage ? "Fargate timed out provisioning the task storage" : "Fargate timed out creating the task network interface";
    explanation = storage ? "The task stopped before its storage was ready. This is usually transient; retry the deployment." : "The task stopped before its network interface was ready. Causes: no free addresses in the subnets, the account network-interface quota, or ENI API throttling; it is often transient.";
    confidence = "low";
    const capacity = subnetCapacity(ctx);
    if (capacity) evidence.push(describeCapacity(capacity));
    fixes.push({ title: "Retry the deployment", commands: [aws(ctx.region, "ecs", "update-service", "--cluster", ctx.cluster, "--service", ctx.serviceName, "--force-new-deployment")] });
    if (!storage) fixes.push({ title: "Check the network interfaces quota of the region", commands: [aws(ctx.region, "service-quotas", "get-service-quota", "--service-code", "vpc", "--quota-code", "L-DF5E4CA3")] });
  } else {
    title = `ECS could not place the task${ec2 ? " on any container instance" : ""}`;
    explanation = ec2 ? "No container instance met all of the task's requirements (CPU, memory, ports, ENIs, attributes or placement constraints)." : "ECS could not place or launch the task; the event below gives the reason.";
    confidence = group.classifications.some((c) => c.confidence === "high") ? "medium" : "low";
    if (ec2) fixes.push({ title: "See what the container instances have left (fill in <container-instance-id>)", commands: [aws(ctx.region, "ecs", "describe-container-instances", "--cluster", ctx.cluster, "--container-instances", "<container-instance-id>", "--query", "containerInstances[].{id:ec2InstanceId,agent:agentConnected,left:remainingResources}")], note: "Fill in <container-instance-id> from: aws ecs list-container-instances --cluster " + ctx.cluster });
  }
  const rollback = rollbackFix(ctx);
  if (rollback && confidence !== "low") fixes.push(rollback);
  return { code: "placement-failed", title, explanation, confidence, evidence: unique(evidence), fixes };
}
function scaleOutFix(ctx) {
  return {
    title: "Add container instances: find the cluster Auto Scaling group and raise its desired capacity",
    commands: [aws(ctx.region, "autoscaling", "describe-auto-scaling-groups", "--query", "AutoScalingGroups[].{name:AutoScalingGroupName,desired:DesiredCapacity,max:MaxSize}", "--output", "table")],
    note: `Then: aws autoscaling set-desired-capacity --auto-scaling-group-name <name> --desired-capacity <count> --region ${ctx.region}`
  };
}
function explainInstanceUnhealthy(ctx, group) {
  const lines = causeLines(ctx, group);
  const text = lines.join(" ");
  const evidence = [`${occurrences(group)}: ${lines[0] ?? group.classifications[0]?.cause ?? ""}`];
  const instances = ctx.evidence.containerInstances ?? [];
  const taskInstances = unique(group.tasks.map((t) => t.containerInstanceArn));
  const concerned = instances.filter((ci) => taskInstances.includes(ci.containerInstanceArn ?? "") || text.includes((ci.containerInstanceArn ?? "").split("/").pop() ?? "\0"));
  const disconnected = instances.filter((ci) => ci.agentConnected === false);
  for (const ci of disconnected) evidence.push(`Container instance ${ci.ec2InstanceId ?? ci.containerInstanceArn}: agent disconnected (status ${ci.status ?? "unknown"}, agent ${ci.versionInfo?.agentVersion ?? "unknown version"}).`);
  const disk = /no space left on device|devmapper|thin pool/i.test(text);
  const targets = (disk ? concerned : disconnected).length > 0 ? disk ? concerned : disconnected : concerned;
  const instanceIds = unique(targets.map((ci) => ci.ec2InstanceId));
  const arns = unique(targets.map((ci) => ci.containerInstanceArn));
  const fixes = [];
  const title = disk ? `The container instance${instanceIds.length ? ` ${listOf(instanceIds)}` : ""} ran out of Docker disk space` : /Host EC2/i.test(text) ? "The container instance running the tasks was stopped or terminated" : `The ECS agent on ${instanceIds.length ? listOf(instanceIds) : "the closest container instance"} is disconnected`;
  const command2 = disk ? "docker system prune -af" : "sudo systemctl restart ecs";
  fixes.push({
    title: `${disk ? "Free Docker disk space on the instance (removes unused images and stopped containers)" : "Restart the ECS agent on the instance"}${instanceIds.length ? "" : " (fill in <instance-id>)"}`,
    commands: [aws(ctx.region, "ssm", "send-command", "--document-name", "AWS-RunShellScript", "--instance-ids", ...instanceIds.length ? instanceIds : ["<instance-id>"], "--parameters", JSON.stringify({ commands: [command2] }))],
    ...instanceIds.length ? {} : { note: "Fill in <instance-id>." }
  });
  fixes.push({
    title: `Or drain the instance so ECS moves tasks elsewhere, then replace it${arns.length ? "" : " (fill in <container-instance-arn>)"}`,
    commands: [aws(ctx.region, "ecs", "update-container-instances-state", "--cluster", ctx.cluster, "--container-instances", ...arns.length ? arns : ["<container-instance-arn>"], "--status", "DRAINING")]
  });
  if (instances.length === 0) evidence.push(couldNotCheck(ctx, "read the container instances", "ecs:DescribeContainerInstances") ?? "The container instances were not described.");
  return {
    code: "container-instance-unhealthy",
    title,
    explanation: disk ? "The image pull or container creation failed because the instance's Docker storage is full. Stopped containers stay on disk for 3 hours (ECS_ENGINE_TASK_CLEANUP_WAIT_DURATION), so a crash loop can fill it." : "ECS cannot place tasks on an instance whose agent is not connected or that is gone; the agent reconnects after a restart, or the instance should be replaced.",
    confidence: disconnected.length > 0 || disk ? "high" : "medium",
    evidence: unique(evidence),
    fixes
  };
}
function explainSpot(ctx, group) {
  const spot = group.tasks.length > 0 ? group.tasks : ctx.tasks.filter((t) => t.stopCode === "SpotInterruption" || /Spot Task was interrupted/i.test(t.stoppedReason ?? ""));
  return {
    code: "spot-interruption",
    title: `${plural(spot.length, "Fargate Spot task")} ${spot.length === 1 ? "was" : "were"} interrupted`,
    explanation: "AWS reclaimed Fargate Spot capacity and stopped the tasks with a two-minute warning. Nothing in the service is broken; with only Spot capacity, a deployment can stall while Spot is scarce. A base of on-demand FARGATE tasks keeps the service up.",
    confidence: "medium",
    evidence: unique([`${plural(spot.length, "task")} stopped with SpotInterruption${spot[0]?.stoppedReason ? `: ${spot[0].stoppedReason.replace(/\.+$/, "")}` : ""}.`]),
    fixes: [
      {
        title: "Keep a base of on-demand Fargate tasks next to Spot",
        commands: [
          aws(ctx.region, "ecs", "update-service", "--cluster", ctx.cluster, "--service", ctx.serviceName, "--capacity-provider-strategy", "capacityProvider=FARGATE,base=1,weight=1", "capacityProvider=FARGATE_SPOT,weight=1", "--force-new-deployment")
        ]
      }
    ]
  };
}
function explainEphemeralStorage(ctx, group) {
  const messages = groupMessages(ctx, group);
  const size = ctx.taskDefinition?.ephemeralStorage?.sizeInGiB ?? 20;
  const pull = messages.some((m) => ["image-pull", "image-layer", "image-manifest"].includes(m.stage) || /CannotPull|extract|layer/i.test(m.text));
  const logLines = (ctx.evidence.logs ?? []).filter((l) => group.tasks.some((t) => t.taskArn === l.taskArn)).flatMap((l) => l.lines.filter((line) => /no space left on device/i.test(line)).map((line) => `${l.containerName}: ${line.trim()}`));
  const evidence = [
    `${occurrences(group)}: ${messages[0] ? causeLine(messages[0]) : group.classifications[0]?.cause ?? "No space left on device"}`,
    `The task has ${size} GiB of ephemeral storage${ctx.taskDefinition?.ephemeralStorage ? "" : " (the Fargate default)"}, shared by the image layers and everything the containers write.`,
    ...logLines.slice(0, 3)
  ];
  const fixes = [
    {
      title: `Give the task more ephemeral storage (e.g. ${Math.min(200, size * 2)} GiB) in a new revision`,
      commands: [],
      note: `Set "ephemeralStorage": {"sizeInGiB": ${Math.min(200, size * 2)}} in the task definition (Fargate allows 21 to 200 GiB), or make the image smaller.`
    }
  ];
  const rollback = rollbackFix(ctx);
  if (rollback) fixes.push(rollback);
  return {
    code: "ephemeral-storage-exhausted",
    title: pull ? `The image does not fit in the task's ${size} GiB of ephemeral storage` : `The container ran out of disk space (${size} GiB of ephemeral storage)`,
    explanation: pull ? "Extracting the image layers filled the task storage before the container could start; a larger image than before (or a bigger base layer) usually explains it." : "The application wrote more to its local file system than the task storage holds. Write large data to EFS or S3, clean up temporary files, or raise the ephemeral storage.",
    confidence: group.classifications.some((c) => c.confidence === "high") ? "high" : "medium",
    evidence: unique(evidence),
    fixes
  };
}

// src/diagnose/startup/checks/instances.ts
function instanceChecks(ctx) {
  const checks = (ctx.evidence.containerInstances ?? []).map((ci) => {
    const healthy = ci.agentConnected !== false && (ci.status ?? "ACTIVE") === "ACTIVE";
    return {
      id: `instance.${ci.ec2InstanceId ?? ci.containerInstanceArn}`,
      title: `Container instance ${ci.ec2InstanceId ?? ci.containerInstanceArn} is ACTIVE with its agent connected`,
      status: healthy ? "passed" : "failed",
      detail: `status ${ci.status ?? "unknown"}, agentConnected ${String(ci.agentConnected)}`
    };
  });
  return { checks };
}
function spotChecks(ctx) {
  const interrupted = ctx.tasks.filter((t) => t.stopCode === "SpotInterruption" || /Spot Task was interrupted/i.test(t.stoppedReason ?? ""));
  if (interrupted.length === 0) return { checks: [] };
  const check = {
    id: "spot.interruptions",
    title: "Fargate Spot interruptions during the deployment",
    status: "failed",
    detail: `${interrupted.length} task(s) of the deployment were stopped by a Spot interruption (not a failure of the revision).`
  };
  if (!isFailingRun(ctx) || ctx.failedTasks.length > 0) return { checks: [check] };
  return { checks: [check], findings: [explainSpot(ctx, { ...checkGroup("spot-interruption", "SpotInterruption"), tasks: interrupted })] };
}

// src/diagnose/startup/explain/logging.ts
function logGroupArn(ctx, config) {
  return `arn:${ctx.partition}:logs:${config.region}:${ctx.accountId ?? "<account-id>"}:log-group:${config.group}:*`;
}
function explainLogConfig(ctx, group) {
  const messages = groupMessages(ctx, group);
  const main = messages.find((m) => !m.weak) ?? messages[0];
  const configs = logConfigsOf(ctx);
  const containers2 = unique(group.classifications.map((c) => c.containerName));
  const concerned = configs.filter((c) => containers2.length === 0 || containers2.includes(c.containerName));
  const logs = concerned.length > 0 ? concerned : configs;
  const action = messages.find((m) => m.permission?.action?.startsWith("logs:"))?.permission?.action;
  const role = deniedRole(ctx, messages);
  const lines = [`${occurrences(group)}: ${main ? causeLine(main) : group.classifications[0]?.cause ?? ""}`];
  const missingOption = messages.map((m) => /awslogs-([\w-]+) is required/i.exec(m.text)?.[1]).find(Boolean);
  const badRegion = logs.find((l) => l.regionInvalid);
  const missing = logs.filter((l) => l.exists === false);
  const existing = logs.filter((l) => l.exists === true);
  const saysMissing = messages.some((m) => m.notFound?.kind === "log-group" || m.ambiguousLogGroup || m.cause === "not-found" && m.stage === "logs");
  for (const log of missing) {
    lines.push(
      `logs:DescribeLogGroups finds no log group ${log.group} in ${log.region}${log.createGroup ? "; awslogs-create-group is true, so the role must be allowed logs:CreateLogGroup" : ", and awslogs-create-group is not set"} (container ${log.containerName}).`
    );
  }
  const contradicted = saysMissing && missing.length === 0 && existing.length > 0 && !action;
  if (contradicted) lines.push(`Log group ${listOf(existing.map((l) => l.group))} exists now: it may have been created after the failure, or awslogs-region points elsewhere.`);
  if (saysMissing && missing.length === 0 && existing.length === 0) {
    const unchecked = couldNotCheck(ctx, "look the log group up", "logs:DescribeLogGroups");
    if (unchecked) lines.push(unchecked);
  }
  const wantedActions = action ? [action] : logs.some((l) => l.createGroup && l.exists === false) ? ["logs:CreateLogGroup"] : [];
  for (const log of logs) {
    for (const wanted of wantedActions) {
      for (const sim of simulationsFor(ctx, wanted, logGroupArn(ctx, log))) lines.push(`iam:SimulatePrincipalPolicy: ${wanted} on ${sim.resource} is ${describeDecision(sim)}.`);
    }
  }
  if (badRegion) lines.push(`awslogs-region of ${badRegion.containerName} is "${badRegion.regionInvalid}", which is not a Region name: the driver cannot find a CloudWatch Logs endpoint for it.`);
  if (missingOption) lines.push(`The awslogs options of ${listOf(logs.filter((l) => l.regionMissing || missingOption !== "region").map((l) => l.containerName)) || "the container"} lack awslogs-${missingOption}.`);
  if (isEc2Service(ctx)) lines.push("On EC2 the awslogs driver uses the container instance role unless the agent sets ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE=true.");
  const weak = group.classifications.every((c) => c.confidence === "low");
  const confirmed = missing.length > 0 || lines.some((l) => l.includes("implicitDeny") || l.includes("explicitly denied"));
  const confidence = badRegion ? "high" : contradicted ? "low" : weak ? confirmed ? "medium" : "low" : confirmed || missingOption ? "high" : "medium";
  const names = listOf(unique((missing.length > 0 ? missing : logs).map((l) => l.group)));
  const title = badRegion ? `awslogs-region is not a Region name: "${badRegion.regionInvalid}"` : missingOption ? `The awslogs configuration is incomplete: awslogs-${missingOption} is required` : action ? `${role.name ? `Execution role ${role.name}` : "The execution role"} is not allowed ${action} on ${names || "the log group"}` : saysMissing || missing.length > 0 ? `Log group ${names || "(from the task definition)"} does not exist${missing[0] ? ` in ${missing[0].region}` : ""}` : "The awslogs log driver could not start";
  return {
    code: "log-config-error",
    title,
    explanation: 'The awslogs log driver starts before the container: when it cannot create the log stream, the task stops without running. ECS does not create log groups unless awslogs-create-group is "true", and the execution role then needs logs:CreateLogGroup, which AmazonECSTaskExecutionRolePolicy does not include.',
    confidence,
    evidence: unique(lines),
    fixes: badRegion ? regionFixes(ctx, badRegion) : logFixes(ctx, role.name, logs, missing, action, missingOption)
  };
}
function regionFixes(ctx, log) {
  const fix = {
    title: `Set awslogs-region of ${log.containerName} to a Region name and register a new revision`,
    changes: [{ where: `containerDefinitions[${log.containerName}].logConfiguration.options`, key: "awslogs-region", before: JSON.stringify(log.regionInvalid), after: JSON.stringify(ctx.region) }],
    commands: [],
    note: `${ctx.region} is the Region the log group is in when it is the service's; use the log group's Region otherwise.`
  };
  const rollback = rollbackFix(ctx);
  return rollback ? [fix, rollback] : [fix];
}
function logFixes(ctx, roleName, logs, missing, action, missingOption) {
  const fixes = [];
  const toCreate = missing.length > 0 ? missing : action === "logs:CreateLogGroup" || !action ? logs : [];
  for (const log of unique(toCreate.map((l) => `${l.region} ${l.group}`)).slice(0, 3)) {
    const [region, ...name] = log.split(" ");
    if (!missingOption) fixes.push({ title: `Create the log group ${name.join(" ")} in ${region}`, commands: [aws(region, "logs", "create-log-group", "--log-group-name", name.join(" "))] });
  }
  if (action && logs.length > 0) {
    const role = roleName ?? "<execution-role-name>";
    fixes.push({
      title: `Grant ${action} to ${role} on the log group${roleName ? "" : " (fill in <execution-role-name>)"}`,
      commands: [putRolePolicy(ctx.region, role, "ecs-deploy-doctor-logs", [{ actions: action === "logs:CreateLogGroup" ? [action] : ["logs:CreateLogStream", "logs:PutLogEvents"], resources: unique(logs.map((l) => logGroupArn(ctx, l))) }])]
    });
  }
  if (missingOption) {
    fixes.push({
      title: `Add awslogs-${missingOption} to the container's logConfiguration.options and register a new revision`,
      commands: [],
      note: missingOption === "region" ? `e.g. "awslogs-region": "${ctx.region}"` : void 0
    });
  }
  const rollback = rollbackFix(ctx);
  if (rollback) fixes.push(rollback);
  return fixes;
}

// src/diagnose/startup/checks/logs.ts
function logChecks(ctx) {
  const checks = [];
  let failure;
  for (const log of logConfigsOf(ctx)) {
    if (!log.group) continue;
    const id = `logs.${log.containerName}`;
    const title = `Log group ${log.group} of container ${log.containerName} exists in ${log.region}`;
    if (log.exists === true) checks.push({ id, title, status: "passed" });
    else if (log.exists === false) {
      const create = log.createGroup ? simulationsFor(ctx, "logs:CreateLogGroup")[0] : void 0;
      if (log.createGroup && (!create || create.decision === "allowed")) {
        checks.push({ id, title, status: "passed", detail: "Missing, but awslogs-create-group is true and the role may create it." });
      } else {
        const detail = log.createGroup ? "Missing, and the execution role may not logs:CreateLogGroup." : "Missing, and awslogs-create-group is not set.";
        checks.push({ id, title, status: "failed", detail });
        failure ??= `log group ${log.group} does not exist in ${log.region}`;
      }
    }
  }
  if (!failure || !isFailingRun(ctx)) return { checks };
  return { checks, findings: [explainLogConfig(ctx, checkGroup("log-config-error", failure))] };
}

// src/diagnose/startup/explain/network.ts
function targetOf(message) {
  const host = message.host ?? "";
  const byStage = {
    "ecr-auth": { label: "the ECR API (registry auth)", service: "ecr.api" },
    "image-layer": { label: "S3 (ECR image layers)", service: "s3" },
    "secrets-manager": { label: "Secrets Manager", service: "secretsmanager" },
    "registry-credentials": { label: "Secrets Manager (registry credentials)", service: "secretsmanager" },
    ssm: { label: "SSM Parameter Store", service: "ssm" },
    logs: { label: "CloudWatch Logs", service: "logs" },
    "env-files": { label: "S3 (environment files)", service: "s3" }
  };
  const known = byStage[message.stage];
  if (known) return known;
  if (message.stage === "image-manifest" || message.stage === "image-pull") {
    if (/docker\.io$/.test(host)) return { label: `Docker Hub (${host})` };
    if (host && !/\.dkr\.ecr\./.test(host) && !/amazonaws\.com$/.test(host)) return { label: host };
    return { label: "the ECR registry (image manifest)", service: "ecr.dkr" };
  }
  return { label: "the AWS services it needs to start" };
}
var BROKEN_PATH = ["public-ip-disabled", "nat-unavailable", "blackhole", "dns-support"];
function summaryOf(problem, analysis, region) {
  const isolated = analysis.subnets.filter((s) => s.egress === "none").map((s) => s.subnetId);
  switch (problem.kind) {
    case "missing-endpoints":
      return `${listOf(isolated)} ${isolated.length === 1 ? "has" : "have"} no NAT or internet route and the VPC lacks ${listOf(problem.services.map((s) => endpointServiceName(region, s)))}`;
    case "public-ip-disabled":
      return "the subnets route to an internet gateway but assignPublicIp is DISABLED";
    case "nat-unavailable":
      return "the NAT gateway of the subnets is not available";
    case "blackhole":
      return "the default route points at a gateway that no longer exists";
    case "internet-image":
      return "the image is outside ECR and the subnets have no internet route";
    case "private-dns-off":
      return `private DNS is off on the ${listOf(problem.services)} endpoint`;
    case "s3-gateway-route":
      return "the S3 gateway endpoint is not on the task route table";
    case "endpoint-sg":
      return `the ${listOf(problem.services)} endpoint's security group blocks HTTPS from the task`;
    case "sg-egress":
    case "sg-egress-endpoint":
      return "the task security group blocks outbound HTTPS";
    case "sg-egress-s3":
      return "the task security group blocks HTTPS to the S3 prefix list";
    case "nacl-egress":
    case "nacl-ingress":
      return "a network ACL blocks the HTTPS traffic";
    case "dns-support":
    case "dns-hostnames":
      return "VPC DNS resolution is off";
    default:
      return problem.detail;
  }
}
function rank2(problems, target) {
  const score = (p) => BROKEN_PATH.includes(p.kind) ? 0 : target.service && p.services.includes(target.service) ? 1 : 2;
  return [...problems].sort((a, b) => score(a) - score(b));
}
function dedupeFixes(fixes) {
  const seen = /* @__PURE__ */ new Set();
  return fixes.filter((f) => {
    const key = f.commands.join("\n") || f.title;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
function needLine(target, region) {
  if (!target.service) return `The failing call went to ${target.label}, which only a NAT or internet gateway route can reach.`;
  const endpoint = target.service === "s3" ? `the S3 gateway endpoint ${endpointServiceName(region, "s3")}` : `the ${endpointServiceName(region, target.service)} interface endpoint`;
  return `The failing call went to ${target.label}: the task needs a NAT or internet gateway route, or ${endpoint}.`;
}
function explainNetwork(ctx, group) {
  const messages = groupMessages(ctx, group);
  const main = messages.find((m) => !m.weak) ?? messages[0];
  const target = main ? targetOf(main) : { label: "the AWS services it needs to start" };
  const analysis = analyseNetwork(ctx);
  const causes = unique(messages.map((m) => causeLine(m)));
  const first = `${occurrences(group)}: ${main ? `${stageLine(main)}${causes[0] ?? ""}` : group.classifications[0]?.cause ?? ""}`;
  const weak = messages.length > 0 && messages.every((m) => m.weak);
  const dns = messages.some((m) => m.cause === "dns");
  const quoted = messages.length === 0 || messages.some((m) => m.cause === "network" || m.cause === "dns");
  const ec2 = isEc2Service(ctx) ? " On the EC2 launch type the agent pulls and fetches secrets through the container instance, so check the instance subnet too." : "";
  const what = dns ? "could not resolve the name of" : quoted ? "timed out reaching" : "failed, most likely reaching";
  if (analysis.available && analysis.problems.length > 0) {
    const problems = rank2(analysis.problems, target);
    const confidence = weak ? "medium" : "high";
    return {
      code: "network-unreachable",
      title: `Tasks cannot reach ${target.label}: ${summaryOf(problems[0], analysis, ctx.region)}`,
      explanation: `The task ${what} ${target.label} before its containers started. On Fargate, image pulls, secrets and logs go through the task's own network interface, so the subnet routes, endpoints, security groups and network ACLs below apply.` + ec2,
      confidence,
      evidence: [first, ...problems.map((p) => p.detail), needLine(target, ctx.region), ...analysis.passed.slice(0, 3), ...causes.slice(1, 3)].filter(isLine),
      fixes: dedupeFixes(problems.flatMap((p) => p.fixes))
    };
  }
  if (analysis.available) {
    return {
      code: "network-unreachable",
      title: quoted ? `Tasks ${what} ${target.label}, but the network path looks correct` : "Tasks could not fetch what they need to start; ECS named no cause, and the network path looks correct",
      explanation: `${quoted ? `ECS reported a network ${dns ? "name resolution failure" : "timeout"}, which contradicts the evidence` : "ECS named no cause, and the network evidence does not point at one"}: the route tables, NAT gateways, VPC endpoints, security groups and network ACLs of the task subnets allow the traffic. Look at DNS resolver rules or a DNS firewall, a firewall or proxy beyond the VPC (transit gateway egress), and endpoint policies; AWS-side timeouts are transient, so a retry may pass.` + ec2,
      confidence: "low",
      evidence: [first, needLine(target, ctx.region), ...analysis.passed, ...causes.slice(1, 3)].filter(isLine),
      fixes: [
        { title: "Retry the deployment once the cause is ruled out", commands: [aws(ctx.region, "ecs", "update-service", "--cluster", ctx.cluster, "--service", ctx.serviceName, "--force-new-deployment")] }
      ]
    };
  }
  const missing = couldNotCheck(ctx, "check the subnet routes", "ec2:DescribeRouteTables") ?? couldNotCheck(ctx, "check the subnets", "ec2:DescribeSubnets") ?? (ctx.subnetIds.length === 0 ? "The service has no awsvpc subnets to check (EC2 bridge or host networking: check the container instance subnet)." : "No network evidence was collected, so routes, endpoints and security groups were not checked.");
  return {
    code: "network-unreachable",
    title: quoted ? `Tasks cannot reach ${target.label} (network ${dns ? "name resolution failure" : "timeout"})` : `Tasks could not fetch what they need to start; ECS named no cause, and the usual one is the network`,
    explanation: `The task ${what} ${target.label} before its containers started. Typical causes: no NAT or internet gateway route, assignPublicIp DISABLED in a subnet that routes to an internet gateway, missing VPC endpoints in isolated subnets, or security groups / network ACLs blocking port 443. The network path itself could not be verified.` + ec2,
    confidence: quoted ? "medium" : "low",
    evidence: [first, needLine(target, ctx.region), missing, ...causes.slice(1, 3)].filter(isLine),
    fixes: unverifiedFixes(ctx, analysis.needs)
  };
}
function stageLine(message) {
  const labels = {
    "ecr-auth": "ECR registry auth: ",
    "image-manifest": "image manifest: ",
    "image-layer": "image layer download: ",
    "image-pull": "image pull: ",
    "secrets-manager": "Secrets Manager: ",
    "registry-credentials": "registry credentials: ",
    ssm: "SSM Parameter Store: ",
    logs: "awslogs: ",
    "env-files": "environment files: "
  };
  return labels[message.stage] ?? "";
}
function fillIn(placeholders) {
  const names = placeholders.filter(isLine);
  return names.length > 0 ? ` (fill in ${listOf(names)})` : "";
}
function isLine(line) {
  return Boolean(line);
}
function unverifiedFixes(ctx, needs) {
  const fixes = [];
  if (ctx.subnetIds.length > 0) {
    fixes.push({
      title: "See where the task subnets send 0.0.0.0/0",
      commands: [
        aws(ctx.region, "ec2", "describe-route-tables", "--filters", `Name=association.subnet-id,Values=${ctx.subnetIds.join(",")}`, "--query", "RouteTables[].{table:RouteTableId,routes:Routes}")
      ]
    });
    if (!ctx.assignPublicIp && ctx.service.launchType !== "EC2") {
      fixes.push({
        title: "If these are public subnets (routed to an internet gateway): give the tasks public IPs",
        commands: [updateNetworkConfiguration(ctx, ctx.subnetIds, ctx.securityGroupIds, true)]
      });
    }
    const vpc = ctx.evidence.network?.vpcId;
    const services = needs.interfaces.map((n) => n.service);
    if (services.length > 0) {
      fixes.push({
        title: `If the subnets are isolated: create the VPC endpoints the task needs${fillIn([vpc ? void 0 : "<vpc-id>", needs.s3 ? "<route-table-id>" : void 0])}`,
        commands: [
          ...services.map(
            (service) => aws(
              ctx.region,
              "ec2",
              "create-vpc-endpoint",
              "--vpc-id",
              vpc ?? "<vpc-id>",
              "--vpc-endpoint-type",
              "Interface",
              "--service-name",
              endpointServiceName(ctx.region, service),
              "--subnet-ids",
              ...ctx.subnetIds,
              ...ctx.securityGroupIds[0] ? ["--security-group-ids", ctx.securityGroupIds[0]] : [],
              "--private-dns-enabled"
            )
          ),
          ...needs.s3 ? [aws(ctx.region, "ec2", "create-vpc-endpoint", "--vpc-id", vpc ?? "<vpc-id>", "--vpc-endpoint-type", "Gateway", "--service-name", endpointServiceName(ctx.region, "s3"), "--route-table-ids", "<route-table-id>")] : []
        ],
        note: "Interface endpoints take one subnet per Availability Zone; the S3 gateway endpoint goes on the route tables of the task subnets."
      });
    }
  }
  return fixes;
}

// src/diagnose/startup/checks/network.ts
var EC2_APIS = ["ec2:DescribeRouteTables", "ec2:DescribeSubnets", "ec2:DescribeVpcEndpoints", "ec2:DescribeSecurityGroups", "ec2:DescribeNetworkAcls"];
function networkChecks(ctx) {
  const analysis = analyseNetwork(ctx);
  if (!analysis.available) {
    if (ctx.subnetIds.length === 0) {
      return { checks: [{ id: "network", title: "Network path of the task subnets", status: "skipped", detail: "The service has no awsvpc subnets (bridge or host networking): the container instance network applies." }] };
    }
    if (unavailable(ctx, ...EC2_APIS)) return { checks: [] };
    return { checks: [{ id: "network", title: "Network path of the task subnets", status: "skipped", detail: "No network evidence was collected." }] };
  }
  const hanging = ctx.failedTasks.length === 0 && ctx.tasks.some((t) => t.lastStatus === "PENDING" || t.lastStatus === "PROVISIONING" || t.lastStatus === "ACTIVATING");
  const neverRan = ctx.failedTasks.length > 0 && ctx.tasks.every((t) => !t.startedAt && !(t.containers ?? []).some((c) => c.exitCode !== void 0 && c.exitCode !== null));
  if (!isFailingRun(ctx) || !(hanging || neverRan) || analysis.problems.length === 0) return { checks: analysis.checks };
  const finding = explainNetwork(ctx, checkGroup("network-unreachable", analysis.problems[0].detail));
  return { checks: analysis.checks, findings: [{ ...finding, confidence: hanging ? "medium" : "high" }] };
}

// src/diagnose/startup/explain/roles.ts
function trustedPrincipals(document) {
  if (!document) return [];
  try {
    const policy = JSON.parse(document);
    const statements = Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement];
    return unique(
      statements.flatMap((s) => {
        if (!s?.Principal) return [];
        if (typeof s.Principal === "string") return [s.Principal];
        return [].concat(s.Principal.Service ?? [], s.Principal.AWS ?? []);
      })
    );
  } catch {
    return [];
  }
}
function roleProblem(role) {
  if (!role.exists) return `The ${role.kind} role ${role.roleName} (${role.arn}) does not exist.`;
  if (role.trustsEcsTasks === false) {
    const principals = trustedPrincipals(role.assumeRolePolicyDocument);
    return `The trust policy of the ${role.kind} role ${role.roleName} does not let ecs-tasks.amazonaws.com assume it${principals.length ? ` (it trusts ${principals.join(", ")})` : ""}.`;
  }
  return void 0;
}
function roleFixes(ctx, role) {
  if (!role.exists) {
    const commands = [aws(ctx.region, "iam", "create-role", "--role-name", role.roleName, "--assume-role-policy-document", ECS_TASKS_TRUST_POLICY)];
    if (role.kind === "execution") commands.push(aws(ctx.region, "iam", "attach-role-policy", "--role-name", role.roleName, "--policy-arn", executionRolePolicyArn(ctx.partition)));
    return [{ title: `Create the ${role.kind} role ${role.roleName} trusted by ECS tasks`, commands, note: role.kind === "task" ? "Then attach the policies the application needs." : void 0 }];
  }
  return [
    {
      title: `Let ecs-tasks.amazonaws.com assume ${role.roleName}`,
      commands: [aws(ctx.region, "iam", "update-assume-role-policy", "--role-name", role.roleName, "--policy-document", ECS_TASKS_TRUST_POLICY)],
      note: "This replaces the trust policy; merge any other principals it must keep."
    }
  ];
}
function explainRoleInvalid(ctx, group) {
  const messages = groupMessages(ctx, group);
  const details = unique([...messages.map((m) => causeLine(m)), ...eventDetails(ctx, group)]);
  const text = [...details, ...messages.map((m) => m.text)].join(" ");
  const evidence = [`${occurrences(group)}: ${details[0] ?? group.classifications[0]?.cause ?? ""}`];
  const serviceLinked = /service[- ]linked role/i.test(text);
  if (serviceLinked) {
    return {
      code: "role-invalid",
      title: "The ECS service-linked role AWSServiceRoleForECS is missing",
      explanation: "ECS uses its service-linked role to manage network interfaces and load balancer targets for the service. It is created automatically with the first cluster, unless it was deleted or creation was not permitted.",
      confidence: "high",
      evidence,
      fixes: [{ title: "Create the ECS service-linked role", commands: [aws(ctx.region, "iam", "create-service-linked-role", "--aws-service-name", "ecs.amazonaws.com")] }]
    };
  }
  const named = /role '?(arn:aws[\w-]*:iam::\d*:role\/[^\s']+)'?/i.exec(text)?.[1];
  const roles = ctx.evidence.iam?.roles ?? [];
  const concerned = roles.filter((r) => named ? r.arn === named || r.roleName === lastSegment(named) : true);
  const broken = concerned.map((r) => ({ role: r, problem: roleProblem(r) })).filter((r) => Boolean(r.problem));
  for (const { problem } of broken) evidence.push(problem);
  const fine = concerned.filter((r) => !roleProblem(r));
  if (broken.length === 0 && fine.length > 0) {
    evidence.push(
      `${fine.map((r) => r.roleName).join(" and ")} exist${fine.length === 1 ? "s" : ""} and trust${fine.length === 1 ? "s" : ""} ecs-tasks.amazonaws.com: right after a role is created IAM may not have propagated it yet, or a Condition in the trust policy (aws:SourceAccount, aws:SourceArn) does not match.`
    );
  }
  if (concerned.length === 0) evidence.push(couldNotCheck(ctx, "read the role", "iam:GetRole") ?? "The role was not looked up, so its existence and trust policy are unconfirmed.");
  const fixes = broken.flatMap(({ role }) => roleFixes(ctx, role));
  if (broken.length === 0) {
    fixes.push({ title: "Retry the deployment (IAM changes can take a minute to propagate)", commands: [aws(ctx.region, "ecs", "update-service", "--cluster", ctx.cluster, "--service", ctx.serviceName, "--force-new-deployment")] });
    if (named) {
      fixes.push({
        title: `Check the trust policy of ${lastSegment(named)}`,
        commands: [aws(ctx.region, "iam", "get-role", "--role-name", lastSegment(named), "--query", "Role.AssumeRolePolicyDocument")]
      });
    }
  }
  const confidence = broken.length > 0 ? "high" : fine.length > 0 ? "low" : "medium";
  const subject = broken[0]?.role.roleName ?? (named ? lastSegment(named) : void 0);
  return {
    code: "role-invalid",
    title: broken[0] ? broken[0].role.exists ? `ECS cannot assume ${broken[0].role.roleName}: its trust policy does not allow ecs-tasks.amazonaws.com` : `The ${broken[0].role.kind} role ${broken[0].role.roleName} does not exist` : `ECS was unable to assume the role${subject ? ` ${subject}` : ""}`,
    explanation: "ECS assumes the task and execution roles for every task it starts; when it cannot (a deleted role, a trust policy without ecs-tasks.amazonaws.com, or a mismatched condition), no task is launched.",
    confidence,
    evidence: unique(evidence),
    fixes
  };
}

// src/diagnose/startup/checks/roles.ts
function roleChecks(ctx) {
  const checks = [];
  const findings = [];
  for (const role of ctx.evidence.iam?.roles ?? []) {
    const problem = roleProblem(role);
    checks.push({
      id: `role.${role.kind}`,
      title: `The ${role.kind} role ${role.roleName} exists and trusts ecs-tasks.amazonaws.com`,
      status: problem ? "failed" : "passed",
      ...problem ? { detail: problem } : {}
    });
    if (problem && isFailingRun(ctx) && findings.length === 0) {
      findings.push({
        code: "role-invalid",
        title: role.exists ? `ECS cannot assume ${role.roleName}: its trust policy does not allow ecs-tasks.amazonaws.com` : `The ${role.kind} role ${role.roleName} does not exist`,
        explanation: "ECS assumes the task and execution roles for every task it starts; when it cannot, no task is launched.",
        confidence: "medium",
        evidence: [problem],
        fixes: roleFixes(ctx, role)
      });
    }
  }
  const td = ctx.taskDefinition;
  const fargate = td?.requiresCompatibilities?.includes("FARGATE") || ctx.service.launchType === "FARGATE";
  const needsRole = imagesOf(ctx).some((i) => i.registry === "ecr") || secretsOf(ctx).length > 0 || logConfigsOf(ctx).length > 0;
  if (td && fargate && needsRole) {
    checks.push({
      id: "role.execution.present",
      title: "The task definition has an execution role (Fargate needs it for ECR images, secrets and awslogs)",
      status: td.executionRoleArn ? "passed" : "failed"
    });
  }
  return { checks, findings };
}

// src/diagnose/startup/checks/secrets.ts
function secretChecks(ctx) {
  const checks = (ctx.evidence.secrets ?? []).flatMap((secret) => {
    const id = `secret.${secret.containerName}.${secret.name}`;
    const title = `${secret.store === "ssm" ? "SSM parameter" : "Secret"} for ${secret.name} (container ${secret.containerName}) exists`;
    if (secret.status === "found") return [{ id, title, status: "passed", detail: secret.valueFrom }];
    if (secret.status === "not-found") return [{ id, title, status: "failed", detail: `${secret.valueFrom} was not found.` }];
    return [];
  });
  const missing = checks.filter((c) => c.status === "failed");
  if (missing.length === 0 || !isFailingRun(ctx)) return { checks };
  return { checks, findings: [explainSecretNotFound(ctx, checkGroup("secret-not-found", missing[0].detail ?? ""))] };
}

// src/diagnose/startup/checks/subnets.ts
function subnetChecks(ctx) {
  const capacity = subnetCapacity(ctx);
  if (!capacity) return { checks: [] };
  const failed = capacity.short || capacity.exhausted.length > 0;
  const check = {
    id: "subnets.free-ips",
    title: "Free IP addresses in the service subnets",
    status: failed ? "failed" : "passed",
    detail: describeCapacity(capacity)
  };
  if (!failed || !isFailingRun(ctx)) return { checks: [check] };
  const cause = capacity.exhausted.length > 0 ? `${listOf(capacity.exhausted)} ${capacity.exhausted.length === 1 ? "has" : "have"} no free IP addresses` : `the subnets have ${capacity.total} free addresses for up to ${capacity.needed} new tasks`;
  return { checks: [check], findings: [explainSubnetIps(ctx, checkGroup("subnet-ip-exhausted", cause))] };
}

// src/diagnose/startup/explain/registry-tls.ts
function kindOf(messages) {
  const text = messages.map((m) => m.text).join(" ");
  if (/unknown authority|not trusted|self[- ]signed/i.test(text)) return "unknown-authority";
  if (/has expired|is not yet valid/i.test(text)) return "expired";
  if (/is valid for|doesn't contain any IP SANs|not valid for/i.test(text)) return "name-mismatch";
  return "other";
}
var WHY2 = {
  "unknown-authority": "its certificate is signed by a certificate authority the host does not trust: a private registry's own CA, or a TLS-inspecting proxy (Zscaler, a corporate firewall) that re-signs traffic to public registries",
  expired: "its certificate has expired or is not valid yet \u2014 or the host's clock is wrong",
  "name-mismatch": "its certificate is for another host name than the one in the image reference",
  other: "the TLS handshake failed"
};
function explainRegistryTls(ctx, group) {
  const messages = groupMessages(ctx, group);
  const main = messages[0];
  const kind = kindOf(messages);
  const host = messages.map((m) => m.host).find(Boolean) ?? registryOf(ctx);
  const ec2 = isEc2Service(ctx);
  const lines = [`${occurrences(group)}: ${main ? causeLine(main) : group.classifications[0]?.cause ?? ""}`];
  if (host) lines.push(`The registry host is ${host}.`);
  if (!ec2 && kind === "unknown-authority") lines.push("Fargate trusts only public certificate authorities: a private CA cannot be added to it.");
  return {
    code: "registry-tls-error",
    title: `The TLS certificate of ${host ?? "the registry"} is not accepted: ${TITLE2[kind]}`,
    explanation: `The task reached the registry, but the TLS handshake failed: ${WHY2[kind]}. The pull fails the same way on every task until the certificate or the trust changes.`,
    confidence: group.classifications.some((c) => c.confidence === "high") ? "high" : "medium",
    evidence: unique(lines),
    fixes: fixesFor4(ctx, host, kind, ec2)
  };
}
var TITLE2 = {
  "unknown-authority": "signed by an untrusted authority",
  expired: "expired or not yet valid",
  "name-mismatch": "issued for another name",
  other: "TLS handshake failed"
};
function registryOf(ctx) {
  const image = imagesOf(ctx).find((i) => i.registry !== "ecr")?.image ?? imagesOf(ctx)[0]?.image;
  const first = image?.split("/")[0];
  return first && /[.:]/.test(first) ? first : void 0;
}
function fixesFor4(ctx, host, kind, ec2) {
  const fixes = [];
  if (host) {
    fixes.push({
      title: `See which certificate ${host} presents (from inside the VPC): its issuer tells a proxy from the registry's own`,
      commands: [command("openssl", "s_client", "-connect", `${host}:443`, "-servername", host, "-showcerts")],
      note: "Run it on a host in the task subnets; an issuer such as Zscaler or your firewall vendor means traffic is re-signed by a proxy."
    });
  }
  if (kind === "unknown-authority" && ec2 && host) {
    fixes.push({
      title: `Trust the registry's CA on the container instances`,
      commands: [command("sudo", "mkdir", "-p", `/etc/docker/certs.d/${host}`), command("sudo", "cp", "ca.crt", `/etc/docker/certs.d/${host}/ca.crt`)],
      note: "Bake it into the AMI or the launch template user data so new instances have it."
    });
  }
  const repository = host ? imagesOf(ctx).find((i) => i.image.startsWith(host))?.repositoryName ?? "app" : "app";
  fixes.push({
    title: "Or copy the image into ECR, whose certificates every host trusts, and point the task definition at it",
    commands: [aws(ctx.region, "ecr", "create-repository", "--repository-name", repository.split("/").pop() ?? "app")],
    note: "Then docker pull the image where the registry is trusted, docker tag it with the ECR URI, docker push, and register a revision with that image."
  });
  const rollback = rollbackFix(ctx);
  if (rollback) fixes.push(rollback);
  return fixes;
}

// src/diagnose/startup/refine.ts
var SECRET_STAGES2 = ["secrets-manager", "ssm", "registry-credentials", "env-files"];
var IMAGE_STAGES2 = ["ecr-auth", "image-manifest", "image-layer", "image-extract", "image-pull"];
function denied(ctx, prefixes) {
  return (ctx.evidence.iam?.simulations ?? []).some((s) => s.decision !== "allowed" && prefixes.some((p) => s.action.toLowerCase().startsWith(p)));
}
function networkBroken(ctx) {
  const analysis = analyseNetwork(ctx);
  return analysis.available && analysis.problems.length > 0;
}
function refinedCode(ctx, group) {
  const messages = groupMessages(ctx, group);
  if (messages.length === 0) return void 0;
  if (group.code === "image-pull-access-denied" && messages.every((m) => !m.permission?.action) && imageMissing(ctx)) return "image-not-found";
  const ambiguousLogs = messages.every((m) => m.ambiguousLogGroup);
  const undecided2 = group.classifications.every((c) => c.confidence === "low");
  if (!ambiguousLogs && !undecided2) return void 0;
  const stages = new Set(messages.map((m) => m.stage));
  if (ambiguousLogs) return logGroupMissing(ctx) ? "log-config-error" : void 0;
  if (isEniTimeout(messages)) {
    const capacity = subnetCapacity(ctx);
    return capacity && (capacity.short || capacity.exhausted.length > 0) ? "subnet-ip-exhausted" : void 0;
  }
  if ([...stages].some((s) => SECRET_STAGES2.includes(s))) {
    if (secretsOf(ctx).some((s) => s.status === "not-found")) return "secret-not-found";
    if (denied(ctx, ["secretsmanager:", "ssm:", "kms:"])) return "secret-access-denied";
    if (networkBroken(ctx)) return "network-unreachable";
    return void 0;
  }
  if ([...stages].some((s) => IMAGE_STAGES2.includes(s))) {
    if (imageMissing(ctx)) return "image-not-found";
    if (denied(ctx, ["ecr:"])) return "image-pull-access-denied";
    if (networkBroken(ctx)) return "network-unreachable";
    return void 0;
  }
  if (stages.has("logs")) {
    if (logGroupMissing(ctx)) return "log-config-error";
    if (networkBroken(ctx)) return "network-unreachable";
  }
  return void 0;
}
function imageMissing(ctx) {
  return imagesOf(ctx).some((i) => i.status === "image-not-found" || i.status === "repository-not-found");
}
function isEniTimeout(messages) {
  return messages.some((m) => /network interface provision/i.test(m.text));
}
function logGroupMissing(ctx) {
  return logConfigsOf(ctx).some((l) => l.exists === false && !l.createGroup);
}

// src/diagnose/startup/index.ts
var EXPLAINERS = {
  "image-not-found": explainImageNotFound,
  "image-pull-access-denied": explainImagePullAccessDenied,
  "image-pull-rate-limited": explainRateLimited,
  "image-platform-mismatch": explainPlatformMismatch,
  "registry-tls-error": explainRegistryTls,
  "efs-mount-failed": explainEfsMount,
  "network-unreachable": explainNetwork,
  "secret-access-denied": explainSecretAccessDenied,
  "secret-not-found": explainSecretNotFound,
  "log-config-error": explainLogConfig,
  "subnet-ip-exhausted": explainSubnetIps,
  "role-invalid": explainRoleInvalid,
  "placement-failed": explainPlacement,
  "invalid-task-definition": explainInvalidTaskDefinition,
  "deployment-configuration-blocked": explainDeploymentConfig,
  "container-instance-unhealthy": explainInstanceUnhealthy,
  "spot-interruption": explainSpot,
  "ephemeral-storage-exhausted": explainEphemeralStorage
};
function withEvidence(explain2) {
  return (ctx, group) => {
    const better = refinedCode(ctx, group);
    const chosen = better ? EXPLAINERS[better] : void 0;
    return chosen && better ? chosen(ctx, { ...group, code: better }) : explain2(ctx, group);
  };
}
var startupRules = {
  name: "startup",
  classifyStop: classifyStartupStop,
  classifyEvents: classifyStartupEvents,
  explainers: Object.fromEntries(
    Object.entries(EXPLAINERS).map(([code, explain2]) => [code, withEvidence(explain2)])
  ),
  checks: [networkChecks, subnetChecks, iamChecks, roleChecks, imageChecks, secretChecks, logChecks, efsChecks, deploymentChecks, instanceChecks, spotChecks]
};

// src/diagnose/strategy/facts.ts
function record2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function strategyOf(ctx) {
  return record2(ctx.evidence.strategy);
}
function serviceDeploymentOf(ctx) {
  return record2(strategyOf(ctx)?.serviceDeployment);
}
function codeDeployOf(ctx) {
  return record2(strategyOf(ctx)?.codeDeploy);
}
function strings2(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function endedBadly(status) {
  return typeof status === "string" && (status.startsWith("ROLLBACK_") || status === "STOPPED" || status === "STOP_REQUESTED");
}
function functionNameOf(arnOrName) {
  return arnOrName.includes(":function:") ? arnOrName.split(":function:")[1]?.split(":")[0] ?? arnOrName : arnOrName;
}
function startedAtMs(ctx) {
  const strategy = strategyOf(ctx);
  const iso = strategy?.serviceDeployment?.createdAt ?? strategy?.codeDeploy?.deployment?.createTime ?? ctx.deployment?.createdAt ?? ctx.evidence.watch?.startedAt;
  const ms = typeof iso === "string" ? Date.parse(iso) : NaN;
  return Number.isFinite(ms) ? ms : void 0;
}

// src/diagnose/strategy/classify.ts
function classification(code, cause, signature, message, createdAt) {
  return { code, confidence: "high", deterministic: true, signature, cause, message, ...createdAt ? { createdAt } : {} };
}
function fromServiceDeployment(ctx) {
  const sd = serviceDeploymentOf(ctx);
  if (!sd || !endedBadly(sd.status)) return [];
  const reason = typeof sd.statusReason === "string" ? sd.statusReason : "";
  const alarms = strings2(sd.alarms?.triggeredAlarmNames);
  if (sd.alarms?.status === "TRIGGERED" || alarms.length > 0)
    return [classification("deployment-alarm-triggered", `alarm ${alarms.join(", ") || "(unnamed)"} went into ALARM`, "alarm triggered: <alarm>", reason, sd.updatedAt)];
  const hook = hookFailure(sd);
  if (hook) return [classification("lifecycle-hook-failed", `${hook.stage} lifecycle hook failed`, `${hook.stage} lifecycle hook failed`, reason, sd.updatedAt)];
  return [];
}
function fromCodeDeploy(ctx) {
  const cd = codeDeployOf(ctx);
  const info = cd?.deployment;
  if (info?.status !== "Failed" && info?.status !== "Stopped") return [];
  const event = failedLifecycleEvent(cd?.target)?.lifecycleEventName;
  const code = info.errorInformation?.code ?? info.status;
  const message = info.errorInformation?.message ?? "";
  return [classification("codedeploy-failed", `CodeDeploy ${code}${event ? ` at ${event}` : ""}`, `codedeploy ${code}`, message, info.completeTime)];
}
function classifyStrategyEvents(ctx) {
  return [...fromServiceDeployment(ctx), ...fromCodeDeploy(ctx)];
}

// src/diagnose/strategy/explain.ts
var OPERATORS = {
  GreaterThanThreshold: ">",
  GreaterThanOrEqualToThreshold: "\u2265",
  LessThanThreshold: "<",
  LessThanOrEqualToThreshold: "\u2264"
};
function compact2(items) {
  return items.filter((item) => Boolean(item));
}
function alarmsOf(ctx) {
  const fired = strategyOf(ctx)?.firedAlarms;
  return Array.isArray(fired) ? fired.filter((a) => typeof a === "object" && a !== null) : [];
}
function condition(alarm) {
  if (alarm.alarmRule) return `composite rule ${alarm.alarmRule}`;
  if (!alarm.metric) return void 0;
  const over = [alarm.namespace, alarm.statistic && alarm.periodSeconds ? `${alarm.statistic} over ${alarm.periodSeconds} s` : alarm.statistic].filter(Boolean).join(", ");
  const test = alarm.threshold !== void 0 ? ` ${OPERATORS[alarm.comparison ?? ""] ?? alarm.comparison ?? "vs"} ${alarm.threshold}` : "";
  const periods = alarm.evaluationPeriods ? ` for ${alarm.evaluationPeriods} period${alarm.evaluationPeriods === 1 ? "" : "s"}` : "";
  return `${alarm.metric}${over ? ` (${over})` : ""}${test}${periods}`;
}
function alarmLines(alarm) {
  const test = condition(alarm);
  return compact2([
    test && `Alarm ${alarm.name}: ${test}`,
    alarm.stateReason && `${alarm.name} state reason: ${quoteLine(alarm.stateReason)}`,
    ...(Array.isArray(alarm.history) ? alarm.history : []).slice(0, 4).map((h) => `${alarm.name} history ${h.at}: ${quoteLine(h.summary)}`)
  ]);
}
function metricFix(ctx, alarm) {
  const start = startedAtMs(ctx);
  if (!alarm.metric || !alarm.namespace || start === void 0) return void 0;
  const dimensions = (alarm.dimensions ?? "").split(",").filter((d) => d.includes("=")).map((d) => {
    const [name, ...value] = d.split("=");
    return `Name=${name},Value=${value.join("=")}`;
  });
  return {
    title: `See what ${alarm.metric} did during the deployment`,
    commands: [
      command(
        "aws",
        "cloudwatch",
        "get-metric-statistics",
        "--namespace",
        alarm.namespace,
        "--metric-name",
        alarm.metric,
        ...dimensions.length > 0 ? ["--dimensions", ...dimensions] : [],
        "--statistics",
        alarm.statistic && !alarm.statistic.startsWith("p") ? alarm.statistic : "Maximum",
        "--period",
        alarm.periodSeconds ?? 60,
        "--start-time",
        new Date(start - 15 * 6e4).toISOString(),
        "--end-time",
        new Date(start + 60 * 6e4).toISOString(),
        "--region",
        ctx.region
      )
    ]
  };
}
function explainAlarm(ctx, group) {
  const sd = serviceDeploymentOf(ctx);
  if (!sd && alarmsOf(ctx).length === 0) return explainAlarmTriggered(ctx, group);
  const named = strings2(sd?.alarms?.triggeredAlarmNames);
  const alarms = alarmsOf(ctx);
  const names = named.length > 0 ? named : alarms.map((a) => a.name);
  const which = names.length > 0 ? names.join(", ") : "a CloudWatch alarm";
  const stage = sd?.lifecycleStage ? ` at ${sd.lifecycleStage}` : "";
  const first = alarms[0];
  const test = first ? condition(first) : void 0;
  return {
    code: "deployment-alarm-triggered",
    title: `CloudWatch alarm ${which} went into ALARM during the deployment${stage}, and ECS rolled it back`,
    explanation: `ECS watches the alarms named in the service's deploymentConfiguration.alarms while a deployment runs and during its bake time; ${names.length === 1 ? "this one" : "one of them"} went into ALARM${test ? ` (${test})` : ""}, so ECS failed the deployment and returned the service to the previous revision. The tasks themselves started: the alarm says the new revision misbehaved under real traffic. Find out why before you deploy it again; an alarm already in ALARM when a deployment starts is ignored for that whole deployment.`,
    confidence: group.classifications.some((c) => c.confidence === "high") ? "high" : "medium",
    evidence: compact2([
      typeof sd?.statusReason === "string" && `Service deployment ${sd.status}: ${quoteLine(sd.statusReason)}`,
      ...alarms.flatMap(alarmLines),
      ...sd ? [] : group.events.map((e) => `Service event: ${quoteLine(e.message)}`).slice(0, 1)
    ]),
    fixes: compact2([
      ...names.slice(0, 3).map((name) => ({
        title: `Read why ${name} fired`,
        commands: [
          command("aws", "cloudwatch", "describe-alarm-history", "--alarm-name", name, "--history-item-type", "StateUpdate", "--region", ctx.region),
          command("aws", "cloudwatch", "describe-alarms", "--alarm-names", name, "--alarm-types", "MetricAlarm", "CompositeAlarm", "--region", ctx.region)
        ]
      })),
      first && metricFix(ctx, first)
    ])
  };
}
function hookLogsOf(ctx) {
  const logs = strategyOf(ctx)?.hookLogs;
  return typeof logs === "object" && logs !== null && Array.isArray(logs.lines) ? logs : void 0;
}
function hookLogLines(ctx) {
  const logs = hookLogsOf(ctx);
  if (!logs) return [];
  if (logs.lines.length === 0) return [`No log lines of ${logs.functionName} in ${logs.logGroupName} since the deployment began${logs.missing === "group-not-found" ? " (the log group does not exist)" : ""}`];
  const meaningful = logs.lines.filter((line) => !/^(START|END|REPORT) RequestId:/.test(line)).slice(-6);
  return meaningful.map((line) => `${logs.functionName} log: ${quoteLine(line)}`);
}
function logsFix(ctx, functionName) {
  const start = startedAtMs(ctx);
  return {
    title: `Read the log of ${functionName}`,
    commands: [
      command("aws", "logs", "filter-log-events", "--log-group-name", `/aws/lambda/${functionName}`, ...start ? ["--start-time", start - 6e4] : [], "--region", ctx.region)
    ]
  };
}
function redeployFix(ctx) {
  const revision = currentRevision2(ctx);
  if (!revision) return void 0;
  return {
    title: `Once it is fixed, deploy ${revision} again`,
    commands: [command("aws", "ecs", "update-service", "--cluster", ctx.cluster, "--service", ctx.serviceName, "--task-definition", revision, "--region", ctx.region)]
  };
}
function explainHook(ctx, _group) {
  const sd = serviceDeploymentOf(ctx);
  const hook = hookFailure(sd);
  const stage = hook?.stage ?? "a lifecycle";
  const functionName = hook?.functionArn ? functionNameOf(hook.functionArn) : hookLogsOf(ctx)?.functionName;
  const what = hook?.pauseExpired ? `The ${stage} pause hook expired before anyone approved it` : `The ${stage} lifecycle hook${functionName ? ` ${functionName}` : ""} failed`;
  const explanation = hook?.pauseExpired ? `A pause hook waits for ContinueServiceDeployment; nobody continued it within its timeout, and its timeout action rolled the deployment back. Approve within the hook's timeoutInMinutes, or raise it (up to 14 days).` : `ECS ran ${functionName ?? "the hook function"} at ${stage} and it did not answer SUCCEEDED (it returned FAILED, raised an error, or its answer could not be read), so ECS rolled the deployment back. The function's log says why; the green tasks themselves were healthy.`;
  return {
    code: "lifecycle-hook-failed",
    title: `${what}, and ECS rolled the deployment back`,
    explanation,
    confidence: "high",
    evidence: compact2([typeof sd?.statusReason === "string" && `Service deployment ${sd.status}: ${quoteLine(sd.statusReason, 400)}`, ...hookLogLines(ctx)]),
    fixes: compact2([
      functionName && logsFix(ctx, functionName),
      functionName && { title: `Check ${functionName}'s configuration (timeout, role, log group)`, commands: [command("aws", "lambda", "get-function-configuration", "--function-name", functionName, "--region", ctx.region)] },
      typeof sd?.serviceDeploymentArn === "string" && {
        title: "See the hooks and stages of the service deployment",
        commands: [command("aws", "ecs", "describe-service-deployments", "--service-deployment-arns", sd.serviceDeploymentArn, "--region", ctx.region)]
      },
      redeployFix(ctx)
    ])
  };
}
function explainCodeDeploy(ctx, _group) {
  const cd = codeDeployOf(ctx);
  const info = cd?.deployment;
  const id = cd?.deploymentId ?? info?.deploymentId ?? "the CodeDeploy deployment";
  const event = failedLifecycleEvent(cd?.target);
  const eventName = event?.lifecycleEventName;
  const functionName = eventName ? cd?.hookFunctions?.[eventName] : void 0;
  const code = info?.errorInformation?.code ?? info?.status ?? "failed";
  const rollback = info?.rollbackInfo?.rollbackDeploymentId;
  const diagnostics = event?.diagnostics;
  const targetId = typeof cd?.target?.targetId === "string" ? cd.target.targetId : `${ctx.cluster}:${ctx.serviceName}`;
  return {
    code: "codedeploy-failed",
    title: `CodeDeploy deployment ${id} failed${eventName ? ` at ${eventName}` : ""}: ${code}${rollback ? `, rolled back by ${rollback}` : ""}`,
    explanation: `CodeDeploy runs a CODE_DEPLOY service's blue/green deployment${eventName ? `; its ${eventName} lifecycle event failed` : ""}${functionName ? ` (hook function ${functionName})` : ""}${info?.errorInformation?.message ? `: ${info.errorInformation.message}` : "."} ` + (rollback ? "Its automatic rollback returned production traffic to the original task set." : "Production traffic stayed on, or went back to, the original task set."),
    confidence: "high",
    evidence: compact2([
      info?.errorInformation?.code && `CodeDeploy error ${info.errorInformation.code}: ${quoteLine(info.errorInformation.message ?? "")}`,
      eventName && `Lifecycle event ${eventName}: ${event?.status}${diagnostics?.message ? ` (${quoteLine(diagnostics.message)})` : ""}`,
      ...diagnostics?.logTail ? diagnostics.logTail.split("\n").slice(-3).map((line) => `${eventName} log tail: ${quoteLine(line)}`) : [],
      ...hookLogLines(ctx),
      rollback && `Rolled back by CodeDeploy deployment ${rollback}`
    ]),
    fixes: compact2([
      functionName && logsFix(ctx, functionName),
      {
        title: `See CodeDeploy's account of ${id}`,
        commands: [
          command("aws", "deploy", "get-deployment", "--deployment-id", id, "--region", ctx.region),
          command("aws", "deploy", "get-deployment-target", "--deployment-id", id, "--target-id", targetId, "--region", ctx.region)
        ]
      }
    ])
  };
}

// src/diagnose/strategy/index.ts
var strategyRules = {
  name: "strategy",
  classifyStop: () => null,
  classifyEvents: classifyStrategyEvents,
  explainers: {
    "deployment-alarm-triggered": explainAlarm,
    "lifecycle-hook-failed": explainHook,
    "codedeploy-failed": explainCodeDeploy
  },
  checks: []
};

// src/diagnose/index.ts
var RULE_SETS = [startupRules, runtimeRules, strategyRules, deploymentRules];
var Guard = class {
  failures = [];
  run(rule, fn, fallback) {
    try {
      return fn();
    } catch (error) {
      this.failures.push({ rule, error });
      return fallback;
    }
  }
};
function classifyStop(input) {
  return classifyWith(new Guard(), input);
}
function classifyWith(guard, input) {
  for (const rules of RULE_SETS) {
    const reading = guard.run(`${rules.name}.classifyStop`, () => rules.classifyStop(input), null);
    if (reading) return { ...reading, task: input.task };
  }
  return guard.run("unknownStop", () => unknownStop(input.task), unreadableStop(input.task));
}
function unreadableStop(task) {
  return { code: "unknown", confidence: "low", deterministic: false, signature: "unknown: unreadable stop", cause: "the stopped task could not be read", task };
}
function unknownStop(task) {
  const container = task.containers?.find((c) => c.exitCode !== void 0 && c.exitCode !== null && c.exitCode !== 0);
  const reason = [task.stopCode, task.stoppedReason, container?.reason].filter(Boolean).join(": ");
  return {
    code: "unknown",
    confidence: "low",
    deterministic: false,
    signature: `unknown: ${normaliseReason(reason)}${container ? ` (exit ${container.exitCode})` : ""}`,
    cause: task.stoppedReason ?? container?.reason ?? task.stopCode ?? "stopped",
    containerName: container?.name,
    exitCode: container?.exitCode,
    task
  };
}
function diagnose(evidence) {
  const guard = new Guard();
  const diagnosis = guard.run("diagnose", () => diagnoseEvidence(evidence, guard), null);
  if (diagnosis) return diagnosis;
  const fallback = fallbackDiagnosis(evidence);
  return { ...fallback, checks: failedRuleChecks(guard.failures), debug: debugLines(guard.failures) };
}
function fallbackDiagnosis(evidence) {
  const verdict = typeof evidence === "object" && evidence !== null ? evidence.watch?.verdict : void 0;
  const failing = verdict !== void 0 && verdict !== "stable" && verdict !== "timeout";
  const rootCause = failing ? {
    code: "unknown",
    title: "The deployment failed, but the evidence could not be read",
    explanation: "The evidence document is not in the shape ECS Deploy Doctor writes, so no cause could be named from it.",
    confidence: "low",
    evidence: [],
    fixes: []
  } : null;
  return { rootCause, findings: rootCause ? [rootCause] : [], checks: [], whatChanged: [], failureGroups: [] };
}
function diagnoseEvidence(evidence, guard) {
  const ctx = buildContext(evidence);
  const stops = ctx.failedTasks.map((task) => classifyWith(guard, { task, taskDefinition: ctx.taskDefinition, logs: guard.run("logs", () => logsForTask(evidence, task), []) }));
  const events = RULE_SETS.flatMap((rules) => guard.run(`${rules.name}.classifyEvents`, () => rules.classifyEvents?.(ctx) ?? [], []));
  const running = stops.length === 0 ? readRunningTasks(ctx, guard) : [];
  const checkResults = RULE_SETS.flatMap((rules) => rules.checks.map((check) => guard.run(`${rules.name}.${check.name || "check"}`, () => check(ctx), emptyCheck)));
  const groups = groupByCode([...stops, ...running], events);
  const findings = groups.map((group) => explain(ctx, group, guard));
  const checkFindings = checkResults.flatMap((r) => r.findings ?? []).filter((f) => !findings.some((g) => g.code === f.code));
  const rootCause = guard.run("chooseRootCause", () => chooseRootCause(ctx, findings, checkFindings), findings[0] ?? null);
  const all = [...findings, ...checkFindings];
  return {
    rootCause,
    findings: rootCause ? [rootCause, ...all.filter((f) => f !== rootCause)] : all,
    checks: [...checkResults.flatMap((r) => r.checks), ...unavailableChecks(evidence), ...failedRuleChecks(guard.failures)],
    whatChanged: guard.run("whatChanged", () => whatChanged2(ctx), []),
    failureGroups: failureGroups(stops),
    ...guard.failures.length > 0 ? { debug: debugLines(guard.failures) } : {}
  };
}
function chooseRootCause(ctx, findings, checkFindings) {
  if (!failingOrUnknown(ctx)) return null;
  const read = findings[0];
  const proven2 = checkFindings.find((f) => f.confidence === "high");
  if (read && read.code !== "unknown" && (read.confidence !== "low" || !proven2)) return read;
  if (proven2) return proven2;
  if (read && read.code !== "unknown") return read;
  if (checkFindings.length > 0) return checkFindings[0];
  if (read) return read;
  const verdict = ctx.evidence.watch?.verdict;
  if (verdict === void 0 && readDeploymentOutcome(ctx).failed !== true) return null;
  if (verdict === "timeout" || endedFromOutside(ctx)) return null;
  return unknownFinding(ctx);
}
function readRunningTasks(ctx, guard) {
  const failed = deploymentFailed(ctx);
  const logs = failed ? guard.run("runtime.runningTaskLogs", () => readRunningTaskLogs(ctx), []) : [];
  const unhealthy = failed || ctx.evidence.watch?.verdict === "timeout" ? guard.run("runtime.unhealthyRunningTasks", () => readUnhealthyRunningTasks(ctx), []) : [];
  const named = targetsUnhealthy(ctx) ? logs.filter((r) => r.code !== "app-exit-error") : logs;
  const logged = new Set(named.map((r) => r.task?.taskArn));
  return [...named, ...unhealthy.filter((r) => !logged.has(r.task?.taskArn))];
}
function targetsUnhealthy(ctx) {
  return (ctx.evidence.loadBalancing?.targetHealth ?? []).some((group) => (group.descriptions ?? []).some((d) => d.TargetHealth?.State === "unhealthy"));
}
function deploymentFailed(ctx) {
  const verdict = ctx.evidence.watch?.verdict;
  if (verdict === void 0) return readDeploymentOutcome(ctx).failed === true || !serviceIsHealthy(ctx);
  return verdict === "failed" || verdict === "rolled-back" || verdict === "stuck";
}
function failingOrUnknown(ctx) {
  const verdict = ctx.evidence.watch?.verdict;
  if (verdict === "stable") return false;
  if (verdict === void 0 && serviceIsHealthy(ctx)) return false;
  return true;
}
function endedFromOutside(ctx) {
  if (ctx.service.status === "INACTIVE" || ctx.service.status === "DRAINING") return true;
  if (readDeploymentOutcome(ctx).failed) return false;
  const ours = ctx.deployment;
  if (!ours || ours.rolloutState === "FAILED") return false;
  return (ctx.service.deployments ?? []).some((d) => d.status === "PRIMARY" && d.id !== ours.id);
}
function unknownFinding(ctx) {
  const reason = ctx.deployment?.rolloutStateReason;
  const events = (Array.isArray(ctx.service.events) ? ctx.service.events : []).slice(0, 3).map((e) => String(e?.message ?? ""));
  return {
    code: "unknown",
    title: "The deployment failed, but no stopped task or service event names a cause",
    explanation: "ECS did not keep a stopped task or event that explains the failure (stopped tasks are kept for about an hour). The evidence below is what ECS reported.",
    confidence: "low",
    evidence: [reason, ...events].filter((line) => Boolean(line)),
    fixes: []
  };
}
function groupByCode(stops, events) {
  const byCode = /* @__PURE__ */ new Map();
  const groupFor = (code) => {
    let group = byCode.get(code);
    if (!group) byCode.set(code, group = { code, classifications: [], tasks: [], events: [] });
    return group;
  };
  for (const stop of stops) {
    const group = groupFor(stop.code);
    group.classifications.push(stop);
    if (stop.task) group.tasks.push(stop.task);
  }
  for (const event of events) {
    const group = groupFor(event.code);
    group.classifications.push(event);
    group.events.push(event);
  }
  return [...byCode.values()].sort(byWeight);
}
function byWeight(a, b) {
  const stopped = (g) => g.classifications.filter((c) => c.task && !c.running).length;
  const weight = (g) => (g.code === "unknown" ? 0 : 1e6) + stopped(g) * 1e3 + (g.events.length > 0 ? 100 : 0) + (g.tasks.length > 0 ? 50 : 0) + (g.classifications.some((c) => c.deterministic) ? 10 : 0) + (g.classifications.some((c) => c.confidence === "high") ? 2 : g.classifications.some((c) => c.confidence === "medium") ? 1 : 0);
  return weight(b) - weight(a);
}
function explain(ctx, group, guard) {
  const explainer = RULE_SETS.map((rules) => rules.explainers[group.code]).find(Boolean);
  const fallback = genericFinding(group);
  return explainer ? guard.run(`explain ${group.code}`, () => explainer(ctx, group), fallback) : fallback;
}
function genericFinding(group) {
  const first = group.classifications[0];
  return {
    code: group.code,
    title: `${group.tasks.length || group.events.length} failure(s): ${first?.cause ?? group.code}`,
    explanation: group.code === "unknown" ? "No rule recognises this stop; what ECS reported is shown." : `Tasks of the deployment stopped because ${CATALOGUE[group.code].summary}.`,
    confidence: first?.confidence ?? "low",
    evidence: [...new Set(group.classifications.map((c) => c.cause))].slice(0, 5),
    fixes: []
  };
}
function failureGroups(stops) {
  const groups = /* @__PURE__ */ new Map();
  for (const stop of stops) {
    const existing = groups.get(stop.signature);
    if (existing) existing.count += 1;
    else
      groups.set(stop.signature, {
        signature: stop.signature,
        count: 1,
        exampleReason: stop.task?.stoppedReason ?? stop.cause,
        exitCode: stop.exitCode
      });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}
function unavailableChecks(evidence) {
  const entries = Array.isArray(evidence.unavailable) ? evidence.unavailable.filter((u) => typeof u === "object" && u !== null) : [];
  return entries.map((u) => {
    const denied2 = /AccessDenied|UnauthorizedOperation|AuthorizationError|not authorized/i.test(`${u.errorCode} ${u.error}`);
    return {
      id: `unavailable:${u.api}`,
      title: u.check,
      status: "skipped",
      detail: denied2 ? `${u.api} was denied to the action's role: ${u.error}` : `${u.api} failed: ${u.error}`,
      ...denied2 ? { missingPermission: u.api } : {}
    };
  });
}
function errorText(error) {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
function failedRuleChecks(failures) {
  return failures.map((f, i) => ({
    id: `diagnosis.rule.${i + 1}`,
    title: `Diagnosis rule ${f.rule} ran over the evidence`,
    status: "failed",
    detail: `The rule threw ${errorText(f.error)}; the diagnosis went on without it. Please report this with the evidence file.`
  }));
}
function debugLines(failures) {
  return failures.map((f) => {
    const stack = f.error instanceof Error && f.error.stack ? f.error.stack.split("\n").slice(1, 4).map((l) => l.trim()).join(" | ") : "";
    return `diagnosis rule ${f.rule} threw ${errorText(f.error)}${stack ? ` (${stack})` : ""}`;
  });
}
var emptyCheck = { checks: [] };

export {
  buildContext,
  aws,
  putRolePolicy,
  checkGroup,
  listOf,
  unique,
  executionRole,
  containers,
  imagesOf,
  secretsOf,
  describeDecision,
  explainElbHealthCheck,
  whatChanged2 as whatChanged,
  endpointServiceName,
  analyseNetwork,
  explainImagePullAccessDenied,
  explainRateLimited,
  classifyStop,
  diagnose
};
