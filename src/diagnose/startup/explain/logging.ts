/**
 * log-config-error: the awslogs driver could not start: the log group is missing (and
 * awslogs-create-group is off or not permitted), the role may not create streams, or an option
 * is missing. DescribeLogGroups and the policy simulation confirm which.
 */
import type { DiagnosisContext } from '../../context.js'
import type { ClassifiedGroup } from '../../rules.js'
import type { Confidence, Finding, Fix } from '../../types.js'
import { causeLine } from '../classify.js'
import { isEc2Service } from '../events.js'
import { couldNotCheck, deniedRole, describeDecision, groupMessages, listOf, logConfigsOf, occurrences, simulationsFor, unique, type LogUse } from '../facts.js'
import { aws, putRolePolicy, rollbackFix } from '../fixes.js'

function logGroupArn(ctx: DiagnosisContext, config: LogUse): string {
  return `arn:${ctx.partition}:logs:${config.region}:${ctx.accountId ?? '<account-id>'}:log-group:${config.group}:*`
}

export function explainLogConfig(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const messages = groupMessages(ctx, group)
  const main = messages.find((m) => !m.weak) ?? messages[0]
  const configs = logConfigsOf(ctx)
  const containers = unique(group.classifications.map((c) => c.containerName))
  const concerned = configs.filter((c) => containers.length === 0 || containers.includes(c.containerName))
  const logs = concerned.length > 0 ? concerned : configs
  const action = messages.find((m) => m.permission?.action?.startsWith('logs:'))?.permission?.action
  const role = deniedRole(ctx, messages)
  const lines = [`${occurrences(group)}: ${main ? causeLine(main) : group.classifications[0]?.cause ?? ''}`]
  const missingOption = messages.map((m) => /awslogs-([\w-]+) is required/i.exec(m.text)?.[1]).find(Boolean)
  const badRegion = logs.find((l) => l.regionInvalid)
  const missing = logs.filter((l) => l.exists === false)
  const existing = logs.filter((l) => l.exists === true)
  const saysMissing = messages.some((m) => m.notFound?.kind === 'log-group' || m.ambiguousLogGroup || (m.cause === 'not-found' && m.stage === 'logs'))

  for (const log of missing) {
    lines.push(
      `logs:DescribeLogGroups finds no log group ${log.group} in ${log.region}${log.createGroup ? '; awslogs-create-group is true, so the role must be allowed logs:CreateLogGroup' : ', and awslogs-create-group is not set'} (container ${log.containerName}).`
    )
  }
  const contradicted = saysMissing && missing.length === 0 && existing.length > 0 && !action
  if (contradicted) lines.push(`Log group ${listOf(existing.map((l) => l.group))} exists now: it may have been created after the failure, or awslogs-region points elsewhere.`)
  if (saysMissing && missing.length === 0 && existing.length === 0) {
    const unchecked = couldNotCheck(ctx, 'look the log group up', 'logs:DescribeLogGroups')
    if (unchecked) lines.push(unchecked)
  }
  const wantedActions = action ? [action] : logs.some((l) => l.createGroup && l.exists === false) ? ['logs:CreateLogGroup'] : []
  for (const log of logs) {
    for (const wanted of wantedActions) {
      for (const sim of simulationsFor(ctx, wanted, logGroupArn(ctx, log))) lines.push(`iam:SimulatePrincipalPolicy: ${wanted} on ${sim.resource} is ${describeDecision(sim)}.`)
    }
  }
  if (badRegion) lines.push(`awslogs-region of ${badRegion.containerName} is "${badRegion.regionInvalid}", which is not a Region name: the driver cannot find a CloudWatch Logs endpoint for it.`)
  if (missingOption) lines.push(`The awslogs options of ${listOf(logs.filter((l) => l.regionMissing || missingOption !== 'region').map((l) => l.containerName)) || 'the container'} lack awslogs-${missingOption}.`)
  if (isEc2Service(ctx)) lines.push('On EC2 the awslogs driver uses the container instance role unless the agent sets ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE=true.')

  const weak = group.classifications.every((c) => c.confidence === 'low')
  const confirmed = missing.length > 0 || lines.some((l) => l.includes('implicitDeny') || l.includes('explicitly denied'))
  const confidence: Confidence = badRegion ? 'high' : contradicted ? 'low' : weak ? (confirmed ? 'medium' : 'low') : confirmed || missingOption ? 'high' : 'medium'
  const names = listOf(unique((missing.length > 0 ? missing : logs).map((l) => l.group)))
  const title = badRegion
    ? `awslogs-region is not a Region name: "${badRegion.regionInvalid}"`
    : missingOption
    ? `The awslogs configuration is incomplete: awslogs-${missingOption} is required`
    : action
      ? `${role.name ? `Execution role ${role.name}` : 'The execution role'} is not allowed ${action} on ${names || 'the log group'}`
      : saysMissing || missing.length > 0
        ? `Log group ${names || '(from the task definition)'} does not exist${missing[0] ? ` in ${missing[0].region}` : ''}`
        : 'The awslogs log driver could not start'

  return {
    code: 'log-config-error',
    title,
    explanation:
      'The awslogs log driver starts before the container: when it cannot create the log stream, the task stops without running. ' +
      'ECS does not create log groups unless awslogs-create-group is "true", and the execution role then needs logs:CreateLogGroup, which AmazonECSTaskExecutionRolePolicy does not include.',
    confidence,
    evidence: unique(lines),
    fixes: badRegion ? regionFixes(ctx, badRegion) : logFixes(ctx, role.name, logs, missing, action, missingOption)
  }
}

