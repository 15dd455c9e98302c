/**
 * An http.Agent that sends each request through the proxy the environment names for its URL (proxy-from-env:
 * *_PROXY and NO_PROXY), or directly when none applies: CONNECT tunnels for https endpoints (kept alive),
 * absolute-form requests for http ones.
 */
import { Agent as HttpAgent, type ClientRequest } from 'node:http'
import { Agent as HttpsAgent } from 'node:https'
import { Agent, type AgentConnectOpts } from 'agent-base'
import { HttpProxyAgent } from 'http-proxy-agent'
import { HttpsProxyAgent } from 'https-proxy-agent'
import { getProxyForUrl } from 'proxy-from-env'

function targetUrl(options: AgentConnectOpts): URL {
  const host = options.host ?? 'localhost'
  const bracketed = host.includes(':') ? `[${host}]` : host
  return new URL(`${options.secureEndpoint ? 'https' : 'http'}://${bracketed}:${options.port}`)
}

export class EnvironmentProxyAgent extends Agent {
  private readonly direct = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) }
  private readonly proxied = new Map<string, HttpAgent>()

  constructor() {
    super({ keepAlive: true })
  }

  connect(_request: ClientRequest, options: AgentConnectOpts): HttpAgent {
    const proxy = getProxyForUrl(targetUrl(options))
    if (!proxy) return options.secureEndpoint ? this.direct.https : this.direct.http
    const key = `${options.secureEndpoint ? 'https' : 'http'} ${proxy}`
    let agent = this.proxied.get(key)
    if (!agent) {
      // An http target's request line names the full URL, written when its socket is made: a reused socket would
      // send the path alone, so those connections are not kept alive. https targets reuse their tunnels.
      agent = options.secureEndpoint ? new HttpsProxyAgent(proxy, { keepAlive: true }) : new HttpProxyAgent(proxy, { keepAlive: false })
      this.proxied.set(key, agent)
    }
    return agent
  }

  override destroy(): void {
    this.direct.http.destroy()
    this.direct.https.destroy()
    for (const agent of this.proxied.values()) agent.destroy()
    super.destroy()
  }
}
