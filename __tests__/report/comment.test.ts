import { describe, expect, it } from '@jest/globals'
import { renderComment } from '../../src/report/comment.js'
import { renderSummary } from '../../src/report/summary.js'
import { rolledBack, scenarios, secretAccessDenied, stable, timeout } from './fixtures/index.js'
import { readMarkdown } from './helpers/markdown.js'

function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1
}

describe('renderComment for each scenario', () => {
  it.each(Object.entries(scenarios))('%s: opens with the headline (publishing puts the marker above it); shorter than the summary', (_name, input) => {
    const comment = renderComment(input)
    expect(comment).toMatch(/^### /)
    expect(occurrences(comment, '<!-- ecs-deploy-doctor')).toBe(0)
    expect(readMarkdown(comment).unclosedFence).toBe(false)
    expect(comment.length).toBeLessThan(renderSummary(input).length)
    expect(comment).not.toContain('sk_live_51HxTESTVALUEdoNotPrint0123')
  })

  it('failing: verdict, root cause, fix commands and the link to the full report', () => {
    const comment = renderComment(secretAccessDenied)
    expect(comment).toContain('### ❌ `api` deployment failed — `secret-access-denied`')
    expect(comment).toContain('**Execution role api-task-execution-role cannot read secret prod/db-password**')
    const bash = readMarkdown(comment).fences.filter((block) => block.info === 'bash')
    expect(bash.map((block) => block.body.join('\n'))).toEqual(secretAccessDenied.diagnosis?.rootCause?.fixes.flatMap((fix) => fix.commands))
    expect(comment).toContain('[Full report: evidence, task timeline, logs and checks](https://github.com/acme/api/actions/runs/13852245160)')
    expect(comment).toContain('| 3 | `TaskFailedToStart: secretsmanager:GetSecretValue AccessDenied` |')
    expect(comment).toContain('for `9f2c4e1`')
    // The long evidence stays in the job summary.
    expect(comment).not.toContain('mermaid')
    expect(comment).not.toContain('checks run')
  })

  it('rolled back: the same warning about the old revision as the summary', () => {
    expect(renderComment(rolledBack)).toContain('The service may look healthy now, but it is running the previous revision, not `api:42`.')
  })

  it('timeout: says what was still in progress', () => {
    expect(renderComment(timeout)).toContain('3/4 running, 1 pending')
  })

  it('stable: the same comment now says the deployment is healthy', () => {
    const comment = renderComment(stable)
    expect(comment).toContain('### ✅ `api` deployed and stable')
    expect(comment).toContain('Revision `api:42` is live: 2/2 tasks running, 2/2 targets healthy.')
    expect(comment).not.toContain('How to fix')
    expect(comment).not.toContain('[!CAUTION]')
  })
})
