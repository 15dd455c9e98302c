import { describe, expect, test } from '@jest/globals'
import { parseInputs, type RawInputs } from '../../src/inputs/inputs.js'
import { unknownRegionWarning } from '../../src/partition.js'

const valid: RawInputs = { cluster: 'prod', service: 'api', region: 'eu-west-1' }
const parse = (overrides: RawInputs, env: Record<string, string> = {}) => parseInputs({ ...valid, ...overrides }, env)

describe('parseInputs', () => {
  test('defaults', () => {
    expect(parse({})).toEqual({
      cluster: 'prod',
      service: 'api',
      services: ['api'],
      region: 'eu-west-1',
      deploymentId: undefined,
      taskDefinition: undefined,
      timeoutMinutes: 15,
      pollIntervalSeconds: 10,
      maxFailedTasks: 2,
      githubToken: '',
      commentOnPr: true,
      logLines: 50,
      onFailure: 'report'
    })
  })

  test('region falls back to AWS_REGION, then AWS_DEFAULT_REGION', () => {
    expect(parse({ region: '' }, { AWS_REGION: 'us-east-2' }).region).toBe('us-east-2')
    expect(parse({ region: '' }, { AWS_DEFAULT_REGION: 'ap-southeast-2' }).region).toBe('ap-southeast-2')
    expect(parse({ region: 'us-gov-west-1' }).region).toBe('us-gov-west-1')
    expect(parse({ region: 'eusc-de-east-1' }).region).toBe('eusc-de-east-1')
    expect(parse({ region: 'cn-northwest-1' }).region).toBe('cn-northwest-1')
  })

  test('a region of the right shape that the SDK does not know yet is accepted with a warning, not rejected', () => {
    const inputs = parse({ region: 'eu-west-4' })
    expect(inputs.region).toBe('eu-west-4')
    expect(unknownRegionWarning(inputs.region)).toEqual([
      "Input 'region' eu-west-4 is not a region this release's AWS SDK knows; calls go to ecs.eu-west-4.amazonaws.com (partition aws). " +
        'If AWS opened it recently that is right; otherwise check the region for a typo.'
    ])
    expect(unknownRegionWarning('eu-west-1')).toEqual([])
    expect(unknownRegionWarning('us-gov-east-1')).toEqual([])
  })

  test('accepts ARNs, ids and task definitions in their real forms', () => {
    const inputs = parse({
      cluster: 'arn:aws:ecs:eu-west-1:123456789012:cluster/prod',
      service: 'arn:aws:ecs:eu-west-1:123456789012:service/prod/api',
      'deployment-id': 'ecs-svc/4718061531863413372',
      'task-definition': 'arn:aws:ecs:eu-west-1:123456789012:task-definition/api:42',
      'timeout-minutes': '0.5',
      'poll-interval-seconds': '2',
      'comment-on-pr': 'FALSE'
    })
    expect(inputs.deploymentId).toBe('ecs-svc/4718061531863413372')
    expect(inputs.timeoutMinutes).toBe(0.5)
    expect(inputs.commentOnPr).toBe(false)
    expect(parse({ 'task-definition': 'api:42' }).taskDefinition).toBe('api:42')
  })

  test.each([
    [{ cluster: '' }, "Input 'cluster' is required: a cluster name (letters, digits, '-' and '_', up to 255) or an ECS cluster ARN"],
    [{ cluster: 'prod cluster' }, "Input 'cluster' must be a cluster name (letters, digits, '-' and '_', up to 255) or an ECS cluster ARN (got 'prod cluster')"],
    [{ service: '   ' }, "Input 'service' is required: a service name (letters, digits, '-' and '_', up to 255) or an ECS service ARN; several may be given, comma- or newline-separated"],
    [{ service: 'arn:aws:ecs:eu-west-1:123:service/x' }, "Input 'service' must be a service name (letters, digits, '-' and '_', up to 255) or an ECS service ARN (got 'arn:aws:ecs:eu-west-1:123:service/x')"],
    [{ region: 'europe' }, "Input 'region' must be an AWS region code such as 'eu-west-1' (got 'europe')"],
    [{ region: 'eu-wset-1' }, "Input 'region' must be an AWS region code such as 'eu-west-1' (got 'eu-wset-1')"],
    [{ 'deployment-id': '4718061531863413372' }, "Input 'deployment-id' must be an ECS deployment id such as 'ecs-svc/1234567890123456789' (got '4718061531863413372')"],
    [{ 'task-definition': 'api' }, "Input 'task-definition' must be a task definition ARN or 'family:revision' such as 'api:42' (got 'api')"],
    [{ 'timeout-minutes': 'ten' }, "Input 'timeout-minutes' must be a number of minutes from 0.1 to 360 (got 'ten')"],
    [{ 'timeout-minutes': '0' }, "Input 'timeout-minutes' must be a number of minutes from 0.1 to 360 (got '0')"],
    [{ 'timeout-minutes': '361' }, "Input 'timeout-minutes' must be a number of minutes from 0.1 to 360 (got '361')"],
    [{ 'timeout-minutes': '-5' }, "Input 'timeout-minutes' must be a number of minutes from 0.1 to 360 (got '-5')"],
    [{ 'poll-interval-seconds': '1' }, "Input 'poll-interval-seconds' must be a number of seconds from 2 to 300 (got '1')"],
    [{ 'max-failed-tasks': '1.5' }, "Input 'max-failed-tasks' must be a whole number of tasks from 1 to 100 (got '1.5')"],
    [{ 'max-failed-tasks': '0' }, "Input 'max-failed-tasks' must be a whole number of tasks from 1 to 100 (got '0')"],
    [{ 'comment-on-pr': 'yes' }, "Input 'comment-on-pr' must be 'true' or 'false' (got 'yes')"],
    [{ 'log-lines': '1e3' }, "Input 'log-lines' must be a whole number of lines from 1 to 10000 (got '1e3')"],
    [{ 'log-lines': '20000' }, "Input 'log-lines' must be a whole number of lines from 1 to 10000 (got '20000')"]
  ])('rejects %j with a message naming the input', (overrides, message) => {
    expect(() => parse(overrides)).toThrow(message)
  })

  test('several services, comma- or newline-separated', () => {
    expect(parse({ service: 'api, worker\nscheduler\n' }).services).toEqual(['api', 'worker', 'scheduler'])
    expect(() => parse({ service: 'api,api' })).toThrow("Input 'service' names 'api' twice")
    expect(() => parse({ service: 'api,arn:aws:ecs:eu-west-1:123456789012:service/prod/api' })).toThrow(
      "Input 'service' names 'api' twice (a name and an ARN of one service count as the same)"
    )
    expect(() => parse({ service: 'api,bad name' })).toThrow("Input 'service' must be a service name")
    expect(() => parse({ service: 'api,worker', 'deployment-id': 'ecs-svc/1' })).toThrow(
      "Input 'deployment-id' applies to one service, but 'service' names 2; leave it empty to follow each service's PRIMARY deployment"
    )
    expect(() => parse({ service: Array.from({ length: 51 }, (_, i) => `s${i}`).join(',') })).toThrow(
      "Input 'service' names 51 services; at most 50 are accepted"
    )
  })

  test('a missing region with no AWS_REGION says where it normally comes from', () => {
    expect(() => parse({ region: '' })).toThrow(
      "Input 'region' is required when AWS_REGION is not set (aws-actions/configure-aws-credentials sets it): an AWS region code such as 'eu-west-1'"
    )
  })

  test('long bad values are shortened in the message', () => {
    expect(() => parse({ cluster: 'x'.repeat(300) })).toThrow(`(got '${'x'.repeat(77)}...')`)
  })
})
