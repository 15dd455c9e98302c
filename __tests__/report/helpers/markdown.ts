/**
 * A small reading of GitHub-flavoured markdown, enough for tests to tell what a renderer would
 * show as code (fenced blocks, code spans) from what it would parse as prose and HTML.
 */

export interface FencedBlock {
  fence: string
  info: string
  body: string[]
}

export interface ReadMarkdown {
  /** Everything outside fenced code blocks and code spans. */
  prose: string
  fences: FencedBlock[]
  /** True when a fence was opened and never closed. */
  unclosedFence: boolean
}

export function readMarkdown(markdown: string): ReadMarkdown {
  const proseLines: string[] = []
  const fences: FencedBlock[] = []
  let open: FencedBlock | null = null
  for (const line of markdown.split('\n')) {
    if (open) {
      const closer = /^ {0,3}(`{3,})\s*$/.exec(line)
      if (closer && closer[1].length >= open.fence.length) {
        fences.push(open)
        open = null
      } else {
        open.body.push(line)
      }
      continue
    }
    const opener = /^ {0,3}(`{3,})([^`]*)$/.exec(line)
    if (opener) {
      open = { fence: opener[1], info: opener[2].trim(), body: [] }
      continue
    }
    proseLines.push(line)
  }
  if (open) fences.push(open)
  return { prose: stripCodeSpans(proseLines.join('\n')), fences, unclosedFence: open !== null }
}

/**
 * Removes inline code spans from prose, line by line (our spans never cross lines): a backtick run
 * not escaped by a backslash opens a span that the next run of the same length closes.
 */
export function stripCodeSpans(prose: string): string {
  return prose.split('\n').map(stripLineCodeSpans).join('\n')
}

function stripLineCodeSpans(line: string): string {
  let out = ''
  let index = 0
  while (index < line.length) {
    const char = line[index]
    if (char === '\\') {
      out += line.slice(index, index + 2)
      index += 2
      continue
    }
    if (char !== '`') {
      out += char
      index++
      continue
    }
    let runEnd = index
    while (line[runEnd] === '`') runEnd++
    const run = line.slice(index, runEnd)
    const closer = findRun(line, runEnd, run.length)
    if (closer < 0) {
      out += run
      index = runEnd
    } else {
      out += ' '
      index = closer + run.length
    }
  }
  return out
}

function findRun(line: string, from: number, length: number): number {
  let index = from
  while (index < line.length) {
    if (line[index] !== '`') {
      index++
      continue
    }
    let end = index
    while (line[end] === '`') end++
    if (end - index === length) return index
    index = end
  }
  return -1
}

export function longestBacktickRun(value: string): number {
  return Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length))
}

/** HTML tags our renderers may emit themselves; anything else in prose came from data. */
export const OUR_TAGS = new Set(['details', '/details', 'summary', '/summary', 'sub', '/sub', 'br', 'code', '/code'])

export function tagsIn(prose: string): string[] {
  return [...prose.matchAll(/<(\/?[A-Za-z][A-Za-z0-9-]*)/g)].map((match) => match[1].toLowerCase())
}
