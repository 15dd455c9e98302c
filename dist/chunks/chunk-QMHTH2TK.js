import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  ROOT_CAUSE_CODES
} from "./chunk-UHW7ZZCQ.js";

// src/redact.ts
var REDACTED = "[REDACTED]";
var SECRET_NAME = "(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?|client[_-]?secret|session[_-]?key|signing[_-]?key|auth[_-]?key)";
function looksSecretName(name) {
  return new RegExp(SECRET_NAME, "i").test(name);
}
var PRIVATE_KEY_BLOCK = /(-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----)([\s\S]*?)(-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g;
var RULES = [
  // Authorization / Proxy-Authorization headers, with or without a scheme word.
  {
    pattern: /\b((?:proxy-)?authorization["']?\s*[:=]\s*["']?(?:(?:Bearer|Basic|Token|Digest|AWS4-HMAC-SHA256)\s+)?)([^\s"',;]+)/gi,
    secretGroup: 2
  },
  { pattern: /\b(Bearer\s+)([A-Za-z0-9._~+/=-]{8,})/g, secretGroup: 2 },
  // user:password@host in any URL.
  { pattern: /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)([^\s@/]+)(?=@)/gi, secretGroup: 2 },
  // AWS access key ids (long-term AKIA, temporary ASIA).
  { pattern: /\b()((?:AKIA|ASIA)[A-Z0-9]{16})\b/g, secretGroup: 2 },
  // JSON Web Tokens.
  { pattern: /\b()(eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,})/g, secretGroup: 2 },
  // GitHub and Slack tokens.
  { pattern: /\b()(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|xox[abprs]-[A-Za-z0-9-]{10,})/g, secretGroup: 2 },
  // "password": "value" in JSON.
  {
    pattern: new RegExp(`("[^"]{0,64}${SECRET_NAME}[^"]{0,64}"\\s*:\\s*")((?:[^"\\\\]|\\\\.)+)(?=")`, "gi"),
    secretGroup: 2,
    accept: isPlausibleSecretValue
  },
  // NAME=value, NAME: value, --name=value, with optional quotes; not a path or ARN segment (".../db-password-AbCdEf: ...").
  {
    pattern: new RegExp(`(?<![\\w/:.-])([A-Za-z0-9_.-]{0,64}${SECRET_NAME}[A-Za-z0-9_.-]{0,64}["']?(?:\\s*=\\s*|:\\s+))("[^"\\n]+"|'[^'\\n]+'|[^\\s"',;&]+)`, "gi"),
    secretGroup: 2,
    accept: (value, prefix) => isPlausibleSecretValue(value) && !isRootCauseLabel(prefix)
  },
  // A 40-character AWS secret access key standing alone (mixed case plus a digit or / +).
  {
    pattern: /(^|[^A-Za-z0-9/+=])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/g,
    secretGroup: 2,
    accept: (value) => /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9/+]/.test(value)
  }
];
function isRootCauseLabel(prefix) {
  const key = prefix.replace(/["']?\s*(?:=|:)\s*$/, "");
  return ROOT_CAUSE_CODES.includes(key);
}
function isPlausibleSecretValue(quoted) {
  const value = quoted.replace(/^(["'])(.*)\1$/, "$2");
  if (!value) return false;
  if (value.includes(REDACTED) || /^\*+$/.test(value)) return false;
  if (/^arn:aws[a-z-]*:/i.test(value)) return false;
  if (/^(?:os\.|process\.|ENV\b|System\.|env\b|getenv|settings\.|config\.|self\.|this\.|\$\{)/.test(value)) return false;
  if (/^(?:null|none|true|false|undefined|\$\{.*\}|\{\{.*\}\}|<[^>]*>)$/i.test(value)) return false;
  return true;
}
function redactSecrets(line, knownSecrets = []) {
  const secrets = [];
  let text = line;
  for (const known of knownSecrets) {
    if (known.length >= 4 && text.includes(known)) {
      secrets.push(known);
      text = text.split(known).join(REDACTED);
    }
  }
  text = text.replace(PRIVATE_KEY_BLOCK, (_match, begin, body, end) => {
    if (body.trim()) secrets.push(body.trim());
    return `${begin}${REDACTED}${end}`;
  });
  for (const rule of RULES) {
    text = text.replace(rule.pattern, (...args) => {
      const match = args[0];
      const groups = args.slice(1, 1 + rule.secretGroup);
      const secret = groups[rule.secretGroup - 1] ?? "";
      const prefix = groups.slice(0, rule.secretGroup - 1).join("");
      if (!secret || rule.accept && !rule.accept(secret, prefix)) return match;
      secrets.push(secret.replace(/^(["'])(.*)\1$/, "$2"));
      return `${prefix}${REDACTED}${match.slice(prefix.length + secret.length)}`;
    });
  }
  return { text, secrets: unique(secrets) };
}
function redactLines(lines, knownSecrets = [], startsInsideKey = false) {
  const out = [];
  const secrets = [];
  let insideKey = startsInsideKey;
  for (const line of lines) {
    if (insideKey) {
      if (/-----END [A-Z0-9 ]*PRIVATE KEY-----/.test(line)) {
        insideKey = false;
        out.push(line.replace(/^.*?(?=-----END)/, (before) => before.trim() ? REDACTED : before));
      } else {
        if (line.trim()) secrets.push(line.trim());
        out.push(REDACTED);
      }
      continue;
    }
    const redacted = redactSecrets(line, knownSecrets);
    secrets.push(...redacted.secrets);
    if (/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(line) && !/-----END [A-Z0-9 ]*PRIVATE KEY-----/.test(line)) {
      insideKey = true;
    }
    out.push(redacted.text);
  }
  return { lines: out, secrets: unique(secrets) };
}
function unique(values) {
  return [...new Set(values)];
}
function redactTail(lines, count, knownSecrets = []) {
  const start = Math.max(0, lines.length - count);
  let insideKey = false;
  for (let index = 0; index < start; index++) {
    const line = lines[index];
    if (!line.includes("PRIVATE KEY-----")) continue;
    if (/-----END [A-Z0-9 ]*PRIVATE KEY-----/.test(line)) insideKey = false;
    if (/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----(?![\s\S]*-----END [A-Z0-9 ]*PRIVATE KEY-----)/.test(line)) insideKey = true;
  }
  return redactLines(lines.slice(start), knownSecrets, insideKey).lines;
}
function redact(text) {
  return redactSecrets(text, []).text;
}
function quoteLine(line, max = 240) {
  const clean = redact(line).replace(/\s+/g, " ").trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}\u2026` : clean;
}
function logLine(text, knownSecrets = []) {
  return redactSecrets(text, knownSecrets).text.replace(/[\r\n\u2028\u2029]+/g, " ");
}
var PLACEHOLDER = /^\[REDACTED value \d+\]$/;
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function mapArray(value, each) {
  return Array.isArray(value) ? value.map((item) => isRecord(item) ? each(item) : item) : value;
}
var EnvironmentPlaceholders = class {
  numbers = /* @__PURE__ */ new Map();
  placeholder(value) {
    if (PLACEHOLDER.test(value)) return value;
    let number = this.numbers.get(value);
    if (number === void 0) this.numbers.set(value, number = this.numbers.size + 1);
    return `[REDACTED value ${number}]`;
  }
  entries(environment) {
    return mapArray(environment, (entry) => typeof entry.value === "string" ? { ...entry, value: this.placeholder(entry.value) } : entry);
  }
};
function secretEnvironmentValues(evidence) {
  const list = (value) => Array.isArray(value) ? value.filter(isRecord) : [];
  return [evidence.taskDefinition, evidence.previousTaskDefinition].flatMap((td) => isRecord(td) ? list(td.containerDefinitions) : []).flatMap((container) => list(container.environment)).filter((pair) => typeof pair.name === "string" && typeof pair.value === "string" && pair.value.length >= 4 && !PLACEHOLDER.test(pair.value) && looksSecretName(pair.name)).map((pair) => pair.value);
}
function redactRecord(record, text) {
  if (!isRecord(record)) return record;
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [key, typeof value !== "string" ? value : looksSecretName(key) && !value.startsWith("arn:") ? REDACTED : text(value)])
  );
}
function redactContainer(container, env, text) {
  const list = (values) => Array.isArray(values) ? values.map(text) : values;
  const { healthCheck, logConfiguration } = container;
  return {
    ...container,
    ...container.environment ? { environment: env.entries(container.environment) } : {},
    ...container.command ? { command: list(container.command) } : {},
    ...container.entryPoint ? { entryPoint: list(container.entryPoint) } : {},
    ...isRecord(healthCheck) && healthCheck.command ? { healthCheck: { ...healthCheck, command: list(healthCheck.command) } } : {},
    ...container.dockerLabels ? { dockerLabels: redactRecord(container.dockerLabels, text) } : {},
    ...isRecord(logConfiguration) && logConfiguration.options ? { logConfiguration: { ...logConfiguration, options: redactRecord(logConfiguration.options, text) } } : {}
  };
}
function redactTaskDefinition(td, env, text) {
  if (!isRecord(td) || !td.containerDefinitions) return td;
  return { ...td, containerDefinitions: mapArray(td.containerDefinitions, (c) => redactContainer(c, env, text)) };
}
function redactTask(task, env, text) {
  const overrides = isRecord(task.overrides) ? task.overrides.containerOverrides : void 0;
  return {
    ...task,
    ...task.stoppedReason !== void 0 ? { stoppedReason: text(task.stoppedReason) } : {},
    ...task.containers ? { containers: mapArray(task.containers, (c) => c.reason !== void 0 ? { ...c, reason: text(c.reason) } : c) } : {},
    ...overrides ? {
      overrides: {
        ...task.overrides,
        containerOverrides: mapArray(overrides, (o) => ({
          ...o,
          ...o.environment ? { environment: env.entries(o.environment) } : {},
          ...Array.isArray(o.command) ? { command: o.command.map(text) } : {}
        }))
      }
    } : {}
  };
}
function redactService(service, text) {
  if (!isRecord(service)) return service;
  return {
    ...service,
    ...service.events ? { events: mapArray(service.events, (e) => e.message !== void 0 ? { ...e, message: text(e.message) } : e) } : {},
    ...service.deployments ? { deployments: mapArray(service.deployments, (d) => d.rolloutStateReason !== void 0 ? { ...d, rolloutStateReason: text(d.rolloutStateReason) } : d) } : {}
  };
}
function redactLogLines(lines, known) {
  const end = lines.findIndex((line) => /-----END [A-Z0-9 ]*PRIVATE KEY-----/.test(line));
  const begin = lines.findIndex((line) => /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(line));
  const startsInsideKey = end >= 0 && (begin < 0 || begin > end);
  return redactLines(lines, known, startsInsideKey);
}
function maybe(value, text) {
  return typeof value === "string" ? text(value) : value;
}
function redactServiceDeployment(sd, text) {
  if (!isRecord(sd)) return sd;
  return {
    ...sd,
    ...sd.statusReason !== void 0 ? { statusReason: maybe(sd.statusReason, text) } : {},
    ...isRecord(sd.rollback) && sd.rollback.reason !== void 0 ? { rollback: { ...sd.rollback, reason: maybe(sd.rollback.reason, text) } } : {}
  };
}
function redactCodeDeploy(cd, text) {
  if (!isRecord(cd)) return cd;
  const deployment = isRecord(cd.deployment) ? cd.deployment : void 0;
  const target = isRecord(cd.target) ? cd.target : void 0;
  const error = isRecord(deployment?.errorInformation) ? deployment.errorInformation : void 0;
  return {
    ...cd,
    ...deployment ? { deployment: { ...deployment, ...error ? { errorInformation: { ...error, message: maybe(error.message, text) } } : {} } } : {},
    ...target ? {
      target: {
        ...target,
        lifecycleEvents: mapArray(
          target.lifecycleEvents,
          (event) => isRecord(event.diagnostics) ? { ...event, diagnostics: { ...event.diagnostics, message: maybe(event.diagnostics.message, text), logTail: maybe(event.diagnostics.logTail, text) } } : event
        )
      }
    } : {}
  };
}
function redactStrategy(strategy, text, lines) {
  if (!isRecord(strategy)) return strategy;
  const hookLogs = isRecord(strategy.hookLogs) ? strategy.hookLogs : void 0;
  return {
    ...strategy,
    ...strategy.serviceDeployment !== void 0 ? { serviceDeployment: redactServiceDeployment(strategy.serviceDeployment, text) } : {},
    ...strategy.codeDeploy !== void 0 ? { codeDeploy: redactCodeDeploy(strategy.codeDeploy, text) } : {},
    ...strategy.firedAlarms ? {
      firedAlarms: mapArray(strategy.firedAlarms, (alarm) => ({
        ...alarm,
        ...alarm.stateReason !== void 0 ? { stateReason: maybe(alarm.stateReason, text) } : {},
        history: mapArray(alarm.history, (item) => ({ ...item, summary: maybe(item.summary, text) ?? "" })) ?? []
      }))
    } : {},
    ...hookLogs ? { hookLogs: { ...hookLogs, lines: Array.isArray(hookLogs.lines) ? lines(hookLogs.lines.map(String)) : hookLogs.lines } } : {}
  };
}
function redactEvidence(evidence) {
  const known = secretEnvironmentValues(evidence);
  const found = /* @__PURE__ */ new Set([...known, ...secretsRedactedFrom(evidence)]);
  const text = (value) => {
    if (typeof value !== "string") return value;
    const redacted2 = redactSecrets(value, known);
    redacted2.secrets.forEach((secret) => found.add(secret));
    return redacted2.text;
  };
  const lines = (values) => {
    const redacted2 = redactLogLines(values, known);
    redacted2.secrets.forEach((secret) => found.add(secret));
    return redacted2.lines;
  };
  const env = new EnvironmentPlaceholders();
  const { watch, loadBalancing } = evidence;
  const redacted = {
    ...evidence,
    ...isRecord(watch) ? {
      watch: {
        ...watch,
        reason: text(watch.reason),
        ...watch.progress !== void 0 ? { progress: text(watch.progress) } : {},
        ...watch.failureSignatures ? { failureSignatures: mapArray(watch.failureSignatures, (f) => ({ ...f, signature: text(f.signature) })) } : {}
      }
    } : {},
    service: redactService(evidence.service, text),
    ...evidence.taskDefinition !== void 0 ? { taskDefinition: redactTaskDefinition(evidence.taskDefinition, env, text) } : {},
    ...evidence.previousTaskDefinition !== void 0 ? { previousTaskDefinition: redactTaskDefinition(evidence.previousTaskDefinition, env, text) } : {},
    ...evidence.tasks ? { tasks: mapArray(evidence.tasks, (t) => redactTask(t, env, text)) } : {},
    ...evidence.logs ? { logs: mapArray(evidence.logs, (log) => ({ ...log, lines: Array.isArray(log.lines) ? lines(log.lines.map(String)) : log.lines })) } : {},
    ...evidence.serviceDeployments ? {
      serviceDeployments: mapArray(evidence.serviceDeployments, (d) => ({
        ...d,
        ...d.statusReason !== void 0 ? { statusReason: text(d.statusReason) } : {},
        ...isRecord(d.rollback) && d.rollback.reason !== void 0 ? { rollback: { ...d.rollback, reason: text(d.rollback.reason) } } : {}
      }))
    } : {},
    ...evidence.strategy ? { strategy: redactStrategy(evidence.strategy, text, lines) } : {},
    ...isRecord(loadBalancing) && Array.isArray(loadBalancing.targetHealth) ? {
      loadBalancing: {
        ...loadBalancing,
        targetHealth: mapArray(loadBalancing.targetHealth, (group) => ({
          ...group,
          descriptions: mapArray(
            group.descriptions,
            (d) => isRecord(d.TargetHealth) && d.TargetHealth.Description !== void 0 ? { ...d, TargetHealth: { ...d.TargetHealth, Description: text(d.TargetHealth.Description) } } : d
          )
        }))
      }
    } : {},
    ...evidence.unavailable ? { unavailable: mapArray(evidence.unavailable, (u) => ({ ...u, error: text(u.error) })) } : {}
  };
  redactedSecrets.set(redacted, [...found]);
  return redacted;
}
var redactedSecrets = /* @__PURE__ */ new WeakMap();
function secretsRedactedFrom(evidence) {
  return redactedSecrets.get(evidence) ?? [];
}

export {
  redactSecrets,
  redactLines,
  redactTail,
  redact,
  quoteLine,
  logLine,
  secretEnvironmentValues,
  redactEvidence,
  secretsRedactedFrom
};
