import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DoctorResult } from './doctor.js'
import type { Evidence } from './evidence/schema.js'
import type { Inputs } from './inputs/inputs.js'
import { commentMarker, renderComment } from './report/comment.js'
import type { ReportInput } from './report/model.js'
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

/** Outputs first (later steps rely on them), then the summary, the annotation and the PR comment. */
export async function publishReport(result: DoctorResult, inputs: Inputs): Promise<void> {
  const { watch, evidence, diagnosis } = result
  core.setOutput('verdict', watch.verdict)
  core.setOutput('deployment-id', watch.deploymentId)
  core.setOutput('root-cause', diagnosis?.rootCause?.code ?? '')
  core.setOutput('evidence-file', await writeEvidence(evidence, inputs.cluster, inputs.service))

  const report: ReportInput = {
    verdict: watch.verdict,
    cluster: inputs.cluster,
    serviceName: inputs.service,
    region: inputs.region,
    deploymentId: watch.deploymentId || null,
    evidence,
    diagnosis,
    runUrl: runUrl(),
    commitSha: process.env.GITHUB_SHA
  }
  maskSecrets(report)
  try {
    core.setOutput('summary-file', await writeJobSummary(renderSummary(report)))
  } catch (error) {
    core.warning(`The job summary could not be written: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (FAILING_VERDICTS.includes(watch.verdict)) annotate(report)
  if (!inputs.commentOnPr) return
  if (!inputs.githubToken) {
    core.notice("No 'github-token': the PR comment was skipped.")
    return
  }
  const outcome = await upsertPrComment({
    token: inputs.githubToken,
    markdown: renderComment(report),
    marker: commentMarker(inputs.cluster, inputs.service)
  })
  if (outcome.action !== 'skipped') core.info(`PR comment ${outcome.action}: ${outcome.url ?? ''}`)
}
