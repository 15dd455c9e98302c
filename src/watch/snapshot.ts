import type { EcsService, EcsTask } from '../evidence/schema.js'
import { shortTaskDefinition } from '../format.js'
import { findDeployment } from './evaluate.js'

/** What one poll saw of the followed deployment, as numbers: for live views (the log gets progressLine). */
export interface WatchSnapshot {
  service: string
  deploymentId: string
  /** "api:42" */
  taskDefinition: string
  running: number
  desired: number
  pending: number
  /** Stopped tasks of the deployment, failures and replacements alike. */
  stopped: number
  rolloutState?: string
  /** The newest service event. */
  lastEvent?: { at: string; message: string }
  /** When the watch started and when this poll was made (ISO-8601). */
  startedAt: string
  at: string
}

export function watchSnapshot(service: EcsService, deploymentId: string, tasks: EcsTask[], startedAtMs: number, nowMs: number): WatchSnapshot {
  const ours = findDeployment(service, deploymentId)
  const newest = service.events?.[0]
  return {
    service: service.serviceName ?? 'service',
    deploymentId,
    taskDefinition: shortTaskDefinition(ours?.taskDefinition),
    running: ours?.runningCount ?? tasks.filter((t) => t.lastStatus === 'RUNNING').length,
    desired: ours?.desiredCount ?? service.desiredCount ?? 0,
    pending: ours?.pendingCount ?? tasks.filter((t) => t.lastStatus === 'PENDING' || t.lastStatus === 'PROVISIONING').length,
    stopped: tasks.filter((t) => t.lastStatus === 'STOPPED').length,
    rolloutState: ours?.rolloutState,
    lastEvent: newest?.message ? { at: newest.createdAt ?? '', message: newest.message } : undefined,
    startedAt: new Date(startedAtMs).toISOString(),
    at: new Date(nowMs).toISOString()
  }
}
