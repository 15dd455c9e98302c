/**
 * Real-world wordings of start-up failures (Fargate agent, EC2 agent, Go SDK v1 and v2 error
 * formats, newer hint sentences, truncated reasons), with this fixture's ids. Several wordings
 * per family so the tests pin the parser's structure reading, not one string.
 */
import { ACCOUNT, REGION, SECRET_ARN } from '../../fixtures/evidence.js'

const ECR = `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com`
const SESSION = 'a5209a25e2424cafa8d2f56406f57b35'
const ROLE = `arn:aws:sts::${ACCOUNT}:assumed-role/api-execution-role/${SESSION}`
const REQUEST = 'request id: 0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e'

export const NETWORK = {
  ecrAuthTimeout: `ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: service call has been retried 3 time(s): RequestError: send request failed caused by: Post "https://api.ecr.${REGION}.amazonaws.com/": dial tcp 52.94.1.10:443: i/o timeout. Please check your task network configuration.`,
  ecrAuthTimeoutNewWording: `ResourceInitializationError: unable to pull secrets or registry auth: The task cannot pull registry auth from Amazon ECR: There is a connection issue between the task and Amazon ECR. Check your task network configuration. operation error ECR: GetAuthorizationToken, exceeded maximum number of attempts, 3, https response error StatusCode: 0, RequestID: , request send failed, Post "https://api.ecr.${REGION}.amazonaws.com/": dial tcp 52.94.1.10:443: i/o timeout`,
  manifestTimeout: `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${ECR}/api:v1.4.2: failed to do request: Head "https://${ECR}/v2/api/manifests/v1.4.2": dial tcp 52.95.2.2:443: i/o timeout`,
  layerTimeout: `CannotPullContainerError: ref pull has been retried 5 time(s): failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://prod-${REGION}-starport-layer-bucket.s3.${REGION}.amazonaws.com/a1b2-${ACCOUNT}-c3d4/e5f6?X-Amz-Security-Token=IQoJb3JpZ2lu": dial tcp 52.218.1.1:443: i/o timeout`,
  dockerDaemonCanceled: `CannotPullContainerError: Error response from daemon: Get https://${ECR}/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)`,
  signalKilled: 'ResourceInitializationError: unable to pull secrets or registry auth: pull command failed: : signal: killed',
  ssmDeadline: 'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secrets from ssm: service call has been retried 5 time(s): RequestCanceled: request context canceled caused by: context deadline exceeded',
  asmNewWording: `ResourceInitializationError: unable to pull secrets or registry auth: unable to retrieve secret from asm: There is a connection issue between the task and AWS Secrets Manager. Check your task network configuration. failed to fetch secret ${SECRET_ARN} from secrets manager: operation error Secrets Manager: GetSecretValue, https response error StatusCode: 0, RequestID: , canceled, context deadline exceeded`,
  dnsNoSuchHost: `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${ECR}/api:v1.4.2: failed to do request: Head "https://${ECR}/v2/api/manifests/v1.4.2": dial tcp: lookup ${ECR} on 10.0.0.2:53: no such host`,
  loggerTimeout: `ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: failed to create Cloudwatch log stream: RequestError: send request failed caused by: Post "https://logs.${REGION}.amazonaws.com/": dial tcp 3.248.1.1:443: i/o timeout`,
  dockerHubTimeout: 'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref docker.io/library/nginx:1.25: failed to do request: Head "https://registry-1.docker.io/v2/library/nginx/manifests/1.25": dial tcp 44.205.64.79:443: i/o timeout',
  contextCanceled: 'CannotPullContainerError: context canceled',
  apiError500: `CannotPullContainerError: API error (500): Get https://${ECR}/v2/: net/http: request canceled while waiting for connection`,
  envFilesTimeout: `ResourceInitializationError: failed to download env files: file download command: non empty error stream: service call has been retried 5 time(s): RequestError: send request failed caused by: Get https://api-config.s3.${REGION}.amazonaws.com/prod.env: dial tcp 52.218.40.1:443: i/o timeout`,
  nilPointer: 'CannotPullContainerError: pull command failed: panic: runtime error: invalid memory address or nil pointer dereference',
  manifestEof: `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${ECR}/api:v1.4.2: failed to do request: Head "https://${ECR}/v2/api/manifests/v1.4.2": EOF`,
  truncatedSsm: 'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secrets from ssm: service call has been retried 5 time(s): RequestCanceled: request context canceled caused by: context deadli...'
}

