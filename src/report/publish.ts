/**
 * Publishing, the I/O edge of reporting: the step's outputs, the evidence file, the job summary,
 * annotations, secret masking and the PR comment. Publishing never fails the job: a report that
 * cannot be posted becomes a warning, and the verdict stands.
 */
import * as core from '@actions/core'
import type * as github from '@actions/github'
import { USER_AGENT } from '../version.js'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Diagnosis } from '../diagnose/types.js'
import { writeEvidenceFile } from '../evidence/file.js'
import type { Evidence } from '../evidence/schema.js'
import { resourceName, type Inputs } from '../inputs/inputs.js'
import type { RollbackOutcome } from '../rollback/types.js'
import { FAILING_VERDICTS, type Verdict } from '../types.js'
import { characters, hardCut } from './budget.js'
import type { ServiceReport } from './combined.js'
import { accountOf, commentKey, commentMarker, markerKey, sameReport, stepIdentity, type CommentKey } from './comment-key.js'
import { plainHeadline, rootCauseOf } from './headline.js'
import { redactorFor, secretsToMask, watchDuration, type ReportInput } from './model.js'
import { rollbackLine } from './rollback.js'
import { renderStepComment, renderStepSummary } from './step.js'
import { stepSummaryFile } from './step-summary.js'

/** What publishing needs of one service's run (the doctor's result). */
export interface ServiceOutcome {
  watch: { verdict: Verdict; deploymentId: string }
  evidence: Evidence
  diagnosis: Diagnosis | null
  rollback?: RollbackOutcome | null
}

type Octokit = ReturnType<typeof github.getOctokit>
type Context = typeof github.context

function safeFileName(text: string): string {
  return text.replace(/[^A-Za-z0-9_.-]+/g, '-').slice(0, 100)
}

/** One fresh folder per run under RUNNER_TEMP: concurrent runs on one machine never share a file. */
async function runFolder(): Promise<string> {
  const root = process.env.RUNNER_TEMP || tmpdir()
  await mkdir(root, { recursive: true })
  return mkdtemp(join(root, 'ecs-deploy-doctor-'))
}

async function writeEvidence(evidence: Evidence, cluster: string, service: string): Promise<string> {
  const path = join(await runFolder(), `${safeFileName(cluster)}-${safeFileName(service)}.evidence.json`)
  await writeEvidenceFile(evidence, path)
  return path
}

