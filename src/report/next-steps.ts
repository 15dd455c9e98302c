/**
 * What to do when the watch ended with nothing to blame (a timeout, or stuck without a root cause):
 * how to give the deployment longer, and how to see where its tasks are now.
 */
import { command } from '../diagnose/shell.js'
import { code, fence } from './escape.js'
import { rootCauseOf } from './headline.js'
import { heading } from './markdown.js'
import { deploymentTasks, taskId, watchDuration, type ReportInput } from './model.js'

/** describe-tasks takes up to 100 tasks; a reader needs a few. */
const MAX_TASKS = 10

const TASK_PROGRESS_QUERY =
  'tasks[].{task:taskArn,status:lastStatus,pullStarted:pullStartedAt,pullStopped:pullStoppedAt,started:startedAt,health:healthStatus,stopped:stoppedReason}'

function whereTasksAreCommands(input: ReportInput): string[] {
  const ids = deploymentTasks(input)
    .filter((task) => task.lastStatus !== 'STOPPED')
    .map((task) => taskId(task.taskArn))
    .filter(Boolean)
    .slice(0, MAX_TASKS)
  const region = ['--region', input.region]
  const tasks = ids.length ? [command('aws', 'ecs', 'describe-tasks', '--cluster', input.cluster, '--tasks', ...ids, '--query', TASK_PROGRESS_QUERY, ...region)] : []
  const events = command('aws', 'ecs', 'describe-services', '--cluster', input.cluster, '--services', input.serviceName, '--query', 'services[0].events[:5].[createdAt,message]', '--output', 'text', ...region)
  return [...tasks, events]
}

function longerStep(input: ReportInput): string {
  const watched = watchDuration(input)
  return [
    '**1. If it is slow but still progressing, give it longer**',
    '',
    `Raise the action's ${code('timeout-minutes')} input${watched ? ` (this run watched for ${watched})` : ''}. Large images, a slow registry or a long health-check grace period can take minutes.`
  ].join('\n')
}

export function nextStepsSection(input: ReportInput, level: number): string | null {
  if (rootCauseOf(input) || (input.verdict !== 'timeout' && input.verdict !== 'stuck')) return null
  const timeout = input.verdict === 'timeout'
  const look = [`**${timeout ? 2 : 1}. See where the tasks are now**`, '', fence(whereTasksAreCommands(input), 'bash')].join('\n')
  return [heading(level, 'What to do next'), '', ...(timeout ? [longerStep(input), ''] : []), look].join('\n')
}
