/**
 * Stopped reasons, service events and log lines in the wordings ECS, the Fargate agent and the runtimes
 * really write (docs/diagnosis/messages.md has each family's grammar and sources): the current wording of
 * each family first, then older real wordings (`legacy`), so the diagnosis is tested against more than one
 * wording per failure. {taskId} and {requestId} are filled per task by the engine.
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

/**
 * Fargate wrapping efs-utils when NFS to the mount target times out (a security group or NACL drops TCP 2049),
 * as quoted in https://github.com/andreav/my-aws-cdk-typescript-constructs/blob/HEAD/Notes.md (docs/diagnosis/messages.md §6).
 */
export const EFS_MOUNT_TIMED_OUT =
  "ResourceInitializationError: failed to invoke EFS utils commands to set up EFS volumes: stderr: b'mount.nfs4: Connection timed out' : unsuccessful EFS utils command execution; code: 32"

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

// ------------------------------------------------------------------ older real wordings of the startup families

/**
 * Docker's 404 through go-dockerclient (EC2 agent < 1.24, Fargate ≤ 1.3), e.g.
 * https://github.com/awslabs/ecs-refarch-continuous-deployment/issues/33.
 */
export function legacyImageTagNotFound(image: string): string {
  return `CannotPullContainerError: API error (404): manifest for ${image} not found`
}

/** The agent's ECR auth error with the SDK error verbatim, e.g. https://github.com/OvertureMaps/overture-tiles/pull/20. */
export function legacyEcrAuthAccessDenied(accountId: string, roleName: string): string {
  return `CannotPullECRContainerError: AccessDeniedException: User: ${assumedRole(accountId, roleName)} is not authorized to perform: ecr:GetAuthorizationToken on resource: * status code: 400, request id: {requestId}`
}

/**
 * Docker Hub's rate-limit message through the Docker daemon (Fargate ≤ 1.3, EC2), as AWS quotes it in
 * https://github.com/awsdocs/amazon-ecs-developer-guide/blob/master/doc_source/task_cannot_pull_image.md.
 */
export const LEGACY_DOCKER_HUB_RATE_LIMITED =
  'CannotPullContainerError: Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limits'

/** runc rc91–1.0 on Fargate 1.4 (2020-22), e.g. https://github.com/jenkinsci/amazon-ecs-plugin/issues/258. */
export function legacyExecutableNotFound(executable: string): string {
  return (
    'CannotStartContainerError: ResourceInitializationError: failed to create new container runtime task: failed to create shim: ' +
    `OCI runtime create failed: container_linux.go:380: starting container process caused: exec: "${executable}": executable file not found in $PATH: unknown`
  )
}

/** runc ≤ 1.0 writes a failed execve into the container's log, e.g. https://github.com/aws-containers/ecs-anywhere-tutorial/issues/2. */
export const LEGACY_EXEC_FORMAT_LOG = 'standard_init_linux.go:228: exec user process caused: exec format error'

/**
 * Fargate ≤ 1.3 / EC2: Docker's registry ping timing out
 * (https://github.com/aws/amazon-ecs-agent/blob/v1.105.0/agent/api/errormessages/error_messages.go keys on its
 * "request canceled while waiting for connection").
 */
export function legacyEcrTimeout(accountId: string, region: string): string {
  return `CannotPullContainerError: Error response from daemon: Get https://${accountId}.dkr.ecr.${region}.amazonaws.com/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)`
}

/** Fargate before the 2024 message enhancements: no hint, only the killed logger, e.g. https://gist.github.com/bradleybeddoes/7b568d87d20c5e4ebfe31de9a8dc08c7. */
export const LEGACY_LOGGER_KILLED = 'ResourceInitializationError: failed to validate logger args: : signal: killed'

/** The awslogs driver inside Docker (Fargate 1.3), e.g. https://github.com/cn-terraform/terraform-aws-ecs-fargate-task-definition/issues/1. */
export const LEGACY_LOG_GROUP_DOES_NOT_EXIST =
  'CannotStartContainerError: Error response from daemon: failed to initialize logging driver: failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist. status code: 400, request id: {requestId}'

/**
 * The ECS agent's Secrets Manager template (EC2, Fargate ≤ 1.3, 2020), with an IAM denial from before the
 * policy type was named in it, as quoted in
 * https://github.com/newrelic/docs-website/blob/develop/src/content/docs/infrastructure/elastic-container-service-integration/troubleshooting/ecs-integration-troubleshooting-no-data-appears.mdx.
 */
export function legacySecretAccessDenied(region: string, accountId: string, roleName: string, secretArn: string): string {
  return (
    `Fetching secret data from AWS Secrets Manager in region ${region}: secret ${secretArn}: ` +
    `AccessDeniedException: User: ${assumedRole(accountId, roleName)} is not authorized to perform: secretsmanager:GetSecretValue on resource: ${secretArn} status code: 400, request id: {requestId}`
  )
}

/** The ECS agent's SSM template (EC2, Fargate ≤ 1.3): https://github.com/aws/amazon-ecs-agent/blob/v1.105.0/agent/taskresource/ssmsecret/ssmsecret.go#L350. */
export function legacySsmParametersInvalid(region: string, names: string[]): string {
  return `Fetching secret data from SSM Parameter Store in ${region}: invalid parameters: ${names.join(',')}`
}

/** The stop reason AWS documents for a subnet without free addresses: https://docs.aws.amazon.com/AmazonECS/latest/userguide/stopped-task-error-codes.html. */
export function legacySubnetAddressesExhausted(subnetId: string): string {
  return `Unexpected EC2 error while attempting to Create Network Interface with public IP assignment enabled in subnet '${subnetId}'`
}
