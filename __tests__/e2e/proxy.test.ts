/**
 * End to end, a self-hosted runner behind a proxy: dist/index.js with HTTP_PROXY (the simulator and the fake
 * GitHub API are http://) sends its AWS calls and its PR comment through a counting loopback proxy, and every
 * call says `ecs-deploy-doctor/<version>` in its User-Agent; with NO_PROXY naming the simulator's host the
 * AWS calls go straight to it. @actions/github (its http-client) never proxies loopback hosts, so the fake
 * API is addressed as [::ffff:127.0.0.1], an IPv4-mapped loopback address it does not treat as local: the
 * test proxy reaches loopback only, and so does a call that bypasses it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getScenario, startSimulator, type CallLogEntry } from '../../simulator/index.js'
import { actionIsBuilt, runAction, type ActionRun } from '../../simulator/run-action.js'
import { LoopbackProxy } from '../aws/loopback-proxy.js'
import { FakeGitHub } from '../report/helpers/fake-github.js'

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version
const USER_AGENT = `ecs-deploy-doctor/${VERSION}`

const proxy = new LoopbackProxy()
const fake = new FakeGitHub()
let workRoot = ''
let runs = 0

async function play(env: Record<string, string>): Promise<{ run: ActionRun; calls: CallLogEntry[]; simPort: number }> {
  const scenario = getScenario('healthy')
  const sim = await startSimulator({ scenario })
  const githubPort = new URL(fake.url).port
  try {
    const run = await runAction({
      scenario,
      endpointUrl: sim.url,
      workDir: join(workRoot, `run-${++runs}`),
      pollIntervalSeconds: 2,
      killAfterMs: 3 * 60_000,
      github: { apiUrl: `http://[::ffff:127.0.0.1]:${githubPort}`, token: 'ghs_runner_token', eventName: 'pull_request', payload: { pull_request: { number: 7 } } },
      env
    })
    return { run, calls: sim.callLog(), simPort: sim.port }
  } finally {
    await sim.close()
  }
}

const built = actionIsBuilt()
if (!built) console.warn('e2e proxy tests skipped: dist/index.js does not exist (run npm run package first)')
const describeIfBuilt = built ? describe : describe.skip

describeIfBuilt('dist/index.js on a runner behind a proxy', () => {
  beforeAll(async () => {
    workRoot = mkdtempSync(join(tmpdir(), 'ecs-deploy-doctor-e2e-proxy-'))
    await proxy.start()
    await fake.start()
  })

  afterAll(async () => {
    await fake.stop()
    await proxy.stop()
    if (workRoot) rmSync(workRoot, { recursive: true, force: true })
  })

  beforeEach(() => {
    fake.reset()
    proxy.requests.length = 0
  })

  it('sends every AWS call and the PR comment through HTTP_PROXY, each with its user agent', async () => {
    const { run, calls, simPort } = await play({ HTTP_PROXY: proxy.url })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.verdict).toBe('stable')
    expect(calls.length).toBeGreaterThan(1)
    expect(proxy.to(simPort)).toHaveLength(calls.length)
    expect(calls.filter((c) => !c.userAgent.split(' ').includes(USER_AGENT))).toEqual([])

    const githubPort = Number(new URL(fake.url).port)
    expect(proxy.to(githubPort).length).toBeGreaterThan(0)
    expect(fake.comments.get(7)?.map((c) => c.user.login)).toEqual(['github-actions[bot]'])
    expect(fake.userAgents.length).toBeGreaterThan(0)
    expect(fake.userAgents.filter((ua) => !ua.startsWith(`${USER_AGENT} `))).toEqual([])
    expect(proxy.requests.filter((r) => !r.forwarded)).toEqual([])
  }, 240_000)

  it('reaches AWS directly when NO_PROXY names its host', async () => {
    const { run, calls, simPort } = await play({ HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' })
    expect(run.outputs.verdict).toBe('stable')
    expect(calls.length).toBeGreaterThan(1)
    expect(proxy.to(simPort)).toEqual([])
    expect(proxy.to(Number(new URL(fake.url).port)).length).toBeGreaterThan(0)
  }, 240_000)
})
