/**
 * Findings for deployments that a strategy ended: an alarm rollback (the alarm, its metric, threshold and
 * state history), a failed lifecycle hook (the stage, the function and its last log lines) and a failed
 * CodeDeploy deployment (the lifecycle event, the error code, the hook's logs).
 */
import type { AlarmEvidence, StrategyEvidence } from '../../evidence/schema.js'
import { hookFailure } from '../../deployment-facts.js'
import { failedLifecycleEvent } from '../../deployment-facts.js'
import type { DiagnosisContext } from '../context.js'
import { explainAlarmTriggered } from '../deployment/alarm.js'
import type { ClassifiedGroup } from '../rules.js'
import { quoteLine } from '../../redact.js'
import { currentRevision } from '../runtime/task-facts.js'
import { command } from '../shell.js'
import type { Finding, Fix } from '../types.js'
import { codeDeployOf, functionNameOf, serviceDeploymentOf, startedAtMs, strategyOf, strings } from './facts.js'

const OPERATORS: Record<string, string> = {
  GreaterThanThreshold: '>',
  GreaterThanOrEqualToThreshold: '≥',
  LessThanThreshold: '<',
  LessThanOrEqualToThreshold: '≤'
}

function compact<T>(items: (T | undefined | null | false | '')[]): T[] {
  return items.filter((item): item is T => Boolean(item))
}

function alarmsOf(ctx: DiagnosisContext): AlarmEvidence[] {
  const fired = strategyOf(ctx)?.firedAlarms
  return Array.isArray(fired) ? fired.filter((a) => typeof a === 'object' && a !== null) : []
}

/** "HTTPCode_Target_5XX_Count (AWS/ApplicationELB, Sum over 60 s) > 5 for 1 period". */
function condition(alarm: AlarmEvidence): string | undefined {
  if (alarm.alarmRule) return `composite rule ${alarm.alarmRule}`
  if (!alarm.metric) return undefined
  const over = [alarm.namespace, alarm.statistic && alarm.periodSeconds ? `${alarm.statistic} over ${alarm.periodSeconds} s` : alarm.statistic].filter(Boolean).join(', ')
  const test = alarm.threshold !== undefined ? ` ${OPERATORS[alarm.comparison ?? ''] ?? alarm.comparison ?? 'vs'} ${alarm.threshold}` : ''
  const periods = alarm.evaluationPeriods ? ` for ${alarm.evaluationPeriods} period${alarm.evaluationPeriods === 1 ? '' : 's'}` : ''
  return `${alarm.metric}${over ? ` (${over})` : ''}${test}${periods}`
}

function alarmLines(alarm: AlarmEvidence): string[] {
  const test = condition(alarm)
  return compact([
    test && `Alarm ${alarm.name}: ${test}`,
    alarm.stateReason && `${alarm.name} state reason: ${quoteLine(alarm.stateReason)}`,
    ...(Array.isArray(alarm.history) ? alarm.history : []).slice(0, 4).map((h) => `${alarm.name} history ${h.at}: ${quoteLine(h.summary)}`)
  ])
}

function metricFix(ctx: DiagnosisContext, alarm: AlarmEvidence): Fix | undefined {
  // Without the deployment's start there is no window to ask for, and the diagnosis never reads the clock.
  const start = startedAtMs(ctx)
  if (!alarm.metric || !alarm.namespace || start === undefined) return undefined
  const dimensions = (alarm.dimensions ?? '').split(',').filter((d) => d.includes('=')).map((d) => {
    const [name, ...value] = d.split('=')
    return `Name=${name},Value=${value.join('=')}`
  })
  return {
    title: `See what ${alarm.metric} did during the deployment`,
    commands: [
      command(
        'aws', 'cloudwatch', 'get-metric-statistics', '--namespace', alarm.namespace, '--metric-name', alarm.metric,
        ...(dimensions.length > 0 ? ['--dimensions', ...dimensions] : []),
        '--statistics', alarm.statistic && !alarm.statistic.startsWith('p') ? alarm.statistic : 'Maximum',
        '--period', alarm.periodSeconds ?? 60,
        '--start-time', new Date(start - 15 * 60_000).toISOString(), '--end-time', new Date(start + 60 * 60_000).toISOString(),
        '--region', ctx.region
      )
    ]
  }
}

