/**
 * What AWS and containers write is untrusted: whatever it contains comes out inert (no HTML, no
 * broken-out fences or <details>, no notifications, no issue links) and without credentials.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { renderComment } from '../../src/report/comment.js'
import { markerKey } from '../../src/report/comment-key.js'
import { renderSummary } from '../../src/report/summary.js'
import { CHART_CONFIG } from '../../src/report/timeline.js'
import { PAYLOADS, SECRETS, withHostileData } from './helpers/hostile.js'
import { longestBacktickRun, OUR_TAGS, readMarkdown, tagsIn } from './helpers/markdown.js'

const hostile = fc
  .array(fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 10 })), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''))


const hostileInput = fc
  .record({ reason: hostile, log: hostile, event: hostile, id: hostile, name: hostile, text: hostile })
  .map(withHostileData)

function expectInert(markdown: string): void {
  const read = readMarkdown(markdown)
  expect(read.unclosedFence).toBe(false)
  // Only the tags we write ourselves: no <script>, <img>, or a stray </details> from data.
  for (const tag of tagsIn(read.prose)) expect(OUR_TAGS.has(tag)).toBe(true)
  expect(read.prose.match(/<details/g)?.length ?? 0).toBe(read.prose.match(/<\/details>/g)?.length ?? 0)
  expect(read.prose).not.toMatch(/<script/i)
  // No @mention and no #123 / GH-123 reference that GitHub would turn into a notification or link.
  expect(read.prose).not.toMatch(/@(?!\u200b)[A-Za-z0-9]/)
  expect(read.prose).not.toMatch(/(?<!&)#\d/)
  expect(read.prose).not.toMatch(/\bGH-\d/i)
  // No markdown link or image syntax built from data: every link is one of ours.
  for (const match of read.prose.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) {
    expect(match[1]).toMatch(/^https:\/\/(eu-west-1\.console\.aws\.amazon\.com|github\.com\/acme)\//)
  }
  // Nor a bare URL that GitHub would autolink: the only URLs are our own link targets.
  expect(read.prose.replace(/\]\(https:\/\/[^)]*\)/g, '')).not.toMatch(/https?:\/\/|\bwww\./i)
  for (const block of read.fences) {
    expect(block.fence.length).toBeGreaterThan(longestBacktickRun(block.body.join('\n')))
    if (block.info === 'mermaid') {
      // Our own constant init directive first; every other line from the safe character set.
      for (const line of block.body.filter((l) => l !== CHART_CONFIG)) expect(line).toMatch(/^[A-Za-z0-9 ._/():,%-]*$/)
    }
  }
}

function expectRedacted(markdown: string): void {
  for (const secret of Object.values(SECRETS)) expect(markdown).not.toContain(secret)
  expect(markdown).toContain('[REDACTED]')
}

describe('hostile AWS and container text', () => {
  it('comes out inert and redacted in the summary', () => {
    fc.assert(
      fc.property(hostileInput, (input) => {
        const markdown = renderSummary(input)
        expectInert(markdown)
        expectRedacted(markdown)
      }),
      { numRuns: 150 }
    )
  })

  it('comes out inert and redacted in the PR comment, which never opens with a marker of its own', () => {
    fc.assert(
      fc.property(hostileInput, (input) => {
        const comment = renderComment(input)
        expect(markerKey(comment)).toBeNull()
        expectInert(comment)
        for (const secret of Object.values(SECRETS)) expect(comment).not.toContain(secret)
      }),
      { numRuns: 150 }
    )
  })

  it('every payload at once, shown to a reader as text', () => {
    const all = PAYLOADS.join(' ')
    const markdown = renderSummary(withHostileData({ reason: all, log: all, event: all, id: all, name: all, text: all }))
    expectInert(markdown)
    expectRedacted(markdown)
    // Escaped, not dropped: the reader still sees what AWS said.
    expect(markdown).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(markdown).toContain('@\u200boctocat')
    // In log fences the text stays verbatim, fenced longer than its longest backtick run.
    const log = readMarkdown(markdown).fences.find((block) => block.body.some((line) => line.includes('<script>alert(1)</script>')))
    expect(log?.fence.length).toBe(9)
  })
})
