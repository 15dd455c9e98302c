/**
 * Preflight inputs (action and CLI): a bad value fails at once with one line naming the input and what it
 * accepts; a task definition file that is not one says why, naming the input.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { main } from '../../src/cli/main.js'
import { InputError } from '../../src/inputs/inputs.js'
import { parsePreflightInputs, type RawPreflightInputs } from '../../src/preflight/inputs.js'
import { parseTaskDefinitionFile } from '../../src/preflight/source.js'
import { failsStep } from '../../src/preflight/publish.js'

const VALID: RawPreflightInputs = { cluster: 'prod', service: 'api', region: 'eu-west-1', 'task-definition': 'api:42' }

function rejection(raw: RawPreflightInputs): string {
  try {
    parsePreflightInputs({ ...VALID, ...raw }, {})
  } catch (error) {
    if (error instanceof InputError) return error.message
    throw error
  }
  return 'accepted'
}

describe('preflight inputs', () => {
  it('accepts a registered revision, an ARN or a file, and defaults fail-on to error', () => {
    expect(parsePreflightInputs(VALID, {})).toMatchObject({ taskDefinition: { kind: 'registered', reference: 'api:42' }, failOn: 'error', commentOnPr: true })
    const arn = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/api:42'
    expect(parsePreflightInputs({ ...VALID, 'task-definition': arn }, {}).taskDefinition).toEqual({ kind: 'registered', reference: arn })
    expect(parsePreflightInputs({ ...VALID, 'task-definition': '/tmp/td.json', 'fail-on': 'Warning' }, {})).toMatchObject({
      taskDefinition: { kind: 'file', path: '/tmp/td.json' },
      failOn: 'warning'
    })
  })

  it.each<[string, RawPreflightInputs, string]>([
    ['no task definition', { 'task-definition': '' }, "Input 'task-definition' is required: a task definition JSON file"],
    ['a malformed ARN', { 'task-definition': 'arn:aws:ecs:eu-west-1:1:task-definition/api' }, "Input 'task-definition' must be a task definition JSON file"],
    ['fail-on', { 'fail-on': 'sometimes' }, "Input 'fail-on' must be 'error' or 'warning' (got 'sometimes')"],
    ['several services', { service: 'api,worker' }, "Input 'service' names 2 services; preflight checks one service and its task definition per step"],
    ['no cluster', { cluster: '' }, "Input 'cluster' is required"],
    ['a bad region', { region: 'mars-1' }, "Input 'region' must be an AWS region code such as 'eu-west-1' (got 'mars-1')"],
    ['comment-on-pr', { 'comment-on-pr': 'yes' }, "Input 'comment-on-pr' must be 'true' or 'false' (got 'yes')"]
  ])('%s: one line naming the input and what it accepts', (_name, raw, start) => {
    const message = rejection(raw)
    expect(message.startsWith(start)).toBe(true)
    expect(message.split('\n')).toHaveLength(1)
  })
})

describe('a task definition file', () => {
  it('reads the render action output and describe-task-definition output alike; cpu and memory become strings', () => {
    const td = { family: 'api', cpu: 512, memory: 1024, containerDefinitions: [{ name: 'api', image: 'api:1' }] }
    expect(parseTaskDefinitionFile(JSON.stringify(td), 'td.json')).toMatchObject({ family: 'api', cpu: '512', memory: '1024' })
    expect(parseTaskDefinitionFile(JSON.stringify({ taskDefinition: td }), 'td.json').family).toBe('api')
  })

  it.each([
    ['not JSON', '{"family": ', /^Input 'task-definition' file 'td.json' is not a task definition: invalid JSON/],
    ['no containers', '{"family": "api"}', /^Input 'task-definition' file 'td.json' is not a task definition: it has no containerDefinitions$/],
    ['a container without an image', '{"containerDefinitions": [{"name": "api"}]}', /containerDefinitions\[0\] needs a "name" and an "image"$/],
    ['an array', '[]', /the file holds no JSON object$/]
  ])('%s: one line naming the input', (_name, text, message) => {
    expect(() => parseTaskDefinitionFile(text, 'td.json')).toThrow(message)
  })
})

describe('which result fails the step', () => {
  it('fail always; warn only with fail-on: warning; pass never', () => {
    expect([failsStep('fail', 'error'), failsStep('warn', 'error'), failsStep('warn', 'warning'), failsStep('pass', 'warning')]).toEqual([true, false, true, false])
  })
})

describe('ecs-deploy-doctor preflight: bad input', () => {
  function capture(): { stream: Writable; text: () => string } {
    let text = ''
    return { stream: new Writable({ write: (chunk, _enc, done) => ((text += chunk.toString()), done()) }), text: () => text }
  }

  it.each([
    [['--cluster', 'prod', '--service', 'api', '--region', 'eu-west-1'], "ecs-deploy-doctor: --task-definition is required: a task definition JSON file"],
    [['--cluster', 'prod', '--service', 'api', '--task-definition', 'api:1', '--region', 'eu-west-1', '--fail-on', 'never'], "ecs-deploy-doctor: --fail-on must be 'error' or 'warning' (got 'never')"],
    [['--cluster', 'prod', '--bogus'], "ecs-deploy-doctor: Unknown option '--bogus'"],
    [['--cluster', 'prod', '--service', 'api', '--task-definition', 'api:1', '--format', 'yaml'], "ecs-deploy-doctor: --format must be text, markdown or json (got 'yaml')"]
  ])('%j: exit 2, one line', async (args, start) => {
    const out = capture()
    const err = capture()
    const code = await main(['preflight', ...args], out.stream, err.stream)
    expect(code).toBe(2)
    expect(err.text().split('\n')[0]).toMatch(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
    expect(out.text()).toBe('')
  })

  it('a file that is not a task definition: exit 2, one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-input-'))
    writeFileSync(join(dir, 'td.json'), '{"family": "api"}')
    const err = capture()
    const code = await main(['preflight', '--cluster', 'prod', '--service', 'api', '--region', 'eu-west-1', '--task-definition', join(dir, 'td.json')], capture().stream, err.stream)
    expect(code).toBe(2)
    expect(err.text()).toBe(`ecs-deploy-doctor: --task-definition file '${join(dir, 'td.json')}' is not a task definition: it has no containerDefinitions\n`)
  })
})
