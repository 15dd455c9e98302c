/** AWS CodeDeploy (awsJson1_1, CodeDeploy_20141006): the blue/green deployment of a CODE_DEPLOY service, its ECS target and lifecycle events. */
import * as sdk from '@aws-sdk/client-codedeploy'
import type {
  ContinueDeploymentInput,
  GetDeploymentInput,
  GetDeploymentOutput,
  GetDeploymentTargetInput,
  GetDeploymentTargetOutput,
  ListDeploymentsInput,
  ListDeploymentsOutput
} from '@aws-sdk/client-codedeploy'
import { AwsError } from '../aws-error.js'
import type { CodeDeployDriver } from '../engine/codedeploy.js'
import { operation, paginate, type ServiceDefinition, type SimContext } from './context.js'

function drivers(ctx: SimContext): { driver: CodeDeployDriver; service: string }[] {
  return ctx.cluster.services.flatMap((s) => (s.scheduler.codeDeploy ? [{ driver: s.scheduler.codeDeploy, service: s.name }] : []))
}

function findDeployment(ctx: SimContext, id: string | undefined) {
  const found = drivers(ctx).find(({ driver }) => driver.id === id)
  if (!found) throw new AwsError('DeploymentDoesNotExistException', `The deployment ${id} could not be found.`)
  return found
}

export const codedeploy: ServiceDefinition = {
  id: 'CodeDeploy',
  aliases: ['codedeploy', 'deploy'],
  protocol: 'awsJson1_1',
  jsonTarget: 'CodeDeploy_20141006',
  iamPrefix: 'codedeploy',
  sdk,
  operations: {
    GetDeployment: operation<GetDeploymentInput, GetDeploymentOutput>((input, ctx) => ({ deploymentInfo: findDeployment(ctx, input.deploymentId).driver.info() })),

    GetDeploymentTarget: operation<GetDeploymentTargetInput, GetDeploymentTargetOutput>((input, ctx) => {
      const { driver, service } = findDeployment(ctx, input.deploymentId)
      const expected = `${ctx.world.cluster.name}:${service}`
      if (input.targetId !== expected) throw new AwsError('DeploymentTargetDoesNotExistException', `The target ${input.targetId} does not exist in deployment ${input.deploymentId}.`)
      return { deploymentTarget: { deploymentTargetType: 'ECSTarget', ecsTarget: driver.target(ctx.world.cluster.name, service) } }
    }),

    ListDeployments: operation<ListDeploymentsInput, ListDeploymentsOutput>((input, ctx) => {
      const all = drivers(ctx)
      if (input.applicationName && !all.some(({ driver }) => driver.spec.applicationName === input.applicationName))
        throw new AwsError('ApplicationDoesNotExistException', `No application found for name: ${input.applicationName}`)
      const inGroup = all.filter(({ driver }) => driver.spec.applicationName === input.applicationName && driver.spec.deploymentGroupName === input.deploymentGroupName)
      if (input.deploymentGroupName && inGroup.length === 0)
        throw new AwsError('DeploymentGroupDoesNotExistException', `No Deployment Group found for name: ${input.deploymentGroupName}`)
      const ids = inGroup
        .filter(({ driver }) => !input.includeOnlyStatuses?.length || input.includeOnlyStatuses.includes(driver.status))
        .map(({ driver }) => driver.id)
      const { page, nextToken } = paginate(ids, input.nextToken, 100, () => new AwsError('InvalidNextTokenException', 'The next token is invalid.'))
      return { deployments: page, nextToken }
    }),

    ContinueDeployment: operation<ContinueDeploymentInput, object>((input, ctx) => {
      const { driver } = findDeployment(ctx, input.deploymentId)
      if (!driver.continueDeployment()) throw new AwsError('DeploymentIsNotInReadyStateException', `The deployment ${input.deploymentId} is not in a ready state.`)
      return {}
    })
  }
}
