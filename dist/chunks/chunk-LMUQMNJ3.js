import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  SUMMARY_MAX_BYTES
} from "./chunk-NOB5NHP5.js";
import {
  alreadyRolledBack,
  deploymentTasks,
  firstErrorLine,
  followedDeployment,
  headlineSection,
  millisBetween,
  redactorFor,
  rootCauseOf,
  strategySection,
  taskDefinitionOf,
  taskId,
  watchDuration
} from "./chunk-FNTZJT3P.js";
import {
  code,
  details,
  fence,
  heading,
  html,
  mermaidLabel,
  plural,
  shortCode,
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
  command
} from "./chunk-RLRBFYZC.js";

// src/report/changes.ts
function namesOnly(change) {
  if (!/environment|secret|\benv\b/i.test(change.field)) return change;
  const strip = (value) => value.split(/,\s*/).map((pair) => pair.replace(/=.*$/s, "")).join(", ");
  return { field: change.field, before: strip(change.before), after: strip(change.after) };
}
function changesSection(input, level, maxRows) {
  const changes = input.diagnosis?.whatChanged ?? [];
  if (input.verdict === "stable" || changes.length === 0) return null;
  const redact = redactorFor(input);
  const previous = taskDefinitionOf(input.evidence.previousTaskDefinition);
  const current = taskDefinitionOf(input.evidence.taskDefinition);
  const title = previous && current ? `What changed: ${code(previous)} \u2192 ${code(current)}` : "What changed since the previous deployment";
  const rows = changes.slice(0, maxRows).map(namesOnly).map((change) => [
    code(redact.line(change.field), { inTable: true, max: 120 }),
    text(redact.line(change.before), 200),
    text(redact.line(change.after), 200)
  ]);
  const parts = [heading(level, title), "", table(["Field", "Before", "After"], rows)];
  if (changes.length > maxRows) parts.push("", `_${plural(changes.length - maxRows, "more change")} in the evidence file._`);
  return parts.join("\n");
}

// src/report/checks.ts
var STATUS_ICON = { failed: "\u274C failed", skipped: "\u23ED\uFE0F skipped", passed: "\u2705 passed" };
var STATUS_ORDER = { failed: 0, skipped: 1, passed: 2 };
function checksOf(input) {
  if (input.diagnosis?.checks.length) return input.diagnosis.checks;
  return (input.evidence.unavailable ?? []).map((item) => ({
    id: item.check,
    title: item.check,
    status: "skipped",
    detail: item.errorCode ?? item.error,
    missingPermission: item.api
  }));
}
function countBy(checks, status) {
  return checks.filter((check) => check.status === status).length;
}
function checksSummaryLine(checks) {
  const missing = [...new Set(checks.map((check) => check.missingPermission).filter((p) => Boolean(p)))];
  const counts = `${plural(checks.length, "check")} run: ${countBy(checks, "passed")} passed, ${countBy(checks, "failed")} failed, ${countBy(checks, "skipped")} skipped`;
  return missing.length ? `${counts} (missing permissions: ${missing.join(", ")})` : counts;
}
function checksSection(input, maxRows) {
  const checks = [...checksOf(input)].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  if (checks.length === 0) return null;
  const redact = redactorFor(input);
  const rows = checks.slice(0, maxRows).map((check) => {
    const detail = [text(redact.line(check.detail), 300)];
    if (check.missingPermission) detail.push(`needs ${code(check.missingPermission, { inTable: true })}`);
    return [STATUS_ICON[check.status], text(check.title, 150), detail.filter(Boolean).join(" \u2014 ")];
  });
  const body = [table(["Result", "Check", "Detail"], rows)];
  if (checks.length > maxRows) body.push("", `_${checks.length - maxRows} more checks in the evidence file._`);
  return details(html(checksSummaryLine(checks), 600), body.join("\n"));
}

