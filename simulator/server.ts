/** The one HTTP endpoint: routes each request to its service by protocol, applies faults, records the call. */
import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import type { StaticOperationSchema } from '@smithy/types'
import { AwsError } from './aws-error.js'
import type { CallOutcome, FaultInjector } from './faults.js'
import { JSON_CONTENT_TYPE, jsonBody, jsonError, parseJsonInput } from './protocols/json.js'
import { parseForm, queryErrorXml, queryResponseXml, readQueryInput } from './protocols/query.js'
import { REST_JSON_CONTENT_TYPE, restJsonError, routeRest, successStatus } from './protocols/rest-json.js'
import { isJsonProtocol, type ServiceDefinition, type SimContext } from './services/context.js'
import { SERVICES, serviceByJsonTarget, serviceByQueryVersion } from './services/index.js'

export interface CallRecord {
  service: string
  operation: string
  /** Simulated seconds when the request arrived. */
  simSeconds: number
  /** Real milliseconds since the simulator started, when the request arrived. */
  realMs: number
  outcome: CallOutcome
  /** The request's User-Agent header, as CloudTrail records it. */
  userAgent: string
}

interface RoutedRequest {
  service: ServiceDefinition
  operation: string
  input: () => Record<string, unknown>
}

interface Reply {
  status: number
  headers: Record<string, string>
  body: string
}

export interface ServerHooks {
  /** Builds the handler context for a request (advances the replay to now). */
  context(): SimContext
  clock: { simSeconds(): number; realElapsedMs(): number }
  faults: FaultInjector
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function route(request: IncomingMessage, body: string): RoutedRequest | AwsError {
  const target = request.headers['x-amz-target']
  if (typeof target === 'string') {
    const [prefix, operation] = target.split('.')
    const service = serviceByJsonTarget(prefix)
    if (!service || !operation) return new AwsError('UnknownOperationException', `Unknown X-Amz-Target ${target}`)
    return { service, operation, input: () => parseJsonInput(body) }
  }
  const path = (request.url ?? '/').split('?')[0]
  if (path !== '/') {
    for (const service of SERVICES.filter((s) => s.protocol === 'restJson1')) {
      const rest = routeRest(service.sdk, request.method ?? 'GET', request.url ?? '/', body)
      if (rest) return { service, operation: rest.operation, input: rest.input }
    }
    return new AwsError('UnknownOperationException', `No operation answers ${request.method} ${path}`, 404)
  }
  const params = parseForm(body)
  const action = params.get('Action')
  const version = params.get('Version')
  const service = version ? serviceByQueryVersion(version) : undefined
  if (!action || !service) return new AwsError('InvalidAction', `Could not route request (Action=${action}, Version=${version})`)
  return {
    service,
    operation: action,
    input: () => {
      const schema = service.sdk[`${action}$`] as StaticOperationSchema | undefined
      if (!schema) throw new AwsError('InvalidAction', `The action ${action} is not valid for this web service.`)
      return readQueryInput(schema, params, service.protocol === 'ec2Query' ? 'ec2Query' : 'awsQuery')
    }
  }
}

function jsonContentType(service: ServiceDefinition | undefined): string {
  return service?.protocol === 'awsJson1_0' ? 'application/x-amz-json-1.0' : JSON_CONTENT_TYPE
}

function errorReply(error: AwsError, service: ServiceDefinition | undefined, requestId: string): Reply {
  if (service?.protocol === 'restJson1') {
    const { headers, body } = restJsonError(error)
    return { status: error.status, headers: { ...headers, 'content-type': REST_JSON_CONTENT_TYPE, 'x-amzn-requestid': requestId }, body }
  }
  if (!service || isJsonProtocol(service.protocol)) {
    const { headers, body } = jsonError(error)
    return { status: error.status, headers: { ...headers, 'content-type': jsonContentType(service), 'x-amzn-requestid': requestId }, body }
  }
  const flavour = service.protocol === 'ec2Query' ? 'ec2Query' : 'awsQuery'
  return {
    status: error.status,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
    body: queryErrorXml(error, flavour, service.xmlNamespace ?? '', requestId)
  }
}

function successReply(service: ServiceDefinition, operation: string, output: object, requestId: string): Reply {
  if (service.protocol === 'restJson1') {
    return { status: successStatus(service.sdk, operation), headers: { 'content-type': REST_JSON_CONTENT_TYPE, 'x-amzn-requestid': requestId }, body: jsonBody(output) }
  }
  if (isJsonProtocol(service.protocol)) {
    return { status: 200, headers: { 'content-type': jsonContentType(service), 'x-amzn-requestid': requestId }, body: jsonBody(output) }
  }
  const schema = service.sdk[`${operation}$`] as StaticOperationSchema
  const flavour = service.protocol === 'ec2Query' ? 'ec2Query' : 'awsQuery'
  return {
    status: 200,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
    body: queryResponseXml(schema, output as Record<string, unknown>, flavour, service.xmlNamespace ?? '', requestId)
  }
}

function unimplemented(service: ServiceDefinition, operation: string): AwsError {
  const message = `${service.id}:${operation} is not implemented by the ECS Deploy Doctor simulator`
  return isJsonProtocol(service.protocol) || service.protocol === 'restJson1' ? new AwsError('UnknownOperationException', message) : new AwsError('InvalidAction', message)
}

export class SimServer {
  readonly calls: CallRecord[] = []
  private readonly server: Server
  private readonly sockets = new Set<Socket>()

