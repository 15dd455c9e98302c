import type { AwsClients, ServiceClients, ServiceName } from '../aws/clients.js'
import { errorMessage, errorName } from '../aws/errors.js'
import type { Scope } from './arns.js'
import { DEADLINE_EXCEEDED, type EvidenceCheck, type UnavailableCheck } from './schema.js'
import { setMaxListeners } from 'node:events'

/** What a call is for, so a failure can name the check and the IAM action it needs. */
export interface CallSpec {
  check: EvidenceCheck
  /** IAM action form, e.g. "ec2:DescribeRouteTables". */
  api: string
  resource?: string
}

const OVER_BUDGET = Symbol('over budget')

/** Options every SDK call gets: the collection's abort signal. */
export interface CallOptions {
  abortSignal: AbortSignal
}

/**
 * Maps an expected error (e.g. ResourceNotFoundException) to a result; `undefined` means
 * "not expected", and the call is recorded as unavailable.
 */
export type ExpectedError<T> = (error: unknown) => T | undefined

export interface ContextOptions {
  /** The run's clients: the collection derives its own from them (evidence retry profile, other regions). */
  clients: AwsClients
  region: string
  /** The service's account and partition, read from its ARNs. */
  accountId?: string
  partition: string
  deadlineMs: number
}

/**
 * Shared state of one evidence collection: clients, the overall deadline, and the list of
 * checks that could not run. Every AWS call goes through `call`, which never throws. A client is
 * made when a check first needs it, so a collection makes only the clients it uses.
 */
export class CollectionContext {
  readonly clients: AwsClients
  readonly region: string
  readonly accountId?: string
  readonly partition: string
  readonly unavailable: UnavailableCheck[] = []
  private readonly controller = withUnboundedListeners(new AbortController())
  private readonly deadline: Promise<never>
  private readonly timer: ReturnType<typeof setTimeout>
  private readonly regionalClients = new Map<string, AwsClients>()
  private readonly deadlineMs: number

  constructor(options: ContextOptions) {
    this.clients = options.clients.derive({ region: options.region, retry: 'evidence' })
    this.region = options.region
    this.accountId = options.accountId
    this.partition = options.partition
    this.deadlineMs = options.deadlineMs
    this.deadline = new Promise<never>((_, reject) => {
      this.controller.signal.addEventListener('abort', () => reject(new Error('deadline')), { once: true })
    })
    this.deadline.catch(() => undefined)
    this.timer = setTimeout(() => this.controller.abort(), options.deadlineMs)
    this.timer.unref?.()
  }

  /** Partition, region and account to build ARNs in. */
  get scope(): Scope {
    return { partition: this.partition, region: this.region, accountId: this.accountId }
  }

  get signal(): AbortSignal {
    return this.controller.signal
  }

  /** Clients for another region (awslogs-region, a cross-region secret or ECR registry), set up like the given ones. */
  clientsIn(region: string | undefined): AwsClients {
    if (!region || region === this.region) return this.clients
    let clients = this.regionalClients.get(region)
    if (!clients) {
      clients = this.clients.derive({ region })
      this.regionalClients.set(region, clients)
    }
    return clients
  }

  /** The client of `service` in `region` (the collection's by default), made and loaded on first use. */
  client<K extends ServiceName>(service: K, region?: string): Promise<ServiceClients[K]> {
    return this.clientsIn(region).client(service)
  }

  /**
   * Runs one AWS call (or one paginated sequence) bounded by the overall deadline. A failure is
   * recorded in `unavailable` and yields undefined, unless `expected` maps it to a result.
   */
  async call<T>(
    spec: CallSpec,
    run: (options: CallOptions) => Promise<T>,
    expected?: ExpectedError<T>,
    budgetMs?: number
  ): Promise<T | undefined> {
    if (this.signal.aborted) return this.recordDeadline(spec)
    let budget: ReturnType<typeof setTimeout> | undefined
    const overBudget = new Promise<typeof OVER_BUDGET>((resolve) => {
      if (budgetMs !== undefined) budget = setTimeout(() => resolve(OVER_BUDGET), budgetMs)
    })
    try {
      const result = await Promise.race([run({ abortSignal: this.signal }), this.deadline, overBudget])
      if (result === OVER_BUDGET) return this.recordDeadline(spec, budgetMs)
      return result as T
    } catch (error) {
      if (this.signal.aborted) return this.recordDeadline(spec)
      const result = expected?.(error)
      if (result !== undefined) return result
      this.record(spec, errorMessage(error), errorName(error))
      return undefined
    } finally {
      clearTimeout(budget)
    }
  }

  /** Ends the collection: calls still waiting (over their budget) are aborted, so no retry outlives it. */
  dispose(): void {
    clearTimeout(this.timer)
    this.controller.abort()
    this.clients.destroy()
  }

  private recordDeadline(spec: CallSpec, budgetMs?: number): undefined {
    const seconds = (ms: number) => Math.round(ms / 100) / 10
    const error =
      budgetMs === undefined
        ? `No answer within the ${seconds(this.deadlineMs)} s evidence collection deadline`
        : `No answer within the ${seconds(budgetMs)} s this check may take`
    this.record(spec, error, DEADLINE_EXCEEDED)
    return undefined
  }

  private record(spec: CallSpec, error: string, errorCode: string): void {
    this.unavailable.push({
      check: spec.check,
      api: spec.api,
      error,
      errorCode,
      ...(spec.resource ? { resource: spec.resource } : {})
    })
  }
}

/** Items of every page of a paginator, stopping after `maxPages` pages (a page is one call). */
export async function allPages<P, I>(pages: AsyncIterable<P>, items: (page: P) => I[] | undefined, maxPages = 10): Promise<I[]> {
  const result: I[] = []
  let count = 0
  for await (const page of pages) {
    result.push(...(items(page) ?? []))
    count += 1
    if (count >= maxPages) break
  }
  return result
}

/** An SDK error's name is one of `names`. */
export function isError(error: unknown, ...names: string[]): boolean {
  return names.includes(errorName(error))
}

export function unique<T>(values: Iterable<T | undefined | null>): T[] {
  const result: T[] = []
  for (const value of values) if (value !== undefined && value !== null && !result.includes(value)) result.push(value)
  return result
}

/** Every evidence call listens on the one deadline signal; more than Node's default 10 is expected, not a leak. */
function withUnboundedListeners(controller: AbortController): AbortController {
  setMaxListeners(0, controller.signal)
  return controller
}
