import { describe, expect, test } from '@jest/globals'
import { diagnose } from '../../../src/diagnose/index.js'
import type { Evidence } from '../../../src/evidence/schema.js'
import { fixtureCases } from './cases.js'
import { LOGS } from './reasons.js'
import * as S from './scenarios.js'

function caseEvidence(name: string): Evidence {
  const found = fixtureCases().find((c) => c.name === name)
  if (!found) throw new Error(`no case ${name}`)
  return found.evidence
}

function rootOf(evidence: Evidence) {
  const diagnosis = diagnose(evidence)
  const root = diagnosis.rootCause
  if (!root) throw new Error('no root cause')
  return { root, diagnosis, commands: root.fixes.flatMap((f) => f.commands), text: root.evidence.join('\n') }
}

describe('log-config-error', () => {
  test('log group missing without awslogs-create-group, confirmed by DescribeLogGroups', () => {
    const { root, text, commands } = rootOf(caseEvidence('log group missing'))
    expect(root.code).toBe('log-config-error')
    expect(root.title).toBe('Log group /ecs/api does not exist in eu-west-1')
    expect(root.confidence).toBe('high')
    expect(text).toContain('logs:DescribeLogGroups finds no log group /ecs/api in eu-west-1, and awslogs-create-group is not set (container api).')
    expect(commands[0]).toBe('aws logs create-log-group --log-group-name /ecs/api --region eu-west-1')
  })

  test('CreateLogGroup denied with awslogs-create-group=true', () => {
    const { root, text, commands } = rootOf(caseEvidence('CreateLogGroup denied'))
    expect(root.title).toBe('Execution role api-execution-role is not allowed logs:CreateLogGroup on /ecs/api')
    expect(text).toContain("logs:CreateLogGroup on arn:aws:logs:eu-west-1:123456789012:log-group:/ecs/api:* is not granted by the role's identity policies")
    expect(commands).toContain(
      `aws iam put-role-policy --role-name api-execution-role --policy-name ecs-deploy-doctor-logs --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:CreateLogGroup","Resource":"arn:aws:logs:eu-west-1:123456789012:log-group:/ecs/api:*"}]}' --region eu-west-1`
    )
  })

  test('awslogs-region missing from the options', () => {
    const { root } = rootOf(caseEvidence('awslogs-region missing'))
    expect(root.title).toBe('The awslogs configuration is incomplete: awslogs-region is required')
    expect(root.fixes[0].note).toBe('e.g. "awslogs-region": "eu-west-1"')
  })

  test('the EC2 logging-driver wording names the instance role', () => {
    const evidence = S.logGroupMissing(S.onEc2(S.stoppedWith(LOGS.ec2GroupMissing)))
    const { root, text } = rootOf(evidence)
    expect(root.code).toBe('log-config-error')
    expect(text).toContain('ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE=true')
  })

  test('"cannot find the log group ... connection issue ... signal: killed": the log group lookup decides', () => {
    expect(rootOf(caseEvidence('ambiguous logger message, log group missing')).root.code).toBe('log-config-error')
    const existing = rootOf(S.isolate(S.stoppedWith(LOGS.ambiguous)))
    expect(existing.root.code).toBe('network-unreachable')
    expect(existing.root.title).toContain('Tasks cannot reach CloudWatch Logs')
    expect(existing.text).toContain('com.amazonaws.eu-west-1.logs')
  })

  test('a missing log group stands on its own when no stopped task is left', () => {
    const { root } = rootOf(S.logGroupMissing(S.failedDeployment()))
    expect(root.code).toBe('log-config-error')
  })
})
