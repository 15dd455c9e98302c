/**
 * Evidence only a deployment strategy needs: the CloudWatch alarms that made ECS roll back (their
 * configuration, state reason and state history since the deployment began) and the last log lines of a
 * lifecycle hook's Lambda function that failed (ECS-native hooks and CodeDeploy hooks alike).
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DescribeAlarms.html
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/troubleshooting-blue-green.html
 */
import { DescribeAlarmHistoryCommand, DescribeAlarmsCommand, type CompositeAlarm, type MetricAlarm } from '@aws-sdk/client-cloudwatch'
import { paginateFilterLogEvents } from '@aws-sdk/client-cloudwatch-logs'
import { failedLifecycleEvent } from '../deployment-facts.js'
import { hookFailure } from '../deployment-facts.js'
import type { AlarmEvidence, HookLogs, StrategyEvidence } from './schema.js'
import { allPages, isError, type CollectionContext } from './context.js'
import { EVIDENCE_CHECKS } from './schema.js'

/** History is read from this long before the deployment began, so the state it started in shows. */
const HISTORY_LEAD_MS = 60 * 60_000
const HISTORY_ITEMS = 10
const MAX_LINE_LENGTH = 2_000

export async function collectStrategyEvidence(ctx: CollectionContext, strategy: StrategyEvidence | undefined, logLines: number): Promise<StrategyEvidence | undefined> {
  if (!strategy) return undefined
  const [firedAlarms, hookLogs] = await Promise.all([collectAlarms(ctx, strategy), collectHookLogs(ctx, strategy, logLines)])
  return { ...strategy, ...(firedAlarms ? { firedAlarms } : {}), ...(hookLogs ? { hookLogs } : {}) }
}

function deploymentStartMs(strategy: StrategyEvidence): number | undefined {
  const started = strategy.serviceDeployment?.createdAt ?? strategy.serviceDeployment?.startedAt ?? strategy.codeDeploy?.deployment?.createTime
  const ms = started ? Date.parse(started) : NaN
  return Number.isFinite(ms) ? ms : undefined
}

async function collectAlarms(ctx: CollectionContext, strategy: StrategyEvidence): Promise<AlarmEvidence[] | undefined> {
  const names = (strategy.serviceDeployment?.alarms?.triggeredAlarmNames ?? []).filter(Boolean).slice(0, 10)
  if (names.length === 0) return undefined
  const cloudwatch = await ctx.client('cloudwatch')
  const described = await ctx.call({ check: EVIDENCE_CHECKS.alarms, api: 'cloudwatch:DescribeAlarms', resource: names.join(', ') }, (options) =>
    // Without AlarmTypes only metric alarms come back.
    cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: names, AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] }), options)
  )
  const start = deploymentStartMs(strategy)
  const histories = await Promise.all(names.map((name) => alarmHistory(ctx, name, start)))
  return names.map((name, i) => {
    const metric = described?.MetricAlarms?.find((a) => a.AlarmName === name)
    const composite = described?.CompositeAlarms?.find((a) => a.AlarmName === name)
    return { ...alarmFacts(name, metric, composite), history: histories[i] ?? [] }
  })
}

function alarmFacts(name: string, metric: MetricAlarm | undefined, composite: CompositeAlarm | undefined): Omit<AlarmEvidence, 'history'> {
  const alarm = metric ?? composite
  const base = {
    name,
    type: metric ? ('MetricAlarm' as const) : composite ? ('CompositeAlarm' as const) : ('unknown' as const),
    ...(alarm?.StateValue ? { stateValue: alarm.StateValue } : {}),
    ...(alarm?.StateReason ? { stateReason: alarm.StateReason.slice(0, MAX_LINE_LENGTH) } : {}),
    ...(alarm?.StateTransitionedTimestamp ? { stateTransitionedAt: alarm.StateTransitionedTimestamp.toISOString() } : {})
  }
  if (composite) return { ...base, ...(composite.AlarmRule ? { alarmRule: composite.AlarmRule } : {}) }
  if (!metric) return base
  const dimensions = (metric.Dimensions ?? []).map((d) => `${d.Name}=${d.Value}`).join(',')
  return {
    ...base,
    ...(metric.MetricName ? { metric: metric.MetricName } : {}),
    ...(metric.Namespace ? { namespace: metric.Namespace } : {}),
    ...(dimensions ? { dimensions } : {}),
    ...(metric.Statistic || metric.ExtendedStatistic ? { statistic: metric.Statistic ?? metric.ExtendedStatistic } : {}),
    ...(metric.Threshold !== undefined ? { threshold: metric.Threshold } : {}),
    ...(metric.ComparisonOperator ? { comparison: metric.ComparisonOperator } : {}),
    ...(metric.Period !== undefined ? { periodSeconds: metric.Period } : {}),
    ...(metric.EvaluationPeriods !== undefined ? { evaluationPeriods: metric.EvaluationPeriods } : {})
  }
}

