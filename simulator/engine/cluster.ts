/**
 * The services of one scenario in their cluster: one scheduler (and its API views) per service, each
 * replaying its own deployment independently, sharing the clock, the ids and the CloudWatch Logs store.
 */
import type { SimClock } from '../clock.js'
import type { IdGenerator } from '../random.js'
import type { Scenario } from '../types.js'
import { AlarmBoard } from './alarms.js'
import { LogStore } from './logs.js'
import type { SimTask } from './model.js'
import { EcsScheduler } from './scheduler.js'
import { EcsViews } from './views.js'

export interface SimService {
  name: string
  scheduler: EcsScheduler
  views: EcsViews
}

function lastSegment(nameOrArn: string): string {
  return nameOrArn.startsWith('arn:') ? (nameOrArn.split('/').pop() ?? nameOrArn) : nameOrArn
}

export class SimCluster {
  readonly services: SimService[]
  readonly logs = new LogStore()
  readonly alarms: AlarmBoard

  constructor(scenario: Scenario, clock: SimClock, ids: IdGenerator) {
    this.alarms = new AlarmBoard(scenario, clock)
    const specs = [undefined, ...(scenario.moreServices ?? [])]
    this.services = specs.map((service) => {
      const scheduler = new EcsScheduler(scenario, clock, ids, { service, logs: this.logs, alarms: this.alarms })
      return { name: scheduler.world.service.name, scheduler, views: new EcsViews(scheduler, scheduler.world, clock) }
    })
    const names = this.services.map((s) => s.name)
    const duplicate = names.find((name, i) => names.indexOf(name) !== i)
    if (duplicate) throw new Error(`scenario ${scenario.name}: service ${duplicate} is defined twice`)
  }

  /** The scenario's first service (`world.service`). */
  get first(): SimService {
    return this.services[0]
  }

  /** The service a name or ARN refers to (an ARN's last segment is the name). */
  service(nameOrArn: string | undefined): SimService | undefined {
    if (!nameOrArn) return undefined
    return this.services.find((s) => s.name === lastSegment(nameOrArn))
  }

  /** Every task of every service. */
  get tasks(): SimTask[] {
    return this.services.flatMap((s) => s.scheduler.tasks)
  }

  /** The service that owns a task. */
  serviceOf(task: SimTask): SimService {
    return this.services.find((s) => s.scheduler.tasks.includes(task)) ?? this.first
  }

  advanceTo(t: number): void {
    for (const service of this.services) service.scheduler.advanceTo(t)
  }
}
