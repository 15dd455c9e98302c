/**
 * Every scenario's job summary and PR comment through a real markdown parser (markdown-it with raw
 * HTML allowed, as GitHub allows it) and every mermaid chart through mermaid's own parser: what a
 * reader's browser would get. Nothing here depends on an optional binary: it always runs.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderComment } from '../../src/report/comment.js'
import { renderSummary } from '../../src/report/summary.js'
import { allScenarios } from '../../simulator/index.js'
import { secretAccessDenied } from './fixtures/index.js'
import { headingsOf, mermaidBlocks, PAGE_CONTENT_WIDTH, structureProblems, tableWidths, toHtml } from './helpers/gfm.js'
import { PAYLOADS, SECRETS, withHostileData } from './helpers/hostile.js'
import { everyScenarioReport, type ScenarioReport } from './helpers/scenario-reports.js'

const MERMAID_CHECK = join(dirname(fileURLToPath(import.meta.url)), 'helpers', 'mermaid-check.mjs')

/** Per diagram: null when mermaid parses it, else its error. */
function mermaidProblems(diagrams: string[]): (string | null)[] {
  const result = spawnSync(process.execPath, [MERMAID_CHECK], { input: JSON.stringify(diagrams), encoding: 'utf8', timeout: 120_000 })
  if (result.status !== 0) throw new Error(`mermaid-check failed: ${result.stderr}`)
  return JSON.parse(result.stdout) as (string | null)[]
}

describe('mermaid-check', () => {
  it('rejects a chart mermaid cannot draw', () => {
    const good = 'gantt\n    dateFormat YYYY-MM-DD HH:mm:ss\n    section a\n    starting :active, 2024-05-01 10:00:00, 2024-05-01 10:00:10'
    const badDate = good.replace('2024-05-01 10:00:00', '2024-13-45 10:00:00')
    const badSyntax = 'gantt\n    section a: b\n    starting : :active'
    const [okay, date, syntax] = mermaidProblems([good, badDate, badSyntax])
    expect(okay).toBeNull()
    expect(date).toMatch(/Invalid date/)
    expect(syntax).not.toBeNull()
  }, 120_000)
})

describe("every scenario's reports as GitHub renders them", () => {
  let rendered: ScenarioReport[] = []
  const of = (name: string): ScenarioReport => rendered.find((r) => r.scenario.name === name) as ScenarioReport

  beforeAll(async () => {
    rendered = await everyScenarioReport()
  }, 240_000)

  it('renders all of them', () => {
    expect(rendered.map((r) => r.scenario.name)).toEqual(allScenarios.map((s) => s.name))
    expect(rendered.length).toBeGreaterThanOrEqual(40)
  })

  it.each(allScenarios.map((s) => s.name))('%s: headings in order, tables intact, fences and <details> closed, no false truncation note', (name) => {
    const { summary, comment } = of(name)
    expect({ summary: structureProblems(summary), comment: structureProblems(comment) }).toEqual({ summary: [], comment: [] })
  })

  it('"How to fix" is never smaller than the bold titles of its steps (h4 and bold text are the same size)', () => {
    const levels = rendered.flatMap((r) => [...headingsOf(r.summary), ...headingsOf(r.comment)].filter((h) => h.text === 'How to fix').map((h) => h.level))
    expect(levels.length).toBeGreaterThan(40)
    expect(levels.filter((level) => level > 4)).toEqual([])
  })

  it('every table fits a 1000-px page, and the Deployments table without wrapping a deployment id', () => {
    const tables = rendered.flatMap((r) => [r.summary, r.comment].flatMap(tableWidths).map((table) => ({ name: r.scenario.name, ...table })))
    expect(tables.length).toBeGreaterThan(150)
    expect(tables.filter((t) => t.minContent > PAGE_CONTENT_WIDTH)).toEqual([])
    const deployments = tables.filter((t) => t.header.startsWith(' | Deployment'))
    expect(deployments.length).toBeGreaterThan(40)
    expect(deployments.filter((t) => t.codeIntact > PAGE_CONTENT_WIDTH)).toEqual([])
  })

  it('a fix that needs a manual edit says so before its first command, in every report', () => {
    const fixes = rendered.flatMap((r) => [r.summary, r.comment].flatMap((markdown) => markdown.split(/\n(?=\*\*\d+\. )/).slice(1)))
    const manual = fixes.filter((fix) => fix.includes('Needs a manual edit'))
    expect(manual.length).toBeGreaterThanOrEqual(4)
    for (const fix of manual) expect(fix.indexOf('Needs a manual edit')).toBeLessThan(fix.indexOf('```bash'))
  })

  it('every mermaid chart parses with mermaid', () => {
    const charts = rendered.flatMap((r) => [...mermaidBlocks(r.summary), ...mermaidBlocks(r.comment)].map((chart) => ({ name: r.scenario.name, chart })))
    expect(charts.length).toBeGreaterThanOrEqual(30)
    const problems = mermaidProblems(charts.map((c) => c.chart))
    expect(charts.flatMap((c, i) => (problems[i] ? [`${c.name}: ${problems[i]}\n${c.chart}`] : []))).toEqual([])
  }, 120_000)
})

