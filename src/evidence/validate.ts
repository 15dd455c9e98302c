import { redactEvidence } from '../redact.js'
import { VERDICTS } from '../types.js'
import { EVIDENCE_SCHEMA_VERSION, type Evidence } from './schema.js'

export class EvidenceError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EvidenceError'
  }
}

const ARRAY_KEYS = ['tasks', 'logs', 'images', 'secrets', 'logGroups', 'unavailable', 'serviceDeployments', 'containerInstances', 'efs'] as const
const OBJECT_KEYS = ['network', 'iam', 'loadBalancing', 'watch', 'strategy'] as const
const NULLABLE_OBJECT_KEYS = ['taskDefinition', 'previousTaskDefinition'] as const

function kind(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : typeof value
}

/**
 * Checks the shape diagnosis relies on: the schema version, the service object and the type of
 * each known top-level key. Contents stay untrusted: diagnosis and rendering treat every string as data.
 * A file written by an older version may hold credentials: they are redacted as the file is read.
 */
export function parseEvidence(text: string, source = 'evidence'): Evidence {
  return checkEvidence(parseJson(text, source), source)
}

/**
 * One evidence document, or the array of them `watch --evidence-out` writes for several services
 * (one per service, in order). Always returns an array; an empty one is an error.
 */
export function parseEvidenceDocuments(text: string, source = 'evidence'): Evidence[] {
  const data = parseJson(text, source)
  if (!Array.isArray(data)) return [checkEvidence(data, source)]
  if (data.length === 0) throw new EvidenceError(`${source} is an empty array; it must hold one evidence document per service`)
  return data.map((item, i) => checkEvidence(item, `${source}[${i}]`))
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new EvidenceError(`${source} is not valid JSON (${detail}); was the file truncated?`)
  }
}

function checkEvidence(data: unknown, source: string): Evidence {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new EvidenceError(`${source} must be a JSON object with schemaVersion ${EVIDENCE_SCHEMA_VERSION}, got ${kind(data)}`)
  const record = data as Record<string, unknown>
  if (record.schemaVersion !== EVIDENCE_SCHEMA_VERSION)
    throw new EvidenceError(
      `${source} has schemaVersion ${JSON.stringify(record.schemaVersion) ?? 'missing'}; this version of ECS Deploy Doctor reads schemaVersion ${EVIDENCE_SCHEMA_VERSION}`
    )
  if (kind(record.service) !== 'an object') throw new EvidenceError(`${source}: 'service' must be an object (the ECS DescribeServices service), got ${kind(record.service)}`)
  for (const key of ARRAY_KEYS)
    if (key in record && record[key] !== undefined && !Array.isArray(record[key]))
      throw new EvidenceError(`${source}: '${key}' must be an array, got ${kind(record[key])}`)
  for (const key of OBJECT_KEYS)
    if (key in record && record[key] !== undefined && kind(record[key]) !== 'an object')
      throw new EvidenceError(`${source}: '${key}' must be an object, got ${kind(record[key])}`)
  const verdict = (record.watch as Record<string, unknown> | undefined)?.verdict
  if (verdict !== undefined && !(VERDICTS as readonly unknown[]).includes(verdict))
    throw new EvidenceError(`${source}: 'watch.verdict' must be one of ${VERDICTS.join(', ')}, got ${JSON.stringify(verdict)?.slice(0, 80) ?? kind(verdict)}`)
  for (const key of NULLABLE_OBJECT_KEYS)
    if (key in record && record[key] !== null && record[key] !== undefined && kind(record[key]) !== 'an object')
      throw new EvidenceError(`${source}: '${key}' must be an object or null, got ${kind(record[key])}`)
  return redactEvidence(record as unknown as Evidence)
}
