/**
 * Section 6: deployment strategies. Every strategy scenario of the catalogue through the action's engine on
 * the manual clock (defaults: poll 10 s, timeout 15 min): the verdict and root cause, the simulated time to
 * the verdict and how long after the strategy's own outcome (rollback started, deployment finished) it came,
 * and the AWS calls of each poll of the watch: quiet polls (no task sweep: nothing moved) must stay ≤ 3 calls.
 */
import { destroyClients } from '../../src/aws/clients.js'
import { runDoctor } from '../../src/doctor.js'
import { parseInputs, type RawInputs } from '../../src/inputs/inputs.js'
import { scenarios, startSimulator, type Scenario } from '../../simulator/index.js'
import type { BenchOptions } from '../args.js'
import { benchClients, manualTime, markingLogger } from '../harness.js'
import type { Figure, SectionResult } from '../report.js'
import { median, round } from '../stats.js'
import { MAX_CALLS_PER_STEADY_POLL } from '../targets.js'

const SWEEP = new Set(['ListTasks', 'DescribeTasks'])

export function strategyOf(scenario: Scenario): string {
  const controller = scenario.world.service.deploymentController ?? 'ECS'
  if (controller !== 'ECS') return controller
  const strategy = scenario.world.service.deploymentConfiguration.strategy ?? 'ROLLING'
  return strategy === 'ROLLING' && scenario.world.service.deploymentConfiguration.alarms?.enable ? 'ROLLING + alarms' : strategy
}

/** The catalogue's scenarios of every strategy but a plain rolling update. */
export function strategyScenarios(): Scenario[] {
  return scenarios.filter((s) => strategyOf(s) !== 'ROLLING')
}

export interface StrategyRun {
  scenario: string
  strategy: string
  expected: Scenario['expect']
  verdict: string
  rootCause: string | null
  verdictSimSeconds: number
  /** Seconds from the strategy's own outcome (rollback start, SUCCESSFUL, Succeeded) to our verdict, when it had one. */
  afterOutcomeSeconds?: number
  polls: number[]
  quietPolls: number[]
}

/** The defaults a user gets, plus the ids a scenario must pass (an external task set, a CodeDeploy deployment). */
function inputsFor(scenario: Scenario) {
  const { action } = scenario
  const raw: RawInputs = { cluster: action.cluster, service: action.service, region: action.region, 'comment-on-pr': 'false' }
  if (action.deploymentId) raw['deployment-id'] = action.deploymentId
  if (action.codeDeployDeploymentId) raw['codedeploy-deployment-id'] = action.codeDeployDeploymentId
  return parseInputs(raw, {})
}

function outcomeAt(result: Awaited<ReturnType<typeof runDoctor>>): string | undefined {
  const strategy = result.watch.strategy
  const sd = strategy?.serviceDeployment
  return sd?.rollback?.startedAt ?? sd?.finishedAt ?? strategy?.codeDeploy?.deployment?.completeTime
}

export async function runStrategy(scenario: Scenario): Promise<StrategyRun> {
  const epochMs = Date.now()
  const sim = await startSimulator({ scenario, clock: 'manual' })
  const clients = benchClients(sim)
  let watchCalls = 0
  let verdictSimSeconds = Number.NaN
  try {
    const logger = markingLogger(() => {
      verdictSimSeconds = sim.simSeconds()
      watchCalls = sim.callLog().length
    })
    const result = await runDoctor(inputsFor(scenario), clients, logger, manualTime(sim, epochMs))
    const byPoll = new Map<number, string[]>()
    for (const call of sim.callLog().slice(0, watchCalls)) byPoll.set(call.simSeconds, [...(byPoll.get(call.simSeconds) ?? []), call.operation])
    const polls = [...byPoll.values()]
    const outcome = outcomeAt(result)
    const after = outcome ? (Date.parse(result.watch.endedAt) - Date.parse(outcome)) / 1000 : undefined
    return {
      scenario: scenario.name,
      strategy: strategyOf(scenario),
      expected: scenario.expect,
      verdict: result.watch.verdict,
      rootCause: result.diagnosis?.rootCause?.code ?? null,
      verdictSimSeconds,
      ...(after !== undefined && Number.isFinite(after) ? { afterOutcomeSeconds: round(Math.max(0, after)) } : {}),
      polls: polls.map((p) => p.length),
      quietPolls: polls.slice(1).filter((p) => !p.some((op) => SWEEP.has(op))).map((p) => p.length)
    }
  } finally {
    destroyClients(clients)
    await sim.close()
  }
}