describe('the structure checks catch what reads broken', () => {
  it('a skipped heading level, a short table row, an open fence, an open <details>, a false truncation note', () => {
    const broken = [
      '## Title',
      '#### Too deep',
      '| a | b |',
      '| --- | --- |',
      '| 1 |',
      '<details><summary>x</summary>',
      '',
      "_Report cut here to stay under GitHub's size limit; the evidence file has everything._",
      '```text',
      'never closed'
    ].join('\n')
    const problems = structureProblems(broken)
    expect(problems).toEqual([
      expect.stringContaining('heading h4 "Too deep" follows h2 "Title"'),
      expect.stringContaining('table row 5 has 1 cells, its header 2'),
      expect.stringContaining('never closed'),
      '1 <details> never closed',
      expect.stringContaining('truncation note')
    ])
  })
})

describe('rendered as HTML', () => {
  it('the secret-access-denied summary renders its sections as a reader sees them', () => {
    const html = toHtml(renderSummary(secretAccessDenied))
    expect(html).toContain('<h2>❌ <code>api</code> deployment failed — <code>secret-access-denied</code></h2>')
    expect(html).toContain('<p>[!CAUTION]')
    expect(html).toContain('<pre><code class="language-bash">aws iam put-role-policy --role-name api-task-execution-role')
    expect(html).toContain('<pre><code class="language-mermaid">%%{init: {&quot;gantt&quot;: {&quot;leftPadding&quot;: 90}}}%%\ngantt')
    expect(html).toMatch(/<table>[\s\S]*<td>👉<\/td>/)
    expect(html).toContain('<details><summary>9 checks run: 7 passed, 1 failed, 1 skipped (missing permissions: kms:GetKeyPolicy)</summary>')
    expect(headingsOf(renderSummary(secretAccessDenied)).map((h) => h.level)).toEqual([2, 3, 3, 4, 4, 4, 4, 4, 4, 4])
  })

  it('hostile text renders as text: no elements but our own, no links but ours, no secrets', () => {
    const all = PAYLOADS.join(' ')
    const input = withHostileData({ reason: all, log: all, event: all, id: all, name: all, text: all })
    for (const markdown of [renderSummary(input), renderComment(input)]) {
      const html = toHtml(markdown)
      const allowed = new Set(['h2', 'h3', 'h4', 'p', 'blockquote', 'strong', 'em', 'code', 'pre', 'ul', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary', 'sub', 'br'])
      for (const element of [...html.matchAll(/<([a-z][a-z0-9]*)[\s>]/g)].map((match) => match[1])) expect(allowed.has(element)).toBe(true)
      for (const match of html.matchAll(/<a href="([^"]*)"/g)) {
        expect(match[1]).toMatch(/^https:\/\/(eu-west-1\.console\.aws\.amazon\.com|github\.com\/acme)\//)
      }
      expect(structureProblems(markdown, { cut: true })).toEqual([])
      for (const secret of Object.values(SECRETS)) expect(html).not.toContain(secret)
    }
  })
})
