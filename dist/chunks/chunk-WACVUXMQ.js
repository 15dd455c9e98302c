import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  DescribeServicesCommand
} from "./chunk-C6BVWFIQ.js";
import {
  DescribeTasksCommand,
  ListTasksCommand
} from "./chunk-QSLN7FTP.js";
import {
  ECSClient
} from "./chunk-I3XJNWXC.js";
import {
  DeploymentGoneError,
  RollingPlan,
  ServiceDeploymentPlan,
  detectStrategy,
  evaluate,
  failedStops,
  failureSignatures,
  findDeployment,
  goneDeploymentDecision,
  isPlainRolling
} from "./chunk-TQAJBLFR.js";
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
  strategyLabel
} from "./chunk-5IFUUPIR.js";
import {
  logLine
} from "./chunk-QMHTH2TK.js";
import {
  errorMessage,
  errorName,
  isAccessDenied,
  isExpiredCredentials,
  isTransient
} from "./chunk-H72JYIFK.js";
import {
  WatchError
} from "./chunk-DLONW2YK.js";
import {
  createPaginator
} from "./chunk-CPQYRG73.js";

// node_modules/@aws-sdk/client-ecs/dist-es/pagination/ListTasksPaginator.js
var paginateListTasks = createPaginator(ECSClient, ListTasksCommand, "nextToken", "nextToken", "maxResults");

// src/watch/describe-batcher.ts
var DESCRIBE_SERVICES_BATCH = 10;
var BATCH_WINDOW_MS = 25;
var DescribeServicesBatcher = class {
  constructor(ecs, cluster, wait, windowMs = BATCH_WINDOW_MS) {
    this.ecs = ecs;
    this.cluster = cluster;
    this.wait = wait;
    this.windowMs = windowMs;
  }
  ecs;
  cluster;
  wait;
  windowMs;
  queue = [];
  scheduled = false;
  describe(name, signal) {
    return new Promise((resolve, reject) => {
      this.queue.push({ name, resolve, reject, signal });
      if (!this.scheduled) {
        this.scheduled = true;
        void this.wait(this.windowMs).then(() => this.flush());
      }
    });
  }
  async flush() {
    const waiters = this.queue;
    this.queue = [];
    this.scheduled = false;
    const names = [...new Set(waiters.map((w) => w.name))];
    for (let i = 0; i < names.length; i += DESCRIBE_SERVICES_BATCH) {
      const batch = names.slice(i, i + DESCRIBE_SERVICES_BATCH);
      const mine = waiters.filter((w) => batch.includes(w.name));
      const abort = new AbortController();
      const abandoned = () => {
        if (mine.every((w) => w.signal?.aborted)) abort.abort();
      };
      abandoned();
      for (const waiter of mine) waiter.signal?.addEventListener("abort", abandoned, { once: true });
      try {
        const output = await this.ecs.send(new DescribeServicesCommand({ cluster: this.cluster, services: batch }), { abortSignal: abort.signal });
        for (const waiter of mine) waiter.resolve(answerFor(output, waiter.name));
      } catch (error) {
        for (const waiter of mine) waiter.reject(error);
      } finally {
        for (const waiter of mine) waiter.signal?.removeEventListener("abort", abandoned);
      }
    }
  }
};
function matches(name, candidate) {
  return candidate.serviceName === name || candidate.serviceArn === name || candidate.serviceArn?.endsWith(`/${name}`) === true;
}
function answerFor(output, name) {
  const service = output.services?.find((s) => matches(name, s));
  if (service) return { service };
  const failure = output.failures?.find((f) => f.arn === name || f.arn?.endsWith(`/${name}`));
  return { failureReason: failure?.reason ?? "MISSING" };
}

