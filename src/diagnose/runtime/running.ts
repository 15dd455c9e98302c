/**
 * No task of the deployment stopped (or ECS no longer keeps them): the collector then reads the logs of
 * the deployment's newest running task, and a failure they name (a crash loop in progress, a Service
 * Connect proxy that never gets ready) is still a reading, weaker than any stop.
 */
import type { DiagnosisContext } from '../context.js'
import type { Reading } from '../rules.js'
import { isStopped } from '../../stops.js'
import { logsForTask } from '../task-logs.js'
import { readRunningTask, readUnhealthyRunningTask, toStopClassification } from './classify.js'

export function readRunningTaskLogs(ctx: DiagnosisContext): Reading[] {
  if (ctx.evidence.watch?.verdict === 'stable') return []
  return ctx.tasks
    .filter((task) => !isStopped(task))
    .flatMap((task) => {
      const reading = readRunningTask({ task, taskDefinition: ctx.taskDefinition, logs: logsForTask(ctx.evidence, task) })
      return reading ? [{ ...toStopClassification(task, reading), runtime: reading, task, running: true }] : []
    })
}

/** Running tasks whose container health check says UNHEALTHY (a timeout too: the tasks never became healthy). */
export function readUnhealthyRunningTasks(ctx: DiagnosisContext): Reading[] {
  if (ctx.evidence.watch?.verdict === 'stable') return []
  return ctx.tasks
    .filter((task) => !isStopped(task))
    .flatMap((task) => {
      const reading = readUnhealthyRunningTask({ task, taskDefinition: ctx.taskDefinition, logs: logsForTask(ctx.evidence, task) })
      return reading ? [{ ...toStopClassification(task, reading), runtime: reading, task, running: true }] : []
    })
}
