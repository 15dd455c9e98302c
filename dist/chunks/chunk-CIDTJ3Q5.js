import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  COMMENT_MAX_CHARS,
  renderComment
} from "./chunk-WCMR2Q5S.js";
import {
  rollbackLabel,
  rollbackLine,
  withRollbackSection
} from "./chunk-43BE2X2O.js";
import {
  characters,
  hardCut,
  renderSummary,
  utf8Bytes
} from "./chunk-LMUQMNJ3.js";
import {
  SUMMARY_MAX_BYTES
} from "./chunk-NOB5NHP5.js";
import {
  endSentence,
  verdictPhrase,
  watchDuration,
  watchReason
} from "./chunk-FNTZJT3P.js";
import {
  code,
  heading,
  table
} from "./chunk-QCPYTZYL.js";

// src/report/combined.ts
var ICON = {
  stable: "\u2705",
  failed: "\u274C",
  "rolled-back": "\u21A9\uFE0F",
  stuck: "\u23F8\uFE0F",
  timeout: "\u23F1\uFE0F"
};
var ROLLBACK_SECTION_RESERVE = 8e3;
function failing(reports) {
  return reports.filter((r) => r.verdict !== "stable");
}
function headline(reports) {
  const bad = failing(reports);
  if (bad.length === 0) return heading(2, `\u2705 All ${reports.length} services deployed and stable`);
  const counts = /* @__PURE__ */ new Map();
  for (const r of reports) counts.set(r.verdict, (counts.get(r.verdict) ?? 0) + 1);
  const parts = [...counts.entries()].map(([verdict, n]) => `${n} ${verdict}`);
  return heading(2, `\u274C ${bad.length} of ${reports.length} services did not deploy: ${parts.join(", ")}`);
}
function overview(reports) {
  const withRollback = reports.some((r) => r.rollback);
  return table(
    ["Service", "Verdict", "Root cause", "Deployment", "Duration", ...withRollback ? ["Rollback"] : []],
    reports.map((r) => [
      code(r.serviceName, { inTable: true }),
      `${ICON[r.verdict]} ${r.verdict}`,
      r.diagnosis?.rootCause ? code(r.diagnosis.rootCause.code, { inTable: true }) : "",
      r.deploymentId ? code(r.deploymentId, { inTable: true }) : "",
      watchDuration(r),
      ...withRollback ? [r.rollback ? rollbackLabel(r.rollback) : ""] : []
    ])
  );
}
var SERVICE_HEADING_LEVEL = 3;
function renderCombinedSummary(reports, opts = {}) {
  const max = opts.maxBytes ?? SUMMARY_MAX_BYTES;
  const head = `${headline(reports)}

${overview(reports)}
`;
  const bad = failing(reports);
  const share = Math.floor((max - utf8Bytes(head) - 200) / Math.max(bad.length, 1));
  const bodies = bad.map((r) => {
    const reserve = r.rollback ? ROLLBACK_SECTION_RESERVE : 0;
    const summary = renderSummary(r, { maxBytes: Math.max(share - reserve, 2e3), headingLevel: SERVICE_HEADING_LEVEL });
    return withRollbackSection(summary, r, r.rollback, SERVICE_HEADING_LEVEL + 1);
  });
  return hardCut([head, ...bodies].join("\n---\n\n"), { max, measure: utf8Bytes });
}
function renderCombinedComment(reports) {
  const head = `${headline(reports)}

${overview(reports)}
`;
  const bad = failing(reports);
  const share = Math.floor((COMMENT_MAX_CHARS - head.length - 200) / Math.max(bad.length, 1));
  const bodies = bad.map((r) => {
    const comment = renderComment(r, { headingLevel: SERVICE_HEADING_LEVEL });
    const single = withRollbackSection(comment, r, r.rollback, SERVICE_HEADING_LEVEL + 1);
    return hardCut(single, { max: share, measure: characters });
  });
  return hardCut([head, ...bodies].join("\n---\n\n"), { max: COMMENT_MAX_CHARS, measure: characters });
}

// src/report/step.ts
var ROLLBACK_SECTION_RESERVE2 = 8e3;
var COMMENT_WITH_ROLLBACK_MAX_CHARS = COMMENT_MAX_CHARS + 5e3;
function serviceSummary(report, maxBytes) {
  const reserve = report.rollback ? ROLLBACK_SECTION_RESERVE2 : 0;
  const markdown = withRollbackSection(renderSummary(report, { maxBytes: maxBytes - reserve }), report, report.rollback, 3);
  return hardCut(markdown, { max: maxBytes, measure: utf8Bytes });
}
function serviceComment(report) {
  const markdown = withRollbackSection(renderComment(report), report, report.rollback, 4);
  return hardCut(markdown, { max: COMMENT_WITH_ROLLBACK_MAX_CHARS, measure: characters });
}
function renderStepSummary(reports, opts = {}) {
  const maxBytes = opts.maxBytes ?? SUMMARY_MAX_BYTES;
  return reports.length === 1 ? serviceSummary(reports[0], maxBytes) : renderCombinedSummary(reports, { maxBytes });
}
function renderStepComment(reports) {
  return reports.length === 1 ? serviceComment(reports[0]) : renderCombinedComment(reports);
}
function failedStepLine(report, service) {
  const cause = report.diagnosis?.rootCause;
  const phrase = verdictPhrase(report.verdict);
  const verdict = `${service ? `${service}: ` : ""}${phrase[0].toUpperCase()}${phrase.slice(1)}${cause ? ` (${cause.code}): ${cause.title}` : ""}`;
  return [verdict, watchReason(report), report.rollback ? rollbackLine(report.rollback) : ""].filter(Boolean).map(endSentence).join(" ");
}

export {
  renderStepSummary,
  renderStepComment,
  failedStepLine
};