// src/watch/poller.ts
var DESCRIBE_TASKS_BATCH = 100;
function denied(action, error) {
  return new WatchError(
    `The action's AWS role is not allowed ${action} (${errorName(error)}: ${errorMessage(error)}). Add it to the role the workflow assumes; see the IAM policy in the README.`
  );
}
var DeploymentPoller = class {
  constructor(ecs, cluster, serviceName, batcher, signal) {
    this.ecs = ecs;
    this.cluster = cluster;
    this.serviceName = serviceName;
    this.signal = signal;
    this.batcher = batcher ?? new DescribeServicesBatcher(ecs, cluster, async () => void 0, 0);
    this.options = signal ? { abortSignal: signal } : {};
  }
  ecs;
  cluster;
  serviceName;
  signal;
  known = /* @__PURE__ */ new Map();
  batcher;
  /** Aborted when the watch times out: calls still waiting for AWS are given up, not retried. */
  options;
  async describeService() {
    let answer;
    try {
      answer = await this.batcher.describe(this.serviceName, this.signal);
    } catch (error) {
      if (errorName(error) === "ClusterNotFoundException")
        throw new WatchError(`Cluster '${this.cluster}' was not found in this region. Check the 'cluster' and 'region' inputs.`);
      if (isAccessDenied(error)) throw denied("ecs:DescribeServices", error);
      throw error;
    }
    if (!answer.service) {
      throw new WatchError(
        `Service '${this.serviceName}' was not found in cluster '${this.cluster}' (${answer.failureReason}). Check the 'service' and 'cluster' inputs.`
      );
    }
    return toJson(answer.service);
  }
  /**
   * Lists the service's tasks and describes only what is new or may have changed.
   * Returns how many ListTasks pages it read, so the caller knows what a sweep costs.
   */
  async sweep(deploymentId, refreshUnsettled = true) {
    const [running, stopped] = await Promise.all([this.list("RUNNING"), this.list("STOPPED")]);
    const stoppedSet = new Set(stopped.arns);
    const toDescribe = [...running.arns, ...stopped.arns].filter(
      (arn) => this.needsDescribe(arn, deploymentId, stoppedSet, refreshUnsettled)
    );
    for (let i = 0; i < toDescribe.length; i += DESCRIBE_TASKS_BATCH) {
      await this.describe(toDescribe.slice(i, i + DESCRIBE_TASKS_BATCH));
    }
    return running.pages + stopped.pages;
  }
  ourTasks(deploymentId) {
    return [...this.known.values()].filter((t) => t.startedBy === deploymentId);
  }
  /** New tasks, ours that moved to the STOPPED list, and (when the service moved) ours still starting. */
  needsDescribe(arn, deploymentId, stopped, refreshUnsettled) {
    const task = this.known.get(arn);
    if (!task) return true;
    if (task.startedBy !== deploymentId || task.lastStatus === "STOPPED") return false;
    return stopped.has(arn) || refreshUnsettled && task.lastStatus !== "RUNNING";
  }
  async list(desiredStatus) {
    const arns = [];
    let pages = 0;
    try {
      const paginator = paginateListTasks(
        { client: this.ecs, pageSize: 100 },
        { cluster: this.cluster, serviceName: this.serviceName, desiredStatus },
        this.options
      );
      for await (const page of paginator) {
        pages += 1;
        arns.push(...page.taskArns ?? []);
      }
    } catch (error) {
      if (isAccessDenied(error)) throw denied("ecs:ListTasks", error);
      throw error;
    }
    return { arns, pages };
  }
  async describe(taskArns) {
    try {
      const output = await this.ecs.send(new DescribeTasksCommand({ cluster: this.cluster, tasks: taskArns }), this.options);
      for (const task of output.tasks ?? []) if (task.taskArn) this.known.set(task.taskArn, toJson(task));
    } catch (error) {
      if (isAccessDenied(error)) throw denied("ecs:DescribeTasks", error);
      throw error;
    }
  }
  /**
   * Finds a deployment that DescribeServices no longer lists (ECS drops it soon after a rollback)
   * through the service-deployments API; its service revision carries the deployment id's digits.
   */
  async findServiceDeployment(deploymentId) {
    const digits = deploymentId.replace(/^ecs-svc\//, "");
    try {
      const listed = await this.ecs.send(new ListServiceDeploymentsCommand({ cluster: this.cluster, service: this.serviceName }), this.options);
      const arns = (listed.serviceDeployments ?? []).flatMap((d) => d.serviceDeploymentArn ? [d.serviceDeploymentArn] : []).slice(0, 20);
      if (arns.length === 0) return void 0;
      const described = await this.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: arns }), this.options);
      return described.serviceDeployments?.find((d) => d.targetServiceRevision?.arn?.endsWith(`/${digits}`));
    } catch {
      return void 0;
    }
  }
};