export const SECRET_DENIED = {
  asmIdentity: `ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 5 time(s): AccessDeniedException: User: ${ROLE} is not authorized to perform: secretsmanager:GetSecretValue on resource: ${SECRET_ARN} because no identity-based policy allows the secretsmanager:GetSecretValue action status code: 400, ${REQUEST}`,
  ssmEc2Agent: `Fetching secret data from SSM Parameter Store in ${REGION}: AccessDeniedException: User: arn:aws:sts::${ACCOUNT}:assumed-role/api-execution-role/3f2a1b0c is not authorized to perform: ssm:GetParameters on resource: arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/prod/api/DB_URL because no identity-based policy allows the ssm:GetParameters action status code: 400, ${REQUEST}`,
  kmsNotAllowed: `ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 1 time(s): failed to fetch secret ${SECRET_ARN} from secrets manager: AccessDeniedException: Access to KMS is not allowed status code: 400, ${REQUEST}`,
  goSdkExplicitDeny: `ResourceInitializationError: unable to pull secrets or registry auth: unable to retrieve secret from asm: failed to fetch secret ${SECRET_ARN} from secrets manager: operation error Secrets Manager: GetSecretValue, https response error StatusCode: 400, RequestID: 24460c33-1d7d-4ee9-99cf-c259d53e7b44, api error AccessDeniedException: User: ${ROLE} is not authorized to perform: secretsmanager:GetSecretValue on resource: ${SECRET_ARN} with an explicit deny in an identity-based policy`,
  envFileS3: 'ResourceInitializationError: failed to download env files: file download command: non empty error stream: AccessDenied: Access Denied status code: 403, request id: 7H3KXN2Q9Z, host id: abc',
  resourcePolicy: `ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 1 time(s): failed to fetch secret arn:aws:secretsmanager:${REGION}:210987654321:secret:shared/db-Xy12Zq from secrets manager: AccessDeniedException: User: ${ROLE} is not authorized to perform: secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:${REGION}:210987654321:secret:shared/db-Xy12Zq because no resource-based policy allows the secretsmanager:GetSecretValue action`,
  registryCredentials: `ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to get registry auth from asm: service call has been retried 1 time(s): asm fetching secret from the service for arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:dockerhub-login-Ab12Cd: AccessDeniedException: User: ${ROLE} is not authorized to perform: secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:dockerhub-login-Ab12Cd`,
  ec2AgentAsm: `Fetching secret data from AWS Secrets Manager in region ${REGION}: secret ${SECRET_ARN}: AccessDeniedException: User: arn:aws:sts::${ACCOUNT}:assumed-role/api-execution-role/i-0abc123 is not authorized to perform: secretsmanager:GetSecretValue on resource: ${SECRET_ARN} status code: 400, ${REQUEST}`
}

export const SECRET_MISSING = {
  invalidSsm: 'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secrets from ssm: service call has been retried 1 time(s): invalid ssm parameters: /prod/api/DB_URL',
  ec2InvalidParameters: `Fetching secret data from SSM Parameter Store in ${REGION}: invalid parameters: /prod/api/DB_URL`,
  asmResourceNotFound: `ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 1 time(s): failed to fetch secret arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:prod/api/db-password from secrets manager: ResourceNotFoundException: Secrets Manager can\u2019t find the specified secret. status code: 400, ${REQUEST}`,
  jsonKey: 'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 1 time(s): retrieved secret from Secrets Manager did not contain json key password',
  bareName: 'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secrets from ssm: service call has been retried 1 time(s): invalid ssm parameters: prod/api/db-password',
  markedForDeletion: `ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 1 time(s): failed to fetch secret ${SECRET_ARN} from secrets manager: InvalidRequestException: You can't perform this operation on the secret because it was marked for deletion.`,
  versionId: `ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 1 time(s): failed to fetch secret ${SECRET_ARN} from secrets manager: InvalidParameter: 1 validation error(s) found. - minimum field size of 32, GetSecretValueInput.VersionId.`
}

