/**
 * Fitting a report under a size limit. Each section offers variants from fullest to smallest; the
 * least important sections shrink first, then are left out with a note, so the headline and the
 * fix survive whatever the inputs.
 */

export interface Section {
  name: string
  /** Renderings from fullest to smallest; null means "nothing to show". */
  variants: (() => string | null)[]
}

export interface Budget {
  max: number
  measure: (markdown: string) => number
  /** Section names, the first to shrink first. Sections not listed never shrink. */
  shrinkOrder: string[]
  /** Where the reader finds what was left out. */
  elsewhere?: string
}

export const utf8Bytes = (markdown: string): number => Buffer.byteLength(markdown, 'utf8')
export const characters = (markdown: string): number => markdown.length

function omittedNote(name: string, elsewhere: string): string {
  return `_${name} left out to keep this report under GitHub's size limit; see ${elsewhere}._`
}

/** A section whose data is not in the expected shape (a hand-edited evidence file) is left out, not the report. */
function renderVariant(section: Section, level: number): string | null {
  try {
    return section.variants[level]()
  } catch {
    return `_${section.name}: this part of the evidence could not be read._`
  }
}

export function fitSections(sections: Section[], budget: Budget): string {
  const levels = new Map(sections.map((section) => [section.name, 0]))
  const cache = new Map<string, string | null>()
  const renderSection = (section: Section): string | null => {
    const level = levels.get(section.name) ?? 0
    if (level >= section.variants.length) return omittedNote(section.name, budget.elsewhere ?? 'the evidence file')
    const key = `${section.name}\u0000${level}`
    if (!cache.has(key)) cache.set(key, renderVariant(section, level))
    return cache.get(key) ?? null
  }
  const render = (): string =>
    sections
      .map(renderSection)
      .filter((part): part is string => Boolean(part))
      .join('\n\n') + '\n'

  let markdown = render()
  for (const name of budget.shrinkOrder) {
    const section = sections.find((s) => s.name === name)
    if (!section) continue
    while (budget.measure(markdown) > budget.max && (levels.get(name) ?? 0) < section.variants.length) {
      levels.set(name, (levels.get(name) ?? 0) + 1)
      markdown = render()
    }
    if (budget.measure(markdown) <= budget.max) return markdown
  }
  return budget.measure(markdown) <= budget.max ? markdown : hardCut(markdown, budget)
}

const TRUNCATED_NOTE = "_Report cut here to stay under GitHub's size limit; the evidence file has everything._"

/**
 * Last resort: cuts at a line boundary, then closes an open code fence and open <details> blocks
 * so the rest of the page still renders, and says it cut. Markdown within the budget is returned as it is.
 */
export function hardCut(markdown: string, budget: Pick<Budget, 'max' | 'measure'>): string {
  if (budget.measure(markdown) <= budget.max) return markdown
  const lines = markdown.split('\n')
  let low = 0
  let high = lines.length
  let best = ''
  while (low <= high) {
    const middle = Math.floor((low + high) / 2)
    const candidate = cutAt(lines.slice(0, middle))
    if (budget.measure(candidate) <= budget.max) {
      best = candidate
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  return best || TRUNCATED_NOTE.slice(0, Math.max(0, budget.max))
}

function cutAt(lines: string[]): string {
  let openFence: string | null = null
  let openDetails = 0
  for (const line of lines) {
    if (openFence) {
      const closer = /^ {0,3}(`{3,})\s*$/.exec(line)
      if (closer && closer[1].length >= openFence.length) openFence = null
      continue
    }
    const opener = /^ {0,3}(`{3,})/.exec(line)
    if (opener) openFence = opener[1]
    else if (line.startsWith('<details')) openDetails++
    else if (line.startsWith('</details>')) openDetails = Math.max(0, openDetails - 1)
  }
  const tail = [...(openFence ? [openFence] : []), '', TRUNCATED_NOTE, ...Array.from({ length: openDetails }, () => '\n</details>')]
  return [...lines, ...tail].join('\n') + '\n'
}
