/**
 * restJson1 (Amazon EFS): the operation is named by the HTTP method and path, its input comes from path
 * labels, the query string and a JSON body; the output is a JSON body. Both directions follow the SDK's
 * own operation schemas (the `http`, `httpLabel` and `httpQuery` traits), so paths and parameter names are
 * exactly what the SDK sends. Errors name their type in `x-amzn-errortype` and carry the modeled members.
 */
import { NormalizedSchema } from '@smithy/core/schema'
import type { StaticOperationSchema } from '@smithy/types'
import type { AwsError } from '../aws-error.js'

export const REST_JSON_CONTENT_TYPE = 'application/json'

interface RestOperation {
  name: string
  method: string
  /** The path template, e.g. /2015-02-01/mount-targets/{MountTargetId}/security-groups. */
  pattern: RegExp
  labels: string[]
  schema: StaticOperationSchema
}

const cache = new WeakMap<object, RestOperation[]>()

/** The operations of an SDK client module, from its exported `<Operation>$` schemas. */
function operationsOf(sdk: Record<string, unknown>): RestOperation[] {
  const known = cache.get(sdk)
  if (known) return known
  const operations: RestOperation[] = []
  for (const [key, value] of Object.entries(sdk)) {
    if (!key.endsWith('$') || !Array.isArray(value) || value[0] !== 9) continue
    const http = (value[3] as { http?: [string, string, number] } | undefined)?.http
    if (!http) continue
    const [method, template] = http
    const path = template.split('?')[0]
    const labels = [...path.matchAll(/\{(\w+)\+?\}/g)].map((m) => m[1])
    const source = path.replace(/[.*?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\+\}/g, '(.+)').replace(/\{\w+\}/g, '([^/]+)')
    operations.push({ name: key.slice(0, -1), method, pattern: new RegExp(`^${source}$`), labels, schema: value as unknown as StaticOperationSchema })
  }
  cache.set(sdk, operations)
  return operations
}

export interface RestRequest {
  operation: string
  input: () => Record<string, unknown>
}

/** The operation a request names and a reader of its input; undefined when no operation has that method and path. */
export function routeRest(sdk: Record<string, unknown>, method: string, url: string, body: string): RestRequest | undefined {
  const parsed = new URL(url, 'http://localhost')
  for (const operation of operationsOf(sdk)) {
    if (operation.method !== method) continue
    const match = operation.pattern.exec(parsed.pathname)
    if (!match) continue
    return { operation: operation.name, input: () => readInput(operation, match.slice(1).map(decodeURIComponent), parsed.searchParams, body) }
  }
  return undefined
}

function readInput(operation: RestOperation, labels: string[], query: URLSearchParams, body: string): Record<string, unknown> {
  const input: Record<string, unknown> = body.trim() ? (JSON.parse(body) as Record<string, unknown>) : {}
  const schema = NormalizedSchema.of(operation.schema[4])
  for (const [memberName, member] of schema.structIterator()) {
    const traits = member.getMergedTraits() as { httpLabel?: unknown; httpQuery?: string }
    if (traits.httpLabel !== undefined) {
      const index = operation.labels.indexOf(memberName)
      if (index >= 0) input[memberName] = labels[index]
    } else if (traits.httpQuery) {
      const raw = query.get(traits.httpQuery)
      if (raw !== null) input[memberName] = member.isNumericSchema() ? Number(raw) : member.isBooleanSchema() ? raw === 'true' : raw
    }
  }
  return input
}

/** The status an operation answers with when it succeeds (its `http` trait's code). */
export function successStatus(sdk: Record<string, unknown>, operation: string): number {
  const traits = operationsOf(sdk).find((o) => o.name === operation)?.schema[3] as { http?: [string, string, number] } | undefined
  return traits?.http?.[2] ?? 200
}

/** A modeled EFS-style error: the type in the header, the members ErrorCode and Message in the body. */
export function restJsonError(error: AwsError): { headers: Record<string, string>; body: string } {
  return {
    headers: { 'x-amzn-errortype': error.code },
    body: JSON.stringify({ ErrorCode: error.code, Message: error.message, message: error.message })
  }
}
