import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  checkCredentials
} from "./chunk-JG3XB2TF.js";
import {
  DescribeServicesBatcher,
  realSleep,
  watchDeployment
} from "./chunk-WACVUXMQ.js";
import "./chunk-C6BVWFIQ.js";
import "./chunk-QSLN7FTP.js";
import "./chunk-I3XJNWXC.js";
import "./chunk-TQAJBLFR.js";
import "./chunk-GNSVWLU3.js";
import "./chunk-UG42X6BT.js";
import "./chunk-Z5V2ILVB.js";
import "./chunk-CYU2FCNN.js";
import "./chunk-5IFUUPIR.js";
import "./chunk-BW6FY5JI.js";
import "./chunk-XLUAYXVJ.js";
import {
  EVIDENCE_SCHEMA_VERSION
} from "./chunk-5MSGKI4G.js";
import {
  logLine,
  redactEvidence
} from "./chunk-QMHTH2TK.js";
import {
  FAILING_VERDICTS
} from "./chunk-UHW7ZZCQ.js";
import {
  errorName
} from "./chunk-H72JYIFK.js";
import "./chunk-DLONW2YK.js";
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

// src/watch/skipped-polls.ts
var SkippedPolls = class {
  byError = /* @__PURE__ */ new Map();
  record(error) {
    const name = errorName(error);
    this.byError.set(name, (this.byError.get(name) ?? 0) + 1);
  }
  get count() {
    return [...this.byError.values()].reduce((sum, n) => sum + n, 0);
  }
  /** The one warning of the run, or null when no poll was skipped. */
  warning() {
    if (this.count === 0) return null;
    const errors = [...this.byError.entries()].sort((a, b) => b[1] - a[1]).map(([name, n]) => `${name} \xD7${n}`);
    const polls = this.count === 1 ? "1 poll was" : `${this.count} polls were`;
    return `${polls} skipped because AWS throttled or failed the request (${errors.join(", ")}); each was retried at the next poll, so the verdict stands. If it keeps happening, raise 'poll-interval-seconds' or look for other callers of the ECS API in this account and region.`;
  }
};

