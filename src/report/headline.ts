/**
 * The first thing a reader sees: verdict, root cause, and two or three sentences on why.
 */
import type { Finding } from '../diagnose/types.js'
import type { EcsTask } from '../evidence/schema.js'
import type { Verdict } from '../types.js'
import { code, fence, linkTarget, text, truncate } from './escape.js'
import { alert, heading, link, type AlertKind } from './markdown.js'
import {
  consoleUrl,
  deploymentTasks,
  followedDeployment,
  redactorFor,
  targetHealth,
  taskDefinitionLabel,
  taskDefinitionOf,
  utcTime,
  watchDuration,
  type ReportInput
} from './model.js'
import { strategyRollbackCause } from './strategy.js'

interface VerdictStyle {
  icon: string
  phrase: string
  alert: AlertKind
}

const VERDICT_STYLE: Record<Verdict, VerdictStyle> = {
  stable: { icon: '✅', phrase: 'deployed and stable', alert: 'TIP' },
  failed: { icon: '❌', phrase: 'deployment failed', alert: 'CAUTION' },
  'rolled-back': { icon: '↩️', phrase: 'deployment rolled back', alert: 'CAUTION' },
  stuck: { icon: '⏸️', phrase: 'deployment stuck', alert: 'WARNING' },
  timeout: { icon: '⏱️', phrase: 'deployment timed out', alert: 'WARNING' }
}

/** "deployment timed out" */
export function verdictPhrase(verdict: Verdict): string {
  return VERDICT_STYLE[verdict].phrase
}

export function rootCauseOf(input: ReportInput): Finding | null {
  return input.diagnosis?.rootCause ?? null
}

/** "❌ api: deployment failed — `secret-access-denied`" */
export function headlineText(input: ReportInput): string {
  const style = VERDICT_STYLE[input.verdict]
  const rootCause = rootCauseOf(input)
  const cause = input.verdict !== 'stable' && rootCause ? ` — ${code(rootCause.code)}` : ''
  return `${style.icon} ${code(input.serviceName)} ${style.phrase}${cause}`
}

/** Plain-text title for annotations and logs. */
export function plainHeadline(input: ReportInput): string {
  const rootCause = rootCauseOf(input)
  const phrase = VERDICT_STYLE[input.verdict].phrase
  return rootCause ? `${input.serviceName} ${phrase}: ${rootCause.code}` : `${input.serviceName} ${phrase}`
}

/** The revision that is actually serving after a rollback, when the evidence shows it. */
function rolledBackTo(input: ReportInput): string {
  const primary = input.evidence.service.deployments?.find((d) => d.status === 'PRIMARY')
  if (primary && primary.id !== input.deploymentId) return taskDefinitionLabel(primary.taskDefinition)
  return taskDefinitionOf(input.evidence.previousTaskDefinition)
}

function ourRevision(input: ReportInput): string {
  return taskDefinitionOf(input.evidence.taskDefinition) || taskDefinitionLabel(followedDeployment(input)?.taskDefinition)
}

export function endSentence(value: string): string {
  return !value || /[.!?…]$/.test(value) ? value : `${value}.`
}

/**
 * Why the watch ended, as a reader should read it: the failure signature it grouped tasks by (an
 * internal key with digits as N) replaced by what ECS said about one of those tasks. Not escaped.
 */
export function watchReason(input: Pick<ReportInput, 'evidence' | 'diagnosis'>): string {
  let reason = input.evidence.watch?.reason ?? ''
  for (const { signature } of input.evidence.watch?.failureSignatures ?? []) {
    if (!signature || !reason.includes(`: ${signature}`)) continue
    const example = input.diagnosis?.failureGroups.find((group) => group.signature === signature)?.exampleReason
    reason = reason.replace(`: ${signature}`, example ? `: ${truncate(example, 300)}` : '')
  }
  return endSentence(reason)
}

/** The tasks of the deployment that have not started their containers: ECS is placing them or pulling the image. */
function notStarted(input: ReportInput): EcsTask[] {
  return deploymentTasks(input).filter((task) => !task.startedAt && task.lastStatus !== 'STOPPED' && task.desiredStatus !== 'STOPPED')
}

/** "2 tasks have not started: ECS began pulling their image at 17:27:02 UTC and the pull has not finished." */
function notStartedSentence(input: ReportInput): string {
  const waiting = notStarted(input)
  if (waiting.length === 0) return ''
  const tasks = waiting.length === 1 ? '1 task has' : `${waiting.length} tasks have`
  const pulling = waiting.filter((task) => task.pullStartedAt && !task.pullStoppedAt)
  if (pulling.length === 0) return ` ${tasks} not started yet (${text(waiting[0].lastStatus, 20) || 'PENDING'}): ECS has not begun pulling the image.`
  const since = pulling.map((task) => Date.parse(task.pullStartedAt ?? '')).filter(Number.isFinite).sort((a, b) => a - b)[0]
  const at = since ? ` at ${utcTime(new Date(since).toISOString())}` : ''
  return ` ${tasks} not started yet: ECS began pulling the image${at} and the pull had not finished when the watch stopped.`
}

