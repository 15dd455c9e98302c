/**
 * Reading a report as GitHub renders it, with a real CommonMark + GFM-tables parser (markdown-it,
 * raw HTML allowed as GitHub allows it), and listing what would read broken: headings that skip a
 * level, table rows whose cell count differs from their header (GFM drops or pads cells silently),
 * lines that look like table rows but did not become a table, fences that run to the end of the
 * document, unbalanced <details>, and a truncation note in a report that was not cut.
 */
import MarkdownIt from 'markdown-it'

export const gfm = new MarkdownIt({ html: true, linkify: false })

type Token = ReturnType<typeof gfm.parse>[number]

export function toHtml(markdown: string): string {
  return gfm.render(markdown)
}

export interface Heading {
  level: number
  text: string
}

export function headingsOf(markdown: string): Heading[] {
  const tokens = gfm.parse(markdown, {})
  return tokens.flatMap((token, i) =>
    token.type === 'heading_open' ? [{ level: Number(token.tag.slice(1)), text: tokens[i + 1]?.content ?? '' }] : []
  )
}

/** A heading never goes more than one level deeper than the heading before it. */
function headingProblems(markdown: string): string[] {
  const headings = headingsOf(markdown)
  return headings.flatMap((heading, i) => {
    const previous = headings[i - 1]
    return previous && heading.level > previous.level + 1
      ? [`heading h${heading.level} "${heading.text}" follows h${previous.level} "${previous.text}"`]
      : []
  })
}

/** GFM's cell count of a table row: split on pipes not escaped by a backslash, outer pipes dropped. */
export function cellCount(row: string): number {
  const cells = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/)
  return cells.length
}

function tableProblems(lines: string[], tokens: Token[]): string[] {
  const problems: string[] = []
  const inTable = new Set<number>()
  for (const token of tokens.filter((t) => t.type === 'table_open' && t.map)) {
    const [start, end] = token.map as [number, number]
    const expected = cellCount(lines[start])
    for (let line = start; line < end; line++) {
      inTable.add(line)
      const count = cellCount(lines[line])
      if (count !== expected) problems.push(`table row ${line + 1} has ${count} cells, its header ${expected}: ${lines[line].slice(0, 120)}`)
    }
  }
  for (const token of tokens.filter((t) => t.type === 'paragraph_open' && t.map)) {
    const [start, end] = token.map as [number, number]
    for (let line = start; line < end; line++) {
      if (/^\|.*\|\s*$/.test(lines[line]) && !inTable.has(line)) problems.push(`line ${line + 1} looks like a table row but is a paragraph: ${lines[line].slice(0, 120)}`)
    }
  }
  return problems
}

/** markdown-it ends an unclosed fence at the end of the document: its last line is then no closing fence. */
function fenceProblems(lines: string[], tokens: Token[]): string[] {
  return tokens
    .filter((t) => t.type === 'fence' && t.map)
    .flatMap((token) => {
      const [start, end] = token.map as [number, number]
      const closer = new RegExp(`^ {0,3}${token.markup[0] === '`' ? '`' : '~'}{${token.markup.length},}\\s*$`)
      return end - 1 > start && closer.test(lines[end - 1]) ? [] : [`the fence opened on line ${start + 1} (${token.info || 'no language'}) is never closed`]
    })
}

/** <details> as HTML (not inside code): every one is closed, none closes before it opens. */
function detailsProblems(tokens: Token[]): string[] {
  const html = tokens
    .flatMap((token) => (token.type === 'inline' ? (token.children ?? []) : [token]))
    .filter((token) => token.type === 'html_block' || token.type === 'html_inline')
    .map((token) => token.content)
    .join('\n')
  let open = 0
  for (const tag of html.match(/<\/?details\b/g) ?? []) {
    open += tag.startsWith('</') ? -1 : 1
    if (open < 0) return ['</details> closes a block that was never opened']
  }
  return open === 0 ? [] : [`${open} <details> never closed`]
}

