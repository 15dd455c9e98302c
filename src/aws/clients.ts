/**
 * The one place AWS clients are made, for the watch, the evidence, the rollback and the preflight alike: same
 * region, retry strategy, timeouts, proxy and user agent everywhere. A client is made the first time it is
 * asked for, and its SDK package is loaded then: a run that never needs EC2 never loads client-ec2 (about
 * 2 MB of code). Only the ECS client is loaded with this module, since every run starts by reading the service.
 */
import { ECSClient } from '@aws-sdk/client-ecs'
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch'
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs'
import type { CodeDeployClient } from '@aws-sdk/client-codedeploy'
import type { EC2Client } from '@aws-sdk/client-ec2'
import type { EFSClient } from '@aws-sdk/client-efs'
import type { ECRClient } from '@aws-sdk/client-ecr'
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2'
import type { IAMClient } from '@aws-sdk/client-iam'
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import type { SSMClient } from '@aws-sdk/client-ssm'
import { ConfiguredRetryStrategy } from '@smithy/core/retry'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Endpoint, EndpointV2, Provider, RetryStrategyV2 } from '@smithy/types'
import { USER_AGENT } from '../version.js'
import { proxyAgents } from './proxy.js'

/** The client of each service the action calls, by the name the code uses for it. */
export interface ServiceClients {
  ecs: ECSClient
  ec2: EC2Client
  iam: IAMClient
  logs: CloudWatchLogsClient
  ecr: ECRClient
  elbv2: ElasticLoadBalancingV2Client
  secretsManager: SecretsManagerClient
  ssm: SSMClient
  cloudwatch: CloudWatchClient
  codedeploy: CodeDeployClient
  efs: EFSClient
}

export type ServiceName = keyof ServiceClients

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

type RetryConfig = { maxAttempts: number; retryStrategy: RetryStrategyV2 } | { maxAttempts: number; retryMode: string }

function retryConfig(options: ClientOptions): RetryConfig {
  if (options.retry === 'evidence') {
    const attempts = options.maxAttempts ?? EVIDENCE_MAX_ATTEMPTS
    return { maxAttempts: attempts, retryStrategy: new ConfiguredRetryStrategy(attempts, (retry: number) => evidenceBackoffMs(retry)) }
  }
  return { maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS, retryMode: 'standard' }
}

/** What every client is given; each client gets its own retry strategy, so each has its own retry quota. */
function clientConfig(options: ClientOptions, requestHandler: NodeHttpHandler) {
  return {
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    ...retryConfig(options),
    requestHandler,
    customUserAgent: USER_AGENT
  }
}

type ClientConfig = ReturnType<typeof clientConfig>

type LazyService = Exclude<ServiceName, 'ecs'>

/**
 * Each service's SDK package, loaded when its first client is made. Through src/aws/sdk/: import() of a whole
 * package keeps every export (client-ec2's aggregated EC2 class and its 700 commands), import() of a module
 * that re-exports only the client class keeps just what the code uses.
 */
const LOAD: { [K in LazyService]: (config: ClientConfig) => Promise<ServiceClients[K]> } = {
  ec2: async (config) => new (await import('./sdk/ec2.js')).EC2Client(config),
  iam: async (config) => new (await import('./sdk/iam.js')).IAMClient(config),
  logs: async (config) => new (await import('./sdk/logs.js')).CloudWatchLogsClient(config),
  ecr: async (config) => new (await import('./sdk/ecr.js')).ECRClient(config),
  elbv2: async (config) => new (await import('./sdk/elbv2.js')).ElasticLoadBalancingV2Client(config),
  secretsManager: async (config) => new (await import('./sdk/secrets-manager.js')).SecretsManagerClient(config),
  ssm: async (config) => new (await import('./sdk/ssm.js')).SSMClient(config),
  cloudwatch: async (config) => new (await import('./sdk/cloudwatch.js')).CloudWatchClient(config),
  codedeploy: async (config) => new (await import('./sdk/codedeploy.js')).CodeDeployClient(config),
  efs: async (config) => new (await import('./sdk/efs.js')).EFSClient(config)
}

interface Destroyable {
  destroy(): void
}

/**
 * The clients of one region and retry profile, each made on first use. Derived sets (another region, the
 * evidence profile) share the endpoint override and the credentials, so the provider chain resolves once.
 */
export class AwsClients {
  private ecsClient?: ECSClient
  private readonly pending = new Map<LazyService, Promise<ServiceClients[LazyService]>>()
  private readonly madeServices: ServiceName[] = []
  private readonly owned: Destroyable[] = []
  private requestHandler?: NodeHttpHandler
  private destroyed = false

  constructor(private readonly options: ClientOptions) {}

  get region(): string {
    return this.options.region
  }

  /** The ECS client: every run reads the service first, so it is made without waiting for a package. */
  get ecs(): ECSClient {
    if (!this.ecsClient) this.ecsClient = this.own('ecs', new ECSClient(this.config()))
    return this.ecsClient
  }

  /** The client of `service`, its SDK package loaded the first time one is asked for. */
  client<K extends ServiceName>(service: K): Promise<ServiceClients[K]> {
    if (service === 'ecs') return Promise.resolve(this.ecs as ServiceClients[K])
    const name = service as LazyService
    let made = this.pending.get(name)
    if (!made) {
      made = LOAD[name](this.config()).then((client) => this.own(name, client))
      this.pending.set(name, made)
    }
    return made as Promise<ServiceClients[K]>
  }

  /** Clients set up like these in another region or with another retry profile, destroyed with these. */
  derive(changes: Partial<Pick<ClientOptions, 'region' | 'retry'>>): AwsClients {
    const derived = new AwsClients({ ...this.options, ...changes, credentials: this.sharedCredentials() })
    if (this.destroyed) derived.destroy()
    else this.owned.push(derived)
    return derived
  }

  /** Every client made here and in derived sets, as "ecs eu-west-1 watch": what a run actually built. */
  made(): string[] {
    const here = this.madeServices.map((service) => `${service} ${this.options.region} ${this.options.retry ?? 'watch'}`)
    return [...here, ...this.owned.flatMap((item) => (item instanceof AwsClients ? item.made() : []))]
  }

  /** Closes every client made here and in derived sets; a client still loading is closed once made. */
  destroy(): void {
    this.destroyed = true
    for (const item of this.owned.splice(0)) item.destroy()
  }

  private own<T extends Destroyable>(service: ServiceName, client: T): T {
    this.madeServices.push(service)
    if (this.destroyed) client.destroy()
    else this.owned.push(client)
    return client
  }

  /** Explicit credentials as given; otherwise the ECS client's resolved provider chain, whose cache every set then shares. */
  private sharedCredentials(): ClientOptions['credentials'] {
    if (this.options.credentials) return this.options.credentials
    return (properties) => this.ecs.config.credentials(properties)
  }

  private handler(): NodeHttpHandler {
    this.requestHandler ??= new NodeHttpHandler(async () => ({
      connectionTimeout: this.options.connectionTimeoutMs ?? 5_000,
      requestTimeout: this.options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      throwOnRequestTimeout: true,
      ...(await proxyAgents())
    }))
    return this.requestHandler
  }

  private config(): ClientConfig {
    return clientConfig(this.options, this.handler())
  }
}

export function createClients(options: ClientOptions): AwsClients {
  return new AwsClients(options)
}

export function destroyClients(clients: AwsClients): void {
  clients.destroy()
}
