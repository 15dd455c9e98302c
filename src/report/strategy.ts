/**
 * The deployment strategy in the job summary: which kind of deployment ran, its stages as a mermaid chart,
 * where traffic stood between the revisions, how healthy each revision was, what the rollback did, a pause
 * waiting for approval (with the commands), the alarm that fired and the failed hook's last log lines.
 */
import type { AlarmEvidence, StageSpan, StrategyEvidence } from '../evidence/schema.js'
import { code, fence, html, mermaidLabel, text, truncate } from './escape.js'
import { details, heading, plural, table } from './markdown.js'
import { clockTime, redactorFor, taskDefinitionLabel, taskDefinitionOf, utcTime, type ReportInput } from './model.js'
import { hookFailure, lifecycleSpans, rollbackCause, strategyLabel } from '../deployment-facts.js'

type Row = string[]

function strategyOf(input: ReportInput): StrategyEvidence | undefined {
  const strategy = input.evidence.strategy
  return typeof strategy === 'object' && strategy !== null && !Array.isArray(strategy) ? strategy : undefined
}

/** Plain rolling deployments keep the report they always had. */
function worthShowing(strategy: StrategyEvidence | undefined): strategy is StrategyEvidence {
  return Boolean(strategy && (strategy.kind !== 'ROLLING' || strategy.alarms))
}

function percent(value: number | undefined): string {
  return value === undefined ? '–' : `${Math.round(value * 10) / 10}%`
}

function kindLine(strategy: StrategyEvidence): string {
  const facts: string[] = []
  const sd = strategy.serviceDeployment
  if (sd?.status) facts.push(`**Service deployment** ${code(sd.status)}`)
  if (sd?.lifecycleStage) facts.push(`**Stage reached** ${code(sd.lifecycleStage)}`)
  const bake = sd?.deploymentConfiguration?.bakeTimeInMinutes
  if (bake !== undefined && strategy.kind !== 'ROLLING') facts.push(`**Bake time** ${bake} min`)
  const cd = strategy.codeDeploy
  if (cd) {
    facts.push(`**CodeDeploy deployment** ${code(cd.deploymentId)}${cd.deployment?.status ? ` ${code(cd.deployment.status)}` : ''}`)
    if (cd.applicationName) facts.push(`**Deployment group** ${code(`${cd.applicationName}/${cd.deploymentGroupName ?? ''}`)}`)
  }
  if (strategy.taskSet?.id && strategy.kind === 'EXTERNAL') facts.push(`**Task set** ${code(strategy.taskSet.id)} ${code(strategy.taskSet.stabilityStatus ?? '')}`)
  if (strategy.alarms) facts.push(`**Alarms** ${strategy.alarms.names.map((n) => code(n)).join(', ')} (rollback ${strategy.alarms.rollback ? 'on' : 'off'})`)
  return facts.join(' · ')
}

function chartTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
}

/** A gantt chart of the stages; every label is built from a safe character set. */
function stageChart(stages: StageSpan[], endedAt: string | undefined): string | null {
  const end = Date.parse(endedAt ?? '')
  const bars = stages.flatMap((span, index) => {
    const start = Date.parse(span.startedAt)
    const stop = Date.parse(span.endedAt ?? '') || end || start
    if (!Number.isFinite(start)) return []
    const tags = span.status === 'Failed' ? ['crit'] : !span.endedAt ? ['active'] : span.status === 'Skipped' ? [] : ['done']
    const traffic = span.greenTrafficPercent ? ` green ${Math.round(span.greenTrafficPercent)} pct` : ''
    return [`    ${mermaidLabel(`${span.stage}${traffic}`, 48) || `stage ${index + 1}`} :${[...tags, `s${index}`, chartTime(start), chartTime(Math.max(start + 1000, stop))].join(', ')}`]
  })
  if (bars.length === 0) return null
  return ['```mermaid', 'gantt', '    title Deployment stages (UTC)', '    dateFormat YYYY-MM-DD HH:mm:ss', '    axisFormat %H:%M:%S', '    todayMarker off', '    section Stages', ...bars, '```'].join('\n')
}

