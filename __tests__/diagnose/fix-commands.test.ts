/**
 * Every `aws` fix command the diagnosis catalogue can print must be a valid AWS CLI command:
 * bash splits it into words exactly as a user's shell would, the installed AWS CLI parses and
 * validates it, and it fails only to connect (to a closed loopback port). A usage or parameter
 * validation error here means a user would paste a broken command.
 */
import { describe, expect, test } from '@jest/globals'
import { diagnose } from '../../src/diagnose/index.js'
import type { Evidence } from '../../src/evidence/schema.js'
import { loadCorpus, recordEvidence } from '../corpus/harness.js'
import { fixtureCases as fixtureRuntimeCases } from './runtime/cases.js'
import { fixtureCases as startupCases } from './startup/cases.js'
import { fixtureCases as strategyCases } from './strategy/cases.js'
import { rejected } from './aws-cli.js'

interface NamedEvidence {
  name: string
  evidence: Evidence
}

const runtimeCases = (): NamedEvidence[] => fixtureRuntimeCases().map(({ name, evidence }) => ({ name, evidence }))
const corpusCases = (): NamedEvidence[] => loadCorpus().map((record) => ({ name: `corpus ${record.id}`, evidence: recordEvidence(record) }))

/**
 * Every distinct `aws` command of the diagnoses, with where it came from. A command that reads
 * `file://F` written by an earlier command of the same fix (`... > F`) cannot be checked offline.
 */
function commandsOf(cases: NamedEvidence[]): Map<string, string> {
  const commands = new Map<string, string>()
  for (const { name, evidence } of cases) {
    for (const finding of diagnose(evidence).findings) {
      for (const fix of finding.fixes) {
        const written = new Set<string>()
        for (const command of fix.commands) {
          const reads = [...command.matchAll(/file:\/\/([^\s'"]+)/g)].map((m) => m[1])
          if (command.startsWith('aws ') && !reads.some((f) => written.has(f)) && !commands.has(command)) commands.set(command, `${name} → ${fix.title}`)
          for (const m of command.matchAll(/>\s*([^\s'"|;&]+)/g)) written.add(m[1])
        }
      }
    }
  }
  return commands
}

describe('fix commands are valid AWS CLI commands', () => {
  // A suite that loses its fixtures (a moved file, an empty list) must fail here, not check fewer commands.
  test('reads every fixture suite', () => {
    expect(startupCases().length).toBeGreaterThanOrEqual(60)
    expect(fixtureRuntimeCases().length).toBeGreaterThanOrEqual(50)
    expect(strategyCases().length).toBeGreaterThanOrEqual(10)
    expect(corpusCases().length).toBeGreaterThanOrEqual(480)
  })

  test('startup catalogue: image, network, IAM, secrets, logging, placement, roles', async () => {
    const commands = commandsOf(startupCases())
    expect(commands.size).toBeGreaterThanOrEqual(60)
    expect(await rejected(commands)).toEqual([])
  }, 50_000)

  test('runtime and strategy catalogues: exits, logs, OOM, health checks, ports, alarms, hooks, CodeDeploy', async () => {
    const commands = commandsOf([...runtimeCases(), ...strategyCases()])
    for (const command of commandsOf(startupCases()).keys()) commands.delete(command)
    expect(commands.size).toBeGreaterThanOrEqual(20)
    expect(await rejected(commands)).toEqual([])
  }, 50_000)

  test('every command the real-world corpus produces', async () => {
    const commands = commandsOf(corpusCases())
    expect(commands.size).toBeGreaterThanOrEqual(60)
    expect(await rejected(commands)).toEqual([])
  }, 50_000)
})
