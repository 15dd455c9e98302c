/**
 * Section 2: AWS API calls: per poll while nothing changes, for a whole failing run including the
 * diagnosis, and how polls and task descriptions grow with services of 10, 100 and 1,000 tasks.
 */
import type { DescribeServicesCommandOutput } from '@aws-sdk/client-ecs'
import { destroyClients } from '../../src/aws/clients.js'
import { runDoctor } from '../../src/doctor.js'
import { startSimulator, type Scenario } from '../../simulator/index.js'
import { DEFAULT_DEMO_SCENARIO, getScenario } from '../../simulator/scenarios/index.js'
import type { BenchOptions } from '../args.js'
import { actionInputs, benchClients, manualTime, markingLogger, runOursCached, totalCalls } from '../harness.js'
import type { Figure, SectionResult, Table } from '../report.js'
import { failingScenarios, slowButHealthy } from '../scenarios.js'
import { mean, median, round } from '../stats.js'
import { MAX_CALLS_PER_FAILING_RUN, MAX_CALLS_PER_STEADY_POLL, TASKS_PER_DESCRIBE_CALL } from '../targets.js'

export const SERVICE_SIZES = [10, 100, 1000]

type Phase = 'tasks pending' | 'tasks running, not yet healthy' | 'other'

interface Poll {
  atSeconds: number
  operations: string[]
  /** What DescribeServices showed: deployment counters and the newest event. */
  serviceKey: string
  phase: Phase
  /** Nothing visible in DescribeServices changed since the previous poll. */
  steady: boolean
}

function serviceKey(output: DescribeServicesCommandOutput): string {
  const service = output.services?.[0]
  const deployments = (service?.deployments ?? []).map((d) => [d.id, d.status, d.runningCount, d.pendingCount, d.failedTasks, d.rolloutState].join(':'))
  return `${deployments.join('|')}#${service?.events?.[0]?.id ?? ''}`
}

function phaseOf(output: DescribeServicesCommandOutput, deploymentId: string): Phase {
  const ours = output.services?.[0]?.deployments?.find((d) => d.id === deploymentId)
  if (!ours) return 'other'
  if ((ours.pendingCount ?? 0) > 0) return 'tasks pending'
  if (ours.runningCount === ours.desiredCount && ours.rolloutState === 'IN_PROGRESS') return 'tasks running, not yet healthy'
  return 'other'
}

export interface WatchProfile {
  scenario: string
  desiredCount: number
  verdict: string
  verdictSimSeconds: number
  polls: Poll[]
  totalCalls: number
  callCounts: Record<string, number>
  realMs: number
}

/** Runs the action on a manual-clock simulator, grouping calls by poll (every call of a poll has the same simulated second). */
export async function profileWatch(scenario: Scenario): Promise<WatchProfile> {
  const epochMs = Date.now()
  const started = performance.now()
  const sim = await startSimulator({ scenario, clock: 'manual' })
  const clients = benchClients(sim)
  const seen = new Map<number, DescribeServicesCommandOutput>()
  clients.ecs.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args)
      if (context.commandName === 'DescribeServicesCommand') seen.set(sim.simSeconds(), result.output as DescribeServicesCommandOutput)
      return result
    },
    { step: 'initialize', name: 'benchServiceObserver' }
  )
  try {
    const result = await runDoctor(actionInputs(scenario, 'defaults'), clients, markingLogger(() => undefined), manualTime(sim, epochMs))
    const byPoll = new Map<number, string[]>()
    for (const call of sim.callLog()) byPoll.set(call.simSeconds, [...(byPoll.get(call.simSeconds) ?? []), call.operation])
    let previousKey = ''
    const polls: Poll[] = [...byPoll.entries()].map(([atSeconds, operations]) => {
      const output = seen.get(atSeconds)
      const key = output ? serviceKey(output) : ''
      const poll = {
        atSeconds,
        operations,
        serviceKey: key,
        phase: output ? phaseOf(output, scenario.world.service.deployment.id) : ('other' as Phase),
        steady: key !== '' && key === previousKey
      }
      previousKey = key
      return poll
    })
    return {
      scenario: scenario.name,
      desiredCount: scenario.world.service.desiredCount,
      verdict: result.watch.verdict,
      verdictSimSeconds: sim.simSeconds(),
      polls,
      totalCalls: totalCalls(sim.callCounts()),
      callCounts: sim.callCounts(),
      realMs: performance.now() - started
    }
  } finally {
    destroyClients(clients)
    await sim.close()
  }
}

