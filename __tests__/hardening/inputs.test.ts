/**
 * Every input with every class of bad value: missing, empty, wrong type, out of range, malformed ARN
 * or id, malformed region. Each fails at once with one line that names the input and says what is
 * accepted; an optional input left empty takes its default.
 */
import { describe, expect, it } from '@jest/globals'
import { InputError, parseInputs, type InputName, type RawInputs } from '../../src/inputs/inputs.js'
import { BAD_INPUTS } from './bad-inputs.js'

const GOOD: RawInputs = { cluster: 'prod', service: 'api', region: 'eu-west-1' }
const NO_ENV = {}

function parse(name: InputName, value: string | undefined): unknown {
  const raw: RawInputs = { ...GOOD }
  if (value === undefined) delete raw[name]
  else raw[name] = value
  try {
    return parseInputs(raw, NO_ENV)
  } catch (error) {
    return error
  }
}

describe('each input with each class of bad value', () => {
  const cases = BAD_INPUTS.map(([name, kind, value]) => [name, kind, value === undefined ? 'not set' : JSON.stringify(value.length > 24 ? `${value.slice(0, 21)}...` : value), value] as const)
  it.each(cases)('%s, %s (%s): one line naming the input and what is accepted', (name, _class, _shown, value) => {
    const error = parse(name, value)
    expect(error).toBeInstanceOf(InputError)
    const message = (error as InputError).message
    expect(message.startsWith(`Input '${name}' `)).toBe(true)
    expect(message).toMatch(/is required|must be|at most/)
    expect(message.split('\n')).toHaveLength(1)
    expect(message.length).toBeLessThan(400)
    if (value?.trim()) expect(message).toContain(value.length > 80 ? value.slice(0, 77) : value)
  })

  it('covers every input the action declares, and every class', () => {
    const declared = ['cluster', 'service', 'region', 'deployment-id', 'task-definition', 'codedeploy-deployment-id', 'timeout-minutes', 'poll-interval-seconds', 'max-failed-tasks', 'log-lines', 'comment-on-pr', 'on-failure']
    expect([...new Set(BAD_INPUTS.map(([name]) => name))].sort()).toEqual(declared.sort())
    expect(new Set(BAD_INPUTS.map(([, c]) => c)).size).toBe(6)
  })

  it.each(['deployment-id', 'task-definition', 'codedeploy-deployment-id', 'timeout-minutes', 'poll-interval-seconds', 'max-failed-tasks', 'log-lines', 'comment-on-pr'] as InputName[])(
    'optional %s left empty takes its default',
    (name) => {
      expect(parse(name, '')).not.toBeInstanceOf(Error)
      expect(parse(name, undefined)).not.toBeInstanceOf(Error)
    }
  )

  it('region falls back to AWS_REGION, and a bad AWS_REGION is named as the region input', () => {
    const { region, ...rest } = GOOD
    expect(region).toBe('eu-west-1')
    expect(parseInputs(rest, { AWS_REGION: 'us-east-2' }).region).toBe('us-east-2')
    expect(() => parseInputs(rest, { AWS_REGION: 'moon-1' })).toThrow(/^Input 'region' must be an AWS region code such as 'eu-west-1' \(got 'moon-1'\)$/)
  })
})
