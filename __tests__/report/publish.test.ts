/**
 * Publishing through @actions/github's real Octokit against a fake GitHub REST API on loopback
 * (GITHUB_API_URL), and the job summary / annotation through @actions/core.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type * as github from '@actions/github'
import { FakeGitHub } from './helpers/fake-github.js'
import { secretAccessDenied, stable } from './fixtures/index.js'
import { commentKey, commentMarker } from '../../src/report/comment-key.js'
import { parseInputs } from '../../src/inputs/inputs.js'
import { trackProgress } from '../../src/report/progress-tracker.js'

type Publish = typeof import('../../src/report/publish.js')
type Context = typeof github.context

const fake = new FakeGitHub()
let publish: Publish
let renderComment: typeof import('../../src/report/comment.js').renderComment
let stdout: string[] = []

const SHA = '9f2c4e1b7a3d5f60c8e2b4a6d1f3e5c7a9b0d2e4'

function context(eventName: string, payload: Record<string, unknown> = {}): Context {
  return { eventName, sha: SHA, payload, repo: { owner: 'acme', repo: 'api' } } as unknown as Context
}

const pullRequestEvent = (number: number): Context => context('pull_request', { pull_request: { number } })

beforeAll(async () => {
  process.env.GITHUB_API_URL = await fake.start()
  // Imported only now, so @actions/github picks up GITHUB_API_URL like it does on a runner.
  publish = await import('../../src/report/publish.js')
  ;({ renderComment } = await import('../../src/report/comment.js'))
})

afterAll(async () => {
  await fake.stop()
})

beforeEach(() => {
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk))
    return true
  })
  fake.reset()
})

afterEach(() => {
  jest.restoreAllMocks()
})

const PRODUCTION = commentKey({ account: '123456789012', region: 'eu-west-1', cluster: 'prod', services: ['api'] }, {})
const marker = commentMarker(PRODUCTION)

function ourComments(issue: number): { id: number; body: string }[] {
  return (fake.comments.get(issue) ?? []).filter((comment) => comment.body.startsWith(marker))
}

describe('upsertPrComment', () => {
  it('creates the comment on the first run and updates the same one on the next (past the first page)', async () => {
    fake.seed(12, 120)
    const first = await publish.upsertPrComment({ token: 't', key: PRODUCTION, markdown: renderComment(secretAccessDenied), context: pullRequestEvent(12) })
    expect(first.action).toBe('created')
    expect(first.url).toMatch(/^https:\/\/github\.com\/acme\/api\/pull\/12#issuecomment-\d+$/)

    fake.seed(12, 40, 'more review')
    const second = await publish.upsertPrComment({ token: 't', key: PRODUCTION, markdown: renderComment(stable), context: pullRequestEvent(12) })
    expect(second.action).toBe('updated')
    expect(second.url).toBe(first.url)

    const ours = ourComments(12)
    expect(ours).toHaveLength(1)
    expect(ours[0].body).toContain('deployed and stable')
    expect(ours[0].body).not.toContain('secret-access-denied')
    // Our comment was the 121st of 161: finding it took the second page.
    expect(fake.requests).toContain('GET /repos/acme/api/issues/12/comments?per_page=100&page=2')
    expect(fake.requests.filter((r) => /^(POST|PATCH) \/repos/.test(r))).toEqual(['POST /repos/acme/api/issues/12/comments', `PATCH /repos/acme/api/issues/comments/${first.url?.split('-').pop()}`])
  })

  it('does not edit someone else’s comment that merely quotes the marker', async () => {
    fake.seed(5, 1, `> ${marker}\n> quoted by a reviewer`)
    const outcome = await publish.upsertPrComment({ token: 't', key: PRODUCTION, markdown: 'report', context: pullRequestEvent(5) })
    expect(outcome.action).toBe('created')
    expect(fake.comments.get(5)?.[0].body).toContain('quoted by a reviewer')
  })

  it('never replaces a person’s comment that starts with the marker: only the token’s own identity’s', async () => {
    fake.add(6, `${marker}\nalice pasted the whole report to discuss it`, 'alice')
    const outcome = await publish.upsertPrComment({ token: 't', key: PRODUCTION, markdown: 'report', context: pullRequestEvent(6) })
    expect(outcome.action).toBe('created')
    expect(fake.comments.get(6)?.map((c) => [c.user.login, c.body.split('\n')[1]])).toEqual([
      ['alice', 'alice pasted the whole report to discuss it'],
      ['github-actions[bot]', 'report']
    ])
    expect(fake.requests).toContain('POST /graphql')
  })

  it('a personal token updates the comment it wrote, not the one GITHUB_TOKEN wrote', async () => {
    fake.logins.set('ghp_deployer', 'deploy-bot')
    fake.add(7, `${marker}\nwritten with GITHUB_TOKEN`)
    const first = await publish.upsertPrComment({ token: 'ghp_deployer', key: PRODUCTION, markdown: 'one', context: pullRequestEvent(7) })
    const second = await publish.upsertPrComment({ token: 'ghp_deployer', key: PRODUCTION, markdown: 'two', context: pullRequestEvent(7) })
    expect([first.action, second.action]).toEqual(['created', 'updated'])
    expect(fake.comments.get(7)?.map((c) => `${c.user.login}: ${c.body.split('\n')[1]}`)).toEqual(['github-actions[bot]: written with GITHUB_TOKEN', 'deploy-bot: two'])
  })

  it('asks who the token is only when a comment with the same key exists', async () => {
    await publish.upsertPrComment({ token: 't', key: PRODUCTION, markdown: 'report', context: pullRequestEvent(8) })
    expect(fake.requests.filter((r) => r.startsWith('POST'))).toEqual(['POST /repos/acme/api/issues/8/comments'])
  })

  it('staging and production with the same cluster and service names keep a comment each', async () => {
    const staging = commentKey({ account: '210987654321', region: 'eu-west-1', cluster: 'prod', services: ['api'] }, {})
    const otherRegion = commentKey({ account: '123456789012', region: 'us-east-1', cluster: 'prod', services: ['api'] }, {})
    const outcomes = []
    for (const [key, markdown] of [[PRODUCTION, 'production'], [staging, 'staging'], [otherRegion, 'us-east-1'], [PRODUCTION, 'production again']] as const)
      outcomes.push((await publish.upsertPrComment({ token: 't', key, markdown, context: pullRequestEvent(10) })).action)
    expect(outcomes).toEqual(['created', 'created', 'created', 'updated'])
    expect(fake.comments.get(10)?.map((c) => c.body.split('\n')[1])).toEqual(['production again', 'staging', 'us-east-1'])
  })

  it('several services: reordering or adding a service updates the step’s comment; another matrix leg’s services get their own', async () => {
    const step = { workflow: 'deploy', job: 'production', step: 'doctor' }
    const key = (services: string[]) => commentKey({ account: '123456789012', region: 'eu-west-1', cluster: 'prod', services }, step)
    const runs: [string[], string][] = [
      [['api', 'worker'], 'first'],
      [['worker', 'api'], 'reordered'],
      [['api', 'worker', 'scheduler'], 'one more'],
      [['billing', 'mailer'], 'another matrix leg']
    ]
    const outcomes = []
    for (const [services, markdown] of runs)
      outcomes.push((await publish.upsertPrComment({ token: 't', key: key(services), markdown, context: pullRequestEvent(11) })).action)
    expect(outcomes).toEqual(['created', 'updated', 'updated', 'created'])
    expect(fake.comments.get(11)?.map((c) => c.body.split('\n')[1])).toEqual(['one more', 'another matrix leg'])
  })

  it('push events find the open pull request of the commit', async () => {
    fake.pullsOfCommit.set(SHA, [
      { number: 3, state: 'closed' },
      { number: 7, state: 'open' }
    ])
    const outcome = await publish.upsertPrComment({ token: 't', key: PRODUCTION, markdown: renderComment(secretAccessDenied), context: context('push') })
    expect(outcome.action).toBe('created')
    expect(outcome.pullRequests?.map((pr) => pr.number)).toEqual([7])
    expect(ourComments(7)).toHaveLength(1)
    expect(fake.comments.get(3)).toBeUndefined()
    expect(fake.requests).toContain(`GET /repos/acme/api/commits/${SHA}/pulls`)
  })

  it('push without a pull request (every push to main): skipped, with a plain log line, no annotation', async () => {
    const outcome = await publish.upsertPrComment({ token: 't', key: PRODUCTION, markdown: 'm', context: context('push') })
    expect(outcome).toEqual({ action: 'skipped', reason: 'no-pull-request' })
    expect(stdout.join('')).toContain('No open pull request for commit 9f2c4e1: no PR comment was posted.')
    expect(stdout.join('')).not.toMatch(/^::(notice|warning)/m)
  })

  it('a read-only token (403) gives a warning, never an exception', async () => {
    fake.readOnly = true
    const outcome = await publish.upsertPrComment({ token: 't', key: PRODUCTION, markdown: 'x', context: pullRequestEvent(9) })
    expect(outcome.action).toBe('skipped')
    const log = stdout.join('')
    expect(log).toContain('::warning::Could not comment on pull request #9: HTTP 403 (Resource not accessible by integration')
    expect(log).toContain('Pull requests from forks get a read-only GITHUB_TOKEN')
    expect(fake.comments.get(9)).toBeUndefined()
  })

  it('a 403 on reading the comments says the token cannot read them, not that it cannot write', async () => {
    fake.noAccess = true
    const outcome = await publish.upsertPrComment({ token: 't', key: PRODUCTION, markdown: 'x', context: pullRequestEvent(9) })
    expect(outcome.action).toBe('skipped')
    const log = stdout.join('')
    expect(log).toContain("::warning::Could not comment on pull request #9: HTTP 403 (Resource not accessible by integration")
    expect(log).toContain("the token cannot read this repository's pull requests and their comments")
    expect(log).not.toContain('cannot write')
    expect(log).not.toContain('forks')
  })

  it('a 404 gives a warning, never an exception', async () => {
    fake.missingIssues.add(4)
    const outcome = await publish.upsertPrComment({ token: 't', key: PRODUCTION, markdown: 'x', context: pullRequestEvent(4) })
    expect(outcome.action).toBe('skipped')
    expect(stdout.join('')).toContain('::warning::Could not comment on pull request #4: HTTP 404')
  })

  it('no token: skipped with a notice', async () => {
    const outcome = await publish.upsertPrComment({ token: '', key: PRODUCTION, markdown: 'x', context: pullRequestEvent(1) })
    expect(outcome).toEqual({ action: 'skipped', reason: 'no-token' })
  })
})

describe('writeJobSummary, annotate, maskSecrets', () => {
  // First: @actions/core remembers the summary path once it has been usable.
  it('a job summary that cannot be written is a warning; the copy is still returned', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'summary-test-'))
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'no-such-dir', 'step_summary.md')
    try {
      const path = await publish.writeJobSummary('## report\n', { dir })
      expect(await readFile(path, 'utf8')).toBe('## report\n')
      expect(stdout.join('')).toContain('::warning::The job summary could not be written')
    } finally {
      delete process.env.GITHUB_STEP_SUMMARY
    }
  })

  it('writes GITHUB_STEP_SUMMARY after what was there, and keeps a copy for the summary-file output', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'summary-test-'))
    const stepSummary = join(dir, 'step_summary.md')
    await writeFile(stepSummary, 'earlier step\n')
    process.env.GITHUB_STEP_SUMMARY = stepSummary
    try {
      const path = await publish.writeJobSummary('## ❌ report\n', { dir })
      expect(await readFile(path, 'utf8')).toBe('## ❌ report\n')
      expect(await readFile(stepSummary, 'utf8')).toBe('earlier step\n## ❌ report\n')
    } finally {
      delete process.env.GITHUB_STEP_SUMMARY
    }
  })

  it('the in-progress summary is written at once, and the final report replaces it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'summary-test-'))
    const stepSummary = join(dir, 'step_summary.md')
    await writeFile(stepSummary, 'earlier step\n')
    process.env.GITHUB_STEP_SUMMARY = stepSummary
    try {
      const inputs = parseInputs({ cluster: 'prod', service: 'api', region: 'eu-west-1' }, {})
      const progress = trackProgress(inputs, () => Date.parse('2026-11-20T10:00:00Z'))
      const during = await readFile(stepSummary, 'utf8')
      expect(during).toMatch(/^earlier step\n## ⏳ Watching `api` in `prod` \(eu-west-1\)\n/)
      expect(during).toContain('| `api` | ⏳ starting |')
      await progress.onUpdate({ service: 'api', phase: 'done', verdict: 'failed', result: { ...secretAccessDenied, watch: { verdict: 'failed', deploymentId: 'ecs-svc/1' } } })
      const diagnosed = await readFile(stepSummary, 'utf8')
      expect(diagnosed).toContain('| `api` | ❌ failed |')
      expect(diagnosed).toContain('`secret-access-denied`')
      progress.finish()
      await publish.writeJobSummary('## ❌ the final report\n', { dir })
      expect(await readFile(stepSummary, 'utf8')).toBe('earlier step\n## ❌ the final report\n')
    } finally {
      delete process.env.GITHUB_STEP_SUMMARY
    }
  })

  it('one error annotation titled with the root cause, after masking secrets', () => {
    publish.annotate(secretAccessDenied)
    const log = stdout.join('')
    expect(log).toContain('::add-mask::sk_live_51HxTESTVALUEdoNotPrint0123')
    const errors = log.split('\n').filter((line) => line.startsWith('::error'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^::error title=secret-access-denied%3A Execution role api-task-execution-role cannot read secret prod\/db-password::api deployment failed: secret-access-denied%0A/)
    expect(errors[0]).toContain('Fix: aws iam put-role-policy --role-name api-task-execution-role')
    expect(log.indexOf('::add-mask::')).toBeLessThan(log.indexOf('::error'))
  })

  it('no annotation for a stable deployment', () => {
    publish.annotate(stable)
    expect(stdout.join('')).not.toContain('::error')
  })
})