interface PhaseStats {
  polls: number
  median: number
  mean: number
  max: number
}

function steadyStats(profile: WatchProfile, phase: Phase): PhaseStats | undefined {
  const counts = profile.polls.filter((p) => p.steady && p.phase === phase).map((p) => p.operations.length)
  if (counts.length === 0) return undefined
  return { polls: counts.length, median: median(counts), mean: round(mean(counts), 2), max: Math.max(...counts) }
}

function count(operations: string[], name: string): number {
  return operations.filter((o) => o === name).length
}

interface SizeFigures {
  desiredCount: number
  pending?: PhaseStats
  running?: PhaseStats
  /** DescribeTasks calls in the first poll that sees all new tasks (one full description of them). */
  describeCallsForNewTasks: number
  describeTasksTotal: number
  listTasksPagesPerSweep: number
  totalCalls: number
  polls: number
  realSeconds: number
}

function sizeFigures(profile: WatchProfile): SizeFigures {
  const firstWithNewTasks = profile.polls.find((p) => p.atSeconds > 0 && count(p.operations, 'DescribeTasks') > 0)
  return {
    desiredCount: profile.desiredCount,
    pending: steadyStats(profile, 'tasks pending'),
    running: steadyStats(profile, 'tasks running, not yet healthy'),
    describeCallsForNewTasks: firstWithNewTasks ? count(firstWithNewTasks.operations, 'DescribeTasks') : 0,
    describeTasksTotal: profile.callCounts['ECS:DescribeTasks'] ?? 0,
    listTasksPagesPerSweep: Math.max(0, ...profile.polls.map((p) => count(p.operations, 'ListTasks'))),
    totalCalls: profile.totalCalls,
    polls: profile.polls.length,
    realSeconds: round(profile.realMs / 1000, 1)
  }
}

function stat(stats: PhaseStats | undefined, key: 'median' | 'mean'): string {
  return stats ? String(stats[key]) : 'n/a'
}

function within(stats: PhaseStats | undefined, key: 'median' | 'mean'): boolean {
  return stats !== undefined && stats[key] <= MAX_CALLS_PER_STEADY_POLL
}

