import { DescribeServicesCommand, type DescribeServicesCommandOutput, type ECSClient } from '@aws-sdk/client-ecs'

/** DescribeServices takes at most 10 services per call. */
export const DESCRIBE_SERVICES_BATCH = 10

/** Requests that arrive this close together share a call, even when the machine is busy and timers drift. */
export const BATCH_WINDOW_MS = 25

/** How the batcher waits for the other watchers' requests: the step's sleep, injected. */
export type Wait = (ms: number) => Promise<void>

type Answer = { service?: NonNullable<DescribeServicesCommandOutput['services']>[number]; failureReason?: string }

interface Waiter {
  name: string
  resolve: (answer: Answer) => void
  reject: (error: unknown) => void
  /** The watcher gave up (its timeout passed): when every watcher of a batch has, the call is aborted. */
  signal?: AbortSignal
}

/**
 * Coalesces the DescribeServices requests that several watchers make in the same turn of the
 * event loop into one call per 10 services, so watching N services costs ceil(N/10) calls a poll.
 */
export class DescribeServicesBatcher {
  private queue: Waiter[] = []
  private scheduled = false

  constructor(
    private readonly ecs: ECSClient,
    private readonly cluster: string,
    private readonly wait: Wait,
    private readonly windowMs = BATCH_WINDOW_MS
  ) {}

  describe(name: string, signal?: AbortSignal): Promise<Answer> {
    return new Promise((resolve, reject) => {
      this.queue.push({ name, resolve, reject, signal })
      if (!this.scheduled) {
        this.scheduled = true
        void this.wait(this.windowMs).then(() => this.flush())
      }
    })
  }

  private async flush(): Promise<void> {
    const waiters = this.queue
    this.queue = []
    this.scheduled = false
    const names = [...new Set(waiters.map((w) => w.name))]
    for (let i = 0; i < names.length; i += DESCRIBE_SERVICES_BATCH) {
      const batch = names.slice(i, i + DESCRIBE_SERVICES_BATCH)
      const mine = waiters.filter((w) => batch.includes(w.name))
      const abort = new AbortController()
      const abandoned = () => {
        if (mine.every((w) => w.signal?.aborted)) abort.abort()
      }
      abandoned()
      for (const waiter of mine) waiter.signal?.addEventListener('abort', abandoned, { once: true })
      try {
        const output = await this.ecs.send(new DescribeServicesCommand({ cluster: this.cluster, services: batch }), { abortSignal: abort.signal })
        for (const waiter of mine) waiter.resolve(answerFor(output, waiter.name))
      } catch (error) {
        for (const waiter of mine) waiter.reject(error)
      } finally {
        for (const waiter of mine) waiter.signal?.removeEventListener('abort', abandoned)
      }
    }
  }
}

function matches(name: string, candidate: { serviceName?: string; serviceArn?: string }): boolean {
  return candidate.serviceName === name || candidate.serviceArn === name || candidate.serviceArn?.endsWith(`/${name}`) === true
}

function answerFor(output: DescribeServicesCommandOutput, name: string): Answer {
  const service = output.services?.find((s) => matches(name, s))
  if (service) return { service }
  const failure = output.failures?.find((f) => f.arn === name || f.arn?.endsWith(`/${name}`))
  return { failureReason: failure?.reason ?? 'MISSING' }
}
