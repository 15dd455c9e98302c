import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  FAIL_ON
} from "./chunk-LYOK4SNK.js";
import {
  errorMessage,
  errorName
} from "./chunk-H72JYIFK.js";
import {
  InputError,
  parseInputs
} from "./chunk-HTFDHZIM.js";

// src/preflight/errors.ts
var PreflightError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "PreflightError";
  }
};
function deniedError(action, error) {
  return new PreflightError(
    `The AWS role of this step is not allowed ${action} (${errorName(error)}: ${errorMessage(error)}). Add it to the role the workflow assumes; see the preflight IAM policy in the README's "Before the deploy" section.`
  );
}

// src/preflight/inputs.ts
var PREFLIGHT_INPUT_NAMES = ["cluster", "service", "task-definition", "region", "fail-on", "github-token", "comment-on-pr"];
var REGISTERED = /^(arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/)?[A-Za-z0-9_-]{1,255}:\d{1,10}$/;
var TASK_DEFINITION_ACCEPTED = "a task definition JSON file (as aws-actions/amazon-ecs-render-task-definition writes it), a task definition ARN, or 'family:revision' such as 'api:42'";
function taskDefinition(raw) {
  const value = (raw["task-definition"] ?? "").trim();
  if (value === "") throw new InputError("task-definition", `is required: ${TASK_DEFINITION_ACCEPTED}`);
  if (REGISTERED.test(value)) return { kind: "registered", reference: value };
  if (value.startsWith("arn:")) throw new InputError("task-definition", `must be ${TASK_DEFINITION_ACCEPTED} (got '${value.slice(0, 80)}')`);
  return { kind: "file", path: value };
}
function failOn(raw) {
  const value = (raw["fail-on"] ?? "").trim().toLowerCase();
  if (value === "") return "error";
  const accepted = FAIL_ON.find((a) => a === value);
  if (accepted) return accepted;
  throw new InputError("fail-on", `must be 'error' or 'warning' (got '${(raw["fail-on"] ?? "").slice(0, 80)}')`);
}
function parsePreflightInputs(raw, env = process.env) {
  const shared = parseInputs(
    { cluster: raw.cluster, service: raw.service, region: raw.region, "github-token": raw["github-token"], "comment-on-pr": raw["comment-on-pr"] },
    env
  );
  if (shared.services.length > 1) {
    throw new InputError("service", `names ${shared.services.length} services; preflight checks one service and its task definition per step`);
  }
  return {
    cluster: shared.cluster,
    service: shared.service,
    region: shared.region,
    taskDefinition: taskDefinition(raw),
    failOn: failOn(raw),
    githubToken: shared.githubToken,
    commentOnPr: shared.commentOnPr
  };
}

export {
  PreflightError,
  deniedError,
  PREFLIGHT_INPUT_NAMES,
  TASK_DEFINITION_ACCEPTED,
  parsePreflightInputs
};
