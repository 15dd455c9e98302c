import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  DescribeServiceDeploymentsCommand,
  ListServiceDeploymentsCommand,
  toJson
} from "./chunk-GNSVWLU3.js";
import {
  formatDuration,
  shortTaskDefinition
} from "./chunk-UG42X6BT.js";
import {
  isStopped
} from "./chunk-CYU2FCNN.js";
import {
  rollbackCause,
  strategyLabel
} from "./chunk-5IFUUPIR.js";
import {
  errorMessage,
  errorName,
  isAccessDenied
} from "./chunk-H72JYIFK.js";
import {
  WatchError
} from "./chunk-DLONW2YK.js";

// src/watch/strategy/errors.ts
function deniedFor(action, why, error) {
  return new WatchError(
    `The action's AWS role is not allowed ${action}, which ${why} (${errorName(error)}: ${errorMessage(error)}). Add it to the role the workflow assumes; see the IAM policy in the README.`
  );
}

// src/watch/evaluate.ts
var FARGATE_PENDING_LIMIT_MS = 3 * 6e4;
function findDeployment(service, id) {
  return service.deployments?.find((d) => d.id === id);
}
function failureSignatures(stops) {
  const bySignature = /* @__PURE__ */ new Map();
  for (const { classification } of stops) {
    const entry = bySignature.get(classification.signature) ?? {
      signature: classification.signature,
      count: 0,
      deterministic: classification.deterministic
    };
    entry.count += 1;
    bySignature.set(classification.signature, entry);
  }
  return [...bySignature.values()].sort((a, b) => b.count - a.count);
}
function failedStops(tasks, classifier) {
  if (!classifier) return [];
  return tasks.filter(isStopped).map((task) => ({ task, classification: classifier.classify(task) })).filter((stop) => stop.classification.failure);
}
function rollbackDecision(service, baseline, ours) {
  const id = baseline.deploymentId;
  if (ours?.rolloutState === "FAILED") {
    const primary2 = service.deployments?.find((d) => d.status === "PRIMARY" && d.id !== id);
    const target = primary2 ? ` and rolled back to ${primary2.id} (${shortTaskDefinition(primary2.taskDefinition)})` : "";
    return {
      verdict: "rolled-back",
      reason: `The deployment circuit breaker marked ${id} FAILED${target}: ${ours.rolloutStateReason ?? "no reason given"}`
    };
  }
  const primary = service.deployments?.find((d) => d.status === "PRIMARY");
  if (!primary || primary.id === id) return null;
  const rolledBack = baseline.previousTaskDefinitions.includes(primary.taskDefinition ?? "") || (service.events ?? []).some((e) => /rolling back to deployment/i.test(e.message ?? ""));
  if (rolledBack)
    return {
      verdict: "rolled-back",
      reason: `${id} was replaced by a rollback to ${primary.id} (${shortTaskDefinition(primary.taskDefinition)}); the service now runs the old revision`
    };
  return {
    verdict: "failed",
    reason: `${id} was superseded by a newer deployment ${primary.id} (${shortTaskDefinition(primary.taskDefinition)}) before it completed`
  };
}
function failureDecision(stops, baseline, anyRunning) {
  for (const signature of failureSignatures(stops)) {
    const threshold = signature.deterministic ? 1 : baseline.maxFailedTasks;
    if (signature.count < threshold) continue;
    const placement = stops.find((s) => s.classification.signature === signature.signature)?.classification.placement;
    const tasks = signature.count === 1 ? "1 task" : `${signature.count} tasks`;
    const kind = signature.deterministic ? "a failure that repeats on every start" : "the same failure";
    if (placement && !anyRunning)
      return { verdict: "stuck", reason: `${tasks} of ${baseline.deploymentId} could not be placed: ${signature.signature}` };
    return { verdict: "failed", reason: `${tasks} of ${baseline.deploymentId} stopped with ${kind}: ${signature.signature}` };
  }
  return null;
}
function stuckDecision(observation, baseline, ours, launchBlock) {
  const anyRunning = observation.tasks.some((t) => t.lastStatus === "RUNNING") || (ours?.runningCount ?? 0) > 0;
  if (anyRunning) return null;
  if (launchBlock && launchBlock.forMs >= baseline.launchBlockWindowMs)
    return {
      verdict: "stuck",
      reason: `No task of ${baseline.deploymentId} is running and none has progressed for ${formatDuration(launchBlock.forMs)}: ${launchBlock.message}`
    };
  const waiting = observation.tasks.filter(
    (t) => onFargate(t) && (t.lastStatus === "PROVISIONING" || t.lastStatus === "PENDING") && !pulling(t) && observation.nowMs - Date.parse(t.createdAt ?? "") > FARGATE_PENDING_LIMIT_MS
  );
  if (waiting.length > 0)
    return {
      verdict: "stuck",
      reason: `${waiting.length} task(s) of ${baseline.deploymentId} have been ${waiting[0].lastStatus} for over 3 minutes`
    };
  return null;
}
function onFargate(task) {
  return task.launchType === "FARGATE" || /^FARGATE/.test(task.capacityProviderName ?? "");
}
function pulling(task) {
  return Boolean(task.pullStartedAt) && !task.pullStoppedAt;
}
function isStable(service, ours) {
  if (!ours || service.deployments?.length !== 1) return false;
  const running = ours.runningCount ?? 0;
  return running === (ours.desiredCount ?? -1) && (ours.pendingCount ?? 0) === 0 && (ours.rolloutState === void 0 || ours.rolloutState === "COMPLETED");
}
function evaluate({ observation, baseline, stops, launchBlock }) {
  const { service } = observation;
  if (service.status === "INACTIVE" || service.status === "DRAINING")
    return { verdict: "failed", reason: `The service became ${service.status} (deleted) while ${baseline.deploymentId} was deploying` };
  const ours = findDeployment(service, baseline.deploymentId);
  const anyRunning = observation.tasks.some((t) => t.lastStatus === "RUNNING");
  const decision = rollbackDecision(service, baseline, ours) ?? failureDecision(stops, baseline, anyRunning) ?? stuckDecision(observation, baseline, ours, launchBlock);
  if (decision) return decision;
  if (isStable(service, ours))
    return {
      verdict: "stable",
      reason: `${baseline.deploymentId} is the only deployment with ${ours?.runningCount}/${ours?.desiredCount} tasks running${ours?.rolloutState ? ` (${ours.rolloutState})` : ""}`
    };
  return null;
}

