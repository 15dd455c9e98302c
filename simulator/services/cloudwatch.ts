/** Amazon CloudWatch (awsJson1_0, GraniteServiceVersion20100801): the alarms a deployment rolls back on, and their history. */
import * as sdk from '@aws-sdk/client-cloudwatch'
import type { DescribeAlarmHistoryInput, DescribeAlarmHistoryOutput, DescribeAlarmsInput, DescribeAlarmsOutput } from '@aws-sdk/client-cloudwatch'
import { AwsError } from '../aws-error.js'
import { operation, paginate, type ServiceDefinition } from './context.js'

function epochMs(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined
  return value instanceof Date ? value.getTime() : Number(value) * 1000
}

export const cloudwatch: ServiceDefinition = {
  id: 'CloudWatch',
  aliases: ['cloudwatch', 'monitoring'],
  protocol: 'awsJson1_0',
  jsonTarget: 'GraniteServiceVersion20100801',
  iamPrefix: 'cloudwatch',
  sdk,
  operations: {
    DescribeAlarms: operation<DescribeAlarmsInput, DescribeAlarmsOutput>((input, ctx) => {
      const board = ctx.cluster.alarms
      const types = input.AlarmTypes ?? ['MetricAlarm']
      const named = input.AlarmNames?.length ? board.alarms.filter((a) => input.AlarmNames?.includes(a.AlarmName ?? '')) : board.alarms
      const metric = types.includes('MetricAlarm') ? named.map((a) => board.describe(a, ctx.simNow)) : []
      const { page, nextToken } = paginate(metric, input.NextToken, input.MaxRecords ?? 50, () => new AwsError('InvalidNextToken', 'The next token is invalid.'))
      return { MetricAlarms: page, CompositeAlarms: [], NextToken: nextToken }
    }),

    DescribeAlarmHistory: operation<DescribeAlarmHistoryInput, DescribeAlarmHistoryOutput>((input, ctx) => {
      if (!input.AlarmName) throw new AwsError('InvalidParameterValue', 'AlarmName is required by the simulator.')
      const items = ctx.cluster.alarms
        .history(input.AlarmName, ctx.simNow, epochMs(input.StartDate))
        .filter((item) => !input.HistoryItemType || item.HistoryItemType === input.HistoryItemType)
      const ordered = input.ScanBy === 'TimestampAscending' ? [...items].reverse() : items
      const { page, nextToken } = paginate(ordered, input.NextToken, input.MaxRecords ?? 100, () => new AwsError('InvalidNextToken', 'The next token is invalid.'))
      return { AlarmHistoryItems: page, NextToken: nextToken }
    })
  }
}