// src/doctor.ts
var loadClassifier = async () => (await import("./stop-classifier-4L4UCOON.js")).ruleSetClassifier;
function watchEvidence(inputs, watch) {
  return {
    schemaVersion: EVIDENCE_SCHEMA_VERSION,
    generatedAt: watch.endedAt,
    region: inputs.region,
    cluster: inputs.cluster,
    serviceName: inputs.service,
    deploymentId: watch.deploymentId || null,
    watch: {
      verdict: watch.verdict,
      reason: watch.reason,
      startedAt: watch.startedAt,
      endedAt: watch.endedAt,
      progress: watch.progress,
      failureSignatures: watch.failureSignatures
    },
    service: watch.service,
    tasks: watch.tasks,
    ...watch.strategy ? { strategy: watch.strategy } : {}
  };
}
async function runDoctor(inputs, clients, logger, deps = {}) {
  const clock = deps.clock ?? Date.now;
  const sleep = deps.sleep ?? realSleep;
  const timeoutMs = inputs.timeoutMinutes * 6e4;
  const service = inputs.service;
  const update = (phase, fields = {}) => deps.onUpdate?.({ service, phase, ...fields });
  await checkCredentials(clients, timeoutMs, logger, clock());
  const watch = await watchDeployment({
    ecs: clients.ecs,
    cluster: inputs.cluster,
    service: inputs.service,
    deploymentId: inputs.deploymentId,
    taskDefinition: inputs.taskDefinition,
    codeDeployDeploymentId: inputs.codeDeployDeploymentId,
    codedeploy: () => clients.client("codedeploy"),
    region: inputs.region,
    timeoutMs,
    pollIntervalMs: inputs.pollIntervalSeconds * 1e3,
    maxFailedTasks: inputs.maxFailedTasks,
    logger,
    clock,
    sleep,
    batcher: deps.batcher,
    loadClassifier,
    onProgress: (snapshot) => update("watching", { snapshot }),
    onSkippedPoll: (error) => deps.skippedPolls?.record(error)
  });
  logger.info(`Verdict: ${watch.verdict}: ${watch.reason}`);
  const base = watchEvidence(inputs, watch);
  if (!FAILING_VERDICTS.includes(watch.verdict)) {
    update("done", { verdict: watch.verdict });
    return { watch, evidence: redactEvidence(base), diagnosis: null, rollback: null };
  }
  update("diagnosing", { verdict: watch.verdict });
  const diagnosis = import("./diagnose-BFSQSMIY.js");
  diagnosis.catch(() => void 0);
  logger.startGroup("Collecting evidence");
  const { collectEvidence } = await import("./collect-RV5WH7FM.js");
  const evidence = await collectEvidence({
    clients,
    region: inputs.region,
    cluster: inputs.cluster,
    serviceName: inputs.service,
    deploymentId: base.deploymentId ?? null,
    service: watch.service,
    tasks: watch.tasks,
    taskDefinitionArn: watch.taskDefinitionArn,
    watch: base.watch,
    strategy: watch.strategy,
    logLines: inputs.logLines
  });
  for (const gap of evidence.unavailable ?? []) logger.info(`Check not run: ${gap.check} (${gap.api}: ${logLine(gap.error)})`);
  logger.endGroup();
  const { diagnose } = await diagnosis;
  const found = diagnose(evidence);
  for (const line of found.debug ?? []) logger.debug(line);
  const diagnosed = { watch, evidence, diagnosis: found, rollback: null };
  if (inputs.onFailure !== "rollback") {
    update("done", { verdict: watch.verdict, result: diagnosed });
    return diagnosed;
  }
  update("rolling-back", { verdict: watch.verdict, result: diagnosed });
  const rollback = await rollBackService(inputs, clients, logger, deps, watch, evidence);
  const result = { ...diagnosed, rollback };
  update("done", { verdict: watch.verdict, rollback: rollback?.status, result });
  return result;
}
async function rollBackService(inputs, clients, logger, deps, watch, evidence) {
  const service = inputs.service;
  const controller = watch.strategy?.controller;
  if (controller && controller !== "ECS") return notOurs(watch, controller);
  const { rollBack } = await import("./rollback-GPGM2LED.js");
  return rollBack({
    ecs: clients.ecs,
    cluster: inputs.cluster,
    service,
    watch,
    evidence,
    timeoutMs: inputs.timeoutMinutes * 6e4,
    pollIntervalMs: inputs.pollIntervalSeconds * 1e3,
    maxFailedTasks: inputs.maxFailedTasks,
    logger,
    clock: deps.clock ?? Date.now,
    sleep: deps.sleep ?? realSleep,
    batcher: deps.batcher,
    loadClassifier,
    onProgress: (snapshot) => deps.onUpdate?.({ service, phase: "rolling-back", verdict: watch.verdict, snapshot }),
    onSkippedPoll: (error) => deps.skippedPolls?.record(error)
  });
}
function notOurs(watch, controller) {
  const reason = controller === "CODE_DEPLOY" ? "The service uses the CODE_DEPLOY controller: CodeDeploy rolls back by itself (automatic rollback of the deployment group), so nothing was changed." : "The service uses an EXTERNAL controller, which owns its task sets, so nothing was changed.";
  return { status: "skipped", reason, fromDeploymentId: watch.deploymentId, calls: [], missingPermissions: [] };
}
function prefixed(logger, name) {
  return {
    info: (m) => logger.info(`[${name}] ${m}`),
    warning: (m) => logger.warning(`[${name}] ${m}`),
    error: (m) => logger.error(`[${name}] ${m}`),
    debug: (m) => logger.debug(`[${name}] ${m}`),
    startGroup: (n) => logger.startGroup(`[${name}] ${n}`),
    endGroup: () => logger.endGroup()
  };
}
async function runDoctorForServices(inputs, clients, logger, deps = {}) {
  const skippedPolls = deps.skippedPolls ?? new SkippedPolls();
  try {
    return await watchServices(inputs, clients, logger, { ...deps, skippedPolls });
  } finally {
    const warning = skippedPolls.warning();
    if (warning) logger.warning(warning);
  }
}
async function watchServices(inputs, clients, logger, deps) {
  if (inputs.services.length === 1) return [await runDoctor(inputs, clients, logger, deps)];
  const clock = deps.clock ?? Date.now;
  const batcher = deps.batcher ?? new DescribeServicesBatcher(clients.ecs, inputs.cluster, realSleep);
  const sleep = deps.sleep ?? alignedSleep(inputs.pollIntervalSeconds * 1e3, clock);
  return Promise.all(
    inputs.services.map(
      (service) => runDoctor({ ...inputs, service, services: [service] }, clients, prefixed(logger, service), { ...deps, batcher, sleep })
    )
  );
}
function alignedSleep(intervalMs, clock, sleep = realSleep) {
  const epochMs = clock();
  return (ms) => {
    if (ms < intervalMs) return sleep(ms);
    const elapsed = (clock() - epochMs) % intervalMs;
    return sleep(intervalMs - elapsed);
  };
}
export {
  alignedSleep,
  runDoctor,
  runDoctorForServices
};
