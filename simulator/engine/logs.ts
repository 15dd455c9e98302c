/** CloudWatch Logs storage: groups, streams and events (timestamps in epoch ms, as the Logs API uses). */

export interface StoredLogEvent {
  timestamp: number
  ingestionTime: number
  message: string
}

export interface StoredLogStream {
  name: string
  creationTime: number
  events: StoredLogEvent[]
}

export interface StoredLogGroup {
  name: string
  creationTime: number
  retentionInDays?: number
  streams: Map<string, StoredLogStream>
}

export class LogStore {
  readonly groups = new Map<string, StoredLogGroup>()

  createGroup(name: string, creationTime: number, retentionInDays?: number): void {
    if (!this.groups.has(name)) this.groups.set(name, { name, creationTime, retentionInDays, streams: new Map() })
  }

  /** Creates the stream if needed (as the awslogs driver does). Returns false when the group does not exist. */
  createStream(group: string, stream: string, creationTime: number): boolean {
    const logGroup = this.groups.get(group)
    if (!logGroup) return false
    if (!logGroup.streams.has(stream)) logGroup.streams.set(stream, { name: stream, creationTime, events: [] })
    return true
  }

  write(group: string, stream: string, timestamp: number, message: string): void {
    if (!this.createStream(group, stream, timestamp)) return
    this.groups.get(group)?.streams.get(stream)?.events.push({ timestamp, ingestionTime: timestamp + 187, message })
  }
}
