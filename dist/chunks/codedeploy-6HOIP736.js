import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  awaitingLine,
  continueCodeDeploy,
  deniedFor,
  stopCodeDeploy
} from "./chunk-TQAJBLFR.js";
import {
  toJson
} from "./chunk-GNSVWLU3.js";
import {
  shortTaskDefinition
} from "./chunk-UG42X6BT.js";
import {
  GetDeployment$,
  GetDeploymentTarget$,
  ListDeployments$,
  commonParams
} from "./chunk-Y4TKEPZ7.js";
import "./chunk-Z5V2ILVB.js";
import "./chunk-CYU2FCNN.js";
import {
  failedLifecycleEvent,
  lifecycleSpans
} from "./chunk-5IFUUPIR.js";
import {
  errorName,
  isAccessDenied
} from "./chunk-H72JYIFK.js";
import {
  WatchError
} from "./chunk-DLONW2YK.js";
import {
  getEndpointPlugin,
  makeBuilder
} from "./chunk-3BRKJ3XX.js";
import "./chunk-7EKYNA33.js";
import "./chunk-FJAKXPKF.js";
import "./chunk-UZE5WIRC.js";

// node_modules/@aws-sdk/client-codedeploy/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "CodeDeploy_20141006", "CodeDeployClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-codedeploy/dist-es/commands/GetDeploymentCommand.js
var GetDeploymentCommand = class extends command(_ep0, _mw0, "GetDeployment", GetDeployment$) {
};

// node_modules/@aws-sdk/client-codedeploy/dist-es/commands/GetDeploymentTargetCommand.js
var GetDeploymentTargetCommand = class extends command(_ep0, _mw0, "GetDeploymentTarget", GetDeploymentTarget$) {
};

// node_modules/@aws-sdk/client-codedeploy/dist-es/commands/ListDeploymentsCommand.js
var ListDeploymentsCommand = class extends command(_ep0, _mw0, "ListDeployments", ListDeployments$) {
};

