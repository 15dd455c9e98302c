/**
 * The I/O edge of reporting: job summary file, PR comment, annotation, secret masking.
 * Publishing never fails the job: a report that cannot be posted becomes a warning, and the verdict
 * stands.
 */
import * as core from '@actions/core'
import * as github from '@actions/github'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { characters, hardCut } from './budget.js'
import { plainHeadline, rootCauseOf } from './headline.js'
import { redactorFor, secretsToMask, type ReportInput } from './model.js'

type Octokit = ReturnType<typeof github.getOctokit>
type Context = typeof github.context

/** GitHub's hard limit for an issue comment body. */
const GITHUB_COMMENT_LIMIT = 65_536

/**
 * Appends the markdown to the step's job summary and keeps a copy in a file (for the
 * `summary-file` output). Returns the copy's path. Without GITHUB_STEP_SUMMARY (outside Actions)
 * only the copy is written; a summary that cannot be written is a warning, not an error.
 */
export async function writeJobSummary(markdown: string, opts: { dir?: string } = {}): Promise<string> {
  const dir = await mkdtemp(join(opts.dir ?? (process.env.RUNNER_TEMP || tmpdir()), 'ecs-deploy-doctor-'))
  const path = join(dir, 'summary.md')
  await writeFile(path, markdown, 'utf8')
  if (process.env.GITHUB_STEP_SUMMARY) {
    try {
      await core.summary.addRaw(markdown, true).write()
    } catch (error) {
      core.summary.emptyBuffer()
      core.warning(`The job summary could not be written (${messageOf(error)}); it is in ${path}`)
    }
  } else {
    core.info(`No GITHUB_STEP_SUMMARY (not running in GitHub Actions): the summary is in ${path}`)
  }
  return path
}

/** Masks every credential the report found (log lines, AWS strings) in the Actions log. */
export function maskSecrets(input: ReportInput): number {
  const parts = secretsToMask(input)
    .flatMap((secret) => secret.split(/\r?\n|\\n/))
    .map((part) => part.trim())
    .filter((part) => part.length >= 4)
  const unique = [...new Set(parts)]
  unique.forEach((part) => core.setSecret(part))
  return unique.length
}

/** One error annotation, titled with the root cause, for failing verdicts. */
export function annotate(input: ReportInput): void {
  if (input.verdict === 'stable') return
  maskSecrets(input)
  const redact = redactorFor(input)
  const rootCause = rootCauseOf(input)
  const title = rootCause ? `${rootCause.code}: ${redact.line(rootCause.title)}` : plainHeadline(input)
  const lines = [plainHeadline(input)]
  if (rootCause?.explanation) lines.push(redact.line(rootCause.explanation))
  else if (input.evidence.watch?.reason) lines.push(redact.line(input.evidence.watch.reason))
  const firstCommand = rootCause?.fixes[0]?.commands[0]
  if (firstCommand) lines.push(`Fix: ${firstCommand}`)
  lines.push('The job summary has the evidence and every fix command.')
  core.error(truncateText(lines.join('\n'), 2_000), { title: truncateText(title, 200) })
}

