import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  factsLine
} from "./chunk-FNTZJT3P.js";
import {
  alert,
  code,
  fence,
  heading,
  text
} from "./chunk-QCPYTZYL.js";
import {
  shortTaskDefinition
} from "./chunk-UG42X6BT.js";
import {
  command
} from "./chunk-RLRBFYZC.js";

// src/report/rollback.ts
var TITLE = {
  "rolled-back": "\u21A9\uFE0F Rolled back",
  failed: "\u26A0\uFE0F Rollback did not complete",
  "not-permitted": "\u{1F512} Rollback not permitted",
  skipped: "Rollback skipped"
};
function revisions(outcome) {
  return {
    from: outcome.fromTaskDefinition ? shortTaskDefinition(outcome.fromTaskDefinition) : "",
    to: outcome.toTaskDefinition ? shortTaskDefinition(outcome.toTaskDefinition) : ""
  };
}
function stoppedArn(outcome) {
  return outcome.calls.find((c) => c.api === "ecs:StopServiceDeployment")?.target;
}
function manualRollbackCommands(outcome, ctx) {
  const commands = [];
  const arn = stoppedArn(outcome);
  if (arn) commands.push(command("aws", "ecs", "stop-service-deployment", "--service-deployment-arn", arn, "--stop-type", "ROLLBACK", "--region", ctx.region));
  const { to } = revisions(outcome);
  if (to) commands.push(command("aws", "ecs", "update-service", "--cluster", ctx.cluster, "--service", ctx.service, "--task-definition", to, "--region", ctx.region));
  return commands;
}
function rollbackLine(outcome) {
  const { from, to } = revisions(outcome);
  switch (outcome.status) {
    case "rolled-back":
      return `Rolled back with ${outcome.changedBy}: ${from || outcome.fromDeploymentId} -> ${to} in ${outcome.deploymentId}, stable.`;
    case "not-permitted":
      return `Not rolled back: ${outcome.reason}`;
    case "skipped":
      return `Rollback skipped: ${outcome.reason}`;
    default:
      return `Rollback did not complete: ${outcome.reason}`;
  }
}
function callItems(outcome) {
  return outcome.calls.map((call) => {
    const result = call.outcome === "done" ? "done" : call.outcome === "denied" ? "**denied**" : "**failed**";
    const detail = call.error ? `: ${text(call.error, 300)}` : "";
    return `- ${code(call.api)} on ${code(call.target, { max: 300 })}: ${result}${detail}`;
  });
}
function changeParagraph(outcome, ctx) {
  const { from, to } = revisions(outcome);
  const how = outcome.changedBy === "ecs:StopServiceDeployment" ? `${code("ecs:StopServiceDeployment")} (stop type ${code("ROLLBACK")})` : `${code("ecs:UpdateService")}`;
  const fromTo = `${from ? ` from ${code(from)}` : ` from ${code(outcome.fromDeploymentId)}`}${to ? ` to ${code(to)}` : ""}`;
  const sentences = [`ECS Deploy Doctor rolled ${code(ctx.service)} back${fromTo} with ${how}.`];
  if (outcome.deploymentId) {
    const verdict = outcome.watch ? ` ended ${code(outcome.watch.verdict)}: ${text(outcome.watch.reason, 400)}` : " was started.";
    sentences.push(`The rollback deployment ${code(outcome.deploymentId)}${verdict}`);
  }
  return sentences.join(" ");
}
function rollbackMarkdown(outcome, ctx, level) {
  const parts = [heading(level, TITLE[outcome.status])];
  if (outcome.changedBy) {
    parts.push(changeParagraph(outcome, ctx));
    if (outcome.status !== "rolled-back") parts.push(alert("WARNING", [text(outcome.reason, 600)]));
  } else if (outcome.status === "skipped") {
    parts.push(text(outcome.reason, 600));
  } else {
    const grant = outcome.status === "not-permitted" ? ` To let the action roll back, grant the role the workflow assumes ${code("ecs:StopServiceDeployment")} (with ${code("ecs:ListServiceDeployments")}) or ${code("ecs:UpdateService")}; see the README. Or roll back by hand:` : "";
    parts.push(alert(outcome.status === "not-permitted" ? "WARNING" : "CAUTION", [`**Nothing was changed.** ${text(outcome.reason, 600)}${grant}`]));
  }
  if (outcome.calls.length > 0) parts.push(["Calls made:", ...callItems(outcome)].join("\n"));
  const manual = outcome.status === "rolled-back" || outcome.status === "skipped" ? [] : manualRollbackCommands(outcome, ctx);
  if (manual.length > 0) parts.push(["To roll back by hand:", "", fence(manual.slice(0, 1), "sh")].join("\n"));
  return parts.join("\n\n");
}
function rollbackText(outcome, ctx) {
  const lines = [rollbackLine(outcome)];
  for (const call of outcome.calls) lines.push(`  ${call.api} ${call.target}: ${call.outcome}${call.error ? ` (${call.error})` : ""}`);
  if (outcome.status === "not-permitted" || outcome.status === "failed") {
    const manual = manualRollbackCommands(outcome, ctx);
    if (manual.length > 0) lines.push("To roll back by hand:", `  ${manual[0]}`);
  }
  return `${lines.join("\n")}
`;
}
function withRollbackSection(markdown, input, outcome, level) {
  if (!outcome) return markdown;
  const section = rollbackMarkdown(outcome, { cluster: input.cluster, service: input.serviceName, region: input.region }, level);
  const facts = factsLine(input);
  const at = markdown.indexOf(facts);
  if (at < 0) return `${markdown.trimEnd()}

${section}
`;
  const end = at + facts.length;
  return `${markdown.slice(0, end)}

${section}${markdown.slice(end)}`;
}
function rollbackLabel(outcome) {
  const icon = { "rolled-back": "\u21A9\uFE0F", failed: "\u26A0\uFE0F", "not-permitted": "\u{1F512}", skipped: "\u2796" }[outcome.status];
  return `${icon} ${outcome.status}`;
}

export {
  manualRollbackCommands,
  rollbackLine,
  rollbackMarkdown,
  rollbackText,
  withRollbackSection,
  rollbackLabel
};
