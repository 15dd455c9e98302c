import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);

// src/deployment-facts.ts
var HOOK_FAILED = /rolled back because ([A-Z_]+) lifecycle hook\(s\) failed\.?\s*(.*)$/s;
var PAUSE_TIMED_OUT = /rolled back because ([A-Z_]+) pause hook timed out/;
var LAMBDA_ARN = /arn:aws[\w-]*:lambda:[\w-]+:\d{12}:function:[\w.-]+(?::[\w$.-]+)?/;
function hookFailure(sd) {
  const reason = sd?.statusReason ?? sd?.rollback?.reason ?? "";
  const failedHook = (sd?.lifecycleHookDetails ?? []).find((h) => h.status === "FAILED" || h.status === "TIMED_OUT");
  const pause = PAUSE_TIMED_OUT.exec(reason);
  if (pause) return { stage: pause[1], detail: reason, pauseExpired: true };
  const hook = HOOK_FAILED.exec(reason);
  if (!hook && !failedHook) return null;
  const functionArn = LAMBDA_ARN.exec(hook?.[2] ?? "")?.[0] ?? (failedHook?.targetType === "AWS_LAMBDA" ? failedHook.targetArn : void 0);
  return {
    stage: hook?.[1] ?? sd?.lifecycleStage ?? "unknown stage",
    ...functionArn ? { functionArn } : {},
    detail: hook?.[2]?.trim() || reason,
    pauseExpired: failedHook?.targetType === "PAUSE"
  };
}
function failedLifecycleEvent(target) {
  return (target?.lifecycleEvents ?? []).find((e) => e.status === "Failed");
}
function strategyLabel(strategy) {
  switch (strategy.kind) {
    case "BLUE_GREEN":
      return "blue/green";
    case "CODE_DEPLOY":
      return "CodeDeploy blue/green";
    case "EXTERNAL":
      return "external controller";
    default:
      return strategy.kind.toLowerCase();
  }
}
function lifecycleSpans(target) {
  return (target?.lifecycleEvents ?? []).filter((e) => e.lifecycleEventName && e.startTime).map((e) => ({
    stage: e.lifecycleEventName,
    startedAt: e.startTime,
    ...e.endTime ? { endedAt: e.endTime } : {},
    ...e.status ? { status: e.status } : {}
  }));
}
function rollbackCause(sd) {
  const triggered = sd.alarms?.triggeredAlarmNames ?? [];
  if (sd.alarms?.status === "TRIGGERED" || triggered.length > 0)
    return `CloudWatch alarm${triggered.length === 1 ? "" : "s"} ${triggered.join(", ") || "(unnamed)"} went into ALARM`;
  const hook = hookFailure(sd);
  if (hook) return hook.pauseExpired ? `the ${hook.stage} pause hook expired` : `the ${hook.stage} lifecycle hook failed`;
  const breaker = sd.deploymentCircuitBreaker;
  if (breaker?.status === "TRIGGERED") return `the circuit breaker tripped (${breaker.failureCount ?? "?"} of ${breaker.threshold ?? "?"} tasks failed)`;
  return "ECS stopped it";
}

export {
  hookFailure,
  failedLifecycleEvent,
  strategyLabel,
  lifecycleSpans,
  rollbackCause
};
