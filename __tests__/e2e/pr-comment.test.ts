/**
 * End to end: the bundled action (dist/index.js) posts its PR comment through @actions/github's real
 * Octokit to a fake GitHub API on loopback (GITHUB_API_URL), as it would on a runner: create, then update
 * in place on the next run, past 100 comments; a push event finding its pull request; a read-only token;
 * only the token's own comment is ever edited; several services keep one comment however they are listed.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getScenario, startSimulator } from '../../simulator/index.js'
import { actionIsBuilt, runAction, type ActionRun, type GitHubRun } from '../../simulator/run-action.js'
import { FakeGitHub, type FakeComment } from '../report/helpers/fake-github.js'

const SHA = '9f2c4e1b7a3d5f60c8e2b4a6d1f3e5c7a9b0d2e4'
const API_MARKER = '<!-- ecs-deploy-doctor scope=123456789012/eu-west-1/prod services=api -->'
const ARN = (service: string) => `arn:aws:ecs:eu-west-1:123456789012:service/prod/${service}`

const fake = new FakeGitHub()
let workRoot = ''
let runs = 0

async function play(scenarioName: string, github: Partial<GitHubRun>, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const scenario = getScenario(scenarioName)
  const sim = await startSimulator({ scenario })
  try {
    return await runAction({
      scenario,
      endpointUrl: sim.url,
      workDir: join(workRoot, `${scenarioName}-${++runs}`),
      pollIntervalSeconds: 2,
      killAfterMs: 4 * 60_000,
      inputs,
      github: { apiUrl: fake.url, token: 'ghs_runner_token', eventName: 'pull_request', payload: {}, sha: SHA, ...github }
    })
  } finally {
    await sim.close()
  }
}

const pullRequest = (number: number): Partial<GitHubRun> => ({ eventName: 'pull_request', payload: { pull_request: { number } } })
const lines = (run: ActionRun, prefix: string) => run.log.split('\n').filter((line) => line.startsWith(prefix))
const secondLine = (comment: FakeComment) => comment.body.split('\n')[1]

const built = actionIsBuilt()
if (!built) console.warn('e2e PR comment tests skipped: dist/index.js does not exist (run npm run package first)')
const describeIfBuilt = built ? describe : describe.skip

describeIfBuilt('dist/index.js posts its PR comment to the GitHub API', () => {
  beforeAll(async () => {
    workRoot = mkdtempSync(join(tmpdir(), 'ecs-deploy-doctor-e2e-comment-'))
    await fake.start()
  })

  afterAll(async () => {
    await fake.stop()
    if (workRoot) rmSync(workRoot, { recursive: true, force: true })
  })

  beforeEach(() => fake.reset())

  it('creates the comment, then updates the same one in place on the next run, found past 100 comments', async () => {
    fake.seed(12, 150)
    const failing = await play('secret-access-denied', pullRequest(12))
    expect(failing.exitCode).toBe(1)
    const [created] = fake.comments.get(12)?.filter((c) => c.body.startsWith(API_MARKER)) ?? []
    expect(created?.user.login).toBe('github-actions[bot]')
    expect(created.body).toContain('`secret-access-denied`')
    expect(lines(failing, 'PR comment created: ')).toEqual([`PR comment created: https://github.com/acme/api/pull/12#issuecomment-${created.id}`])

    const healthy = await play('healthy', pullRequest(12))
    expect(healthy.exitCode).toBe(0)
    const ours = fake.comments.get(12)?.filter((c) => c.body.startsWith(API_MARKER)) ?? []
    expect(ours.map((c) => c.id)).toEqual([created.id])
    expect(ours[0].body).toContain('deployed and stable')
    expect(ours[0].body).not.toContain('secret-access-denied')
    expect(lines(healthy, 'PR comment updated: ')).toEqual([`PR comment updated: https://github.com/acme/api/pull/12#issuecomment-${created.id}`])
    expect(fake.requests).toContain('GET /repos/acme/api/issues/12/comments?per_page=100&page=2')
    expect(fake.comments.get(12)).toHaveLength(151)
  }, 240_000)

  it('a push event finds the open pull request of its commit', async () => {
    fake.pullsOfCommit.set(SHA, [
      { number: 3, state: 'closed' },
      { number: 7, state: 'open' }
    ])
    const run = await play('healthy', { eventName: 'push', payload: {} })
    expect(run.exitCode).toBe(0)
    expect(fake.requests).toContain(`GET /repos/acme/api/commits/${SHA}/pulls`)
    expect(fake.comments.get(7)?.map((c) => c.body.split('\n')[0])).toEqual([API_MARKER])
    expect(fake.comments.get(3)).toBeUndefined()
  }, 240_000)

  it('a push to main without a pull request: a log line, no annotation', async () => {
    const run = await play('healthy', { eventName: 'push', payload: {} })
    expect(run.exitCode).toBe(0)
    expect(run.log).toContain('No open pull request for commit 9f2c4e1: no PR comment was posted.')
    expect(lines(run, '::notice::').concat(lines(run, '::warning::'))).toEqual([])
  }, 240_000)

  it('a read-only token (403): one warning, and the verdict, root cause and exit code stand', async () => {
    fake.readOnly = true
    const run = await play('secret-access-denied', pullRequest(9))
    expect({ exitCode: run.exitCode, verdict: run.outputs.verdict, rootCause: run.outputs['root-cause'] }).toEqual({
      exitCode: 1,
      verdict: 'failed',
      rootCause: 'secret-access-denied'
    })
    expect(lines(run, '::warning::')).toEqual([expect.stringMatching(/^::warning::Could not comment on pull request #9: HTTP 403 \(Resource not accessible by integration.*the token cannot write to pull requests/)])
    expect(fake.comments.get(9)).toBeUndefined()
  }, 240_000)

  it('never edits a person’s comment that starts with our marker; only the token’s own identity’s', async () => {
    fake.add(14, `${API_MARKER}\nalice: pasting the old report here to discuss it`, 'alice')
    await play('healthy', pullRequest(14))
    expect(fake.comments.get(14)?.map((c) => [c.user.login, secondLine(c)])).toEqual([
      ['alice', 'alice: pasting the old report here to discuss it'],
      ['github-actions[bot]', expect.stringContaining('deployed and stable')]
    ])
  }, 240_000)

  it('several services given as ARNs: the services output is keyed by name, and listing them otherwise updates the same comment', async () => {
    const first = await play('multi-two-one-failing', pullRequest(20), { service: 'api,worker' })
    const second = await play('multi-two-one-failing', pullRequest(20), { service: `${ARN('worker')}\n${ARN('api')}` })
    for (const run of [first, second]) {
      const services = JSON.parse(run.outputs.services) as Record<string, { verdict: string; rootCause: string | null }>
      expect(Object.keys(services).sort()).toEqual(['api', 'worker'])
      expect(services.worker).toMatchObject({ verdict: 'failed', rootCause: 'missing-configuration' })
    }
    const comments = fake.comments.get(20) ?? []
    expect(comments.map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- ecs-deploy-doctor scope=123456789012/eu-west-1/prod/step=Deploy/deploy/doctor services=api,worker -->'
    ])
    expect(lines(second, 'PR comment updated: ')).toHaveLength(1)
  }, 240_000)
})
