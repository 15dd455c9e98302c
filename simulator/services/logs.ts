/** Amazon CloudWatch Logs (awsJson1_1, Logs_20140328): what the containers wrote through awslogs. */
import * as sdk from '@aws-sdk/client-cloudwatch-logs'
import type {
  DescribeLogGroupsRequest,
  DescribeLogGroupsResponse,
  DescribeLogStreamsRequest,
  DescribeLogStreamsResponse,
  FilterLogEventsRequest,
  FilterLogEventsResponse,
  GetLogEventsRequest,
  GetLogEventsResponse
} from '@aws-sdk/client-cloudwatch-logs'
import { AwsError } from '../aws-error.js'
import type { StoredLogEvent, StoredLogGroup } from '../engine/logs.js'
import { operation, paginate, type ServiceDefinition, type SimContext } from './context.js'

function groupName(input: { logGroupName?: string; logGroupIdentifier?: string }): string | undefined {
  const identifier = input.logGroupIdentifier
  if (identifier?.startsWith('arn:')) return identifier.replace(/^arn:aws:logs:[^:]*:\d+:log-group:/, '').replace(/:\*$/, '')
  return input.logGroupName ?? identifier
}

function findGroup(ctx: SimContext, name: string | undefined): StoredLogGroup {
  const group = name ? ctx.scheduler.logs.groups.get(name) : undefined
  if (!group) throw new AwsError('ResourceNotFoundException', 'The specified log group does not exist.')
  return group
}

function invalidToken(): AwsError {
  return new AwsError('InvalidParameterException', 'The specified nextToken is invalid.')
}

function inWindow(event: StoredLogEvent, startTime?: number, endTime?: number): boolean {
  return (startTime === undefined || event.timestamp >= startTime) && (endTime === undefined || event.timestamp < endTime)
}

const token = (direction: 'f' | 'b', position: number) => `${direction}/${String(position).padStart(56, '0')}/s`

function parseToken(value: string): { direction: 'f' | 'b'; position: number } {
  const match = /^([fb])\/(\d+)\/s$/.exec(value)
  if (!match) throw invalidToken()
  return { direction: match[1] as 'f' | 'b', position: Number(match[2]) }
}

/** CloudWatch Logs filter patterns, simplified: all plain terms must occur; "?a ?b" means any of them. */
function matchesPattern(message: string, pattern: string | undefined): boolean {
  if (!pattern?.trim()) return true
  const terms = [...pattern.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2])
  const optional = terms.filter((t) => t.startsWith('?')).map((t) => t.slice(1))
  const required = terms.filter((t) => !t.startsWith('?'))
  return required.every((t) => message.includes(t)) && (optional.length === 0 || optional.some((t) => message.includes(t)))
}

function groupArn(ctx: SimContext, name: string): string {
  return `arn:aws:logs:${ctx.world.region}:${ctx.world.accountId}:log-group:${name}`
}

