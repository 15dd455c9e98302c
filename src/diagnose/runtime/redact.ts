/**
 * Removes credentials from text a container wrote before it goes into a finding. Renderers redact
 * again; doing it here too keeps the JSON diagnosis (a step output) free of secrets.
 */
const SECRET_ASSIGNMENT =
  /\b([\w-]*(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?)[\w-]*["']?\s*[=:]\s*["']?)([^\s"',;&})\]]+)/gi

/** Source code quoted in a stack trace (`SECRET_KEY = os.environ[...]`) names a variable; it is not a value. */
const CODE_REFERENCE = /^(?:os\.|process\.|ENV\b|System\.|env\b|getenv|settings\.|config\.|self\.|this\.|None$|null$|undefined$|nil$|\$\{|<)/

const RULES: [RegExp, string | ((...args: string[]) => string)][] = [
  // scheme://user:password@host
  [/([a-z][\w+.-]*:\/\/[^\s:/@'"]+:)[^\s@'"]+@/gi, '$1***@'],
  [SECRET_ASSIGNMENT, (whole: string, key: string, value: string) => (CODE_REFERENCE.test(value) ? whole : `${key}***`)],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g, '$1 ***'],
  [/\b(AKIA|ASIA)[A-Z0-9]{16}\b/g, '$1****************'],
  [/\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]+/g, '***jwt***']
]

export function redact(text: string): string {
  return RULES.reduce(
    (value, [pattern, replacement]) =>
      typeof replacement === 'string' ? value.replace(pattern, replacement) : value.replace(pattern, replacement),
    text
  )
}

/** One log line fit for an evidence line or a title: redacted, trimmed, at most `max` characters. */
export function quoteLine(line: string, max = 240): string {
  const clean = redact(line).replace(/\s+/g, ' ').trim()
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean
}
