/**
 * The preflight's job summary and PR comment: what a reader sees first, hostile AWS text kept inert,
 * GitHub's size limits respected whatever the input, one sticky comment per service and mode, and
 * environment values never shown.
 */
import { describe, expect, it } from '@jest/globals'
import { preflightCommentKey, renderPreflightComment, renderPreflightSummary, type PreflightReportInput } from '../../src/preflight/report.js'
import type { PreflightCheck, PreflightFinding, PreflightReport } from '../../src/preflight/types.js'
import { commentKey, commentMarker, markerKey } from '../../src/report/comment-key.js'
import { SUMMARY_MAX_BYTES } from '../../src/report/summary.js'
import { PAYLOADS } from '../report/helpers/hostile.js'
import { readMarkdown } from '../report/helpers/markdown.js'

const ROOT: PreflightFinding = {
  code: 'secret-access-denied',
  severity: 'fail',
  area: 'secrets',
  title: 'Execution role api-execution-role may not read secret prod/api/stripe-key-AbCdEf',
  explanation: 'ECS fetches secrets with the task execution role before the containers start.',
  evidence: ['iam:SimulatePrincipalPolicy: secretsmanager:GetSecretValue on arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/api/stripe-key-AbCdEf is not granted.'],
  fixes: [{ title: 'Grant exactly what is missing to api-execution-role', commands: ['aws iam put-role-policy --role-name api-execution-role --policy-name x --policy-document {} --region eu-west-1'] }]
}

const CHECKS: PreflightCheck[] = [
  { id: 'taskdef.launch-type', area: 'task-definition', title: "The task definition runs on the service's Fargate launch type", status: 'pass', detail: 'networkMode awsvpc' },
  { id: 'iam.x', area: 'execution-role', title: 'Execution role may secretsmanager:GetSecretValue on arn:…', status: 'fail', detail: 'not granted' },
  { id: 'unavailable:ec2:DescribeSubnets', area: 'network', title: 'Subnets and free IP addresses', status: 'skip', detail: 'denied', missingPermission: 'ec2:DescribeSubnets' }
]

function report(overrides: Partial<PreflightReport> = {}): PreflightReport {
  return {
    result: 'fail',
    rootCause: ROOT,
    findings: [ROOT, { ...ROOT, code: 'log-config-error', severity: 'warn', title: 'Log group /ecs/api-v2 does not exist' }],
    checks: CHECKS,
    changes: [{ field: 'api environment DB_PASSWORD', before: 'set', after: 'removed' }],
    runningRevision: 'api:41',
    candidate: { label: 'api:42', source: 'registered' },
    notes: ['Resource policies were not checked.'],
    ...overrides
  }
}

function input(r: PreflightReport = report(), overrides: Partial<PreflightReportInput> = {}): PreflightReportInput {
  return { report: r, cluster: 'prod', serviceName: 'api', region: 'eu-west-1', generatedAt: '2026-11-21T10:00:00.000Z', ...overrides }
}

describe('what the reader sees first', () => {
  it('a failing preflight: the result, the root cause and the first fix, then every check and what changes', () => {
    const markdown = renderPreflightSummary(input())
    const lines = markdown.split('\n')
    expect(lines[0]).toBe('## ❌ `api`: preflight failed — `secret-access-denied`')
    expect(markdown).toContain('> **Execution role api-execution-role may not read secret prod/api/stripe-key-AbCdEf**')
    expect(markdown).toContain('> A deploy of `api:42` would fail before its containers run.')
    expect(markdown).toContain('**Task definition** `api:42` · **Running now** `api:41` · 3 checks: 1 passed, 1 failed, 0 warnings, 1 skipped')
    expect(markdown.indexOf('### How to fix')).toBeLessThan(markdown.indexOf('### Why'))
    expect(markdown).toContain('```bash\naws iam put-role-policy --role-name api-execution-role')
    expect(markdown).toContain('| ⏭️ skip | Network | Subnets and free IP addresses | denied — needs `ec2:DescribeSubnets` |')
    expect(markdown).toContain('#### ⚠️ Log group /ecs/api-v2 does not exist (`log-config-error`)')
    expect(markdown).toContain('### What changes: `api:41` → `api:42`')
  })

  it('a passing preflight says the revision is ready and leaves runtime failures to the post-deploy watch', () => {
    const markdown = renderPreflightSummary(input(report({ result: 'pass', rootCause: null, findings: [], checks: [CHECKS[0]] })))
    expect(markdown.split('\n')[0]).toBe('## ✅ `api`: preflight passed')
    expect(markdown).toContain('Nothing found stops `api:42` from starting. Failures that only show once the app runs are left to the post-deploy watch.')
    expect(markdown).not.toContain('How to fix')
  })

  it('the PR comment: the headline (publishing puts the marker above it), the fix and the other findings in short', () => {
    const comment = renderPreflightComment(input(report(), { runUrl: 'https://github.com/acme/api/actions/runs/1', commitSha: 'abcdef1234' }))
    const lines = comment.split('\n')
    expect(lines[0]).toBe('### ❌ `api`: preflight failed — `secret-access-denied`')
    expect(comment).toContain('- ⚠️ Log group /ecs/api-v2 does not exist (`log-config-error`)')
    expect(comment).toContain('[Full report: every check, what changes, fix commands](https://github.com/acme/api/actions/runs/1)')
    expect(comment).toContain('Preflight by ECS Deploy Doctor for `abcdef1` at 10:00:00 UTC. This comment is updated in place on every run.')
  })
})

