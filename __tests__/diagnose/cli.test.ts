/**
 * `ecs-deploy-doctor diagnose` as a user runs it: the committed CLI bundle over an evidence file.
 */
import { describe, expect, test, beforeAll } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fixtureCases } from './startup/cases.js'

const CLI = join(process.cwd(), 'dist', 'cli', 'index.js')
const dir = mkdtempSync(join(tmpdir(), 'edd-cli-'))

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NODE_NO_WARNINGS: '1' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function file(name: string, content: string): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

describe('ecs-deploy-doctor diagnose', () => {
  let evidencePath = ''
  beforeAll(() => {
    expect(existsSync(CLI)).toBe(true)
    const secretCase = fixtureCases().find((c) => c.code === 'secret-access-denied')!
    evidencePath = file('evidence.json', JSON.stringify({ ...secretCase.evidence, watch: { verdict: 'failed', reason: 'x', startedAt: '2026-11-20T10:00:00.000Z', endedAt: '2026-11-20T10:02:00.000Z' } }))
  })

  test('--format json prints the diagnosis object', () => {
    const { code, stdout } = run('diagnose', '--evidence', evidencePath, '--format', 'json')
    expect(code).toBe(0)
    const diagnosis = JSON.parse(stdout)
    expect(diagnosis.rootCause.code).toBe('secret-access-denied')
    expect(diagnosis.rootCause.fixes[0].commands[0]).toMatch(/^aws iam put-role-policy --role-name api-execution-role /)
    expect(Array.isArray(diagnosis.checks)).toBe(true)
  })

  test('text (the default) and markdown name the root cause and the fix', () => {
    const text = run('diagnose', '--evidence', evidencePath)
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(/^Verdict: failed\nRoot cause: secret-access-denied \((high|medium) confidence\)/)
    expect(text.stdout).toContain('  aws iam put-role-policy --role-name api-execution-role')
    const markdown = run('diagnose', '--evidence', evidencePath, '--format', 'markdown')
    expect(markdown.code).toBe(0)
    expect(markdown.stdout).toContain('`secret-access-denied`')
    expect(markdown.stdout).toContain('```bash\naws iam put-role-policy')
  })

  test('the array watch --evidence-out writes for several services: each one diagnosed, in order', () => {
    const cases = fixtureCases()
    const documents = ['secret-access-denied', 'image-not-found'].map((code) => {
      const found = cases.find((c) => c.code === code)!
      return { ...found.evidence, serviceName: code === 'image-not-found' ? 'worker' : 'api', watch: { verdict: 'failed', reason: 'x', startedAt: '2026-11-20T10:00:00.000Z', endedAt: '2026-11-20T10:02:00.000Z' } }
    })
    const several = file('several.json', JSON.stringify(documents))
    const json = run('diagnose', '--evidence', several, '--format', 'json')
    expect(json.code).toBe(0)
    expect((JSON.parse(json.stdout) as { rootCause: { code: string } }[]).map((d) => d.rootCause.code)).toEqual(['secret-access-denied', 'image-not-found'])
    const text = run('diagnose', '--evidence', several)
    expect(text.stdout).toMatch(/^\n== api ==\nVerdict: failed\nRoot cause: secret-access-denied /)
    expect(text.stdout).toMatch(/\n== worker ==\nVerdict: failed\nRoot cause: image-not-found /)
    const markdown = run('diagnose', '--evidence', several, '--format', 'markdown')
    expect(markdown.stdout.split('\n---\n').map((part) => /`(secret-access-denied|image-not-found)`/.exec(part)?.[1])).toEqual(['secret-access-denied', 'image-not-found'])
  })

  test.each([
    ['truncated JSON', '{"schemaVersion": 1, "service": {"serviceName": "api"', /is not valid JSON \(.+\); was the file truncated\?$/],
    ['another schema version', '{"schemaVersion": 2, "service": {}}', /has schemaVersion 2; this version of ECS Deploy Doctor reads schemaVersion 1$/],
    ['no service', '{"schemaVersion": 1}', /'service' must be an object \(the ECS DescribeServices service\), got undefined$/],
    ['tasks of the wrong type', '{"schemaVersion": 1, "service": {}, "tasks": "many"}', /'tasks' must be an array, got string$/],
    ['an array of numbers', '[1,2]', /bad\.json\[0\] must be a JSON object with schemaVersion 1, got number$/],
    ['an empty array', '[]', /bad\.json is an empty array; it must hold one evidence document per service$/],
    ['a string', '"api"', /bad\.json must be a JSON object with schemaVersion 1, got string$/]
  ])('%s: one clear line, exit 2', (_name, content, message) => {
    const { code, stderr, stdout } = run('diagnose', '--evidence', file('bad.json', content))
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr.trim()).toMatch(message)
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  test('a missing file, a bad --format and an unknown flag exit 2', () => {
    expect(run('diagnose', '--evidence', join(dir, 'nope.json')).stderr).toMatch(/cannot read --evidence .*nope\.json/)
    expect(run('diagnose', '--evidence', evidencePath, '--format', 'html')).toMatchObject({ code: 2, stderr: expect.stringContaining("--format must be json, markdown or text (got 'html')") })
    expect(run('diagnose', '--evidnce', evidencePath).code).toBe(2)
    expect(run('frobnicate').code).toBe(2)
  })
})
