/**
 * The application's own AWS call was refused (it reads a secret or parameter itself with an SDK or the CLI,
 * not through the task definition's `secrets`): the role to fix is the task role, or on the EC2 launch type
 * without a task role the instance role, never the execution role ECS uses to start the task.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html
 */
import type { RootCauseCode } from '../../../types.js'
import type { DiagnosisContext } from '../../context.js'
import type { ClassifiedGroup } from '../../rules.js'
import { command } from '../../shell.js'
import type { Finding, Fix } from '../../types.js'
import { quoteLine } from '../../../redact.js'
import { bestReading, compact, logEvidence, logExcerptOf, readingsOf, rollbackFix, stoppedTasksLine, exitSummary } from './common.js'

/** True when the group's readings are the application's own refused AWS calls. */
export function isAppAwsDenial(ctx: DiagnosisContext, group: ClassifiedGroup): boolean {
  const readings = readingsOf(ctx, group)
  return readings.length > 0 && readings.every((r) => r.reading.detail === 'app-aws-denied')
}

/** "assumed-role/api-task-role/1a2b…" → api-task-role. */
function roleNameOf(principal: string | undefined): string | undefined {
  return /:assumed-role\/([\w+=,.@-]+)\//.exec(principal ?? '')?.[1] ?? /:role\/(?:[\w+=,.@/-]*\/)?([\w+=,.@-]+)$/.exec(principal ?? '')?.[1]
}

export function explainAppAwsDenied(ctx: DiagnosisContext, group: ClassifiedGroup, code: RootCauseCode): Finding {
  const pick = bestReading(readingsOf(ctx, group))
  const signal = pick?.reading.signal
  const action = signal?.action ?? 'the AWS action'
  const taskRoleArn = ctx.taskDefinition?.taskRoleArn
  const role = roleNameOf(signal?.principal) ?? roleNameOf(taskRoleArn)
  const instanceRole = /:assumed-role\/[^/]+\/i-[0-9a-f]+/.test(signal?.principal ?? '')
  const name = pick?.reading.containerName ?? 'the application'
  const resource = signal?.resource
  const who = instanceRole
    ? `the EC2 instance role ${role ?? ''} (the task has no task role, so the SDK fell back to the instance profile)`
    : role
      ? `role ${role}`
      : 'the task role'
  const grant: Fix | undefined =
    role && action.includes(':')
      ? {
          title: `Allow ${action}${resource ? ` on ${resource}` : ''} to ${role}`,
          note: 'Grant only what the application reads: the exact parameter or secret ARN, and kms:Decrypt on its key when it is a customer managed key.',
          commands: [
            command(
              'aws', 'iam', 'put-role-policy', '--role-name', role, '--policy-name', `${action.replace(/[^\w]/g, '-')}-app`,
              '--policy-document', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: resource ?? '*' }] })
            )
          ]
        }
      : undefined
  return {
    code,
    title: `${name} was refused ${action}${resource ? ` on ${resource}` : ''}: the application's own AWS call, not ECS's`,
    explanation:
      `${name} calls AWS itself (an SDK or the AWS CLI at start-up) and IAM denied ${action} to ${who}. ` +
      "This is not the execution role ECS uses to start the task: the application's calls use the task role " +
      `(taskRoleArn${taskRoleArn ? ` ${taskRoleArn}` : ', which this task definition does not set'}), so grant the action there, or move the value into the task definition's secrets so ECS injects it.`,
    confidence: pick?.reading.confidence ?? 'medium',
    evidence: compact([
      pick && stoppedTasksLine(ctx, group, exitSummary(pick.task, pick.reading)),
      signal && `Log line: ${quoteLine(signal.line, 300)}`,
      ...logEvidence(pick).slice(1)
    ]),
    fixes: compact([grant, rollbackFix(ctx)]),
    logExcerpt: logExcerptOf(pick)
  }
}
