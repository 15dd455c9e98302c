import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  USER_AGENT
} from "./chunk-KUD6OAMR.js";
import {
  ECSClient
} from "./chunk-I3XJNWXC.js";
import {
  NodeHttpHandler
} from "./chunk-6VTP2GXM.js";
import {
  ConfiguredRetryStrategy
} from "./chunk-CPQYRG73.js";

// src/aws/proxy.ts
var PROXY_VARIABLES = ["https_proxy", "http_proxy", "all_proxy"];
function proxyConfigured(env = process.env) {
  return PROXY_VARIABLES.some((name) => (env[name] || env[name.toUpperCase()] || "").trim() !== "");
}
async function proxyAgents(env = process.env) {
  if (!proxyConfigured(env)) return void 0;
  const { EnvironmentProxyAgent } = await import("./proxy-agent-OZAH7CX5.js");
  return { httpAgent: new EnvironmentProxyAgent(), httpsAgent: new EnvironmentProxyAgent() };
}

// src/aws/clients.ts
var DEFAULT_MAX_ATTEMPTS = 3;
var DEFAULT_REQUEST_TIMEOUT_MS = 2e4;
var EVIDENCE_MAX_ATTEMPTS = 20;
var EVIDENCE_BACKOFF_BASE_MS = 100;
var EVIDENCE_BACKOFF_CAP_MS = 2e3;
function evidenceBackoffMs(retry, random = Math.random) {
  return Math.floor(random() * Math.min(EVIDENCE_BACKOFF_CAP_MS, EVIDENCE_BACKOFF_BASE_MS * 2 ** retry));
}
function retryConfig(options) {
  if (options.retry === "evidence") {
    const attempts = options.maxAttempts ?? EVIDENCE_MAX_ATTEMPTS;
    return { maxAttempts: attempts, retryStrategy: new ConfiguredRetryStrategy(attempts, (retry) => evidenceBackoffMs(retry)) };
  }
  return { maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS, retryMode: "standard" };
}
function clientConfig(options, requestHandler) {
  return {
    region: options.region,
    ...options.endpoint ? { endpoint: options.endpoint } : {},
    ...options.credentials ? { credentials: options.credentials } : {},
    ...retryConfig(options),
    requestHandler,
    customUserAgent: USER_AGENT
  };
}
var LOAD = {
  ec2: async (config) => new (await import("./ec2-MJQ7EKOP.js")).EC2Client(config),
  iam: async (config) => new (await import("./iam-OYGWU3JY.js")).IAMClient(config),
  logs: async (config) => new (await import("./logs-BHJE55YD.js")).CloudWatchLogsClient(config),
  ecr: async (config) => new (await import("./ecr-LNKWJWZR.js")).ECRClient(config),
  elbv2: async (config) => new (await import("./elbv2-GYLX2SCN.js")).ElasticLoadBalancingV2Client(config),
  secretsManager: async (config) => new (await import("./secrets-manager-AGLQUASR.js")).SecretsManagerClient(config),
  ssm: async (config) => new (await import("./ssm-H3PEZAU4.js")).SSMClient(config),
  cloudwatch: async (config) => new (await import("./cloudwatch-5KSSRIK2.js")).CloudWatchClient(config),
  codedeploy: async (config) => new (await import("./codedeploy-HAEVXRZ5.js")).CodeDeployClient(config),
  efs: async (config) => new (await import("./efs-N4CNJVTY.js")).EFSClient(config)
};
var AwsClients = class _AwsClients {
  constructor(options) {
    this.options = options;
  }
  options;
  ecsClient;
  pending = /* @__PURE__ */ new Map();
  madeServices = [];
  owned = [];
  requestHandler;
  destroyed = false;
  get region() {
    return this.options.region;
  }
  /** The ECS client: every run reads the service first, so it is made without waiting for a package. */
  get ecs() {
    if (!this.ecsClient) this.ecsClient = this.own("ecs", new ECSClient(this.config()));
    return this.ecsClient;
  }
  /** The client of `service`, its SDK package loaded the first time one is asked for. */
  client(service) {
    if (service === "ecs") return Promise.resolve(this.ecs);
    const name = service;
    let made = this.pending.get(name);
    if (!made) {
      made = LOAD[name](this.config()).then((client) => this.own(name, client));
      this.pending.set(name, made);
    }
    return made;
  }
  /** Clients set up like these in another region or with another retry profile, destroyed with these. */
  derive(changes) {
    const derived = new _AwsClients({ ...this.options, ...changes, credentials: this.sharedCredentials() });
    if (this.destroyed) derived.destroy();
    else this.owned.push(derived);
    return derived;
  }
  /** Every client made here and in derived sets, as "ecs eu-west-1 watch": what a run actually built. */
  made() {
    const here = this.madeServices.map((service) => `${service} ${this.options.region} ${this.options.retry ?? "watch"}`);
    return [...here, ...this.owned.flatMap((item) => item instanceof _AwsClients ? item.made() : [])];
  }
  /** Closes every client made here and in derived sets; a client still loading is closed once made. */
  destroy() {
    this.destroyed = true;
    for (const item of this.owned.splice(0)) item.destroy();
  }
  own(service, client) {
    this.madeServices.push(service);
    if (this.destroyed) client.destroy();
    else this.owned.push(client);
    return client;
  }
  /** Explicit credentials as given; otherwise the ECS client's resolved provider chain, whose cache every set then shares. */
  sharedCredentials() {
    if (this.options.credentials) return this.options.credentials;
    return (properties) => this.ecs.config.credentials(properties);
  }
  handler() {
    this.requestHandler ??= new NodeHttpHandler(async () => ({
      connectionTimeout: this.options.connectionTimeoutMs ?? 5e3,
      requestTimeout: this.options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      throwOnRequestTimeout: true,
      ...await proxyAgents()
    }));
    return this.requestHandler;
  }
  config() {
    return clientConfig(this.options, this.handler());
  }
};
function createClients(options) {
  return new AwsClients(options);
}
function destroyClients(clients) {
  clients.destroy();
}

export {
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_REQUEST_TIMEOUT_MS,
  EVIDENCE_MAX_ATTEMPTS,
  evidenceBackoffMs,
  AwsClients,
  createClients,
  destroyClients
};
