/** What a reader sees when a strategy, not a task, ended the deployment: the code, the alarm or hook named, the fixes. */
import { describe, expect, test } from '@jest/globals'
import { diagnose } from '../../../src/diagnose/index.js'
import { fixtureCases } from './cases.js'
import * as f from './fixtures.js'

describe('strategy root causes', () => {
  test.each(fixtureCases().map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const diagnosis = diagnose(c.evidence)
    expect(diagnosis.rootCause?.code ?? null).toBe(c.expect.code)
    for (const finding of diagnosis.findings) {
      expect(`${finding.title} ${finding.explanation}`).not.toMatch(/undefined|NaN|\[object Object\]/)
      for (const fix of finding.fixes) for (const command of fix.commands) if (command.startsWith('aws ')) expect(command).toMatch(/--region eu-west-1\b/)
    }
  })

  test('an alarm rollback names the alarm, its metric and threshold, its history, and how to read it', () => {
    const cause = diagnose(f.rollingAlarmRollback()).rootCause
    expect(cause?.title).toBe('CloudWatch alarm api-5xx-errors went into ALARM during the deployment, and ECS rolled it back')
    expect(cause?.evidence).toContain('Alarm api-5xx-errors: HTTPCode_Target_5XX_Count (AWS/ApplicationELB, Sum over 60 s) > 5 for 1 period')
    expect(cause?.evidence.some((line) => line.startsWith(`api-5xx-errors history ${'2026'}`) && line.includes('OK to ALARM'))).toBe(true)
    expect(cause?.fixes.flatMap((fix) => fix.commands)).toContain(
      'aws cloudwatch describe-alarm-history --alarm-name api-5xx-errors --history-item-type StateUpdate --region eu-west-1'
    )
  })

  test('without CloudWatch the alarm is still named, and the report says which permission would show more', () => {
    const diagnosis = diagnose(f.alarmWithoutCloudWatch())
    expect(diagnosis.rootCause?.title).toContain('api-5xx-errors')
    expect(diagnosis.checks).toContainEqual(expect.objectContaining({ status: 'skipped', missingPermission: 'cloudwatch:DescribeAlarms' }))
  })

  test('a failed hook names the stage, the function and its last log lines', () => {
    const cause = diagnose(f.blueGreenHookFailed()).rootCause
    expect(cause?.title).toBe('The POST_TEST_TRAFFIC_SHIFT lifecycle hook api-validate-green failed, and ECS rolled the deployment back')
    expect(cause?.evidence).toContain('api-validate-green log: Error: smoke test failed: 1 of 4 checks failed')
    expect(cause?.evidence.some((line) => line.includes('START RequestId'))).toBe(false)
    expect(cause?.fixes[0].commands[0]).toMatch(/^aws logs filter-log-events --log-group-name \/aws\/lambda\/api-validate-green --start-time \d+ --region eu-west-1$/)
  })

  test('a hook whose log group is missing says so', () => {
    expect(diagnose(f.blueGreenHookFailed('no-group')).rootCause?.evidence).toContain(
      'No log lines of api-validate-green in /aws/lambda/api-validate-green since the deployment began (the log group does not exist)'
    )
  })

  test('an expired pause hook is told apart from a failed one', () => {
    const cause = diagnose(f.pauseHookExpired()).rootCause
    expect(cause?.title).toBe('The POST_TEST_TRAFFIC_SHIFT pause hook expired before anyone approved it, and ECS rolled the deployment back')
  })

  test('a failed CodeDeploy deployment names the lifecycle event, the error code and the rollback', () => {
    const cause = diagnose(f.codeDeployHookFailed()).rootCause
    expect(cause?.title).toBe('CodeDeploy deployment d-7XK2Q9PLM failed at AfterAllowTestTraffic: HOOK_EXECUTION_FAILURE, rolled back by d-ROLLBACK01')
    expect(cause?.fixes.flatMap((fix) => fix.commands)).toContain('aws deploy get-deployment-target --deployment-id d-7XK2Q9PLM --target-id prod:api --region eu-west-1')
  })
})