// src/report/deployments.ts
var MAX_ROWS = 8;
var REVISION_MAX = 32;
function state(value) {
  return text(value, 40).replace(/\\_/g, "\\_\u200B");
}
function count(value) {
  return value === void 0 ? "\u2013" : String(value);
}
function duration(deployment, ours, input) {
  if (!ours) return "";
  return formatDuration(millisBetween(deployment.createdAt, input.evidence.watch?.endedAt ?? deployment.updatedAt));
}
function row(deployment, input) {
  const ours = deployment.id === input.deploymentId;
  const status = [state(deployment.status), state(deployment.rolloutState)].filter(Boolean).join("<br>");
  return [
    ours ? "\u{1F449}" : "",
    code(deployment.id, { inTable: true }),
    shortCode(taskDefinitionLabel(deployment.taskDefinition), REVISION_MAX, "middle"),
    status,
    `${count(deployment.runningCount)}/${count(deployment.desiredCount)}`,
    count(deployment.pendingCount),
    count(deployment.failedTasks),
    duration(deployment, ours, input)
  ];
}
function goneRow(input) {
  if (!input.deploymentId) return null;
  const serviceDeployment = input.evidence.serviceDeployments?.[0];
  return [
    "\u{1F449}",
    code(input.deploymentId, { inTable: true }),
    shortCode(taskDefinitionOf(input.evidence.taskDefinition), REVISION_MAX, "middle"),
    state(serviceDeployment?.status ?? "no longer listed"),
    "\u2013",
    "\u2013",
    count(serviceDeployment?.deploymentCircuitBreaker?.failureCount),
    formatDuration(millisBetween(serviceDeployment?.createdAt ?? input.evidence.watch?.startedAt, serviceDeployment?.finishedAt ?? input.evidence.watch?.endedAt))
  ];
}
function circuitBreakerNote(breaker) {
  const failed = plural(breaker.failureCount ?? 0, "failed task");
  switch (breaker.status) {
    case "DISABLED":
      return `Circuit breaker: off for this service; ${failed}.`;
    case "TRIGGERED": {
      const threshold = breaker.threshold ? ` at its threshold of ${plural(breaker.threshold, "failed task")}` : "";
      const counted = (breaker.failureCount ?? 0) > (breaker.threshold ?? 0) ? `; ECS counted ${failed} in all` : "";
      return `Circuit breaker: triggered${threshold}${counted}.`;
    }
    default:
      return breaker.threshold ? `Circuit breaker: ${failed} so far; it stops the deployment at ${breaker.threshold}.` : null;
  }
}
function notes(input) {
  const redact = redactorFor(input);
  const lines = [];
  const ours = input.evidence.service.deployments?.find((d) => d.id === input.deploymentId);
  if (ours?.rolloutState === "FAILED" && ours.rolloutStateReason) lines.push(`Rollout: ${text(redact.line(ours.rolloutStateReason), 400)}`);
  const serviceDeployment = input.evidence.serviceDeployments?.[0];
  const breaker = serviceDeployment?.deploymentCircuitBreaker;
  const breakerLine = breaker ? circuitBreakerNote(breaker) : null;
  if (breakerLine) lines.push(breakerLine);
  if (serviceDeployment?.rollback?.reason) lines.push(`Rollback: ${text(redact.line(serviceDeployment.rollback.reason), 400)}`);
  return lines;
}
var HEADERS = ["", "Deployment", "Revision", "Status", "Running", "Pending", "Failed", "Duration"];
var ALIGN = ["left", "left", "left", "left", "right", "right", "right", "right"];
function deploymentsSection(input, level, opts = {}) {
  const deployments = input.evidence.service.deployments ?? [];
  const ordered = [
    ...deployments.filter((d) => d.id === input.deploymentId),
    ...deployments.filter((d) => d.id !== input.deploymentId).sort((a, b) => (Date.parse(b.createdAt ?? "") || 0) - (Date.parse(a.createdAt ?? "") || 0))
  ];
  const rows = ordered.slice(0, MAX_ROWS).map((deployment) => row(deployment, input));
  if (input.deploymentId && !deployments.some((d) => d.id === input.deploymentId)) {
    const gone = goneRow(input);
    if (gone) rows.unshift(gone);
  }
  if (rows.length === 0) return null;
  const columns = opts.compact ? HEADERS.length - 1 : HEADERS.length;
  const parts = [heading(level, "Deployments"), "", table(HEADERS.slice(0, columns), rows.map((r) => r.slice(0, columns)), ALIGN.slice(0, columns))];
  const extra = notes(input);
  if (extra.length) parts.push("", extra.join("<br>\n"));
  return parts.join("\n");
}

