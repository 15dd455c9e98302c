import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  CollectionContext,
  MAX_LOG_EXCERPTS,
  _ep0,
  _mw0,
  allPages,
  awslogsConfig,
  collectContainerInstances,
  collectEfs,
  collectIam,
  collectImages,
  collectLoadBalancing,
  collectLogGroups,
  collectLogs,
  collectNetwork,
  collectSecrets,
  collectServiceDeployments,
  command,
  describeTaskDefinition,
  isError,
  planDeployments,
  refreshStoppedTasks,
  secretReferences,
  selectFailedContainers,
  unique,
  withEfsSecurityGroups
} from "./chunk-CB44TPYC.js";
import "./chunk-QSLN7FTP.js";
import "./chunk-LJSAN5EG.js";
import {
  DescribeAlarmHistory$,
  DescribeAlarms$,
  commonParams
} from "./chunk-56VR5GPY.js";
import "./chunk-VIJHQ7Q7.js";
import {
  toJson
} from "./chunk-GNSVWLU3.js";
import "./chunk-Z5V2ILVB.js";
import {
  accountOf,
  parseImageReference
} from "./chunk-YKD77PGM.js";
import "./chunk-CYU2FCNN.js";
import {
  failedLifecycleEvent,
  hookFailure
} from "./chunk-5IFUUPIR.js";
import "./chunk-HXBF4HFE.js";
import "./chunk-AZTIRNC4.js";
import {
  CloudWatchLogsClient
} from "./chunk-GBZUN7YG.js";
import {
  FilterLogEvents$
} from "./chunk-BSNQVMGZ.js";
import "./chunk-25XKIVQX.js";
import "./chunk-ALIM7UPR.js";
import "./chunk-PJYV4XED.js";
import "./chunk-BW6FY5JI.js";
import "./chunk-XLUAYXVJ.js";
import {
  EVIDENCE_CHECKS,
  EVIDENCE_SCHEMA_VERSION
} from "./chunk-5MSGKI4G.js";
import {
  redactEvidence
} from "./chunk-QMHTH2TK.js";
import "./chunk-UHW7ZZCQ.js";
import "./chunk-H72JYIFK.js";
import "./chunk-TKVUBQDR.js";
import "./chunk-V5SPZU3S.js";
import "./chunk-CA2MIYFV.js";
import "./chunk-6VTP2GXM.js";
import {
  createPaginator
} from "./chunk-CPQYRG73.js";
import {
  getEndpointPlugin,
  makeBuilder
} from "./chunk-3BRKJ3XX.js";
import "./chunk-TTM33TCO.js";
import "./chunk-7EKYNA33.js";
import "./chunk-W6QNG5T7.js";
import "./chunk-FJAKXPKF.js";
import "./chunk-UZE5WIRC.js";

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/FilterLogEventsCommand.js
var FilterLogEventsCommand = class extends command(_ep0, _mw0, "FilterLogEvents", FilterLogEvents$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/pagination/FilterLogEventsPaginator.js
var paginateFilterLogEvents = createPaginator(CloudWatchLogsClient, FilterLogEventsCommand, "nextToken", "nextToken", "limit");

// node_modules/@aws-sdk/client-cloudwatch/dist-es/commandBuilder.js
var command2 = makeBuilder(commonParams, "GraniteServiceVersion20100801", "CloudWatchClient", getEndpointPlugin);
var _ep02 = {};
var _mw02 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/DescribeAlarmHistoryCommand.js
var DescribeAlarmHistoryCommand = class extends command2(_ep02, _mw02, "DescribeAlarmHistory", DescribeAlarmHistory$) {
};

// node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/DescribeAlarmsCommand.js
var DescribeAlarmsCommand = class extends command2(_ep02, _mw02, "DescribeAlarms", DescribeAlarms$) {
};

// src/evidence/strategy.ts
var HISTORY_LEAD_MS = 60 * 6e4;
var HISTORY_ITEMS = 10;
var MAX_LINE_LENGTH = 2e3;
async function collectStrategyEvidence(ctx, strategy, logLines) {
  if (!strategy) return void 0;
  const [firedAlarms, hookLogs] = await Promise.all([collectAlarms(ctx, strategy), collectHookLogs(ctx, strategy, logLines)]);
  return { ...strategy, ...firedAlarms ? { firedAlarms } : {}, ...hookLogs ? { hookLogs } : {} };
}
function deploymentStartMs(strategy) {
  const started = strategy.serviceDeployment?.createdAt ?? strategy.serviceDeployment?.startedAt ?? strategy.codeDeploy?.deployment?.createTime;
  const ms = started ? Date.parse(started) : NaN;
  return Number.isFinite(ms) ? ms : void 0;
}
async function collectAlarms(ctx, strategy) {
  const names = (strategy.serviceDeployment?.alarms?.triggeredAlarmNames ?? []).filter(Boolean).slice(0, 10);
  if (names.length === 0) return void 0;
  const cloudwatch = await ctx.client("cloudwatch");
  const described = await ctx.call(
    { check: EVIDENCE_CHECKS.alarms, api: "cloudwatch:DescribeAlarms", resource: names.join(", ") },
    (options) => (
      // Without AlarmTypes only metric alarms come back.
      cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: names, AlarmTypes: ["MetricAlarm", "CompositeAlarm"] }), options)
    )
  );
  const start = deploymentStartMs(strategy);
  const histories = await Promise.all(names.map((name) => alarmHistory(ctx, name, start)));
  return names.map((name, i) => {
    const metric = described?.MetricAlarms?.find((a) => a.AlarmName === name);
    const composite = described?.CompositeAlarms?.find((a) => a.AlarmName === name);
    return { ...alarmFacts(name, metric, composite), history: histories[i] ?? [] };
  });
}
function alarmFacts(name, metric, composite) {
  const alarm = metric ?? composite;
  const base = {
    name,
    type: metric ? "MetricAlarm" : composite ? "CompositeAlarm" : "unknown",
    ...alarm?.StateValue ? { stateValue: alarm.StateValue } : {},
    ...alarm?.StateReason ? { stateReason: alarm.StateReason.slice(0, MAX_LINE_LENGTH) } : {},
    ...alarm?.StateTransitionedTimestamp ? { stateTransitionedAt: alarm.StateTransitionedTimestamp.toISOString() } : {}
  };
  if (composite) return { ...base, ...composite.AlarmRule ? { alarmRule: composite.AlarmRule } : {} };
  if (!metric) return base;
  const dimensions = (metric.Dimensions ?? []).map((d) => `${d.Name}=${d.Value}`).join(",");
  return {
    ...base,
    ...metric.MetricName ? { metric: metric.MetricName } : {},
    ...metric.Namespace ? { namespace: metric.Namespace } : {},
    ...dimensions ? { dimensions } : {},
    ...metric.Statistic || metric.ExtendedStatistic ? { statistic: metric.Statistic ?? metric.ExtendedStatistic } : {},
    ...metric.Threshold !== void 0 ? { threshold: metric.Threshold } : {},
    ...metric.ComparisonOperator ? { comparison: metric.ComparisonOperator } : {},
    ...metric.Period !== void 0 ? { periodSeconds: metric.Period } : {},
    ...metric.EvaluationPeriods !== void 0 ? { evaluationPeriods: metric.EvaluationPeriods } : {}
  };
}
async function alarmHistory(ctx, name, startMs) {
  const output = await ctx.call(
    { check: EVIDENCE_CHECKS.alarms, api: "cloudwatch:DescribeAlarmHistory", resource: name },
    async (options) => (await ctx.client("cloudwatch")).send(
      new DescribeAlarmHistoryCommand({
        AlarmName: name,
        HistoryItemType: "StateUpdate",
        ScanBy: "TimestampDescending",
        MaxRecords: HISTORY_ITEMS,
        ...startMs !== void 0 ? { StartDate: new Date(startMs - HISTORY_LEAD_MS) } : {}
      }),
      options
    )
  );
  return output?.AlarmHistoryItems?.map((item) => ({ at: item.Timestamp?.toISOString() ?? "", summary: historySummary(item.HistorySummary, item.HistoryData) }));
}
function historySummary(summary, data) {
  let reason = "";
  try {
    const parsed = JSON.parse(data ?? "{}");
    if (typeof parsed.newState?.stateReason === "string") reason = parsed.newState.stateReason;
  } catch {
    reason = "";
  }
  return `${summary ?? "State changed"}${reason ? `: ${reason}` : ""}`.slice(0, MAX_LINE_LENGTH);
}
function failedHookFunction(strategy) {
  const ecs = hookFailure(strategy.serviceDeployment);
  if (ecs?.functionArn && !ecs.pauseExpired) return ecs.functionArn;
  const event = failedLifecycleEvent(strategy.codeDeploy?.target)?.lifecycleEventName;
  return event ? strategy.codeDeploy?.hookFunctions?.[event] : void 0;
}
function functionNameOf(functionArnOrName) {
  return functionArnOrName.includes(":function:") ? functionArnOrName.split(":function:")[1]?.split(":")[0] ?? functionArnOrName : functionArnOrName;
}
async function collectHookLogs(ctx, strategy, logLines) {
  const functionArn = failedHookFunction(strategy);
  if (!functionArn) return void 0;
  const functionName = functionNameOf(functionArn);
  const logGroupName = `/aws/lambda/${functionName}`;
  const start = deploymentStartMs(strategy);
  const limit = Math.min(Math.max(Math.trunc(logLines), 1), 1e4);
  const read = await ctx.call(
    { check: EVIDENCE_CHECKS.hookLogs, api: "logs:FilterLogEvents", resource: logGroupName },
    async (options) => {
      const pages = paginateFilterLogEvents({ client: await ctx.client("logs") }, { logGroupName, ...start !== void 0 ? { startTime: start - 6e4 } : {} }, options);
      const events = await allPages(pages, (page) => page.events, 5);
      const lines = events.map((e) => (e.message ?? "").replace(/\r?\n$/, "").slice(0, MAX_LINE_LENGTH)).slice(-limit);
      return lines.length > 0 ? { lines } : { lines, missing: "no-lines" };
    },
    (error) => isError(error, "ResourceNotFoundException") ? { lines: [], missing: "group-not-found" } : void 0
  );
  if (!read) return void 0;
  return { functionArn, functionName, logGroupName, ...read };
}

