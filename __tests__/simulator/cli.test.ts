/** `npm run sim` as other tools call it: --list, flag errors, and the endpoint line on stdout. */
import { describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { ECSClient, DescribeServicesCommand } from '@aws-sdk/client-ecs'
import { allScenarios as scenarios } from '../../simulator/index.js'
import { REPO_ROOT } from '../../simulator/run-action.js'

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx')
const CLI = join(REPO_ROOT, 'simulator', 'cli.ts')

function sim(args: string[]) {
  return spawnSync(TSX, [CLI, ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 30_000 })
}

describe('npm run sim', () => {
  it('--list prints every scenario with its intended verdict and root cause', () => {
    const run = sim(['--list'])
    expect(run.status).toBe(0)
    const lines = run.stdout.trim().split('\n')
    expect(lines).toHaveLength(scenarios.length)
    expect(lines.map((l) => l.split(/\s+/))).toContainEqual(['secret-access-denied', 'failed', 'secret-access-denied'])
    expect(lines.map((l) => l.split(/\s+/))).toContainEqual(['healthy', 'stable', '-'])
  })

  it.each([
    [['--scenario', 'healthy', '--throttle-rate', '2'], /^sim: --throttle-rate must be a number from 0 to 1, got "2"$/],
    [['--scenario', 'healthy', '--colour'], /^sim: Unknown option '--colour'; accepted flags: --scenario, --list, /],
    [['--scenario', 'nope'], /^sim: --scenario "nope" is unknown; accepted: healthy, /],
    [['--scenario', 'healthy', '--deny', 'ECS:Nope'], /^sim: --deny "ECS:Nope": ECS has no operation "Nope"/],
    [[], /^sim: --scenario NAME is required \(or --list\)/]
  ])('rejects %j with one line and exit code 2', (args, message) => {
    const run = sim(args)
    expect(run.status).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr.trim()).toMatch(message)
  })

  it('prints AWS_ENDPOINT_URL first, serves the scenario until killed, and prints call counts on exit', async () => {
    const child = spawn(TSX, [CLI, '--scenario', 'healthy', '--print-calls-on-exit'], { cwd: REPO_ROOT })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const firstLine = await new Promise<string>((resolve) => {
      let stdout = ''
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString()
        if (stdout.includes('\n')) resolve(stdout.split('\n')[0])
      })
    })
    expect(firstLine).toMatch(/^AWS_ENDPOINT_URL=http:\/\/127\.0\.0\.1:\d+$/)
    const ecs = new ECSClient({ region: 'eu-west-1', endpoint: firstLine.split('=')[1], credentials: { accessKeyId: 'test', secretAccessKey: 'test' } })
    const out = await ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['api'] }))
    expect(out.services?.[0].serviceName).toBe('api')
    ecs.destroy()
    const exitCode = await new Promise<number | null>((resolve) => {
      child.on('close', resolve)
      child.kill('SIGTERM')
    })
    expect(exitCode).toBe(0)
    expect(stderr).toMatch(/ECS:DescribeServices\s+1/)
  })
})