// src/watch/choose.ts
var DeploymentGoneError = class extends WatchError {
  constructor(deploymentId, message) {
    super(message);
    this.deploymentId = deploymentId;
  }
  deploymentId;
};
function goneDeploymentDecision(deploymentId, status, reason) {
  const why = reason ? `: ${reason}` : "";
  if (status?.startsWith("ROLLBACK_"))
    return { verdict: "rolled-back", reason: `${deploymentId} was rolled back before the watch started (${status})${why}` };
  if (status === "STOPPED" || status === "STOP_REQUESTED")
    return { verdict: "failed", reason: `${deploymentId} was stopped (${status})${why}` };
  return null;
}
function taskDefinitionMatches(arn, wanted) {
  if (!arn) return false;
  return arn === wanted || arn.endsWith(`/${wanted}`);
}
function describeDeployments(service) {
  return (service.deployments ?? []).map((d) => `${d.id} (${d.status}, ${shortTaskDefinition(d.taskDefinition)})`).join(", ") || "none";
}
function chooseDeployment(service, deploymentId, taskDefinition) {
  const name = service.serviceName ?? "the service";
  if (deploymentId) {
    const found = findDeployment(service, deploymentId);
    if (!found)
      throw new DeploymentGoneError(
        deploymentId,
        `Input 'deployment-id' ${deploymentId} is not a current deployment of ${name}; its deployments are ${describeDeployments(service)}.`
      );
    if (taskDefinition && !taskDefinitionMatches(found.taskDefinition, taskDefinition))
      throw new WatchError(
        `Deployment ${deploymentId} runs ${shortTaskDefinition(found.taskDefinition)}, not the 'task-definition' input ${taskDefinition}.`
      );
    return found;
  }
  if (taskDefinition) {
    const found = service.deployments?.find((d) => taskDefinitionMatches(d.taskDefinition, taskDefinition));
    if (!found)
      throw new WatchError(
        `No deployment of ${name} runs the 'task-definition' input ${taskDefinition}; its deployments are ${describeDeployments(service)}. Was the deploy step skipped, or did ECS already roll it back?`
      );
    return found;
  }
  const primary = service.deployments?.find((d) => d.status === "PRIMARY");
  if (!primary) throw new WatchError(`${name} has no PRIMARY deployment to follow.`);
  return primary;
}

