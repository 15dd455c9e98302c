import { describe, expect, it } from '@jest/globals'
import { renderSummary } from '../../src/report/summary.js'
import type { ReportInput } from '../../src/report/model.js'
import {
  elbHealthCheckFailed,
  imageNotFound,
  outOfMemory,
  rolledBack,
  scenarios,
  secretAccessDenied,
  stable,
  stuckPlacement,
  timeout
} from './fixtures/index.js'
import { readMarkdown } from './helpers/markdown.js'

const firstLine = (markdown: string): string => markdown.split('\n')[0]

function bashBlocks(markdown: string): string[] {
  return readMarkdown(markdown)
    .fences.filter((block) => block.info === 'bash')
    .map((block) => block.body.join('\n'))
}

function section(markdown: string, title: string): string {
  const start = markdown.indexOf(title)
  expect(start).toBeGreaterThanOrEqual(0)
  const next = markdown.slice(start + title.length).search(/\n#{2,4} /)
  return next < 0 ? markdown.slice(start) : markdown.slice(start, start + title.length + next)
}

describe('renderSummary for each scenario', () => {
  it.each(Object.entries(scenarios))('%s: well-formed, headline first, under 1 MiB', (_name, input) => {
    const markdown = renderSummary(input)
    const read = readMarkdown(markdown)
    expect(read.unclosedFence).toBe(false)
    expect(firstLine(markdown)).toMatch(/^## /)
    expect(Buffer.byteLength(markdown)).toBeLessThan(1_048_576)
    expect(markdown).toContain(
      'https://eu-west-1.console.aws.amazon.com/ecs/v2/clusters/prod/services/api/deployments?region=eu-west-1'
    )
    // The plain env var that holds an API key never shows, whatever the section.
    expect(markdown).not.toContain('sk_live_51HxTESTVALUEdoNotPrint0123')
  })

  it('secret access denied: verdict and root cause in the headline, the fix verbatim in bash blocks', () => {
    const markdown = renderSummary(secretAccessDenied)
    expect(firstLine(markdown)).toBe('## ❌ `api` deployment failed — `secret-access-denied`')
    expect(markdown).toContain('> [!CAUTION]\n> **Execution role api-task-execution-role cannot read secret prod/db-password** (high confidence)')
    expect(markdown).toContain('> The new revision api:42 injects DB\\_PASSWORD from Secrets Manager')
    const commands = secretAccessDenied.diagnosis?.rootCause?.fixes.flatMap((fix) => fix.commands) ?? []
    expect(bashBlocks(markdown)).toEqual(commands)
    expect(markdown.indexOf('### How to fix')).toBeLessThan(markdown.indexOf('### Evidence'))
  })

  it('secret access denied: deployment table with the counts of both deployments', () => {
    const table = section(renderSummary(secretAccessDenied), '#### Deployments')
    expect(table).toContain('|   | Deployment | Revision | Status | Running | Pending | Failed | Duration |')
    expect(table).toContain('| 👉 | `ecs-svc/4459380227826312390` | `api:42` | PRIMARY<br>IN\\_\u200bPROGRESS | 0/2 | 0 | 3 | 1m 40s |')
    expect(table).toContain('|   | `ecs-svc/8162209981237747713` | `api:41` | ACTIVE<br>COMPLETED | 2/2 | 0 | 0 |   |')
  })

  it('secret access denied: stopped tasks grouped with counts, timeline, what changed, events and checks', () => {
    const markdown = renderSummary(secretAccessDenied)
    expect(section(markdown, '#### Stopped tasks by failure (3 tasks)')).toMatch(
      /\| 3 \| `TaskFailedToStart: secretsmanager:GetSecretValue AccessDenied` \| – \| ResourceInitializationError: unable to pull secrets/
    )
    const mermaid = readMarkdown(markdown).fences.find((block) => block.info === 'mermaid')
    expect(mermaid?.body.slice(1, 3)).toEqual(['gantt', '    title Tasks of ecs-svc/4459380227826312390 (UTC)'])
    expect(mermaid?.body.filter((line) => line.includes('section'))).toHaveLength(3)
    expect(mermaid?.body.join('\n')).toContain('    section 3f9c1a2b\n    failed to start :crit, ')
    expect(markdown).toContain('| `containerDefinitions.app.secrets` | (none) | DB\\_PASSWORD |')
    expect(markdown).toContain('is unable to consistently start tasks successfully.')
    expect(markdown).toContain('<summary>9 checks run: 7 passed, 1 failed, 1 skipped (missing permissions: kms:GetKeyPolicy)</summary>')
    expect(markdown).toContain('| ⏭️ skipped | KMS key policy lets the execution role decrypt | AccessDeniedException — needs `kms:GetKeyPolicy` |')
    expect(markdown).toContain('no log stream: the container stopped before it wrote a line')
  })

  it('image not found: names the missing tag and prints both fixes', () => {
    const markdown = renderSummary(imageNotFound)
    expect(firstLine(markdown)).toContain('`image-not-found`')
    expect(markdown).toContain('**Image api:v1.4.3 does not exist in ECR repository api**')
    expect(bashBlocks(markdown)[1]).toBe(
      'docker push 123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:v1.4.3\naws ecs update-service --cluster prod --service api --task-definition api:42 --force-new-deployment --region eu-west-1'
    )
  })

  it('ELB health checks: first error line under the headline, the log collapsed, the target group fix', () => {
    const markdown = renderSummary(elbHealthCheckFailed)
    expect(markdown).toContain('First error in the log of container `app`:\n\n```text\n10.0.0.14 - - [14/Mar/2025:09:13:05 +0000] "GET /health HTTP/1.1" 404 19 "-" "ELB-HealthChecker/2.0"\n```')
    expect(markdown).toMatch(/<details><summary>Log of app in task 4c5d6e7f8a9b \(6 lines\)<\/summary>\n\n```text\n\{"level":"info","msg":"starting api v1\.4\.2","pid":1\}/)
    expect(markdown).toContain('The first error is line 4.')
    expect(bashBlocks(markdown)[0]).toContain('aws elbv2 modify-target-group --target-group-arn arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/api-tg/6d0ecf831eec9f09 --health-check-path /healthz')
    expect(markdown).toContain('#### Other findings')
    expect(markdown).toContain('due to (reason Health checks failed with these codes: \\[404\\])')
  })

  it('out of memory: exit code 137 in the failure table and the timeline', () => {
    const markdown = renderSummary(outOfMemory)
    expect(firstLine(markdown)).toContain('`out-of-memory`')
    expect(markdown).toContain('| 3 | `EssentialContainerExited: exit 137 OutOfMemoryError` | 137 | Essential container in task exited (app: OutOfMemoryError: Container killed due to memory usage) |')
    expect(markdown).toContain('    section 9b0c1d2e\n    starting :active, 2025-03-14 09:12:06, 2025-03-14 09:12:38\n    exit 137 :crit, 2025-03-14 09:12:38, 2025-03-14 09:13:01')
  })

  it('rolled back: says the service may look healthy on the old revision', () => {
    const markdown = renderSummary(rolledBack)
    expect(firstLine(markdown)).toBe('## ↩️ `api` deployment rolled back — `missing-configuration`')
    expect(markdown).toContain(
      'ECS rolled the service back to `api:41` after the new tasks kept failing. The service may look healthy now, but it is running the previous revision, not `api:42`.'
    )
    expect(markdown).toContain('| 👉 | `ecs-svc/4459380227826312390` | `api:42` | ROLLBACK\\_\u200bSUCCESSFUL | – | – | 3 | 4m 15s |')
    expect(markdown).toContain('Circuit breaker: triggered at its threshold of 3 failed tasks.')
  })

  it('rolled back: environment changes show names, never values', () => {
    const markdown = renderSummary(rolledBack)
    expect(markdown).toContain('| `containerDefinitions.app.environment` | DATABASE\\_URL, NODE\\_ENV | NODE\\_ENV |')
    expect(markdown).not.toContain('hunter2')
  })

  it('stuck: a warning with the placement event and the capacity fix', () => {
    const markdown = renderSummary(stuckPlacement)
    expect(markdown).toContain('> [!WARNING]')
    expect(firstLine(markdown)).toBe('## ⏸️ `api` deployment stuck — `placement-failed`')
    expect(markdown).toContain('The deployment stopped making progress: No task of ecs-svc/4459380227826312390 was placed in 10m')
    expect(markdown).toContain('was unable to place a task because no container instance met all of its requirements.')
    expect(bashBlocks(markdown)).toEqual(['aws autoscaling set-desired-capacity --auto-scaling-group-name prod-ecs-asg --desired-capacity 3 --region eu-west-1'])
  })

  it('timeout without a root cause: says what was still in progress', () => {
    const markdown = renderSummary(timeout)
    expect(firstLine(markdown)).toBe('## ⏱️ `api` deployment timed out')
    expect(markdown).toContain('**No failure found before the timeout.**')
    expect(markdown).toContain('still in progress when the watch stopped after 10m 00s: api ecs-svc/4459380227826312390: 3/4 running, 1 pending, 0 stopped')
    expect(markdown).toContain('Load balancer targets of the new tasks: 2 of 3 healthy.')
    expect(markdown).not.toContain('How to fix')
    expect(markdown).toContain('    section 28d9e0f1\n    starting :active, 2025-03-14 09:16:30, 2025-03-14 09:22:05')
  })

  it('stable: a short success summary with revision, duration, tasks and targets', () => {
    const markdown = renderSummary(stable)
    expect(firstLine(markdown)).toBe('## ✅ `api` deployed and stable')
    expect(markdown).toContain('> [!TIP]\n> Revision `api:42` is live: 2/2 tasks running, 2/2 targets healthy. The deployment took 3m 05s.')
    expect(markdown).not.toContain('How to fix')
    expect(markdown).not.toContain('mermaid')
    expect(markdown.length).toBeLessThan(2_000)
  })

  it('a failing verdict without any diagnosis still shows the verdict and the evidence', () => {
    const input: ReportInput = { ...secretAccessDenied, diagnosis: null }
    const markdown = renderSummary(input)
    expect(firstLine(markdown)).toBe('## ❌ `api` deployment failed')
    expect(markdown).toContain('**Root cause not identified.** 3 tasks of ecs-svc/4459380227826312390 stopped with ResourceInitializationError')
    expect(markdown).toContain('| 3 | `TaskFailedToStart: secretsmanager:GetSecretValue AccessDenied` |')
    expect(markdown).toContain('1 check run: 0 passed, 0 failed, 1 skipped (missing permissions: kms:GetKeyPolicy)')
  })
})
