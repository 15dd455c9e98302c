/**
 * Runs the preflight engine (runPreflight: evidence → checks) in-process with the real AWS SDK clients
 * against the simulator, on a scenario's new task definition: registered (its ARN) or as the rendered file.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClients, destroyClients } from '../../src/aws/clients.js'
import type { Logger } from '../../src/logger.js'
import { parsePreflightInputs, type RawPreflightInputs } from '../../src/preflight/inputs.js'
import { runPreflight } from '../../src/preflight/run.js'
import type { PreflightOutcome } from '../../src/preflight/types.js'
import { scenarios, startSimulator, type CallLogEntry, type Faults, type Scenario } from '../../simulator/index.js'
import { writeRenderedTaskDefinition } from '../../simulator/run-preflight.js'
import { newTaskDefinition } from '../../simulator/scenarios/base-world.js'
import { TEST_CREDENTIALS } from '../hardening/engine.js'

export interface PreflightEngineRun {
  scenario: Scenario
  outcome?: PreflightOutcome
  error?: unknown
  calls: CallLogEntry[]
  log: string[]
}

export interface PreflightEngineOptions {
  taskDefinition?: 'registered' | 'file'
  faults?: Faults
  inputs?: RawPreflightInputs
}

export function recordingLogger(into: string[]): Logger {
  return {
    info: (m) => into.push(m),
    warning: (m) => into.push(`warning: ${m}`),
    error: (m) => into.push(`error: ${m}`),
    debug: () => undefined,
    startGroup: (m) => into.push(m),
    endGroup: () => undefined
  }
}

export function taskDefinitionValue(scenario: Scenario, mode: 'registered' | 'file'): string {
  if (mode === 'registered') return newTaskDefinition(scenario.world).taskDefinitionArn ?? ''
  return writeRenderedTaskDefinition(scenario, join(mkdtempSync(join(tmpdir(), 'preflight-')), 'task-definition.json'))
}

export async function runPreflightEngine(scenario: Scenario, options: PreflightEngineOptions = {}): Promise<PreflightEngineRun> {
  const sim = await startSimulator({ scenario, clock: 'manual', faults: options.faults })
  const clients = createClients({ region: scenario.action.region, endpoint: sim.url, credentials: TEST_CREDENTIALS })
  const log: string[] = []
  try {
    const inputs = parsePreflightInputs(
      {
        cluster: scenario.action.cluster,
        service: scenario.action.service.split(',')[0],
        region: scenario.action.region,
        'task-definition': taskDefinitionValue(scenario, options.taskDefinition ?? 'registered'),
        ...options.inputs
      },
      {}
    )
    const outcome = await runPreflight(inputs, clients, recordingLogger(log))
    return { scenario, outcome, calls: sim.callLog(), log }
  } catch (error) {
    return { scenario, error, calls: sim.callLog(), log }
  } finally {
    destroyClients(clients)
    await sim.close()
  }
}

/** A legacy-wording variant runs its base scenario's world with older messages: preflight judges it the same. */
function withWordingVariants(names: string[]): string[] {
  return names.flatMap((name) => [name, ...scenarios.filter((s) => s.name === `${name}-legacy-wording`).map((s) => s.name)])
}

/** Scenarios whose root cause is the configuration: preflight must fail on them and name that cause. */
export const CONFIGURATION_SCENARIOS = withWordingVariants([
  'image-not-found',
  'image-pull-access-denied',
  'exec-format-error',
  'network-no-nat-route',
  'network-nat-blackhole',
  'network-missing-ecr-endpoints',
  'network-missing-s3-endpoint',
  'network-missing-logs-endpoint',
  'network-sg-egress-blocked',
  'network-public-ip-disabled',
  'subnet-ips-exhausted',
  'secret-access-denied',
  'secret-not-found',
  'secret-not-found-asm',
  'secret-kms-denied',
  'log-group-missing',
  'role-trust-broken',
  'elb-security-group-blocked',
  'efs-mount-failed'
])

/** Configuration that may or may not fail at runtime: preflight warns and names the cause it risks. */
export const WARNING_SCENARIOS = withWordingVariants(['docker-hub-rate-limit', 'elb-slow-start', 'port-conflict'])
