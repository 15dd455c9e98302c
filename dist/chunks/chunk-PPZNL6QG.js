import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  CollectionContext,
  DescribeTaskDefinitionCommand,
  awslogsConfig,
  collectEfs,
  collectIam,
  collectImages,
  collectLoadBalancing,
  collectLogGroups,
  collectNetwork,
  collectSecrets,
  describeTaskDefinition,
  secretReferences,
  unique as unique2,
  withEfsSecurityGroups
} from "./chunk-CB44TPYC.js";
import {
  checkCredentials
} from "./chunk-JG3XB2TF.js";
import {
  DescribeServicesCommand
} from "./chunk-C6BVWFIQ.js";
import {
  toJson
} from "./chunk-GNSVWLU3.js";
import {
  analyseNetwork,
  aws,
  buildContext,
  checkGroup,
  containers,
  describeDecision,
  diagnose,
  endpointServiceName,
  executionRole,
  explainElbHealthCheck,
  explainImagePullAccessDenied,
  explainRateLimited,
  imagesOf,
  listOf,
  putRolePolicy,
  secretsOf,
  unique,
  whatChanged
} from "./chunk-SJOWLTYY.js";
import {
  accountOf,
  parseImageReference
} from "./chunk-YKD77PGM.js";
import {
  EVIDENCE_CHECKS,
  EVIDENCE_SCHEMA_VERSION
} from "./chunk-5MSGKI4G.js";
import {
  logLine,
  redactEvidence
} from "./chunk-QMHTH2TK.js";
import {
  PreflightError,
  TASK_DEFINITION_ACCEPTED,
  deniedError
} from "./chunk-PA6V6HKS.js";
import {
  AREAS
} from "./chunk-LYOK4SNK.js";
import {
  errorMessage,
  errorName,
  isAccessDenied
} from "./chunk-H72JYIFK.js";
import {
  InputError
} from "./chunk-HTFDHZIM.js";

// src/preflight/service.ts
async function describeService(ecs, cluster, serviceName) {
  let output;
  try {
    output = await ecs.send(new DescribeServicesCommand({ cluster, services: [serviceName] }));
  } catch (error) {
    if (errorName(error) === "ClusterNotFoundException") {
      throw new PreflightError(`Cluster '${cluster}' was not found in this region. Check the 'cluster' and 'region' inputs.`);
    }
    if (isAccessDenied(error)) throw deniedError("ecs:DescribeServices", error);
    throw error;
  }
  const service = output.services?.[0];
  if (!service || service.status === "INACTIVE") {
    const reason = output.failures?.[0]?.reason ?? service?.status ?? "MISSING";
    throw new PreflightError(`Service '${serviceName}' was not found in cluster '${cluster}' (${reason}). Check the 'service' and 'cluster' inputs.`);
  }
  return toJson(service);
}
function time(iso) {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(ms) ? 0 : ms;
}
function runningTaskDefinitionArn(service) {
  const deployments = service.deployments ?? [];
  const completed = deployments.filter((d) => d.rolloutState === "COMPLETED" && d.taskDefinition).sort((a, b) => time(b.updatedAt ?? b.createdAt) - time(a.updatedAt ?? a.createdAt));
  return completed[0]?.taskDefinition ?? deployments.find((d) => d.status === "PRIMARY")?.taskDefinition ?? service.taskDefinition;
}

// src/preflight/source.ts
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
async function loadTaskDefinition(input, ecs) {
  if (input.kind === "file") {
    const taskDefinition2 = parseTaskDefinitionFile(await readTaskDefinitionFile(input.path), input.path);
    return { taskDefinition: taskDefinition2, candidate: { label: `${taskDefinition2.family ?? "task definition"} (${basename(input.path)})`, source: "file" } };
  }
  const taskDefinition = await describeCandidate(ecs, input.reference);
  return { taskDefinition, candidate: { label: revisionLabel(taskDefinition) ?? input.reference, source: "registered" } };
}
async function readTaskDefinitionFile(path) {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const reason = error.code === "ENOENT" ? "no such file" : errorMessage(error);
    throw new InputError("task-definition", `'${path.slice(0, 200)}' cannot be read (${reason}); it must be ${TASK_DEFINITION_ACCEPTED}`);
  }
}
function parseTaskDefinitionFile(text, path) {
  const notTaskDefinition = (why) => new InputError("task-definition", `file '${path.slice(0, 200)}' is not a task definition: ${why}`);
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw notTaskDefinition(`invalid JSON (${errorMessage(error).slice(0, 200)})`);
  }
  const document = isObject(parsed) && isObject(parsed.taskDefinition) ? parsed.taskDefinition : parsed;
  if (!isObject(document)) throw notTaskDefinition("the file holds no JSON object");
  const containers2 = document.containerDefinitions;
  if (!Array.isArray(containers2) || containers2.length === 0) throw notTaskDefinition("it has no containerDefinitions");
  const unnamed = containers2.findIndex((c) => !isObject(c) || typeof c.name !== "string" || typeof c.image !== "string");
  if (unnamed >= 0) throw notTaskDefinition(`containerDefinitions[${unnamed}] needs a "name" and an "image"`);
  return { ...document, ...sizes(document) };
}
function sizes(document) {
  const result = {};
  for (const key of ["cpu", "memory"]) if (typeof document[key] === "number") result[key] = String(document[key]);
  return result;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
async function describeCandidate(ecs, reference) {
  try {
    const output = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: reference }));
    if (output.taskDefinition) return toJson(output.taskDefinition);
  } catch (error) {
    if (isAccessDenied(error)) throw deniedError("ecs:DescribeTaskDefinition", error);
    if (errorName(error) !== "ClientException") throw error;
  }
  throw new PreflightError(`Task definition '${reference}' was not found in this region. Check the 'task-definition' and 'region' inputs.`);
}
function revisionLabel(taskDefinition) {
  if (taskDefinition?.family && taskDefinition.revision !== void 0) return `${taskDefinition.family}:${taskDefinition.revision}`;
  return /task-definition\/([^/]+:\d+)$/.exec(taskDefinition?.taskDefinitionArn ?? "")?.[1];
}

