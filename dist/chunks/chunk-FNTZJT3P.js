import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  alert,
  code,
  details,
  fence,
  heading,
  html,
  link,
  linkTarget,
  mermaidLabel,
  plural,
  table,
  text,
  truncate
} from "./chunk-QCPYTZYL.js";
import {
  clockTime,
  formatDuration,
  taskDefinitionLabel,
  utcTime
} from "./chunk-UG42X6BT.js";
import {
  hookFailure,
  lifecycleSpans,
  rollbackCause,
  strategyLabel
} from "./chunk-5IFUUPIR.js";
import {
  ecsConsoleUrl
} from "./chunk-JFST3NRE.js";
import {
  redactLines,
  redactSecrets,
  redactTail,
  secretEnvironmentValues,
  secretsRedactedFrom
} from "./chunk-QMHTH2TK.js";

// src/report/model.ts
function alreadyRolledBack(input) {
  return input.verdict === "rolled-back" || input.rollback?.status === "rolled-back";
}
function taskId(taskArn) {
  if (!taskArn) return "";
  return taskArn.slice(taskArn.lastIndexOf("/") + 1);
}
function taskDefinitionOf(td) {
  if (!td) return "";
  if (td.family && td.revision !== void 0) return `${td.family}:${td.revision}`;
  return taskDefinitionLabel(td.taskDefinitionArn);
}
function followedDeployment(input) {
  if (!input.deploymentId) return void 0;
  return input.evidence.service.deployments?.find((deployment) => deployment.id === input.deploymentId);
}
function millisBetween(start, end) {
  if (!start || !end) return null;
  const ms = Date.parse(end) - Date.parse(start);
  return Number.isFinite(ms) ? ms : null;
}
function watchDuration(input) {
  const watch = input.evidence.watch;
  return formatDuration(millisBetween(watch?.startedAt, watch?.endedAt));
}
function consoleUrl(input) {
  return ecsConsoleUrl(input.region, input.cluster, input.serviceName);
}
function deploymentTasks(input) {
  const tasks = input.evidence.tasks ?? [];
  const ours = input.deploymentId ? tasks.filter((task) => !task.startedBy || task.startedBy === input.deploymentId) : tasks;
  return [...ours].sort((a, b) => (Date.parse(b.createdAt ?? "") || 0) - (Date.parse(a.createdAt ?? "") || 0));
}
function targetHealth(input) {
  const groups = input.evidence.loadBalancing?.targetHealth;
  if (!groups?.length) return null;
  const taskIps = new Set(
    deploymentTasks(input).flatMap((task) => task.attachments ?? []).flatMap((attachment) => attachment.details ?? []).filter((detail) => detail.name === "privateIPv4Address" && detail.value).map((detail) => detail.value)
  );
  const descriptions = groups.flatMap((group) => group.descriptions);
  const ours = taskIps.size ? descriptions.filter((d) => d.Target?.Id && taskIps.has(d.Target.Id)) : descriptions;
  return { healthy: ours.filter((d) => d.TargetHealth?.State === "healthy").length, total: ours.length };
}
var REDACT_MAX = 8e3;
function redactorFor(input) {
  const known = secretEnvironmentValues(input.evidence);
  return {
    line: (value) => value ? redactSecrets(String(value).slice(0, REDACT_MAX), known).text : "",
    lines: (values) => redactLines(values.map(String), known).lines,
    tail: (values, count) => {
      const start = Math.max(0, values.length - count);
      const capped = [...values.slice(0, start).map(String), ...values.slice(start).map((value) => String(value).slice(0, REDACT_MAX))];
      return redactTail(capped, count, known);
    }
  };
}
function secretsToMask(input) {
  const known = secretEnvironmentValues(input.evidence);
  const found = /* @__PURE__ */ new Set([...known, ...secretsRedactedFrom(input.evidence)]);
  const addLines = (lines) => redactLines(lines.map((line) => line.slice(0, REDACT_MAX)), known).secrets.forEach((secret) => found.add(secret));
  for (const log of input.evidence.logs ?? []) addLines(log.lines);
  const strings = [];
  for (const task of input.evidence.tasks ?? []) {
    strings.push(task.stoppedReason ?? "", ...(task.containers ?? []).map((c) => c.reason ?? ""));
  }
  strings.push(...(input.evidence.service.events ?? []).map((event) => event.message ?? ""));
  strings.push(input.evidence.watch?.reason ?? "", input.evidence.watch?.progress ?? "");
  for (const finding of input.diagnosis?.findings ?? []) {
    strings.push(finding.title, finding.explanation, ...finding.evidence);
    if (finding.logExcerpt) addLines(finding.logExcerpt.lines);
  }
  for (const group of input.diagnosis?.failureGroups ?? []) strings.push(group.exampleReason, group.signature);
  for (const value of strings) redactSecrets(value.slice(0, REDACT_MAX), known).secrets.forEach((secret) => found.add(secret));
  return [...found].filter((secret) => !secret.includes("[REDACTED"));
}

