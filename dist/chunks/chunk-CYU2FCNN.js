import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);

// src/stops.ts
function isBenignStop(task) {
  const reason = task.stoppedReason ?? "";
  if (/^Scaling activity initiated by/i.test(reason)) return true;
  if (task.stopCode === "UserInitiated") return true;
  if (task.stopCode === "TerminationNotice" || task.stopCode === "SpotInterruption") return true;
  if (/^(Task stopped by user|Stopped by user|Service .* was deleted)/i.test(reason)) return true;
  return false;
}
function isStopped(task) {
  if (task.lastStatus === "STOPPED") return true;
  return task.desiredStatus === "STOPPED" && task.stopCode === "ServiceSchedulerInitiated" && Boolean(task.stoppedReason);
}

export {
  isBenignStop,
  isStopped
};
