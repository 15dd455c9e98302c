/**
 * Startup failures: the task never reaches RUNNING or is never placed (image, network, IAM,
 * secrets, logging, placement, roles, capacity). Stops and events are classified from the
 * structure of AWS's messages; explainers confirm the cause with the deeper evidence and print
 * fix commands with the real ids; checks report every network, IAM, image, secret, log-group,
 * subnet and configuration check that ran.
 */
import type { RootCauseCode } from '../../types.js'
import type { Explainer, RuleSet } from '../rules.js'
import { deploymentChecks } from './checks/deployment.js'
import { efsChecks } from './checks/efs.js'
import { iamChecks } from './checks/iam.js'
import { imageChecks } from './checks/images.js'
import { instanceChecks, spotChecks } from './checks/instances.js'
import { logChecks } from './checks/logs.js'
import { networkChecks } from './checks/network.js'
import { roleChecks } from './checks/roles.js'
import { secretChecks } from './checks/secrets.js'
import { subnetChecks } from './checks/subnets.js'
import { classifyStartupStop } from './classify.js'
import { classifyStartupEvents } from './events.js'
import { explainEphemeralStorage, explainInstanceUnhealthy, explainPlacement, explainSpot, explainSubnetIps } from './explain/capacity.js'
import { explainDeploymentConfig, explainInvalidTaskDefinition } from './explain/config.js'
import { explainImageNotFound, explainImagePullAccessDenied, explainPlatformMismatch, explainRateLimited } from './explain/image.js'
import { explainEfsMount } from './explain/efs.js'
import { explainLogConfig } from './explain/logging.js'
import { explainRegistryTls } from './explain/registry-tls.js'
import { explainNetwork } from './explain/network.js'
import { explainRoleInvalid } from './explain/roles.js'
import { explainSecretAccessDenied, explainSecretNotFound } from './explain/secrets.js'
import { refinedCode } from './refine.js'

const EXPLAINERS: Partial<Record<RootCauseCode, Explainer>> = {
  'image-not-found': explainImageNotFound,
  'image-pull-access-denied': explainImagePullAccessDenied,
  'image-pull-rate-limited': explainRateLimited,
  'image-platform-mismatch': explainPlatformMismatch,
  'registry-tls-error': explainRegistryTls,
  'efs-mount-failed': explainEfsMount,
  'network-unreachable': explainNetwork,
  'secret-access-denied': explainSecretAccessDenied,
  'secret-not-found': explainSecretNotFound,
  'log-config-error': explainLogConfig,
  'subnet-ip-exhausted': explainSubnetIps,
  'role-invalid': explainRoleInvalid,
  'placement-failed': explainPlacement,
  'invalid-task-definition': explainInvalidTaskDefinition,
  'deployment-configuration-blocked': explainDeploymentConfig,
  'container-instance-unhealthy': explainInstanceUnhealthy,
  'spot-interruption': explainSpot,
  'ephemeral-storage-exhausted': explainEphemeralStorage
}

/** Each explainer first lets the evidence decide when the message could not. */
function withEvidence(explain: Explainer): Explainer {
  return (ctx, group) => {
    const better = refinedCode(ctx, group)
    const chosen = better ? EXPLAINERS[better] : undefined
    return chosen && better ? chosen(ctx, { ...group, code: better }) : explain(ctx, group)
  }
}

export const startupRules: RuleSet = {
  name: 'startup',
  classifyStop: classifyStartupStop,
  classifyEvents: classifyStartupEvents,
  explainers: Object.fromEntries(
    Object.entries(EXPLAINERS).map(([code, explain]) => [code, withEvidence(explain as Explainer)])
  ) as Partial<Record<RootCauseCode, Explainer>>,
  checks: [networkChecks, subnetChecks, iamChecks, roleChecks, imageChecks, secretChecks, logChecks, efsChecks, deploymentChecks, instanceChecks, spotChecks]
}