describe('one sticky comment per service and mode', () => {
  it('the preflight key is not the post-deploy key of the same service, and differs per service', () => {
    const where = { account: '123456789012', region: 'eu-west-1', cluster: 'prod' }
    const preflight = commentMarker(preflightCommentKey({ ...where, service: 'api' }))
    const watch = commentMarker(commentKey({ ...where, services: ['api'] }, {}))
    expect(preflight).toBe('<!-- ecs-deploy-doctor scope=123456789012/eu-west-1/prod/mode=preflight services=api -->')
    expect(preflight).not.toBe(watch)
    expect(markerKey(preflight)?.scope).not.toBe(markerKey(watch)?.scope)
    expect(commentMarker(preflightCommentKey({ ...where, service: 'worker' }))).not.toBe(preflight)
    expect(commentMarker(preflightCommentKey({ ...where, service: 'a--><script>' }))).not.toContain('-->' + '<script>')
  })
})

describe('hostile AWS text', () => {
  const hostile = PAYLOADS.join(' ')
  const poisoned = report({
    rootCause: { ...ROOT, title: hostile, explanation: hostile, evidence: PAYLOADS, fixes: [{ title: hostile, commands: ['echo ```', 'aws x </details>'], note: hostile }] },
    checks: PAYLOADS.map((p, i) => ({ id: `c${i}`, area: 'network', title: p, status: 'fail', detail: p })),
    changes: PAYLOADS.map((p) => ({ field: p, before: p, after: p })),
    candidate: { label: hostile, source: 'file' },
    notes: PAYLOADS
  })

  it.each([
    ['job summary', () => renderPreflightSummary(input(poisoned))],
    ['PR comment', () => renderPreflightComment(input(poisoned, { serviceName: hostile }))]
  ])('%s: no HTML, no mention, no reference, fences closed', (_name, render) => {
    const markdown = render()
    const { prose, unclosedFence } = readMarkdown(markdown)
    expect(unclosedFence).toBe(false)
    expect(prose).not.toMatch(/<script|<img|<SCRIPT/)
    expect(prose).not.toMatch(/(^|[^\u200b])@octocat/)
    expect(prose).not.toMatch(/#42\b/)
    expect(prose.match(/<details/g)?.length ?? 0).toBe(prose.match(/<\/details>/g)?.length ?? 0)
    // A marker quoted from AWS text shows as code; only our own comment may open with a live one.
    expect(prose.split('\n').slice(1).join('\n')).not.toMatch(/<!--/)
  })
})

describe("GitHub's size limits", () => {
  const huge = 'x'.repeat(1_000_000)
  const big = report({
    rootCause: { ...ROOT, title: huge, explanation: huge, evidence: Array.from({ length: 2_000 }, () => huge.slice(0, 5_000)), fixes: Array.from({ length: 50 }, () => ({ title: huge, commands: [huge] })) },
    findings: Array.from({ length: 500 }, () => ({ ...ROOT, title: huge.slice(0, 20_000), evidence: [huge.slice(0, 20_000)] })),
    checks: Array.from({ length: 5_000 }, (_, i) => ({ id: `c${i}`, area: 'network', title: huge.slice(0, 2_000), status: 'fail', detail: huge.slice(0, 10_000) })),
    changes: Array.from({ length: 1_000 }, () => ({ field: huge.slice(0, 1_000), before: huge.slice(0, 5_000), after: huge.slice(0, 5_000) }))
  })

  it('the job summary stays under 1 MiB and the PR comment under 65,536 characters', () => {
    expect(Buffer.byteLength(renderPreflightSummary(input(big)), 'utf8')).toBeLessThanOrEqual(SUMMARY_MAX_BYTES)
    expect(renderPreflightComment(input(big)).length).toBeLessThanOrEqual(65_536)
  })
})

describe('environment values', () => {
  it('a change shows environment and secret names, never values', () => {
    const markdown = renderPreflightSummary(input(report({ changes: [{ field: 'api environment DB_PASSWORD', before: 'DB_PASSWORD=hunter2', after: 'DB_PASSWORD=s3cret' }] })))
    expect(markdown).not.toMatch(/hunter2|s3cret/)
    expect(markdown).toContain('| `api environment DB_PASSWORD` | DB\\_PASSWORD | DB\\_PASSWORD |')
  })
})