// src/watch/launch-block.ts
var CANNOT_START_EVENT = /was unable to place a task|failed to launch a task|unable to stop or start tasks during a deployment|insufficient ?free ?addresses/i;
var LAUNCH_BLOCK_WINDOW_MS = 5 * 6e4;
function launchBlockWindowMs(timeoutMs) {
  return Math.min(LAUNCH_BLOCK_WINDOW_MS, Math.max(timeoutMs / 2, 0));
}
function progressState(task) {
  if (task.lastStatus === "STOPPED" || task.desiredStatus === "STOPPED") return null;
  return [task.taskArn, task.lastStatus, task.pullStartedAt ? "pull-started" : "", task.pullStoppedAt ? "pulled" : ""].join("|");
}
var LaunchBlockTracker = class {
  constructor(deploymentCreatedAt) {
    this.deploymentCreatedAt = deploymentCreatedAt;
  }
  deploymentCreatedAt;
  seenStates = /* @__PURE__ */ new Set();
  firstListedAt = /* @__PURE__ */ new Map();
  lastProgressAt = -Infinity;
  observe(service, ourTasks, nowMs) {
    for (const task of ourTasks) {
      const state = progressState(task);
      if (state && !this.seenStates.has(state)) {
        this.seenStates.add(state);
        this.lastProgressAt = nowMs;
      }
    }
    const blocking = this.cannotStartEvents(service).map((event) => ({ event, listedAt: this.listedAt(event.id ?? event.message ?? "", nowMs) })).filter(({ listedAt }) => listedAt > this.lastProgressAt);
    if (blocking.length === 0) return null;
    const since = Math.min(...blocking.map((b) => b.listedAt));
    return { message: blocking[0].event.message ?? "", occurrences: blocking.length, forMs: nowMs - since };
  }
  listedAt(key, nowMs) {
    const known = this.firstListedAt.get(key);
    if (known !== void 0) return known;
    this.firstListedAt.set(key, nowMs);
    return nowMs;
  }
  /** Events of our deployment's window (newest first) that say tasks cannot be placed or launched. */
  cannotStartEvents(service) {
    const since = this.deploymentCreatedAt ?? "";
    return (service.events ?? []).filter((e) => (e.createdAt ?? "") >= since && CANNOT_START_EVENT.test(e.message ?? ""));
  }
};