const TRUNCATION_NOTES = [/Report cut here/, /left out to keep this report under GitHub's size limit/]

/** Everything that would read broken on GitHub; `cut` says whether the report was cut on purpose. */
export function structureProblems(markdown: string, opts: { cut?: boolean } = {}): string[] {
  const lines = markdown.split('\n')
  const tokens = gfm.parse(markdown, {})
  const truncation = opts.cut ? [] : TRUNCATION_NOTES.filter((note) => note.test(markdown)).map((note) => `truncation note ${note} but nothing was cut`)
  return [...headingProblems(markdown), ...tableProblems(lines, tokens), ...fenceProblems(lines, tokens), ...detailsProblems(tokens), ...truncation]
}

/** The bodies of the ```mermaid blocks. */
export function mermaidBlocks(markdown: string): string[] {
  return gfm
    .parse(markdown, {})
    .filter((token) => token.type === 'fence' && token.info.trim() === 'mermaid')
    .map((token) => token.content)
}

/**
 * Widths in CSS pixels as GitHub's markdown CSS draws them (16 px system sans-serif; code 85 % in a
 * monospace font, 0.2em 0.4em padding; table cells 6 px 13 px padding, 1 px borders), per
 * character class, measured in Chromium with github-markdown-css.
 */
const PX = { upper: 10.8, digit: 8.9, lower: 7.8, space: 4.5, other: 6, wide: 20, code: 8.2, codePadding: 11, cell: 27 }

/** A page of 1000 px less the markdown body's 32 px padding on each side. */
export const PAGE_CONTENT_WIDTH = 936

function proseWidth(text: string): number {
  let width = 0
  for (const char of text) {
    if (/\p{Lu}/u.test(char)) width += PX.upper
    else if (/\d/.test(char)) width += PX.digit
    else if (/\p{Ll}/u.test(char)) width += PX.lower
    else if (char === ' ') width += PX.space
    else if (/\p{Extended_Pictographic}/u.test(char)) width += PX.wide
    else if (char !== '\u200b' && char !== '\ufe0f') width += PX.other
  }
  return width
}

interface Run {
  text: string
  code: boolean
}

/** A cell's lines (split at <br>) as runs of prose and code. */
function cellLines(inline: Token): Run[][] {
  const lines: Run[][] = [[]]
  let inCode = false
  for (const child of inline.children ?? []) {
    if (child.type === 'html_inline' && /^<br\s*\/?>$/i.test(child.content)) lines.push([])
    else if (child.type === 'html_inline' && /^<code\b/i.test(child.content)) inCode = true
    else if (child.type === 'html_inline' && /^<\/code>/i.test(child.content)) inCode = false
    else if (child.type === 'code_inline') lines[lines.length - 1].push({ text: child.content, code: true })
    else if (child.type === 'text') lines[lines.length - 1].push({ text: child.content, code: inCode })
  }
  return lines
}

function runWidth(run: Run): number {
  return run.code ? run.text.length * PX.code + PX.codePadding : proseWidth(run.text)
}

/** The widest piece a line cannot break inside: browsers break at spaces, after hyphens (code included) and at zero-width spaces. */
function minContent(lines: Run[][], codeIntact = false): number {
  const split = (run: Run): string[] => (run.code && codeIntact ? [run.text] : run.text.split(/[ \u200b]|(?<=-)/))
  const pieces = lines.flat().flatMap((run) => split(run).map((piece) => ({ text: piece, code: run.code })))
  return Math.max(0, ...pieces.filter((piece) => piece.text).map(runWidth))
}

export interface TableWidth {
  header: string
  /** Below this the table scrolls sideways: some cell cannot wrap any narrower. */
  minContent: number
  /** Below this some code span (an id, a revision) wraps. */
  codeIntact: number
}

export function tableWidths(markdown: string): TableWidth[] {
  const tokens = gfm.parse(markdown, {})
  const tables: TableWidth[] = []
  let columns: { min: number; codeIntact: number }[] = []
  let column = 0
  let header: string[] = []
  for (const token of tokens) {
    if (token.type === 'table_open') {
      columns = []
      header = []
    } else if (token.type === 'tr_open') column = 0
    else if (token.type === 'inline' && (token.level === 3 || token.level === 4)) {
      const lines = cellLines(token)
      const current = columns[column] ?? { min: 0, codeIntact: 0 }
      columns[column] = { min: Math.max(current.min, minContent(lines)), codeIntact: Math.max(current.codeIntact, minContent(lines, true)) }
      if (header.length === column) header.push(token.content)
      column++
    } else if (token.type === 'table_close') {
      const total = (pick: 'min' | 'codeIntact'): number => Math.round(columns.reduce((sum, c) => sum + c[pick] + PX.cell, 1))
      tables.push({ header: header.join(' | '), minContent: total('min'), codeIntact: total('codeIntact') })
    }
  }
  return tables
}
