import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  DeploymentPoller,
  watchDeployment
} from "./chunk-WACVUXMQ.js";
import "./chunk-C6BVWFIQ.js";
import "./chunk-QSLN7FTP.js";
import "./chunk-I3XJNWXC.js";
import "./chunk-TQAJBLFR.js";
import {
  ListServiceDeploymentsCommand,
  _ep0,
  _mw0,
  command
} from "./chunk-GNSVWLU3.js";
import {
  shortTaskDefinition
} from "./chunk-UG42X6BT.js";
import {
  StopServiceDeployment$,
  UpdateService$
} from "./chunk-Z5V2ILVB.js";
import "./chunk-CYU2FCNN.js";
import "./chunk-5IFUUPIR.js";
import "./chunk-BW6FY5JI.js";
import "./chunk-XLUAYXVJ.js";
import "./chunk-QMHTH2TK.js";
import "./chunk-UHW7ZZCQ.js";
import {
  errorMessage,
  errorName,
  isAccessDenied
} from "./chunk-H72JYIFK.js";
import {
  WatchError
} from "./chunk-DLONW2YK.js";
import "./chunk-V5SPZU3S.js";
import "./chunk-CA2MIYFV.js";
import "./chunk-6VTP2GXM.js";
import "./chunk-CPQYRG73.js";
import "./chunk-3BRKJ3XX.js";
import "./chunk-TTM33TCO.js";
import "./chunk-7EKYNA33.js";
import "./chunk-W6QNG5T7.js";
import "./chunk-FJAKXPKF.js";
import "./chunk-UZE5WIRC.js";

// node_modules/@aws-sdk/client-ecs/dist-es/commands/StopServiceDeploymentCommand.js
var StopServiceDeploymentCommand = class extends command(_ep0, _mw0, "StopServiceDeployment", StopServiceDeployment$) {
};

// node_modules/@aws-sdk/client-ecs/dist-es/commands/UpdateServiceCommand.js
var UpdateServiceCommand = class extends command(_ep0, _mw0, "UpdateService", UpdateService$) {
};

