/**
 * Secrets and injection: preflight on scenarios whose task definitions carry secret environment values
 * (and hostile text wherever AWS writes). No value reaches the job summary, the PR comment, the findings
 * output, the terminal report or the log; the markdown stays inert.
 */
import { describe, expect, it } from '@jest/globals'
import { findingsJson } from '../../src/preflight/publish.js'
import { renderPreflightComment, renderPreflightSummary } from '../../src/preflight/report.js'
import { renderPreflightText } from '../../src/preflight/text.js'
import { getScenario } from '../../simulator/index.js'
import { hostileVariant, leakedSecrets, markupProblems, plantedSecrets } from '../hardening/hostile.js'
import { runPreflightEngine } from './engine.js'

describe.each(['secret-access-denied', 'healthy', 'log-group-missing', 'network-sg-egress-blocked'])('preflight of %s with secret environment values', (name) => {
  it('prints no value anywhere, and its markdown is inert', async () => {
    const scenario = hostileVariant(getScenario(name))
    const run = await runPreflightEngine(scenario, { taskDefinition: 'file' })
    const outcome = run.outcome
    if (!outcome) throw new Error(String(run.error))
    const input = { report: outcome.report, cluster: outcome.cluster, serviceName: outcome.serviceName, region: outcome.region }
    const summary = renderPreflightSummary(input)
    const comment = renderPreflightComment(input)
    const outputs = { summary, comment, findings: findingsJson(outcome), text: renderPreflightText(outcome), log: run.log.join('\n') }
    const secrets = plantedSecrets(scenario)
    expect(Object.entries(outputs).flatMap(([where, text]) => leakedSecrets(text, secrets).map((s) => `${where}: ${s}`))).toEqual([])
    expect([...markupProblems(summary), ...markupProblems(comment)]).toEqual([])
    expect(outcome.report.changes.filter((c) => /environment/.test(c.field)).map((c) => `${c.before} → ${c.after}`)).toEqual(
      expect.arrayContaining(['set → set (value changed)'])
    )
  })
})
