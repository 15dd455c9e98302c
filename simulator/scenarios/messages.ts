/**
 * Stopped reasons and service events in the formats ECS and the Fargate agent really write (see
 * /work/shared/reference/failure-modes.md): nested ResourceInitializationError / CannotPullContainerError
 * clauses with the real innermost causes. {taskId} and {requestId} are filled per task by the engine.
 */

const RESOURCE_INIT = 'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed:'

function assumedRole(accountId: string, roleName: string): string {
  return `arn:aws:sts::${accountId}:assumed-role/${roleName}/{taskId}`
}

function notAuthorized(accountId: string, roleName: string, action: string, resource: string): string {
  return (
    `AccessDeniedException: User: ${assumedRole(accountId, roleName)} is not authorized to perform: ${action} on resource: ${resource} ` +
    `because no identity-based policy allows the ${action} action status code: 400, request id: {requestId}`
  )
}

export function imageTagNotFound(image: string): string {
  return `CannotPullContainerError: pull image manifest has been retried 7 time(s): failed to resolve ref ${image}: ${image}: not found`
}

export function ecrAuthAccessDenied(accountId: string, roleName: string): string {
  return `${RESOURCE_INIT} unable to retrieve ecr registry auth: service call has been retried 3 time(s): ${notAuthorized(accountId, roleName, 'ecr:GetAuthorizationToken', '*')}`
}

export function ecrAuthTimeout(region: string): string {
  return (
    `${RESOURCE_INIT} unable to retrieve ecr registry auth: service call has been retried 3 time(s): RequestError: send request failed ` +
    `caused by: Post "https://api.ecr.${region}.amazonaws.com/": dial tcp 52.95.154.${100 + region.length}:443: i/o timeout. Please check your task network configuration.`
  )
}

export function layerDownloadTimeout(image: string, region: string): string {
  return (
    `CannotPullContainerError: ref pull has been retried 5 time(s): failed to copy: httpReadSeeker: failed open: failed to do request: ` +
    `Get "https://prod-${region}-starport-layer-bucket.s3.${region}.amazonaws.com/c7a5e0-123456789012-4f61d2a8-39e0-7b5c-2a1e-91c3f6d0e8b4/` +
    `2b1e9a64-5d8f-4c3a-9e7b-0f6a1d2c3b4e?X-Amz-Algorithm=AWS4-HMAC-SHA256": dial tcp 52.218.62.10:443: i/o timeout (image ${image})`
  )
}

export const LOGGER_CONNECTION_ISSUE =
  'ResourceInitializationError: failed to validate logger args: The task cannot find the Amazon CloudWatch log group defined in the task definition. ' +
  'There is a connection issue between the task and Amazon CloudWatch. Check your network configuration. : signal: killed'

export const LOG_GROUP_DOES_NOT_EXIST =
  'ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: failed to create Cloudwatch log stream: ' +
  'ResourceNotFoundException: The specified log group does not exist. : exit status 1'

function asmFailure(secretArn: string, cause: string): string {
  return `${RESOURCE_INIT} unable to retrieve secret from asm: service call has been retried 1 time(s): failed to fetch secret ${secretArn} from secrets manager: ${cause}`
}

export function secretAccessDenied(accountId: string, roleName: string, secretArn: string): string {
  return asmFailure(secretArn, notAuthorized(accountId, roleName, 'secretsmanager:GetSecretValue', secretArn))
}

export function secretKmsAccessDenied(secretArn: string): string {
  return asmFailure(secretArn, 'AccessDeniedException: Access to KMS is not allowed status code: 400, request id: {requestId}')
}

export function secretNotFound(secretArn: string): string {
  return asmFailure(secretArn, "ResourceNotFoundException: Secrets Manager can't find the specified secret. status code: 400, request id: {requestId}")
}

export function ssmParametersInvalid(names: string[]): string {
  return `${RESOURCE_INIT} unable to retrieve secrets from ssm: service call has been retried 1 time(s): invalid ssm parameters: ${names.join(' ')}`
}

export function subnetAddressesExhausted(subnetId: string): string {
  return `Unexpected EC2 error while attempting to Create Network Interface in subnet '${subnetId}': InsufficientFreeAddressesInSubnet`
}

export function dockerHubRateLimited(repository: string, tag: string): string {
  return (
    `CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref docker.io/${repository}:${tag}: ` +
    `unexpected status from HEAD request to https://registry-1.docker.io/v2/${repository}/manifests/${tag}: 429 Too Many Requests - ` +
    'Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit'
  )
}

export function executableNotFound(executable: string): string {
  return (
    'CannotStartContainerError: ResourceInitializationError: failed to create new container runtime task: failed to create shim task: ' +
    `OCI runtime create failed: runc create failed: unable to start container process: exec: "${executable}": executable file not found in $PATH: unknown`
  )
}

// ------------------------------------------------------------------ service events (without "(service NAME) ")

export function unableToAssumeRole(roleArn: string): string {
  return (
    `failed to launch a task with (error ECS was unable to assume the role '${roleArn}' that was provided for this task. ` +
    'Please verify that the role being passed has the proper trust relationship and permissions and that your IAM user has permissions to pass this role.).'
  )
}

export const CAPACITY_UNAVAILABLE =
  'was unable to place a task. Reason: Capacity is unavailable at this time. Please try again later or in a different availability zone. ' +
  'For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.'

export function portAlreadyInUse(containerInstanceId: string): string {
  return (
    'was unable to place a task because no container instance met all of its requirements. ' +
    `The closest matching (container-instance ${containerInstanceId}) is already using a port required by your task. ` +
    'For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.'
  )
}
