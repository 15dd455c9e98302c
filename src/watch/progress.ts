import type { EcsService, EcsTask } from '../evidence/schema.js'
import { findDeployment } from './evaluate.js'

/** "CannotPullContainerError", "exit 1", "ELB health checks": what a person scans for in a progress line. */
export function stopLabel(task: EcsTask): string {
  const reason = task.stoppedReason ?? ''
  const errorName = /^([A-Za-z]+(?:Error|Exception))\b/.exec(reason)
  if (errorName) return errorName[1]
  if (/ELB health checks/i.test(reason)) return 'ELB health checks'
  if (/container health checks/i.test(reason)) return 'container health checks'
  if (/^Scaling activity/i.test(reason)) return 'replaced'
  const exited = task.containers?.find((c) => typeof c.exitCode === 'number' && c.exitCode !== 0)
  if (exited) return `exit ${exited.exitCode}${exited.reason ? ` ${exited.reason.split(':')[0]}` : ''}`
  return task.stopCode ?? 'stopped'
}

function counted(labels: string[]): string {
  const counts = new Map<string, number>()
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1)
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([label, n]) => `${label} x${n}`)
    .join(', ')
}

/** One compact line: "api ecs-svc/123: 1/2 running, 1 pending, 3 stopped (CannotPullContainerError x3)". */
export function progressLine(service: EcsService, deploymentId: string, tasks: EcsTask[]): string {
  const ours = findDeployment(service, deploymentId)
  const running = ours?.runningCount ?? tasks.filter((t) => t.lastStatus === 'RUNNING').length
  const desired = ours?.desiredCount ?? service.desiredCount ?? 0
  const pending = ours?.pendingCount ?? tasks.filter((t) => t.lastStatus === 'PENDING' || t.lastStatus === 'PROVISIONING').length
  const stopped = tasks.filter((t) => t.lastStatus === 'STOPPED')
  const parts = [`${running}/${desired} running`]
  if (pending > 0) parts.push(`${pending} pending`)
  if (stopped.length > 0) parts.push(`${stopped.length} stopped (${counted(stopped.map(stopLabel))})`)
  const state = ours ? (ours.rolloutState && ours.rolloutState !== 'IN_PROGRESS' ? `, ${ours.rolloutState}` : '') : ', no longer listed'
  const others = (service.deployments ?? []).filter((d) => d.id !== deploymentId)
  const otherText = others.length > 0 ? `; other deployments: ${others.map((d) => `${d.id} ${d.status} ${d.runningCount}/${d.desiredCount}`).join(', ')}` : ''
  return `${service.serviceName ?? 'service'} ${deploymentId}: ${parts.join(', ')}${state}${otherText}`
}
