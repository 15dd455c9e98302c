/** The state machine for the kind of deployment the service runs, picked from one DescribeServices answer. */
import type { EcsService } from '../../evidence/schema.js'
import { WatchError } from '../errors.js'
import { detectStrategy, isPlainRolling, strategyLabel } from './detect.js'
import { ServiceDeploymentPlan } from './ecs-native.js'
import { ExternalPlan } from './external.js'
import type { PlanOptions, StrategyPlan } from './plan.js'
import { RollingPlan } from './rolling.js'

export type { PlanOptions, StrategyPlan } from './plan.js'
export { detectStrategy, strategyLabel } from './detect.js'

/** The CODE_DEPLOY state machine (and the CodeDeploy SDK it calls) is loaded only for a CODE_DEPLOY service. */
export async function planFor(service: EcsService, options: PlanOptions): Promise<StrategyPlan> {
  const strategy = detectStrategy(service)
  const name = service.serviceName ?? options.service
  if (options.codeDeployDeploymentId && strategy.controller !== 'CODE_DEPLOY')
    throw new WatchError(
      `Input 'codedeploy-deployment-id' is for services with the CODE_DEPLOY deployment controller; ${name} uses ${strategy.controller} (${strategyLabel(strategy)}). Leave it empty.`
    )
  if (options.deploymentId && strategy.controller === 'CODE_DEPLOY')
    throw new WatchError(
      `Input 'deployment-id' names an ECS deployment, but ${name} uses the CODE_DEPLOY controller: give 'codedeploy-deployment-id' instead, or leave both empty to follow the deployment in progress.`
    )
  if (strategy.controller === 'CODE_DEPLOY') return new (await import('./codedeploy.js')).CodeDeployPlan(strategy, options)
  if (strategy.controller === 'EXTERNAL') return new ExternalPlan(strategy, options)
  return isPlainRolling(strategy) ? new RollingPlan(strategy, options) : new ServiceDeploymentPlan(strategy, options)
}