/** What the verdict means for this service, in a sentence or two. */
function verdictSentences(input: ReportInput): string[] {
  const redact = redactorFor(input)
  const watch = input.evidence.watch
  const revision = ourRevision(input)
  switch (input.verdict) {
    case 'rolled-back': {
      const previous = rolledBackTo(input)
      const to = previous ? ` to ${code(previous)}` : ''
      const ours = followedDeployment(input)
      const cause = strategyRollbackCause(input)
      const how = cause
        ? `${cause}${to}. `
        : ours && ours.rolloutState !== 'FAILED'
          ? `Another deployment rolled the service back${to} before this one completed. `
          : `ECS rolled the service back${to} after the new tasks kept failing. `
      return [`${how}The service may look healthy now, but it is running the previous revision${revision ? `, not ${code(revision)}` : ''}.`]
    }
    case 'timeout': {
      const progress = watch?.progress ? `: ${endSentence(text(redact.line(watch.progress), 400))}` : '.'
      const targets = targetHealth(input)
      const health = targets?.total ? ` Load balancer targets of the new tasks: ${targets.healthy} of ${targets.total} healthy.` : ''
      return [`The deployment was still in progress when the watch stopped after ${watchDuration(input) || 'its timeout'}${progress}${notStartedSentence(input)}${health}`]
    }
    case 'stuck':
      return [`The deployment stopped making progress${watch?.reason ? `: ${text(redact.line(watchReason(input)), 400)}` : '.'}`]
    default:
      return []
  }
}

/** The alert block under the heading: root cause title, verdict meaning, explanation. */
export function verdictAlert(input: ReportInput, opts: { explanationMax?: number } = {}): string {
  const style = VERDICT_STYLE[input.verdict]
  if (input.verdict === 'stable') return alert(style.alert, [stableSentence(input)])
  const redact = redactorFor(input)
  const rootCause = rootCauseOf(input)
  const paragraphs: string[] = []
  if (rootCause) {
    paragraphs.push(`**${text(redact.line(rootCause.title), 300)}** (${text(rootCause.confidence, 20)} confidence)`)
  } else {
    const lead = input.verdict === 'timeout' ? 'No failure found before the timeout.' : 'Root cause not identified.'
    // A timeout's and a stuck deployment's sentences below already say why the watch ended.
    const reason = input.verdict === 'timeout' || input.verdict === 'stuck' ? '' : watchReason(input)
    paragraphs.push(`**${lead}**${reason ? ` ${text(redact.line(reason), 400)}` : ''}`)
  }
  paragraphs.push(...verdictSentences(input))
  if (rootCause?.explanation) paragraphs.push(text(redact.line(rootCause.explanation), opts.explanationMax ?? 1500))
  return alert(style.alert, paragraphs)
}

/** "Revision api:42 is running 2/2 tasks, 2/2 targets healthy, after 3m 05s." */
export function stableSentence(input: ReportInput): string {
  const deployment = followedDeployment(input)
  const revision = ourRevision(input)
  const parts: string[] = []
  if (deployment) parts.push(`${deployment.runningCount ?? 0}/${deployment.desiredCount ?? 0} tasks running`)
  const targets = targetHealth(input)
  if (targets) parts.push(`${targets.healthy}/${targets.total} targets healthy`)
  const duration = watchDuration(input)
  const subject = revision ? `Revision ${code(revision)} is live` : 'The new revision is live'
  return `${subject}${parts.length ? `: ${parts.join(', ')}` : ''}${duration ? `. The deployment took ${duration}` : ''}.`
}

/** One line of facts: service, cluster, region, deployment, revision, duration, console link. */
export function factsLine(input: ReportInput): string {
  const facts = [
    `**Service** ${code(input.serviceName)}`,
    `**Cluster** ${code(input.cluster)}`,
    `**Region** ${code(input.region)}`
  ]
  if (input.deploymentId) facts.push(`**Deployment** ${code(input.deploymentId)}`)
  const revision = ourRevision(input)
  if (revision) facts.push(`**Revision** ${code(revision)}`)
  const duration = watchDuration(input)
  if (duration) facts.push(`**Watched** ${duration}`)
  const url = consoleUrl(input)
  if (url) facts.push(link('Deployments in the AWS console ↗', linkTarget(url)))
  return facts.join(' · ')
}

/** The first error line of the root cause's log excerpt, shown right under the headline. */
export function firstErrorLine(input: ReportInput): string {
  const excerpt = rootCauseOf(input)?.logExcerpt
  if (!excerpt || excerpt.highlight === undefined) return ''
  const line = excerpt.lines[excerpt.highlight]
  if (line === undefined) return ''
  const redacted = redactorFor(input).tail(excerpt.lines.slice(0, excerpt.highlight + 1), 1)[0]
  return [`First error in the log of container ${code(excerpt.containerName)}:`, '', fence([truncate(redacted, 500)], 'text')].join('\n')
}

export function headlineSection(input: ReportInput, level: number, opts: { explanationMax?: number } = {}): string {
  return [heading(level, headlineText(input)), '', verdictAlert(input, opts), '', factsLine(input)].join('\n')
}