export const logs: ServiceDefinition = {
  id: 'Logs',
  aliases: ['logs', 'cloudwatchlogs'],
  protocol: 'awsJson1_1',
  jsonTarget: 'Logs_20140328',
  iamPrefix: 'logs',
  sdk,
  operations: {
    GetLogEvents: operation<GetLogEventsRequest, GetLogEventsResponse>((input, ctx) => {
      const group = findGroup(ctx, groupName(input))
      const stream = group.streams.get(input.logStreamName ?? '')
      if (!stream) throw new AwsError('ResourceNotFoundException', 'The specified log stream does not exist.')
      const limit = Math.min(input.limit ?? 10_000, 10_000)
      const events = stream.events.filter((e) => inWindow(e, input.startTime, input.endTime))
      const start = input.nextToken ? parseToken(input.nextToken) : { direction: input.startFromHead ? 'f' : 'b', position: input.startFromHead ? 0 : events.length }
      const from = start.direction === 'f' ? Math.min(start.position, events.length) : Math.max(0, start.position - limit)
      const to = start.direction === 'f' ? Math.min(events.length, from + limit) : Math.min(start.position, events.length)
      return {
        events: events.slice(from, to).map((e) => ({ timestamp: e.timestamp, message: e.message, ingestionTime: e.ingestionTime })),
        nextForwardToken: token('f', to),
        nextBackwardToken: token('b', from)
      }
    }),

    DescribeLogGroups: operation<DescribeLogGroupsRequest, DescribeLogGroupsResponse>((input, ctx) => {
      if (input.logGroupNamePrefix && input.logGroupNamePattern) {
        throw new AwsError('InvalidParameterException', 'LogGroupNamePrefix and LogGroupNamePattern are mutually exclusive.')
      }
      const groups = [...ctx.scheduler.logs.groups.values()]
        .filter((g) => !input.logGroupNamePrefix || g.name.startsWith(input.logGroupNamePrefix))
        .filter((g) => !input.logGroupNamePattern || g.name.toLowerCase().includes(input.logGroupNamePattern.toLowerCase()))
        .filter((g) => !input.logGroupIdentifiers?.length || input.logGroupIdentifiers.some((id) => id === g.name || id === groupArn(ctx, g.name)))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((g) => ({
          logGroupName: g.name,
          creationTime: g.creationTime,
          retentionInDays: g.retentionInDays,
          metricFilterCount: 0,
          arn: `${groupArn(ctx, g.name)}:*`,
          storedBytes: [...g.streams.values()].reduce((n, s) => n + s.events.reduce((m, e) => m + e.message.length, 0), 0),
          logGroupClass: 'STANDARD' as const,
          logGroupArn: groupArn(ctx, g.name)
        }))
      const { page, nextToken } = paginate(groups, input.nextToken, Math.min(input.limit ?? 50, 50), invalidToken)
      return { logGroups: page, nextToken }
    }),

    DescribeLogStreams: operation<DescribeLogStreamsRequest, DescribeLogStreamsResponse>((input, ctx) => {
      const group = findGroup(ctx, groupName(input))
      const byTime = input.orderBy === 'LastEventTime'
      const last = (events: StoredLogEvent[]) => events[events.length - 1]?.timestamp ?? 0
      const streams = [...group.streams.values()]
        .filter((s) => !input.logStreamNamePrefix || s.name.startsWith(input.logStreamNamePrefix))
        .sort((a, b) => (byTime ? last(a.events) - last(b.events) : a.name.localeCompare(b.name)))
      if (input.descending) streams.reverse()
      const described = streams.map((s) => ({
        logStreamName: s.name,
        creationTime: s.creationTime,
        firstEventTimestamp: s.events[0]?.timestamp,
        lastEventTimestamp: s.events[s.events.length - 1]?.timestamp,
        lastIngestionTime: s.events[s.events.length - 1]?.ingestionTime,
        arn: `${groupArn(ctx, group.name)}:log-stream:${s.name}`,
        storedBytes: 0
      }))
      const { page, nextToken } = paginate(described, input.nextToken, Math.min(input.limit ?? 50, 50), invalidToken)
      return { logStreams: page, nextToken }
    }),

    FilterLogEvents: operation<FilterLogEventsRequest, FilterLogEventsResponse>((input, ctx) => {
      const group = findGroup(ctx, groupName(input))
      const streams = [...group.streams.values()]
        .filter((s) => !input.logStreamNames?.length || input.logStreamNames.includes(s.name))
        .filter((s) => !input.logStreamNamePrefix || s.name.startsWith(input.logStreamNamePrefix))
      const events = streams
        .flatMap((s) =>
          s.events
            .map((e, index) => ({ ...e, logStreamName: s.name, eventId: `${e.timestamp}${String(index).padStart(20, '0')}` }))
        )
        .filter((e) => inWindow(e, input.startTime, input.endTime) && matchesPattern(e.message, input.filterPattern))
        .sort((a, b) => a.timestamp - b.timestamp)
      const { page, nextToken } = paginate(events, input.nextToken, Math.min(input.limit ?? 10_000, 10_000), invalidToken)
      return { events: page, searchedLogStreams: streams.map((s) => ({ logStreamName: s.name, searchedCompletely: true })), nextToken }
    })
  }
}