function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env
  return GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_RUN_ID
    ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`
    : undefined
}

function reportInput(result: ServiceOutcome, inputs: Inputs, service: string): ServiceReport {
  return {
    rollback: result.rollback ?? null,
    verdict: result.watch.verdict,
    cluster: inputs.cluster,
    serviceName: service,
    region: inputs.region,
    deploymentId: result.watch.deploymentId || null,
    evidence: result.evidence,
    diagnosis: result.diagnosis,
    runUrl: runUrl(),
    commitSha: process.env.GITHUB_SHA
  }
}

const isFailing = (report: ReportInput): boolean => FAILING_VERDICTS.includes(report.verdict)

function rollbackOutputs(rollback: RollbackOutcome | null | undefined) {
  return { rollback: rollback?.status ?? null, rollbackDeploymentId: rollback?.deploymentId ?? null }
}

async function writeSummary(markdown: string): Promise<void> {
  try {
    core.setOutput('summary-file', await writeJobSummary(markdown))
  } catch (error) {
    core.warning(`The job summary could not be written: ${error instanceof Error ? error.message : String(error)}`)
  }
}

async function comment(inputs: Inputs, markdown: string, reports: ServiceReport[]): Promise<void> {
  if (!inputs.commentOnPr) return
  if (!inputs.githubToken) {
    core.notice("No 'github-token': the PR comment was skipped.")
    return
  }
  const account = accountOf(...reports.map((r) => r.evidence.service.serviceArn), ...inputs.services, inputs.cluster)
  const key = commentKey({ account, region: inputs.region, cluster: inputs.cluster, services: reports.map((r) => r.serviceName) }, stepIdentity())
  const outcome = await upsertPrComment({ token: inputs.githubToken, markdown, key })
  if (outcome.action !== 'skipped') core.info(`PR comment ${outcome.action}: ${outcome.url ?? ''}`)
}

/**
 * Outputs first (later steps rely on them), then the summary, annotations and the PR comment.
 * One service: its report. Several: one combined report, and a `services` output with a JSON
 * object per service; `verdict`, `root-cause`, `rollback` and `evidence-file` then describe the first failing one.
 */
export async function publishReports(results: ServiceOutcome[], inputs: Inputs): Promise<void> {
  const reports = results.map((result, i) => reportInput(result, inputs, resourceName(inputs.services[i] ?? inputs.service)))
  const evidenceFiles = await Promise.all(reports.map((r) => writeEvidence(r.evidence, r.cluster, r.serviceName)))
  const lead = Math.max(0, reports.findIndex(isFailing))
  core.setOutput('verdict', reports[lead].verdict)
  core.setOutput('deployment-id', reports[lead].deploymentId ?? '')
  core.setOutput('root-cause', reports[lead].diagnosis?.rootCause?.code ?? '')
  core.setOutput('evidence-file', evidenceFiles[lead])
  core.setOutput('rollback', reports[lead].rollback?.status ?? '')
  core.setOutput(
    'services',
    JSON.stringify(
      Object.fromEntries(
        reports.map((r, i) => [
          r.serviceName,
          {
            verdict: r.verdict,
            rootCause: r.diagnosis?.rootCause?.code ?? null,
            deploymentId: r.deploymentId,
            duration: watchDuration(r),
            evidenceFile: evidenceFiles[i],
            ...rollbackOutputs(r.rollback)
          }
        ])
      )
    )
  )
  for (const report of reports) maskSecrets(report)
  for (const report of reports.filter((r) => r.rollback)) {
    const line = `${reports.length > 1 ? `${report.serviceName}: ` : ''}${rollbackLine(report.rollback as RollbackOutcome)}`
    if (report.rollback?.status === 'rolled-back' || report.rollback?.status === 'skipped') core.notice(line)
    else core.warning(line)
  }

  if (reports.length === 1) {
    const [report] = reports
    await writeSummary(renderStepSummary(reports))
    if (isFailing(report)) annotate(report)
    await comment(inputs, renderStepComment(reports), reports)
    return
  }
  await writeSummary(renderStepSummary(reports))
  for (const report of reports.filter(isFailing)) annotate(report)
  await comment(inputs, renderStepComment(reports), reports)
}

/** One service's report for the in-progress summary (progress-tracker.ts), within `maxBytes`. */
export function renderServiceSummary(result: ServiceOutcome, inputs: Inputs, service: string, maxBytes: number): string {
  return renderStepSummary([reportInput(result, inputs, service)], { maxBytes })
}

/** GitHub's hard limit for an issue comment body. */
const GITHUB_COMMENT_LIMIT = 65_536

/**
 * Writes the markdown as the step's job summary, replacing the in-progress one, and keeps a copy in a
 * file (for the `summary-file` output). Returns the copy's path. Without GITHUB_STEP_SUMMARY (outside Actions)
 * only the copy is written; a summary that cannot be written is a warning, not an error.
 */
export async function writeJobSummary(markdown: string, opts: { dir?: string } = {}): Promise<string> {
  const dir = opts.dir ? await mkdtemp(join(opts.dir, 'ecs-deploy-doctor-')) : await runFolder()
  const path = join(dir, 'summary.md')
  await writeFile(path, markdown, 'utf8')
  const file = stepSummaryFile()
  if (file) {
    try {
      file.replace(markdown)
    } catch (error) {
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
  /** Which earlier comment is this step's (its marker goes on the first line of the body). */
  key: CommentKey
  context?: Context
  octokit?: Octokit
}

type Issue = { owner: string; repo: string; issue_number: number }

/**
 * Creates or updates (in place) this step's comment on the pull request(s) of this run: the PR of a
 * pull_request event, or the open PRs of the pushed commit. Updates only a comment with the same key
 * that the token's own identity wrote. Never throws.
 */
export async function upsertPrComment(opts: UpsertOptions): Promise<CommentOutcome> {
  if (!opts.token) return skipped('no-token', "No GitHub token: the PR comment was skipped.", 'notice')
  let context: Context
  let octokit: Octokit
  let repo: { owner: string; repo: string }
  try {
    ;({ context, octokit } = await gitHub(opts))
    repo = context.repo
  } catch (error) {
    return skipped('no-repository', `The PR comment was skipped: ${messageOf(error)}`, 'warning')
  }
  let numbers: number[]
  try {
    numbers = await pullRequestNumbers(octokit, context, repo)
  } catch (error) {
    return skipped('lookup-failed', `Could not look up the pull request of this run: ${describeHttpError(error, 'read')}`, 'warning')
  }
  if (numbers.length === 0) {
    const commit = context.sha ? ` for commit ${context.sha.slice(0, 7)}` : ''
    // Every push to the default branch lands here: a log line, not an annotation.
    return skipped('no-pull-request', `No open pull request${commit}: no PR comment was posted.`, 'info')
  }
  const body = fitComment(`${commentMarker(opts.key)}\n${opts.markdown}`)
  const self = tokenLogin(octokit)
  const results: NonNullable<CommentOutcome['pullRequests']> = []
  for (const number of numbers) {
    try {
      results.push({ number, ...(await upsertOne(octokit, { ...repo, issue_number: number }, opts.key, body, self)) })
    } catch (error) {
      const access = error instanceof CommentStepError ? error.access : 'write'
      core.warning(
        `Could not comment on pull request #${number}: ${describeHttpError(error instanceof CommentStepError ? error.original : error, access)}. ` +
          'The deployment verdict and the job summary are not affected.'
      )
    }
  }
  if (results.length === 0) return { action: 'skipped', reason: 'comment-failed' }
  const created = results.find((result) => result.action === 'created')
  const first = created ?? results[0]
  return { action: first.action, url: first.url, pullRequests: results }
}

