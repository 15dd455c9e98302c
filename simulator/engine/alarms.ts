/**
 * CloudWatch alarms over simulated time: each alarm of `world.alarms` is OK from long before the deployment
 * and goes into ALARM at the second `timeline.alarms` says, with the state reason and history CloudWatch writes.
 */
import type { AlarmHistoryItem, MetricAlarm } from '@aws-sdk/client-cloudwatch'
import type { SimClock } from '../clock.js'
import type { Scenario } from '../types.js'

const DAY = 86_400

export class AlarmBoard {
  private readonly firesAt = new Map<string, number>()

  constructor(
    private readonly scenario: Scenario,
    private readonly clock: SimClock
  ) {
    for (const alarm of scenario.timeline.alarms ?? []) this.firesAt.set(alarm.name, alarm.firesAt)
  }

  get alarms(): MetricAlarm[] {
    return this.scenario.world.alarms ?? []
  }

  /** Names among `names` in ALARM at simulated second `at`. */
  firing(names: string[], at: number): string[] {
    return names.filter((name) => (this.firesAt.get(name) ?? Infinity) <= at)
  }

  /** The earliest second any of `names` goes into ALARM (Infinity: never). */
  nextFiring(names: string[]): number {
    return Math.min(Infinity, ...names.map((name) => this.firesAt.get(name) ?? Infinity))
  }

  describe(alarm: MetricAlarm, at: number): MetricAlarm {
    const fired = this.firing([alarm.AlarmName ?? ''], at).length > 0
    const since = fired ? (this.firesAt.get(alarm.AlarmName ?? '') as number) : -2 * DAY
    return {
      ...alarm,
      StateValue: fired ? 'ALARM' : 'OK',
      StateReason: fired ? this.breachReason(alarm, since) : this.okReason(alarm, since),
      StateReasonData: JSON.stringify({ version: '1.0', queryDate: this.clock.dateAt(since).toISOString(), statistic: alarm.Statistic, period: alarm.Period, threshold: alarm.Threshold }),
      StateUpdatedTimestamp: this.clock.dateAt(since),
      StateTransitionedTimestamp: this.clock.dateAt(since),
      AlarmConfigurationUpdatedTimestamp: this.clock.dateAt(-30 * DAY)
    }
  }

  /** StateUpdate history items, newest first, from `start` (epoch ms) on. */
  history(name: string, at: number, startMs?: number): AlarmHistoryItem[] {
    const alarm = this.alarms.find((a) => a.AlarmName === name)
    if (!alarm) return []
    const items: { at: number; from: string; to: string; reason: string }[] = [
      { at: -2 * DAY, from: 'INSUFFICIENT_DATA', to: 'OK', reason: this.okReason(alarm, -2 * DAY) }
    ]
    const fires = this.firesAt.get(name)
    if (fires !== undefined && fires <= at) items.push({ at: fires, from: 'OK', to: 'ALARM', reason: this.breachReason(alarm, fires) })
    return items
      .filter((item) => startMs === undefined || this.clock.epochMsAt(item.at) >= startMs)
      .reverse()
      .map((item) => ({
        AlarmName: name,
        AlarmType: 'MetricAlarm',
        Timestamp: this.clock.dateAt(item.at),
        HistoryItemType: 'StateUpdate',
        HistorySummary: `Alarm updated from ${item.from} to ${item.to}`,
        HistoryData: JSON.stringify({
          version: '1.0',
          oldState: { stateValue: item.from },
          newState: { stateValue: item.to, stateReason: item.reason }
        })
      }))
  }

  private breachReason(alarm: MetricAlarm, at: number): string {
    const value = (alarm.Threshold ?? 0) * 2.4
    const when = this.clock.dateAt(at - (alarm.Period ?? 60)).toISOString().slice(0, 16).replace('T', ' ')
    return (
      `Threshold Crossed: 1 out of the last ${alarm.EvaluationPeriods ?? 1} datapoints [${value.toFixed(1)} (${when})] was greater than the threshold ` +
      `(${(alarm.Threshold ?? 0).toFixed(1)}) (minimum 1 datapoint for OK -> ALARM transition).`
    )
  }

  private okReason(alarm: MetricAlarm, at: number): string {
    const when = this.clock.dateAt(at).toISOString().slice(0, 16).replace('T', ' ')
    return `Threshold Crossed: 1 datapoint [0.0 (${when})] was not greater than the threshold (${(alarm.Threshold ?? 0).toFixed(1)}).`
  }
}
