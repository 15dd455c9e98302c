/** Every service the simulator answers, and lookups by protocol routing keys and by --deny/--hang names. */
import { isJsonProtocol, type ServiceDefinition } from './context.js'
import { cloudwatch } from './cloudwatch.js'
import { codedeploy } from './codedeploy.js'
import { ec2 } from './ec2.js'
import { ecr } from './ecr.js'
import { ecs } from './ecs.js'
import { efs } from './efs.js'
import { elbv2 } from './elbv2.js'
import { iam } from './iam.js'
import { logs } from './logs.js'
import { secretsManager, ssm } from './secrets.js'
import { sts } from './sts.js'

export const SERVICES: ServiceDefinition[] = [ecs, ec2, iam, logs, ecr, elbv2, secretsManager, ssm, sts, cloudwatch, codedeploy, efs]

export function serviceByJsonTarget(prefix: string): ServiceDefinition | undefined {
  return SERVICES.find((s) => isJsonProtocol(s.protocol) && s.jsonTarget === prefix)
}

export function serviceByQueryVersion(version: string): ServiceDefinition | undefined {
  return SERVICES.find((s) => !isJsonProtocol(s.protocol) && s.queryVersion === version)
}

export function serviceByName(name: string): ServiceDefinition | undefined {
  const key = name.toLowerCase().replace(/[^a-z0-9]/g, '')
  return SERVICES.find((s) => s.id.toLowerCase() === key || s.aliases.includes(key))
}

/** True when the SDK client of the service has this operation (whether or not the simulator implements it). */
export function sdkHasOperation(service: ServiceDefinition, operationName: string): boolean {
  return `${operationName}Command` in service.sdk
}

/** The IAM actions a call of `operation` needs: its own, and those AWS also authorizes for the caller (forward access). */
export function iamActionsOf(serviceId: string, operation: string): string[] {
  const service = SERVICES.find((s) => s.id === serviceId)
  if (!service) return [`unknown(${serviceId}):${operation}`]
  return [`${service.iamPrefix}:${operation}`, ...(service.alsoAuthorizes?.[operation] ?? [])]
}
