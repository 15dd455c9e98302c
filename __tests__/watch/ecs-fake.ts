/** A mutable ECS service behind aws-sdk-client-mock, so watch tests script a deployment poll by poll. */
import { DescribeServicesCommand, DescribeTasksCommand, ECSClient, ListTasksCommand } from '@aws-sdk/client-ecs'
import { mockClient } from 'aws-sdk-client-mock'
import type { EcsDeployment, EcsService, EcsTask } from '../../src/evidence/schema.js'
import { baseEvidence, NEW_DEPLOYMENT, OLD_DEPLOYMENT, OLD_TD_ARN, task as buildTask } from '../fixtures/evidence.js'
import type { Logger } from '../../src/logger.js'

export interface FakeEcs {
  client: ECSClient
  mock: ReturnType<typeof mockClient>
  service: EcsService
  tasks: EcsTask[]
  calls(): Record<string, number>
}

export function fakeEcs(): FakeEcs {
  const client = new ECSClient({ region: 'eu-west-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } })
  const mock = mockClient(client)
  const fake: FakeEcs = {
    client,
    mock,
    service: structuredClone(baseEvidence().service),
    tasks: [],
    calls: () => {
      const counts: Record<string, number> = {}
      for (const call of mock.calls()) {
        const name = (call.args[0] as { constructor: { name: string } }).constructor.name.replace(/Command$/, '')
        counts[name] = (counts[name] ?? 0) + 1
      }
      return counts
    }
  }
  mock.on(DescribeServicesCommand).callsFake(() => ({ services: [structuredClone(fake.service)], failures: [] }))
  mock.on(ListTasksCommand).callsFake((input: { desiredStatus?: string; maxResults?: number; nextToken?: string }) => {
    const arns = fake.tasks.filter((t) => (t.desiredStatus ?? 'RUNNING') === (input.desiredStatus ?? 'RUNNING')).map((t) => t.taskArn)
    const start = Number(input.nextToken ?? 0)
    const end = start + Math.min(input.maxResults ?? 100, 100)
    return { taskArns: arns.slice(start, end), nextToken: end < arns.length ? String(end) : undefined }
  })
  mock.on(DescribeTasksCommand).callsFake((input: { tasks: string[] }) => ({
    tasks: fake.tasks.filter((t) => input.tasks.includes(t.taskArn ?? '')).map((t) => structuredClone(t)),
    failures: []
  }))
  return fake
}

export function ours(fake: FakeEcs): EcsDeployment {
  return fake.service.deployments!.find((d) => d.id === NEW_DEPLOYMENT)!
}

export function old(fake: FakeEcs): EcsDeployment | undefined {
  return fake.service.deployments!.find((d) => d.id === OLD_DEPLOYMENT)
}

export function runningTask(overrides: Partial<EcsTask> & { id?: string } = {}): EcsTask {
  return buildTask({ lastStatus: 'RUNNING', desiredStatus: 'RUNNING', startedAt: '2026-11-20T10:01:00.000Z', ...overrides })
}

export function stoppedTask(reason: string, exitCode: number | null, stopCode = 'EssentialContainerExited', overrides: Partial<EcsTask> = {}): EcsTask {
  const t = buildTask({ stoppedReason: reason, stopCode: stopCode as EcsTask['stopCode'], stoppedAt: '2026-11-20T10:02:00.000Z', ...overrides })
  t.containers = t.containers!.map((c) => ({ ...c, exitCode: exitCode ?? undefined }))
  return t
}

/** Completes the deployment: ours is the only one, all tasks running. */
export function complete(fake: FakeEcs): void {
  const d = ours(fake)
  Object.assign(d, { runningCount: 2, pendingCount: 0, rolloutState: 'COMPLETED', rolloutStateReason: 'ECS deployment ecs-svc/4718061531863413372 completed.' })
  fake.service.deployments = [d]
}

export function rollBack(fake: FakeEcs, failOurs = true): void {
  const d = ours(fake)
  if (failOurs) Object.assign(d, { status: 'ACTIVE', rolloutState: 'FAILED', rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.' })
  fake.service.deployments = [
    { id: 'ecs-svc/5550000000000000001', status: 'PRIMARY', taskDefinition: OLD_TD_ARN, desiredCount: 2, runningCount: 0, pendingCount: 2, rolloutState: 'IN_PROGRESS', createdAt: '2026-11-20T10:05:00.000Z' },
    ...(failOurs ? [d] : [])
  ]
}

export interface RecordedLog extends Logger {
  lines: string[]
  warnings: string[]
}

export function recordingLogger(): RecordedLog {
  const lines: string[] = []
  const warnings: string[] = []
  return {
    lines,
    warnings,
    info: (m) => lines.push(m),
    warning: (m) => warnings.push(m),
    error: (m) => lines.push(`error: ${m}`),
    debug: () => undefined,
    startGroup: (n) => lines.push(`[group] ${n}`),
    endGroup: () => undefined
  }
}

/** A clock that only moves when the watch sleeps; `onSleep` scripts what changes between polls. */
export function fakeTime(onPoll: (poll: number) => void) {
  let now = Date.parse('2026-11-20T10:00:30.000Z')
  let poll = 0
  return {
    clock: () => now,
    sleep: async (ms: number) => {
      now += ms
      poll += 1
      onPoll(poll)
    },
    polls: () => poll
  }
}

let replacementEvents = 0

/** A task of ours stops the way ECS reports it: failedTasks moves and the scheduler posts a replacement event. */
export function stop(fake: FakeEcs, task: EcsTask): void {
  fake.tasks.push(task)
  const deployment = ours(fake)
  deployment.failedTasks = (deployment.failedTasks ?? 0) + 1
  replacementEvents += 1
  fake.service.events = [
    { id: `replacement-${replacementEvents}`, createdAt: '2026-11-20T10:02:00.000Z', message: '(service api) has started 1 tasks: (task 0123456789abcdef0123456789abcdef).' },
    ...(fake.service.events ?? [])
  ]
}