export function explainAlarm(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const sd = serviceDeploymentOf(ctx)
  // With no service deployment or alarm read, the service event is all there is: the deployment rules word that case.
  if (!sd && alarmsOf(ctx).length === 0) return explainAlarmTriggered(ctx, group)
  const named = strings(sd?.alarms?.triggeredAlarmNames)
  const alarms = alarmsOf(ctx)
  const names = named.length > 0 ? named : alarms.map((a) => a.name)
  const which = names.length > 0 ? names.join(', ') : 'a CloudWatch alarm'
  const stage = sd?.lifecycleStage ? ` at ${sd.lifecycleStage}` : ''
  const first = alarms[0]
  const test = first ? condition(first) : undefined
  return {
    code: 'deployment-alarm-triggered',
    title: `CloudWatch alarm ${which} went into ALARM during the deployment${stage}, and ECS rolled it back`,
    explanation:
      `ECS watches the alarms named in the service's deploymentConfiguration.alarms while a deployment runs and during its bake time; ` +
      `${names.length === 1 ? 'this one' : 'one of them'} went into ALARM${test ? ` (${test})` : ''}, so ECS failed the deployment and returned the service to the previous revision. ` +
      'The tasks themselves started: the alarm says the new revision misbehaved under real traffic. Find out why before you deploy it again; an alarm already in ALARM when a deployment starts is ignored for that whole deployment.',
    confidence: group.classifications.some((c) => c.confidence === 'high') ? 'high' : 'medium',
    evidence: compact([
      typeof sd?.statusReason === 'string' && `Service deployment ${sd.status}: ${quoteLine(sd.statusReason)}`,
      ...alarms.flatMap(alarmLines),
      ...(sd ? [] : group.events.map((e) => `Service event: ${quoteLine(e.message)}`).slice(0, 1))
    ]),
    fixes: compact([
      ...names.slice(0, 3).map((name) => ({
        title: `Read why ${name} fired`,
        commands: [
          command('aws', 'cloudwatch', 'describe-alarm-history', '--alarm-name', name, '--history-item-type', 'StateUpdate', '--region', ctx.region),
          command('aws', 'cloudwatch', 'describe-alarms', '--alarm-names', name, '--alarm-types', 'MetricAlarm', 'CompositeAlarm', '--region', ctx.region)
        ]
      })),
      first && metricFix(ctx, first)
    ])
  }
}

function hookLogsOf(ctx: DiagnosisContext): StrategyEvidence['hookLogs'] {
  const logs = strategyOf(ctx)?.hookLogs
  return typeof logs === 'object' && logs !== null && Array.isArray(logs.lines) ? logs : undefined
}

/** The last lines of the hook function's log, and where they are. */
function hookLogLines(ctx: DiagnosisContext): string[] {
  const logs = hookLogsOf(ctx)
  if (!logs) return []
  if (logs.lines.length === 0) return [`No log lines of ${logs.functionName} in ${logs.logGroupName} since the deployment began${logs.missing === 'group-not-found' ? ' (the log group does not exist)' : ''}`]
  const meaningful = logs.lines.filter((line) => !/^(START|END|REPORT) RequestId:/.test(line)).slice(-6)
  return meaningful.map((line) => `${logs.functionName} log: ${quoteLine(line)}`)
}

function logsFix(ctx: DiagnosisContext, functionName: string): Fix {
  const start = startedAtMs(ctx)
  return {
    title: `Read the log of ${functionName}`,
    commands: [
      command('aws', 'logs', 'filter-log-events', '--log-group-name', `/aws/lambda/${functionName}`, ...(start ? ['--start-time', start - 60_000] : []), '--region', ctx.region)
    ]
  }
}

function redeployFix(ctx: DiagnosisContext): Fix | undefined {
  const revision = currentRevision(ctx)
  if (!revision) return undefined
  return {
    title: `Once it is fixed, deploy ${revision} again`,
    commands: [command('aws', 'ecs', 'update-service', '--cluster', ctx.cluster, '--service', ctx.serviceName, '--task-definition', revision, '--region', ctx.region)]
  }
}

