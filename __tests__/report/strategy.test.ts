/** The job summary of a deployment a strategy ran: the strategy, its stages, traffic, both revisions, the rollback, a pause. */
import { describe, expect, it } from '@jest/globals'
import { diagnose } from '../../src/diagnose/index.js'
import type { Evidence } from '../../src/evidence/schema.js'
import type { ReportInput } from '../../src/report/model.js'
import { renderSummary } from '../../src/report/summary.js'
import { baseEvidence } from '../fixtures/evidence.js'
import * as f from '../diagnose/strategy/fixtures.js'
import { readMarkdown } from './helpers/markdown.js'

function inputOf(evidence: Evidence): ReportInput {
  return {
    verdict: evidence.watch?.verdict ?? 'failed',
    cluster: 'prod',
    serviceName: 'api',
    region: 'eu-west-1',
    deploymentId: evidence.deploymentId ?? null,
    evidence,
    diagnosis: evidence.watch?.verdict === 'stable' ? null : diagnose(evidence)
  }
}

function strategyPart(markdown: string): string {
  const start = markdown.indexOf('### Deployment strategy')
  expect(start).toBeGreaterThanOrEqual(0)
  const end = markdown.indexOf('\n### ', start + 10)
  return markdown.slice(start, end < 0 ? undefined : end)
}

describe('the strategy section of the job summary', () => {
  it('a blue/green hook failure: stages as a mermaid chart, traffic and health of both revisions, what the rollback did, the hook log', () => {
    const markdown = renderSummary(inputOf(f.blueGreenHookFailed()))
    const part = strategyPart(markdown)
    expect(part).toContain('### Deployment strategy: blue/green')
    expect(part).toContain('**Stage reached** `POST_TEST_TRAFFIC_SHIFT`')
    expect(part).toMatch(/```mermaid\ngantt\n[\s\S]* {4}SCALE_UP :done, s0, [\s\S]* {4}POST_TEST_TRAFFIC_SHIFT :done, s1, /)
    expect(part).toContain('| Revision | Production traffic | Test traffic | Running / requested | Target health |')
    expect(part).toMatch(/\| `api:42` green \| 0% \| 0% \| 0 \/ 2 \|/)
    expect(part).toMatch(/\| `api:41` blue \| 100% \| 100% \| 2 \/ 2 \|/)
    expect(part).toContain('**Rollback:** ECS started rolling back to service revision `9123456789012345678`')
    expect(part).toContain('Error: smoke test failed: 1 of 4 checks failed')
    expect(readMarkdown(markdown).unclosedFence).toBe(false)
    expect(markdown).toContain('Because the POST_TEST_TRAFFIC_SHIFT lifecycle hook failed, ECS rolled the service back'.replaceAll('_', '\\_'))
  })

  it('a pause hook waiting at the timeout: the commands to continue or roll back', () => {
    const part = strategyPart(renderSummary(inputOf(f.pauseHookWaiting())))
    expect(part).toContain('pause hook `ecs-pause-9f8e7d` is **waiting for approval**')
    const bash = readMarkdown(part).fences.filter((b) => b.info === 'bash').map((b) => b.body.join('\n'))
    expect(bash).toEqual([expect.stringContaining('--action CONTINUE --region eu-west-1'), expect.stringContaining('--action ROLLBACK --region eu-west-1')])
  })

  it('an alarm rollback: the alarm and its state history', () => {
    const part = strategyPart(renderSummary(inputOf(f.rollingAlarmRollback())))
    expect(part).toContain('**Alarms** `api-5xx-errors` (rollback on)')
    expect(part).toMatch(/\| `api-5xx-errors` \| \d\d:\d\d:\d\d \| Alarm updated from OK to ALARM/)
  })

  it('CodeDeploy: the lifecycle events, the task sets with their traffic, the rollback deployment', () => {
    const part = strategyPart(renderSummary(inputOf(f.codeDeployHookFailed())))
    expect(part).toContain('### Deployment strategy: CodeDeploy blue/green')
    expect(part).toContain('AfterAllowTestTraffic :crit')
    expect(part).toContain('**Rollback:** CodeDeploy rolled back with deployment `d-ROLLBACK01`')
  })

  it('redacts credentials in the hook log and keeps AWS text out of the mermaid chart', () => {
    const evidence = f.blueGreenHookFailed(['calling https://admin:hunter2hunter2@orders.internal/api', 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'])
    evidence.strategy!.stages = [{ stage: 'SCALE_UP"] --> click x "javascript:alert(1)', startedAt: evidence.watch!.startedAt, endedAt: evidence.watch!.endedAt }]
    const markdown = renderSummary(inputOf(evidence))
    expect(markdown).not.toContain('hunter2hunter2')
    expect(markdown).not.toContain('wJalrXUtnFEMI')
    expect(markdown).not.toMatch(/javascript:|-->|"\]/)
  })

  it('plain rolling deployments keep the report they had', () => {
    const evidence = baseEvidence()
    evidence.strategy = { controller: 'ECS', kind: 'ROLLING' }
    evidence.watch = { verdict: 'failed', reason: 'x', startedAt: evidence.service.createdAt ?? '', endedAt: evidence.service.createdAt ?? '' }
    expect(renderSummary(inputOf(evidence))).not.toContain('Deployment strategy')
  })
})