// src/preflight/collect.ts
var PREFLIGHT_DEADLINE_MS = 3e4;
async function collectPreflightEvidence(req) {
  const [service, loaded] = await Promise.all([
    describeService(req.clients.ecs, req.cluster, req.serviceName),
    "kind" in req.taskDefinition ? loadTaskDefinition(req.taskDefinition, req.clients.ecs) : req.taskDefinition
  ]);
  const generatedAt = (req.now ?? (() => /* @__PURE__ */ new Date()))().toISOString();
  const owner = accountOf([service.serviceArn, service.clusterArn, loaded.taskDefinition.taskDefinitionArn]);
  const ctx = new CollectionContext({ clients: req.clients, region: req.region, ...owner, deadlineMs: req.deadlineMs ?? PREFLIGHT_DEADLINE_MS });
  try {
    const runningArn = runningTaskDefinitionArn(service);
    const candidateArn = loaded.taskDefinition.taskDefinitionArn;
    const loadBalancing = collectLoadBalancing(ctx, service, { targetHealth: false });
    const [running, fromTaskDefinition, networkOnly, loadBalancingEvidence, efs] = await Promise.all([
      runningArn && runningArn !== candidateArn ? describeTaskDefinition(ctx, EVIDENCE_CHECKS.previousTaskDefinition, runningArn) : null,
      collectFromTaskDefinition(ctx, loaded.taskDefinition),
      collectNetwork(ctx, service, loadBalancing.securityGroupIds),
      loadBalancing.evidence,
      collectEfs(ctx, loaded.taskDefinition)
    ]);
    const network = withEfsSecurityGroups(networkOnly, efs);
    const evidence = redactEvidence({
      schemaVersion: EVIDENCE_SCHEMA_VERSION,
      generatedAt,
      region: req.region,
      cluster: req.cluster,
      serviceName: req.serviceName,
      deploymentId: null,
      service,
      taskDefinition: loaded.taskDefinition,
      previousTaskDefinition: runningArn === candidateArn ? loaded.taskDefinition : running,
      tasks: [],
      ...fromTaskDefinition,
      ...network ? { network } : {},
      ...loadBalancingEvidence ? { loadBalancing: loadBalancingEvidence } : {},
      ...efs ? { efs: efs.efs } : {},
      unavailable: ctx.unavailable
    });
    return { evidence, candidate: loaded.candidate };
  } finally {
    ctx.dispose();
  }
}
async function collectFromTaskDefinition(ctx, taskDefinition) {
  const secretsP = collectSecrets(ctx, secretReferences(taskDefinition, ctx.scope));
  const containers2 = taskDefinition.containerDefinitions ?? [];
  const logConfigs = unique2(containers2.map((c) => awslogsConfig(c, ctx.region)));
  const images = unique2(containers2.map((c) => c.image)).map(parseImageReference);
  const environmentFiles = s3EnvironmentFiles(taskDefinition);
  const needs = secretsP.then((secrets2) => ({ images, secrets: secrets2, logConfigs, environmentFiles }));
  const [iam, imageEvidence, secrets, logGroups] = await Promise.all([
    collectIam(ctx, taskDefinition, needs),
    collectImages(ctx, taskDefinition),
    secretsP,
    collectLogGroups(ctx, taskDefinition)
  ]);
  return { ...iam ? { iam } : {}, images: imageEvidence, secrets, logGroups };
}
function s3EnvironmentFiles(taskDefinition) {
  return unique2((taskDefinition.containerDefinitions ?? []).flatMap((c) => (c.environmentFiles ?? []).filter((f) => f.type === "s3").map((f) => f.value)));
}

// src/preflight/checks/changes.ts
var ABSENT = "(none)";
function reviewChanges(evidence, checks) {
  if (!evidence.previousTaskDefinition || !evidence.taskDefinition) return { changes: [], checks: [] };
  const changes = whatChanged(buildContext(evidence));
  const reviewed = changes.flatMap((change, index) => {
    const risk = riskOf(change);
    return risk ? [changeCheck(change, risk, index, checks)] : [];
  });
  return { changes, checks: reviewed };
}
function changeCheck(change, risk, index, checks) {
  const covering = checks.filter((c) => risk.verifiedBy.some((prefix) => c.id.startsWith(prefix)));
  const verified = risk.verifiedBy.length > 0 && covering.length > 0 && covering.every((c) => c.status === "pass");
  return {
    id: `change.${index}.${change.field}`,
    area: "changes",
    title: `${change.field}: ${change.before} \u2192 ${change.after}`,
    status: verified ? "pass" : "warn",
    detail: verified ? `${risk.what}; verified by the checks above.` : `${risk.what}; nothing before the deploy can prove it safe.`
  };
}
var CONTAINER_FIELD = /^(\S+) (image|environment|secrets|memory|memoryReservation|ports) ?(.*)$/;
function riskOf(change) {
  if (change.field === "task memory") return lower(change) ? { what: "Less memory for the task: the containers may be killed for running out of it", verifiedBy: [] } : void 0;
  if (change.field === "task executionRoleArn") return { what: "Another execution role pulls the image, reads the secrets and writes the logs", verifiedBy: ["role.execution", "iam."] };
  if (change.field === "task runtimePlatform") return { what: "Another platform: every image needs a manifest for it", verifiedBy: ["image."] };
  if (change.field === "task networkMode") return { what: "Another network mode changes how the task is reached", verifiedBy: [] };
  if (/^container /.test(change.field) && change.after === "removed") return { what: "A container is removed: whatever it provided is gone", verifiedBy: [] };
  const match = CONTAINER_FIELD.exec(change.field);
  if (!match) return void 0;
  const [, container, kind, name] = match;
  switch (kind) {
    case "secrets":
      if (change.before === ABSENT) return { what: `A new secret ${name}: it must exist and the execution role must read it`, verifiedBy: [`secret.${container}.${name}`, "iam."] };
      return change.after === "removed" ? { what: `Secret ${name} is removed: the app no longer gets it`, verifiedBy: [] } : void 0;
    case "environment":
      return change.after === "removed" ? { what: `Environment variable ${name} is removed: the app no longer gets it`, verifiedBy: [] } : void 0;
    case "image":
      return newRegistry(change) ? { what: "A new registry: the image must exist there and the task must be allowed to pull it", verifiedBy: [`image.${container}`, "iam.ecr"] } : void 0;
    case "memory":
    case "memoryReservation":
      return lower(change) ? { what: `Less memory for container ${container}: it may be killed for running out of it`, verifiedBy: [] } : void 0;
    case "ports":
      return newPort(change) ? { what: "A new port: security groups and load balancer health checks must allow it", verifiedBy: ["elb-security-group", "taskdef.load-balancer"] } : void 0;
    default:
      return void 0;
  }
}
function lower(change) {
  const before = Number(change.before);
  const after = Number(change.after);
  return Number.isFinite(before) && Number.isFinite(after) && after < before;
}
function registryOf(image) {
  const reference = parseImageReference(image);
  return reference.registry === "ecr" ? `${reference.registryId}.ecr.${reference.region}` : reference.registry === "dockerhub" ? "docker.io" : image.split("/")[0];
}
function newRegistry(change) {
  if (change.before === ABSENT || change.after === ABSENT) return false;
  return registryOf(change.before) !== registryOf(change.after);
}
function newPort(change) {
  const ports = (value) => value === ABSENT ? [] : value.split(", ").map((p) => p.replace(/→\d+/, ""));
  const before = new Set(ports(change.before));
  return ports(change.after).some((p) => !before.has(p));
}

