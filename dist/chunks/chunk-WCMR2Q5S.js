import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  characters,
  deploymentsSection,
  failureGroupsSection,
  fitSections,
  fixesSection,
  nextStepsSection
} from "./chunk-LMUQMNJ3.js";
import {
  firstErrorLine,
  headlineSection
} from "./chunk-FNTZJT3P.js";
import {
  code,
  link,
  linkTarget
} from "./chunk-QCPYTZYL.js";
import {
  utcTime
} from "./chunk-UG42X6BT.js";

// src/report/comment.ts
var COMMENT_MAX_CHARS = 6e4;
function runLink(input) {
  const run = input.runUrl ? linkTarget(input.runUrl) : null;
  return run ? `\u27A1\uFE0F ${link("Full report: evidence, task timeline, logs and checks", run)}` : null;
}
function footer(input) {
  const at = utcTime(input.evidence.watch?.endedAt ?? input.evidence.generatedAt);
  const commit = input.commitSha && /^[0-9a-f]{7,40}$/i.test(input.commitSha) ? ` for ${code(input.commitSha.slice(0, 7))}` : "";
  return `<sub>Updated by ECS Deploy Doctor${commit}${at ? ` at ${at}` : ""}. This comment is updated in place on every run.</sub>`;
}
function renderComment(input, opts = {}) {
  const failing = input.verdict !== "stable";
  const top = opts.headingLevel ?? 3;
  const section = top + 1;
  const sections = [
    {
      name: "Headline",
      variants: [() => headlineSection(input, top, { explanationMax: 800 }), () => headlineSection(input, top, { explanationMax: 200 })]
    },
    { name: "First error", variants: [() => failing ? firstErrorLine(input) || null : null] },
    {
      name: "Fixes",
      variants: [() => fixesSection(input, section, 3, "in the job summary"), () => fixesSection(input, section, 1, "in the job summary")]
    },
    { name: "Next steps", variants: [() => nextStepsSection(input, section)] },
    {
      name: "Stopped tasks",
      variants: [
        () => failing ? failureGroupsSection(input, section, { maxRows: 5, reasonMax: 200 }) : null,
        () => failing ? failureGroupsSection(input, section, { maxRows: 3, reasonMax: 80 }) : null
      ]
    },
    { name: "Deployments", variants: [() => failing ? deploymentsSection(input, section, { compact: true }) : null] },
    { name: "Links", variants: [() => runLink(input)] },
    { name: "Footer", variants: [() => footer(input)] }
  ];
  return fitSections(sections, {
    max: COMMENT_MAX_CHARS,
    measure: characters,
    shrinkOrder: ["Deployments", "Stopped tasks", "First error", "Fixes", "Headline"],
    elsewhere: "the job summary"
  });
}

export {
  COMMENT_MAX_CHARS,
  renderComment
};