// src/watch/strategy/codedeploy-facts.ts
var CODEDEPLOY_DEPLOYMENT_ID = /^d-[A-Z0-9]{9}$/;
function defaultDeploymentGroup(cluster, service) {
  return { applicationName: `AppECS-${cluster}-${service}`, deploymentGroupName: `DgpECS-${cluster}-${service}` };
}
function greenTaskSetId(target) {
  return (target?.taskSetsInfo ?? []).find((t) => t.taskSetLabel === "Green")?.identifer;
}
function failureText(info, target) {
  const event = failedLifecycleEvent(target);
  const error = info.errorInformation;
  const parts = [
    event ? `lifecycle event ${event.lifecycleEventName} failed` : "",
    error?.code ? `${error.code}: ${error.message ?? ""}`.trim() : ""
  ].filter(Boolean);
  return parts.join("; ") || "no reason given";
}
function codeDeployDecision(info, target) {
  const id = info?.deploymentId ?? "the CodeDeploy deployment";
  switch (info?.status) {
    case "Succeeded":
      return { verdict: "stable", reason: `CodeDeploy deployment ${id} Succeeded: the replacement task set serves production traffic` };
    case "Failed":
    case "Stopped": {
      const rollback = info.rollbackInfo?.rollbackDeploymentId;
      const why = failureText(info, target);
      if (rollback)
        return { verdict: "rolled-back", reason: `CodeDeploy deployment ${id} ${info.status} (${why}) and was rolled back by deployment ${rollback}` };
      return { verdict: "failed", reason: `CodeDeploy deployment ${id} ${info.status}: ${why}` };
    }
    default:
      return null;
  }
}
function readyToReroute(info, region) {
  if (info?.status !== "Ready" || !info.deploymentId) return null;
  return {
    kind: "codedeploy-ready",
    stage: "Ready",
    continueCommand: continueCodeDeploy(info.deploymentId, region),
    rollbackCommand: stopCodeDeploy(info.deploymentId, region)
  };
}
function currentEvent(target) {
  const events = target?.lifecycleEvents ?? [];
  const current = events.find((e) => e.status === "Failed") ?? events.find((e) => e.status === "InProgress") ?? [...events].reverse().find((e) => e.status === "Succeeded");
  return current?.lifecycleEventName;
}
function codeDeployProgress(info, target) {
  if (!info && !target) return void 0;
  const parts = [`CodeDeploy ${info?.deploymentId ?? target?.deploymentId ?? ""} ${info?.status ?? target?.status ?? "unknown"}`.replace(/\s+/g, " ")];
  const event = currentEvent(target);
  if (event) parts.push(`lifecycle event ${event}`);
  for (const label of ["Green", "Blue"]) {
    const set = (target?.taskSetsInfo ?? []).find((t) => t.taskSetLabel === label);
    if (set) parts.push(`${label.toLowerCase()} ${set.runningCount ?? 0}/${set.desiredCount ?? 0} running (${set.trafficWeight ?? 0}% traffic)`);
  }
  return parts.join(", ");
}
function codeDeployStage(target) {
  return currentEvent(target);
}
function appSpecHookFunctions(info) {
  const content = info?.revision?.appSpecContent?.content ?? info?.revision?.string?.content ?? "";
  const hooks = {};
  const pattern = /["']?(BeforeInstall|AfterInstall|AfterAllowTestTraffic|BeforeAllowTraffic|AfterAllowTraffic)["']?\s*:\s*["']?([\w.:$-]+)["']?/g;
  for (const [, event, fn] of content.matchAll(pattern)) hooks[event] ??= fn;
  return hooks;
}

// src/watch/strategy/codedeploy.ts
var IN_FLIGHT = ["Created", "Queued", "InProgress", "Baking", "Ready"];
var REREAD_EVERY_POLLS = 6;
var NOT_LISTED = ", no longer listed";
function lastSegment(value) {
  return value?.split("/").pop() ?? "";
}
var CodeDeployPlan = class {
  constructor(strategy, options) {
    this.strategy = strategy;
    this.options = options;
  }
  strategy;
  options;
  deploymentId = "";
  ownerId = "";
  info;
  target;
  targetKey = "";
  polls = 0;
  awaiting = null;
  announced = /* @__PURE__ */ new Set();
  service;
  client() {
    if (!this.options.codedeploy) throw new WatchError("A CodeDeploy client is needed to follow a CODE_DEPLOY service.");
    return this.options.codedeploy();
  }
  get call() {
    return { abortSignal: this.options.signal };
  }
  async follow(service) {
    this.service = service;
    this.deploymentId = this.options.codeDeployDeploymentId ?? await this.discover(service);
    await this.readDeployment();
    await this.readTarget();
    this.ownerId = greenTaskSetId(this.target) ?? this.taskSetOfDeployment(service)?.id ?? "";
    const taskSet = (service.taskSets ?? []).find((t) => t.id === this.ownerId);
    const replacement = this.ownerId ? `replacement task set ${this.ownerId} ${shortTaskDefinition(taskSet?.taskDefinition)}` : void 0;
    return {
      deploymentId: this.ownerId,
      taskDefinitionArn: taskSet?.taskDefinition,
      createdAt: taskSet?.createdAt ?? this.info?.createTime,
      previousTaskDefinitions: (service.taskSets ?? []).filter((t) => t.id !== this.ownerId && t.taskDefinition).map((t) => t.taskDefinition),
      label: `CodeDeploy deployment ${this.deploymentId}`,
      ...replacement ? { detail: replacement } : {}
    };
  }
  async poll(service) {
    this.service = service;
    this.polls += 1;
    const before = this.targetKey;
    await this.readTarget();
    if (this.targetKey !== before || this.polls % REREAD_EVERY_POLLS === 0) await this.readDeployment();
    this.ownerId ||= greenTaskSetId(this.target) ?? this.taskSetOfDeployment(service)?.id ?? "";
  }
  taskOwnerId() {
    return this.ownerId;
  }
  reportedId() {
    return this.ownerId || this.deploymentId;
  }
  decide(rolling, _observation) {
    const own = codeDeployDecision(this.info, this.target);
    if (own && own.verdict !== "stable") return own;
    if (rolling && rolling.verdict !== "stable") return rolling;
    return own;
  }
  progress(base) {
    const own = codeDeployProgress(this.info, this.target);
    if (!this.ownerId && own) return `${this.service?.serviceName ?? this.options.service}: ${own}`;
    const line = base.replace(NOT_LISTED, "");
    return own ? `${line}; ${own}` : line;
  }
  timeoutDetail() {
    if (this.awaiting) return awaitingLine(this.awaiting);
    const event = codeDeployStage(this.target);
    const status = this.info?.status ?? this.target?.status ?? "unknown";
    const rerouted = (this.target?.lifecycleEvents ?? []).some((e) => e.lifecycleEventName === "AllowTraffic" && e.status === "Succeeded");
    const wait = rerouted && status === "InProgress" ? "; traffic is rerouted and CodeDeploy waits out the original task set's termination wait" : "";
    return `CodeDeploy deployment ${this.deploymentId} was ${status}${event ? ` at lifecycle event ${event}` : ""}${wait}; raise timeout-minutes to wait for the verdict`;
  }
  changeKey() {
    return `${this.targetKey}|${this.info?.status ?? ""}`;
  }
  evidence() {
    const names = this.info ? { applicationName: this.info.applicationName, deploymentGroupName: this.info.deploymentGroupName } : {};
    const hookFunctions = appSpecHookFunctions(this.info);
    const taskSet = (this.service?.taskSets ?? []).find((t) => t.id === this.ownerId);
    const stages = lifecycleSpans(this.target);
    return {
      ...this.strategy,
      codeDeploy: {
        deploymentId: this.deploymentId,
        ...names,
        ...this.info ? { deployment: withoutAppSpec(this.info) } : {},
        ...this.target ? { target: this.target } : {},
        ...Object.keys(hookFunctions).length > 0 ? { hookFunctions } : {}
      },
      ...stages.length > 0 ? { stages } : {},
      ...taskSet ? { taskSet } : {},
      ...this.awaiting ? { awaiting: this.awaiting } : {}
    };
  }
  /** The replacement task set CodeDeploy made for this deployment: its externalId is the deployment id. */
  taskSetOfDeployment(service) {
    return (service.taskSets ?? []).find((t) => t.externalId === this.deploymentId && t.startedBy === "CODE_DEPLOY");
  }
  /**
   * The in-flight deployment of the service's deployment group (the console's and the official action's
   * default names), else the newest task set CodeDeploy made.
   */
  async discover(service) {
    const cluster = lastSegment(service.clusterArn) || lastSegment(this.options.cluster);
    const name = service.serviceName ?? lastSegment(this.options.service);
    const group = defaultDeploymentGroup(cluster, name);
    try {
      const listed = await (await this.client()).send(new ListDeploymentsCommand({ ...group, includeOnlyStatuses: IN_FLIGHT }), this.call);
      const found = listed.deployments?.[0];
      if (found) return found;
    } catch (error) {
      if (isAccessDenied(error)) this.options.logger.warning(`codedeploy:ListDeployments was denied (${errorName(error)}); looking for the deployment in the service's task sets.`);
      else if (!/DoesNotExist/.test(errorName(error))) throw error;
    }
    const newest = [...service.taskSets ?? []].filter((t) => CODEDEPLOY_DEPLOYMENT_ID.test(t.externalId ?? "")).sort((a, b) => Date.parse(b.createdAt ?? "") - Date.parse(a.createdAt ?? ""))[0];
    if (newest?.externalId) return newest.externalId;
    throw new WatchError(
      `${name} uses the CODE_DEPLOY deployment controller, and no CodeDeploy deployment of it was found (deployment group ${group.applicationName}/${group.deploymentGroupName} has none in progress, and no task set names one). Pass the deploy step's 'codedeploy-deployment-id' output as the 'codedeploy-deployment-id' input.`
    );
  }
  async readDeployment() {
    try {
      const output = await (await this.client()).send(new GetDeploymentCommand({ deploymentId: this.deploymentId }), this.call);
      this.info = output.deploymentInfo ? toJson(output.deploymentInfo) : this.info;
    } catch (error) {
      if (isAccessDenied(error)) throw deniedFor("codedeploy:GetDeployment", "following a CodeDeploy deployment needs", error);
      if (/DoesNotExist/.test(errorName(error)))
        throw new WatchError(`CodeDeploy deployment ${this.deploymentId} does not exist in this region. Check the 'codedeploy-deployment-id' and 'region' inputs.`);
      throw error;
    }
    this.awaiting = readyToReroute(this.info, this.options.region);
    if (this.awaiting && !this.announced.has("Ready")) {
      this.announced.add("Ready");
      this.options.logger.warning(`Waiting for approval: ${awaitingLine(this.awaiting)}`);
    }
  }
  async readTarget() {
    const service = this.service;
    const targetId = `${lastSegment(service?.clusterArn) || lastSegment(this.options.cluster)}:${service?.serviceName ?? lastSegment(this.options.service)}`;
    try {
      const output = await (await this.client()).send(new GetDeploymentTargetCommand({ deploymentId: this.deploymentId, targetId }), this.call);
      const ecsTarget = output.deploymentTarget?.ecsTarget;
      if (ecsTarget) this.target = toJson(ecsTarget);
    } catch (error) {
      if (isAccessDenied(error)) throw deniedFor("codedeploy:GetDeploymentTarget", "following a CodeDeploy deployment needs", error);
      if (!/DoesNotExist|InvalidDeploymentTarget/.test(errorName(error))) throw error;
    }
    const events = (this.target?.lifecycleEvents ?? []).map((e) => `${e.lifecycleEventName}=${e.status}`);
    const sets = (this.target?.taskSetsInfo ?? []).map((t) => `${t.identifer}:${t.runningCount}/${t.desiredCount}:${t.trafficWeight}`);
    this.targetKey = [this.target?.status, ...events, ...sets].join("|");
  }
};
function withoutAppSpec(info) {
  if (!info.revision) return info;
  const { appSpecContent: _content, string: _string, ...revision } = info.revision;
  return { ...info, revision };
}
export {
  CodeDeployPlan
};