/** The run's context and a client; @actions/github (Octokit) is loaded only by a run that posts a comment. */
async function gitHub(opts: UpsertOptions): Promise<{ context: Context; octokit: Octokit }> {
  if (opts.context && opts.octokit) return { context: opts.context, octokit: opts.octokit }
  const github = await import('@actions/github')
  return { context: opts.context ?? github.context, octokit: opts.octokit ?? github.getOctokit(opts.token, { userAgent: USER_AGENT }) }
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

/**
 * The login the token acts as, asked once and only when a comment with our key exists. GraphQL's
 * viewer answers for a personal token and for an app installation token (GITHUB_TOKEN acts as
 * github-actions[bot]); REST GET /user refuses the latter. Null when GitHub does not say: then no
 * comment is edited, a new one is posted.
 */
function tokenLogin(octokit: Octokit): () => Promise<string | null> {
  let login: Promise<string | null> | undefined
  const ask = async (): Promise<string | null> => {
    try {
      const answer = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }')
      return answer.viewer.login
    } catch (error) {
      core.warning(
        `Could not tell which account the GitHub token acts as (${describeHttpError(error, 'read')}): ` +
          'a new PR comment is posted instead of editing one that another account may have written.'
      )
      return null
    }
  }
  return () => (login ??= ask())
}

async function upsertOne(
  octokit: Octokit,
  issue: Issue,
  key: CommentKey,
  body: string,
  self: () => Promise<string | null>
): Promise<{ action: 'created' | 'updated'; url: string }> {
  const existing = await step('read', () => findOwnComment(octokit, issue, key, self))
  if (existing) {
    const { data } = await step('write', () => octokit.rest.issues.updateComment({ owner: issue.owner, repo: issue.repo, comment_id: existing, body }))
    return { action: 'updated', url: data.html_url }
  }
  const { data } = await step('write', () => octokit.rest.issues.createComment({ ...issue, body }))
  return { action: 'created', url: data.html_url }
}

type Access = 'read' | 'write'

/** An error of the GitHub API, with whether we were reading or writing when it came. */
class CommentStepError extends Error {
  constructor(
    readonly access: Access,
    readonly original: unknown
  ) {
    super(messageOf(original))
  }
}

async function step<T>(access: Access, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw new CommentStepError(access, error)
  }
}

/**
 * The id of this step's earlier comment, looking through every page of the PR's comments: same key
 * in the marker, and written by the token's own identity (a person's comment that quotes or copies
 * the marker is never ours).
 */
async function findOwnComment(octokit: Octokit, issue: Issue, key: CommentKey, self: () => Promise<string | null>): Promise<number | null> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...issue, per_page: 100 })
  for await (const page of pages) {
    for (const comment of page.data) {
      if (!sameReport(key, markerKey(comment.body))) continue
      const login = await self()
      if (login !== null && comment.user?.login === login) return comment.id
    }
  }
  return null
}

/** Named, not looked up as core[level]: the bundler then keeps only the parts of @actions/core the action uses. */
const LOG_AT = { info: core.info, notice: core.notice, warning: core.warning }

function skipped(reason: string, message: string, level: keyof typeof LOG_AT): CommentOutcome {
  LOG_AT[level](message)
  return { action: 'skipped', reason }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** "HTTP 403 (Resource not accessible by integration); the token cannot write to pull requests ..." */
function describeHttpError(error: unknown, access: Access): string {
  const status = typeof error === 'object' && error !== null && 'status' in error ? Number((error as { status: unknown }).status) : NaN
  const message = messageOf(error).split('\n')[0].slice(0, 200)
  if (status === 403 && access === 'read') {
    return `HTTP 403 (${message}); the token cannot read this repository's pull requests and their comments. Grant \`permissions: pull-requests: write\` (it includes read) to the job`
  }
  if (status === 403) {
    return `HTTP 403 (${message}); the token cannot write to pull requests. Pull requests from forks get a read-only GITHUB_TOKEN; otherwise grant \`permissions: pull-requests: write\``
  }
  if (status === 404) return `HTTP 404 (${message}); the pull request or repository is not visible to this token`
  return Number.isFinite(status) ? `HTTP ${status} (${message})` : message
}
