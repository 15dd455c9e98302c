/**
 * China (aws-cn) and GovCloud (aws-us-gov) accounts get ARNs, host names and console links of their own
 * partition: every fixture case, moved to another partition, keeps its root cause and prints no commercial
 * `arn:aws:` ARN or amazonaws.com host in any fix.
 */
import { describe, expect, test } from '@jest/globals'
import { diagnose } from '../../src/diagnose/index.js'
import type { Evidence } from '../../src/evidence/schema.js'
import { consoleUrl } from '../../src/report/model.js'
import { REGION } from '../fixtures/evidence.js'
import { fixtureCases as runtimeCases } from './runtime/cases.js'
import { fixtureCases as startupCases } from './startup/cases.js'

/** The same evidence in another partition: its region, ARN prefix and DNS suffix. */
function moveTo(evidence: Evidence, partition: string, region: string, dnsSuffix: string): Evidence {
  const text = JSON.stringify(evidence)
    .replaceAll('arn:aws:', `arn:${partition}:`)
    .replaceAll(REGION, region)
    .replace(/\.amazonaws\.com(?!\.cn)\b/g, (match, offset: number, all: string) => (/ecs-tasks$|ecs$/.test(all.slice(Math.max(0, offset - 9), offset)) ? match : `.${dnsSuffix}`))
  return JSON.parse(text) as Evidence
}

const fixes = (evidence: Evidence) =>
  diagnose(evidence)
    .findings.flatMap((f) => f.fixes)
    .flatMap((fix) => [fix.title, fix.note ?? '', ...fix.commands])
    .join('\n')

const cases = [
  ...startupCases().map((c) => ({ name: c.name, evidence: c.evidence, code: c.code })),
  ...runtimeCases().map((c) => ({ name: c.name, evidence: c.evidence, code: c.expect.code }))
]

describe.each([
  ['aws-cn', 'cn-north-1', 'amazonaws.com.cn'],
  ['aws-us-gov', 'us-gov-west-1', 'amazonaws.com']
])('in the %s partition', (partition, region, dnsSuffix) => {
  test.each(cases.map((c) => [c.name, c] as const))('%s: same root cause, fixes in the partition', (_name, c) => {
    const moved = moveTo(c.evidence, partition, region, dnsSuffix)
    expect(diagnose(moved).rootCause?.code).toBe(c.code)
    const text = fixes(moved)
    expect(text).not.toMatch(/arn:aws:/)
    // Service principals (ecs-tasks.amazonaws.com) are the same in every partition; host names are not.
    if (partition === 'aws-cn') expect(text.replace(/\b(ecs-tasks|ecs)\.amazonaws\.com\b/g, '')).not.toMatch(/\.amazonaws\.com(?!\.cn)(?!\w)/)
  })
})

describe('console links', () => {
  test('each partition links its own console, and none where there is no public console', () => {
    const at = (region: string) => consoleUrl({ region, cluster: 'prod', serviceName: 'api' })
    expect(at('eu-west-1')).toBe('https://eu-west-1.console.aws.amazon.com/ecs/v2/clusters/prod/services/api/deployments?region=eu-west-1')
    expect(at('cn-north-1')).toBe('https://console.amazonaws.cn/ecs/v2/clusters/prod/services/api/deployments?region=cn-north-1')
    expect(at('us-gov-west-1')).toBe('https://console.amazonaws-us-gov.com/ecs/v2/clusters/prod/services/api/deployments?region=us-gov-west-1')
    expect(at('us-isob-east-1')).toBeUndefined()
  })
})