// src/watch/progress.ts
function stopLabel(task) {
  const reason = task.stoppedReason ?? "";
  const errorName2 = /^([A-Za-z]+(?:Error|Exception))\b/.exec(reason);
  if (errorName2) return errorName2[1];
  if (/ELB health checks/i.test(reason)) return "ELB health checks";
  if (/container health checks/i.test(reason)) return "container health checks";
  if (/^Scaling activity/i.test(reason)) return "replaced";
  const exited = task.containers?.find((c) => typeof c.exitCode === "number" && c.exitCode !== 0);
  if (exited) return `exit ${exited.exitCode}${exited.reason ? ` ${exited.reason.split(":")[0]}` : ""}`;
  return task.stopCode ?? "stopped";
}
function counted(labels) {
  const counts = /* @__PURE__ */ new Map();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([label, n]) => `${label} x${n}`).join(", ");
}
function progressLine(service, deploymentId, tasks) {
  const ours = findDeployment(service, deploymentId);
  const running = ours?.runningCount ?? tasks.filter((t) => t.lastStatus === "RUNNING").length;
  const desired = ours?.desiredCount ?? service.desiredCount ?? 0;
  const pending = ours?.pendingCount ?? tasks.filter((t) => t.lastStatus === "PENDING" || t.lastStatus === "PROVISIONING").length;
  const stopped = tasks.filter((t) => t.lastStatus === "STOPPED");
  const parts = [`${running}/${desired} running`];
  if (pending > 0) parts.push(`${pending} pending`);
  if (stopped.length > 0) parts.push(`${stopped.length} stopped (${counted(stopped.map(stopLabel))})`);
  const state = ours ? ours.rolloutState && ours.rolloutState !== "IN_PROGRESS" ? `, ${ours.rolloutState}` : "" : ", no longer listed";
  const others = (service.deployments ?? []).filter((d) => d.id !== deploymentId);
  const otherText = others.length > 0 ? `; other deployments: ${others.map((d) => `${d.id} ${d.status} ${d.runningCount}/${d.desiredCount}`).join(", ")}` : "";
  return `${service.serviceName ?? "service"} ${deploymentId}: ${parts.join(", ")}${state}${otherText}`;
}

// src/watch/snapshot.ts
function watchSnapshot(service, deploymentId, tasks, startedAtMs, nowMs) {
  const ours = findDeployment(service, deploymentId);
  const newest = service.events?.[0];
  return {
    service: service.serviceName ?? "service",
    deploymentId,
    taskDefinition: shortTaskDefinition(ours?.taskDefinition),
    running: ours?.runningCount ?? tasks.filter((t) => t.lastStatus === "RUNNING").length,
    desired: ours?.desiredCount ?? service.desiredCount ?? 0,
    pending: ours?.pendingCount ?? tasks.filter((t) => t.lastStatus === "PENDING" || t.lastStatus === "PROVISIONING").length,
    stopped: tasks.filter((t) => t.lastStatus === "STOPPED").length,
    rolloutState: ours?.rolloutState,
    lastEvent: newest?.message ? { at: newest.createdAt ?? "", message: newest.message } : void 0,
    startedAt: new Date(startedAtMs).toISOString(),
    at: new Date(nowMs).toISOString()
  };
}

