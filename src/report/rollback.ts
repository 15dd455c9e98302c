/**
 * What the rollback changed, for the job summary, the PR comment, the log and the terminal. Pure.
 * Every string AWS wrote is escaped by the report helpers before it goes into markdown.
 */
import { command } from '../diagnose/shell.js'
import { shortTaskDefinition } from '../format.js'
import type { RollbackOutcome } from '../rollback/types.js'
import { code, fence, text } from './escape.js'
import { factsLine } from './headline.js'
import { alert, heading } from './markdown.js'
import type { ReportInput } from './model.js'

export interface RollbackContext {
  cluster: string
  service: string
  region: string
}

const TITLE: Record<RollbackOutcome['status'], string> = {
  'rolled-back': '↩️ Rolled back',
  failed: '⚠️ Rollback did not complete',
  'not-permitted': '🔒 Rollback not permitted',
  skipped: 'Rollback skipped'
}

function revisions(outcome: RollbackOutcome): { from: string; to: string } {
  return {
    from: outcome.fromTaskDefinition ? shortTaskDefinition(outcome.fromTaskDefinition) : '',
    to: outcome.toTaskDefinition ? shortTaskDefinition(outcome.toTaskDefinition) : ''
  }
}

function stoppedArn(outcome: RollbackOutcome): string | undefined {
  return outcome.calls.find((c) => c.api === 'ecs:StopServiceDeployment')?.target
}

/** The commands that roll back by hand, when the action did not (or could not). */
export function manualRollbackCommands(outcome: RollbackOutcome, ctx: RollbackContext): string[] {
  const commands: string[] = []
  const arn = stoppedArn(outcome)
  if (arn) commands.push(command('aws', 'ecs', 'stop-service-deployment', '--service-deployment-arn', arn, '--stop-type', 'ROLLBACK', '--region', ctx.region))
  const { to } = revisions(outcome)
  if (to) commands.push(command('aws', 'ecs', 'update-service', '--cluster', ctx.cluster, '--service', ctx.service, '--task-definition', to, '--region', ctx.region))
  return commands
}

/** One line for the log, the failure message and annotations. */
export function rollbackLine(outcome: RollbackOutcome): string {
  const { from, to } = revisions(outcome)
  switch (outcome.status) {
    case 'rolled-back':
      return `Rolled back with ${outcome.changedBy}: ${from || outcome.fromDeploymentId} -> ${to} in ${outcome.deploymentId}, stable.`
    case 'not-permitted':
      return `Not rolled back: ${outcome.reason}`
    case 'skipped':
      return `Rollback skipped: ${outcome.reason}`
    default:
      return `Rollback did not complete: ${outcome.reason}`
  }
}

/** What was called, on what, and what came of it: one list item per call. */
function callItems(outcome: RollbackOutcome): string[] {
  return outcome.calls.map((call) => {
    const result = call.outcome === 'done' ? 'done' : call.outcome === 'denied' ? '**denied**' : '**failed**'
    const detail = call.error ? `: ${text(call.error, 300)}` : ''
    return `- ${code(call.api)} on ${code(call.target, { max: 300 })}: ${result}${detail}`
  })
}

function changeParagraph(outcome: RollbackOutcome, ctx: RollbackContext): string {
  const { from, to } = revisions(outcome)
  const how =
    outcome.changedBy === 'ecs:StopServiceDeployment'
      ? `${code('ecs:StopServiceDeployment')} (stop type ${code('ROLLBACK')})`
      : `${code('ecs:UpdateService')}`
  const fromTo = `${from ? ` from ${code(from)}` : ` from ${code(outcome.fromDeploymentId)}`}${to ? ` to ${code(to)}` : ''}`
  const sentences = [`ECS Deploy Doctor rolled ${code(ctx.service)} back${fromTo} with ${how}.`]
  if (outcome.deploymentId) {
    const verdict = outcome.watch ? ` ended ${code(outcome.watch.verdict)}: ${text(outcome.watch.reason, 400)}` : ' was started.'
    sentences.push(`The rollback deployment ${code(outcome.deploymentId)}${verdict}`)
  }
  return sentences.join(' ')
}

/** The report's "Rollback" section: exactly what was changed (or why nothing was). */
export function rollbackMarkdown(outcome: RollbackOutcome, ctx: RollbackContext, level: number): string {
  const parts = [heading(level, TITLE[outcome.status])]
  if (outcome.changedBy) {
    parts.push(changeParagraph(outcome, ctx))
    if (outcome.status !== 'rolled-back') parts.push(alert('WARNING', [text(outcome.reason, 600)]))
  } else if (outcome.status === 'skipped') {
    parts.push(text(outcome.reason, 600))
  } else {
    const grant =
      outcome.status === 'not-permitted'
        ? ` To let the action roll back, grant the role the workflow assumes ${code('ecs:StopServiceDeployment')} (with ${code('ecs:ListServiceDeployments')}) or ${code('ecs:UpdateService')}; see the README. Or roll back by hand:`
        : ''
    parts.push(alert(outcome.status === 'not-permitted' ? 'WARNING' : 'CAUTION', [`**Nothing was changed.** ${text(outcome.reason, 600)}${grant}`]))
  }
  if (outcome.calls.length > 0) parts.push(['Calls made:', ...callItems(outcome)].join('\n'))
  const manual = outcome.status === 'rolled-back' || outcome.status === 'skipped' ? [] : manualRollbackCommands(outcome, ctx)
  if (manual.length > 0) parts.push(['To roll back by hand:', '', fence(manual.slice(0, 1), 'sh')].join('\n'))
  return parts.join('\n\n')
}

/** The rollback for a terminal: a few plain lines. */
export function rollbackText(outcome: RollbackOutcome, ctx: RollbackContext): string {
  const lines = [rollbackLine(outcome)]
  for (const call of outcome.calls) lines.push(`  ${call.api} ${call.target}: ${call.outcome}${call.error ? ` (${call.error})` : ''}`)
  if (outcome.status === 'not-permitted' || outcome.status === 'failed') {
    const manual = manualRollbackCommands(outcome, ctx)
    if (manual.length > 0) lines.push('To roll back by hand:', `  ${manual[0]}`)
  }
  return `${lines.join('\n')}\n`
}

/**
 * A report with the rollback section placed right under its headline (after the facts line), where
 * a reader sees what was changed before the evidence; at the end when the headline is not found.
 */
export function withRollbackSection(markdown: string, input: ReportInput, outcome: RollbackOutcome | null | undefined, level: number): string {
  if (!outcome) return markdown
  const section = rollbackMarkdown(outcome, { cluster: input.cluster, service: input.serviceName, region: input.region }, level)
  const facts = factsLine(input)
  const at = markdown.indexOf(facts)
  if (at < 0) return `${markdown.trimEnd()}\n\n${section}\n`
  const end = at + facts.length
  return `${markdown.slice(0, end)}\n\n${section}${markdown.slice(end)}`
}

/** "↩️ rolled back", for a table cell. */
export function rollbackLabel(outcome: RollbackOutcome): string {
  const icon = { 'rolled-back': '↩️', failed: '⚠️', 'not-permitted': '🔒', skipped: '➖' }[outcome.status]
  return `${icon} ${outcome.status}`
}
