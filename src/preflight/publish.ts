/**
 * The preflight's outputs, job summary, annotations and PR comment. Outputs first (later steps rely on
 * them); a summary or comment that cannot be written is a warning and never changes the result.
 */
import * as core from '@actions/core'
import { upsertPrComment, writeJobSummary } from '../report/publish.js'
import type { PreflightInputs } from './inputs.js'
import { accountOf } from '../report/comment-key.js'
import { preflightCommentKey, renderPreflightComment, renderPreflightSummary, type PreflightReportInput } from './report.js'
import type { FailOn, PreflightOutcome, PreflightResult } from './types.js'

/** fail always fails the step; warn only with fail-on: warning. */
export function failsStep(result: PreflightResult, failOn: FailOn): boolean {
  return result === 'fail' || (result === 'warn' && failOn === 'warning')
}

/** The findings output: every finding with its evidence and fix commands. */
export function findingsJson(outcome: PreflightOutcome): string {
  return JSON.stringify(outcome.report.findings.map(({ code, severity, area, title, explanation, evidence, fixes }) => ({ code, severity, area, title, explanation, evidence, fixes })))
}

function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env
  return GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_RUN_ID ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}` : undefined
}

export function reportInputOf(outcome: PreflightOutcome): PreflightReportInput {
  return {
    report: outcome.report,
    cluster: outcome.cluster,
    serviceName: outcome.serviceName,
    region: outcome.region,
    generatedAt: outcome.evidence.generatedAt,
    runUrl: runUrl(),
    commitSha: process.env.GITHUB_SHA
  }
}

function annotate(outcome: PreflightOutcome): void {
  for (const finding of outcome.report.findings.slice(0, 8)) {
    const firstCommand = finding.fixes.find((f) => f.commands.length)?.commands[0]
    const message = [finding.title, ...(firstCommand ? [`Fix: ${firstCommand}`] : []), 'The job summary has the evidence and every fix command.'].join('\n')
    const properties = { title: `preflight ${finding.severity === 'fail' ? 'failed' : 'warning'}: ${finding.code}` }
    if (finding.severity === 'fail') core.error(message, properties)
    else core.warning(message, properties)
  }
}

export async function publishPreflight(outcome: PreflightOutcome, inputs: PreflightInputs): Promise<void> {
  core.setOutput('result', outcome.report.result)
  core.setOutput('root-cause', outcome.report.rootCause?.code ?? '')
  core.setOutput('findings', findingsJson(outcome))
  const input = reportInputOf(outcome)
  try {
    core.setOutput('summary-file', await writeJobSummary(renderPreflightSummary(input)))
  } catch (error) {
    core.warning(`The job summary could not be written: ${error instanceof Error ? error.message : String(error)}`)
  }
  annotate(outcome)
  if (!inputs.commentOnPr) return
  if (!inputs.githubToken) {
    core.notice("No 'github-token': the PR comment was skipped.")
    return
  }
  const comment = await upsertPrComment({
    token: inputs.githubToken,
    markdown: renderPreflightComment(input),
    key: preflightCommentKey({
      account: accountOf(outcome.evidence.service?.serviceArn, inputs.service, inputs.cluster),
      region: outcome.region,
      cluster: inputs.cluster,
      service: outcome.serviceName
    })
  })
  if (comment.action !== 'skipped') core.info(`PR comment ${comment.action}: ${comment.url ?? ''}`)
}
