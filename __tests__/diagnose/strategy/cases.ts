/**
 * Every strategy fixture with the root cause it must be diagnosed as (null: nothing failed). The fix-command
 * validity test runs every fix command of every case through the AWS CLI.
 */
import type { Evidence } from '../../../src/evidence/schema.js'
import type { RootCauseCode } from '../../../src/types.js'
import * as f from './fixtures.js'

export interface FixtureCase {
  name: string
  evidence: Evidence
  expect: { code: RootCauseCode | null }
}

const CASES: [string, () => Evidence, RootCauseCode | null][] = [
  ['rolling: alarm fired during the bake', f.rollingAlarmRollback, 'deployment-alarm-triggered'],
  ['rolling: alarm, CloudWatch denied', f.alarmWithoutCloudWatch, 'deployment-alarm-triggered'],
  ['rolling: alarm, only the service event', f.alarmFromEventOnly, 'deployment-alarm-triggered'],
  ['blue/green: Lambda hook returned FAILED', () => f.blueGreenHookFailed(), 'lifecycle-hook-failed'],
  ['blue/green: Lambda hook failed, no log group', () => f.blueGreenHookFailed('no-group'), 'lifecycle-hook-failed'],
  ['canary: pause hook expired', f.pauseHookExpired, 'lifecycle-hook-failed'],
  ['blue/green: pause hook waiting at the timeout (nothing failed)', f.pauseHookWaiting, null],
  ['blue/green: breaker rollback of crashing green tasks (the tasks are the cause)', f.blueGreenBreakerWithCrashingTasks, 'app-exit-error'],
  ['codedeploy: AfterAllowTestTraffic hook failed', f.codeDeployHookFailed, 'codedeploy-failed'],
  ['codedeploy: replacement tasks fail health checks (the tasks are the cause)', f.codeDeployGreenUnhealthy, 'elb-health-check-failed']
]

export function fixtureCases(): FixtureCase[] {
  return CASES.map(([name, build, code]) => ({ name, evidence: build(), expect: { code } }))
}
