/**
 * npm run demo [-- --scenario NAME]: plays a scenario against the bundled action, as a runner would, and
 * shows the verdict, the outputs and the job summary.
 */
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { DEFAULT_SPEED, startSimulator } from './index.js'
import { actionIsBuilt, REPO_ROOT, runAction } from './run-action.js'
import { allScenarios as scenarios, DEFAULT_DEMO_SCENARIO } from './scenarios/index.js'

function fail(message: string, code: number): never {
  process.stderr.write(`demo: ${message}\n`)
  process.exit(code)
}

function scenarioName(): string {
  try {
    const { values } = parseArgs({ args: process.argv.slice(2), options: { scenario: { type: 'string' } }, strict: true })
    return values.scenario ?? DEFAULT_DEMO_SCENARIO
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}; usage: npm run demo [-- --scenario NAME]`, 2)
  }
}

function heading(text: string): void {
  process.stdout.write(`\n\x1b[1m── ${text} ${'─'.repeat(Math.max(0, 70 - text.length))}\x1b[0m\n`)
}

async function main(): Promise<void> {
  const name = scenarioName()
  const scenario = scenarios.find((s) => s.name === name)
  if (!scenario) fail(`--scenario "${name}" is unknown; accepted: ${scenarios.map((s) => s.name).join(', ')}`, 2)
  if (!actionIsBuilt()) fail('dist/index.js does not exist: run npm run package first', 1)

  const sim = await startSimulator({ scenario })
  const workDir = join(REPO_ROOT, '.demo', `${scenario.name}-${new Date().toISOString().replace(/[:.]/g, '-')}`)
  heading(`scenario ${scenario.name}`)
  process.stdout.write(`${scenario.description}\n`)
  process.stdout.write(`simulated AWS at ${sim.url} (${scenario.speed ?? DEFAULT_SPEED}x speed); running dist/index.js for ${scenario.action.cluster}/${scenario.action.service}\n`)
  heading('action log')
  const started = Date.now()
  try {
    const run = await runAction({ scenario, endpointUrl: sim.url, workDir, streamLog: true })
    heading('result')
    process.stdout.write(`verdict:    ${run.outputs.verdict ?? '(none)'}\n`)
    process.stdout.write(`root cause: ${run.outputs['root-cause'] || '(none)'}\n`)
    process.stdout.write(`expected:   ${scenario.expect.verdict} / ${scenario.expect.rootCause ?? '(none)'}\n`)
    process.stdout.write(`exit code:  ${run.exitCode} after ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
    heading('outputs')
    for (const [key, value] of Object.entries(run.outputs)) {
      const shown = value.length > 300 ? `${value.slice(0, 300)}… (${value.length} chars)` : value
      process.stdout.write(`${key}: ${shown}\n`)
    }
    heading('job summary')
    process.stdout.write(run.summary.trim() ? `${run.summary.trim()}\n` : '(empty)\n')
    heading('files')
    process.stdout.write(`job summary: ${relative(process.cwd(), run.summaryPath)}\n`)
    process.stdout.write(`outputs:     ${relative(process.cwd(), run.outputPath)}\n`)
  } finally {
    await sim.close()
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error), 1))
