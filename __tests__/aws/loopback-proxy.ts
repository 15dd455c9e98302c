/**
 * A forward proxy on 127.0.0.1 that counts what goes through it, as a self-hosted runner's proxy would see it:
 * absolute-form requests (http targets) and CONNECT tunnels (https targets, and undici's for http). It reaches
 * only loopback targets (127.x, ::1, ::ffff:127.x); any other target is recorded and refused with 502, so a
 * test can show that a call to AWS's real host names went to the proxy while nothing leaves the machine.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http'
import { connect, isIP, type AddressInfo, type Socket } from 'node:net'

export interface ProxiedRequest {
  /** 'CONNECT' for a tunnel, else the HTTP method of a forwarded request. */
  method: string
  /** host:port of the target. */
  target: string
  /** Whether the proxy reached it (loopback) or refused it. */
  forwarded: boolean
}

function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase()
  if (bare === 'localhost' || bare === '::1') return true
  if (isIP(bare) === 4) return bare.startsWith('127.')
  // An IPv4-mapped (or the older IPv4-compatible) form of 127.x, as undici writes [::ffff:127.0.0.1].
  return /^::(ffff:)?(127\.|7f[0-9a-f]{2}:)/.test(bare)
}

function splitHostPort(target: string): { host: string; port: number } {
  const at = target.lastIndexOf(':')
  return { host: target.slice(0, at).replace(/^\[|\]$/g, ''), port: Number(target.slice(at + 1)) }
}

export class LoopbackProxy {
  readonly requests: ProxiedRequest[] = []
  private server: Server | null = null
  private readonly sockets = new Set<Socket>()
  url = ''

  /** Requests to `host:port`, by CONNECT or forwarded. */
  to(port: number): ProxiedRequest[] {
    return this.requests.filter((r) => r.target.endsWith(`:${port}`))
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => this.forward(req, res))
    this.server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => this.tunnel(req, client, head))
    this.server.on('connection', (socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this.url
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => this.server?.close(() => resolve()))
  }

  private forward(req: IncomingMessage, res: import('node:http').ServerResponse): void {
    const url = new URL(req.url ?? '/')
    const target = `${url.hostname}:${url.port || 80}`
    const forwarded = isLoopback(url.hostname)
    this.requests.push({ method: req.method ?? 'GET', target, forwarded })
    if (!forwarded) {
      res.writeHead(502).end('the test proxy reaches loopback only')
      return
    }
    const upstream = httpRequest(
      { host: '127.0.0.1', port: Number(url.port || 80), method: req.method, path: `${url.pathname}${url.search}`, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    upstream.on('error', () => res.writeHead(502).end())
    req.pipe(upstream)
  }

  private tunnel(req: IncomingMessage, client: Socket, head: Buffer): void {
    const target = req.url ?? ''
    const { host, port } = splitHostPort(target)
    const forwarded = isLoopback(host)
    this.requests.push({ method: 'CONNECT', target, forwarded })
    if (!forwarded) {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')
      return
    }
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    this.sockets.add(upstream)
    upstream.on('close', () => this.sockets.delete(upstream))
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  }
}