export async function apiCallsSection(options: BenchOptions, progress: (m: string) => void): Promise<SectionResult> {
  progress('  steady polls: slow-but-healthy (catalogue, 2 tasks)')
  const base = sizeFigures(await profileWatch(getScenario('slow-but-healthy')))
  const sizes: SizeFigures[] = []
  for (const size of SERVICE_SIZES) {
    progress(`  steady polls: slow-but-healthy on ${size} tasks`)
    sizes.push(sizeFigures(await profileWatch(slowButHealthy(size))))
  }
  progress('  failing runs: every failing scenario, watch + evidence + diagnosis')
  const failing = []
  for (const scenario of failingScenarios()) {
    const run = await runOursCached(scenario)
    failing.push({ scenario: scenario.name, watchCalls: run.watchCalls, evidenceCalls: run.evidenceCalls, total: run.watchCalls + run.evidenceCalls, callCounts: run.callCounts })
  }
  const demo = failing.find((f) => f.scenario === DEFAULT_DEMO_SCENARIO)
  const worst = failing.reduce((a, b) => (b.total > a.total ? b : a))
  const overTarget = failing.filter((f) => f.total > MAX_CALLS_PER_FAILING_RUN)
  const small = sizes[0]
  const large = sizes[sizes.length - 1]
  const describeOk = sizes.every((s) => s.describeCallsForNewTasks <= Math.ceil(s.desiredCount / TASKS_PER_DESCRIBE_CALL))

  const figures: Figure[] = [
    {
      name: 'Calls per poll while nothing changes, tasks pending (2-task service, median)',
      value: stat(base.pending, 'median'),
      target: `≤ ${MAX_CALLS_PER_STEADY_POLL}`,
      pass: within(base.pending, 'median')
    },
    {
      name: 'Calls per poll while nothing changes, tasks running (2-task service, median)',
      value: stat(base.running, 'median'),
      target: `≤ ${MAX_CALLS_PER_STEADY_POLL}`,
      pass: within(base.running, 'median')
    },
    {
      name: `Calls for a whole failing run incl. diagnosis (${DEFAULT_DEMO_SCENARIO}, the demo)`,
      value: demo ? `${demo.total} (watch ${demo.watchCalls} + evidence ${demo.evidenceCalls})` : 'n/a',
      target: `≤ ${MAX_CALLS_PER_FAILING_RUN}`,
      pass: demo ? demo.total <= MAX_CALLS_PER_FAILING_RUN : false
    },
    {
      name: 'Calls for a whole failing run, every failing scenario',
      value: `median ${median(failing.map((f) => f.total))}, max ${worst.total} (${worst.scenario}); ${overTarget.length} of ${failing.length} over ${MAX_CALLS_PER_FAILING_RUN}`,
      target: `≤ ${MAX_CALLS_PER_FAILING_RUN}`,
      pass: overTarget.length === 0
    },
    {
      name: `Steady polls, ${small.desiredCount} → ${large.desiredCount} tasks: median calls per poll (pending / running)`,
      value: `${stat(small.pending, 'median')} / ${stat(small.running, 'median')} → ${stat(large.pending, 'median')} / ${stat(large.running, 'median')}`,
      target: 'do not grow',
      pass: sizes.every((s) => within(s.pending, 'median') && within(s.running, 'median'))
    },
    {
      name: `Steady polls, ${small.desiredCount} → ${large.desiredCount} tasks: mean calls per poll incl. periodic sweeps (pending / running)`,
      value: `${stat(small.pending, 'mean')} / ${stat(small.running, 'mean')} → ${stat(large.pending, 'mean')} / ${stat(large.running, 'mean')}`,
      target: `do not grow (≤ ${MAX_CALLS_PER_STEADY_POLL})`,
      pass: sizes.every((s) => within(s.pending, 'mean') && within(s.running, 'mean'))
    },
    {
      name: 'DescribeTasks calls to describe the new tasks once (10 / 100 / 1,000 tasks)',
      value: sizes.map((s) => s.describeCallsForNewTasks).join(' / '),
      target: `1 per ${TASKS_PER_DESCRIBE_CALL} new tasks (${sizes.map((s) => Math.ceil(s.desiredCount / TASKS_PER_DESCRIBE_CALL)).join(' / ')})`,
      pass: describeOk
    }
  ]
  const growth: Table = {
    caption: "slow-but-healthy with desiredCount changed (bench/scenarios.ts): the image pulls for ~2 simulated minutes, then the tasks wait ~75 s for health checks; the old deployment's tasks are listed too. Steady = DescribeServices showed nothing new since the previous poll.",
    header: ['Tasks', 'Steady polls: pending (median / mean / max)', 'Steady polls: running (median / mean / max)', 'ListTasks calls per sweep', 'DescribeTasks per full description', 'DescribeTasks, whole run', 'Calls, whole run', 'Polls'],
    rows: [base, ...sizes].map((s) => [
      String(s.desiredCount),
      s.pending ? `${s.pending.median} / ${s.pending.mean} / ${s.pending.max}` : 'n/a',
      s.running ? `${s.running.median} / ${s.running.mean} / ${s.running.max}` : 'n/a',
      String(s.listTasksPagesPerSweep),
      String(s.describeCallsForNewTasks),
      String(s.describeTasksTotal),
      String(s.totalCalls),
      String(s.polls)
    ])
  }
  const perScenario: Table = {
    caption: 'Calls per failing scenario (this action with its defaults, in-process, manual clock): watch polls until the verdict, then evidence collection.',
    header: ['Scenario', 'Watch', 'Evidence', 'Total (≤ 40)'],
    rows: failing.map((f) => [f.scenario, String(f.watchCalls), String(f.evidenceCalls), `${f.total} ${f.total <= MAX_CALLS_PER_FAILING_RUN ? '✅' : '❌'}`])
  }
  const notes = [
    'Every call an AWS SDK client made is counted by the simulator (sim.callCounts()); with the manual clock all calls of one poll share one simulated second, which is how calls are grouped into polls.',
    ...(demo ? [`${DEFAULT_DEMO_SCENARIO} by operation: ${Object.entries(demo.callCounts).sort((a, b) => b[1] - a[1]).map(([op, n]) => `${op} ${n}`).join(', ')}.`] : [])
  ]
  void options
  return {
    name: 'calls',
    title: '2. AWS API calls',
    figures,
    tables: [growth, perScenario],
    notes,
    data: { steady: { catalogue: base, sizes }, failing }
  }
}
