/** The runner harness of the demo and the e2e tests: inputs in, outputs and summary out, as on GitHub. */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { getScenario } from '../../simulator/index.js'
import { parseGithubOutput, REPO_ROOT, runAction } from '../../simulator/run-action.js'

const CORE = pathToFileURL(join(REPO_ROOT, 'node_modules', '@actions', 'core', 'lib', 'core.js')).href

/** A stand-in action that echoes what it was given through @actions/core, as the real one reads it. */
const ECHO_ACTION = `
const core = await import(${JSON.stringify(CORE)})
core.setOutput('verdict', 'failed')
core.setOutput('root-cause', 'secret-access-denied')
core.setOutput('inputs', JSON.stringify({
  cluster: core.getInput('cluster'), service: core.getInput('service'), region: core.getInput('region'),
  timeout: core.getInput('timeout-minutes'), poll: core.getInput('poll-interval-seconds'),
  comment: core.getBooleanInput('comment-on-pr'), maxFailed: core.getInput('max-failed-tasks'), deployment: core.getInput('deployment-id')
}))
core.setOutput('aws', [process.env.AWS_ENDPOINT_URL, process.env.AWS_REGION, process.env.AWS_EC2_METADATA_DISABLED].join(' '))
core.setOutput('multiline', 'line 1\\nline 2')
await core.summary.addHeading('Deployment failed').addRaw('secret').write()
core.setFailed('deployment failed')
`

describe('runAction', () => {
  it('passes the scenario inputs as INPUT_* variables and reads outputs and summary written by @actions/core', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-action-'))
    try {
      const entry = join(dir, 'echo-action.mjs')
      writeFileSync(entry, ECHO_ACTION)
      const scenario = getScenario('circuit-breaker-rollback')
      const run = await runAction({ scenario, endpointUrl: 'http://127.0.0.1:9', workDir: join(dir, 'work'), entry })
      expect(run.exitCode).toBe(1)
      expect(run.outputs.verdict).toBe('failed')
      expect(run.outputs['root-cause']).toBe('secret-access-denied')
      expect(JSON.parse(run.outputs.inputs)).toEqual({
        cluster: 'prod',
        service: 'api',
        region: 'eu-west-1',
        timeout: '5',
        poll: '2',
        comment: false,
        maxFailed: '10',
        deployment: scenario.world.service.deployment.id
      })
      expect(run.outputs.aws).toBe('http://127.0.0.1:9 eu-west-1 true')
      expect(run.outputs.multiline).toBe('line 1\nline 2')
      expect(run.summary).toContain('<h1>Deployment failed</h1>')
      expect(run.log).toContain('::error::deployment failed')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('parses both heredoc and name=value lines', () => {
    expect(parseGithubOutput('verdict<<ghadelimiter_1\nstable\nghadelimiter_1\nroot-cause=\n')).toEqual({ verdict: 'stable', 'root-cause': '' })
  })
})
