/**
 * The markdown through a real GFM renderer (cmark-gfm, GitHub's fork of cmark), when it is
 * installed: what a reader's browser would get. Raw HTML is allowed through (no tagfilter), so any
 * HTML that came from data would show up here as an element.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { renderComment } from '../../src/report/comment.js'
import { renderSummary } from '../../src/report/summary.js'
import { secretAccessDenied } from './fixtures/index.js'
import { PAYLOADS, SECRETS, withHostileData } from './helpers/hostile.js'

const cmark = spawnSync('cmark-gfm', ['--version'], { encoding: 'utf8' })
const haveRenderer = cmark.status === 0
const describeIfRenderer = haveRenderer ? describe : describe.skip

function toHtml(markdown: string): string {
  const result = spawnSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink'], { input: markdown, encoding: 'utf8' })
  expect(result.status).toBe(0)
  return result.stdout
}

function elements(html: string): string[] {
  return [...html.matchAll(/<([a-z][a-z0-9]*)[\s>]/g)].map((match) => match[1])
}

describeIfRenderer('rendered by cmark-gfm', () => {
  it('the secret-access-denied summary renders its sections as a reader sees them', () => {
    const html = toHtml(renderSummary(secretAccessDenied))
    expect(html).toContain('<h2>❌ <code>api</code> deployment failed — <code>secret-access-denied</code></h2>')
    expect(html).toContain('<p>[!CAUTION]')
    expect(html).toContain('<pre><code class="language-bash">aws iam put-role-policy --role-name api-task-execution-role')
    expect(html).toContain('<pre><code class="language-mermaid">gantt')
    expect(html).toMatch(/<table>[\s\S]*<td>👉<\/td>/)
    expect(html).toContain('<details><summary>9 checks run: 7 passed, 1 failed, 1 skipped (missing permissions: kms:GetKeyPolicy)</summary>')
  })

  it('hostile text renders as text: no elements but our own, no links but ours, no secrets', () => {
    const all = PAYLOADS.join(' ')
    const input = withHostileData({ reason: all, log: all, event: all, id: all, name: all, text: all })
    for (const markdown of [renderSummary(input), renderComment(input)]) {
      const html = toHtml(markdown)
      const allowed = new Set(['h2', 'h3', 'h4', 'p', 'blockquote', 'strong', 'em', 'code', 'pre', 'ul', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary', 'sub', 'br'])
      for (const element of elements(html)) expect(allowed.has(element)).toBe(true)
      for (const match of html.matchAll(/<a href="([^"]*)"/g)) {
        expect(match[1]).toMatch(/^https:\/\/(eu-west-1\.console\.aws\.amazon\.com|github\.com\/acme)\//)
      }
      expect(html.match(/<details>/g)?.length ?? 0).toBe(html.match(/<\/details>/g)?.length ?? 0)
      for (const secret of Object.values(SECRETS)) expect(html).not.toContain(secret)
    }
  })
})

if (!haveRenderer) {
  it.skip('cmark-gfm is not installed: GFM rendering checks skipped', () => undefined)
}