export const IMAGE_MISSING = {
  fargateNotFound: `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${ECR}/api:v1.4.2: ${ECR}/api:v1.4.2: not found`,
  dockerManifestUnknown: `CannotPullContainerError: Error response from daemon: manifest for ${ECR}/api:v1.4.2 not found: manifest unknown: Requested image not found`,
  api404: `CannotPullContainerError: API error (404): repository ${ECR}/api not found`,
  dockerHubMissing: 'CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref docker.io/library/ngnix:latest: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
  invalidReference: `InternalError: failed to normalize image reference "${ECR}/api:": invalid reference format`,
}

export const IMAGE_DENIED = {
  ecrAuthDenied: `ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: service call has been retried 3 time(s): AccessDeniedException: User: ${ROLE} is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action status code: 400, ${REQUEST}`,
  batchGetImage: `CannotPullContainerError: Error response from daemon: pull access denied for ${ECR}/api, repository does not exist or may require 'docker login': denied: User: ${ROLE} is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:${REGION}:${ACCOUNT}:repository/api because no identity-based policy allows the ecr:BatchGetImage action`,
  goSdk: `ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: service call has been retried 1 time(s): operation error ECR: GetAuthorizationToken, https response error StatusCode: 400, RequestID: 24460c33-1d7d-4ee9-99cf-c259d53e7b44, api error AccessDeniedException: User: ${ROLE} is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action`,
  manifest403: `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${ECR}/api:v1.4.2: pulling from host ${ECR} failed with status code [manifests v1.4.2]: 403 Forbidden`,
  hintOnly: 'CannotPullContainerError: The task can\u2019t pull the image. Check that the role has the permissions to pull images from the registry.',
  truncated: `ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: service call has been retried 1 time(s): AccessDeniedException: User: arn:aws:sts::${ACCOUNT}:assumed-rol...`,
  noBasicAuth: `CannotPullContainerError: Error response from daemon: Get https://${ECR}/v2/api/manifests/v1.4.2: no basic auth credentials`,
  dockerHubUnauthorized: 'CannotPullContainerError: Error response from daemon: Head "https://registry-1.docker.io/v2/acme/private-api/manifests/2.3": unauthorized: incorrect username or password',
  layer403: `CannotPullContainerError: ref pull has been retried 1 time(s): failed to copy: httpReaderSeeker: failed open: unexpected status code https://prod-${REGION}-starport-layer-bucket.s3.${REGION}.amazonaws.com/a1b2-${ACCOUNT}-c3d4/e5f6: 403 Forbidden`
}

export const RATE_LIMIT = {
  hubPullLimit:
    'CannotPullContainerError: inspect image has been retried 5 time(s): httpReaderSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/nginx/manifests/sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
  daemonTooMany: 'CannotPullContainerError: Error response from daemon: toomanyrequests: Too Many Requests.',
  head429: 'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref docker.io/library/redis:7: unexpected status from HEAD request to https://registry-1.docker.io/v2/library/redis/manifests/7: 429 Too Many Requests'
}

export const PLATFORM = {
  noMatch: `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${ECR}/api:v1.4.2: no match for platform in manifest: not found`,
  descriptor: "CannotPullContainerError: pull image manifest has been retried 7 time(s): image Manifest does not contain descriptor matching platform 'linux/amd64'",
  dockerList: 'CannotPullContainerError: no matching manifest for linux/arm64/v8 in the manifest list entries'
}

export const LOGS = {
  groupMissing: 'ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist. : exit status 1',
  ec2GroupMissing: 'CannotStartContainerError: Error response from daemon: failed to initialize logging driver: failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist.',
  createGroupDenied: `ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: failed to create Cloudwatch log group: AccessDeniedException: User: ${ROLE} is not authorized to perform: logs:CreateLogGroup on resource: arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/ecs/api:log-stream: because no identity-based policy allows the logs:CreateLogGroup action status code: 400, ${REQUEST}`,
  regionRequired: 'ResourceInitializationError: failed to validate logger args: unable to get awslogs driver arguments: awslogs-region is required',
  ambiguous:
    'ResourceInitializationError: failed to validate logger args: The task cannot find the Amazon CloudWatch log group defined in the task definition. There is a connection issue between the task and Amazon CloudWatch. Check your network configuration. signal: killed'
}