// src/rollback/plan.ts
function decideRollback(verdict, service, deploymentId) {
  switch (verdict) {
    case "stable":
      return null;
    case "rolled-back":
      return { act: false, reason: `ECS already rolled ${deploymentId} back; nothing was changed.` };
    case "timeout":
      return {
        act: false,
        reason: `${deploymentId} was still in progress at the timeout. A slow deployment is not a broken one, so it was left running; raise timeout-minutes, or roll back by hand if it should not finish.`
      };
    default: {
      const primary = service.deployments?.find((d) => d.status === "PRIMARY");
      if (!primary || primary.id === deploymentId) return { act: true };
      return {
        act: false,
        reason: `A newer deployment ${primary.id} (${shortTaskDefinition(primary.taskDefinition)}) replaced ${deploymentId}; rolling back would undo it, so nothing was changed.`
      };
    }
  }
}
function rollbackTaskDefinition(service, deploymentId, evidence) {
  const ours = service.deployments?.find((d) => d.id === deploymentId)?.taskDefinition;
  const completed = (service.deployments ?? []).filter((d) => d.id !== deploymentId && d.rolloutState === "COMPLETED" && d.taskDefinition && d.taskDefinition !== ours).sort((a, b) => Date.parse(b.createdAt ?? "") - Date.parse(a.createdAt ?? ""));
  const previous = completed[0]?.taskDefinition ?? evidence?.previousTaskDefinition?.taskDefinitionArn;
  return previous && previous !== ours ? previous : void 0;
}
var IN_PROGRESS = /* @__PURE__ */ new Set(["PENDING", "IN_PROGRESS"]);
function serviceDeploymentOf(briefs, service, deploymentId) {
  const candidates = briefs.filter((b) => b.serviceDeploymentArn && IN_PROGRESS.has(b.status ?? ""));
  const digits = deploymentId.replace(/^ecs-svc\//, "");
  const exact = candidates.find((b) => b.targetServiceRevisionArn?.endsWith(`/${digits}`));
  if (exact) return exact.serviceDeploymentArn;
  const primary = service.deployments?.find((d) => d.status === "PRIMARY");
  if (primary?.id !== deploymentId) return void 0;
  return candidates.find((b) => b.serviceDeploymentArn === service.currentServiceDeployment)?.serviceDeploymentArn;
}

// src/rollback/rollback.ts
function refusedAction(message) {
  return /\bnot authorized to perform:? ([a-z0-9-]+:[A-Za-z0-9*]+)/.exec(message)?.[1];
}
var UNAVAILABLE = /* @__PURE__ */ new Set(["ServiceDeploymentNotFoundException", "UnsupportedFeatureException", "InvalidParameterException"]);
var Rollback = class {
  constructor(options) {
    this.options = options;
    this.poller = new DeploymentPoller(options.ecs, options.cluster, options.service, options.batcher);
  }
  options;
  calls = [];
  poller;
  get missingPermissions() {
    return [...new Set(this.calls.filter((c) => c.outcome === "denied").map((c) => c.permission ?? c.api))];
  }
  async call(api, target, send) {
    try {
      const value = await send();
      this.calls.push({ api, target, outcome: "done" });
      return { value, attempt: { outcome: "done" } };
    } catch (error) {
      const text = `${errorName(error)}: ${errorMessage(error)}`;
      const denied = isAccessDenied(error);
      const permission = denied ? refusedAction(errorMessage(error)) ?? api : void 0;
      this.calls.push({ api, target, outcome: denied ? "denied" : "failed", error: text, ...permission ? { permission } : {} });
      if (denied) this.options.logger.info(`The role is not allowed ${api} (${text})`);
      const outcome = denied ? "denied" : UNAVAILABLE.has(errorName(error)) ? "unavailable" : "failed";
      return { attempt: { outcome, error: text } };
    }
  }
  /** The service deployment to stop, or undefined when the API cannot find it (or may not be asked). */
  async serviceDeploymentArn() {
    const { ecs, cluster, service, watch } = this.options;
    const { value } = await this.call(
      "ecs:ListServiceDeployments",
      `${cluster}/${service}`,
      () => ecs.send(new ListServiceDeploymentsCommand({ cluster, service, status: ["PENDING", "IN_PROGRESS"] }))
    );
    return value ? serviceDeploymentOf(value.serviceDeployments ?? [], watch.service, watch.deploymentId) : void 0;
  }
  async stopServiceDeployment(arn) {
    const { attempt } = await this.call(
      "ecs:StopServiceDeployment",
      arn,
      () => this.options.ecs.send(new StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: "ROLLBACK" }))
    );
    return attempt;
  }
  async updateService(taskDefinition) {
    const { ecs, cluster, service, watch } = this.options;
    const { value, attempt } = await this.call(
      "ecs:UpdateService",
      `${cluster}/${service} taskDefinition=${taskDefinition}`,
      () => ecs.send(new UpdateServiceCommand({ cluster, service, taskDefinition }))
    );
    const primary = value?.service?.deployments?.find((d) => d.status === "PRIMARY" && d.id !== watch.deploymentId);
    return attempt.outcome === "done" && primary ? { outcome: "done", deployment: { id: primary.id, taskDefinition: primary.taskDefinition } } : attempt;
  }
  /** Polls until the service's PRIMARY deployment is no longer ours: the rollback deployment. */
  async awaitRollbackDeployment() {
    const { clock, sleep, pollIntervalMs, timeoutMs, watch, logger } = this.options;
    const deadline = clock() + timeoutMs;
    for (; ; ) {
      try {
        const service = await this.poller.describeService();
        const primary = service.deployments?.find((d) => d.status === "PRIMARY");
        if (primary?.id && primary.id !== watch.deploymentId) return primary;
      } catch (error) {
        if (error instanceof WatchError) throw error;
        logger.info(`Skipped a poll: ${errorName(error)}: ${errorMessage(error)}`);
        this.options.onSkippedPoll?.(error);
      }
      if (clock() >= deadline) return void 0;
      await sleep(Math.min(pollIntervalMs, Math.max(0, deadline - clock())));
    }
  }
};
function failingTaskDefinition({ watch, evidence }) {
  return watch.taskDefinitionArn ?? watch.service.deployments?.find((d) => d.id === watch.deploymentId)?.taskDefinition ?? evidence?.taskDefinition?.taskDefinitionArn;
}
function permissionsSentence(missing) {
  return missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(", ")} and ${missing[missing.length - 1]}`;
}
async function rollBack(options) {
  const { watch, logger } = options;
  const decision = decideRollback(watch.verdict, watch.service, watch.deploymentId);
  if (!decision) return null;
  const base = { fromDeploymentId: watch.deploymentId, fromTaskDefinition: failingTaskDefinition(options), calls: [], missingPermissions: [] };
  if (!decision.act) {
    logger.info(`Rollback skipped: ${decision.reason}`);
    return { ...base, status: "skipped", reason: decision.reason };
  }
  logger.startGroup(`Rolling back ${watch.deploymentId} of ${options.service}`);
  try {
    const outcome = await perform(options);
    logger.info(`Rollback ${outcome.status}: ${outcome.reason}`);
    return outcome;
  } finally {
    logger.endGroup();
  }
}
async function perform(options) {
  const { watch } = options;
  const rollback = new Rollback(options);
  const target = rollbackTaskDefinition(watch.service, watch.deploymentId, options.evidence);
  const outcome = (fields) => ({
    fromDeploymentId: watch.deploymentId,
    fromTaskDefinition: failingTaskDefinition(options),
    toTaskDefinition: target,
    ...fields,
    calls: rollback.calls,
    missingPermissions: rollback.missingPermissions
  });
  let changedBy;
  let attempt;
  const arn = await rollback.serviceDeploymentArn();
  if (arn) {
    attempt = await rollback.stopServiceDeployment(arn);
    if (attempt.outcome === "done") changedBy = "ecs:StopServiceDeployment";
    else if (attempt.outcome === "failed") return outcome({ status: "failed", reason: `StopServiceDeployment failed (${attempt.error}); nothing was changed.` });
  }
  if (!changedBy) {
    if (!target) {
      const missing = rollback.missingPermissions;
      if (missing.length > 0)
        return outcome({ status: "not-permitted", reason: `The role lacks ${permissionsSentence(missing)}; the service was left as it is.` });
      return outcome({ status: "failed", reason: "The service has no earlier deployment that completed to roll back to; nothing was changed." });
    }
    attempt = await rollback.updateService(target);
    if (attempt.outcome === "done") changedBy = "ecs:UpdateService";
  }
  if (!changedBy || !attempt) {
    const missing = rollback.missingPermissions;
    if (attempt?.outcome === "denied")
      return outcome({ status: "not-permitted", reason: `The role lacks ${permissionsSentence(missing)}; the service was left as it is.` });
    return outcome({ status: "failed", reason: `UpdateService failed (${attempt && "error" in attempt ? attempt.error : "no answer"}); nothing was changed.` });
  }
  return watchRollback(options, rollback, changedBy, attempt, outcome);
}
async function watchRollback(options, rollback, changedBy, attempt, outcome) {
  const { logger } = options;
  let deployment;
  try {
    deployment = (attempt.outcome === "done" ? attempt.deployment : void 0) ?? await rollback.awaitRollbackDeployment();
  } catch (error) {
    return outcome({ status: "failed", changedBy, reason: `The rollback was started, but the service could not be read: ${errorMessage(error)}` });
  }
  if (!deployment?.id)
    return outcome({ status: "failed", changedBy, reason: "The rollback was started, but no rollback deployment became PRIMARY before the timeout." });
  const to = deployment.taskDefinition;
  logger.info(`${changedBy} started ${deployment.id} (${shortTaskDefinition(to)}); watching it`);
  try {
    const result = await watchDeployment({
      ecs: options.ecs,
      cluster: options.cluster,
      service: options.service,
      deploymentId: deployment.id,
      timeoutMs: options.timeoutMs,
      pollIntervalMs: options.pollIntervalMs,
      maxFailedTasks: options.maxFailedTasks,
      logger,
      clock: options.clock,
      sleep: options.sleep,
      batcher: options.batcher,
      loadClassifier: options.loadClassifier,
      onProgress: options.onProgress,
      onSkippedPoll: options.onSkippedPoll
    });
    const { verdict, reason, startedAt, endedAt, progress } = result;
    const rolledBack = verdict === "stable";
    return {
      ...outcome({
        status: rolledBack ? "rolled-back" : "failed",
        changedBy,
        deploymentId: deployment.id,
        watch: { verdict, reason, startedAt, endedAt, progress },
        reason: rolledBack ? `${deployment.id} runs ${shortTaskDefinition(to)} again and is stable.` : `The rollback deployment ${deployment.id} ended ${verdict}: ${reason}`
      }),
      ...to ? { toTaskDefinition: to } : {}
    };
  } catch (error) {
    return outcome({ status: "failed", changedBy, deploymentId: deployment.id, reason: `The rollback was started, but watching it failed: ${errorMessage(error)}` });
  }
}
export {
  refusedAction,
  rollBack
};
