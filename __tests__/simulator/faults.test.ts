/** Fault flags reach the real SDK exactly as AWS's own faults do: same error names, same retry behaviour. */
import { describe, expect, it } from '@jest/globals'
import { DescribeServicesCommand, ListTasksCommand } from '@aws-sdk/client-ecs'
import { DescribeSubnetsCommand } from '@aws-sdk/client-ec2'
import { GetRoleCommand, SimulatePrincipalPolicyCommand } from '@aws-sdk/client-iam'
import { DescribeTargetGroupsCommand } from '@aws-sdk/client-elastic-load-balancing-v2'
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts'
import { isAccessDenied, isThrottling, isTransient } from '../../src/aws/errors.js'
import { parseOperationRef, validateFaults } from '../../simulator/faults.js'
import { simulate, thrown } from './helpers.js'

const describeServices = new DescribeServicesCommand({ cluster: 'prod', services: ['api'] })

describe('--throttle-rate', () => {
  it('answers every call with each protocol\'s throttling error at rate 1, and the SDK retries it (3 attempts)', async () => {
    const env = await simulate({ scenario: 'healthy', faults: { throttleRate: 1 } })
    try {
      const ecs = await thrown(() => env.aws.ecs.send(describeServices))
      const iam = await thrown(() => env.aws.iam.send(new GetRoleCommand({ RoleName: 'api-execution-role' })))
      const ec2 = await thrown(() => env.aws.ec2.send(new DescribeSubnetsCommand({})))
      expect([ecs.name, iam.name, ec2.name]).toEqual(['ThrottlingException', 'Throttling', 'RequestLimitExceeded'])
      expect([ecs, iam, ec2].every(isThrottling)).toBe(true)
      expect(ecs.$metadata?.attempts).toBe(3)
      expect(ec2.$metadata?.httpStatusCode).toBe(503)
      expect(env.sim.callCounts()).toMatchObject({ 'ECS:DescribeServices': 3, 'IAM:GetRole': 3, 'EC2:DescribeSubnets': 3 })
      expect(env.sim.callLog().every((c) => c.outcome === 'throttled')).toBe(true)
    } finally {
      await env.close()
    }
  })

  it('at rate 0.3 the SDK retry strategy absorbs most throttling, as with real AWS', async () => {
    const env = await simulate({ scenario: 'healthy', faults: { throttleRate: 0.3, seed: 7 } })
    try {
      let succeeded = 0
      for (let i = 0; i < 12; i++) {
        try {
          await env.aws.ecs.send(new ListTasksCommand({ cluster: 'prod', serviceName: 'api' }))
          succeeded++
        } catch (error) {
          expect(isThrottling(error)).toBe(true)
        }
      }
      const log = env.sim.callLog()
      expect(succeeded).toBeGreaterThanOrEqual(10)
      expect(log.filter((c) => c.outcome === 'throttled').length).toBeGreaterThan(0)
      expect(log.length).toBeGreaterThan(12)
    } finally {
      await env.close()
    }
  })
})

describe('--error-rate', () => {
  it('answers HTTP 500 and 503 with the protocol\'s server error, which the SDK treats as transient', async () => {
    const env = await simulate({ scenario: 'healthy', faults: { errorRate: 1 } })
    try {
      const ecs = await thrown(() => env.aws.ecs.send(describeServices))
      const sts = await thrown(() => env.aws.sts.send(new GetCallerIdentityCommand({})))
      expect(isTransient(ecs) && isTransient(sts)).toBe(true)
      const statuses = new Set([ecs.$metadata?.httpStatusCode, sts.$metadata?.httpStatusCode])
      expect([...statuses].every((s) => s === 500 || s === 503)).toBe(true)
      expect(env.sim.callLog().map((c) => c.outcome)).toEqual(Array(6).fill('error'))
    } finally {
      await env.close()
    }
  })
})