// src/report/strategy.ts
function strategyOf(input) {
  const strategy = input.evidence.strategy;
  return typeof strategy === "object" && strategy !== null && !Array.isArray(strategy) ? strategy : void 0;
}
function worthShowing(strategy) {
  return Boolean(strategy && (strategy.kind !== "ROLLING" || strategy.alarms));
}
function percent(value) {
  return value === void 0 ? "\u2013" : `${Math.round(value * 10) / 10}%`;
}
function kindLine(strategy) {
  const facts = [];
  const sd = strategy.serviceDeployment;
  if (sd?.status) facts.push(`**Service deployment** ${code(sd.status)}`);
  if (sd?.lifecycleStage) facts.push(`**Stage reached** ${code(sd.lifecycleStage)}`);
  const bake = sd?.deploymentConfiguration?.bakeTimeInMinutes;
  if (bake !== void 0 && strategy.kind !== "ROLLING") facts.push(`**Bake time** ${bake} min`);
  const cd = strategy.codeDeploy;
  if (cd) {
    facts.push(`**CodeDeploy deployment** ${code(cd.deploymentId)}${cd.deployment?.status ? ` ${code(cd.deployment.status)}` : ""}`);
    if (cd.applicationName) facts.push(`**Deployment group** ${code(`${cd.applicationName}/${cd.deploymentGroupName ?? ""}`)}`);
  }
  if (strategy.taskSet?.id && strategy.kind === "EXTERNAL") facts.push(`**Task set** ${code(strategy.taskSet.id)} ${code(strategy.taskSet.stabilityStatus ?? "")}`);
  if (strategy.alarms) facts.push(`**Alarms** ${strategy.alarms.names.map((n) => code(n)).join(", ")} (rollback ${strategy.alarms.rollback ? "on" : "off"})`);
  return facts.join(" \xB7 ");
}
function chartTime(ms) {
  return new Date(ms).toISOString().slice(0, 19).replace("T", " ");
}
function stageChart(stages, endedAt) {
  const end = Date.parse(endedAt ?? "");
  const bars = stages.flatMap((span, index) => {
    const start = Date.parse(span.startedAt);
    const stop = Date.parse(span.endedAt ?? "") || end || start;
    if (!Number.isFinite(start)) return [];
    const tags = span.status === "Failed" ? ["crit"] : !span.endedAt ? ["active"] : span.status === "Skipped" ? [] : ["done"];
    const traffic = span.greenTrafficPercent ? ` green ${Math.round(span.greenTrafficPercent)} pct` : "";
    return [`    ${mermaidLabel(`${span.stage}${traffic}`, 48) || `stage ${index + 1}`} :${[...tags, `s${index}`, chartTime(start), chartTime(Math.max(start + 1e3, stop))].join(", ")}`];
  });
  if (bars.length === 0) return null;
  return ["```mermaid", "gantt", "    title Deployment stages (UTC)", "    dateFormat YYYY-MM-DD HH:mm:ss", "    axisFormat %H:%M:%S", "    todayMarker off", "    section Stages", ...bars, "```"].join("\n");
}
function targetHealth2(input, targetGroup) {
  if (!targetGroup) return "";
  const groups = input.evidence.loadBalancing?.targetHealth ?? [];
  const names = input.evidence.loadBalancing?.targetGroups ?? [];
  const arn = names.find((g) => g.TargetGroupArn === targetGroup || g.TargetGroupName === targetGroup)?.TargetGroupArn ?? targetGroup;
  const health = groups.find((g) => g.targetGroupArn === arn);
  const name = arn.split("/")[1] ?? arn;
  if (!health) return code(name, { inTable: true });
  const healthy = health.descriptions.filter((d) => d.TargetHealth?.State === "healthy").length;
  return `${healthy}/${health.descriptions.length} healthy in ${code(name, { inTable: true })}`;
}
function revisionLabels(input) {
  const deployments = input.evidence.service.deployments ?? [];
  const ours = deployments.find((d) => d.id === input.deploymentId)?.taskDefinition;
  const other = deployments.find((d) => d.id !== input.deploymentId && d.taskDefinition !== ours)?.taskDefinition;
  return {
    green: taskDefinitionOf(input.evidence.taskDefinition) || taskDefinitionLabel(ours) || "new revision",
    blue: taskDefinitionOf(input.evidence.previousTaskDefinition) || taskDefinitionLabel(other) || "previous revision"
  };
}
function ecsRevisionRows(input, strategy) {
  const sd = strategy.serviceDeployment;
  if (!sd?.targetServiceRevision) return [];
  const balancer = input.evidence.service.loadBalancers?.[0];
  const green = sd.targetServiceRevision;
  const labels = revisionLabels(input);
  const rows = [
    [
      `${code(labels.green, { inTable: true })} green`,
      percent(green.requestedProductionTrafficWeight),
      percent(green.requestedTestTrafficWeight),
      `${green.runningTaskCount ?? 0} / ${green.requestedTaskCount ?? 0}`,
      targetHealth2(input, balancer?.advancedConfiguration?.alternateTargetGroupArn ?? balancer?.targetGroupArn)
    ]
  ];
  for (const blue of sd.sourceServiceRevisions ?? []) {
    rows.push([
      `${code(labels.blue, { inTable: true })} blue`,
      percent(blue.requestedProductionTrafficWeight ?? (green.requestedProductionTrafficWeight === void 0 ? void 0 : 100 - green.requestedProductionTrafficWeight)),
      percent(blue.requestedTestTrafficWeight ?? (green.requestedTestTrafficWeight === void 0 ? void 0 : 100 - green.requestedTestTrafficWeight)),
      `${blue.runningTaskCount ?? 0} / ${blue.requestedTaskCount ?? 0}`,
      strategy.kind === "ROLLING" ? "" : targetHealth2(input, balancer?.targetGroupArn)
    ]);
  }
  return rows;
}
function codeDeployRows(input, strategy) {
  return (strategy.codeDeploy?.target?.taskSetsInfo ?? []).map((set) => [
    `${code(set.identifer ?? "", { inTable: true })} ${text(set.taskSetLabel?.toLowerCase(), 10)}`,
    percent(set.trafficWeight),
    "",
    `${set.runningCount ?? 0} / ${set.desiredCount ?? 0}`,
    targetHealth2(input, set.targetGroup?.name)
  ]);
}
function revisionsTable(input, strategy) {
  const rows = strategy.controller === "CODE_DEPLOY" ? codeDeployRows(input, strategy) : ecsRevisionRows(input, strategy);
  if (rows.length === 0) return null;
  return table(["Revision", "Production traffic", "Test traffic", "Running / requested", "Target health"], rows, ["left", "right", "right", "right", "left"]);
}
function rollbackLine(input, strategy) {
  const redact = redactorFor(input);
  const sd = strategy.serviceDeployment;
  if (sd?.rollback?.startedAt || sd?.status?.startsWith("ROLLBACK_")) {
    const to = sd.rollback?.serviceRevisionArn ? ` to service revision ${code(sd.rollback.serviceRevisionArn.split("/").pop())}` : "";
    const why = sd.rollback?.reason ?? sd.statusReason;
    return `**Rollback:** ECS started rolling back${to}${sd.rollback?.startedAt ? ` at ${utcTime(sd.rollback.startedAt)}` : ""}: production and test traffic went back to blue and the green tasks were stopped (${code(sd.status)}).${why ? ` ${text(redact.line(why), 400)}` : ""}`;
  }
  const info = strategy.codeDeploy?.deployment;
  if (info?.rollbackInfo?.rollbackDeploymentId)
    return `**Rollback:** CodeDeploy rolled back with deployment ${code(info.rollbackInfo.rollbackDeploymentId)}: traffic returned to the original task set and the replacement task set was removed.`;
  return null;
}
function awaitingBlock(strategy) {
  const awaiting = strategy.awaiting;
  if (!awaiting) return null;
  const what = awaiting.kind === "codedeploy-ready" ? "CodeDeploy is **Ready**: the replacement task set is up and waits for production traffic to be rerouted." : `The ${code(awaiting.stage)} pause hook ${code(awaiting.hookId)} is **waiting for approval**${awaiting.expiresAt ? ` until ${utcTime(awaiting.expiresAt)}` : ""}${awaiting.timeoutAction ? ` (then ${code(awaiting.timeoutAction)})` : ""}.`;
  return [what, "", "Continue:", "", fence([awaiting.continueCommand], "bash"), "", "Or roll back:", "", fence([awaiting.rollbackCommand], "bash")].join("\n");
}
function alarmBlock(input, alarms) {
  const redact = redactorFor(input);
  const rows = alarms.flatMap(
    (alarm) => (Array.isArray(alarm.history) ? alarm.history : []).slice(0, 5).map((item) => [code(alarm.name, { inTable: true }), clockTime(item.at), text(redact.line(item.summary), 300)])
  );
  if (rows.length === 0) return null;
  return table(["Alarm", "At (UTC)", "State change"], rows);
}
function hookLogBlock(input, strategy, maxLines) {
  const logs = strategy.hookLogs;
  if (!logs || !Array.isArray(logs.lines) || logs.lines.length === 0) return null;
  const lines = redactorFor(input).tail(logs.lines.map(String), maxLines).map((line) => truncate(line, 500));
  return details(`Log of hook function ${html(logs.functionName, 80)} (${plural(lines.length, "line")}, ${html(logs.logGroupName, 120)})`, fence(lines, "text"));
}
function strategyRollbackCause(input) {
  const strategy = strategyOf(input);
  const sd = strategy?.serviceDeployment;
  if (sd?.status?.startsWith("ROLLBACK_") && (sd.alarms?.status === "TRIGGERED" || hookFailure(sd))) return `Because ${text(rollbackCause(sd), 200)}, ECS rolled the service back`;
  const info = strategy?.codeDeploy?.deployment;
  if (info?.rollbackInfo?.rollbackDeploymentId) return `CodeDeploy's deployment failed (${text(info.errorInformation?.code ?? info.status ?? "failed", 60)}) and it rolled the service back`;
  return null;
}
function stageNote(strategy) {
  if (!strategy.stages?.length || strategy.controller === "CODE_DEPLOY") return null;
  return "_Stages as the watch saw them at each poll: a stage shorter than the poll interval may not show._";
}
function strategySection(input, level, opts = { maxLogLines: 30 }) {
  const strategy = strategyOf(input);
  if (!worthShowing(strategy)) return null;
  const parts = [
    heading(level, `Deployment strategy: ${text(strategyLabel(strategy), 40)}`),
    kindLine(strategy),
    stageChart(strategy.stages?.length ? strategy.stages : lifecycleSpans(strategy.codeDeploy?.target), input.evidence.watch?.endedAt),
    stageNote(strategy),
    revisionsTable(input, strategy),
    rollbackLine(input, strategy),
    awaitingBlock(strategy),
    alarmBlock(input, strategy.firedAlarms ?? []),
    opts.maxLogLines > 0 ? hookLogBlock(input, strategy, opts.maxLogLines) : null
  ].filter((part) => Boolean(part));
  return parts.join("\n\n");
}

