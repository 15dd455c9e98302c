import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  EVIDENCE_SCHEMA_VERSION
} from "./chunk-5MSGKI4G.js";
import {
  redactEvidence
} from "./chunk-QMHTH2TK.js";
import {
  VERDICTS
} from "./chunk-UHW7ZZCQ.js";

// src/evidence/validate.ts
var EvidenceError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "EvidenceError";
  }
};
var ARRAY_KEYS = ["tasks", "logs", "images", "secrets", "logGroups", "unavailable", "serviceDeployments", "containerInstances", "efs"];
var OBJECT_KEYS = ["network", "iam", "loadBalancing", "watch", "strategy"];
var NULLABLE_OBJECT_KEYS = ["taskDefinition", "previousTaskDefinition"];
function kind(value) {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : typeof value;
}
function parseEvidence(text, source = "evidence") {
  return checkEvidence(parseJson(text, source), source);
}
function parseEvidenceDocuments(text, source = "evidence") {
  const data = parseJson(text, source);
  if (!Array.isArray(data)) return [checkEvidence(data, source)];
  if (data.length === 0) throw new EvidenceError(`${source} is an empty array; it must hold one evidence document per service`);
  return data.map((item, i) => checkEvidence(item, `${source}[${i}]`));
}
function parseJson(text, source) {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new EvidenceError(`${source} is not valid JSON (${detail}); was the file truncated?`);
  }
}
function checkEvidence(data, source) {
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new EvidenceError(`${source} must be a JSON object with schemaVersion ${EVIDENCE_SCHEMA_VERSION}, got ${kind(data)}`);
  const record = data;
  if (record.schemaVersion !== EVIDENCE_SCHEMA_VERSION)
    throw new EvidenceError(
      `${source} has schemaVersion ${JSON.stringify(record.schemaVersion) ?? "missing"}; this version of ECS Deploy Doctor reads schemaVersion ${EVIDENCE_SCHEMA_VERSION}`
    );
  if (kind(record.service) !== "an object") throw new EvidenceError(`${source}: 'service' must be an object (the ECS DescribeServices service), got ${kind(record.service)}`);
  for (const key of ARRAY_KEYS)
    if (key in record && record[key] !== void 0 && !Array.isArray(record[key]))
      throw new EvidenceError(`${source}: '${key}' must be an array, got ${kind(record[key])}`);
  for (const key of OBJECT_KEYS)
    if (key in record && record[key] !== void 0 && kind(record[key]) !== "an object")
      throw new EvidenceError(`${source}: '${key}' must be an object, got ${kind(record[key])}`);
  const verdict = record.watch?.verdict;
  if (verdict !== void 0 && !VERDICTS.includes(verdict))
    throw new EvidenceError(`${source}: 'watch.verdict' must be one of ${VERDICTS.join(", ")}, got ${JSON.stringify(verdict)?.slice(0, 80) ?? kind(verdict)}`);
  for (const key of NULLABLE_OBJECT_KEYS)
    if (key in record && record[key] !== null && record[key] !== void 0 && kind(record[key]) !== "an object")
      throw new EvidenceError(`${source}: '${key}' must be an object or null, got ${kind(record[key])}`);
  return redactEvidence(record);
}

export {
  EvidenceError,
  parseEvidence,
  parseEvidenceDocuments
};
