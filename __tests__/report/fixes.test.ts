/**
 * "How to fix" as a reader sees it in the job summary of simulated deployments: the change itself
 * first, then commands that make exactly that change; a manual edit said before the commands; no
 * rollback offered once the service was rolled back.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { getScenario } from '../../simulator/index.js'
import { readMarkdown } from './helpers/markdown.js'
import { scenarioReports } from './helpers/scenario-reports.js'

function howToFix(markdown: string): string {
  const start = markdown.indexOf('### How to fix')
  if (start < 0) return ''
  const end = markdown.indexOf('\n### ', start + 1)
  return markdown.slice(start, end < 0 ? undefined : end)
}

/** The fixes of a "How to fix" section, each from its bold "**N. title**" line. */
function fixesOf(section: string): string[] {
  return section.split(/\n(?=\*\*\d+\. )/).slice(1)
}

const summaries = new Map<string, string>()

beforeAll(async () => {
  for (const name of ['oom-killed', 'app-missing-env-var', 'circuit-breaker-rollback', 'rollback-permitted', 'rollback-denied']) {
    summaries.set(name, (await scenarioReports(getScenario(name))).summary)
  }
}, 120_000)

describe('the change first, then the commands that make it', () => {
  it('out of memory: the diff shows memory 1024 → 2048, and the command sets exactly that', () => {
    const [memory] = fixesOf(howToFix(summaries.get('oom-killed') ?? ''))
    expect(memory).toContain('**1. Register a revision with 2048 MiB (was 1024 MiB)**\n\n```diff\n@@ api:42 @@\n- "memory": "1024"\n+ "memory": "2048"\n```')
    const [bash] = readMarkdown(memory).fences.filter((block) => block.info === 'bash')
    expect(bash.body[0]).toMatch(/^aws ecs describe-task-definition --task-definition api:42 .* --query 'taskDefinition\.\{memory:`"2048"`,family:family,/)
    expect(memory.indexOf('```diff')).toBeLessThan(memory.indexOf('```bash'))
    expect(memory).not.toContain('Needs a manual edit')
  })

  it('missing variable: the edit is said before any command, and no block pasted whole deploys the unedited copy', () => {
    const [add] = fixesOf(howToFix(summaries.get('app-missing-env-var') ?? ''))
    expect(add).toContain('```diff\n@@ containerDefinitions[api].environment @@\n+ {"name":"PAYMENTS_API_URL","value":"<its value>"}\n```')
    const manual = add.indexOf('⚠️ **Needs a manual edit, the commands alone do not make this change:** In td.json add {"name": "PAYMENTS\\_API\\_URL"')
    expect(manual).toBeGreaterThan(0)
    expect(manual).toBeLessThan(add.indexOf('```bash'))
    const blocks = readMarkdown(add).fences.filter((block) => block.info === 'bash').map((block) => block.body.join('\n'))
    expect(blocks).toHaveLength(2)
    expect(blocks[0]).toMatch(/^aws ecs describe-task-definition .* > td\.json$/)
    expect(blocks[1]).toMatch(/^aws ecs register-task-definition --cli-input-json file:\/\/td\.json/)
    expect(add.indexOf('Make the edit, then:')).toBeLessThan(add.lastIndexOf('```bash'))
  })
})

describe('rolling back is offered only while the service still runs the failing revision', () => {
  it('not after ECS rolled back (circuit breaker)', () => {
    const summary = summaries.get('circuit-breaker-rollback') ?? ''
    expect(summary).toMatch(/^## ↩️ `api` deployment rolled back/)
    expect(howToFix(summary)).not.toMatch(/Roll back/)
  })

  it('not after the action rolled back (on-failure: rollback)', () => {
    const summary = summaries.get('rollback-permitted') ?? ''
    expect(summary).toContain('### ↩️ Rolled back')
    expect(howToFix(summary)).not.toMatch(/Roll back/)
  })

  it('still when the action could not roll back', () => {
    const summary = summaries.get('rollback-denied') ?? ''
    expect(summary).toContain('### 🔒 Rollback not permitted')
    expect(howToFix(summary)).toContain('Roll back to api:')
  })
})