// src/preflight/checks/diagnosis.ts
function beforeDeployEvidence(evidence) {
  const { deployments: _deployments, events: _events, ...service } = evidence.service;
  return { ...evidence, service, previousTaskDefinition: void 0, deploymentId: null, tasks: [] };
}
function beforeDeployContext(evidence) {
  return buildContext(beforeDeployEvidence(evidence));
}
var AFTER_DEPLOY_ONLY = [/^elb-target-health$/, /^elb-grace-period$/, /^instance\./, /^spot\./];
var STATUS = { passed: "pass", failed: "fail", skipped: "skip" };
function diagnosisChecks(evidence) {
  const diagnosis = diagnose(beforeDeployEvidence(evidence));
  const checks = diagnosis.checks.filter((c) => !AFTER_DEPLOY_ONLY.some((pattern) => pattern.test(c.id))).map((c) => ({
    id: c.id,
    area: areaOf(c),
    title: c.title,
    status: STATUS[c.status],
    ...c.detail ? { detail: c.detail } : {},
    ...c.missingPermission ? { missingPermission: c.missingPermission } : {}
  }));
  const findings = diagnosis.findings.map((f) => ({ ...f, fixes: beforeDeployFixes(f.fixes) }));
  return { checks, findings };
}
function beforeDeployFixes(fixes) {
  const redeploysOnly = (command) => /\becs update-service\b/.test(command) && /--force-new-deployment/.test(command) && !/--(network|deployment)-configuration/.test(command);
  return fixes.filter((fix) => !fix.commands.some(redeploysOnly));
}
var AREA_BY_PREFIX = [
  [/^(taskdef\.|deployment\.|container-health-check-command)/, "task-definition"],
  [/^(role\.|iam\.)/, "execution-role"],
  [/^(network|subnets\.|elb-)/, "network"],
  [/^image\./, "image"],
  [/^secret\./, "secrets"],
  [/^logs\./, "logging"],
  [/^efs\./, "storage"]
];
var AREA_BY_EVIDENCE_CHECK = {
  [EVIDENCE_CHECKS.images]: "image",
  [EVIDENCE_CHECKS.secrets]: "secrets",
  [EVIDENCE_CHECKS.logGroups]: "logging",
  [EVIDENCE_CHECKS.roles]: "execution-role",
  [EVIDENCE_CHECKS.policySimulation]: "execution-role",
  [EVIDENCE_CHECKS.taskRoleSimulation]: "storage",
  [EVIDENCE_CHECKS.efsFileSystems]: "storage",
  [EVIDENCE_CHECKS.efsMountTargets]: "storage",
  [EVIDENCE_CHECKS.efsAccessPoints]: "storage",
  [EVIDENCE_CHECKS.efsPolicies]: "storage",
  [EVIDENCE_CHECKS.previousTaskDefinition]: "changes",
  [EVIDENCE_CHECKS.taskDefinition]: "task-definition"
};
function areaOf(check2) {
  if (check2.id.startsWith("unavailable:")) return AREA_BY_EVIDENCE_CHECK[check2.title] ?? "network";
  return AREA_BY_PREFIX.find(([pattern]) => pattern.test(check2.id))?.[1] ?? "task-definition";
}

// src/preflight/checks/efs.ts
function oldPlatform(version) {
  const match = /^(\d+)\.(\d+)\.\d+$/.exec(version ?? "");
  return match !== null && (Number(match[1]) < 1 || Number(match[1]) === 1 && Number(match[2]) < 4);
}
function efsChecks(ctx) {
  const volumes = (ctx.taskDefinition?.volumes ?? []).filter((v) => v.efsVolumeConfiguration?.fileSystemId);
  return volumes.flatMap((volume) => {
    const efs = volume.efsVolumeConfiguration ?? { fileSystemId: "" };
    const where = `EFS volume ${volume.name} (${efs.fileSystemId})`;
    const problems = [];
    const accessPoint = efs.authorizationConfig?.accessPointId;
    if ((efs.authorizationConfig?.iam === "ENABLED" || accessPoint) && efs.transitEncryption !== "ENABLED") {
      problems.push("ECS requires transitEncryption ENABLED with IAM authorization or an access point.");
    }
    if (accessPoint && efs.rootDirectory && efs.rootDirectory !== "/") problems.push('With an access point, rootDirectory must be left out or "/": the access point sets the directory.');
    if (ctx.service.launchType === "FARGATE" && oldPlatform(ctx.service.platformVersion)) problems.push(`Fargate platform version ${ctx.service.platformVersion} cannot mount EFS; use 1.4.0 or LATEST.`);
    return [
      {
        id: `efs.${volume.name}.settings`,
        area: "storage",
        title: `${where} settings are valid`,
        status: problems.length > 0 ? "fail" : "pass",
        detail: problems.length > 0 ? problems.join(" ") : `transitEncryption ${efs.transitEncryption ?? "DISABLED"}${accessPoint ? `, access point ${accessPoint}` : ""}`
      }
    ];
  });
}

// src/preflight/checks/environment-files.ts
var S3_OBJECT_ARN = /^arn:aws[\w-]*:s3:::[^/]+\/.+/;
function environmentFileChecks(taskDefinition) {
  return (taskDefinition.containerDefinitions ?? []).flatMap(
    (c) => (c.environmentFiles ?? []).map((file, index) => {
      const base = { id: `envfile.${c.name}.${index}`, area: "secrets", title: `Environment file ${file.value} of container ${c.name}` };
      if (file.type !== "s3" || !S3_OBJECT_ARN.test(file.value ?? "")) {
        return { ...base, status: "fail", detail: `ECS reads environment files from S3 only: the value must be an S3 object ARN such as arn:aws:s3:::my-bucket/api.env (got type ${file.type}, value ${file.value}).` };
      }
      if (!/\.env$/.test(file.value ?? "")) return { ...base, status: "fail", detail: "ECS accepts environment files whose name ends in .env only." };
      return { ...base, status: "skip", detail: "Preflight does not read S3, so whether the object exists is not checked; the execution role's s3:GetObject on it is simulated with its other permissions." };
    })
  );
}