// src/watch/strategy/detect.ts
var ECS_STRATEGIES = ["ROLLING", "BLUE_GREEN", "LINEAR", "CANARY"];
function detectStrategy(service) {
  const controller = service.deploymentController?.type ?? "ECS";
  if (controller === "CODE_DEPLOY" || controller === "EXTERNAL") return { controller, kind: controller };
  const configuration = service.deploymentConfiguration;
  const named = configuration?.strategy;
  const kind = named && ECS_STRATEGIES.includes(named) ? named : "ROLLING";
  const alarms = configuration?.alarms;
  const names = (alarms?.alarmNames ?? []).filter((n) => typeof n === "string");
  return {
    controller: "ECS",
    kind,
    ...alarms?.enable && names.length > 0 ? { alarms: { names, rollback: alarms.rollback === true } } : {}
  };
}
function isPlainRolling(strategy) {
  return strategy.kind === "ROLLING" && !strategy.alarms;
}

// src/watch/strategy/rolling.ts
function followedFrom(service, deployment) {
  return {
    deploymentId: deployment.id ?? "",
    taskDefinitionArn: deployment.taskDefinition,
    createdAt: deployment.createdAt,
    previousTaskDefinitions: (service.deployments ?? []).filter((d) => d.id !== deployment.id && d.taskDefinition).map((d) => d.taskDefinition),
    label: deployment.id ?? "",
    detail: shortTaskDefinition(deployment.taskDefinition)
  };
}
var RollingPlan = class {
  constructor(strategy, options) {
    this.strategy = strategy;
    this.options = options;
  }
  strategy;
  options;
  followedId = "";
  async follow(service) {
    const deployment = chooseDeployment(service, this.options.deploymentId, this.options.taskDefinition);
    this.followedId = deployment.id ?? "";
    return followedFrom(service, deployment);
  }
  async poll() {
  }
  taskOwnerId() {
    return this.followedId;
  }
  reportedId() {
    return this.followedId;
  }
  decide(rolling) {
    return rolling;
  }
  progress(base) {
    return base;
  }
  timeoutDetail() {
    return void 0;
  }
  changeKey() {
    return "";
  }
  evidence() {
    return { ...this.strategy };
  }
};

