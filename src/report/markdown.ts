/**
 * Markdown building blocks. Every argument is already safe markdown (see escape.ts): these only
 * arrange it.
 */

export type AlertKind = 'NOTE' | 'TIP' | 'IMPORTANT' | 'WARNING' | 'CAUTION'

/** A GitHub alert block; each paragraph becomes a quoted paragraph. */
export function alert(kind: AlertKind, paragraphs: string[]): string {
  const body = paragraphs.filter(Boolean).flatMap((paragraph, index) => (index === 0 ? [paragraph] : ['', paragraph]))
  return [`> [!${kind}]`, ...body.map((line) => (line ? `> ${line}` : '>'))].join('\n')
}

export function table(headers: string[], rows: string[][], align?: ('left' | 'right' | 'center')[]): string {
  const separator = headers.map((_, index) => {
    switch (align?.[index]) {
      case 'right':
        return '---:'
      case 'center':
        return ':---:'
      default:
        return '---'
    }
  })
  const line = (cells: string[]): string => `| ${cells.map((cell) => cell || ' ').join(' | ')} |`
  return [line(headers), line(separator), ...rows.map(line)].join('\n')
}

/** A collapsible block; `summaryHtml` must already be HTML-safe (see escape.html). */
export function details(summaryHtml: string, body: string, open = false): string {
  return [`<details${open ? ' open' : ''}><summary>${summaryHtml}</summary>`, '', body, '', '</details>'].join('\n')
}

export function heading(level: number, content: string): string {
  return `${'#'.repeat(level)} ${content}`
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : pluralForm}`
}

export function link(label: string, url: string | null): string {
  return url ? `[${label}](${url})` : label
}
