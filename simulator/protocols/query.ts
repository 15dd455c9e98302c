/**
 * awsQuery (IAM, ELBv2, STS) and ec2Query (EC2): form-encoded requests in, XML out.
 * Both directions are driven by the SDK's own operation schemas, so member names, <member>/<item> list
 * wrappers, flattened lists and timestamp formats are exactly what the SDK serializes and parses.
 */
import { NormalizedSchema } from '@smithy/core/schema'
import type { StaticOperationSchema } from '@smithy/types'
import type { AwsError } from '../aws-error.js'

export type QueryFlavour = 'awsQuery' | 'ec2Query'

export function parseForm(body: string): Map<string, string> {
  const params = new Map<string, string>()
  for (const [key, value] of new URLSearchParams(body)) params.set(key, value)
  return params
}

/** The inverse of the SDK's QueryShapeSerializer.getKey. */
function keyFor(memberName: string, traits: Record<string, unknown>, flavour: QueryFlavour, isStructMember: boolean): string {
  const ec2QueryName = traits.ec2QueryName as string | undefined
  const xmlName = traits.xmlName as string | undefined
  if (flavour === 'ec2Query' && ec2QueryName) return ec2QueryName
  const key = xmlName ?? memberName
  if (flavour === 'ec2Query' && isStructMember) return key[0].toUpperCase() + key.slice(1)
  return key
}

class FormReader {
  private readonly keys: string[]

  constructor(
    private readonly params: Map<string, string>,
    private readonly flavour: QueryFlavour
  ) {
    this.keys = [...params.keys()]
  }

  private present(prefix: string): boolean {
    return this.keys.some((k) => k === prefix || k.startsWith(`${prefix}.`))
  }

  read(ns: NormalizedSchema, prefix: string): unknown {
    if (ns.isListSchema()) return this.readList(ns, prefix)
    if (ns.isMapSchema()) return this.readMap(ns, prefix)
    if (ns.isStructSchema()) return this.readStruct(ns, prefix)
    const raw = this.params.get(prefix)
    if (raw === undefined) return undefined
    if (ns.isNumericSchema()) return Number(raw)
    if (ns.isBooleanSchema()) return raw === 'true'
    if (ns.isTimestampSchema()) return new Date(raw)
    return raw
  }

  private readStruct(ns: NormalizedSchema, prefix: string): Record<string, unknown> | undefined {
    const out: Record<string, unknown> = {}
    let any = false
    for (const [memberName, member] of ns.structIterator()) {
      const key = keyFor(memberName, member.getMergedTraits() as Record<string, unknown>, this.flavour, true)
      const full = prefix ? `${prefix}.${key}` : key
      if (!this.present(full)) continue
      const value = this.read(member, full)
      if (value !== undefined) {
        out[memberName] = value
        any = true
      }
    }
    return any || !prefix ? out : undefined
  }

  private readList(ns: NormalizedSchema, prefix: string): unknown[] {
    if (this.params.get(prefix) === '') return []
    const member = ns.getValueSchema()
    const flat = this.flavour === 'ec2Query' || !!ns.getMergedTraits().xmlFlattened
    const itemKey = keyFor('member', member.getMergedTraits() as Record<string, unknown>, this.flavour, false)
    const items: unknown[] = []
    for (let i = 1; ; i++) {
      const key = flat ? `${prefix}.${i}` : `${prefix}.${itemKey}.${i}`
      if (!this.present(key)) break
      items.push(this.read(member, key))
    }
    return items
  }

  private readMap(ns: NormalizedSchema, prefix: string): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    const flat = !!ns.getMergedTraits().xmlFlattened
    for (let i = 1; ; i++) {
      const entry = flat ? `${prefix}.${i}` : `${prefix}.entry.${i}`
      const key = this.params.get(`${entry}.key`)
      if (key === undefined) break
      out[key] = this.read(ns.getValueSchema(), `${entry}.value`)
    }
    return out
  }
}

export function readQueryInput(operation: StaticOperationSchema, params: Map<string, string>, flavour: QueryFlavour): Record<string, unknown> {
  const input = NormalizedSchema.of(operation[4])
  if (input.isUnitSchema()) return {}
  return (new FormReader(params, flavour).read(input, '') as Record<string, unknown>) ?? {}
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string)
}

function scalarText(ns: NormalizedSchema, value: unknown): string {
  if (ns.isTimestampSchema()) {
    const date = value instanceof Date ? value : new Date(value as string | number)
    return date.toISOString()
  }
  if (ns.isBlobSchema()) return Buffer.from(value as Uint8Array).toString('base64')
  return escapeXml(String(value))
}

/** Mirrors the SDK's XmlShapeDeserializer: member element = member xmlName ?? member name; list items = item xmlName ?? "member". */
function writeXml(ns: NormalizedSchema, value: unknown, element: string): string {
  if (value === undefined || value === null) return ''
  if (ns.isListSchema()) {
    const member = ns.getValueSchema()
    const flat = !!ns.getMergedTraits().xmlFlattened
    const itemElement = flat ? element : ((member.getMergedTraits().xmlName as string | undefined) ?? 'member')
    const items = (value as unknown[]).map((item) => writeXml(member, item, itemElement)).join('')
    return flat ? items : `<${element}>${items}</${element}>`
  }
  if (ns.isMapSchema()) {
    const flat = !!ns.getMergedTraits().xmlFlattened
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => {
      const inner = `<key>${escapeXml(k)}</key>${writeXml(ns.getValueSchema(), v, 'value')}`
      return flat ? `<${element}>${inner}</${element}>` : `<entry>${inner}</entry>`
    })
    return flat ? entries.join('') : `<${element}>${entries.join('')}</${element}>`
  }
  if (ns.isStructSchema()) return `<${element}>${writeStructMembers(ns, value as Record<string, unknown>)}</${element}>`
  return `<${element}>${scalarText(ns, value)}</${element}>`
}

function writeStructMembers(ns: NormalizedSchema, value: Record<string, unknown>): string {
  let inner = ''
  for (const [memberName, member] of ns.structIterator()) {
    const element = (member.getMemberTraits().xmlName as string | undefined) ?? memberName
    inner += writeXml(member, value[memberName], element)
  }
  return inner
}

export function queryResponseXml(
  operation: StaticOperationSchema,
  output: Record<string, unknown>,
  flavour: QueryFlavour,
  xmlNamespace: string,
  requestId: string
): string {
  const name = operation[2]
  const outputSchema = NormalizedSchema.of(operation[5])
  const members = outputSchema.isUnitSchema() ? '' : writeStructMembers(outputSchema, output)
  if (flavour === 'ec2Query') {
    return `<?xml version="1.0" encoding="UTF-8"?>\n<${name}Response xmlns="${xmlNamespace}"><requestId>${requestId}</requestId>${members}</${name}Response>`
  }
  return (
    `<${name}Response xmlns="${xmlNamespace}"><${name}Result>${members}</${name}Result>` +
    `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${name}Response>`
  )
}

export function queryErrorXml(error: AwsError, flavour: QueryFlavour, xmlNamespace: string, requestId: string): string {
  const code = escapeXml(error.code)
  const message = escapeXml(error.message)
  if (flavour === 'ec2Query') {
    return `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`
  }
  return (
    `<ErrorResponse xmlns="${xmlNamespace}"><Error><Type>${error.fault}</Type><Code>${code}</Code>` +
    `<Message>${message}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`
  )
}