export function explainHook(ctx: DiagnosisContext, _group: ClassifiedGroup): Finding {
  const sd = serviceDeploymentOf(ctx)
  const hook = hookFailure(sd)
  const stage = hook?.stage ?? 'a lifecycle'
  const functionName = hook?.functionArn ? functionNameOf(hook.functionArn) : hookLogsOf(ctx)?.functionName
  const what = hook?.pauseExpired ? `The ${stage} pause hook expired before anyone approved it` : `The ${stage} lifecycle hook${functionName ? ` ${functionName}` : ''} failed`
  const explanation = hook?.pauseExpired
    ? `A pause hook waits for ContinueServiceDeployment; nobody continued it within its timeout, and its timeout action rolled the deployment back. Approve within the hook's timeoutInMinutes, or raise it (up to 14 days).`
    : `ECS ran ${functionName ?? 'the hook function'} at ${stage} and it did not answer SUCCEEDED (it returned FAILED, raised an error, or its answer could not be read), so ECS rolled the deployment back. ` +
      "The function's log says why; the green tasks themselves were healthy."
  return {
    code: 'lifecycle-hook-failed',
    title: `${what}, and ECS rolled the deployment back`,
    explanation,
    confidence: 'high',
    evidence: compact([typeof sd?.statusReason === 'string' && `Service deployment ${sd.status}: ${quoteLine(sd.statusReason, 400)}`, ...hookLogLines(ctx)]),
    fixes: compact([
      functionName && logsFix(ctx, functionName),
      functionName && { title: `Check ${functionName}'s configuration (timeout, role, log group)`, commands: [command('aws', 'lambda', 'get-function-configuration', '--function-name', functionName, '--region', ctx.region)] },
      typeof sd?.serviceDeploymentArn === 'string' && {
        title: 'See the hooks and stages of the service deployment',
        commands: [command('aws', 'ecs', 'describe-service-deployments', '--service-deployment-arns', sd.serviceDeploymentArn, '--region', ctx.region)]
      },
      redeployFix(ctx)
    ])
  }
}

export function explainCodeDeploy(ctx: DiagnosisContext, _group: ClassifiedGroup): Finding {
  const cd = codeDeployOf(ctx)
  const info = cd?.deployment
  const id = cd?.deploymentId ?? info?.deploymentId ?? 'the CodeDeploy deployment'
  const event = failedLifecycleEvent(cd?.target)
  const eventName = event?.lifecycleEventName
  const functionName = eventName ? cd?.hookFunctions?.[eventName] : undefined
  const code = info?.errorInformation?.code ?? info?.status ?? 'failed'
  const rollback = info?.rollbackInfo?.rollbackDeploymentId
  const diagnostics = event?.diagnostics
  const targetId = typeof cd?.target?.targetId === 'string' ? cd.target.targetId : `${ctx.cluster}:${ctx.serviceName}`
  return {
    code: 'codedeploy-failed',
    title: `CodeDeploy deployment ${id} failed${eventName ? ` at ${eventName}` : ''}: ${code}${rollback ? `, rolled back by ${rollback}` : ''}`,
    explanation:
      `CodeDeploy runs a CODE_DEPLOY service's blue/green deployment${eventName ? `; its ${eventName} lifecycle event failed` : ''}` +
      `${functionName ? ` (hook function ${functionName})` : ''}${info?.errorInformation?.message ? `: ${info.errorInformation.message}` : '.'} ` +
      (rollback ? 'Its automatic rollback returned production traffic to the original task set.' : 'Production traffic stayed on, or went back to, the original task set.'),
    confidence: 'high',
    evidence: compact([
      info?.errorInformation?.code && `CodeDeploy error ${info.errorInformation.code}: ${quoteLine(info.errorInformation.message ?? '')}`,
      eventName && `Lifecycle event ${eventName}: ${event?.status}${diagnostics?.message ? ` (${quoteLine(diagnostics.message)})` : ''}`,
      ...(diagnostics?.logTail ? diagnostics.logTail.split('\n').slice(-3).map((line) => `${eventName} log tail: ${quoteLine(line)}`) : []),
      ...hookLogLines(ctx),
      rollback && `Rolled back by CodeDeploy deployment ${rollback}`
    ]),
    fixes: compact([
      functionName && logsFix(ctx, functionName),
      {
        title: `See CodeDeploy's account of ${id}`,
        commands: [
          command('aws', 'deploy', 'get-deployment', '--deployment-id', id, '--region', ctx.region),
          command('aws', 'deploy', 'get-deployment-target', '--deployment-id', id, '--target-id', targetId, '--region', ctx.region)
        ]
      }
    ])
  }
}
