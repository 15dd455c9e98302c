import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);

// src/types.ts
var VERDICTS = ["stable", "failed", "rolled-back", "stuck", "timeout"];
var FAILING_VERDICTS = ["failed", "rolled-back", "stuck", "timeout"];
var ROOT_CAUSE_CODES = [
  "image-not-found",
  "image-pull-access-denied",
  "image-pull-rate-limited",
  "image-platform-mismatch",
  "registry-tls-error",
  "network-unreachable",
  "secret-access-denied",
  "secret-not-found",
  "log-config-error",
  "efs-mount-failed",
  "subnet-ip-exhausted",
  "role-invalid",
  "app-exit-error",
  "missing-configuration",
  "dependency-unreachable",
  "out-of-memory",
  "segfault",
  "command-not-found",
  "elb-health-check-failed",
  "container-health-check-failed",
  "service-connect-failed",
  "placement-failed",
  "port-conflict",
  "spot-interruption",
  "invalid-task-definition",
  "ephemeral-storage-exhausted",
  "deployment-configuration-blocked",
  "deployment-alarm-triggered",
  "container-instance-unhealthy",
  "lifecycle-hook-failed",
  "codedeploy-failed",
  "unknown"
];

export {
  VERDICTS,
  FAILING_VERDICTS,
  ROOT_CAUSE_CODES
};
