/** Classifies errors thrown by AWS SDK v3 clients without depending on each client's exception classes. */

interface SdkErrorLike {
  name?: string
  Code?: string
  code?: string
  message?: string
  $metadata?: { httpStatusCode?: number }
  $retryable?: unknown
}

function asSdkError(error: unknown): SdkErrorLike {
  return typeof error === 'object' && error !== null ? (error as SdkErrorLike) : {}
}

export function errorName(error: unknown): string {
  const e = asSdkError(error)
  return e.name ?? e.Code ?? e.code ?? 'Error'
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  const e = asSdkError(error)
  return e.message ?? String(error)
}

const THROTTLING = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ProvisionedThroughputExceededException'
])

const ACCESS_DENIED = new Set([
  'AccessDeniedException',
  'AccessDenied',
  'UnauthorizedOperation',
  'UnauthorizedAccess',
  'AuthorizationError',
  'NotAuthorized'
])

const EXPIRED_CREDENTIALS = new Set([
  'ExpiredToken',
  'ExpiredTokenException',
  'RequestExpired',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'CredentialsProviderError'
])

export function isThrottling(error: unknown): boolean {
  return THROTTLING.has(errorName(error))
}

export function isAccessDenied(error: unknown): boolean {
  const e = asSdkError(error)
  return ACCESS_DENIED.has(errorName(error)) || (e.$metadata?.httpStatusCode === 403 && !isExpiredCredentials(error))
}

export function isExpiredCredentials(error: unknown): boolean {
  return EXPIRED_CREDENTIALS.has(errorName(error))
}

/** Throttling, 5xx, timeouts and connection failures: worth skipping a poll tick, never fatal on their own. */
export function isTransient(error: unknown): boolean {
  if (isThrottling(error)) return true
  const e = asSdkError(error)
  const status = e.$metadata?.httpStatusCode
  if (status !== undefined && status >= 500) return true
  const name = errorName(error)
  return [
    'TimeoutError',
    'RequestTimeout',
    'RequestTimeoutException',
    'ServiceUnavailable',
    'ServiceUnavailableException',
    'InternalFailure',
    'InternalError',
    'ServerException',
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'AbortError'
  ].includes(name) || /ECONNRESET|ECONNREFUSED|socket hang up|ETIMEDOUT/.test(errorMessage(error))
}

