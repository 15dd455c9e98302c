import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);

// src/inputs/inputs.ts
var ON_FAILURE = ["report", "rollback"];
var DEFAULTS = {
  timeoutMinutes: 15,
  pollIntervalSeconds: 10,
  maxFailedTasks: 2,
  logLines: 50
};
var InputError = class extends Error {
  constructor(input, message) {
    super(`Input '${input}' ${message}`);
    this.input = input;
    this.name = "InputError";
  }
  input;
};
var NAME = /^[A-Za-z0-9_-]{1,255}$/;
var ECS_ARN = (kind) => new RegExp(`^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\\d{12}:${kind}/[A-Za-z0-9_/-]{1,512}$`);
var REGION = /^[a-z]{2,4}(-[a-z]{2,4})?-(north|south|east|west|central|northeast|northwest|southeast|southwest)-\d{1,2}$/;
var DEPLOYMENT_ID = /^ecs-svc\/\d{1,25}$/;
var CODEDEPLOY_DEPLOYMENT_ID = /^d-[A-Z0-9]{9}$/;
var TASK_DEFINITION = /^(arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/)?[A-Za-z0-9_-]{1,255}:\d{1,10}$/;
function shown(value) {
  return value.length > 80 ? `'${value.slice(0, 77)}...'` : `'${value}'`;
}
function required(raw, name, accepted) {
  const value = (raw[name] ?? "").trim();
  if (value === "") throw new InputError(name, `is required: ${accepted}`);
  return value;
}
function nameOrArn(raw, name, kind) {
  const accepted = `a ${kind} name (letters, digits, '-' and '_', up to 255) or an ECS ${kind} ARN`;
  const value = required(raw, name, accepted);
  if (NAME.test(value) || ECS_ARN(kind).test(value)) return value;
  throw new InputError(name, `must be ${accepted} (got ${shown(value)})`);
}
function number(raw, name, fallback, range) {
  const text = (raw[name] ?? "").trim();
  if (text === "") return fallback;
  const kind = range.integer ? "a whole number" : "a number";
  const accepted = `must be ${kind} of ${range.unit} from ${range.min} to ${range.max}`;
  if (!/^\d+(\.\d+)?$/.test(text)) throw new InputError(name, `${accepted} (got ${shown(text)})`);
  const value = Number(text);
  if (range.integer && !Number.isInteger(value)) throw new InputError(name, `${accepted} (got ${shown(text)})`);
  if (value < range.min || value > range.max) throw new InputError(name, `${accepted} (got ${shown(text)})`);
  return value;
}
function boolean(raw, name, fallback) {
  const text = (raw[name] ?? "").trim().toLowerCase();
  if (text === "") return fallback;
  if (text === "true") return true;
  if (text === "false") return false;
  throw new InputError(name, `must be 'true' or 'false' (got ${shown(raw[name] ?? "")})`);
}
function oneOf(raw, name, accepted, fallback) {
  const text = (raw[name] ?? "").trim();
  if (text === "") return fallback;
  const value = accepted.find((a) => a === text.toLowerCase());
  if (value) return value;
  throw new InputError(name, `must be ${accepted.map((a) => `'${a}'`).join(" or ")} (got ${shown(raw[name] ?? "")})`);
}
function optional(raw, name, pattern, accepted) {
  const value = (raw[name] ?? "").trim();
  if (value === "") return void 0;
  if (!pattern.test(value)) throw new InputError(name, `must be ${accepted} (got ${shown(value)})`);
  return value;
}
function region(raw, env) {
  const accepted = "an AWS region code such as 'eu-west-1'";
  const value = (raw.region ?? "").trim() || env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || "";
  if (value === "")
    throw new InputError(
      "region",
      `is required when AWS_REGION is not set (aws-actions/configure-aws-credentials sets it): ${accepted}`
    );
  if (!REGION.test(value)) throw new InputError("region", `must be ${accepted} (got ${shown(value)})`);
  return value;
}
var MAX_SERVICES = 50;
function serviceList(raw) {
  const accepted = "a service name (letters, digits, '-' and '_', up to 255) or an ECS service ARN";
  const items = (raw.service ?? "").split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "");
  if (items.length === 0) throw new InputError("service", `is required: ${accepted}; several may be given, comma- or newline-separated`);
  if (items.length > MAX_SERVICES) throw new InputError("service", `names ${items.length} services; at most ${MAX_SERVICES} are accepted`);
  for (const item of items) nameOrArn({ service: item }, "service", "service");
  const names = items.map(resourceName);
  const second = names.findIndex((name, i) => names.indexOf(name) !== i);
  if (second >= 0) {
    const first = names.indexOf(names[second]);
    const why = items[first] === items[second] ? "" : " (a name and an ARN of one service count as the same)";
    throw new InputError("service", `names '${names[second]}' twice${why}`);
  }
  return items;
}
function resourceName(nameOrArn2) {
  return nameOrArn2.startsWith("arn:") ? nameOrArn2.slice(nameOrArn2.lastIndexOf("/") + 1) : nameOrArn2;
}
function parseInputs(raw, env = process.env) {
  const services = serviceList(raw);
  const inputs = {
    cluster: nameOrArn(raw, "cluster", "cluster"),
    service: services[0],
    services,
    region: region(raw, env),
    deploymentId: optional(raw, "deployment-id", DEPLOYMENT_ID, "an ECS deployment id such as 'ecs-svc/1234567890123456789'"),
    taskDefinition: optional(
      raw,
      "task-definition",
      TASK_DEFINITION,
      "a task definition ARN or 'family:revision' such as 'api:42'"
    ),
    codeDeployDeploymentId: optional(
      raw,
      "codedeploy-deployment-id",
      CODEDEPLOY_DEPLOYMENT_ID,
      "a CodeDeploy deployment id such as 'd-A1B2C3D4E'"
    ),
    timeoutMinutes: number(raw, "timeout-minutes", DEFAULTS.timeoutMinutes, {
      min: 0.1,
      max: 360,
      integer: false,
      unit: "minutes"
    }),
    pollIntervalSeconds: number(raw, "poll-interval-seconds", DEFAULTS.pollIntervalSeconds, {
      min: 2,
      max: 300,
      integer: false,
      unit: "seconds"
    }),
    maxFailedTasks: number(raw, "max-failed-tasks", DEFAULTS.maxFailedTasks, {
      min: 1,
      max: 100,
      integer: true,
      unit: "tasks"
    }),
    githubToken: (raw["github-token"] ?? "").trim(),
    commentOnPr: boolean(raw, "comment-on-pr", true),
    logLines: number(raw, "log-lines", DEFAULTS.logLines, { min: 1, max: 1e4, integer: true, unit: "lines" }),
    onFailure: oneOf(raw, "on-failure", ON_FAILURE, "report")
  };
  if (services.length > 1) {
    for (const name of ["deployment-id", "task-definition", "codedeploy-deployment-id"])
      if ((raw[name] ?? "").trim() !== "")
        throw new InputError(name, `applies to one service, but 'service' names ${services.length}; leave it empty to follow each service's PRIMARY deployment`);
  }
  return inputs;
}
var INPUT_NAMES = [
  "cluster",
  "service",
  "region",
  "deployment-id",
  "task-definition",
  "codedeploy-deployment-id",
  "timeout-minutes",
  "poll-interval-seconds",
  "max-failed-tasks",
  "github-token",
  "comment-on-pr",
  "log-lines",
  "on-failure"
];

export {
  InputError,
  resourceName,
  parseInputs,
  INPUT_NAMES
};