export const CAPACITY = {
  eniTimeout: 'Timeout waiting for network interface provisioning to complete.',
  subnetFull: "ResourceInitializationError: failed to configure ENI: InsufficientFreeAddressesInSubnet: There are not enough free addresses in subnet 'subnet-0aa11bb22cc33dd44' to satisfy the requested number of instances.",
  fargateDiskExtract: 'CannotPullContainerError: failed to register layer: Error processing tar file(exit status 1): write /usr/lib/x86_64-linux-gnu/libLLVM-15.so.1: no space left on device',
  fargateDiskContainerd: 'CannotPullContainerError: ref pull has been retried 1 time(s): failed to extract layer sha256:9f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4: write /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/42/fs/opt/model.bin: no space left on device: unknown',
  hostDisk: 'CannotPullContainerError: write /var/lib/docker/tmp/GetImageBlob111111111: no space left on device',
  devmapper:
    'CannotCreateContainerError: Error response from daemon: devmapper: Thin Pool has 4350 free data blocks which is less than minimum required 4454 free data blocks. Create more free space in thin pool or use dm.min_free_space option to change behavior',
  hostTerminated: 'Host EC2 (instance i-0abc1234def567890) terminated.',
  spot: 'Your Spot Task was interrupted.',
  dockerTimeout: 'DockerTimeoutError: Could not transition to created; timed out after waiting 4m0s',
  mountNoSpace: 'ResourceInitializationError: unable to create new container: mount callback failed on /tmp/containerd-mount2771637283: no space left on device',
  invalidMount: 'CannotCreateContainerError: Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /data/cache'
}

export const EVENTS = {
  capacity: '(service api) was unable to place a task. Reason: Capacity is unavailable at this time. Please try again later or in a different availability zone. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.',
  vcpuLimit: '(service api) was unable to place a task. Reason: You\u2019ve reached the limit on the number of vCPUs you can run concurrently',
  internalError: '(service api) was unable to place a task. Reason: Internal error.',
  insufficientMemory:
    '(service api) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance 5a1e2b3c-1d2e-4f5a-8b9c-0d1e2f3a4b5c) has insufficient memory available. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.',
  noInstances: 'service api was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.',
  agent:
    '(service api) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance 5a1e2b3c-1d2e-4f5a-8b9c-0d1e2f3a4b5c) encountered error "AGENT". For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.',
  portInUse:
    '(service api) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance 5a1e2b3c-1d2e-4f5a-8b9c-0d1e2f3a4b5c) is already using a port required by your task. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.',
  deploymentConfig:
    '(service api) was unable to stop or start tasks during a deployment because of the service deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again.',
  assumeRole: `(service api) failed to launch a task with (error ECS was unable to assume the role 'arn:aws:iam::${ACCOUNT}:role/api-execution-role' that was provided for this task. Please verify that the role being passed has the proper trust relationship and permissions and that your IAM user has permissions to pass this role.).`,
  serviceLinkedRole: '(service api) failed to launch a task with (error Unable to assume the service linked role. Please verify that the ECS service linked role exists.).',
  subnetFull: '(service api) failed to launch a task with (error InsufficientFreeAddressesInSubnet: The specified subnet does not have enough free addresses to satisfy the request.).',
  noExecutionRole: '(service api) failed to launch a task with (error Fargate requires task definition to have execution role ARN to support ECR images.).',
  quotedSecretError: `(service api) was unable to place a task. Reason: ResourceInitializationError: unable to pull secrets or registry auth: unable to retrieve secret from asm: There is a connection issue between the task and AWS Secrets Manager. Check your task network configuration. failed to fetch secret ${SECRET_ARN} from secrets manager: operation error Secrets Manager: GetSecretValue, https response error StatusCode: 0, RequestID: , canceled, context deadline exceeded.`,
  inconsistent: '(service api) is unable to consistently start tasks successfully. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.',
  started: '(service api) has started 1 tasks: (task 9f1e2d3c4b5a69788796a5b4c3d2e1f0).',
  steady: '(service api) has reached a steady state.'
}

/** Messages that name no cause, or whose reading depends on the registry. */
export const UNDECIDED = {
  extractCancelled: 'CannotPullContainerError: containerd: pull command failed: time="2020-10-30T10:00:00Z" level=info msg="apply failure, attempting cleanup" error="failed to extract layer sha256:9f1e2d3c: context ca...',
  truncatedRetries: 'CannotPullContainerError: ref pull has been retried 5 time(s)...',
  ecrPullAccessDenied: `CannotPullContainerError: Check if image exists and role 'arn:aws:iam::${ACCOUNT}:role/api-execution-role' has permissions to pull images from Amazon ECR. Error response from daemon: pull access denied for ${ECR}/api, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
}