// src/watch/strategy/external.ts
function describeTaskSets(service) {
  return (service.taskSets ?? []).map((t) => `${t.id} (${t.status}, ${shortTaskDefinition(t.taskDefinition)}, ${t.stabilityStatus})`).join(", ") || "none";
}
function taskSetDecision(taskSet, id) {
  if (!taskSet) return { verdict: "failed", reason: `Task set ${id} was deleted before it reached STEADY_STATE` };
  const running = taskSet.runningCount ?? 0;
  const desired = taskSet.computedDesiredCount ?? 0;
  if (taskSet.stabilityStatus === "STEADY_STATE" && running === desired && (taskSet.pendingCount ?? 0) === 0)
    return { verdict: "stable", reason: `Task set ${id} is STEADY_STATE with ${running}/${desired} tasks running (${taskSet.status})` };
  return null;
}
var ExternalPlan = class {
  constructor(strategy, options) {
    this.strategy = strategy;
    this.options = options;
  }
  strategy;
  options;
  taskSet;
  id = "";
  async follow(service) {
    const name = service.serviceName ?? this.options.service;
    const wanted = this.options.deploymentId;
    if (!wanted)
      throw new WatchError(
        `${name} uses the EXTERNAL deployment controller: ECS has no deployment to follow, only task sets. Name the task set to follow in 'deployment-id' (its task sets: ${describeTaskSets(service)}).`
      );
    this.id = wanted;
    this.taskSet = (service.taskSets ?? []).find((t) => t.id === wanted);
    if (!this.taskSet)
      throw new WatchError(`Input 'deployment-id' ${wanted} is not a task set of ${name}; its task sets are ${describeTaskSets(service)}.`);
    return {
      deploymentId: wanted,
      taskDefinitionArn: this.taskSet.taskDefinition,
      createdAt: this.taskSet.createdAt,
      previousTaskDefinitions: (service.taskSets ?? []).filter((t) => t.id !== wanted && t.taskDefinition).map((t) => t.taskDefinition),
      label: `task set ${wanted}`,
      detail: shortTaskDefinition(this.taskSet.taskDefinition)
    };
  }
  async poll(service) {
    this.taskSet = (service.taskSets ?? []).find((t) => t.id === this.id);
  }
  taskOwnerId() {
    return this.id;
  }
  reportedId() {
    return this.id;
  }
  decide(rolling, _observation) {
    const own = taskSetDecision(this.taskSet, this.id);
    if (own?.verdict === "failed") return own;
    if (rolling && rolling.verdict !== "stable") return rolling;
    return own;
  }
  progress(base) {
    const t = this.taskSet;
    const line = base.replace(", no longer listed", "");
    return t ? `${line}; task set ${t.status} ${t.stabilityStatus}, scale ${t.scale?.value ?? "?"}${t.scale?.unit === "PERCENT" ? "%" : ""}` : line;
  }
  timeoutDetail() {
    return this.taskSet ? `task set ${this.id} was still ${this.taskSet.stabilityStatus}` : void 0;
  }
  changeKey() {
    const t = this.taskSet;
    return t ? `${t.status}:${t.stabilityStatus}:${t.runningCount}:${t.pendingCount}` : "gone";
  }
  evidence() {
    return { ...this.strategy, ...this.taskSet ? { taskSet: this.taskSet } : {} };
  }
};

// src/watch/strategy/index.ts
async function planFor(service, options) {
  const strategy = detectStrategy(service);
  const name = service.serviceName ?? options.service;
  if (options.codeDeployDeploymentId && strategy.controller !== "CODE_DEPLOY")
    throw new WatchError(
      `Input 'codedeploy-deployment-id' is for services with the CODE_DEPLOY deployment controller; ${name} uses ${strategy.controller} (${strategyLabel(strategy)}). Leave it empty.`
    );
  if (options.deploymentId && strategy.controller === "CODE_DEPLOY")
    throw new WatchError(
      `Input 'deployment-id' names an ECS deployment, but ${name} uses the CODE_DEPLOY controller: give 'codedeploy-deployment-id' instead, or leave both empty to follow the deployment in progress.`
    );
  if (strategy.controller === "CODE_DEPLOY") return new (await import("./codedeploy-6HOIP736.js")).CodeDeployPlan(strategy, options);
  if (strategy.controller === "EXTERNAL") return new ExternalPlan(strategy, options);
  return isPlainRolling(strategy) ? new RollingPlan(strategy, options) : new ServiceDeploymentPlan(strategy, options);
}

