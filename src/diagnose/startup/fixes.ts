/** Fix commands shared by the startup explainers: real `aws` CLI lines with the evidence's ids, one concern per Fix. */
import type { DiagnosisContext } from '../context.js'
import { command } from '../shell.js'
import type { Fix } from '../types.js'

/** `aws SERVICE OPERATION ...words --region REGION`. */
export function aws(region: string, service: string, operation: string, ...words: (string | number)[]): string {
  return command('aws', service, operation, ...words, '--region', region)
}

/** "api:42" from the current or previous task definition. */
function revisionOf(td: DiagnosisContext['taskDefinition']): string | undefined {
  if (td?.family && td.revision !== undefined) return `${td.family}:${td.revision}`
  return /task-definition\/([^/]+:\d+)$/.exec(td?.taskDefinitionArn ?? '')?.[1]
}

export function currentRevision(ctx: DiagnosisContext): string | undefined {
  return revisionOf(ctx.taskDefinition) ?? /task-definition\/([^/]+:\d+)$/.exec(ctx.deployment?.taskDefinition ?? '')?.[1]
}

/** The revision to roll back to: the previous task definition, else another deployment's. */
export function previousRevision(ctx: DiagnosisContext): string | undefined {
  const current = currentRevision(ctx)
  const previous = revisionOf(ctx.previousTaskDefinition)
  if (previous && previous !== current) return previous
  return (ctx.service.deployments ?? [])
    .filter((d) => d.id !== ctx.deploymentId)
    .map((d) => /task-definition\/([^/]+:\d+)$/.exec(d.taskDefinition ?? '')?.[1])
    .find((ref) => ref && ref !== current)
}

export function rollbackFix(ctx: DiagnosisContext): Fix | undefined {
  const previous = previousRevision(ctx)
  if (!previous) return undefined
  return {
    title: `Roll back the service to ${previous} while you fix this`,
    commands: [aws(ctx.region, 'ecs', 'update-service', '--cluster', ctx.cluster, '--service', ctx.serviceName, '--task-definition', previous)],
    rollsBack: true
  }
}

export function redeployFix(ctx: DiagnosisContext, title: string): Fix {
  return {
    title,
    commands: [aws(ctx.region, 'ecs', 'update-service', '--cluster', ctx.cluster, '--service', ctx.serviceName, '--force-new-deployment')]
  }
}

export interface PolicyStatement {
  actions: string[]
  resources: string[]
}

/** An inline policy granting exactly what was denied: `aws iam put-role-policy` with a compact JSON document. */
export function putRolePolicy(region: string, roleName: string, policyName: string, statements: PolicyStatement[]): string {
  const document = {
    Version: '2012-10-17',
    Statement: statements.map((s) => ({
      Effect: 'Allow',
      Action: s.actions.length === 1 ? s.actions[0] : s.actions,
      Resource: s.resources.length === 1 ? s.resources[0] : s.resources
    }))
  }
  return aws(region, 'iam', 'put-role-policy', '--role-name', roleName, '--policy-name', policyName, '--policy-document', JSON.stringify(document))
}

export const ECS_TASKS_TRUST_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }]
})

/** The AWS managed policy for execution roles, in the partition's ARN form. */
export function executionRolePolicyArn(partition: string): string {
  return `arn:${partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy`
}

/** "awsvpcConfiguration={subnets=[a,b],securityGroups=[sg],assignPublicIp=ENABLED}" (CLI shorthand). */
export function awsvpcShorthand(subnets: string[], securityGroups: string[], assignPublicIp: boolean): string {
  const parts = [`subnets=[${subnets.join(',')}]`]
  if (securityGroups.length > 0) parts.push(`securityGroups=[${securityGroups.join(',')}]`)
  parts.push(`assignPublicIp=${assignPublicIp ? 'ENABLED' : 'DISABLED'}`)
  return `awsvpcConfiguration={${parts.join(',')}}`
}

export function updateNetworkConfiguration(ctx: DiagnosisContext, subnets: string[], securityGroups: string[], assignPublicIp: boolean): string {
  return aws(
    ctx.region,
    'ecs',
    'update-service',
    '--cluster',
    ctx.cluster,
    '--service',
    ctx.serviceName,
    '--network-configuration',
    awsvpcShorthand(subnets, securityGroups, assignPublicIp),
    '--force-new-deployment'
  )
}
