import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  commentKey
} from "./chunk-DLCACMBU.js";
import {
  COMMENT_MAX_CHARS
} from "./chunk-WCMR2Q5S.js";
import {
  characters,
  fitSections,
  utf8Bytes
} from "./chunk-LMUQMNJ3.js";
import {
  SUMMARY_MAX_BYTES
} from "./chunk-NOB5NHP5.js";
import {
  alert,
  code,
  details,
  fence,
  heading,
  html,
  link,
  linkTarget,
  plural,
  table,
  text
} from "./chunk-QCPYTZYL.js";
import {
  utcTime
} from "./chunk-UG42X6BT.js";
import {
  AREAS,
  AREA_TITLES
} from "./chunk-LYOK4SNK.js";

// src/preflight/report.ts
var RESULT_STYLE = {
  pass: { icon: "\u2705", phrase: "preflight passed", alert: "TIP" },
  warn: { icon: "\u26A0\uFE0F", phrase: "preflight passed with warnings", alert: "WARNING" },
  fail: { icon: "\u274C", phrase: "preflight failed", alert: "CAUTION" }
};
var STATUS_ICON = { pass: "\u2705 pass", warn: "\u26A0\uFE0F warn", fail: "\u274C fail", skip: "\u23ED\uFE0F skip" };
var SEVERITY_ICON = { fail: "\u274C", warn: "\u26A0\uFE0F" };
function preflightCommentKey(target) {
  const key = commentKey({ account: target.account, region: target.region, cluster: target.cluster, services: [target.service] }, {});
  return { ...key, scope: `${key.scope}/mode=preflight` };
}
function preflightHeadline(input) {
  const style = RESULT_STYLE[input.report.result];
  const cause = input.report.rootCause ? ` \u2014 ${code(input.report.rootCause.code)}` : "";
  return `${style.icon} ${code(input.serviceName)}: ${style.phrase}${cause}`;
}
function preflightLine(input) {
  const { report } = input;
  const counts = countLine(report.checks);
  const cause = report.rootCause ? ` (${report.rootCause.code}: ${report.rootCause.title})` : "";
  return `Preflight of ${report.candidate.label} for ${input.serviceName}: ${report.result}${cause}. ${counts}.`;
}
function countLine(checks) {
  const count = (status) => checks.filter((c) => c.status === status).length;
  return `${plural(checks.length, "check")}: ${count("pass")} passed, ${count("fail")} failed, ${plural(count("warn"), "warning")}, ${count("skip")} skipped`;
}
function consequence(input) {
  const { report } = input;
  const revision = code(report.candidate.label);
  if (report.result === "fail") return `A deploy of ${revision} would fail before its containers run.`;
  if (report.result === "warn") return `Nothing found stops ${revision} from starting, but the warnings below may.`;
  return `Nothing found stops ${revision} from starting. Failures that only show once the app runs are left to the post-deploy watch.`;
}
function headlineAlert(input, explanationMax) {
  const { report } = input;
  const style = RESULT_STYLE[report.result];
  const paragraphs = [];
  const cause = report.rootCause;
  if (cause) paragraphs.push(`**${text(cause.title, 300)}**`);
  paragraphs.push(consequence(input));
  if (cause) paragraphs.push(text(cause.explanation, explanationMax));
  return alert(style.alert, paragraphs);
}
function factsLine(input) {
  const facts = [`**Service** ${code(input.serviceName)}`, `**Cluster** ${code(input.cluster)}`, `**Region** ${code(input.region)}`];
  facts.push(`**Task definition** ${code(input.report.candidate.label)}`);
  if (input.report.runningRevision) facts.push(`**Running now** ${code(input.report.runningRevision)}`);
  facts.push(text(countLine(input.report.checks)));
  return facts.join(" \xB7 ");
}
function headlineSection(input, level, explanationMax) {
  return [heading(level, preflightHeadline(input)), "", headlineAlert(input, explanationMax), "", factsLine(input)].join("\n");
}
function fixBlock(fix, index) {
  const parts = [`**${index + 1}. ${text(fix.title, 200)}**`];
  if (fix.commands.length) parts.push("", fence(fix.commands.slice(0, 20), "bash"));
  if (fix.note) parts.push("", `_${text(fix.note, 600)}_`);
  return parts.join("\n");
}
function fixesSection(finding, level, maxFixes) {
  if (!finding || finding.fixes.length === 0) return null;
  const shown = finding.fixes.slice(0, maxFixes);
  const more = finding.fixes.length - shown.length;
  return [heading(level, "How to fix"), "", ...shown.map(fixBlock).flatMap((block) => [block, ""]), more > 0 ? `_${plural(more, "more fix", "more fixes")} in the job summary._` : ""].join("\n").trimEnd();
}
function evidenceList(lines, max) {
  const shown = lines.slice(0, max).map((line) => `- ${text(line, 600)}`);
  if (lines.length > max) shown.push(`- _${plural(lines.length - max, "more line")}_`);
  return shown.join("\n");
}
function rootCauseEvidence(input, level, max) {
  const cause = input.report.rootCause;
  if (!cause || cause.evidence.length === 0) return null;
  return [heading(level, "Why"), "", evidenceList(cause.evidence, max)].join("\n");
}
function otherFindings(input, level, maxFixes) {
  const others = input.report.findings.filter((f) => f !== input.report.rootCause);
  if (others.length === 0) return null;
  const blocks = others.map((finding) => {
    const parts = [heading(level + 1, `${SEVERITY_ICON[finding.severity]} ${text(finding.title, 300)} (${code(finding.code)})`), "", text(finding.explanation, 800)];
    if (finding.evidence.length) parts.push("", evidenceList(finding.evidence, 8));
    const fixes = finding.fixes.slice(0, maxFixes);
    if (fixes.length) parts.push("", ...fixes.map(fixBlock).flatMap((block) => [block, ""]));
    return parts.join("\n").trimEnd();
  });
  return [heading(level, "Other findings"), "", blocks.join("\n\n")].join("\n");
}
function checksTable(checks, maxRows) {
  const rows = AREAS.flatMap((area) => checks.filter((c) => c.area === area)).slice(0, maxRows).map((c) => {
    const detail = [text(c.detail, 400)];
    if (c.missingPermission) detail.push(`needs ${code(c.missingPermission, { inTable: true })}`);
    return [STATUS_ICON[c.status], text(AREA_TITLES[c.area], 60), text(c.title, 200), detail.filter(Boolean).join(" \u2014 ")];
  });
  const more = checks.length > maxRows ? `

_${plural(checks.length - maxRows, "more check")} not shown._` : "";
  return table(["Result", "Area", "Check", "Detail"], rows) + more;
}
function checksSection(input, maxRows) {
  const checks = input.report.checks;
  if (checks.length === 0) return null;
  const missing = [...new Set(checks.map((c) => c.missingPermission).filter((p) => Boolean(p)))];
  const summary = `${countLine(checks)}${missing.length ? ` (missing permissions: ${missing.join(", ")})` : ""}`;
  return details(html(summary, 600), checksTable(checks, maxRows), input.report.result !== "pass");
}
function namesOnly(change) {
  if (!/environment|secret|\benv\b/i.test(change.field)) return change;
  const strip = (value) => value.split(/,\s*/).map((pair) => pair.replace(/=.*$/s, "")).join(", ");
  return { field: change.field, before: strip(change.before), after: strip(change.after) };
}
function changesSection(input, level, maxRows) {
  const { report } = input;
  const reviewed = new Map(report.checks.filter((c) => c.area === "changes").map((c) => [c.title, c]));
  const title = report.runningRevision ? `What changes: ${code(report.runningRevision)} \u2192 ${code(report.candidate.label)}` : "What changes";
  if (report.changes.length === 0) {
    return report.runningRevision ? [heading(level, title), "", "No difference in the settings compared (images, sizes, roles, environment and secret names, ports, health checks, logging)."].join("\n") : null;
  }
  const rows = report.changes.slice(0, maxRows).map((raw) => {
    const change = namesOnly(raw);
    const review = reviewed.get(`${raw.field}: ${raw.before} \u2192 ${raw.after}`);
    const risk = review ? `${review.status === "pass" ? "\u2705 risky, verified" : "\u26A0\uFE0F risky"}: ${text(review.detail, 200)}` : "";
    return [code(change.field, { inTable: true, max: 120 }), text(change.before, 200), text(change.after, 200), risk];
  });
  const parts = [heading(level, title), "", table(["Field", "Running now", "To deploy", "Risk"], rows)];
  if (report.changes.length > maxRows) parts.push("", `_${plural(report.changes.length - maxRows, "more change")} not shown._`);
  return parts.join("\n");
}
function notesSection(input) {
  return input.report.notes.length ? alert("NOTE", input.report.notes.map((n) => text(n, 600))) : null;
}
function footer(input, comment) {
  const at = utcTime(input.generatedAt);
  const commit = input.commitSha && /^[0-9a-f]{7,40}$/i.test(input.commitSha) ? ` for ${code(input.commitSha.slice(0, 7))}` : "";
  if (comment) return `<sub>Preflight by ECS Deploy Doctor${commit}${at ? ` at ${at}` : ""}. This comment is updated in place on every run.</sub>`;
  return `<sub>ECS Deploy Doctor preflight \xB7 result ${input.report.result}${at ? ` at ${at}` : ""} \xB7 every finding is in the \`findings\` output</sub>`;
}
var SUMMARY_SHRINK_ORDER = ["Checks", "What changes", "Other findings", "Why", "Fixes", "Headline"];
function renderPreflightSummary(input, opts = {}) {
  const sections = [
    { name: "Headline", variants: [() => headlineSection(input, 2, 1500), () => headlineSection(input, 2, 300)] },
    { name: "Fixes", variants: [() => fixesSection(input.report.rootCause, 3, 6), () => fixesSection(input.report.rootCause, 3, 1)] },
    { name: "Why", variants: [() => rootCauseEvidence(input, 3, 12), () => rootCauseEvidence(input, 3, 3)] },
    { name: "Other findings", variants: [() => otherFindings(input, 3, 3), () => otherFindings(input, 3, 0)] },
    { name: "Checks", variants: [() => checksSection(input, 200), () => checksSection(input, 30)] },
    { name: "What changes", variants: [() => changesSection(input, 3, 40), () => changesSection(input, 3, 10)] },
    { name: "Notes", variants: [() => notesSection(input)] },
    { name: "Footer", variants: [() => footer(input, false)] }
  ];
  return fitSections(sections, { max: opts.maxBytes ?? SUMMARY_MAX_BYTES, measure: utf8Bytes, shrinkOrder: SUMMARY_SHRINK_ORDER, elsewhere: "the `findings` output" });
}
function findingsList(input, max) {
  const others = input.report.findings.filter((f) => f !== input.report.rootCause);
  if (others.length === 0) return null;
  const lines = others.slice(0, max).map((f) => `- ${SEVERITY_ICON[f.severity]} ${text(f.title, 200)} (${code(f.code)})`);
  if (others.length > max) lines.push(`- _${plural(others.length - max, "more finding")} in the job summary_`);
  return [heading(4, "Also found"), "", ...lines].join("\n");
}
function runLink(input) {
  const run = input.runUrl ? linkTarget(input.runUrl) : null;
  return run ? `\u27A1\uFE0F ${link("Full report: every check, what changes, fix commands", run)}` : null;
}
function renderPreflightComment(input) {
  const sections = [
    { name: "Headline", variants: [() => headlineSection(input, 3, 800), () => headlineSection(input, 3, 200)] },
    { name: "Fixes", variants: [() => fixesSection(input.report.rootCause, 4, 3), () => fixesSection(input.report.rootCause, 4, 1)] },
    { name: "Also found", variants: [() => findingsList(input, 10), () => findingsList(input, 3)] },
    { name: "Links", variants: [() => runLink(input)] },
    { name: "Footer", variants: [() => footer(input, true)] }
  ];
  return fitSections(sections, { max: COMMENT_MAX_CHARS, measure: characters, shrinkOrder: ["Also found", "Fixes", "Headline"], elsewhere: "the job summary" });
}

export {
  preflightCommentKey,
  preflightHeadline,
  preflightLine,
  countLine,
  renderPreflightSummary,
  renderPreflightComment
};
