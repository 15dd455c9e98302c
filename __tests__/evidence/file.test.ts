import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readEvidenceFile, writeEvidenceFile } from '../../src/evidence/file.js'
import { toJson } from '../../src/evidence/json.js'
import type { Evidence } from '../../src/evidence/schema.js'
import { DEPLOYMENT, REGION, service, stoppedTask } from './scenario.js'

const evidence: Evidence = {
  schemaVersion: 1,
  generatedAt: '2026-11-20T10:05:00.000Z',
  region: REGION,
  deploymentId: DEPLOYMENT,
  service: toJson(service()),
  tasks: [toJson(stoppedTask(0))],
  unavailable: [{ check: 'Execution role permissions', api: 'iam:SimulatePrincipalPolicy', error: 'denied', errorCode: 'AccessDenied' }]
}

describe('evidence file', () => {
  it('writes pretty JSON (creating the directory) that reads back to the same document', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'evidence-'))
    const path = join(dir, 'out', 'ecs-evidence.json')

    await writeEvidenceFile(evidence, path)

    const text = await readFile(path, 'utf8')
    expect(text.startsWith('{\n  "schemaVersion": 1,\n')).toBe(true)
    expect(text.endsWith('}\n')).toBe(true)
    expect(await readEvidenceFile(path)).toEqual(evidence)
  })

  it('refuses a file that is not an evidence document v1, saying why', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'evidence-'))
    const path = join(dir, 'other.json')
    await writeFile(path, '{"schemaVersion":2,"service":{}}')

    await expect(readEvidenceFile(path)).rejects.toThrow(`${path} has schemaVersion 2; this version of ECS Deploy Doctor reads schemaVersion 1`)
    await expect(readEvidenceFile(join(dir, 'missing.json'))).rejects.toThrow(/Cannot read evidence file .*missing\.json/)
  })
})
