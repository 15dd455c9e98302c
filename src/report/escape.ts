/**
 * Making untrusted text (anything AWS or a container wrote) inert in GitHub-flavoured markdown.
 *
 * Three places text can land, three helpers:
 * - `text()`   prose, list items and table cells: HTML and markdown syntax escaped, one line.
 * - `html()`   inside raw HTML such as <summary>: HTML-escaped only (markdown is not parsed there).
 * - `fence()` / `code()`  code blocks and code spans: shown verbatim, delimiters longer than any
 *   backtick run inside, so the data can never close them.
 * Prose and HTML also get @mentions and #refs broken with a zero-width space, so printing a log
 * line or an event never notifies a person or links an issue.
 */

const ZERO_WIDTH_SPACE = '\u200b'

/** C0/C1 controls (but tab) and bidirectional overrides, which can disguise text ("trojan source"). */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

export function stripUnprintable(value: string): string {
  return value.replace(UNPRINTABLE, '')
}

/** Collapses line breaks and runs of whitespace into single spaces. */
export function oneLine(value: string): string {
  return stripUnprintable(value.replace(/\s+/g, ' ')).trim()
}

/** Cuts to at most `max` characters (never inside a surrogate pair), ending with an ellipsis. */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value
  let end = Math.max(0, max - 1)
  if (end > 0 && isHighSurrogate(value.charCodeAt(end - 1))) end -= 1
  return `${value.slice(0, end)}…`
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/**
 * Breaks GitHub's autolinking of @user, @org/team, #123, GH-123, owner/repo#123 and bare URLs
 * (https://…, www.…) by putting a zero-width space after the trigger. The text still reads the same,
 * but nothing an AWS string or a container wrote notifies anyone or becomes a link.
 */
export function neutraliseReferences(value: string): string {
  return value
    .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
    .replace(/\b(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`)
    .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/(?<!&)#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1-${ZERO_WIDTH_SPACE}`)
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char])
}

/** Markdown punctuation that can start emphasis, links, code, tables, strikethrough or autolinks. */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~]/g

/**
 * Markdown-escapes one line of untrusted text for prose or a table cell. HTML becomes entities,
 * inline syntax is backslash-escaped, line-leading block syntax (#, -, +, =, 1.) is neutralised,
 * line breaks collapse and references cannot notify.
 */
export function escapeMarkdown(value: string): string {
  const escaped = oneLine(value)
    .replace(/[&<>]/g, (char) => HTML_ENTITIES[char])
    .replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`)
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
  return neutraliseReferences(escaped)
}

/** Untrusted text for prose, list items and table cells, cut to `max` characters first. */
export function text(value: string | null | undefined, max = 500): string {
  if (value === null || value === undefined) return ''
  return escapeMarkdown(truncate(oneLine(value), max))
}

/**
 * Untrusted text inside raw HTML (e.g. <summary>). GitHub does not parse markdown there, but
 * markdown punctuation becomes numeric entities anyway, so no renderer can make a link of it.
 */
export function html(value: string | null | undefined, max = 300): string {
  if (value === null || value === undefined) return ''
  const escaped = escapeHtml(truncate(oneLine(value), max)).replace(/[[\]`*_~|\\]/g, (char) => `&#${char.charCodeAt(0)};`)
  return neutraliseReferences(escaped)
}

/** Length of the longest run of `char` in `value`. */
export function longestRun(value: string, char: string): number {
  let longest = 0
  let current = 0
  for (const c of value) {
    current = c === char ? current + 1 : 0
    if (current > longest) longest = current
  }
  return longest
}

/**
 * An inline code span that shows `value` verbatim: its delimiter is longer than any backtick run
 * inside. In a table cell `|` must be escaped even inside code (GFM splits cells first).
 */
export function code(value: string | null | undefined, opts: { inTable?: boolean; max?: number } = {}): string {
  if (value === null || value === undefined || value === '') return ''
  let content = truncate(oneLine(value), opts.max ?? 200)
  if (opts.inTable) content = content.replace(/\|/g, '\\|')
  const delimiter = '`'.repeat(longestRun(content, '`') + 1)
  const padded = content.startsWith('`') || content.endsWith('`') ? ` ${content} ` : content
  return `${delimiter}${padded}${delimiter}`
}

/**
 * A code span for a table cell that stays narrow: a value longer than `max` is cut and its full
 * value becomes the hover title (GitHub keeps `title` on inline HTML). As HTML, every character that
 * could split a table cell or start markdown is an entity.
 */
export function shortCode(value: string | null | undefined, max: number, cut: 'end' | 'middle' = 'end'): string {
  if (value === null || value === undefined || value === '') return ''
  const full = oneLine(value)
  if (full.length <= max) return code(full, { inTable: true })
  const shown = cut === 'end' ? truncate(full, max) : cutMiddle(full, max)
  return `<code title="${html(full, 2_000)}">${html(shown, max)}</code>`
}

/** "payments-reconci…on-worker-eu:42": both ends of a name whose end (a revision number) matters. */
function cutMiddle(value: string, max: number): string {
  const tail = Math.floor((max - 1) / 2)
  return `${truncate(value, max - tail)}${value.slice(value.length - tail)}`
}

/**
 * A fenced code block showing `lines` verbatim. The fence is longer than the longest backtick run
 * in the content, so no line can close it early; embedded line breaks become separate lines.
 */
export function fence(lines: readonly string[], language = ''): string {
  const body = lines.flatMap((line) => line.split(/\r\n|\r|\n/)).map(stripUnprintable)
  const fenceLength = Math.max(3, ...body.map((line) => longestRun(line, '`') + 1))
  const marker = '`'.repeat(fenceLength)
  const safeLanguage = language.replace(/[^A-Za-z0-9_+-]/g, '')
  return [`${marker}${safeLanguage}`, ...body, marker].join('\n')
}

/** Keeps only characters that cannot carry syntax in a mermaid diagram. */
export function mermaidLabel(value: string, max = 40): string {
  return truncate(value.replace(/[^A-Za-z0-9 ._/()-]/g, ' ').replace(/\s+/g, ' ').trim(), max)
}

/** A URL for a markdown link target: only http(s), with characters that could end the link encoded. */
export function linkTarget(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null
  return parsed.href.replace(/[()<>\s"'`]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}