function truncateText(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`
}

export interface CommentOutcome {
  action: 'created' | 'updated' | 'skipped'
  url?: string
  reason?: string
  /** Every pull request the comment went to (push events may have several). */
  pullRequests?: { number: number; action: 'created' | 'updated'; url: string }[]
}

export interface UpsertOptions {
  token: string
  markdown: string
  marker: string
  context?: Context
  octokit?: Octokit
}

/**
 * Creates or updates (in place, found by `marker`) the comment on the pull request(s) of this run:
 * the PR of a pull_request event, or the open PRs of the pushed commit. Never throws.
 */
export async function upsertPrComment(opts: UpsertOptions): Promise<CommentOutcome> {
  const context = opts.context ?? github.context
  if (!opts.token) return skipped('no-token', "No GitHub token: the PR comment was skipped.", 'notice')
  let octokit: Octokit
  let repo: { owner: string; repo: string }
  try {
    octokit = opts.octokit ?? github.getOctokit(opts.token)
    repo = context.repo
  } catch (error) {
    return skipped('no-repository', `The PR comment was skipped: ${messageOf(error)}`, 'warning')
  }
  let numbers: number[]
  try {
    numbers = await pullRequestNumbers(octokit, context, repo)
  } catch (error) {
    return skipped('lookup-failed', `Could not look up the pull request of this run: ${describeHttpError(error)}`, 'warning')
  }
  if (numbers.length === 0) {
    const commit = context.sha ? ` for commit ${context.sha.slice(0, 7)}` : ''
    return skipped('no-pull-request', `No open pull request${commit}: no PR comment was posted.`, 'notice')
  }
  const body = fitComment(opts.markdown)
  const results: NonNullable<CommentOutcome['pullRequests']> = []
  for (const number of numbers) {
    try {
      results.push({ number, ...(await upsertOne(octokit, { ...repo, issue_number: number }, opts.marker, body)) })
    } catch (error) {
      core.warning(
        `Could not comment on pull request #${number}: ${describeHttpError(error)}. ` +
          'The deployment verdict and the job summary are not affected.'
      )
    }
  }
  if (results.length === 0) return { action: 'skipped', reason: 'comment-failed' }
  const created = results.find((result) => result.action === 'created')
  const first = created ?? results[0]
  return { action: first.action, url: first.url, pullRequests: results }
}

function fitComment(markdown: string): string {
  return markdown.length <= GITHUB_COMMENT_LIMIT ? markdown : hardCut(markdown, { max: GITHUB_COMMENT_LIMIT - 100, measure: characters })
}

async function pullRequestNumbers(octokit: Octokit, context: Context, repo: { owner: string; repo: string }): Promise<number[]> {
  const pullRequest = context.payload.pull_request
  if (pullRequest?.number) return [pullRequest.number]
  if (!context.sha) return []
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: context.sha })
  return data.filter((pr) => pr.state === 'open').map((pr) => pr.number)
}

async function upsertOne(
  octokit: Octokit,
  issue: { owner: string; repo: string; issue_number: number },
  marker: string,
  body: string
): Promise<{ action: 'created' | 'updated'; url: string }> {
  const existing = await findComment(octokit, issue, marker)
  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({ owner: issue.owner, repo: issue.repo, comment_id: existing, body })
    return { action: 'updated', url: data.html_url }
  }
  const { data } = await octokit.rest.issues.createComment({ ...issue, body })
  return { action: 'created', url: data.html_url }
}

/** The id of our earlier comment, looking through every page of the PR's comments. */
async function findComment(
  octokit: Octokit,
  issue: { owner: string; repo: string; issue_number: number },
  marker: string
): Promise<number | null> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...issue, per_page: 100 })
  for await (const page of pages) {
    const ours = page.data.find((comment) => comment.body?.trimStart().startsWith(marker))
    if (ours) return ours.id
  }
  return null
}

function skipped(reason: string, message: string, level: 'notice' | 'warning'): CommentOutcome {
  if (level === 'warning') core.warning(message)
  else core.notice(message)
  return { action: 'skipped', reason }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** "HTTP 403 (Resource not accessible by integration): the token is read-only ..." */
function describeHttpError(error: unknown): string {
  const status = typeof error === 'object' && error !== null && 'status' in error ? Number((error as { status: unknown }).status) : NaN
  const message = messageOf(error).split('\n')[0].slice(0, 200)
  if (status === 403) {
    return `HTTP 403 (${message}); the token cannot write to pull requests. Pull requests from forks get a read-only GITHUB_TOKEN; otherwise grant \`permissions: pull-requests: write\``
  }
  if (status === 404) return `HTTP 404 (${message}); the pull request or repository is not visible to this token`
  return Number.isFinite(status) ? `HTTP ${status} (${message})` : message
}
