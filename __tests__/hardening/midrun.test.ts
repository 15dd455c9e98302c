/**
 * Things that happen to the world while the action runs: the credentials expire (during the watch, or
 * after the verdict while evidence is collected), the service is deleted, another deploy replaces the
 * followed deployment (a second deploy of the same revision, or a manual rollback). Each ends with a
 * clear verdict or a clear one-line error, never a crash, never a pass.
 */
import { describe, expect, it } from '@jest/globals'
import { DeleteServiceCommand, UpdateServiceCommand } from '@aws-sdk/client-ecs'
import { createClients, destroyClients } from '../../src/aws/clients.js'
import { renderSummary } from '../../src/report/summary.js'
import { WatchError } from '../../src/watch/errors.js'
import { getScenario, type RunningSimulator } from '../../simulator/index.js'
import { describeRun, reportInputOf, runEngine, TEST_CREDENTIALS, type EngineOptions } from './engine.js'

/** Runs `act` once, with its own SDK client, the first time the watch sleeps past `atSeconds`. */
function once(atSeconds: number, act: (send: ReturnType<typeof createClients>['ecs'], sim: RunningSimulator) => Promise<unknown>): EngineOptions['onSleep'] {
  let done = false
  return async (sim) => {
    if (done || sim.simSeconds() < atSeconds) return
    done = true
    const clients = createClients({ region: sim.scenario.action.region, endpoint: sim.url, credentials: TEST_CREDENTIALS })
    try {
      await act(clients.ecs, sim)
    } finally {
      destroyClients(clients)
    }
  }
}

describe('credentials that expire mid-run', () => {
  it('during the watch: one clear error naming the cause and the fix, no verdict invented', async () => {
    const run = await runEngine(getScenario('slow-but-healthy'), { faults: { credentialsExpireAt: 60 } })
    expect(run.error).toBeInstanceOf(WatchError)
    expect((run.error as Error).message).toBe(
      'AWS rejected the credentials (ExpiredTokenException: The security token included in the request is expired); they may have expired before the watch ended. ' +
        "Give the role session a longer duration (configure-aws-credentials 'role-duration-seconds') or lower 'timeout-minutes'."
    )
  })

  it.each(['secret-access-denied', 'image-not-found', 'oom-killed', 'network-no-nat-route'])(
    'after the verdict of %s: the verdict and the cause the stopped tasks name stand; the report lists what could not be read and why',
    async (name) => {
      const scenario = getScenario(name)
      const verdictAt = (await runEngine(scenario)).simSeconds
      // The watch's last poll is at the verdict's second; every evidence call comes a second later, expired.
      const run = await runEngine(scenario, { faults: { credentialsExpireAt: verdictAt + 0.5 }, onVerdict: (sim) => sim.advance(1) })
      expect({ verdict: run.verdict, rootCause: run.rootCause, run: describeRun(run) }).toEqual({
        verdict: scenario.expect.verdict,
        rootCause: scenario.expect.rootCause,
        run: describeRun(run)
      })
      const gaps = run.result?.evidence.unavailable ?? []
      expect(gaps.length).toBeGreaterThan(5)
      expect(gaps.every((g) => ['ExpiredTokenException', 'ExpiredToken', 'RequestExpired'].includes(g.errorCode ?? ''))).toBe(true)
      expect(renderSummary(reportInputOf(run))).toContain('The security token included in the request is expired')
    }
  )
})

describe('the service deleted mid-watch', () => {
  it.each(['slow-but-healthy', 'elb-slow-start'])('%s: failed, saying the service was deleted; no cause invented', async (name) => {
    const run = await runEngine(getScenario(name), {
      onSleep: once(20, (ecs, sim) => ecs.send(new DeleteServiceCommand({ cluster: sim.scenario.action.cluster, service: sim.scenario.action.service, force: true })))
    })
    expect(run.verdict).toBe('failed')
    expect(run.result?.watch.reason).toMatch(/^The service became DRAINING \(deleted\) while ecs-svc\/\d+ was deploying$/)
    expect(run.rootCause).toBeNull()
    const summary = renderSummary(reportInputOf(run))
    expect(summary).toContain('**Root cause not identified.** The service became DRAINING (deleted)')
  })
})

describe('the deployment replaced by another deploy mid-watch', () => {
  const redeploy = (taskDefinition?: string) =>
    once(30, (ecs, sim) =>
      ecs.send(
        new UpdateServiceCommand({
          cluster: sim.scenario.action.cluster,
          service: sim.scenario.action.service,
          ...(taskDefinition ? { taskDefinition } : { forceNewDeployment: true })
        })
      )
    )

  it('a second deploy of the same revision: failed, superseded, naming the new deployment; no cause invented', async () => {
    const run = await runEngine(getScenario('slow-but-healthy'), { onSleep: redeploy() })
    expect(run.verdict).toBe('failed')
    expect(run.result?.watch.reason).toMatch(/^ecs-svc\/\d+ was superseded by a newer deployment ecs-svc\/\d+ \(api:42\) before it completed$/)
    expect(run.rootCause).toBeNull()
    expect(renderSummary(reportInputOf(run))).toContain('**Root cause not identified.** ecs-svc/')
  })

  it('a manual rollback to the previous revision: rolled-back, and the report does not blame failing tasks', async () => {
    const run = await runEngine(getScenario('slow-but-healthy'), { onSleep: redeploy('api:41') })
    expect(run.verdict).toBe('rolled-back')
    expect(run.result?.watch.reason).toMatch(/was replaced by a rollback to ecs-svc\/\d+ \(api:41\); the service now runs the old revision$/)
    expect(run.rootCause).toBeNull()
    const summary = renderSummary(reportInputOf(run))
    expect(summary).toContain('Another deployment rolled the service back to `api:41` before this one completed.')
    expect(summary).not.toContain('after the new tasks kept failing')
  })

  it('a failing deployment replaced after some tasks failed: superseded, and the failure seen so far is named', async () => {
    const run = await runEngine(getScenario('app-missing-env-var'), { inputs: { 'max-failed-tasks': '10' }, onSleep: redeploy() })
    expect(run.verdict).toBe('failed')
    expect(run.result?.watch.reason).toMatch(/was superseded by a newer deployment/)
    expect(run.result?.evidence.tasks?.filter((t) => t.lastStatus === 'STOPPED').length).toBeGreaterThan(0)
    expect(run.rootCause).toBe('missing-configuration')
  })
})
