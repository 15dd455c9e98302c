import * as core from '@actions/core'
import { rollbackLine, withRollbackSection } from './act/report.js'
import type { RollbackOutcome } from './act/types.js'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DoctorResult } from './doctor.js'
import type { Evidence } from './evidence/schema.js'
import type { Inputs } from './inputs/inputs.js'
import { characters, hardCut, utf8Bytes } from './report/budget.js'
import { combinedMarker, renderCombinedComment, renderCombinedSummary, type ServiceReport } from './report/combined.js'
import { COMMENT_MAX_CHARS, commentMarker, renderComment } from './report/comment.js'
import { watchDuration, type ReportInput } from './report/model.js'
import { annotate, maskSecrets, upsertPrComment, writeJobSummary } from './report/publish.js'
import { renderSummary, SUMMARY_MAX_BYTES } from './report/summary.js'
import { FAILING_VERDICTS } from './types.js'

function safeFileName(text: string): string {
  return text.replace(/[^A-Za-z0-9_.-]+/g, '-').slice(0, 100)
}

/** One fresh folder per run under RUNNER_TEMP: concurrent runs on one machine never share a file. */
async function writeEvidence(evidence: Evidence, cluster: string, service: string): Promise<string> {
  const root = process.env.RUNNER_TEMP || tmpdir()
  await mkdir(root, { recursive: true })
  const dir = await mkdtemp(join(root, 'ecs-deploy-doctor-'))
  const path = join(dir, `${safeFileName(cluster)}-${safeFileName(service)}.evidence.json`)
  await writeFile(path, `${JSON.stringify(evidence, null, 2)}\n`, 'utf8')
  return path
}

function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env
  return GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_RUN_ID
    ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`
    : undefined
}

function reportInput(result: DoctorResult, inputs: Inputs, service: string): ServiceReport {
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

/** Room for the rollback section in a single report (it is a few KiB at most). */
const ROLLBACK_SECTION_RESERVE = 8_000

/** The job summary of one service, with its rollback section under the headline. */
function singleSummary(report: ServiceReport): string {
  const reserve = report.rollback ? ROLLBACK_SECTION_RESERVE : 0
  const markdown = withRollbackSection(renderSummary(report, { maxBytes: SUMMARY_MAX_BYTES - reserve }), report, report.rollback, 3)
  return hardCut(markdown, { max: SUMMARY_MAX_BYTES, measure: utf8Bytes })
}

/** Under GitHub's 65,536 characters: a comment is at most COMMENT_MAX_CHARS plus the rollback section. */
const COMMENT_WITH_ROLLBACK_MAX_CHARS = COMMENT_MAX_CHARS + 5_000

function singleComment(report: ServiceReport): string {
  const markdown = withRollbackSection(renderComment(report), report, report.rollback, 4)
  return markdown.length <= COMMENT_WITH_ROLLBACK_MAX_CHARS ? markdown : hardCut(markdown, { max: COMMENT_WITH_ROLLBACK_MAX_CHARS, measure: characters })
}

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

async function comment(inputs: Inputs, markdown: string, marker: string): Promise<void> {
  if (!inputs.commentOnPr) return
  if (!inputs.githubToken) {
    core.notice("No 'github-token': the PR comment was skipped.")
    return
  }
  const outcome = await upsertPrComment({ token: inputs.githubToken, markdown, marker })
  if (outcome.action !== 'skipped') core.info(`PR comment ${outcome.action}: ${outcome.url ?? ''}`)
}

/**
 * Outputs first (later steps rely on them), then the summary, annotations and the PR comment.
 * One service: its report. Several: one combined report, and a `services` output with a JSON
 * object per service; `verdict`, `root-cause`, `rollback` and `evidence-file` then describe the first failing one.
 */
export async function publishReports(results: DoctorResult[], inputs: Inputs): Promise<void> {
  const reports = results.map((result, i) => reportInput(result, inputs, inputs.services[i] ?? inputs.service))
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
    await writeSummary(singleSummary(report))
    if (isFailing(report)) annotate(report)
    await comment(inputs, singleComment(report), commentMarker(inputs.cluster, report.serviceName))
    return
  }
  await writeSummary(renderCombinedSummary(reports))
  for (const report of reports.filter(isFailing)) annotate(report)
  await comment(inputs, renderCombinedComment(reports), combinedMarker(inputs.cluster, inputs.services))
}
