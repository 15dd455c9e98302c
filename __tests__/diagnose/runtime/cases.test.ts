import { describe, expect, it } from '@jest/globals'
import { diagnose } from '../../../src/diagnose/index.js'
import { fixtureCases } from './cases.js'

const cases = fixtureCases()

describe('runtime fixture cases', () => {
  it('cover every runtime code with variants', () => {
    const perCode = new Map<string, number>()
    for (const c of cases) perCode.set(c.expect.code, (perCode.get(c.expect.code) ?? 0) + 1)
    for (const code of ['app-exit-error', 'missing-configuration', 'dependency-unreachable', 'out-of-memory', 'elb-health-check-failed', 'container-health-check-failed', 'port-conflict', 'command-not-found']) {
      expect(perCode.get(code)).toBeGreaterThanOrEqual(3)
    }
    expect(perCode.get('segfault')).toBeGreaterThanOrEqual(1)
  })

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const diagnosis = diagnose(c.evidence)
    expect(diagnosis.rootCause?.code).toBe(c.expect.code)
    expect(diagnosis.rootCause?.title).not.toMatch(/undefined|NaN|\[object/)
    expect(diagnosis.rootCause?.explanation).not.toMatch(/undefined|NaN|\[object/)
    const highlight = diagnosis.rootCause?.logExcerpt?.highlight
    if (highlight !== undefined) expect(diagnosis.rootCause!.logExcerpt!.lines[highlight]).toBeDefined()
    expect(diagnosis.rootCause!.logExcerpt?.lines.length ?? 0).toBeLessThanOrEqual(30)
  })

  it.each(cases.map((c) => [c.name, c] as const))('%s: every aws fix command names the region', (_name, c) => {
    const finding = diagnose(c.evidence).findings.find((f) => f.code === c.expect.code)!
    for (const command of finding.fixes.flatMap((f) => f.commands).filter((cmd) => cmd.startsWith('aws '))) {
      expect(command).toMatch(/ --region eu-west-1(?: |$)/)
      expect(command).not.toMatch(/undefined|NaN|<|>(?! td\.json$)/)
    }
  })
})
