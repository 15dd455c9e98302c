import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  shortTaskDefinition
} from "./chunk-UG42X6BT.js";
import {
  FAILING_VERDICTS
} from "./chunk-UHW7ZZCQ.js";
import "./chunk-UZE5WIRC.js";

// src/cli/json.ts
function rollbackJson(outcome) {
  if (!outcome) return null;
  return {
    status: outcome.status,
    reason: outcome.reason,
    changedBy: outcome.changedBy ?? null,
    fromTaskDefinition: outcome.fromTaskDefinition ? shortTaskDefinition(outcome.fromTaskDefinition) : null,
    toTaskDefinition: outcome.toTaskDefinition ? shortTaskDefinition(outcome.toTaskDefinition) : null,
    deploymentId: outcome.deploymentId ?? null,
    verdict: outcome.watch?.verdict ?? null,
    missingPermissions: outcome.missingPermissions
  };
}
function serviceJson(service, result) {
  const cause = result.diagnosis?.rootCause;
  const findings = result.diagnosis?.findings.map((f) => f.code) ?? [];
  return {
    service,
    verdict: result.watch.verdict,
    reason: result.watch.reason,
    deploymentId: result.watch.deploymentId || null,
    rootCause: cause ? { code: cause.code, title: cause.title, confidence: cause.confidence } : null,
    findings: cause ? [cause.code, ...findings.filter((code) => code !== cause.code)] : findings,
    rollback: rollbackJson(result.rollback)
  };
}
function watchJson(services, results) {
  const entries = results.map((result, i) => serviceJson(services[i] ?? result.watch.service.serviceName ?? "service", result));
  const failing = entries.find((e) => FAILING_VERDICTS.includes(e.verdict));
  return { verdict: failing?.verdict ?? "stable", services: entries };
}
export {
  serviceJson,
  watchJson
};
