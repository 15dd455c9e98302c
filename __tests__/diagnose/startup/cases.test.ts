import { describe, expect, test } from '@jest/globals'
import { diagnose } from '../../../src/diagnose/index.js'
import { baseEvidence } from '../../fixtures/evidence.js'
import { fixtureCases } from './cases.js'

const cases = fixtureCases()

describe('every start-up scenario of the catalogue', () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, { evidence, code }) => {
    const diagnosis = diagnose(evidence)
    const root = diagnosis.rootCause
    expect(root?.code).toBe(code)
    expect(root?.explanation).not.toBe('Tasks of the deployment stopped for this reason.')
    expect(root?.evidence.length).toBeGreaterThan(0)
    expect(root?.fixes.length).toBeGreaterThan(0)
  })

  test('covers every startup root cause code', () => {
    const codes = new Set(cases.map((c) => c.code))
    for (const code of [
      'image-not-found',
      'image-pull-access-denied',
      'image-pull-rate-limited',
      'image-platform-mismatch',
      'network-unreachable',
      'secret-access-denied',
      'secret-not-found',
      'log-config-error',
      'subnet-ip-exhausted',
      'role-invalid',
      'placement-failed',
      'invalid-task-definition',
      'deployment-configuration-blocked',
      'container-instance-unhealthy',
      'spot-interruption',
      'ephemeral-storage-exhausted'
    ]) {
      expect(codes.has(code as never)).toBe(true)
    }
  })

  test('aws commands name their region, and placeholders appear only in fixes that say to fill them in', () => {
    for (const { name, evidence } of cases) {
      for (const finding of diagnose(evidence).findings) {
        for (const fix of finding.fixes) {
          for (const command of fix.commands.filter((c) => c.startsWith('aws '))) {
            expect(`${name}: ${command}`).toMatch(/ --region [a-z]{2}-[a-z]+-\d/)
            for (const placeholder of command.match(/<[a-z0-9-]+>/g) ?? []) {
              expect(`${name}: ${fix.title}`).toMatch(/fill in/)
              expect(`${name}: ${fix.title}`).toContain(placeholder)
            }
          }
        }
      }
    }
  })

  test('a healthy deployment: every startup check passes and nothing is blamed', () => {
    const evidence = baseEvidence()
    evidence.watch = { verdict: 'stable', reason: 'deployment completed', startedAt: '2026-11-20T10:00:00.000Z', endedAt: '2026-11-20T10:05:00.000Z' }
    const diagnosis = diagnose(evidence)
    expect(diagnosis.rootCause).toBeNull()
    const startupChecks = diagnosis.checks.filter((c) => /^(network|subnets|iam|role|image|secret|logs|deployment|taskdef|instance|spot)\b/.test(c.id))
    expect(startupChecks.length).toBeGreaterThan(15)
    expect(startupChecks.filter((c) => c.status !== 'passed')).toEqual([])
  })

  test('environment values of the task definition never appear, only names', () => {
    for (const { evidence } of cases) {
      const text = JSON.stringify(diagnose(evidence))
      expect(text).not.toContain('"value":"production"')
    }
  })
})
