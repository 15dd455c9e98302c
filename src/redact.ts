import { ROOT_CAUSE_CODES } from './types.js'
/**
 * Credential redaction for anything a container or AWS wrote before it reaches a report.
 * Each rule keeps the context that helps a reader ("DB_PASSWORD=", "Bearer ", the URL host) and
 * replaces only the secret itself. The secrets found are returned so the caller can also mask
 * them in the Actions log with core.setSecret.
 */

export const REDACTED = '[REDACTED]'

export interface Redacted {
  text: string
  /** The secret values that were replaced, for core.setSecret. */
  secrets: string[]
}

const SECRET_NAME =
  '(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?|client[_-]?secret|session[_-]?key|signing[_-]?key|auth[_-]?key)'

/** True for names like DB_PASSWORD, apiKey, STRIPE_SECRET_KEY, github-token. */
export function looksSecretName(name: string): boolean {
  return new RegExp(SECRET_NAME, 'i').test(name)
}

interface Rule {
  pattern: RegExp
  /** Index of the capture group holding the secret; the rest of the match is kept. */
  secretGroup: number
  accept?: (secret: string, prefix: string) => boolean
}

const PRIVATE_KEY_BLOCK = /(-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----)([\s\S]*?)(-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g

const RULES: Rule[] = [
  // Authorization / Proxy-Authorization headers, with or without a scheme word.
  {
    pattern: /\b((?:proxy-)?authorization["']?\s*[:=]\s*["']?(?:(?:Bearer|Basic|Token|Digest|AWS4-HMAC-SHA256)\s+)?)([^\s"',;]+)/gi,
    secretGroup: 2
  },
  { pattern: /\b(Bearer\s+)([A-Za-z0-9._~+/=-]{8,})/g, secretGroup: 2 },
  // user:password@host in any URL.
  { pattern: /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)([^\s@/]+)(?=@)/gi, secretGroup: 2 },
  // AWS access key ids (long-term AKIA, temporary ASIA).
  { pattern: /\b()((?:AKIA|ASIA)[A-Z0-9]{16})\b/g, secretGroup: 2 },
  // JSON Web Tokens.
  { pattern: /\b()(eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,})/g, secretGroup: 2 },
  // GitHub and Slack tokens.
  { pattern: /\b()(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|xox[abprs]-[A-Za-z0-9-]{10,})/g, secretGroup: 2 },
  // "password": "value" in JSON.
  {
    pattern: new RegExp(`("[^"]{0,64}${SECRET_NAME}[^"]{0,64}"\\s*:\\s*")((?:[^"\\\\]|\\\\.)+)(?=")`, 'gi'),
    secretGroup: 2,
    accept: isPlausibleSecretValue
  },
  // NAME=value, NAME: value, --name=value, with optional quotes; not a path or ARN segment (".../db-password-AbCdEf: ...").
  {
    pattern: new RegExp(`(?<![\\w/:.-])([A-Za-z0-9_.-]{0,64}${SECRET_NAME}[A-Za-z0-9_.-]{0,64}["']?(?:\\s*=\\s*|:\\s+))("[^"\\n]+"|'[^'\\n]+'|[^\\s"',;&]+)`, 'gi'),
    secretGroup: 2,
    accept: (value, prefix) => isPlausibleSecretValue(value) && !isRootCauseLabel(prefix)
  },
  // A 40-character AWS secret access key standing alone (mixed case plus a digit or / +).
  {
    pattern: /(^|[^A-Za-z0-9/+=])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/g,
    secretGroup: 2,
    accept: (value) => /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9/+]/.test(value)
  }
]

