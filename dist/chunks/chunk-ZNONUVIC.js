import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  upsertPrComment,
  writeJobSummary
} from "./chunk-AMDLOKAU.js";
import {
  preflightCommentKey,
  renderPreflightComment,
  renderPreflightSummary
} from "./chunk-GUEQR3FN.js";
import {
  accountOf
} from "./chunk-DLCACMBU.js";
import {
  error,
  info,
  notice,
  setOutput,
  warning
} from "./chunk-RTYPVDKK.js";

// src/preflight/publish.ts
function failsStep(result, failOn) {
  return result === "fail" || result === "warn" && failOn === "warning";
}
function findingsJson(outcome) {
  return JSON.stringify(outcome.report.findings.map(({ code, severity, area, title, explanation, evidence, fixes }) => ({ code, severity, area, title, explanation, evidence, fixes })));
}
function runUrl() {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env;
  return GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_RUN_ID ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}` : void 0;
}
function reportInputOf(outcome) {
  return {
    report: outcome.report,
    cluster: outcome.cluster,
    serviceName: outcome.serviceName,
    region: outcome.region,
    generatedAt: outcome.evidence.generatedAt,
    runUrl: runUrl(),
    commitSha: process.env.GITHUB_SHA
  };
}
function annotate(outcome) {
  for (const finding of outcome.report.findings.slice(0, 8)) {
    const firstCommand = finding.fixes.find((f) => f.commands.length)?.commands[0];
    const message = [finding.title, ...firstCommand ? [`Fix: ${firstCommand}`] : [], "The job summary has the evidence and every fix command."].join("\n");
    const properties = { title: `preflight ${finding.severity === "fail" ? "failed" : "warning"}: ${finding.code}` };
    if (finding.severity === "fail") error(message, properties);
    else warning(message, properties);
  }
}
async function publishPreflight(outcome, inputs) {
  setOutput("result", outcome.report.result);
  setOutput("root-cause", outcome.report.rootCause?.code ?? "");
  setOutput("findings", findingsJson(outcome));
  const input = reportInputOf(outcome);
  try {
    setOutput("summary-file", await writeJobSummary(renderPreflightSummary(input)));
  } catch (error2) {
    warning(`The job summary could not be written: ${error2 instanceof Error ? error2.message : String(error2)}`);
  }
  annotate(outcome);
  if (!inputs.commentOnPr) return;
  if (!inputs.githubToken) {
    notice("No 'github-token': the PR comment was skipped.");
    return;
  }
  const comment = await upsertPrComment({
    token: inputs.githubToken,
    markdown: renderPreflightComment(input),
    key: preflightCommentKey({
      account: accountOf(outcome.evidence.service?.serviceArn, inputs.service, inputs.cluster),
      region: outcome.region,
      cluster: inputs.cluster,
      service: outcome.serviceName
    })
  });
  if (comment.action !== "skipped") info(`PR comment ${comment.action}: ${comment.url ?? ""}`);
}

export {
  failsStep,
  findingsJson,
  reportInputOf,
  publishPreflight
};
