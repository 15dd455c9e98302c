import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  resourceName
} from "./chunk-HTFDHZIM.js";

// src/report/comment-key.ts
function stepIdentity(env = process.env) {
  return { workflow: env.GITHUB_WORKFLOW, job: env.GITHUB_JOB, step: env.GITHUB_ACTION };
}
function encode(value) {
  return encodeURIComponent(value).replace(/-(?=-)/g, "%2D");
}
function commentKey(target, step) {
  const services = [...new Set(target.services.map(resourceName))].sort();
  const place = [target.account || "unknown-account", target.region, resourceName(target.cluster)].map(encode).join("/");
  const stepPart = services.length > 1 ? `/step=${[step.workflow, step.job, step.step].map((part) => encode(part ?? "")).join("/")}` : "";
  return { scope: `${place}${stepPart}`, services };
}
var PREFIX = "<!-- ecs-deploy-doctor ";
function commentMarker(key) {
  return `${PREFIX}scope=${key.scope} services=${key.services.map(encode).join(",")} -->`;
}
function markerKey(body) {
  const firstLine = (body ?? "").trimStart().split("\n", 1)[0];
  const match = /^<!-- ecs-deploy-doctor scope=(\S+) services=(\S+) -->$/.exec(firstLine.trimEnd());
  if (!match) return null;
  try {
    return { scope: match[1], services: match[2].split(",").map(decodeURIComponent) };
  } catch {
    return null;
  }
}
function sameReport(ours, theirs) {
  return theirs !== null && theirs.scope === ours.scope && theirs.services.some((service) => ours.services.includes(service));
}
function accountOf(...arns) {
  for (const arn of arns) {
    const account = /^arn:[^:]+:[^:]*:[^:]*:(\d{12}):/.exec(arn ?? "")?.[1];
    if (account) return account;
  }
  return "";
}

export {
  stepIdentity,
  commentKey,
  commentMarker,
  markerKey,
  sameReport,
  accountOf
};