// src/preflight/checks/images.ts
function imageExtras(ctx) {
  const checks = [];
  const credentials = new Set(containers(ctx).filter((c) => c.repositoryCredentials?.credentialsParameter).map((c) => c.name));
  const cpu = ctx.taskDefinition?.runtimePlatform?.cpuArchitecture ?? "X86_64";
  for (const image of ctx.evidence.images ?? []) {
    if (image.registry === "ecr" && image.status === "found" && !image.architectures?.length) {
      checks.push({
        id: `image.${image.containerName}.platform`,
        area: "image",
        title: `Image of container ${image.containerName} has a manifest for ${cpu}`,
        status: "skip",
        detail: "A single-platform image: ECR keeps its platform in the image config, which preflight does not download."
      });
    }
    if (image.registry === "dockerhub" && !credentials.has(image.containerName)) {
      checks.push({
        id: `image.${image.containerName}.anonymous-pull`,
        area: "image",
        title: `Image of container ${image.containerName} is pulled with credentials or from ECR`,
        status: "warn",
        detail: `${image.image} is pulled from Docker Hub anonymously: Docker Hub limits anonymous pulls per source IP, and tasks behind one NAT gateway share that limit.`
      });
    }
  }
  const anonymous = checks.filter((c) => c.status === "warn");
  if (anonymous.length === 0) return { checks, findings: [] };
  const finding = explainRateLimited(ctx, checkGroup("image-pull-rate-limited", anonymous[0].detail ?? ""));
  return {
    checks,
    findings: [
      {
        code: "image-pull-rate-limited",
        severity: "warn",
        area: "image",
        title: `Docker Hub may rate-limit the pull of ${anonymous.map((c) => c.detail?.split(" ")[0]).join(", ")}`,
        explanation: 'Anonymous pulls from Docker Hub are limited per source IP address. A deployment starts several tasks at once, and every task behind the same NAT gateway counts against the same limit; once over it, tasks stop with "toomanyrequests".',
        evidence: anonymous.map((c) => c.detail ?? ""),
        fixes: beforeDeployFixes(finding.fixes)
      }
    ]
  };
}

