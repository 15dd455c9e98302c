import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);

// src/aws/errors.ts
function asSdkError(error) {
  return typeof error === "object" && error !== null ? error : {};
}
function errorName(error) {
  const e = asSdkError(error);
  return e.name ?? e.Code ?? e.code ?? "Error";
}
function errorMessage(error) {
  if (error instanceof Error) return error.message;
  const e = asSdkError(error);
  return e.message ?? String(error);
}
var THROTTLING = /* @__PURE__ */ new Set([
  "ThrottlingException",
  "Throttling",
  "TooManyRequestsException",
  "RequestLimitExceeded",
  "RequestThrottled",
  "RequestThrottledException",
  "SlowDown",
  "ProvisionedThroughputExceededException"
]);
var ACCESS_DENIED = /* @__PURE__ */ new Set([
  "AccessDeniedException",
  "AccessDenied",
  "UnauthorizedOperation",
  "UnauthorizedAccess",
  "AuthorizationError",
  "NotAuthorized"
]);
var EXPIRED_CREDENTIALS = /* @__PURE__ */ new Set([
  "ExpiredToken",
  "ExpiredTokenException",
  "RequestExpired",
  "InvalidClientTokenId",
  "UnrecognizedClientException",
  "InvalidSignatureException",
  "SignatureDoesNotMatch",
  "CredentialsProviderError"
]);
function isThrottling(error) {
  return THROTTLING.has(errorName(error));
}
function isAccessDenied(error) {
  const e = asSdkError(error);
  return ACCESS_DENIED.has(errorName(error)) || e.$metadata?.httpStatusCode === 403 && !isExpiredCredentials(error);
}
function isExpiredCredentials(error) {
  return EXPIRED_CREDENTIALS.has(errorName(error));
}
function isTransient(error) {
  if (isThrottling(error)) return true;
  const e = asSdkError(error);
  const status = e.$metadata?.httpStatusCode;
  if (status !== void 0 && status >= 500) return true;
  const name = errorName(error);
  return [
    "TimeoutError",
    "RequestTimeout",
    "RequestTimeoutException",
    "ServiceUnavailable",
    "ServiceUnavailableException",
    "InternalFailure",
    "InternalError",
    "ServerException",
    "ECONNRESET",
    "ECONNREFUSED",
    "EPIPE",
    "ETIMEDOUT",
    "AbortError"
  ].includes(name) || /ECONNRESET|ECONNREFUSED|socket hang up|ETIMEDOUT/.test(errorMessage(error));
}

export {
  errorName,
  errorMessage,
  isAccessDenied,
  isExpiredCredentials,
  isTransient
};