// src/watch/strategy/commands.ts
function word(value) {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
function line(...words) {
  return words.map(word).join(" ");
}
function continueServiceDeployment(arn, hookId, action, region) {
  return line("aws", "ecs", "continue-service-deployment", "--service-deployment-arn", arn, "--hook-id", hookId, "--action", action, "--region", region);
}
function continueCodeDeploy(deploymentId, region) {
  return line("aws", "deploy", "continue-deployment", "--deployment-id", deploymentId, "--deployment-wait-type", "READY_WAIT", "--region", region);
}
function stopCodeDeploy(deploymentId, region) {
  return line("aws", "deploy", "stop-deployment", "--deployment-id", deploymentId, "--auto-rollback-enabled", "--region", region);
}

// src/watch/strategy/service-deployment.ts
var ROLLING_BACK = /* @__PURE__ */ new Set(["ROLLBACK_REQUESTED", "ROLLBACK_IN_PROGRESS", "ROLLBACK_SUCCESSFUL"]);
function reasonText(sd) {
  const text = sd.statusReason ?? sd.rollback?.reason;
  return text ? `: ${text}` : "";
}
function atStage(sd) {
  return sd.lifecycleStage ? ` at ${sd.lifecycleStage}` : "";
}
function serviceDeploymentDecision(sd, deploymentId, kind) {
  const status = sd?.status;
  if (!sd || !status) return null;
  if (status === "SUCCESSFUL") {
    const after = kind === "ROLLING" ? "" : " after its bake time and clean-up";
    return { verdict: "stable", reason: `The service deployment of ${deploymentId} is SUCCESSFUL${after}` };
  }
  if (ROLLING_BACK.has(status))
    return { verdict: "rolled-back", reason: `ECS rolled ${deploymentId} back${atStage(sd)} because ${rollbackCause(sd)} (${status})${reasonText(sd)}` };
  if (status === "ROLLBACK_FAILED")
    return { verdict: "failed", reason: `ECS could not roll ${deploymentId} back (ROLLBACK_FAILED)${reasonText(sd)}` };
  if (status === "STOPPED" || status === "STOP_REQUESTED")
    return { verdict: "failed", reason: `The service deployment of ${deploymentId} was stopped${atStage(sd)} (${status})${reasonText(sd)}` };
  return null;
}
function pausedHook(sd, region) {
  const hook = (sd?.lifecycleHookDetails ?? []).find((h) => h.targetType === "PAUSE" && h.status === "AWAITING_ACTION");
  const arn = sd?.serviceDeploymentArn;
  if (!hook?.hookId || !arn) return null;
  const continueWith = (action) => continueServiceDeployment(arn, hook.hookId, action, region);
  return {
    kind: "pause-hook",
    stage: sd?.lifecycleStage ?? "unknown stage",
    hookId: hook.hookId,
    ...hook.expiresAt ? { expiresAt: hook.expiresAt } : {},
    ...hook.timeoutAction ? { timeoutAction: hook.timeoutAction } : {},
    continueCommand: continueWith("CONTINUE"),
    rollbackCommand: continueWith("ROLLBACK")
  };
}
function percent(value) {
  return `${Math.round((value ?? 0) * 10) / 10}%`;
}
function trafficSplit(sd) {
  const target = sd?.targetServiceRevision;
  if (target?.requestedProductionTrafficWeight === void 0 && target?.requestedTestTrafficWeight === void 0) return void 0;
  const production = target.requestedProductionTrafficWeight ?? 0;
  const parts = [`production ${percent(production)} green / ${percent(100 - production)} blue`];
  if (target.requestedTestTrafficWeight !== void 0) parts.push(`test ${percent(target.requestedTestTrafficWeight)} green`);
  return parts.join(", ");
}
function serviceDeploymentProgress(sd) {
  if (!sd) return void 0;
  const parts = [`service deployment ${sd.status ?? "unknown"}`];
  if (sd.lifecycleStage) parts.push(`stage ${sd.lifecycleStage}`);
  const traffic = trafficSplit(sd);
  if (traffic) parts.push(traffic);
  const green = sd.targetServiceRevision;
  if (green && sd.lifecycleStage) parts.push(`green ${green.runningTaskCount ?? 0}/${green.requestedTaskCount ?? 0} running`);
  const blue = (sd.sourceServiceRevisions ?? []).reduce((n, r) => n + (r.runningTaskCount ?? 0), 0);
  if (sd.lifecycleStage && (sd.sourceServiceRevisions ?? []).length > 0) parts.push(`blue ${blue} running`);
  if (sd.alarms?.status && sd.alarms.status !== "DISABLED") parts.push(`alarms ${sd.alarms.status}`);
  return parts.join(", ");
}
function isServiceDeploymentOf(sd, deploymentId) {
  const digits = deploymentId.replace(/^ecs-svc\//, "");
  return Boolean(digits) && (sd?.targetServiceRevision?.arn?.endsWith(`/${digits}`) ?? false);
}

// src/watch/strategy/stages.ts
var StageRecorder = class {
  spans = [];
  /** Records `stage` at `atMs` (and green's production traffic then); a new stage ends the previous one. */
  observe(stage, atMs, greenTrafficPercent) {
    if (!stage) return;
    let last = this.spans[this.spans.length - 1];
    if (last?.stage !== stage) {
      const at = new Date(atMs).toISOString();
      if (last) last.endedAt = at;
      last = { stage, startedAt: at };
      this.spans.push(last);
    }
    if (greenTrafficPercent !== void 0) last.greenTrafficPercent = greenTrafficPercent;
  }
  /** Ends the current stage (the deployment finished). */
  close(atMs) {
    const last = this.spans[this.spans.length - 1];
    if (last && !last.endedAt) last.endedAt = new Date(atMs).toISOString();
  }
  current() {
    return this.spans[this.spans.length - 1]?.stage;
  }
  list() {
    return this.spans.map((span) => ({ ...span }));
  }
};

// src/watch/strategy/ecs-native.ts
var DESCRIBE_LIMIT = 20;
var ServiceDeploymentPlan = class {
  constructor(strategy, options) {
    this.strategy = strategy;
    this.options = options;
  }
  strategy;
  options;
  followedId = "";
  arn;
  current;
  /** The last DescribeServiceDeployments failed: a rollback the service shows waits for the next read to be named. */
  stale = false;
  /** The service deployment cannot be read (not found, or ROLLING+alarms without the permission): tasks alone decide. */
  degraded = false;
  /** Why it is degraded, until the warning that says so could name the deployment. */
  degradedBecause;
  awaiting = null;
  announced = /* @__PURE__ */ new Set();
  stages = new StageRecorder();
  service;
  /**
   * The deployment named by the inputs, else the one the service's current service deployment targets
   * (the deploy step's, even when ECS already rolled it back and a runner that started late finds the
   * previous deployment PRIMARY again).
   */
  async follow(service) {
    this.service = service;
    if (this.lazy) return this.followRolling(service);
    const current = service.currentServiceDeployment ? (await this.describe([service.currentServiceDeployment]))[0] : void 0;
    const wanted = this.options.deploymentId ?? (this.options.taskDefinition ? void 0 : deploymentIdOf(current));
    let deployment;
    try {
      deployment = chooseDeployment(service, wanted, this.options.taskDefinition);
    } catch (error) {
      if (error instanceof DeploymentGoneError) return this.followGone(error, current);
      throw error;
    }
    this.followedId = deployment.id ?? "";
    const found = isServiceDeploymentOf(current, this.followedId) ? current : await this.find(deployment.createdAt);
    if (found) {
      this.arn = found.serviceDeploymentArn;
      this.update(found);
    } else {
      this.degrade(`no service deployment of ${this.followedId} was found`);
    }
    this.announceDegraded();
    return followedFrom(service, deployment);
  }
  /**
   * ROLLING with alarms: the task rules and DescribeServices follow the rollout and its bake; the service
   * deployment is read only once ECS marked it FAILED or another deployment took over, to name what did it.
   */
  get lazy() {
    return this.strategy.kind === "ROLLING";
  }
  async followRolling(service) {
    try {
      const deployment = chooseDeployment(service, this.options.deploymentId, this.options.taskDefinition);
      this.followedId = deployment.id ?? "";
      if (this.rolloutEnded(service)) await this.readWhyItEnded(service);
      this.announceDegraded();
      return followedFrom(service, deployment);
    } catch (error) {
      if (!(error instanceof DeploymentGoneError)) throw error;
      const current = service.currentServiceDeployment ? (await this.describe([service.currentServiceDeployment]))[0] : void 0;
      return this.followGone(error, current);
    }
  }
  /** Our rolling deployment failed or was replaced: the moment its service deployment says why. */
  rolloutEnded(service) {
    const ours = findDeployment(service, this.followedId);
    const primary = (service.deployments ?? []).find((d) => d.status === "PRIMARY");
    return !ours || ours.rolloutState === "FAILED" || primary !== void 0 && primary.id !== this.followedId;
  }
  async readWhyItEnded(service) {
    this.stale = true;
    const current = service.currentServiceDeployment ? (await this.describe([service.currentServiceDeployment]))[0] : void 0;
    const found = isServiceDeploymentOf(current, this.followedId) ? current : await this.find(findDeployment(service, this.followedId)?.createdAt);
    if (found) {
      this.arn = found.serviceDeploymentArn;
      this.update(found);
    } else if (!this.degraded) {
      this.degrade(`no service deployment of ${this.followedId} was found`);
    }
    this.stale = false;
  }
  /** A deployment ECS already finished with and dropped from DescribeServices: its service deployment still says how it ended. */
  async followGone(error, current) {
    this.followedId = error.deploymentId;
    const found = isServiceDeploymentOf(current, this.followedId) ? current : await this.find(void 0);
    if (!found) throw error;
    this.arn = found.serviceDeploymentArn;
    this.update(found);
    return { deploymentId: this.followedId, previousTaskDefinitions: [], label: this.followedId, detail: `service deployment ${found.status}` };
  }
  async poll(service) {
    this.service = service;
    if (this.lazy && !this.arn && !this.degraded && this.rolloutEnded(service)) return this.readWhyItEnded(service);
    if (!this.arn || this.degraded) return;
    this.stale = true;
    const [sd] = await this.describe([this.arn]);
    if (sd) this.update(sd);
    this.stale = false;
  }
  taskOwnerId() {
    return this.followedId;
  }
  reportedId() {
    return this.followedId;
  }
  decide(rolling, observation) {
    const own = serviceDeploymentDecision(this.current, this.followedId, this.strategy.kind);
    if (own && own.verdict !== "stable") return this.finished(own, observation);
    if (rolling?.verdict === "rolled-back" && this.stale && !this.degraded) return null;
    if (rolling && rolling.verdict !== "stable") return this.finished(rolling, observation);
    if (own) return this.finished(own, observation);
    if (rolling && (this.strategy.kind === "ROLLING" || this.degraded)) return this.finished(rolling, observation);
    return null;
  }
  progress(base) {
    const extra = [serviceDeploymentProgress(this.current), this.bakeNote()].filter(Boolean);
    return extra.length > 0 ? `${base}; ${extra.join(", ")}` : base;
  }
  timeoutDetail() {
    if (this.awaiting) return awaitingLine(this.awaiting);
    const label = strategyLabel(this.strategy);
    const stage = this.current?.lifecycleStage;
    if (stage) {
      const traffic = trafficSplit(this.current);
      return `the ${label} deployment had reached ${stage}${traffic ? ` (${traffic})` : ""}; ${remaining(this.current)}`;
    }
    const bake = this.bakeNote();
    return bake ? `${bake}; ${remaining(this.current)}` : void 0;
  }
  changeKey() {
    const sd = this.current;
    if (!sd) return "";
    const target = sd.targetServiceRevision;
    return [sd.status, sd.lifecycleStage, target?.runningTaskCount, target?.pendingTaskCount, sd.alarms?.status, sd.deploymentCircuitBreaker?.failureCount].join(":");
  }
  evidence() {
    return {
      ...this.strategy,
      ...this.current ? { serviceDeployment: this.current } : {},
      ...this.stages.list().length > 0 ? { stages: this.stages.list() } : {},
      ...this.awaiting ? { awaiting: this.awaiting } : {}
    };
  }
  finished(decision, observation) {
    this.stages.close(observation.nowMs);
    return decision;
  }
  update(sd) {
    this.current = sd;
    const shifting = sd.status === "IN_PROGRESS" || sd.status === "PENDING";
    this.stages.observe(sd.lifecycleStage, this.options.clock(), shifting ? sd.targetServiceRevision?.requestedProductionTrafficWeight : void 0);
    this.awaiting = pausedHook(sd, this.options.region);
    if (this.awaiting?.hookId && !this.announced.has(this.awaiting.hookId)) {
      this.announced.add(this.awaiting.hookId);
      this.options.logger.warning(`Waiting for approval: ${awaitingLine(this.awaiting)}`);
    }
  }
  /** ROLLING with alarms: all tasks healthy, the rollout still IN_PROGRESS: ECS is watching the alarms. */
  bakeNote() {
    if (this.strategy.kind !== "ROLLING" || !this.strategy.alarms || !this.service) return void 0;
    const ours = findDeployment(this.service, this.followedId);
    const alone = (this.service.deployments ?? []).length === 1;
    if (!ours || !alone || ours.rolloutState !== "IN_PROGRESS" || (ours.runningCount ?? 0) < (ours.desiredCount ?? 1)) return void 0;
    return `all tasks are running; ECS is watching alarm${this.strategy.alarms.names.length === 1 ? "" : "s"} ${this.strategy.alarms.names.join(", ")} before it completes the rollout (bake time)`;
  }
  async find(createdAt) {
    if (this.degraded) return void 0;
    const after = createdAt ? new Date(Date.parse(createdAt) - 10 * 6e4) : void 0;
    let arns;
    try {
      const listed = await this.options.ecs.send(
        new ListServiceDeploymentsCommand({ cluster: this.options.cluster, service: this.options.service, ...after ? { createdAt: { after } } : {} }),
        { abortSignal: this.options.signal }
      );
      arns = (listed.serviceDeployments ?? []).flatMap((d) => d.serviceDeploymentArn ? [d.serviceDeploymentArn] : []).slice(0, DESCRIBE_LIMIT);
    } catch (error) {
      if (!isAccessDenied(error)) throw error;
      this.requireOrDegrade("ecs:ListServiceDeployments", error);
      return void 0;
    }
    const described = arns.length > 0 ? await this.describe(arns) : [];
    return described.find((sd) => isServiceDeploymentOf(sd, this.followedId));
  }
  async describe(arns) {
    try {
      const output = await this.options.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: arns }), { abortSignal: this.options.signal });
      return (output.serviceDeployments ?? []).map((sd) => toJson(sd));
    } catch (error) {
      if (!isAccessDenied(error)) throw error;
      this.requireOrDegrade("ecs:DescribeServiceDeployments", error);
      return [];
    }
  }
  /** Blue/green, linear and canary cannot be judged without the service deployment; rolling with alarms can, less precisely. */
  requireOrDegrade(action, error) {
    if (this.strategy.kind !== "ROLLING") throw deniedFor(action, `a ${strategyLabel(this.strategy)} deployment's verdict needs`, error);
    this.degrade(`${action} was denied, so an alarm rollback is reported from the service alone`);
  }
  degrade(why) {
    if (this.degraded) return;
    this.degraded = true;
    this.degradedBecause = why;
    if (this.followedId) this.announceDegraded();
  }
  announceDegraded() {
    if (!this.degradedBecause) return;
    this.options.logger.warning(`Following ${this.followedId} by its tasks and DescribeServices only: ${this.degradedBecause}.`);
    this.degradedBecause = void 0;
  }
};
function deploymentIdOf(sd) {
  const digits = sd?.targetServiceRevision?.arn?.split("/").pop();
  return digits && /^\d+$/.test(digits) ? `ecs-svc/${digits}` : void 0;
}
function awaitingLine(awaiting) {
  if (awaiting.kind === "codedeploy-ready")
    return `CodeDeploy is Ready: the replacement task set is up and waits for traffic to be rerouted. Reroute with: ${awaiting.continueCommand} (or roll back with: ${awaiting.rollbackCommand})`;
  const expiry = awaiting.expiresAt ? ` until ${awaiting.expiresAt}${awaiting.timeoutAction ? `, then ${awaiting.timeoutAction}` : ""}` : "";
  return `the ${awaiting.stage} pause hook ${awaiting.hookId} waits for approval${expiry}. Continue with: ${awaiting.continueCommand} (or roll back with: ${awaiting.rollbackCommand})`;
}
function remaining(sd) {
  const bake = sd?.deploymentConfiguration?.bakeTimeInMinutes;
  if (sd?.lifecycleStage === "BAKE_TIME" && bake !== void 0)
    return `the bake time is ${formatDuration(bake * 6e4)}; raise timeout-minutes to wait for the verdict`;
  return "raise timeout-minutes to wait for the verdict (a stage may take up to 24 hours)";
}

export {
  findDeployment,
  failureSignatures,
  failedStops,
  evaluate,
  DeploymentGoneError,
  goneDeploymentDecision,
  detectStrategy,
  isPlainRolling,
  deniedFor,
  RollingPlan,
  continueCodeDeploy,
  stopCodeDeploy,
  ServiceDeploymentPlan,
  awaitingLine
};