// src/watch/watch.ts
var SWEEP_EVERY_POLLS = 6;
var MAX_CONSECUTIVE_ERRORS = 5;
function withDeadline(work, ms, onExpired) {
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => {
      onExpired();
      reject(Object.assign(new Error("AWS did not answer before the timeout"), { name: "TimeoutError" }));
    }, Math.max(ms, 0));
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
var realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function newestTimestamp(service) {
  const stamps = [
    ...(service.events ?? []).map((e) => e.createdAt),
    ...(service.deployments ?? []).map((d) => d.updatedAt)
  ].map((s) => Date.parse(s ?? ""));
  return Math.max(0, ...stamps.filter((n) => Number.isFinite(n)));
}
function changeKey(service) {
  const counters = (service.deployments ?? []).map(
    (d) => `${d.id}:${d.status}:${d.runningCount}:${d.pendingCount}:${d.failedTasks}:${d.rolloutState}`
  );
  return `${counters.join("|")}#${service.events?.[0]?.id ?? ""}`;
}
async function watchDeployment(options) {
  const clock = options.clock ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const { logger } = options;
  let classifier;
  const stop = new AbortController();
  const poller = new DeploymentPoller(options.ecs, options.cluster, options.service, options.batcher, stop.signal);
  const startedAtMs = clock();
  const deadline = startedAtMs + options.timeoutMs;
  let baseline;
  let plan;
  let service;
  let lastKey = "";
  let lastProgress = "";
  let polls = 0;
  let consecutiveErrors = 0;
  const seenEvents = /* @__PURE__ */ new Set();
  let launchBlocks;
  const owner = () => plan?.taskOwnerId() ?? baseline?.deploymentId ?? options.deploymentId ?? "";
  const finish = (decision) => {
    const deploymentId = plan?.reportedId() || owner();
    const tasks = poller.ourTasks(owner());
    return {
      ...decision,
      // The reason quotes AWS text (events, stopped reasons): it is logged and fails the job as it is.
      reason: logLine(decision.reason),
      deploymentId,
      taskDefinitionArn: baseline?.taskDefinitionArn,
      service: service ?? {},
      tasks,
      startedAt: new Date(startedAtMs).toISOString(),
      endedAt: new Date(clock()).toISOString(),
      progress: service ? progressOf(service, tasks) : "the service could not be read",
      failureSignatures: failureSignatures(failedStops(tasks, classifier)),
      ...plan ? { strategy: plan.evidence() } : {}
    };
  };
  function progressOf(current, tasks) {
    const base = progressLine(current, owner(), tasks);
    return plan ? plan.progress(base) : base;
  }
  try {
    return await pollUntilVerdict();
  } finally {
    stop.abort();
  }
  async function pollUntilVerdict() {
    for (; ; ) {
      try {
        await withDeadline(pollOnce(), deadline - clock(), () => stop.abort());
        consecutiveErrors = 0;
      } catch (error) {
        if (error instanceof DeploymentGoneError) {
          const gone = await poller.findServiceDeployment(error.deploymentId);
          const decision = goneDeploymentDecision(error.deploymentId, gone?.status, gone?.statusReason ?? gone?.rollback?.reason);
          if (!decision) throw error;
          return { ...finish(decision), deploymentId: error.deploymentId };
        }
        if (error instanceof WatchError) throw error;
        if (isExpiredCredentials(error))
          throw new WatchError(
            `AWS rejected the credentials (${errorName(error)}: ${errorMessage(error)}); they may have expired before the watch ended. Give the role session a longer duration (configure-aws-credentials 'role-duration-seconds') or lower 'timeout-minutes'.`
          );
        consecutiveErrors += 1;
        if (!isTransient(error) && consecutiveErrors >= MAX_CONSECUTIVE_ERRORS)
          throw new WatchError(`The watch stopped after ${consecutiveErrors} failed polls in a row: ${errorName(error)}: ${errorMessage(error)}`);
        logger.info(`Skipped a poll: ${errorName(error)}: ${errorMessage(error)}`);
        options.onSkippedPoll?.(error);
      }
      if (service && baseline) {
        await loadClassifierOnFirstStop(owner());
        const decision = observe(service, baseline);
        if (decision) return finish(decision);
      }
      const now = clock();
      if (now >= deadline) {
        const detail = plan?.timeoutDetail();
        return finish({
          verdict: "timeout",
          reason: `Timed out after ${formatDuration(options.timeoutMs)}: ${detail ? `${detail}. ` : ""}${lastProgress || "the service could not be read"}`
        });
      }
      await sleep(Math.min(options.pollIntervalMs, deadline - now));
    }
  }
  async function pollOnce() {
    service = await poller.describeService();
    if (!baseline) {
      if (service.status === "INACTIVE" || service.status === "DRAINING")
        throw new WatchError(
          `Service '${options.service}' in cluster '${options.cluster}' is ${service.status}: it was deleted, so there is no deployment to follow. Check the 'service' and 'cluster' inputs.`
        );
      plan = await planFor(service, {
        ecs: options.ecs,
        codedeploy: options.codedeploy,
        cluster: options.cluster,
        service: options.service,
        region: options.region ?? "us-east-1",
        deploymentId: options.deploymentId,
        taskDefinition: options.taskDefinition,
        codeDeployDeploymentId: options.codeDeployDeploymentId,
        logger,
        clock,
        signal: stop.signal
      });
      const followed = await plan.follow(service);
      baseline = {
        deploymentId: followed.deploymentId,
        taskDefinitionArn: followed.taskDefinitionArn,
        previousTaskDefinitions: followed.previousTaskDefinitions,
        startedAtMs,
        timeoutMs: options.timeoutMs,
        maxFailedTasks: options.maxFailedTasks,
        launchBlockWindowMs: launchBlockWindowMs(options.timeoutMs)
      };
      launchBlocks = new LaunchBlockTracker(followed.createdAt);
      const about = [followed.detail, plan.strategy.kind === "ROLLING" ? "" : `${plan.strategy.kind} deployment`].filter(Boolean).join(", ");
      logger.info(
        `Following ${followed.label} of ${service.serviceName}${about ? ` (${about})` : ""}, timeout ${formatDuration(options.timeoutMs)}, polling every ${formatDuration(options.pollIntervalMs)}`
      );
      for (const event of service.events ?? []) if (event.id) seenEvents.add(event.id);
    } else {
      await plan?.poll(service);
    }
    const key = `${changeKey(service)}#${plan?.changeKey() ?? ""}`;
    const ours = poller.ourTasks(owner());
    const changed = polls === 0 || key !== lastKey;
    const stopping = ours.some((t) => t.desiredStatus === "STOPPED" && t.lastStatus !== "STOPPED");
    if (owner() && (changed || stopping || polls % SWEEP_EVERY_POLLS === 0)) {
      await poller.sweep(owner(), changed);
    }
    lastKey = key;
    polls += 1;
  }
  async function loadClassifierOnFirstStop(deploymentId) {
    if (!classifier && poller.ourTasks(deploymentId).some(isStopped)) classifier = await options.loadClassifier();
  }
  function observe(current, base) {
    const deploymentId = owner();
    const tasks = poller.ourTasks(deploymentId);
    logNewEvents(current);
    const progress = progressOf(current, tasks);
    if (progress !== lastProgress) logger.info(progress);
    lastProgress = progress;
    options.onProgress?.(watchSnapshot(current, deploymentId, tasks, startedAtMs, clock()));
    const observation = { service: current, tasks, nowMs: Math.max(clock(), newestTimestamp(current)) };
    const rolling = evaluate({
      observation,
      baseline: { ...base, deploymentId },
      stops: failedStops(tasks, classifier),
      launchBlock: launchBlocks?.observe(current, tasks, clock()) ?? null
    });
    return plan ? plan.decide(rolling, observation) : rolling;
  }
  function logNewEvents(current) {
    const fresh = (current.events ?? []).filter((e) => e.id && !seenEvents.has(e.id)).reverse();
    if (fresh.length === 0) return;
    logger.startGroup(`Service events (${fresh.length} new)`);
    for (const event of fresh) {
      seenEvents.add(event.id);
      logger.info(`${event.createdAt ?? ""} ${logLine(event.message ?? "")}`);
    }
    logger.endGroup();
  }
}

export {
  DescribeServicesBatcher,
  DeploymentPoller,
  realSleep,
  watchDeployment
};
