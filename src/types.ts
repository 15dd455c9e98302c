/**
 * Contracts shared by the pipeline stages: inputs → watch → evidence → diagnose → report.
 * Everything here is plain data so evidence files can be diagnosed offline.
 */

export const VERDICTS = ['stable', 'failed', 'rolled-back', 'stuck', 'timeout'] as const
export type Verdict = (typeof VERDICTS)[number]

export const FAILING_VERDICTS: readonly Verdict[] = ['failed', 'rolled-back', 'stuck', 'timeout']

/** AWS SDK output shapes as JSON: Dates become ISO-8601 strings. */
export type Jsonified<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Jsonified<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonified<T[K]> }
      : T

export const ROOT_CAUSE_CODES = [
  'image-not-found',
  'image-pull-access-denied',
  'image-pull-rate-limited',
  'image-platform-mismatch',
  'registry-tls-error',
  'network-unreachable',
  'secret-access-denied',
  'secret-not-found',
  'log-config-error',
  'efs-mount-failed',
  'subnet-ip-exhausted',
  'role-invalid',
  'app-exit-error',
  'missing-configuration',
  'dependency-unreachable',
  'out-of-memory',
  'segfault',
  'command-not-found',
  'elb-health-check-failed',
  'container-health-check-failed',
  'service-connect-failed',
  'placement-failed',
  'port-conflict',
  'spot-interruption',
  'invalid-task-definition',
  'ephemeral-storage-exhausted',
  'deployment-configuration-blocked',
  'deployment-alarm-triggered',
  'container-instance-unhealthy',
  'lifecycle-hook-failed',
  'codedeploy-failed',
  'unknown'
] as const
export type RootCauseCode = (typeof ROOT_CAUSE_CODES)[number]
