import { ECSClient } from '@aws-sdk/client-ecs'
import { EC2Client } from '@aws-sdk/client-ec2'
import { IAMClient } from '@aws-sdk/client-iam'
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs'
import { ECRClient } from '@aws-sdk/client-ecr'
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2'
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import { SSMClient } from '@aws-sdk/client-ssm'
import { STSClient } from '@aws-sdk/client-sts'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'

export interface AwsClients {
  ecs: ECSClient
  ec2: EC2Client
  iam: IAMClient
  logs: CloudWatchLogsClient
  ecr: ECRClient
  elbv2: ElasticLoadBalancingV2Client
  secretsManager: SecretsManagerClient
  ssm: SSMClient
  sts: STSClient
}

export interface ClientOptions {
  region: string
  /** Endpoint override (tests and the simulator); AWS_ENDPOINT_URL in the environment works too. */
  endpoint?: string
  /** Static credentials (tests); by default the SDK's provider chain. */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider
  /** SDK standard retry attempts per call (throttling and 5xx are retried with jittered backoff). */
  maxAttempts?: number
  /** Per-request timeout; a request that exceeds it fails with TimeoutError instead of hanging. */
  requestTimeoutMs?: number
  connectionTimeoutMs?: number
}

export const DEFAULT_MAX_ATTEMPTS = 3
export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000

/** The one place AWS clients are made: same region, retry strategy and timeouts everywhere. */
export function createClients(options: ClientOptions): AwsClients {
  const config = {
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    retryMode: 'standard',
    requestHandler: new NodeHttpHandler({
      connectionTimeout: options.connectionTimeoutMs ?? 5_000,
      requestTimeout: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      throwOnRequestTimeout: true
    })
  }
  return {
    ecs: new ECSClient(config),
    ec2: new EC2Client(config),
    iam: new IAMClient(config),
    logs: new CloudWatchLogsClient(config),
    ecr: new ECRClient(config),
    elbv2: new ElasticLoadBalancingV2Client(config),
    secretsManager: new SecretsManagerClient(config),
    ssm: new SSMClient(config),
    sts: new STSClient(config)
  }
}

export function destroyClients(clients: AwsClients): void {
  for (const client of Object.values(clients)) client.destroy()
}