/** Our own "secret-access-denied: ..." labels name a failure, not a secret. */
function isRootCauseLabel(prefix: string): boolean {
  const key = prefix.replace(/["']?\s*(?:=|:)\s*$/, '')
  return (ROOT_CAUSE_CODES as readonly string[]).includes(key)
}

/** ARNs, placeholders and already-masked values are names or references, not secrets. */
function isPlausibleSecretValue(quoted: string): boolean {
  const value = quoted.replace(/^(["'])(.*)\1$/, '$2')
  if (!value) return false
  if (value.includes(REDACTED) || /^\*+$/.test(value)) return false
  if (/^arn:aws[a-z-]*:/i.test(value)) return false
  // Source code quoted in a stack trace (`SECRET_KEY = os.environ[...]`) names a variable; it is not a value.
  if (/^(?:os\.|process\.|ENV\b|System\.|env\b|getenv|settings\.|config\.|self\.|this\.|\$\{)/.test(value)) return false
  if (/^(?:null|none|true|false|undefined|\$\{.*\}|\{\{.*\}\}|<[^>]*>)$/i.test(value)) return false
  return true
}

/**
 * Redacts credentials in one line: AWS access keys and secret keys, bearer and basic tokens,
 * passwords in URLs, KEY=value pairs whose names look secret, JWTs, GitHub/Slack tokens, private
 * key blocks, and any of `knownSecrets` (e.g. values of secret-looking task-definition env vars).
 */
export function redactSecrets(line: string, knownSecrets: readonly string[] = []): Redacted {
  const secrets: string[] = []
  let text = line
  for (const known of knownSecrets) {
    if (known.length >= 4 && text.includes(known)) {
      secrets.push(known)
      text = text.split(known).join(REDACTED)
    }
  }
  text = text.replace(PRIVATE_KEY_BLOCK, (_match, begin: string, body: string, end: string) => {
    if (body.trim()) secrets.push(body.trim())
    return `${begin}${REDACTED}${end}`
  })
  for (const rule of RULES) {
    text = text.replace(rule.pattern, (...args: unknown[]) => {
      const match = args[0] as string
      const groups = args.slice(1, 1 + rule.secretGroup) as (string | undefined)[]
      const secret = groups[rule.secretGroup - 1] ?? ''
      const prefix = groups.slice(0, rule.secretGroup - 1).join('')
      if (!secret || (rule.accept && !rule.accept(secret, prefix))) return match
      secrets.push(secret.replace(/^(["'])(.*)\1$/, '$2'))
      return `${prefix}${REDACTED}${match.slice(prefix.length + secret.length)}`
    })
  }
  return { text, secrets: unique(secrets) }
}

/**
 * Redacts a sequence of log lines. Besides the per-line rules, a private key written over several
 * lines is redacted from its BEGIN line to its END line.
 */
export function redactLines(
  lines: readonly string[],
  knownSecrets: readonly string[] = [],
  startsInsideKey = false
): { lines: string[]; secrets: string[] } {
  const out: string[] = []
  const secrets: string[] = []
  let insideKey = startsInsideKey
  for (const line of lines) {
    if (insideKey) {
      if (/-----END [A-Z0-9 ]*PRIVATE KEY-----/.test(line)) {
        insideKey = false
        out.push(line.replace(/^.*?(?=-----END)/, (before) => (before.trim() ? REDACTED : before)))
      } else {
        if (line.trim()) secrets.push(line.trim())
        out.push(REDACTED)
      }
      continue
    }
    const redacted = redactSecrets(line, knownSecrets)
    secrets.push(...redacted.secrets)
    if (/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(line) && !/-----END [A-Z0-9 ]*PRIVATE KEY-----/.test(line)) {
      insideKey = true
    }
    out.push(redacted.text)
  }
  return { lines: out, secrets: unique(secrets) }
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}

/**
 * The last `count` lines, redacted. Only those lines are run through the rules; the earlier ones
 * are scanned for private-key markers so a key that began before the window is still redacted.
 */
export function redactTail(lines: readonly string[], count: number, knownSecrets: readonly string[] = []): string[] {
  const start = Math.max(0, lines.length - count)
  let insideKey = false
  for (let index = 0; index < start; index++) {
    const line = lines[index]
    if (!line.includes('PRIVATE KEY-----')) continue
    if (/-----END [A-Z0-9 ]*PRIVATE KEY-----/.test(line)) insideKey = false
    if (/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----(?![\s\S]*-----END [A-Z0-9 ]*PRIVATE KEY-----)/.test(line)) insideKey = true
  }
  return redactLines(lines.slice(start), knownSecrets, insideKey).lines
}

/**
 * AWS or container text for the Actions log, as one line: credentials redacted, and line breaks
 * flattened, since a logged line that starts with "::" is a workflow command to the runner.
 */
export function logLine(text: string, knownSecrets: readonly string[] = []): string {
  return redactSecrets(text, knownSecrets).text.replace(/[\r\n\u2028\u2029]+/g, ' ')
}