// src/evidence/collect.ts
var DEFAULT_LOG_LINES = 50;
var DEFAULT_EVIDENCE_DEADLINE_MS = 6e4;
async function collectEvidence(req) {
  const generatedAt = (req.now ?? (() => /* @__PURE__ */ new Date()))().toISOString();
  const service = toJson(req.service);
  const watchedTasks = req.tasks.map((t) => toJson(t));
  const owner = accountOf([service.serviceArn, service.clusterArn, service.taskDefinition, watchedTasks[0]?.taskArn, req.taskDefinitionArn]);
  const ctx = new CollectionContext({
    clients: req.clients,
    region: req.region,
    ...owner,
    deadlineMs: req.deadlineMs ?? DEFAULT_EVIDENCE_DEADLINE_MS
  });
  try {
    const plan = planDeployments(service, req.deploymentId, watchedTasks, req.taskDefinitionArn);
    const loadBalancing = collectLoadBalancing(ctx, service);
    const tasksP = refreshStoppedTasks(ctx, req.cluster, req.deploymentId, watchedTasks);
    const taskDefinitionP = describeTaskDefinition(ctx, EVIDENCE_CHECKS.taskDefinition, plan.taskDefinitionArn);
    const fromTaskDefinitionP = taskDefinitionP.then(
      (taskDefinition2) => taskDefinition2 ? collectFromTaskDefinition(ctx, taskDefinition2, { watched: watchedTasks, refreshed: tasksP }, req.logLines ?? DEFAULT_LOG_LINES) : void 0
    );
    const [tasks, taskDefinition, previousTaskDefinition, serviceDeployments, containerInstances, networkOnly, loadBalancingEvidence, fromTaskDefinition, strategy, efs] = await Promise.all([
      tasksP,
      taskDefinitionP,
      describeTaskDefinition(ctx, EVIDENCE_CHECKS.previousTaskDefinition, plan.previousTaskDefinitionArn),
      collectServiceDeployments(ctx, req.cluster, req.serviceName, plan.followed),
      tasksP.then((tasks2) => collectContainerInstances(ctx, req.cluster, tasks2)),
      collectNetwork(ctx, service, loadBalancing.securityGroupIds),
      loadBalancing.evidence,
      fromTaskDefinitionP,
      collectStrategyEvidence(ctx, req.strategy, req.logLines ?? DEFAULT_LOG_LINES),
      taskDefinitionP.then((taskDefinition2) => collectEfs(ctx, taskDefinition2))
    ]);
    const network = withEfsSecurityGroups(networkOnly, efs);
    return redactEvidence({
      schemaVersion: EVIDENCE_SCHEMA_VERSION,
      generatedAt,
      region: req.region,
      cluster: req.cluster,
      serviceName: req.serviceName,
      deploymentId: req.deploymentId,
      ...req.watch ? { watch: req.watch } : {},
      service,
      taskDefinition,
      ...plan.previousTaskDefinitionArn ? { previousTaskDefinition } : {},
      tasks,
      ...serviceDeployments ? { serviceDeployments } : {},
      ...containerInstances ? { containerInstances } : {},
      ...fromTaskDefinition ?? {},
      ...network ? { network } : {},
      ...loadBalancingEvidence ? { loadBalancing: loadBalancingEvidence } : {},
      ...efs ? { efs: efs.efs } : {},
      ...strategy ? { strategy } : {},
      unavailable: sortUnavailable(ctx.unavailable)
    });
  } finally {
    ctx.dispose();
  }
}
async function collectAllLogs(ctx, taskDefinition, tasks, logLines) {
  const first = selectFailedContainers(tasks.watched, taskDefinition);
  const key = (c) => `${c.taskArn} ${c.containerName}`;
  const firstLogs = collectLogs(ctx, taskDefinition, first, logLines);
  const moreLogs = tasks.refreshed.then((refreshed) => {
    const seen = new Set(first.map(key));
    const more = selectFailedContainers(refreshed, taskDefinition).filter((c) => !seen.has(key(c)) && refreshed.some((t) => t.taskArn === c.taskArn && t.lastStatus === "STOPPED"));
    return collectLogs(ctx, taskDefinition, more.slice(0, Math.max(0, MAX_LOG_EXCERPTS - first.length)), logLines);
  });
  return [...await firstLogs, ...await moreLogs];
}
async function collectFromTaskDefinition(ctx, taskDefinition, tasks, logLines) {
  const imagesP = collectImages(ctx, taskDefinition);
  const secretsP = collectSecrets(ctx, secretReferences(taskDefinition, ctx.scope));
  const containers = taskDefinition.containerDefinitions ?? [];
  const logConfigs = unique(containers.map((c) => awslogsConfig(c, ctx.region)));
  const imageReferences = unique(containers.map((c) => c.image)).map(parseImageReference);
  const needs = secretsP.then((secrets2) => ({ images: imageReferences, secrets: secrets2, logConfigs }));
  const [logs, logGroups, iam, images, secrets] = await Promise.all([
    collectAllLogs(ctx, taskDefinition, tasks, logLines),
    collectLogGroups(ctx, taskDefinition),
    collectIam(ctx, taskDefinition, needs),
    imagesP,
    secretsP
  ]);
  return { logs, logGroups, ...iam ? { iam } : {}, images, secrets };
}
function sortUnavailable(entries) {
  const key = (u) => [u.check, u.api, u.resource ?? "", u.errorCode ?? ""].join("\0");
  const distinct = new Map(entries.map((u) => [key(u), u]));
  return [...distinct.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, u]) => u);
}
export {
  DEFAULT_EVIDENCE_DEADLINE_MS,
  DEFAULT_LOG_LINES,
  collectEvidence
};
