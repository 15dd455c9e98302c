import { ECSClient } from '@aws-sdk/client-ecs'
import { EC2Client } from '@aws-sdk/client-ec2'
import { IAMClient } from '@aws-sdk/client-iam'
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs'
import { ECRClient } from '@aws-sdk/client-ecr'
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2'
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import { SSMClient } from '@aws-sdk/client-ssm'
import { STSClient } from '@aws-sdk/client-sts'
import { ConfiguredRetryStrategy } from '@smithy/core/retry'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Endpoint, EndpointV2, Provider } from '@smithy/types'

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

/**
 * 'watch': a poll repeats every few seconds, so a call retries a little and a throttled tick is skipped.
 * 'evidence': each call is made once, so it retries patiently; the collection deadline bounds the total.
 */
export type RetryProfile = 'watch' | 'evidence'

export interface ClientOptions {
  region: string
  /** Endpoint override (tests and the simulator); AWS_ENDPOINT_URL in the environment works too. */
  endpoint?: string | Endpoint | EndpointV2 | Provider<Endpoint> | Provider<EndpointV2>
  /** Static credentials (tests); by default the SDK's provider chain. */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider
  /** Default 'watch'. */
  retry?: RetryProfile
  /** SDK retry attempts per call (throttling and 5xx are retried with jittered backoff); default per profile. */
  maxAttempts?: number
  /** Per-request timeout; a request that exceeds it fails with TimeoutError instead of hanging. */
  requestTimeoutMs?: number
  connectionTimeoutMs?: number
}

export const DEFAULT_MAX_ATTEMPTS = 3
export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000
/**
 * An evidence call fails only after this many throttled or 5xx answers in a row (0.6^20 < 0.01 %
 * even when 60 % of calls are throttled). The SDK's retry quota and the collection deadline bound
 * the total time, so a service that keeps refusing costs at most the deadline.
 */
export const EVIDENCE_MAX_ATTEMPTS = 20
/** Evidence backoff: full jitter over 100 ms doubling per retry, capped at 2 s. */
const EVIDENCE_BACKOFF_BASE_MS = 100
const EVIDENCE_BACKOFF_CAP_MS = 2_000

export function evidenceBackoffMs(retry: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(EVIDENCE_BACKOFF_CAP_MS, EVIDENCE_BACKOFF_BASE_MS * 2 ** retry))
}

function retryConfig(options: ClientOptions) {
  if (options.retry === 'evidence') {
    const attempts = options.maxAttempts ?? EVIDENCE_MAX_ATTEMPTS
    return { maxAttempts: attempts, retryStrategy: new ConfiguredRetryStrategy(attempts, (retry: number) => evidenceBackoffMs(retry)) }
  }
  return { maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS, retryMode: 'standard' }
}

/** The one place AWS clients are made: same region, retry strategy and timeouts everywhere. */
export function createClients(options: ClientOptions): AwsClients {
  const requestHandler = new NodeHttpHandler({
    connectionTimeout: options.connectionTimeoutMs ?? 5_000,
    requestTimeout: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    throwOnRequestTimeout: true
  })
  // Each client gets its own retry strategy, so each has its own retry quota.
  const config = () => ({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    ...retryConfig(options),
    requestHandler
  })
  return {
    ecs: new ECSClient(config()),
    ec2: new EC2Client(config()),
    iam: new IAMClient(config()),
    logs: new CloudWatchLogsClient(config()),
    ecr: new ECRClient(config()),
    elbv2: new ElasticLoadBalancingV2Client(config()),
    secretsManager: new SecretsManagerClient(config()),
    ssm: new SSMClient(config()),
    sts: new STSClient(config())
  }
}

export function destroyClients(clients: AwsClients): void {
  for (const client of Object.values(clients)) client.destroy()
}
