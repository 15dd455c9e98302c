/**
 * End to end (issue 16): which files of the bundle a run of dist/index.js loads, recorded by a module hook
 * (bench/record-loaded-modules.mjs) and read for the packages they hold (the bundle names each bundled file in
 * a `// node_modules/...` comment). A bad input loads no AWS SDK; a stable run loads the ECS client and
 * nothing it does not use (no other client, no evidence collector, no diagnosis, no @actions/github).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { getScenario, startSimulator } from '../../simulator/index.js'
import { actionIsBuilt, REPO_ROOT, runAction, type ActionRun } from '../../simulator/run-action.js'

const RECORD_LOADED_MODULES = join(REPO_ROOT, 'bench', 'record-loaded-modules.mjs')

interface Loaded {
  run: ActionRun
  /** The files of dist/ the process loaded. */
  files: string[]
  /** Bundled source files they hold: "node_modules/@aws-sdk/client-ecs/dist-es/...", "src/watch/watch.ts". */
  sources: string[]
}

let workRoot = ''

async function play(scenarioName: string, inputs: Record<string, string> = {}): Promise<Loaded> {
  const scenario = getScenario(scenarioName)
  const sim = await startSimulator({ scenario })
  const workDir = mkdtempSync(join(workRoot, `${scenarioName}-`))
  const record = join(workDir, 'loaded-modules.txt')
  try {
    const run = await runAction({
      scenario,
      endpointUrl: sim.url,
      workDir,
      pollIntervalSeconds: 2,
      killAfterMs: 3 * 60_000,
      inputs,
      env: { NODE_OPTIONS: `--import ${RECORD_LOADED_MODULES}`, BENCH_LOADED_MODULES_FILE: record }
    })
    const files = readFileSync(record, 'utf8')
      .split('\n')
      .map((line) => line.split(' ')[1] ?? '')
      .filter((url) => url.includes('/dist/'))
      .map((url) => fileURLToPath(url))
    const sources = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/^\/\/ ((?:node_modules|src)\/\S+)$/gm)].map((m) => m[1]))
    return { run, files, sources }
  } finally {
    await sim.close()
  }
}

const packagesOf = (sources: string[]) =>
  [...new Set(sources.filter((s) => s.startsWith('node_modules/')).map((s) => s.split('/').slice(1, s.split('/')[1].startsWith('@') ? 3 : 2).join('/')))].sort()

const built = actionIsBuilt()
if (!built) console.warn('e2e start-up tests skipped: dist/index.js does not exist (run npm run package first)')
const describeIfBuilt = built ? describe : describe.skip

describeIfBuilt('what dist/index.js loads', () => {
  beforeAll(() => {
    workRoot = mkdtempSync(join(tmpdir(), 'ecs-deploy-doctor-e2e-startup-'))
  })

  afterAll(() => {
    if (workRoot) rmSync(workRoot, { recursive: true, force: true })
  })

  it('a bad input fails naming the input, having loaded @actions/core and the input parser, no AWS SDK', async () => {
    const { run, sources } = await play('healthy', { 'timeout-minutes': 'soon' })
    expect(run.exitCode).toBe(1)
    expect(run.log).toContain("::error::Input 'timeout-minutes' must be a number of minutes from 0.1 to 360 (got 'soon')")
    // @actions/exec and @actions/io are @actions/core's own imports (its platform details).
    expect(packagesOf(sources).filter((p) => !['@actions/core', '@actions/exec', '@actions/io'].includes(p))).toEqual([])
    expect(packagesOf(sources)).toContain('@actions/core')
    expect(sources).toContain('src/inputs/inputs.ts')
    expect(sources.filter((s) => /^src\/(watch\/watch|aws|doctor)/.test(s))).toEqual([])
  })

  it('a stable run loads the ECS client and what the watch and the report need, no other client, no evidence, no diagnosis', async () => {
    const { run, files, sources } = await play('healthy')
    expect(run.exitCode).toBe(0)
    expect(run.outputs.verdict).toBe('stable')
    const packages = packagesOf(sources)
    expect(packages).toContain('@aws-sdk/client-ecs')
    expect(packages.filter((p) => /^@aws-sdk\/client-/.test(p))).toEqual(['@aws-sdk/client-ecs'])
    expect(packages).not.toContain('@actions/github')
    expect(sources.filter((s) => /^src\/diagnose\/(?!shell\.ts$)|^src\/rollback\/|^src\/evidence\/collect\.ts$/.test(s))).toEqual([])
    const bytes = files.reduce((sum, file) => sum + readFileSync(file).length, 0)
    expect(bytes).toBeLessThan(2 * 1_048_576)
  }, 180_000)

  it('a failing run loads the evidence collectors and the clients they call, never the CodeDeploy client of a rolling service', async () => {
    const { run, sources } = await play('secret-access-denied')
    expect(run.exitCode).toBe(1)
    expect(run.outputs['root-cause']).toBe('secret-access-denied')
    expect(sources).toEqual(expect.arrayContaining(['src/evidence/collect.ts', 'src/diagnose/index.ts']))
    expect(packagesOf(sources)).toEqual(expect.arrayContaining(['@aws-sdk/client-ec2', '@aws-sdk/client-iam', '@aws-sdk/client-secrets-manager']))
    expect(packagesOf(sources)).not.toContain('@aws-sdk/client-codedeploy')
    expect(packagesOf(sources)).not.toContain('@aws-sdk/client-sts')
  }, 180_000)
})
