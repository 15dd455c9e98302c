/** Free IP addresses of the service subnets against what a deployment may need (one ENI per awsvpc task). */
import type { DiagnosisContext } from '../../context.js'

export interface SubnetFree {
  subnetId: string
  availabilityZone?: string
  free: number
}

export interface SubnetCapacity {
  subnets: SubnetFree[]
  total: number
  /** Tasks the deployment may run at once: floor(desired × maximumPercent / 100). */
  peak: number
  running: number
  /** Extra addresses the deployment may need: peak − running (running tasks already hold theirs). */
  needed: number
  maximumPercent: number
  desired: number
  /** Subnets with no free address: a task placed there cannot get an ENI. */
  exhausted: string[]
  /** All subnets together cannot hold the tasks the deployment needs. */
  short: boolean
}

export function subnetCapacity(ctx: DiagnosisContext): SubnetCapacity | undefined {
  const known = ctx.evidence.network?.subnets
  const awsvpc = (ctx.taskDefinition?.networkMode ?? 'awsvpc') === 'awsvpc'
  if (!known || ctx.subnetIds.length === 0 || !awsvpc) return undefined
  const subnets = ctx.subnetIds.flatMap((id) => {
    const subnet = known.find((s) => s.SubnetId === id)
    if (!subnet || subnet.AvailableIpAddressCount === undefined) return []
    return [{ subnetId: id, ...(subnet.AvailabilityZone ? { availabilityZone: subnet.AvailabilityZone } : {}), free: subnet.AvailableIpAddressCount }]
  })
  if (subnets.length === 0) return undefined
  const desired = ctx.service.desiredCount ?? ctx.deployment?.desiredCount ?? 1
  const maximumPercent = ctx.service.deploymentConfiguration?.maximumPercent ?? 200
  const peak = Math.floor((desired * maximumPercent) / 100)
  const running = ctx.service.runningCount ?? 0
  const needed = Math.max(1, peak - running)
  const total = subnets.reduce((sum, s) => sum + s.free, 0)
  return {
    subnets,
    total,
    peak,
    running,
    needed,
    maximumPercent,
    desired,
    exhausted: subnets.filter((s) => s.free === 0).map((s) => s.subnetId),
    short: total < needed
  }
}

export function describeCapacity(capacity: SubnetCapacity): string {
  const each = capacity.subnets.map((s) => `${s.subnetId}${s.availabilityZone ? ` (${s.availabilityZone})` : ''}: ${s.free} free`).join(', ')
  return `${each}. The deployment may run ${capacity.peak} tasks at once (desired ${capacity.desired} × maximumPercent ${capacity.maximumPercent}%); ${capacity.running} running tasks already hold their addresses, so it needs up to ${capacity.needed} more, and the subnets have ${capacity.total}.`
}
