/**
 * Removes credentials from text a container wrote before it goes into a finding. Renderers redact
 * again; doing it here too keeps the JSON diagnosis (a step output) free of secrets.
 */
import { redactSecrets } from '../../redact.js'

export function redact(text: string): string {
  return redactSecrets(text, []).text
}

/** One log line fit for an evidence line or a title: redacted, trimmed, at most `max` characters. */
export function quoteLine(line: string, max = 240): string {
  const clean = redact(line).replace(/\s+/g, ' ').trim()
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean
}
