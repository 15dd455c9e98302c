import type { DiagnosisContext } from '../context.js'
import { parseMessage } from '../messages.js'
import type { EventReading, RuleSet, WhatChanged } from '../rules.js'
import { normaliseReason } from '../signature.js'
import { containerHealthChecks } from './checks/container-health.js'
import { elbChecks } from './checks/elb.js'
import { serviceConnectChecks } from './checks/service-connect.js'
import { readRuntimeStop, toStopClassification } from './classify.js'
import { containerUnhealthyEvents, unhealthyEvents } from './elb/events.js'
import { explainAppExit } from './explain/app-exit.js'
import { explainMissingConfiguration } from './explain/configuration.js'
import { explainContainerHealthCheck } from './explain/container-health.js'
import { explainCommandNotFound, explainSegfault } from './explain/crash.js'
import { explainDependencyUnreachable } from './explain/dependency.js'
import { explainElbHealthCheck } from './explain/elb.js'
import { explainOutOfMemory } from './explain/memory.js'
import { explainPortConflict } from './explain/port-conflict.js'
import { explainServiceConnect } from './explain/service-connect.js'
import { proxyUnhealthyIn } from './service-connect.js'
import { taskIdOf } from './task-facts.js'
import { whatChanged as diffTaskDefinitions } from './what-changed.js'

const ELB_KILL = /^Task failed ELB health checks/i

/**
 * "(service X) (task T) (port P) is unhealthy in (target-group ...)" events of the followed
 * deployment: they name the health-check failure even when the stopped tasks have expired.
 * A task that crashed on its own is also unhealthy before it dies; its events are not a cause.
 */
function classifyUnhealthyEvents(ctx: DiagnosisContext): EventReading[] {
  return [...loadBalancerEvents(ctx), ...containerHealthEvents(ctx)]
}

function loadBalancerEvents(ctx: DiagnosisContext): EventReading[] {
  const ours = new Set(ctx.tasks.map(taskIdOf))
  const diedOnTheirOwn = new Set(ctx.failedTasks.filter((t) => !ELB_KILL.test(t.stoppedReason ?? '')).map(taskIdOf))
  return unhealthyEvents(ctx.service, ctx.deployment?.createdAt)
    .filter((e) => !e.taskId || ours.size === 0 || ours.has(e.taskId))
    .filter((e) => (e.taskId ? !diedOnTheirOwn.has(e.taskId) : diedOnTheirOwn.size === 0))
    .map((e) => ({
      code: 'elb-health-check-failed' as const,
      confidence: 'medium' as const,
      deterministic: false,
      signature: `unhealthy in (target-group <arn>) due to (reason ${normaliseReason(e.reason)})`,
      cause: e.reason,
      message: e.message,
      createdAt: e.createdAt
    }))
}

/** "(task T) failed container health checks": the Service Connect proxy's failure when that task's unhealthy container is the proxy. */
function containerHealthEvents(ctx: DiagnosisContext): EventReading[] {
  const ours = new Set(ctx.tasks.map(taskIdOf))
  const proxyFailed = new Set(ctx.tasks.filter(proxyUnhealthyIn).map(taskIdOf))
  return containerUnhealthyEvents(ctx.service, ctx.deployment?.createdAt)
    .filter((e) => ours.size === 0 || ours.has(e.taskId))
    .map((e) => ({
      code: proxyFailed.has(e.taskId) ? ('service-connect-failed' as const) : ('container-health-check-failed' as const),
      confidence: 'medium' as const,
      deterministic: false,
      signature: '(task <task>) failed container health checks',
      cause: 'failed container health checks',
      message: e.message,
      createdAt: e.createdAt
    }))
}

/** Runtime failures: containers start and then exit, are killed, or fail health checks. */
export const runtimeRules: RuleSet = {
  name: 'runtime',
  classifyStop: (input) => {
    const reading = readRuntimeStop(input)
    if (!reading) return null
    return { ...toStopClassification(input.task, reading), runtime: reading, ...(reading.message ? { parsed: parseMessage(reading.message) } : {}) }
  },
  classifyEvents: classifyUnhealthyEvents,
  explainers: {
    'app-exit-error': explainAppExit,
    'missing-configuration': explainMissingConfiguration,
    'dependency-unreachable': explainDependencyUnreachable,
    'out-of-memory': explainOutOfMemory,
    segfault: explainSegfault,
    'command-not-found': explainCommandNotFound,
    'elb-health-check-failed': explainElbHealthCheck,
    'container-health-check-failed': explainContainerHealthCheck,
    'port-conflict': explainPortConflict,
    'service-connect-failed': explainServiceConnect
  },
  checks: [elbChecks, containerHealthChecks, serviceConnectChecks]
}

export const whatChanged: WhatChanged = diffTaskDefinitions
