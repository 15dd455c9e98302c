/**
 * deployment-alarm-triggered: a CloudWatch alarm of the deployment configuration went to ALARM and ECS
 * failed the deployment (and rolled it back when `rollback` is on). The tasks may all be running: the
 * alarm's metric (5xx count, latency, CPU) is what broke. Read from the service event alone
 * ("deployment failed: alarm detected."), so the confidence is medium; the alarm names come from the
 * service's deploymentConfiguration.alarms (DescribeServices).
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-alarm-failure.html
 */
import type { DiagnosisContext } from '../context.js'
import type { ClassifiedGroup } from '../rules.js'
import { aws, rollbackFix } from '../startup/fixes.js'
import type { Finding, Fix } from '../types.js'

function alarmNamesOf(ctx: DiagnosisContext): string[] {
  const names = ctx.service.deploymentConfiguration?.alarms?.alarmNames
  return Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string' && n.length > 0) : []
}

export function explainAlarmTriggered(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const names = alarmNamesOf(ctx)
  const rollback = ctx.service.deploymentConfiguration?.alarms?.rollback
  const fixes: Fix[] = []
  if (names.length > 0) {
    fixes.push({
      title: `See which alarm fired and why: ${names.join(', ')}`,
      commands: [
        aws(ctx.region, 'cloudwatch', 'describe-alarms', '--alarm-names', ...names, '--query', 'MetricAlarms[].{alarm:AlarmName,state:StateValue,reason:StateReason,metric:MetricName}'),
        ...names.slice(0, 3).map((name) => aws(ctx.region, 'cloudwatch', 'describe-alarm-history', '--alarm-name', name, '--history-item-type', 'StateUpdate', '--max-items', '5'))
      ]
    })
  } else {
    fixes.push({
      title: 'List the alarms the service watches during deployments',
      commands: [aws(ctx.region, 'ecs', 'describe-services', '--cluster', ctx.cluster, '--services', ctx.serviceName, '--query', 'services[0].deploymentConfiguration.alarms')]
    })
  }
  const back = rollback === true ? undefined : rollbackFix(ctx)
  if (back) fixes.push(back)
  return {
    code: 'deployment-alarm-triggered',
    title: names.length > 0 ? `A deployment alarm went to ALARM (${names.join(', ')}): ECS failed the deployment` : 'A CloudWatch alarm of the deployment went to ALARM: ECS failed the deployment',
    explanation:
      'The new tasks may have started and passed their health checks, but a CloudWatch alarm the service watches during deployments ' +
      '(error rate, latency, CPU ...) went to ALARM, so ECS marked the deployment failed' +
      `${rollback === false ? '' : ' and rolled back to the last completed deployment'}. ` +
      "The alarm's metric is what the new revision broke: look at its state reason and at the application's errors in that window.",
    confidence: 'medium',
    evidence: [...new Set(group.events.map((e) => `Service event: ${e.message}`))].slice(0, 3),
    fixes
  }
}