// src/report/arns.ts
var ARN = /\barn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{0,12}:[^\s,;()[\]{}"'<>`|]+/g;
function resourceOf(arn) {
  return arn.split(":").slice(5).join(":");
}
function arnShortener() {
  const seen = /* @__PURE__ */ new Set();
  return (text2) => text2.replace(ARN, (match) => {
    const arn = match.replace(/[.:]+$/, "");
    if (!seen.has(arn)) {
      seen.add(arn);
      return match;
    }
    return `${resourceOf(arn) || arn}${match.slice(arn.length)}`;
  });
}

// src/report/events.ts
var PROBLEM = /\b(unable|fail(ed|ing)?|unhealthy|error|denied|insufficient|rolling back|rolled back|throttled|alarm|missing|not authorized|could not|no container instance)\b/i;
var ROUTINE = /has reached a steady state/i;
function windowStart(input) {
  const created = followedDeployment(input)?.createdAt ?? input.evidence.watch?.startedAt;
  const start = Date.parse(created ?? "");
  return Number.isFinite(start) ? start - 6e4 : Number.NEGATIVE_INFINITY;
}
function eventsThatMatter(input, max) {
  const start = windowStart(input);
  const inWindow = (input.evidence.service.events ?? []).filter((event) => (Date.parse(event.createdAt ?? "") || 0) >= start).sort((a, b) => (Date.parse(a.createdAt ?? "") || 0) - (Date.parse(b.createdAt ?? "") || 0));
  if (inWindow.length <= max) return { shown: inWindow, total: inWindow.length };
  const problems = inWindow.filter((event) => PROBLEM.test(event.message ?? ""));
  const rest = inWindow.filter((event) => !PROBLEM.test(event.message ?? "") && !ROUTINE.test(event.message ?? ""));
  const chosen = /* @__PURE__ */ new Set([...problems.slice(-max), ...rest.slice(-Math.max(0, max - problems.length))]);
  return { shown: inWindow.filter((event) => chosen.has(event)), total: inWindow.length };
}
function eventsSection(input, level, opts) {
  const { shown, total } = eventsThatMatter(input, opts.max);
  if (shown.length === 0) return null;
  const redact = redactorFor(input);
  const shorten = arnShortener();
  const rows = shown.map((event) => [clockTime(event.createdAt), text(shorten(redact.line(event.message)), opts.messageMax)]);
  const parts = [heading(level, "Service events"), "", table(["Time (UTC)", "Event"], rows)];
  if (total > shown.length) parts.push("", `_Showing ${shown.length} of ${plural(total, "event")} since the deployment started._`);
  return parts.join("\n");
}

// src/report/failures.ts
function failureGroups(input) {
  if (input.diagnosis?.failureGroups.length) return input.diagnosis.failureGroups;
  return (input.evidence.watch?.failureSignatures ?? []).map((s) => ({ signature: s.signature, count: s.count, exampleReason: "" }));
}
function failureGroupsSection(input, level, opts) {
  const groups = [...failureGroups(input)].sort((a, b) => b.count - a.count);
  if (groups.length === 0) return null;
  const redact = redactorFor(input);
  const total = groups.reduce((sum, group) => sum + group.count, 0);
  const shown = groups.slice(0, opts.maxRows);
  const rows = shown.map((group) => [
    String(group.count),
    code(redact.line(group.signature), { inTable: true, max: 120 }),
    group.exitCode === void 0 || group.exitCode === null ? "\u2013" : String(group.exitCode),
    text(redact.line(group.exampleReason), opts.reasonMax)
  ]);
  const parts = [
    heading(level, `Stopped tasks by failure (${plural(total, "task")})`),
    "",
    table(["Tasks", "Failure signature", "Exit code", "Example stopped reason"], rows, ["right", "left", "right", "left"])
  ];
  const hidden = groups.slice(shown.length);
  if (hidden.length) {
    const hiddenTasks = hidden.reduce((sum, group) => sum + group.count, 0);
    parts.push("", `_${plural(hidden.length, "more signature")} (${plural(hiddenTasks, "task")}) not shown._`);
  }
  return parts.join("\n");
}
function otherFindingsSection(input, level, maxFindings = 5) {
  const rootCause = rootCauseOf(input);
  const others = (input.diagnosis?.findings ?? []).filter((finding) => finding !== rootCause && !(rootCause && finding.code === rootCause.code && finding.title === rootCause.title));
  if (others.length === 0) return null;
  const redact = redactorFor(input);
  const items = others.slice(0, maxFindings).map(
    (finding) => `- ${code(finding.code)} **${text(redact.line(finding.title), 200)}** (${text(finding.confidence, 20)} confidence): ${text(redact.line(finding.explanation), 400)}`
  );
  if (others.length > maxFindings) items.push(`- _${plural(others.length - maxFindings, "more finding")} in the evidence file._`);
  return [heading(level, "Other findings"), "", ...items].join("\n");
}
function rootCauseEvidenceSection(input, level, maxLines = 12) {
  const evidence = rootCauseOf(input)?.evidence ?? [];
  if (evidence.length === 0) return null;
  const redact = redactorFor(input);
  const shorten = arnShortener();
  const items = evidence.slice(0, maxLines).map((line) => `- ${text(shorten(redact.line(line)), 500)}`);
  if (evidence.length > maxLines) items.push(`- _${plural(evidence.length - maxLines, "more line")} in the evidence file._`);
  return [heading(level, "Why we think so"), "", ...items].join("\n");
}

// src/report/fixes.ts
var MAX_COMMAND_CHARS = 8e3;
var MAX_COMMANDS_PER_FIX = 20;
var MAX_CHANGES = 20;
function commandBlock(commands) {
  const shown = commands.slice(0, MAX_COMMANDS_PER_FIX).map(
    (command2) => command2.length > MAX_COMMAND_CHARS ? `# (command of ${command2.length.toLocaleString("en-US")} characters left out; it is in the evidence file's diagnosis)` : command2
  );
  if (commands.length > shown.length) shown.push(`# (${commands.length - shown.length} more commands left out)`);
  return fence(shown, "bash");
}
function diffBlock(changes, redact) {
  const lines = [];
  let where;
  for (const change of changes.slice(0, MAX_CHANGES)) {
    if (change.where !== where) lines.push(`@@ ${change.where} @@`);
    where = change.where;
    const key = change.key ? `${JSON.stringify(change.key)}: ` : "";
    if (change.before !== void 0) lines.push(`- ${key}${change.before}`);
    if (change.after !== void 0) lines.push(`+ ${key}${change.after}`);
  }
  return fence(lines.map((line) => redact.line(line)), "diff");
}
function placeholders(commands) {
  return [...new Set(commands.flatMap((command2) => command2.match(/<[a-z][a-z0-9-]*>/g) ?? []))];
}
function commandParts(fix) {
  const edit = fix.manualEdit;
  if (!edit || edit.afterCommands <= 0 || edit.afterCommands >= fix.commands.length) {
    return fix.commands.length ? [commandBlock(fix.commands)] : [];
  }
  const before = commandBlock(fix.commands.slice(0, edit.afterCommands));
  const after = commandBlock(fix.commands.slice(edit.afterCommands));
  return [before, "", "Make the edit, then:", "", after];
}
function renderFix(fix, index, input) {
  const redact = redactorFor(input);
  const parts = [`**${index + 1}. ${text(redact.line(fix.title), 200)}**`];
  if (fix.changes?.length) parts.push("", diffBlock(fix.changes, redact));
  if (fix.manualEdit) parts.push("", `\u26A0\uFE0F **Needs a manual edit, the commands alone do not make this change:** ${text(redact.line(fix.manualEdit.instruction), 800)}`);
  const blanks = placeholders(fix.commands);
  if (blanks.length && !/fill in/i.test(fix.title)) parts.push("", `Fill in ${blanks.map((blank) => code(blank)).join(", ")} before running:`);
  const commands = commandParts(fix);
  if (commands.length) parts.push("", ...commands);
  if (fix.note) parts.push("", `_${text(redact.line(fix.note), 600)}_`);
  return parts.join("\n");
}
function fixesToOffer(input) {
  const fixes = rootCauseOf(input)?.fixes ?? [];
  return alreadyRolledBack(input) ? fixes.filter((fix) => !fix.rollsBack) : fixes;
}
function fixesSection(input, level, maxFixes = 6, elsewhere = "in the evidence file") {
  const fixes = fixesToOffer(input);
  if (input.verdict === "stable" || fixes.length === 0) return null;
  const shown = fixes.slice(0, maxFixes);
  const parts = [heading(level, "How to fix"), "", ...shown.flatMap((fix, index) => [renderFix(fix, index, input), ""])];
  if (fixes.length > shown.length) {
    parts.push(`_${plural(fixes.length - shown.length, "more fix", "more fixes")} ${elsewhere}._`, "");
  }
  return parts.join("\n").trimEnd();
}

// src/report/budget.ts
var utf8Bytes = (markdown) => Buffer.byteLength(markdown, "utf8");
var characters = (markdown) => markdown.length;
function omittedNote(name, elsewhere) {
  return `_${name} left out to keep this report under GitHub's size limit; see ${elsewhere}._`;
}
function renderVariant(section, level) {
  try {
    return section.variants[level]();
  } catch {
    return `_${section.name}: this part of the evidence could not be read._`;
  }
}
function fitSections(sections, budget) {
  const levels = new Map(sections.map((section) => [section.name, 0]));
  const cache = /* @__PURE__ */ new Map();
  const renderSection = (section) => {
    const level = levels.get(section.name) ?? 0;
    if (level >= section.variants.length) return omittedNote(section.name, budget.elsewhere ?? "the evidence file");
    const key = `${section.name}\0${level}`;
    if (!cache.has(key)) cache.set(key, renderVariant(section, level));
    return cache.get(key) ?? null;
  };
  const render = () => sections.map(renderSection).filter((part) => Boolean(part)).join("\n\n") + "\n";
  let markdown = render();
  for (const name of budget.shrinkOrder) {
    const section = sections.find((s) => s.name === name);
    if (!section) continue;
    while (budget.measure(markdown) > budget.max && (levels.get(name) ?? 0) < section.variants.length) {
      levels.set(name, (levels.get(name) ?? 0) + 1);
      markdown = render();
    }
    if (budget.measure(markdown) <= budget.max) return markdown;
  }
  return budget.measure(markdown) <= budget.max ? markdown : hardCut(markdown, budget);
}
var TRUNCATED_NOTE = "_Report cut here to stay under GitHub's size limit; the evidence file has everything._";
function hardCut(markdown, budget) {
  if (budget.measure(markdown) <= budget.max) return markdown;
  const lines = markdown.split("\n");
  let low = 0;
  let high = lines.length;
  let best = "";
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const candidate = cutAt(lines.slice(0, middle));
    if (budget.measure(candidate) <= budget.max) {
      best = candidate;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return best || TRUNCATED_NOTE.slice(0, Math.max(0, budget.max));
}
function cutAt(lines) {
  let openFence = null;
  let openDetails = 0;
  for (const line of lines) {
    if (openFence) {
      const closer = /^ {0,3}(`{3,})\s*$/.exec(line);
      if (closer && closer[1].length >= openFence.length) openFence = null;
      continue;
    }
    const opener = /^ {0,3}(`{3,})/.exec(line);
    if (opener) openFence = opener[1];
    else if (line.startsWith("<details")) openDetails++;
    else if (line.startsWith("</details>")) openDetails = Math.max(0, openDetails - 1);
  }
  const tail = [...openFence ? [openFence] : [], "", TRUNCATED_NOTE, ...Array.from({ length: openDetails }, () => "\n</details>")];
  return [...lines, ...tail].join("\n") + "\n";
}

// src/report/logs.ts
var LINE_MAX = 500;
var MISSING_EXPLAINED = {
  "stream-not-found": "no log stream: the container stopped before it wrote a line (or never started)",
  "group-not-found": "the log group does not exist",
  "no-awslogs-config": "the container has no awslogs log configuration"
};
function blocks(input) {
  const excerpt = rootCauseOf(input)?.logExcerpt;
  const list = excerpt ? [excerpt] : [];
  for (const log of input.evidence.logs ?? []) {
    if (list.some((b) => b.taskArn === log.taskArn && b.containerName === log.containerName)) continue;
    list.push(log);
  }
  return list;
}
function notStartedYet(input, taskArn) {
  const task = input.evidence.tasks?.find((t) => t.taskArn === taskArn);
  return Boolean(task && !task.startedAt && task.lastStatus !== "STOPPED" && task.desiredStatus !== "STOPPED");
}
function missingExplained(block, input) {
  if (block.missing === "stream-not-found" && notStartedYet(input, block.taskArn)) {
    return "no log stream yet: the task has not started its containers";
  }
  return block.missing ? MISSING_EXPLAINED[block.missing] ?? "no lines" : "no lines";
}
function renderBlock(block, input, maxLines) {
  const redact = redactorFor(input);
  const where = `container ${code(block.containerName)} of task ${code(taskId(block.taskArn).slice(0, 12))}`;
  if (block.lines.length === 0) return `- ${where}: ${missingExplained(block, input)}`;
  const start = Math.max(0, block.lines.length - maxLines);
  const shownLines = redact.tail(block.lines, maxLines);
  const cut = shownLines.filter((line) => line.length > LINE_MAX).length;
  const body = fence(
    shownLines.map((line) => truncate(line, LINE_MAX)),
    "text"
  );
  const notes2 = [];
  if (start > 0) notes2.push(`Showing the last ${maxLines} of ${plural(block.lines.length, "line")}.`);
  if (cut) notes2.push(`${plural(cut, "line")} longer than ${LINE_MAX} characters cut.`);
  if (block.highlight !== void 0 && block.highlight >= start) notes2.push(`The first error is line ${block.highlight - start + 1}.`);
  notes2.push("Credentials are redacted.");
  const summary = `Log of ${html(block.containerName, 60)} in task ${html(taskId(block.taskArn).slice(0, 12), 12)} (${plural(shownLines.length, "line")})`;
  return details(summary, [body, "", `_${notes2.join(" ")}_`].join("\n"));
}
function logsSection(input, level, limits) {
  const all = blocks(input);
  if (all.length === 0 || limits.maxBlocks <= 0) return null;
  const shown = all.slice(0, limits.maxBlocks);
  const parts = [heading(level, "Logs"), "", ...shown.map((block) => renderBlock(block, input, limits.maxLines)).flatMap((b) => [b, ""])];
  if (all.length > shown.length) parts.push(`_${plural(all.length - shown.length, "more log excerpt")} in the evidence file._`);
  return parts.join("\n").trimEnd();
}

// src/report/next-steps.ts
var MAX_TASKS = 10;
var TASK_PROGRESS_QUERY = "tasks[].{task:taskArn,status:lastStatus,pullStarted:pullStartedAt,pullStopped:pullStoppedAt,started:startedAt,health:healthStatus,stopped:stoppedReason}";
function whereTasksAreCommands(input) {
  const ids = deploymentTasks(input).filter((task) => task.lastStatus !== "STOPPED").map((task) => taskId(task.taskArn)).filter(Boolean).slice(0, MAX_TASKS);
  const region = ["--region", input.region];
  const tasks = ids.length ? [command("aws", "ecs", "describe-tasks", "--cluster", input.cluster, "--tasks", ...ids, "--query", TASK_PROGRESS_QUERY, ...region)] : [];
  const events = command("aws", "ecs", "describe-services", "--cluster", input.cluster, "--services", input.serviceName, "--query", "services[0].events[:5].[createdAt,message]", "--output", "text", ...region);
  return [...tasks, events];
}
function longerStep(input) {
  const watched = watchDuration(input);
  return [
    "**1. If it is slow but still progressing, give it longer**",
    "",
    `Raise the action's ${code("timeout-minutes")} input${watched ? ` (this run watched for ${watched})` : ""}. Large images, a slow registry or a long health-check grace period can take minutes.`
  ].join("\n");
}
function nextStepsSection(input, level) {
  if (rootCauseOf(input) || input.verdict !== "timeout" && input.verdict !== "stuck") return null;
  const timeout = input.verdict === "timeout";
  const look = [`**${timeout ? 2 : 1}. See where the tasks are now**`, "", fence(whereTasksAreCommands(input), "bash")].join("\n");
  return [heading(level, "What to do next"), "", ...timeout ? [longerStep(input), ""] : [], look].join("\n");
}

// src/report/timeline.ts
function isStopping(task) {
  return task.desiredStatus === "STOPPED" || Boolean(task.stoppingAt);
}
function taskOutcome(task) {
  if (task.lastStatus !== "STOPPED" && !task.stoppedAt && !isStopping(task)) return "running";
  if (!task.startedAt || task.stopCode === "TaskFailedToStart") return "failed-to-start";
  if (task.stopCode === "EssentialContainerExited") return "exited";
  return "stopped";
}
function failedExitCode(task) {
  return task.containers?.find((container) => container.exitCode !== void 0 && container.exitCode !== null && container.exitCode !== 0)?.exitCode;
}
function outcomeLabel(task) {
  switch (taskOutcome(task)) {
    case "running":
      return task.lastStatus === "RUNNING" ? "running" : "starting";
    case "failed-to-start":
      return "failed to start";
    case "exited": {
      const exitCode = failedExitCode(task);
      return exitCode === void 0 ? "exited" : `exit ${exitCode}`;
    }
    default:
      if (/health/i.test(task.stoppedReason ?? "")) return "failed health checks";
      return task.stopCode === "ServiceSchedulerInitiated" ? "stopped by ECS" : "stopped";
  }
}
function outcomeTags(task) {
  const label = outcomeLabel(task);
  return label === "stopped by ECS" || label === "stopped" ? ["done"] : ["crit"];
}
function chartTime(ms) {
  return new Date(ms).toISOString().slice(0, 19).replace("T", " ");
}
function parse(iso) {
  const ms = Date.parse(iso ?? "");
  return Number.isFinite(ms) ? ms : null;
}
function bar(label, tags, start, end) {
  const data = [...tags, chartTime(start), chartTime(Math.max(start, end))].join(", ");
  return `    ${label} :${data}`;
}
function taskRows(task, now) {
  const created = parse(task.createdAt);
  if (created === null) return [];
  const started = parse(task.startedAt);
  const ended = parse(task.stoppedAt) ?? parse(task.stoppingAt);
  const running = taskOutcome(task) === "running";
  const id = mermaidLabel(taskId(task.taskArn).slice(0, 8), 8) || "task";
  const endLabel = mermaidLabel(outcomeLabel(task), 24);
  const rows = [`    section ${id}`];
  if (started === null) {
    rows.push(running ? bar("starting", ["active"], created, now) : bar(endLabel, outcomeTags(task), created, ended ?? now));
    return rows;
  }
  rows.push(bar("starting", ["active"], created, started));
  rows.push(running ? bar(endLabel, [], started, now) : bar(endLabel, outcomeTags(task), started, ended ?? now));
  return rows;
}
var CHART_CONFIG = '%%{init: {"gantt": {"leftPadding": 90}}}%%';
function timelineSection(input, level, maxTasks) {
  const tasks = deploymentTasks(input).filter((task) => parse(task.createdAt) !== null);
  if (tasks.length === 0 || maxTasks <= 0) return null;
  const shown = tasks.slice(0, maxTasks).sort(
    (a, b) => (parse(a.createdAt) ?? 0) - (parse(b.createdAt) ?? 0) || (a.taskArn ?? "").localeCompare(b.taskArn ?? "")
  );
  const now = parse(input.evidence.watch?.endedAt) ?? Math.max(...shown.map((task) => parse(task.stoppedAt) ?? parse(task.createdAt) ?? 0));
  const title = mermaidLabel(`Tasks of ${input.deploymentId ?? "the deployment"} (UTC)`, 80);
  const chart = [
    "```mermaid",
    CHART_CONFIG,
    "gantt",
    `    title ${title}`,
    "    dateFormat YYYY-MM-DD HH:mm:ss",
    "    axisFormat %H:%M:%S",
    "    todayMarker off",
    ...shown.flatMap((task) => taskRows(task, now)),
    "```"
  ];
  const parts = [heading(level, "Task timeline"), "", chart.join("\n")];
  if (tasks.length > shown.length) parts.push("", `_Showing the ${shown.length} most recent of ${plural(tasks.length, "task")}._`);
  return parts.join("\n");
}
function exitCodes(task) {
  return (task.containers ?? []).filter((container) => container.exitCode !== void 0 && container.exitCode !== null).map((container) => `${text(container.name, 40)} ${container.exitCode}`).join(", ");
}
var TASK_ID_SHOWN = 12;
function stopReason(task, reason) {
  return text([task.stopCode, reason].filter(Boolean).join(": "), 240);
}
function tasksSection(input, maxRows) {
  const tasks = deploymentTasks(input);
  if (tasks.length === 0) return null;
  const redact = redactorFor(input);
  const shorten = arnShortener();
  const rows = tasks.slice(0, maxRows).map((task) => [
    shortCode(taskId(task.taskArn), TASK_ID_SHOWN),
    text(task.lastStatus, 20),
    clockTime(task.createdAt),
    clockTime(task.startedAt),
    clockTime(task.stoppedAt),
    exitCodes(task),
    stopReason(task, shorten(redact.line(task.stoppedReason)))
  ]);
  const body = [table(["Task", "Status", "Created (UTC)", "Started", "Stopped", "Exit codes", "Stopped reason"], rows)];
  if (tasks.length > rows.length) body.push("", `_Showing the ${rows.length} most recent of ${plural(tasks.length, "task")}._`);
  return details(`All tasks of the deployment (${plural(tasks.length, "task")})`, body.join("\n"));
}

// src/report/summary.ts
function footer(input) {
  const at = utcTime(input.evidence.watch?.endedAt ?? input.evidence.generatedAt);
  return `<sub>ECS Deploy Doctor \xB7 verdict ${input.verdict}${at ? ` at ${at}` : ""} \xB7 the full evidence is in the \`evidence-file\` output</sub>`;
}
function stableSections(input, top) {
  return [
    { name: "Headline", variants: [() => headlineSection(input, top)] },
    { name: "Strategy", variants: [() => strategySection(input, top + 1), () => strategySection(input, top + 1, { maxLogLines: 0 })] },
    { name: "Deployments", variants: [() => deploymentsSection(input, top + 1)] },
    { name: "Footer", variants: [() => footer(input)] }
  ];
}
function failingSections(input, top) {
  const section = top + 1;
  const evidence = top + 2;
  return [
    { name: "Headline", variants: [() => headlineSection(input, top), () => headlineSection(input, top, { explanationMax: 300 })] },
    { name: "First error", variants: [() => firstErrorLine(input) || null] },
    {
      name: "Fixes",
      variants: [() => fixesSection(input, section, 6), () => fixesSection(input, section, 2), () => fixesSection(input, section, 1)]
    },
    { name: "Next steps", variants: [() => nextStepsSection(input, section)] },
    { name: "Strategy", variants: [() => strategySection(input, section), () => strategySection(input, section, { maxLogLines: 5 }), () => strategySection(input, section, { maxLogLines: 0 })] },
    { name: "Evidence heading", variants: [() => heading(section, "Evidence")] },
    { name: "Why we think so", variants: [() => rootCauseEvidenceSection(input, evidence, 12), () => rootCauseEvidenceSection(input, evidence, 4)] },
    { name: "Deployments", variants: [() => deploymentsSection(input, evidence)] },
    {
      name: "Stopped tasks",
      variants: [
        () => failureGroupsSection(input, evidence, { maxRows: 10, reasonMax: 300 }),
        () => failureGroupsSection(input, evidence, { maxRows: 5, reasonMax: 120 }),
        () => failureGroupsSection(input, evidence, { maxRows: 3, reasonMax: 60 })
      ]
    },
    { name: "Task timeline", variants: [() => timelineSection(input, evidence, 12), () => timelineSection(input, evidence, 5)] },
    {
      name: "Logs",
      variants: [
        () => logsSection(input, evidence, { maxBlocks: 3, maxLines: 100 }),
        () => logsSection(input, evidence, { maxBlocks: 1, maxLines: 40 }),
        () => logsSection(input, evidence, { maxBlocks: 1, maxLines: 10 })
      ]
    },
    { name: "What changed", variants: [() => changesSection(input, evidence, 30), () => changesSection(input, evidence, 8)] },
    {
      name: "Service events",
      variants: [() => eventsSection(input, evidence, { max: 12, messageMax: 600 }), () => eventsSection(input, evidence, { max: 5, messageMax: 200 })]
    },
    { name: "Other findings", variants: [() => otherFindingsSection(input, evidence, 5), () => otherFindingsSection(input, evidence, 2)] },
    { name: "Tasks", variants: [() => tasksSection(input, 50), () => tasksSection(input, 10)] },
    { name: "Checks", variants: [() => checksSection(input, 80), () => checksSection(input, 20)] },
    { name: "Footer", variants: [() => footer(input)] }
  ];
}
var SHRINK_ORDER = [
  "Logs",
  "Strategy",
  "Tasks",
  "Task timeline",
  "Checks",
  "Service events",
  "What changed",
  "Other findings",
  "Stopped tasks",
  "Why we think so",
  "Deployments",
  "First error",
  "Fixes",
  "Headline"
];
function renderSummary(input, opts = {}) {
  const top = opts.headingLevel ?? 2;
  const sections = input.verdict === "stable" ? stableSections(input, top) : failingSections(input, top);
  return fitSections(sections, { max: opts.maxBytes ?? SUMMARY_MAX_BYTES, measure: utf8Bytes, shrinkOrder: SHRINK_ORDER });
}

export {
  utf8Bytes,
  characters,
  fitSections,
  hardCut,
  deploymentsSection,
  failureGroupsSection,
  fixesSection,
  nextStepsSection,
  renderSummary
};