async function alarmHistory(ctx: CollectionContext, name: string, startMs: number | undefined): Promise<AlarmEvidence['history'] | undefined> {
  const output = await ctx.call({ check: EVIDENCE_CHECKS.alarms, api: 'cloudwatch:DescribeAlarmHistory', resource: name }, async (options) =>
    (await ctx.client('cloudwatch')).send(
      new DescribeAlarmHistoryCommand({
        AlarmName: name,
        HistoryItemType: 'StateUpdate',
        ScanBy: 'TimestampDescending',
        MaxRecords: HISTORY_ITEMS,
        ...(startMs !== undefined ? { StartDate: new Date(startMs - HISTORY_LEAD_MS) } : {})
      }),
      options
    )
  )
  return output?.AlarmHistoryItems?.map((item) => ({ at: item.Timestamp?.toISOString() ?? '', summary: historySummary(item.HistorySummary, item.HistoryData) }))
}

/** "Alarm updated from OK to ALARM: Threshold Crossed: …" (the reason is in HistoryData's JSON). */
function historySummary(summary: string | undefined, data: string | undefined): string {
  let reason = ''
  try {
    const parsed = JSON.parse(data ?? '{}') as { newState?: { stateReason?: unknown } }
    if (typeof parsed.newState?.stateReason === 'string') reason = parsed.newState.stateReason
  } catch {
    reason = ''
  }
  return `${summary ?? 'State changed'}${reason ? `: ${reason}` : ''}`.slice(0, MAX_LINE_LENGTH)
}

/** The failed hook's function: ECS names it in the statusReason; CodeDeploy's is in the deployment's AppSpec. */
function failedHookFunction(strategy: StrategyEvidence): string | undefined {
  const ecs = hookFailure(strategy.serviceDeployment)
  if (ecs?.functionArn && !ecs.pauseExpired) return ecs.functionArn
  const event = failedLifecycleEvent(strategy.codeDeploy?.target)?.lifecycleEventName
  return event ? strategy.codeDeploy?.hookFunctions?.[event] : undefined
}

function functionNameOf(functionArnOrName: string): string {
  return functionArnOrName.includes(':function:') ? (functionArnOrName.split(':function:')[1]?.split(':')[0] ?? functionArnOrName) : functionArnOrName
}

/** The function's last log lines since the deployment began, from its default log group /aws/lambda/NAME. */
async function collectHookLogs(ctx: CollectionContext, strategy: StrategyEvidence, logLines: number): Promise<HookLogs | undefined> {
  const functionArn = failedHookFunction(strategy)
  if (!functionArn) return undefined
  const functionName = functionNameOf(functionArn)
  const logGroupName = `/aws/lambda/${functionName}`
  const start = deploymentStartMs(strategy)
  const limit = Math.min(Math.max(Math.trunc(logLines), 1), 10_000)
  const read = await ctx.call<Pick<HookLogs, 'lines' | 'missing'>>(
    { check: EVIDENCE_CHECKS.hookLogs, api: 'logs:FilterLogEvents', resource: logGroupName },
    async (options) => {
      const pages = paginateFilterLogEvents({ client: await ctx.client('logs') }, { logGroupName, ...(start !== undefined ? { startTime: start - 60_000 } : {}) }, options)
      const events = await allPages(pages, (page) => page.events, 5)
      const lines = events.map((e) => (e.message ?? '').replace(/\r?\n$/, '').slice(0, MAX_LINE_LENGTH)).slice(-limit)
      return lines.length > 0 ? { lines } : { lines, missing: 'no-lines' }
    },
    (error) => (isError(error, 'ResourceNotFoundException') ? { lines: [], missing: 'group-not-found' } : undefined)
  )
  if (!read) return undefined
  return { functionArn, functionName, logGroupName, ...read }
}