describe('--deny', () => {
  it('answers AccessDeniedException, AccessDenied or UnauthorizedOperation naming the IAM action', async () => {
    const env = await simulate({
      scenario: 'healthy',
      faults: { deny: ['ECS:DescribeServices', 'iam:*', 'EC2:DescribeSubnets', 'elasticloadbalancingv2:DescribeTargetGroups'] }
    })
    try {
      const ecs = await thrown(() => env.aws.ecs.send(describeServices))
      expect(ecs.name).toBe('AccessDeniedException')
      expect(ecs.message).toContain('is not authorized to perform: ecs:DescribeServices')
      const simulate_ = await thrown(() =>
        env.aws.iam.send(new SimulatePrincipalPolicyCommand({ PolicySourceArn: 'arn:aws:iam::123456789012:role/api-execution-role', ActionNames: ['ecr:BatchGetImage'] }))
      )
      expect([simulate_.name, simulate_.$metadata?.httpStatusCode]).toEqual(['AccessDenied', 403])
      expect(simulate_.message).toContain('iam:SimulatePrincipalPolicy')
      const ec2 = await thrown(() => env.aws.ec2.send(new DescribeSubnetsCommand({})))
      expect(ec2.name).toBe('UnauthorizedOperation')
      const elb = await thrown(() => env.aws.elbv2.send(new DescribeTargetGroupsCommand({})))
      expect(elb.message).toContain('elasticloadbalancing:DescribeTargetGroups')
      expect([ecs, simulate_, ec2, elb].every(isAccessDenied)).toBe(true)
      expect(ecs.$metadata?.attempts).toBe(1)
      await expect(env.aws.ecs.send(new ListTasksCommand({ cluster: 'prod', serviceName: 'api' }))).resolves.toBeDefined()
    } finally {
      await env.close()
    }
  })

  it('rejects malformed and unknown entries with a message naming what is accepted', () => {
    expect(() => parseOperationRef('ECS')).toThrow(/expected Service:Operation/)
    expect(() => parseOperationRef('Lambda:Invoke')).toThrow(/unknown service "Lambda"; accepted: ECS, EC2, IAM, Logs, ECR, ELBv2, SecretsManager, SSM, STS/)
    expect(() => parseOperationRef('ECS:DescribeServicez')).toThrow(/ECS has no operation "DescribeServicez"/)
    expect(parseOperationRef('cloudwatchlogs:GetLogEvents')).toEqual({ service: 'Logs', operation: 'GetLogEvents' })
    expect(() => validateFaults({ throttleRate: 1.5 })).toThrow('throttleRate must be a number from 0 to 1, got 1.5')
  })
})

describe('--hang and --latency-ms', () => {
  it('never answers a hung operation, so the client times out, while other calls still work', async () => {
    const env = await simulate({ scenario: 'healthy', faults: { hang: ['ECS:DescribeServices'] } }, { requestTimeoutMs: 300, maxAttempts: 1 })
    try {
      const error = await thrown(() => env.aws.ecs.send(describeServices))
      expect(isTransient(error)).toBe(true)
      await expect(env.aws.ecs.send(new ListTasksCommand({ cluster: 'prod', serviceName: 'api' }))).resolves.toBeDefined()
      expect(env.sim.callLog().map((c) => c.outcome)).toEqual(['hung', 'ok'])
    } finally {
      await env.close()
    }
  })

  it('delays every answer by the latency', async () => {
    const env = await simulate({ scenario: 'healthy', faults: { latencyMs: 150 } })
    try {
      const started = Date.now()
      await env.aws.sts.send(new GetCallerIdentityCommand({}))
      expect(Date.now() - started).toBeGreaterThanOrEqual(150)
    } finally {
      await env.close()
    }
  })
})

describe('call counts', () => {
  it('counts every request per Service:Operation and logs it with its simulated time', async () => {
    const env = await simulate({ scenario: 'healthy' })
    try {
      await env.aws.ecs.send(describeServices)
      env.sim.advance(30)
      await env.aws.ecs.send(describeServices)
      await env.aws.sts.send(new GetCallerIdentityCommand({}))
      expect(env.sim.callCounts()).toEqual({ 'ECS:DescribeServices': 2, 'STS:GetCallerIdentity': 1 })
      expect(env.sim.callLog().map((c) => [c.service, c.operation, c.simSeconds, c.outcome])).toEqual([
        ['ECS', 'DescribeServices', 0, 'ok'],
        ['ECS', 'DescribeServices', 30, 'ok'],
        ['STS', 'GetCallerIdentity', 30, 'ok']
      ])
    } finally {
      await env.close()
    }
  })
})