/** "2/2 healthy in `prod-api-tg-green`" from the collected target health, when there is some. */
function targetHealth(input: ReportInput, targetGroup: string | undefined): string {
  if (!targetGroup) return ''
  const groups = input.evidence.loadBalancing?.targetHealth ?? []
  const names = input.evidence.loadBalancing?.targetGroups ?? []
  const arn = names.find((g) => g.TargetGroupArn === targetGroup || g.TargetGroupName === targetGroup)?.TargetGroupArn ?? targetGroup
  const health = groups.find((g) => g.targetGroupArn === arn)
  const name = arn.split('/')[1] ?? arn
  if (!health) return code(name, { inTable: true })
  const healthy = health.descriptions.filter((d) => d.TargetHealth?.State === 'healthy').length
  return `${healthy}/${health.descriptions.length} healthy in ${code(name, { inTable: true })}`
}

/** The revisions' task definitions: from the evidence after a failure, else from the service's deployments. */
function revisionLabels(input: ReportInput): { green: string; blue: string } {
  const deployments = input.evidence.service.deployments ?? []
  const ours = deployments.find((d) => d.id === input.deploymentId)?.taskDefinition
  const other = deployments.find((d) => d.id !== input.deploymentId && d.taskDefinition !== ours)?.taskDefinition
  return {
    green: taskDefinitionOf(input.evidence.taskDefinition) || taskDefinitionLabel(ours) || 'new revision',
    blue: taskDefinitionOf(input.evidence.previousTaskDefinition) || taskDefinitionLabel(other) || 'previous revision'
  }
}

function ecsRevisionRows(input: ReportInput, strategy: StrategyEvidence): Row[] {
  const sd = strategy.serviceDeployment
  if (!sd?.targetServiceRevision) return []
  const balancer = input.evidence.service.loadBalancers?.[0]
  const green = sd.targetServiceRevision
  const labels = revisionLabels(input)
  const rows: Row[] = [
    [
      `${code(labels.green, { inTable: true })} green`,
      percent(green.requestedProductionTrafficWeight),
      percent(green.requestedTestTrafficWeight),
      `${green.runningTaskCount ?? 0} / ${green.requestedTaskCount ?? 0}`,
      targetHealth(input, balancer?.advancedConfiguration?.alternateTargetGroupArn ?? balancer?.targetGroupArn)
    ]
  ]
  for (const blue of sd.sourceServiceRevisions ?? []) {
    rows.push([
      `${code(labels.blue, { inTable: true })} blue`,
      percent(blue.requestedProductionTrafficWeight ?? (green.requestedProductionTrafficWeight === undefined ? undefined : 100 - green.requestedProductionTrafficWeight)),
      percent(blue.requestedTestTrafficWeight ?? (green.requestedTestTrafficWeight === undefined ? undefined : 100 - green.requestedTestTrafficWeight)),
      `${blue.runningTaskCount ?? 0} / ${blue.requestedTaskCount ?? 0}`,
      strategy.kind === 'ROLLING' ? '' : targetHealth(input, balancer?.targetGroupArn)
    ])
  }
  return rows
}

function codeDeployRows(input: ReportInput, strategy: StrategyEvidence): Row[] {
  return (strategy.codeDeploy?.target?.taskSetsInfo ?? []).map((set) => [
    `${code(set.identifer ?? '', { inTable: true })} ${text(set.taskSetLabel?.toLowerCase(), 10)}`,
    percent(set.trafficWeight),
    '',
    `${set.runningCount ?? 0} / ${set.desiredCount ?? 0}`,
    targetHealth(input, set.targetGroup?.name)
  ])
}

function revisionsTable(input: ReportInput, strategy: StrategyEvidence): string | null {
  const rows = strategy.controller === 'CODE_DEPLOY' ? codeDeployRows(input, strategy) : ecsRevisionRows(input, strategy)
  if (rows.length === 0) return null
  return table(['Revision', 'Production traffic', 'Test traffic', 'Running / requested', 'Target health'], rows, ['left', 'right', 'right', 'right', 'left'])
}

function rollbackLine(input: ReportInput, strategy: StrategyEvidence): string | null {
  const redact = redactorFor(input)
  const sd = strategy.serviceDeployment
  if (sd?.rollback?.startedAt || sd?.status?.startsWith('ROLLBACK_')) {
    const to = sd.rollback?.serviceRevisionArn ? ` to service revision ${code(sd.rollback.serviceRevisionArn.split('/').pop())}` : ''
    const why = sd.rollback?.reason ?? sd.statusReason
    return `**Rollback:** ECS started rolling back${to}${sd.rollback?.startedAt ? ` at ${utcTime(sd.rollback.startedAt)}` : ''}: production and test traffic went back to blue and the green tasks were stopped (${code(sd.status)}).${why ? ` ${text(redact.line(why), 400)}` : ''}`
  }
  const info = strategy.codeDeploy?.deployment
  if (info?.rollbackInfo?.rollbackDeploymentId)
    return `**Rollback:** CodeDeploy rolled back with deployment ${code(info.rollbackInfo.rollbackDeploymentId)}: traffic returned to the original task set and the replacement task set was removed.`
  return null
}

