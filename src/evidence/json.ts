import type { Jsonified } from '../types.js'

/**
 * An AWS SDK output as plain JSON: Dates become ISO-8601 strings, `$metadata` (request ids,
 * attempts) is dropped at every level, undefined members are left out. Idempotent, so values
 * that are already JSON pass through unchanged.
 */
export function toJson<T>(sdkOutput: T): Jsonified<T> {
  return convert(sdkOutput) as Jsonified<T>
}

function convert(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(convert)
  if (value === null || typeof value !== 'object') return value
  const result: Record<string, unknown> = {}
  for (const [key, member] of Object.entries(value)) {
    if (key === '$metadata' || member === undefined) continue
    result[key] = convert(member)
  }
  return result
}
