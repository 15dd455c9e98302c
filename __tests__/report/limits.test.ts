/** Size limits hold whatever the inputs: 10,000 tasks, huge logs, long AWS strings, many fixes. */
import { describe, expect, it } from '@jest/globals'
import type { Finding } from '../../src/diagnose/types.js'
import { hardCut, utf8Bytes } from '../../src/report/budget.js'
import { renderComment } from '../../src/report/comment.js'
import type { ReportInput } from '../../src/report/model.js'
import { renderSummary } from '../../src/report/summary.js'
import * as b from './fixtures/base.js'
import { elbHealthCheckFailed } from './fixtures/index.js'
import { readMarkdown } from './helpers/markdown.js'

const hex = (n: number): string => n.toString(16).padStart(32, '0')

function enormous(): ReportInput {
  const base = elbHealthCheckFailed
  const longReason = `Task failed ELB health checks in (target-group ${b.TARGET_GROUP_ARN}) ${'x'.repeat(3_000)}`
  const tasks = Array.from({ length: 10_000 }, (_, i) =>
    b.task({ id: hex(i), created: i, started: i + 20, stopped: i + 200, stopCode: 'ServiceSchedulerInitiated', stoppedReason: longReason, exitCode: 143 })
  )
  const logLines = Array.from({ length: 10_000 }, (_, i) => `line ${i} ${'y'.repeat(1_000)}`)
  logLines.push('z'.repeat(1_000_000))
  const rootCause = base.diagnosis?.rootCause as Finding
  const bigRootCause: Finding = {
    ...rootCause,
    explanation: 'why '.repeat(50_000),
    evidence: Array.from({ length: 500 }, (_, i) => `evidence ${i} ${'e'.repeat(2_000)}`),
    fixes: Array.from({ length: 50 }, (_, i) => ({ title: `fix ${i}`, commands: Array.from({ length: 30 }, () => `aws ecs update-service ${'--x '.repeat(1_500)}`) })),
    logExcerpt: { taskArn: b.taskArn(hex(0)), containerName: 'app', lines: logLines, highlight: 9_999 }
  }
  return {
    ...base,
    evidence: {
      ...base.evidence,
      tasks,
      logs: Array.from({ length: 5 }, (_, i) => ({ taskArn: b.taskArn(hex(i + 1)), containerName: 'app', lines: logLines })),
      service: {
        ...base.evidence.service,
        events: Array.from({ length: 100 }, (_, i) => ({ id: String(i), createdAt: b.at(i), message: `(service api) failed ${'m'.repeat(10_000)}` }))
      }
    },
    diagnosis: {
      rootCause: bigRootCause,
      findings: [bigRootCause, ...Array.from({ length: 200 }, () => ({ ...bigRootCause, title: 'another finding' }))],
      checks: Array.from({ length: 1_000 }, (_, i) => ({ id: `c${i}`, title: `check ${i}`, status: 'failed' as const, detail: 'd'.repeat(5_000) })),
      whatChanged: Array.from({ length: 1_000 }, (_, i) => ({ field: `f${i}`, before: 'b'.repeat(5_000), after: 'a'.repeat(5_000) })),
      failureGroups: Array.from({ length: 500 }, (_, i) => ({ signature: `sig ${i}`, count: 20, exampleReason: longReason }))
    }
  }
}

describe('size limits', () => {
  const input = enormous()

  it('the summary stays under 1 MiB and says what it cut', () => {
    const markdown = renderSummary(input)
    expect(utf8Bytes(markdown)).toBeLessThanOrEqual(1_048_576)
    expect(readMarkdown(markdown).unclosedFence).toBe(false)
    expect(markdown).toContain('Showing the 12 most recent of 10,000 tasks.')
    expect(markdown).toContain('Showing the 50 most recent of 10,000 tasks.')
    expect(markdown).toContain('Showing the last 100 of 10,001 lines.')
    expect(markdown).toContain('490 more signatures (9,800 tasks) not shown.')
    expect(markdown).toContain('44 more fixes in the evidence file.')
    expect(markdown).toContain('Showing 12 of 100 events since the deployment started.')
    expect(markdown).not.toContain('z'.repeat(600))
  })

  it('the comment stays under 65,536 characters', () => {
    const comment = renderComment(input)
    expect(comment.length).toBeLessThanOrEqual(65_536)
    expect(readMarkdown(comment).unclosedFence).toBe(false)
  })

  it('a tight budget drops evidence before the headline and the fix, with a note', () => {
    const markdown = renderSummary(elbHealthCheckFailed, { maxBytes: 3_500 })
    expect(utf8Bytes(markdown)).toBeLessThanOrEqual(3_500)
    expect(markdown).toContain('## ❌ `api` deployment failed — `elb-health-check-failed`')
    expect(markdown).toContain('aws elbv2 modify-target-group')
    expect(markdown).toContain("Logs left out to keep this report under GitHub's size limit; see the evidence file.")
  })

  it('hardCut leaves markdown within the budget as it is: no note that something was cut', () => {
    const markdown = '## ✅ `api` deployed and stable\n\n<details><summary>x</summary>\n\ny\n\n</details>\n'
    expect(hardCut(markdown, { max: 1_000, measure: utf8Bytes })).toBe(markdown)
  })

  it('hardCut closes an open fence and open details', () => {
    const markdown = ['# t', '<details><summary>x</summary>', '', '````text', ...Array.from({ length: 100 }, () => 'l'.repeat(50)), '````', '', '</details>'].join('\n')
    const cut = hardCut(markdown, { max: 1_000, measure: utf8Bytes })
    expect(utf8Bytes(cut)).toBeLessThanOrEqual(1_000)
    expect(readMarkdown(cut).unclosedFence).toBe(false)
    expect(cut.trimEnd().endsWith('</details>')).toBe(true)
    expect(cut).toContain('Report cut here')
  })
})