function regionFixes(ctx: DiagnosisContext, log: LogUse): Fix[] {
  const fix: Fix = {
    title: `Set awslogs-region of ${log.containerName} to a Region name and register a new revision`,
    changes: [{ where: `containerDefinitions[${log.containerName}].logConfiguration.options`, key: 'awslogs-region', before: JSON.stringify(log.regionInvalid), after: JSON.stringify(ctx.region) }],
    commands: [],
    note: `${ctx.region} is the Region the log group is in when it is the service's; use the log group's Region otherwise.`
  }
  const rollback = rollbackFix(ctx)
  return rollback ? [fix, rollback] : [fix]
}

function logFixes(ctx: DiagnosisContext, roleName: string | undefined, logs: LogUse[], missing: LogUse[], action: string | undefined, missingOption: string | undefined): Fix[] {
  const fixes: Fix[] = []
  const toCreate = missing.length > 0 ? missing : action === 'logs:CreateLogGroup' || !action ? logs : []
  for (const log of unique(toCreate.map((l) => `${l.region} ${l.group}`)).slice(0, 3)) {
    const [region, ...name] = log.split(' ')
    if (!missingOption) fixes.push({ title: `Create the log group ${name.join(' ')} in ${region}`, commands: [aws(region, 'logs', 'create-log-group', '--log-group-name', name.join(' '))] })
  }
  if (action && logs.length > 0) {
    const role = roleName ?? '<execution-role-name>'
    fixes.push({
      title: `Grant ${action} to ${role} on the log group${roleName ? '' : ' (fill in <execution-role-name>)'}`,
      commands: [putRolePolicy(ctx.region, role, 'ecs-deploy-doctor-logs', [{ actions: action === 'logs:CreateLogGroup' ? [action] : ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: unique(logs.map((l) => logGroupArn(ctx, l))) }])]
    })
  }
  if (missingOption) {
    fixes.push({
      title: `Add awslogs-${missingOption} to the container's logConfiguration.options and register a new revision`,
      commands: [],
      note: missingOption === 'region' ? `e.g. "awslogs-region": "${ctx.region}"` : undefined
    })
  }
  const rollback = rollbackFix(ctx)
  if (rollback) fixes.push(rollback)
  return fixes
}
