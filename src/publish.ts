import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DoctorResult } from './doctor.js'
import type { Evidence } from './evidence/schema.js'
import type { Inputs } from './inputs/inputs.js'
import { combinedMarker, renderCombinedComment, renderCombinedSummary } from './report/combined.js'
import { commentMarker, renderComment } from './report/comment.js'
import { watchDuration, type ReportInput } from './report/model.js'
import { annotate, maskSecrets, upsertPrComment, writeJobSummary } from './report/publish.js'
import { renderSummary } from './report/summary.js'
import { FAILING_VERDICTS } from './types.js'

function safeFileName(text: string): string {
  return text.replace(/[^A-Za-z0-9_.-]+/g, '-').slice(0, 100)
}

async function writeEvidence(evidence: Evidence, cluster: string, service: string): Promise<string> {
  const dir = process.env.RUNNER_TEMP || tmpdir()
  await mkdir(dir, { recursive: true })
  const path = join(dir, `ecs-deploy-doctor-${safeFileName(cluster)}-${safeFileName(service)}.evidence.json`)
  await writeFile(path, `${JSON.stringify(evidence, null, 2)}\n`, 'utf8')
  return path
}

function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env
  return GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_RUN_ID
    ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`
    : undefined
}

function reportInput(result: DoctorResult, inputs: Inputs, service: string): ReportInput {
  return {
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
 * object per service; `verdict`, `root-cause` and `evidence-file` then describe the first failing one.
 */
export async function publishReports(results: DoctorResult[], inputs: Inputs): Promise<void> {
  const reports = results.map((result, i) => reportInput(result, inputs, inputs.services[i] ?? inputs.service))
  const evidenceFiles = await Promise.all(reports.map((r) => writeEvidence(r.evidence, r.cluster, r.serviceName)))
  const lead = Math.max(0, reports.findIndex(isFailing))
  core.setOutput('verdict', reports[lead].verdict)
  core.setOutput('deployment-id', reports[lead].deploymentId ?? '')
  core.setOutput('root-cause', reports[lead].diagnosis?.rootCause?.code ?? '')
  core.setOutput('evidence-file', evidenceFiles[lead])
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
            evidenceFile: evidenceFiles[i]
          }
        ])
      )
    )
  )
  for (const report of reports) maskSecrets(report)

  if (reports.length === 1) {
    const [report] = reports
    await writeSummary(renderSummary(report))
    if (isFailing(report)) annotate(report)
    await comment(inputs, renderComment(report), commentMarker(inputs.cluster, report.serviceName))
    return
  }
  await writeSummary(renderCombinedSummary(reports))
  for (const report of reports.filter(isFailing)) annotate(report)
  await comment(inputs, renderCombinedComment(reports), combinedMarker(inputs.cluster, inputs.services))
}
