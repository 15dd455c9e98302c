/**
 * The Deployments table, the "All tasks" table and the task timeline, as a reader sees them: narrow
 * enough for a 1000-px page, and words that say what happened.
 */
import { describe, expect, it } from '@jest/globals'
import { deploymentsSection } from '../../src/report/deployments.js'
import type { ReportInput } from '../../src/report/model.js'
import { renderSummary } from '../../src/report/summary.js'
import { tasksSection, timelineSection } from '../../src/report/timeline.js'
import * as b from './fixtures/base.js'
import { outOfMemory, rolledBack } from './fixtures/index.js'
import { PAGE_CONTENT_WIDTH, tableWidths } from './helpers/gfm.js'

type Breaker = NonNullable<NonNullable<ReportInput['evidence']['serviceDeployments']>[number]['deploymentCircuitBreaker']>

function withBreaker(breaker: Breaker): ReportInput {
  const [serviceDeployment] = rolledBack.evidence.serviceDeployments ?? []
  return { ...rolledBack, evidence: { ...rolledBack.evidence, serviceDeployments: [{ ...serviceDeployment, deploymentCircuitBreaker: breaker }] } }
}

describe('circuit breaker line', () => {
  it('a breaker that tripped at 3 while ECS counted 6 failed tasks says so, never "6 of 3"', () => {
    const section = deploymentsSection(withBreaker({ status: 'TRIGGERED', failureCount: 6, threshold: 3 }), 4) ?? ''
    expect(section).toContain('Circuit breaker: triggered at its threshold of 3 failed tasks; ECS counted 6 failed tasks in all.')
    expect(section).not.toMatch(/\d+ of \d+ failed tasks/)
  })

  it('a breaker that is off says it is off', () => {
    expect(deploymentsSection(withBreaker({ status: 'DISABLED', failureCount: 2, threshold: 3 }), 4)).toContain(
      'Circuit breaker: off for this service; 2 failed tasks.'
    )
  })

  it('a breaker still counting says where it will stop the deployment', () => {
    expect(deploymentsSection(withBreaker({ status: 'MONITORING', failureCount: 1, threshold: 3 }), 4)).toContain(
      'Circuit breaker: 1 failed task so far; it stops the deployment at 3.'
    )
  })
})

describe('tables narrow enough for a 1000-px page', () => {
  const longFamily = `${'payments-reconciliation-worker-'.repeat(3)}eu:42`
  const input: ReportInput = {
    ...outOfMemory,
    evidence: {
      ...outOfMemory.evidence,
      service: {
        ...outOfMemory.evidence.service,
        deployments: (outOfMemory.evidence.service.deployments ?? []).map((d) => ({ ...d, taskDefinition: `arn:aws:ecs:eu-west-1:123456789012:task-definition/${longFamily}` }))
      }
    }
  }

  it('the Deployments table: 8 columns, a long revision cut in the middle (its number stays) with the full name on hover', () => {
    const section = deploymentsSection(input, 4) ?? ''
    expect(section).toContain('|   | Deployment | Revision | Status | Running | Pending | Failed | Duration |')
    expect(section).toContain(`<code title="${longFamily}">payments-reconci…on-worker-eu:42</code>`)
    for (const table of tableWidths(section)) expect(table.minContent).toBeLessThanOrEqual(PAGE_CONTENT_WIDTH)
  })

  it('the Deployments table of a usual service fits with every deployment id on one line', () => {
    for (const table of tableWidths(deploymentsSection(outOfMemory, 4) ?? '')) expect(table.codeIntact).toBeLessThanOrEqual(PAGE_CONTENT_WIDTH)
  })

  it('the All tasks table: a 12-character task id with the full id on hover, the stop code with its reason', () => {
    const section = tasksSection(outOfMemory, 50) ?? ''
    expect(section).toContain('| Task | Status | Created (UTC) | Started | Stopped | Exit codes | Stopped reason |')
    expect(section).toContain(
      '| <code title="9b0c1d2e3f4a45b6c7d8e9f0a1b2c3d4">9b0c1d2e3f4…</code> | STOPPED | 09:12:06 | 09:12:38 | 09:13:01 | app 137 | EssentialContainerExited: Essential container in task exited |'
    )
    for (const table of tableWidths(section)) expect(table.minContent).toBeLessThanOrEqual(PAGE_CONTENT_WIDTH)
  })

  it('the whole summary: no table wider than the page', () => {
    for (const table of tableWidths(renderSummary(input))) expect(table.minContent).toBeLessThanOrEqual(PAGE_CONTENT_WIDTH)
  })
})

describe('task timeline', () => {
  const killed = b.task({ id: 'aa11bb22cc33dd44ee55ff6600112233', created: 0, started: 20, stopped: 40, stopCode: 'EssentialContainerExited', exitCode: 137 })
  const stoppingByEcs = {
    ...b.task({ id: 'bb11bb22cc33dd44ee55ff6600112233', created: 0, started: 20 }),
    lastStatus: 'DEACTIVATING',
    desiredStatus: 'STOPPED',
    stoppingAt: b.at(45),
    stopCode: 'ServiceSchedulerInitiated' as const,
    stoppedReason: 'Scaling activity initiated by (deployment ecs-svc/4459380227826312390)'
  }
  const running = b.task({ id: 'cc11bb22cc33dd44ee55ff6600112233', created: 0, started: 20 })
  const chart = timelineSection({ ...outOfMemory, evidence: { ...outOfMemory.evidence, tasks: [killed, stoppingByEcs, running] } }, 4, 12) ?? ''

  it('a killed task\'s bar says how it ended, in red; a running task\'s bar says running', () => {
    expect(chart).toContain('    section aa11bb22\n    starting :active, 2025-03-14 09:12:03, 2025-03-14 09:12:23\n    exit 137 :crit, 2025-03-14 09:12:23, 2025-03-14 09:12:43')
    expect(chart).toContain('    section cc11bb22\n    starting :active, 2025-03-14 09:12:03, 2025-03-14 09:12:23\n    running :2025-03-14 09:12:23, ')
  })

  it('a task ECS is stopping is "stopped by ECS" (grey), not "running" nor "starting"', () => {
    expect(chart).toContain('    section bb11bb22\n    starting :active, 2025-03-14 09:12:03, 2025-03-14 09:12:23\n    stopped by ECS :done, 2025-03-14 09:12:23, 2025-03-14 09:12:48')
  })

  it('sections carry only the 8-character task id, with room for it left of the bars', () => {
    const sections = chart.split('\n').filter((line) => line.startsWith('    section '))
    expect(sections).toEqual(['    section aa11bb22', '    section bb11bb22', '    section cc11bb22'])
    expect(chart).toContain('%%{init: {"gantt": {"leftPadding": 90}}}%%')
  })
})
