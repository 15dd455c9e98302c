/** Fault injection: throttling, 5xx, latency, AccessDenied and hanging calls, per the protocol's real error shapes. */
import { AwsError } from './aws-error.js'
import { seededRandom, type Random } from './random.js'
import { speaksJson, type ServiceDefinition, type ServiceId } from './services/context.js'
import { SERVICES, sdkHasOperation, serviceByName } from './services/index.js'
import type { World } from './types.js'

export interface Faults {
  /** Share of calls (0..1) answered with the protocol's throttling error. */
  throttleRate?: number
  /** Share of calls (0..1) answered with HTTP 500 or 503. */
  errorRate?: number
  /** Added to every answer, in real milliseconds. */
  latencyMs?: number
  /** "Service:Operation" entries answered with AccessDenied; "IAM:*" denies every IAM call. */
  deny?: string[]
  /** "Service:Operation" entries that are never answered. */
  hang?: string[]
  /** From this simulated second on, every call is refused as signed with expired credentials (ExpiredToken). */
  credentialsExpireAt?: number
  /** Seed of the fault dice (default 1), for reproducible runs. */
  seed?: number
}

export type CallOutcome = 'ok' | 'throttled' | 'error' | 'denied' | 'hung' | 'expired'

export interface OperationRef {
  service: ServiceId
  /** '*' = every operation of the service. */
  operation: string
}

export class FaultConfigError extends Error {}

const SERVICE_NAMES = SERVICES.map((s) => s.id).join(', ')

export function parseOperationRef(spec: string, flag = 'deny'): OperationRef {
  const [serviceName, operationName, ...rest] = spec.split(':')
  if (!serviceName || !operationName || rest.length > 0) {
    throw new FaultConfigError(`--${flag} "${spec}": expected Service:Operation (e.g. ECS:DescribeServices or IAM:*); services: ${SERVICE_NAMES}`)
  }
  const service = serviceByName(serviceName)
  if (!service) throw new FaultConfigError(`--${flag} "${spec}": unknown service "${serviceName}"; accepted: ${SERVICE_NAMES}`)
  if (operationName !== '*' && !sdkHasOperation(service, operationName)) {
    throw new FaultConfigError(`--${flag} "${spec}": ${service.id} has no operation "${operationName}" (use the API name, e.g. ${Object.keys(service.operations)[0]}, or *)`)
  }
  return { service: service.id, operation: operationName }
}

function checkRate(name: string, value: number | undefined): void {
  if (value === undefined) return
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new FaultConfigError(`${name} must be a number from 0 to 1, got ${value}`)
}

export function validateFaults(faults: Faults): void {
  checkRate('throttleRate', faults.throttleRate)
  checkRate('errorRate', faults.errorRate)
  if (faults.latencyMs !== undefined && (!Number.isFinite(faults.latencyMs) || faults.latencyMs < 0)) {
    throw new FaultConfigError(`latencyMs must be a non-negative number, got ${faults.latencyMs}`)
  }
  if (faults.credentialsExpireAt !== undefined && !Number.isFinite(faults.credentialsExpireAt)) {
    throw new FaultConfigError(`credentialsExpireAt must be a number of simulated seconds, got ${faults.credentialsExpireAt}`)
  }
  for (const spec of faults.deny ?? []) parseOperationRef(spec, 'deny')
  for (const spec of faults.hang ?? []) parseOperationRef(spec, 'hang')
}

function matches(refs: OperationRef[], service: ServiceId, operation: string): boolean {
  return refs.some((r) => r.service === service && (r.operation === '*' || r.operation === operation))
}

export class FaultInjector {
  private readonly random: Random
  private readonly deny: OperationRef[]
  private readonly hang: OperationRef[]
  /** Alternates injected server errors between 500 and 503, so both shapes are exercised. */
  private serverErrors = 0

  constructor(private readonly faults: Faults) {
    validateFaults(faults)
    this.random = seededRandom(faults.seed ?? 1)
    this.deny = (faults.deny ?? []).map((s) => parseOperationRef(s, 'deny'))
    this.hang = (faults.hang ?? []).map((s) => parseOperationRef(s, 'hang'))
  }

  get latencyMs(): number {
    return this.faults.latencyMs ?? 0
  }

  decide(service: ServiceId, operation: string, simSeconds = 0): CallOutcome {
    if (this.faults.credentialsExpireAt !== undefined && simSeconds >= this.faults.credentialsExpireAt) return 'expired'
    if (matches(this.hang, service, operation)) return 'hung'
    if (matches(this.deny, service, operation)) return 'denied'
    if (this.faults.throttleRate && this.random() < this.faults.throttleRate) return 'throttled'
    if (this.faults.errorRate && this.random() < this.faults.errorRate) return 'error'
    return 'ok'
  }

  errorFor(outcome: 'throttled' | 'error' | 'denied' | 'expired', service: ServiceDefinition, operation: string, world: World): AwsError {
    const ec2 = service.protocol === 'ec2Query'
    const rest = service.protocol === 'restJson1'
    const json = speaksJson(service.protocol)
    if (outcome === 'expired') {
      if (ec2) return new AwsError('RequestExpired', 'Request has expired.', 400)
      const message = 'The security token included in the request is expired'
      return json ? new AwsError('ExpiredTokenException', message, 400) : new AwsError('ExpiredToken', message, 403, 'Sender')
    }
    if (outcome === 'throttled') {
      if (ec2) return new AwsError('RequestLimitExceeded', 'Request limit exceeded.', 503, 'Sender')
      return new AwsError(json ? 'ThrottlingException' : 'Throttling', 'Rate exceeded', rest ? 429 : 400)
    }
    if (outcome === 'error') {
      const unavailable = this.serverErrors++ % 2 === 1
      if (ec2) {
        return unavailable
          ? new AwsError('Unavailable', "The server is overloaded and can't handle the request.", 503)
          : new AwsError('InternalError', 'An internal error has occurred', 500)
      }
      return unavailable
        ? new AwsError('ServiceUnavailable', 'Service is unavailable. Please try again later.', 503)
        : new AwsError('InternalFailure', 'The request processing has failed because of an unknown error, exception or failure.', 500)
    }
    const action = `${service.iamPrefix}:${operation}`
    const principal = `arn:aws:sts::${world.accountId}:assumed-role/${world.caller.roleName}/${world.caller.sessionName}`
    const because = `because no identity-based policy allows the ${action} action`
    if (ec2) return new AwsError('UnauthorizedOperation', `You are not authorized to perform this operation. User: ${principal} is not authorized to perform: ${action} ${because}`, 403)
    const message = `User: ${principal} is not authorized to perform: ${action} on resource: * ${because}`
    return json ? new AwsError('AccessDeniedException', message, rest ? 403 : 400) : new AwsError('AccessDenied', message, 403)
  }
}