export async function strategiesSection(_options: BenchOptions, progress: (m: string) => void): Promise<SectionResult> {
  const list = strategyScenarios()
  progress(`  ${list.length} strategy scenarios (manual clock, the action's defaults)`)
  const runs: StrategyRun[] = []
  for (const scenario of list) runs.push(await runStrategy(scenario))
  const kinds = [...new Set(runs.map((r) => r.strategy))]
  const perKind = kinds.map((kind) => {
    const mine = runs.filter((r) => r.strategy === kind)
    const quiet = mine.flatMap((r) => r.quietPolls)
    const all = mine.flatMap((r) => r.polls)
    return { kind, quietMedian: median(quiet), quietMax: quiet.length ? Math.max(...quiet) : Number.NaN, meanPerPoll: round(all.reduce((a, b) => a + b, 0) / Math.max(1, all.length), 2) }
  })
  const correct = runs.filter((r) => r.verdict === r.expected.verdict && r.rootCause === r.expected.rootCause).length
  const worstQuiet = Math.max(...perKind.map((k) => (Number.isFinite(k.quietMax) ? k.quietMax : 0)))
  const figures: Figure[] = [
    { name: 'Strategy scenarios reaching their recorded verdict and root cause', value: `${correct} of ${runs.length}`, target: 'every scenario', pass: correct === runs.length },
    { name: 'AWS calls in a quiet poll (nothing moved), worst strategy', value: String(worstQuiet), target: `≤ ${MAX_CALLS_PER_STEADY_POLL}`, pass: worstQuiet <= MAX_CALLS_PER_STEADY_POLL }
  ]
  return {
    name: 'strategies',
    title: '6. Deployment strategies: time to verdict and calls per poll',
    figures,
    tables: [
      {
        caption: 'Per scenario (simulated seconds from the deployment start; "after outcome" = our verdict minus the moment ECS or CodeDeploy started the rollback or finished)',
        header: ['Scenario', 'Strategy', 'Verdict', 'Root cause', 'Time to verdict', 'After outcome', 'Polls', 'Calls per poll (median / max)'],
        rows: runs.map((r) => [
          r.scenario,
          r.strategy,
          `${r.verdict}${r.verdict === r.expected.verdict ? '' : ` (expected ${r.expected.verdict})`}`,
          r.rootCause ?? '–',
          `${round(r.verdictSimSeconds)} s`,
          r.afterOutcomeSeconds === undefined ? '–' : `${r.afterOutcomeSeconds} s`,
          String(r.polls.length),
          `${median(r.polls)} / ${Math.max(...r.polls)}`
        ])
      },
      {
        caption: 'Per strategy',
        readme: true,
        header: ['Strategy', 'Quiet poll calls (median)', 'Quiet poll calls (max)', 'Mean calls per poll (task sweeps included)'],
        rows: perKind.map((k) => [k.kind, String(k.quietMedian), String(k.quietMax), String(k.meanPerPoll)])
      }
    ],
    notes: [
      'A quiet poll reads DescribeServices plus the strategy\'s own call (DescribeServiceDeployments, or GetDeploymentTarget for CodeDeploy; GetDeployment only when the target moved); tasks are listed only when something moved, and on a safety sweep every 6th poll.',
      'Waiting scenarios (a pause hook, CodeDeploy Ready) run to the 15-minute default timeout: the time to verdict is the timeout.'
    ],
    data: runs
  }
}