  constructor(private readonly hooks: ServerHooks) {
    this.server = createServer((request, response) => void this.handle(request, response))
    this.server.on('connection', (socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
  }

  listen(port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(port, '127.0.0.1', () => {
        const address = this.server.address()
        resolve(typeof address === 'object' && address ? address.port : port)
      })
    })
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      for (const socket of this.sockets) socket.destroy()
      this.server.close(() => resolve())
    })
  }

  private record(service: string, operation: string, outcome: CallOutcome, simSeconds: number, realMs: number, userAgent: string): void {
    this.calls.push({ service, operation, simSeconds, realMs, outcome, userAgent })
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const simSeconds = this.hooks.clock.simSeconds()
    const realMs = this.hooks.clock.realElapsedMs()
    const requestId = randomUUID()
    const body = await readBody(request)
    const routed = route(request, body)
    const userAgent = request.headers['user-agent'] ?? ''
    if (routed instanceof AwsError) {
      this.record('unknown', 'unknown', 'error', simSeconds, realMs, userAgent)
      return this.send(response, errorReply(routed, undefined, requestId))
    }
    const { service, operation } = routed
    const outcome = this.hooks.faults.decide(service.id, operation, simSeconds)
    this.record(service.id, operation, outcome, simSeconds, realMs, userAgent)
    if (outcome === 'hung') return
    if (outcome !== 'ok') {
      const error = this.hooks.faults.errorFor(outcome, service, operation, this.hooks.context().world)
      return this.send(response, errorReply(error, service, requestId))
    }
    this.send(response, this.answer(routed, requestId))
  }

  private answer({ service, operation, input }: RoutedRequest, requestId: string): Reply {
    try {
      const handler = service.operations[operation]
      if (!handler) throw unimplemented(service, operation)
      const output = handler(input(), this.hooks.context())
      return successReply(service, operation, output, requestId)
    } catch (error) {
      if (error instanceof AwsError) return errorReply(error, service, requestId)
      if (error instanceof SyntaxError) return errorReply(new AwsError('SerializationException', error.message), service, requestId)
      process.stderr.write(`simulator: ${service.id}:${operation} failed: ${error instanceof Error ? error.stack : String(error)}\n`)
      return errorReply(new AwsError('InternalFailure', `simulator error in ${service.id}:${operation}`, 500), service, requestId)
    }
  }

  private send(response: ServerResponse, reply: Reply): void {
    const write = () => {
      if (response.destroyed) return
      response.writeHead(reply.status, { ...reply.headers, 'content-length': Buffer.byteLength(reply.body) })
      response.end(reply.body)
    }
    const latency = this.hooks.faults.latencyMs
    if (latency > 0) setTimeout(write, latency)
    else write()
  }
}
