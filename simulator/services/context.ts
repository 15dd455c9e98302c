/** What every operation handler gets, and how services declare their operations. */
import type { SimClock } from '../clock.js'
import type { SimCluster } from '../engine/cluster.js'
import type { EcsScheduler } from '../engine/scheduler.js'
import type { EcsViews } from '../engine/views.js'
import type { IdGenerator } from '../random.js'
import type { World } from '../types.js'

export type ServiceId = 'ECS' | 'EC2' | 'IAM' | 'Logs' | 'ECR' | 'ELBv2' | 'SecretsManager' | 'SSM' | 'STS' | 'CloudWatch' | 'CodeDeploy' | 'EFS'
export type Protocol = 'awsJson1_0' | 'awsJson1_1' | 'awsQuery' | 'ec2Query' | 'restJson1'

export function isJsonProtocol(protocol: Protocol): boolean {
  return protocol === 'awsJson1_0' || protocol === 'awsJson1_1'
}

/** JSON bodies, whether the operation is named by X-Amz-Target (awsJson) or by method and path (restJson1). */
export function speaksJson(protocol: Protocol): boolean {
  return isJsonProtocol(protocol) || protocol === 'restJson1'
}

export interface SimContext {
  world: World
  /** Every service of the scenario, each with its scheduler and views. */
  cluster: SimCluster
  /** The scenario's first service (`world.service`): its scheduler and views. */
  scheduler: EcsScheduler
  views: EcsViews
  clock: SimClock
  ids: IdGenerator
  /** Simulated seconds of this request. */
  simNow: number
  /** Wall-clock date of this request in simulated time. */
  now: Date
}

/** Handlers take the SDK input shape and return the SDK output shape (without $metadata). */
export type Operation = (input: Record<string, unknown>, ctx: SimContext) => object

export function operation<Input, Output extends object>(handler: (input: Input, ctx: SimContext) => Output): Operation {
  return handler as unknown as Operation
}

export interface ServiceDefinition {
  id: ServiceId
  /** Lower-case names accepted in --deny / --hang (besides the id). */
  aliases: string[]
  protocol: Protocol
  /** awsJson1_0 / awsJson1_1: X-Amz-Target prefix. */
  jsonTarget?: string
  /** awsQuery / ec2Query: Version parameter and XML namespace. */
  queryVersion?: string
  xmlNamespace?: string
  /** IAM service prefix, for AccessDenied messages ("ecs:DescribeServices"). */
  iamPrefix: string
  /**
   * IAM actions AWS also authorizes for the caller when it runs an operation, besides the operation's own
   * (e.g. EFS DescribeMountTargetSecurityGroups needs ec2:DescribeNetworkInterfaceAttribute): a least-privilege
   * policy must list them too.
   */
  alsoAuthorizes?: Record<string, string[]>
  /** The SDK client module: its operation schemas drive query parsing and XML output. */
  sdk: Record<string, unknown>
  operations: Record<string, Operation>
}

/** Opaque pagination token: base64 of the offset. */
export function encodeToken(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64')
}

export function decodeToken(token: unknown, invalid: () => Error): number {
  if (token === undefined || token === null || token === '') return 0
  try {
    const parsed = JSON.parse(Buffer.from(String(token), 'base64').toString('utf8')) as { offset?: unknown }
    if (typeof parsed.offset === 'number' && parsed.offset >= 0) return parsed.offset
  } catch {
    // fall through
  }
  throw invalid()
}

export function paginate<T>(items: T[], token: unknown, pageSize: number, invalid: () => Error): { page: T[]; nextToken?: string } {
  const offset = decodeToken(token, invalid)
  const page = items.slice(offset, offset + pageSize)
  return { page, nextToken: offset + pageSize < items.length ? encodeToken(offset + pageSize) : undefined }
}
