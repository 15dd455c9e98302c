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

type Publish = typeof import('../../src/report/publish.js')
type Context = typeof github.context

const fake = new FakeGitHub()
let publish: Publish
let commentMarker: (cluster: string, service: string) => string
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
  ;({ commentMarker, renderComment } = await import('../../src/report/comment.js'))
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
  fake.comments.clear()
  fake.pullsOfCommit.clear()
  fake.readOnly = false
  fake.missingIssues.clear()
})

afterEach(() => {
  jest.restoreAllMocks()
})

function ourComments(issue: number): { id: number; body: string }[] {
  const marker = commentMarker('prod', 'api')
  return (fake.comments.get(issue) ?? []).filter((comment) => comment.body.startsWith(marker))
}

describe('upsertPrComment', () => {
  it('creates the comment on the first run and updates the same one on the next (past the first page)', async () => {
    fake.seed(12, 120)
    const marker = commentMarker('prod', 'api')
    const first = await publish.upsertPrComment({ token: 't', marker, markdown: renderComment(secretAccessDenied), context: pullRequestEvent(12) })
    expect(first.action).toBe('created')
    expect(first.url).toMatch(/^https:\/\/github\.com\/acme\/api\/pull\/12#issuecomment-\d+$/)

    fake.seed(12, 40, 'more review')
    const second = await publish.upsertPrComment({ token: 't', marker, markdown: renderComment(stable), context: pullRequestEvent(12) })
    expect(second.action).toBe('updated')
    expect(second.url).toBe(first.url)

    const ours = ourComments(12)
    expect(ours).toHaveLength(1)
    expect(ours[0].body).toContain('deployed and stable')
    expect(ours[0].body).not.toContain('secret-access-denied')
    // Our comment was the 121st of 161: finding it took the second page.
    expect(fake.requests).toContain('GET /repos/acme/api/issues/12/comments?per_page=100&page=2')
    expect(fake.requests.filter((r) => r.startsWith('POST'))).toHaveLength(1)
  })

  it('does not edit someone else’s comment that merely quotes the marker', async () => {
    const marker = commentMarker('prod', 'api')
    fake.seed(5, 1, `> ${marker}\n> quoted by a reviewer`)
    const outcome = await publish.upsertPrComment({ token: 't', marker, markdown: `${marker}\nreport`, context: pullRequestEvent(5) })
    expect(outcome.action).toBe('created')
    expect(fake.comments.get(5)?.[0].body).toContain('quoted by a reviewer')
  })

  it('push events find the open pull request of the commit', async () => {
    fake.pullsOfCommit.set(SHA, [
      { number: 3, state: 'closed' },
      { number: 7, state: 'open' }
    ])
    const marker = commentMarker('prod', 'api')
    const outcome = await publish.upsertPrComment({ token: 't', marker, markdown: renderComment(secretAccessDenied), context: context('push') })
    expect(outcome.action).toBe('created')
    expect(outcome.pullRequests?.map((pr) => pr.number)).toEqual([7])
    expect(ourComments(7)).toHaveLength(1)
    expect(fake.comments.get(3)).toBeUndefined()
    expect(fake.requests).toContain(`GET /repos/acme/api/commits/${SHA}/pulls`)
  })

  it('push without a pull request: skipped, with a notice in the log', async () => {
    const outcome = await publish.upsertPrComment({ token: 't', marker: 'm', markdown: 'm', context: context('push') })
    expect(outcome).toEqual({ action: 'skipped', reason: 'no-pull-request' })
    expect(stdout.join('')).toContain('::notice::No open pull request for commit 9f2c4e1: no PR comment was posted.')
  })

  it('a read-only token (403) gives a warning, never an exception', async () => {
    fake.readOnly = true
    const outcome = await publish.upsertPrComment({ token: 't', marker: commentMarker('prod', 'api'), markdown: 'x', context: pullRequestEvent(9) })
    expect(outcome.action).toBe('skipped')
    const log = stdout.join('')
    expect(log).toContain('::warning::Could not comment on pull request #9: HTTP 403 (Resource not accessible by integration')
    expect(log).toContain('Pull requests from forks get a read-only GITHUB_TOKEN')
    expect(fake.comments.get(9)).toBeUndefined()
  })

  it('a 404 gives a warning, never an exception', async () => {
    fake.missingIssues.add(4)
    const outcome = await publish.upsertPrComment({ token: 't', marker: 'm', markdown: 'x', context: pullRequestEvent(4) })
    expect(outcome.action).toBe('skipped')
    expect(stdout.join('')).toContain('::warning::Could not comment on pull request #4: HTTP 404')
  })

  it('no token: skipped with a notice', async () => {
    const outcome = await publish.upsertPrComment({ token: '', marker: 'm', markdown: 'x', context: pullRequestEvent(1) })
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

  it('appends to GITHUB_STEP_SUMMARY and keeps a copy for the summary-file output', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'summary-test-'))
    const stepSummary = join(dir, 'step_summary.md')
    await writeFile(stepSummary, 'earlier step\n')
    process.env.GITHUB_STEP_SUMMARY = stepSummary
    try {
      const path = await publish.writeJobSummary('## ❌ report\n', { dir })
      expect(await readFile(path, 'utf8')).toBe('## ❌ report\n')
      expect(await readFile(stepSummary, 'utf8')).toBe('earlier step\n## ❌ report\n\n')
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
