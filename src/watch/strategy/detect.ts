/**
 * The kind of deployment a service runs, from one DescribeServices answer: `deploymentController.type`
 * (ECS when absent) and, for the ECS controller, `deploymentConfiguration.strategy` (ROLLING when absent).
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentController.html
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html
 */
import type { EcsService } from '../../evidence/schema.js'
import type { DeploymentStrategy, StrategyKind } from '../../evidence/schema.js'
export { strategyLabel } from '../../deployment-facts.js'

const ECS_STRATEGIES: StrategyKind[] = ['ROLLING', 'BLUE_GREEN', 'LINEAR', 'CANARY']

export function detectStrategy(service: EcsService): DeploymentStrategy {
  const controller = service.deploymentController?.type ?? 'ECS'
  if (controller === 'CODE_DEPLOY' || controller === 'EXTERNAL') return { controller, kind: controller }
  const configuration = service.deploymentConfiguration
  const named = configuration?.strategy as StrategyKind | undefined
  const kind = named && ECS_STRATEGIES.includes(named) ? named : 'ROLLING'
  const alarms = configuration?.alarms
  const names = (alarms?.alarmNames ?? []).filter((n): n is string => typeof n === 'string')
  return {
    controller: 'ECS',
    kind,
    ...(alarms?.enable && names.length > 0 ? { alarms: { names, rollback: alarms.rollback === true } } : {})
  }
}


/** ROLLING with no alarms is what the watch's task rules cover on their own. */
export function isPlainRolling(strategy: DeploymentStrategy): boolean {
  return strategy.kind === 'ROLLING' && !strategy.alarms
}
