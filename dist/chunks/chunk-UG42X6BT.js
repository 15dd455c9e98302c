import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);

// src/format.ts
function formatDuration(ms) {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return "";
  const seconds = Math.round(ms / 1e3);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, "0")}s`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, "0")}m`;
}
function taskDefinitionLabel(arnOrLabel) {
  if (!arnOrLabel) return "";
  return arnOrLabel.slice(arnOrLabel.lastIndexOf("/") + 1);
}
function shortTaskDefinition(arn) {
  return arn === void 0 ? "unknown task definition" : taskDefinitionLabel(arn);
}
function clockTime(iso) {
  if (!iso || Number.isNaN(Date.parse(iso))) return "";
  return new Date(iso).toISOString().slice(11, 19);
}
function utcTime(iso) {
  const time = clockTime(iso);
  return time ? `${time} UTC` : "";
}

export {
  formatDuration,
  taskDefinitionLabel,
  shortTaskDefinition,
  clockTime,
  utcTime
};