// src/preflight/checks/network.ts
var BROKEN_PATH = ["public-ip-disabled", "nat-unavailable", "blackhole", "dns-support", "dns-hostnames"];
function networkFindings(ctx) {
  const analysis = analyseNetwork(ctx);
  if (!analysis.available || analysis.problems.length === 0) return [];
  const problems = [...analysis.problems].sort((a, b) => Number(!BROKEN_PATH.includes(a.kind)) - Number(!BROKEN_PATH.includes(b.kind)));
  const services = unique(problems.flatMap((p) => p.services));
  const reach = services.length > 0 ? listOf(services.map((s) => endpointServiceName(ctx.region, s))) : "the AWS services they need to start";
  return [
    {
      code: "network-unreachable",
      severity: "fail",
      area: "network",
      title: `Tasks would not reach ${reach}: ${SUMMARY[problems[0].kind]}`,
      explanation: "On Fargate, registry auth, image layers, secrets, parameters and logs go through the task's own network interface before any container starts. Without a path to them every task of the deployment times out in PENDING and stops.",
      evidence: [...problems.map((p) => p.detail), ...analysis.passed.slice(0, 3)],
      fixes: dedupe(beforeDeployFixes(problems.flatMap((p) => p.fixes)))
    }
  ];
}
var SUMMARY = {
  "public-ip-disabled": "the subnets route to an internet gateway, but assignPublicIp is DISABLED",
  "nat-unavailable": "the NAT gateway of the subnets is not available",
  blackhole: "the default route points at a gateway that no longer exists",
  "missing-endpoints": "the subnets have no NAT or internet route, and VPC endpoints are missing",
  "internet-image": "the image is outside ECR and the subnets have no internet route",
  "private-dns-off": "private DNS is off on a VPC endpoint",
  "s3-gateway-route": "the S3 gateway endpoint is not on the subnets' route tables",
  "endpoint-sg": "a VPC endpoint's security group blocks HTTPS from the tasks",
  "sg-egress": "the task security group blocks outbound HTTPS",
  "sg-egress-endpoint": "the task security group blocks HTTPS to the VPC endpoints",
  "sg-egress-s3": "the task security group blocks HTTPS to the S3 prefix list",
  "nacl-egress": "a network ACL blocks outbound HTTPS",
  "nacl-ingress": "a network ACL blocks the HTTPS replies",
  "dns-support": "VPC DNS resolution is off",
  "dns-hostnames": "VPC DNS hostnames are off"
};
function dedupe(fixes) {
  const seen = /* @__PURE__ */ new Set();
  return fixes.filter((f) => {
    const key = f.commands.join("\n") || f.title;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

// src/preflight/checks/permissions.ts
var CODE_OF_SERVICE = {
  ecr: "image-pull-access-denied",
  secretsmanager: "secret-access-denied",
  ssm: "secret-access-denied",
  kms: "secret-access-denied",
  s3: "secret-access-denied",
  logs: "log-config-error"
};
var AREA_OF_CODE = {
  "image-pull-access-denied": "image",
  "secret-access-denied": "secrets",
  "log-config-error": "logging"
};
function codeOf(simulation) {
  return CODE_OF_SERVICE[simulation.action.split(":")[0].toLowerCase()];
}
function permissionFindings(ctx) {
  const denied = (ctx.evidence.iam?.simulations ?? []).filter((s) => s.decision !== "allowed");
  const codes = unique(denied.map(codeOf));
  return codes.map((code) => {
    const mine = denied.filter((s) => codeOf(s) === code);
    return code === "image-pull-access-denied" ? pullFinding(ctx, mine) : accessFinding(ctx, code, mine);
  });
}
function pullFinding(ctx, denied) {
  const finding = explainImagePullAccessDenied(ctx, checkGroup("image-pull-access-denied", denied.map((s) => `${s.action} on ${s.resource}`).join(", ")));
  return {
    code: finding.code,
    severity: "fail",
    area: "image",
    title: finding.title,
    explanation: "On Fargate the task execution role gets the ECR authorization token and pulls the image; the policy simulation says it may not.",
    evidence: denied.map(simulationLine),
    fixes: beforeDeployFixes(finding.fixes)
  };
}
function simulationLine(s) {
  return `iam:SimulatePrincipalPolicy: ${s.action} on ${s.resource} is ${describeDecision(s)}.`;
}
function usersOf(ctx, resource) {
  return secretsOf(ctx).filter((s) => {
    const arn = s.arn ?? s.valueFrom;
    return arn === resource || arn.startsWith(resource) || resource.startsWith(arn) || s.kmsKeyId !== void 0 && resource.endsWith(s.kmsKeyId.split("/").pop() ?? "\0");
  }).map((s) => `${s.name} (container ${s.containerName})`);
}
function shortName(resource) {
  const parts = resource.split(":");
  const tail = parts.slice(5).join(":");
  return tail.replace(/^secret:/, "").replace(/^parameter/, "").replace(/^log-group:/, "").replace(/:\*$/, "") || resource;
}
var VERB = {
  "secretsmanager:getsecretvalue": "read secret",
  "ssm:getparameters": "read SSM parameter",
  "s3:getobject": "read environment file",
  "s3:getbucketlocation": "locate bucket",
  "logs:createlogstream": "create log streams in",
  "logs:putlogevents": "write logs to",
  "logs:createloggroup": "create log group"
};
function deniedWhat(ctx, denied) {
  const first = denied[0];
  const same = denied.filter((s) => s.action === first.action);
  if (first.action.toLowerCase() === "kms:decrypt") {
    const keys = unique(same.map((s) => s.resource.split("/").pop() ?? s.resource));
    const secrets = unique(secretsOf(ctx).filter((s) => s.kmsKeyId && keys.some((k) => s.kmsKeyId?.endsWith(k))).map((s) => shortName(s.arn ?? s.valueFrom)));
    return `decrypt ${secrets.length ? listOf(secrets) : "the secret"} (KMS key ${listOf(keys)})`;
  }
  const verb = VERB[first.action.toLowerCase()] ?? `call ${first.action} on`;
  return `${verb} ${listOf(unique(same.map((s) => shortName(s.resource))))}`;
}
function accessFinding(ctx, code, denied) {
  const role = executionRole(ctx).name;
  const users = unique(denied.flatMap((s) => usersOf(ctx, s.resource)));
  const kms = denied.some((s) => s.action.toLowerCase() === "kms:decrypt");
  const evidence = [...denied.map(simulationLine)];
  if (users.length > 0) evidence.push(`Used by ${listOf(users)}.`);
  if (kms) evidence.push("The key policy must allow the role too; key policies are not part of the simulation and were not checked.");
  return {
    code,
    severity: "fail",
    area: AREA_OF_CODE[code] ?? "execution-role",
    title: `${role ? `Execution role ${role}` : "The execution role"} may not ${deniedWhat(ctx, denied)}`,
    explanation: code === "log-config-error" ? "The awslogs log driver writes with the task execution role before the container starts; without these permissions the task stops without running." : "ECS fetches secrets, parameters and environment files with the task execution role before the containers start; a refused read stops every task of the deployment.",
    evidence,
    fixes: grantFixes(ctx, role, denied, code)
  };
}
function grantFixes(ctx, roleName, denied, code) {
  const role = roleName ?? "<execution-role-name>";
  const fill = roleName ? "" : " (fill in <execution-role-name>)";
  if (denied.some((s) => s.decision === "explicitDeny")) {
    return [
      {
        title: `Find the policy that explicitly denies ${listOf(unique(denied.map((s) => s.action)))} to ${role}${fill}`,
        commands: [aws(ctx.region, "iam", "list-role-policies", "--role-name", role), aws(ctx.region, "iam", "list-attached-role-policies", "--role-name", role)],
        note: "An explicit deny wins over any allow: remove or narrow that statement."
      }
    ];
  }
  const byAction = /* @__PURE__ */ new Map();
  for (const s of denied) byAction.set(s.action, unique([...byAction.get(s.action) ?? [], s.resource]));
  const statements = [...byAction].map(([action, resources]) => ({ actions: [action], resources }));
  const policyName = code === "log-config-error" ? "ecs-deploy-doctor-logs" : "ecs-deploy-doctor-secrets";
  return [{ title: `Grant exactly what is missing to ${role}${fill}`, commands: [putRolePolicy(ctx.region, role, policyName, statements)] }];
}

// src/preflight/checks/task-definition.ts
function check(id, title, verdict) {
  const status = verdict.problems.length > 0 ? "fail" : "pass";
  return { id, area: "task-definition", title, status, detail: verdict.problems.length > 0 ? verdict.problems.join(" ") : verdict.detail };
}
var containersOf = (td) => td.containerDefinitions ?? [];
function isFargateService(service) {
  const providers = (service.capacityProviderStrategy ?? []).map((p) => p.capacityProvider ?? "");
  return service.launchType === "FARGATE" || providers.some((p) => p.startsWith("FARGATE"));
}
function launchCompatibility(facts) {
  const td = facts.taskDefinition;
  const fargate = isFargateService(facts.service);
  const problems = [];
  const declared = [...td.requiresCompatibilities ?? [], ...td.compatibilities ?? []];
  if (fargate && declared.length > 0 && !declared.includes("FARGATE")) {
    problems.push(`The service runs on Fargate, but the task definition is compatible with ${listOf(declared)} only: add "requiresCompatibilities": ["FARGATE"].`);
  }
  if (fargate && (td.networkMode ?? "awsvpc") !== "awsvpc") problems.push(`Fargate tasks need networkMode awsvpc (the task definition has ${td.networkMode}).`);
  if (fargate && (!td.cpu || !td.memory)) problems.push("Fargate tasks need task-level cpu and memory.");
  const awsvpcService = Boolean(facts.service.networkConfiguration?.awsvpcConfiguration);
  if (!fargate && awsvpcService && td.networkMode !== "awsvpc") {
    problems.push(`The service has an awsvpc network configuration, but the task definition's networkMode is ${td.networkMode ?? "bridge (the default)"}.`);
  }
  const mode = td.networkMode ?? (fargate ? "awsvpc" : "bridge");
  return check("taskdef.launch-type", `The task definition runs on the service's ${fargate ? "Fargate" : "EC2"} launch type`, {
    problems,
    detail: `networkMode ${mode}${td.cpu ? `, cpu ${td.cpu}` : ""}${td.memory ? `, memory ${td.memory}` : ""}`
  });
}
function containerLimits(td) {
  const containers2 = containersOf(td);
  const taskMemory = Number(td.memory) || void 0;
  const taskCpu = Number(td.cpu) || void 0;
  const problems = [];
  for (const c of containers2) {
    if (c.memory !== void 0 && c.memoryReservation !== void 0 && c.memoryReservation > c.memory) {
      problems.push(`Container ${c.name}: memoryReservation ${c.memoryReservation} MiB is above its memory limit ${c.memory} MiB.`);
    }
    if (taskMemory && (c.memory ?? 0) > taskMemory) problems.push(`Container ${c.name}: memory ${c.memory} MiB is above the task's ${taskMemory} MiB.`);
    if (!taskMemory && c.memory === void 0 && c.memoryReservation === void 0) {
      problems.push(`Container ${c.name} has neither memory nor memoryReservation, and the task sets no memory.`);
    }
  }
  const memorySum = containers2.reduce((sum, c) => sum + (c.memory ?? c.memoryReservation ?? 0), 0);
  const cpuSum = containers2.reduce((sum, c) => sum + (c.cpu ?? 0), 0);
  if (taskMemory && memorySum > taskMemory) problems.push(`The containers reserve ${memorySum} MiB together, more than the task's ${taskMemory} MiB.`);
  if (taskCpu && cpuSum > taskCpu) problems.push(`The containers reserve ${cpuSum} CPU units together, more than the task's ${taskCpu}.`);
  const detail = `containers: ${memorySum} MiB of ${taskMemory ?? "(no task limit)"} MiB, ${cpuSum} of ${taskCpu ?? "(no task limit)"} CPU units reserved`;
  return check("taskdef.container-limits", "Container memory and CPU fit in the task", { problems, detail });
}
function portMappings(td, fargate) {
  const awsvpc = (td.networkMode ?? (fargate ? "awsvpc" : "bridge")) === "awsvpc";
  const problems = [];
  const seen = /* @__PURE__ */ new Map();
  for (const c of containersOf(td)) {
    for (const p of c.portMappings ?? []) {
      if (awsvpc && p.hostPort !== void 0 && p.hostPort !== 0 && p.hostPort !== p.containerPort) {
        problems.push(`Container ${c.name}: hostPort ${p.hostPort} differs from containerPort ${p.containerPort}; with awsvpc they must be equal (or hostPort left out).`);
      }
      const key = `${p.containerPort}/${p.protocol ?? "tcp"}`;
      const owner = seen.get(key);
      if (awsvpc && owner && owner !== c.name) problems.push(`Containers ${owner} and ${c.name} both map ${key}; with awsvpc the task's containers share one network interface.`);
      seen.set(key, c.name ?? "");
    }
  }
  const ports = [...seen.keys()];
  return check("taskdef.port-mappings", `Port mappings are valid for ${awsvpc ? "awsvpc" : "the network mode"}`, { problems, detail: ports.length ? `ports ${ports.join(", ")}` : "no port mappings" });
}
function essentialContainers(td) {
  const containers2 = containersOf(td);
  const names = new Set(containers2.map((c) => c.name));
  const problems = [];
  const essential = containers2.filter((c) => c.essential !== false);
  if (essential.length === 0) problems.push('No container is essential: ECS needs at least one ("essential": true).');
  for (const c of containers2) {
    for (const d of c.dependsOn ?? []) {
      if (!names.has(d.containerName)) problems.push(`Container ${c.name} depends on ${d.containerName}, which the task definition does not define.`);
      if (d.condition === "HEALTHY" && !containers2.find((o) => o.name === d.containerName)?.healthCheck?.command?.length) {
        problems.push(`Container ${c.name} waits for ${d.containerName} to be HEALTHY, but ${d.containerName} has no health check.`);
      }
    }
  }
  return check("taskdef.essential", "At least one container is essential and dependencies exist", { problems, detail: `essential: ${essential.map((c) => c.name).join(", ")}` });
}
function loadBalancerTargets(facts) {
  const targets = facts.service.loadBalancers ?? [];
  if (targets.length === 0) return void 0;
  const problems = [];
  for (const target of targets) {
    const container = containersOf(facts.taskDefinition).find((c) => c.name === target.containerName);
    if (!container) problems.push(`The service's load balancer sends traffic to container ${target.containerName}, which the task definition does not define.`);
    else if (!(container.portMappings ?? []).some((p) => p.containerPort === target.containerPort)) {
      problems.push(`The service's load balancer sends traffic to ${target.containerName}:${target.containerPort}, but that container maps no port ${target.containerPort}.`);
    }
  }
  const detail = targets.map((t) => `${t.containerName}:${t.containerPort}`).join(", ");
  return check("taskdef.load-balancer", "The load balancer target container and port exist", { problems, detail });
}
var HEALTH_CHECK_RANGES = { interval: [5, 300], timeout: [2, 120], retries: [1, 10], startPeriod: [0, 300] };
function healthCheckValues(td) {
  const checked = containersOf(td).filter((c) => c.healthCheck?.command?.length);
  if (checked.length === 0) return void 0;
  const problems = [];
  for (const c of checked) {
    const { command: _command, ...hc } = c.healthCheck ?? {};
    for (const [key, [min, max]] of Object.entries(HEALTH_CHECK_RANGES)) {
      const value = hc[key];
      if (value !== void 0 && (value < min || value > max)) problems.push(`Container ${c.name}: healthCheck.${key} ${value} is outside ${min}-${max}.`);
    }
  }
  return check("taskdef.health-check-values", "Container health-check settings are within the allowed ranges", { problems, detail: `${checked.length} container health check(s)` });
}
function gracePeriodTiming(facts) {
  const targets = facts.service.loadBalancers ?? [];
  if (targets.length === 0) return void 0;
  const grace = facts.service.healthCheckGracePeriodSeconds ?? 0;
  const group = facts.loadBalancing?.targetGroups?.find((g) => g.TargetGroupArn === targets[0].targetGroupArn);
  const interval = group?.HealthCheckIntervalSeconds ?? 30;
  const unhealthy = group?.UnhealthyThresholdCount ?? 2;
  const window = interval * unhealthy;
  const starts = containersOf(facts.taskDefinition).filter((c) => targets.some((t) => t.containerName === c.name) && (c.healthCheck?.startPeriod ?? 0) > grace);
  const base = { id: "taskdef.grace-period", area: "task-definition", title: "The service's health-check grace period covers the app's start" };
  const budget = `the load balancer marks a target unhealthy after ${unhealthy} failed checks ${interval} s apart (${window} s)`;
  if (starts.length > 0) {
    const c = starts[0];
    return { ...base, status: "warn", detail: `Container ${c.name} declares a ${c.healthCheck?.startPeriod} s health-check start period, but the grace period is ${grace} s: ${budget} and ECS then replaces the task.` };
  }
  if (grace === 0) return { ...base, status: "warn", detail: `No grace period: ${budget}, counted from the task's start; an app that needs longer to answer is replaced before it is ready.` };
  return { ...base, status: "pass", detail: `grace period ${grace} s; then ${budget}` };
}
function staticHostPorts(facts) {
  const td = facts.taskDefinition;
  const mode = td.networkMode ?? "bridge";
  if (isFargateService(facts.service) || mode === "awsvpc") return void 0;
  const ports = containersOf(td).flatMap((c) => (c.portMappings ?? []).map((p) => mode === "host" ? p.containerPort : p.hostPort).filter((p) => typeof p === "number" && p > 0));
  if (ports.length === 0) return void 0;
  const config = facts.service.deploymentConfiguration;
  const minimum = config?.minimumHealthyPercent ?? 100;
  const desired = facts.service.desiredCount ?? 1;
  const base = { id: "taskdef.static-host-port", area: "task-definition", title: "Tasks with fixed host ports can be replaced on the instances" };
  const used = `host port ${listOf([...new Set(ports)].map(String))}`;
  if (minimum < 100) return { ...base, status: "pass", detail: `${used}: minimumHealthyPercent ${minimum} lets ECS stop old tasks first and free the port.` };
  return {
    ...base,
    status: "warn",
    detail: `${mode} networking with fixed ${used} allows one task per instance, and minimumHealthyPercent ${minimum} keeps all ${desired} old tasks running while new ones start: the deployment needs ${desired} more instances with the port free, or no new task can be placed.`
  };
}
function taskDefinitionChecks(facts) {
  const fargate = isFargateService(facts.service);
  const checks = [
    launchCompatibility(facts),
    containerLimits(facts.taskDefinition),
    portMappings(facts.taskDefinition, fargate),
    essentialContainers(facts.taskDefinition),
    loadBalancerTargets(facts),
    healthCheckValues(facts.taskDefinition),
    gracePeriodTiming(facts),
    staticHostPorts(facts)
  ].filter((c) => c !== void 0);
  return { checks, findings: [...gracePeriodFinding(facts, checks), ...hostPortFinding(facts, checks)] };
}
var INVALID_SETTINGS = /^(taskdef\.|container-health-check-command|envfile\.|efs\..*\.settings$)/;
function invalidTaskDefinitionFinding(checks) {
  const failed = checks.filter((c) => c.status === "fail" && INVALID_SETTINGS.test(c.id));
  if (failed.length === 0) return [];
  return [
    {
      code: "invalid-task-definition",
      severity: "fail",
      area: "task-definition",
      title: `The task definition cannot run on this service: ${firstSentence(failed[0].detail ?? failed[0].title)}`,
      explanation: "ECS rejects these settings when the task definition is registered or when the service launches its tasks, so the deploy would fail before any container starts.",
      evidence: failed.map((c) => c.detail ?? c.title),
      fixes: [{ title: "Correct the task definition, then render or register it again", commands: [], note: failed.map((c) => c.detail ?? c.title).join(" ") }]
    }
  ];
}
function firstSentence(text) {
  return text.split(/(?<=\.)\s/)[0].replace(/\.$/, "");
}
function gracePeriodFinding(facts, checks) {
  const timing = checks.find((c) => c.id === "taskdef.grace-period" && c.status === "warn");
  if (!timing) return [];
  const start = Math.max(60, ...containersOf(facts.taskDefinition).map((c) => c.healthCheck?.startPeriod ?? 0));
  return [
    {
      code: "elb-health-check-failed",
      severity: "warn",
      area: "task-definition",
      title: "The app may not get enough time to start before load balancer health checks count",
      explanation: "During the grace period ECS ignores failing load balancer health checks; after it, a task whose target is unhealthy is stopped and replaced.",
      evidence: [timing.detail ?? ""],
      fixes: [gracePeriodFix(facts, start)]
    }
  ];
}
function gracePeriodFix(facts, seconds) {
  return {
    title: `Give the tasks a health-check grace period (e.g. ${seconds} s) longer than the app takes to start`,
    commands: [aws(facts.region, "ecs", "update-service", "--cluster", facts.cluster, "--service", facts.serviceName, "--health-check-grace-period-seconds", seconds)]
  };
}
function hostPortFinding(facts, checks) {
  const ports = checks.find((c) => c.id === "taskdef.static-host-port" && c.status === "warn");
  if (!ports) return [];
  const desired = facts.service.desiredCount ?? 1;
  const minimum = desired > 1 ? Math.floor((desired - 1) * 100 / desired) : 0;
  return [
    {
      code: "port-conflict",
      severity: "warn",
      area: "task-definition",
      title: "New tasks may find their host port taken on every instance",
      explanation: "A fixed host port can be used by one task per container instance. Unless spare instances have it free, ECS must stop an old task before it can place a new one.",
      evidence: [ports.detail ?? ""],
      fixes: [
        {
          title: "Let the deployment stop an old task before starting its replacement",
          commands: [aws(facts.region, "ecs", "update-service", "--cluster", facts.cluster, "--service", facts.serviceName, "--deployment-configuration", `minimumHealthyPercent=${minimum},maximumPercent=100`)]
        },
        { title: "Or map the container port to a dynamic host port", commands: [], note: 'Set "hostPort": 0 in the portMappings (bridge networking) and let the load balancer target group find the port.' }
      ]
    }
  ];
}

// src/preflight/evaluate.ts
var START_ORDER = [
  "invalid-task-definition",
  "deployment-configuration-blocked",
  "role-invalid",
  "subnet-ip-exhausted",
  "network-unreachable",
  "image-pull-access-denied",
  "image-not-found",
  "image-platform-mismatch",
  "secret-not-found",
  "secret-access-denied",
  "log-config-error",
  "efs-mount-failed"
];
var AREA_OF_CODE2 = {
  "invalid-task-definition": "task-definition",
  "deployment-configuration-blocked": "task-definition",
  "role-invalid": "execution-role",
  "subnet-ip-exhausted": "network",
  "network-unreachable": "network",
  "image-pull-access-denied": "image",
  "image-not-found": "image",
  "image-platform-mismatch": "image",
  "image-pull-rate-limited": "image",
  "secret-not-found": "secrets",
  "secret-access-denied": "secrets",
  "log-config-error": "logging",
  "efs-mount-failed": "storage"
};
var CODE_OF_CHECK = [
  [/^(taskdef\.|container-health-check-command|envfile\.|efs\..*\.settings$)/, "invalid-task-definition"],
  [/^efs\./, "efs-mount-failed"],
  [/^deployment\./, "deployment-configuration-blocked"],
  [/^role\./, "role-invalid"],
  [/^iam\.ecr:/i, "image-pull-access-denied"],
  [/^iam\.logs:/i, "log-config-error"],
  [/^iam\./, "secret-access-denied"],
  [/^subnets\./, "subnet-ip-exhausted"],
  [/^elb-/, "elb-health-check-failed"],
  [/^network/, "network-unreachable"],
  [/^image\..*\.platform$/, "image-platform-mismatch"],
  [/^image\./, "image-not-found"],
  [/^secret\./, "secret-not-found"],
  [/^logs\./, "log-config-error"]
];
function codeOfCheck(ctx, check2) {
  if (check2.id === "role.execution.present" && imagesOf(ctx).some((i) => i.registry === "ecr")) return "image-pull-access-denied";
  return CODE_OF_CHECK.find(([pattern]) => pattern.test(check2.id))?.[1] ?? "unknown";
}
function evaluatePreflight(evidence, candidate) {
  const ctx = beforeDeployContext(evidence);
  const diagnosis = diagnosisChecks(evidence);
  const own = taskDefinitionChecks({
    taskDefinition: ctx.taskDefinition ?? {},
    service: evidence.service,
    loadBalancing: evidence.loadBalancing,
    cluster: ctx.cluster,
    serviceName: ctx.serviceName,
    region: ctx.region
  });
  const images = imageExtras(ctx);
  const checks = [...own.checks, ...diagnosis.checks, ...images.checks, ...environmentFileChecks(ctx.taskDefinition ?? {}), ...efsChecks(ctx)];
  const review = reviewChanges(evidence, checks);
  const allChecks = byArea([...checks, ...review.checks]);
  const permissions = permissionFindings(ctx);
  const diagnosed = diagnosis.findings.filter((f) => !permissions.some((p) => p.code === f.code));
  const found = [
    ...invalidTaskDefinitionFinding(allChecks),
    ...own.findings,
    ...diagnosed.map(asPreflightFinding),
    ...networkFindings(ctx),
    ...permissions,
    ...missingExecutionRole(ctx, allChecks),
    ...images.findings
  ];
  const findings = inStartOrder([...found, ...uncovered(ctx, allChecks, found)]);
  const result = resultOf(allChecks, findings);
  return {
    result,
    rootCause: findings.find((f) => f.severity === "fail") ?? findings[0] ?? null,
    findings,
    checks: allChecks,
    changes: review.changes,
    ...revisionLabel(evidence.previousTaskDefinition) ? { runningRevision: revisionLabel(evidence.previousTaskDefinition) } : {},
    candidate,
    notes: notesFor(evidence, candidate)
  };
}
function asPreflightFinding(finding) {
  return {
    code: finding.code,
    severity: "fail",
    area: AREA_OF_CODE2[finding.code] ?? "task-definition",
    title: finding.title,
    explanation: finding.explanation,
    evidence: finding.evidence.filter((line) => !/^No stopped task or event names it/.test(line)),
    fixes: beforeDeployFixes(finding.fixes)
  };
}
function missingExecutionRole(ctx, checks) {
  const missing = checks.some((c) => c.id === "role.execution.present" && c.status === "fail");
  if (!missing || !imagesOf(ctx).some((i) => i.registry === "ecr")) return [];
  return [asPreflightFinding(explainImagePullAccessDenied(ctx, checkGroup("image-pull-access-denied", "no execution role")))];
}
function uncovered(ctx, checks, findings) {
  const explained = new Set(findings.filter((f) => f.severity === "fail").map((f) => f.code));
  const failed = checks.filter((c) => c.status === "fail" && !explained.has(codeOfCheck(ctx, c)));
  const codes = [...new Set(failed.map((c) => codeOfCheck(ctx, c)))];
  return codes.map((code) => {
    const mine = failed.filter((c) => codeOfCheck(ctx, c) === code);
    if (code === "elb-health-check-failed") return loadBalancerFinding(ctx, mine);
    return {
      code,
      severity: "fail",
      area: mine[0].area,
      title: `Check failed: ${mine[0].title}`,
      explanation: "ECS would run into this when it starts the tasks of the deployment.",
      evidence: mine.map((c) => c.detail ?? c.title),
      fixes: []
    };
  });
}
function loadBalancerFinding(ctx, failed) {
  const finding = explainElbHealthCheck(ctx, { code: "elb-health-check-failed", classifications: [], tasks: [], events: [] });
  return {
    ...asPreflightFinding(finding),
    area: "network",
    explanation: `${finding.explanation} Before the deploy: ${failed.map((c) => c.detail ?? c.title).join(" ")}`
  };
}
function inStartOrder(findings) {
  const rank = (f) => (f.severity === "fail" ? 0 : 100) + (START_ORDER.includes(f.code) ? START_ORDER.indexOf(f.code) : START_ORDER.length);
  return findings.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
}
function byArea(checks) {
  return checks.map((c, i) => ({ c, i })).sort((a, b) => AREAS.indexOf(a.c.area) - AREAS.indexOf(b.c.area) || a.i - b.i).map(({ c }) => c);
}
function resultOf(checks, findings) {
  if (checks.some((c) => c.status === "fail") || findings.some((f) => f.severity === "fail")) return "fail";
  if (checks.some((c) => c.status === "warn") || findings.length > 0) return "warn";
  return "pass";
}
function notesFor(evidence, candidate) {
  const notes = [];
  if (evidence.iam?.simulations?.length) {
    notes.push(
      "The execution role's permissions were simulated against its own policies (iam:SimulatePrincipalPolicy). Resource policies (a secret's resource policy, a KMS key policy, an ECR repository policy) and organization policies were not checked."
    );
  }
  if (candidate.source === "file") notes.push("The task definition was checked from its file, before it is registered.");
  notes.push(
    "Causes that only show once the containers run (an app that exits, runs out of memory or fails its health checks) are out of preflight's reach: ECS Deploy Doctor's post-deploy watch names them."
  );
  return notes;
}

// src/preflight/run.ts
async function runPreflight(inputs, clients, logger, deps = {}) {
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  const fromFile = inputs.taskDefinition.kind === "file" ? await loadTaskDefinition(inputs.taskDefinition, clients.ecs) : void 0;
  await checkCredentials(clients, 0, logger, now().getTime());
  logger.startGroup("Collecting evidence");
  const { evidence, candidate } = await collectPreflightEvidence({
    clients,
    region: inputs.region,
    cluster: inputs.cluster,
    serviceName: inputs.service,
    taskDefinition: fromFile ?? inputs.taskDefinition,
    now,
    ...deps.deadlineMs !== void 0 ? { deadlineMs: deps.deadlineMs } : {}
  });
  for (const gap of evidence.unavailable ?? []) logger.info(`Check not run: ${gap.check} (${gap.api}: ${logLine(gap.error)})`);
  logger.endGroup();
  const report = evaluatePreflight(evidence, candidate);
  logger.info(`Preflight ${report.result}${report.rootCause ? ` (${report.rootCause.code}: ${logLine(report.rootCause.title)})` : ""}`);
  return { report, evidence, cluster: inputs.cluster, serviceName: inputs.service, region: inputs.region };
}

export {
  runPreflight
};