// src/report/headline.ts
var VERDICT_STYLE = {
  stable: { icon: "\u2705", phrase: "deployed and stable", alert: "TIP" },
  failed: { icon: "\u274C", phrase: "deployment failed", alert: "CAUTION" },
  "rolled-back": { icon: "\u21A9\uFE0F", phrase: "deployment rolled back", alert: "CAUTION" },
  stuck: { icon: "\u23F8\uFE0F", phrase: "deployment stuck", alert: "WARNING" },
  timeout: { icon: "\u23F1\uFE0F", phrase: "deployment timed out", alert: "WARNING" }
};
function verdictPhrase(verdict) {
  return VERDICT_STYLE[verdict].phrase;
}
function rootCauseOf(input) {
  return input.diagnosis?.rootCause ?? null;
}
function headlineText(input) {
  const style = VERDICT_STYLE[input.verdict];
  const rootCause = rootCauseOf(input);
  const cause = input.verdict !== "stable" && rootCause ? ` \u2014 ${code(rootCause.code)}` : "";
  return `${style.icon} ${code(input.serviceName)} ${style.phrase}${cause}`;
}
function plainHeadline(input) {
  const rootCause = rootCauseOf(input);
  const phrase = VERDICT_STYLE[input.verdict].phrase;
  return rootCause ? `${input.serviceName} ${phrase}: ${rootCause.code}` : `${input.serviceName} ${phrase}`;
}
function rolledBackTo(input) {
  const primary = input.evidence.service.deployments?.find((d) => d.status === "PRIMARY");
  if (primary && primary.id !== input.deploymentId) return taskDefinitionLabel(primary.taskDefinition);
  return taskDefinitionOf(input.evidence.previousTaskDefinition);
}
function ourRevision(input) {
  return taskDefinitionOf(input.evidence.taskDefinition) || taskDefinitionLabel(followedDeployment(input)?.taskDefinition);
}
function endSentence(value) {
  return !value || /[.!?…]$/.test(value) ? value : `${value}.`;
}
function watchReason(input) {
  let reason = input.evidence.watch?.reason ?? "";
  for (const { signature } of input.evidence.watch?.failureSignatures ?? []) {
    if (!signature || !reason.includes(`: ${signature}`)) continue;
    const example = input.diagnosis?.failureGroups.find((group) => group.signature === signature)?.exampleReason;
    reason = reason.replace(`: ${signature}`, example ? `: ${truncate(example, 300)}` : "");
  }
  return endSentence(reason);
}
function notStarted(input) {
  return deploymentTasks(input).filter((task) => !task.startedAt && task.lastStatus !== "STOPPED" && task.desiredStatus !== "STOPPED");
}
function notStartedSentence(input) {
  const waiting = notStarted(input);
  if (waiting.length === 0) return "";
  const tasks = waiting.length === 1 ? "1 task has" : `${waiting.length} tasks have`;
  const pulling = waiting.filter((task) => task.pullStartedAt && !task.pullStoppedAt);
  if (pulling.length === 0) return ` ${tasks} not started yet (${text(waiting[0].lastStatus, 20) || "PENDING"}): ECS has not begun pulling the image.`;
  const since = pulling.map((task) => Date.parse(task.pullStartedAt ?? "")).filter(Number.isFinite).sort((a, b) => a - b)[0];
  const at = since ? ` at ${utcTime(new Date(since).toISOString())}` : "";
  return ` ${tasks} not started yet: ECS began pulling the image${at} and the pull had not finished when the watch stopped.`;
}
function verdictSentences(input) {
  const redact = redactorFor(input);
  const watch = input.evidence.watch;
  const revision = ourRevision(input);
  switch (input.verdict) {
    case "rolled-back": {
      const previous = rolledBackTo(input);
      const to = previous ? ` to ${code(previous)}` : "";
      const ours = followedDeployment(input);
      const cause = strategyRollbackCause(input);
      const how = cause ? `${cause}${to}. ` : ours && ours.rolloutState !== "FAILED" ? `Another deployment rolled the service back${to} before this one completed. ` : `ECS rolled the service back${to} after the new tasks kept failing. `;
      return [`${how}The service may look healthy now, but it is running the previous revision${revision ? `, not ${code(revision)}` : ""}.`];
    }
    case "timeout": {
      const progress = watch?.progress ? `: ${endSentence(text(redact.line(watch.progress), 400))}` : ".";
      const targets = targetHealth(input);
      const health = targets?.total ? ` Load balancer targets of the new tasks: ${targets.healthy} of ${targets.total} healthy.` : "";
      return [`The deployment was still in progress when the watch stopped after ${watchDuration(input) || "its timeout"}${progress}${notStartedSentence(input)}${health}`];
    }
    case "stuck":
      return [`The deployment stopped making progress${watch?.reason ? `: ${text(redact.line(watchReason(input)), 400)}` : "."}`];
    default:
      return [];
  }
}
function verdictAlert(input, opts = {}) {
  const style = VERDICT_STYLE[input.verdict];
  if (input.verdict === "stable") return alert(style.alert, [stableSentence(input)]);
  const redact = redactorFor(input);
  const rootCause = rootCauseOf(input);
  const paragraphs = [];
  if (rootCause) {
    paragraphs.push(`**${text(redact.line(rootCause.title), 300)}** (${text(rootCause.confidence, 20)} confidence)`);
  } else {
    const lead = input.verdict === "timeout" ? "No failure found before the timeout." : "Root cause not identified.";
    const reason = input.verdict === "timeout" || input.verdict === "stuck" ? "" : watchReason(input);
    paragraphs.push(`**${lead}**${reason ? ` ${text(redact.line(reason), 400)}` : ""}`);
  }
  paragraphs.push(...verdictSentences(input));
  if (rootCause?.explanation) paragraphs.push(text(redact.line(rootCause.explanation), opts.explanationMax ?? 1500));
  return alert(style.alert, paragraphs);
}
function stableSentence(input) {
  const deployment = followedDeployment(input);
  const revision = ourRevision(input);
  const parts = [];
  if (deployment) parts.push(`${deployment.runningCount ?? 0}/${deployment.desiredCount ?? 0} tasks running`);
  const targets = targetHealth(input);
  if (targets) parts.push(`${targets.healthy}/${targets.total} targets healthy`);
  const duration = watchDuration(input);
  const subject = revision ? `Revision ${code(revision)} is live` : "The new revision is live";
  return `${subject}${parts.length ? `: ${parts.join(", ")}` : ""}${duration ? `. The deployment took ${duration}` : ""}.`;
}
function factsLine(input) {
  const facts = [
    `**Service** ${code(input.serviceName)}`,
    `**Cluster** ${code(input.cluster)}`,
    `**Region** ${code(input.region)}`
  ];
  if (input.deploymentId) facts.push(`**Deployment** ${code(input.deploymentId)}`);
  const revision = ourRevision(input);
  if (revision) facts.push(`**Revision** ${code(revision)}`);
  const duration = watchDuration(input);
  if (duration) facts.push(`**Watched** ${duration}`);
  const url = consoleUrl(input);
  if (url) facts.push(link("Deployments in the AWS console \u2197", linkTarget(url)));
  return facts.join(" \xB7 ");
}
function firstErrorLine(input) {
  const excerpt = rootCauseOf(input)?.logExcerpt;
  if (!excerpt || excerpt.highlight === void 0) return "";
  const line = excerpt.lines[excerpt.highlight];
  if (line === void 0) return "";
  const redacted = redactorFor(input).tail(excerpt.lines.slice(0, excerpt.highlight + 1), 1)[0];
  return [`First error in the log of container ${code(excerpt.containerName)}:`, "", fence([truncate(redacted, 500)], "text")].join("\n");
}
function headlineSection(input, level, opts = {}) {
  return [heading(level, headlineText(input)), "", verdictAlert(input, opts), "", factsLine(input)].join("\n");
}

export {
  alreadyRolledBack,
  taskId,
  taskDefinitionOf,
  followedDeployment,
  millisBetween,
  watchDuration,
  deploymentTasks,
  redactorFor,
  secretsToMask,
  strategySection,
  verdictPhrase,
  rootCauseOf,
  plainHeadline,
  endSentence,
  watchReason,
  factsLine,
  firstErrorLine,
  headlineSection
};
