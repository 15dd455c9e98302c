/**
 * Proxies for AWS calls, from the variables a self-hosted runner sets: HTTPS_PROXY for https endpoints (all of
 * AWS), HTTP_PROXY for http ones (a local endpoint override), ALL_PROXY for both, NO_PROXY for hosts reached
 * directly; the lower-case name wins, as curl reads them. The SDK itself ignores them:
 * https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-proxies.html
 * The agent libraries are loaded only when one of these variables is set.
 */
import type { Agent } from 'node:http'

const PROXY_VARIABLES = ['https_proxy', 'http_proxy', 'all_proxy']

export function proxyConfigured(env: Record<string, string | undefined> = process.env): boolean {
  return PROXY_VARIABLES.some((name) => (env[name] || env[name.toUpperCase()] || '').trim() !== '')
}

export interface ProxyAgents {
  httpAgent: Agent
  httpsAgent: Agent
}

/** Agents for the SDK's request handler that pick the proxy per request; none when no proxy is configured. */
export async function proxyAgents(env: Record<string, string | undefined> = process.env): Promise<ProxyAgents | undefined> {
  if (!proxyConfigured(env)) return undefined
  const { EnvironmentProxyAgent } = await import('./proxy-agent.js')
  return { httpAgent: new EnvironmentProxyAgent(), httpsAgent: new EnvironmentProxyAgent() }
}