function awaitingBlock(strategy: StrategyEvidence): string | null {
  const awaiting = strategy.awaiting
  if (!awaiting) return null
  const what =
    awaiting.kind === 'codedeploy-ready'
      ? 'CodeDeploy is **Ready**: the replacement task set is up and waits for production traffic to be rerouted.'
      : `The ${code(awaiting.stage)} pause hook ${code(awaiting.hookId)} is **waiting for approval**${awaiting.expiresAt ? ` until ${utcTime(awaiting.expiresAt)}` : ''}${awaiting.timeoutAction ? ` (then ${code(awaiting.timeoutAction)})` : ''}.`
  return [what, '', 'Continue:', '', fence([awaiting.continueCommand], 'bash'), '', 'Or roll back:', '', fence([awaiting.rollbackCommand], 'bash')].join('\n')
}

function alarmBlock(input: ReportInput, alarms: AlarmEvidence[]): string | null {
  const redact = redactorFor(input)
  const rows = alarms.flatMap((alarm) =>
    (Array.isArray(alarm.history) ? alarm.history : []).slice(0, 5).map((item) => [code(alarm.name, { inTable: true }), clockTime(item.at), text(redact.line(item.summary), 300)])
  )
  if (rows.length === 0) return null
  return table(['Alarm', 'At (UTC)', 'State change'], rows)
}

function hookLogBlock(input: ReportInput, strategy: StrategyEvidence, maxLines: number): string | null {
  const logs = strategy.hookLogs
  if (!logs || !Array.isArray(logs.lines) || logs.lines.length === 0) return null
  const lines = redactorFor(input).tail(logs.lines.map(String), maxLines).map((line) => truncate(line, 500))
  return details(`Log of hook function ${html(logs.functionName, 80)} (${plural(lines.length, 'line')}, ${html(logs.logGroupName, 120)})`, fence(lines, 'text'))
}

/** "A failed lifecycle hook made ECS roll the service back": for the headline, when a strategy (not the tasks) ended it. */
export function strategyRollbackCause(input: ReportInput): string | null {
  const strategy = strategyOf(input)
  const sd = strategy?.serviceDeployment
  if (sd?.status?.startsWith('ROLLBACK_') && (sd.alarms?.status === 'TRIGGERED' || hookFailure(sd))) return `Because ${text(rollbackCause(sd), 200)}, ECS rolled the service back`
  const info = strategy?.codeDeploy?.deployment
  if (info?.rollbackInfo?.rollbackDeploymentId) return `CodeDeploy's deployment failed (${text(info.errorInformation?.code ?? info.status ?? 'failed', 60)}) and it rolled the service back`
  return null
}

function stageNote(strategy: StrategyEvidence): string | null {
  if (!strategy.stages?.length || strategy.controller === 'CODE_DEPLOY') return null
  return '_Stages as the watch saw them at each poll: a stage shorter than the poll interval may not show._'
}

export function strategySection(input: ReportInput, level: number, opts: { maxLogLines: number } = { maxLogLines: 30 }): string | null {
  const strategy = strategyOf(input)
  if (!worthShowing(strategy)) return null
  const parts = [
    heading(level, `Deployment strategy: ${text(strategyLabel(strategy), 40)}`),
    kindLine(strategy),
    stageChart(strategy.stages?.length ? strategy.stages : lifecycleSpans(strategy.codeDeploy?.target), input.evidence.watch?.endedAt),
    stageNote(strategy),
    revisionsTable(input, strategy),
    rollbackLine(input, strategy),
    awaitingBlock(strategy),
    alarmBlock(input, strategy.firedAlarms ?? []),
    opts.maxLogLines > 0 ? hookLogBlock(input, strategy, opts.maxLogLines) : null
  ].filter((part): part is string => Boolean(part))
  return parts.join('\n\n')
}
