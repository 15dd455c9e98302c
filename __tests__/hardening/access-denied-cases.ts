/**
 * The AccessDenied matrix's settings (each optional API refused in turn, over every scenario) and what it
 * expects where the refused API held the only evidence of the cause; shared by access-denied.test.ts and
 * the README's figures (__tests__/readme/figures.test.ts).
 */
import type { RootCauseCode } from '../../src/types.js'
import { scenarios, type Scenario } from '../../simulator/index.js'

/** Optional APIs, one denial setting each: a whole service, or the ECS calls only the diagnosis makes. */
export const OPTIONAL = [
  'EC2:*',
  'IAM:*',
  'ELBv2:*',
  'ECR:*',
  'Logs:*',
  'SecretsManager:*',
  'SSM:*',
  'ECS:DescribeTaskDefinition',
  'ECS:ListServiceDeployments',
  'ECS:DescribeServiceDeployments',
  'ECS:DescribeContainerInstances',
  'CloudWatch:*',
  'EFS:*'
]

/**
 * Blue/green, linear and canary deployments are judged by their service deployment: without
 * ecs:DescribeServiceDeployments the watch stops at once with one line naming it, as for a core call.
 */
export function needsServiceDeployments(scenario: Scenario): boolean {
  return (scenario.world.service.deploymentController ?? 'ECS') === 'ECS' && (scenario.world.service.deploymentConfiguration.strategy ?? 'ROLLING') !== 'ROLLING'
}
export const REQUIRED: Record<string, (scenario: Scenario) => boolean> = { 'ECS:DescribeServiceDeployments': needsServiceDeployments }

/**
 * Where the refused API held the only evidence of the cause. Without the container's log (or the task
 * definition that says where the log is) an exit code alone says "the application exited with an error";
 * without the log but with the task definition, the image index still proves a wrong CPU architecture.
 */
const WITHOUT_LOGS: Partial<Record<string, RootCauseCode>> = {
  'app-missing-env-var': 'app-exit-error',
  'app-dependency-unreachable': 'app-exit-error'
}
export const DEGRADED: Record<string, Partial<Record<string, RootCauseCode>>> = {
  'Logs:*': WITHOUT_LOGS,
  'ECS:DescribeTaskDefinition': { ...WITHOUT_LOGS, 'exec-format-error': 'app-exit-error', 'exec-format-error-legacy-wording': 'app-exit-error' }
}

export const cases = OPTIONAL.flatMap((deny) => scenarios.map((scenario) => ({ deny, scenario })))
export const key = (deny: string, scenario: Scenario) => `deny ${deny} / ${scenario.name}`
