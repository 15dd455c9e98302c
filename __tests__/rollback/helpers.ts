/**
 * Runs the doctor in-process (watch → evidence → diagnosis → rollback) with the real SDK clients against
 * the simulator on its manual clock: the injected sleep advances simulated time, so a rollout and its
 * rollback replay in a fraction of a second while every call still crosses HTTP.
 */
import { createClients, destroyClients } from '../../src/aws/clients.js'
import { runDoctorForServices, type DoctorResult, type ServiceUpdate } from '../../src/doctor.js'
import { parseInputs, type Inputs, type RawInputs } from '../../src/inputs/inputs.js'
import type { Logger } from '../../src/logger.js'
import { getScenario, startSimulator, type CallLogEntry, type Faults, type RunningSimulator, type Scenario } from '../../simulator/index.js'

export interface DoctorRun {
  scenario: Scenario
  inputs: Inputs
  results: DoctorResult[]
  log: { level: string; message: string }[]
  updates: ServiceUpdate[]
  calls: CallLogEntry[]
  /** DescribeServices of every service after the run, as the simulator answers it. */
  after: { serviceName?: string; deployments?: { id?: string; status?: string; taskDefinition?: string; rolloutState?: string }[] }[]
}

export function scenarioInputs(scenario: Scenario, overrides: RawInputs = {}): RawInputs {
  const { action } = scenario
  return {
    cluster: action.cluster,
    service: action.service,
    region: action.region,
    'timeout-minutes': String(action.timeoutMinutes ?? 5),
    'poll-interval-seconds': '2',
    'comment-on-pr': 'false',
    ...(action.maxFailedTasks !== undefined ? { 'max-failed-tasks': String(action.maxFailedTasks) } : {}),
    ...(action.deploymentId !== undefined ? { 'deployment-id': action.deploymentId } : {}),
    ...(action.onFailure !== undefined ? { 'on-failure': action.onFailure } : {}),
    ...overrides
  }
}

function manualTime(sim: RunningSimulator, epochMs: number) {
  return {
    clock: () => epochMs + sim.simSeconds() * 1000,
    sleep: async (ms: number) => {
      sim.advance(ms / 1000)
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
}

function capture(into: DoctorRun['log']): Logger {
  return {
    info: (message) => into.push({ level: 'info', message }),
    warning: (message) => into.push({ level: 'warning', message }),
    error: (message) => into.push({ level: 'error', message }),
    debug: () => undefined,
    startGroup: (message) => into.push({ level: 'group', message }),
    endGroup: () => undefined
  }
}

export async function runDoctorOn(name: string | Scenario, options: { inputs?: RawInputs; faults?: Faults } = {}): Promise<DoctorRun> {
  const scenario = typeof name === 'string' ? getScenario(name) : name
  const sim = await startSimulator({ scenario, clock: 'manual', faults: options.faults })
  const clients = createClients({ region: scenario.action.region, endpoint: sim.url, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } })
  const log: DoctorRun['log'] = []
  const updates: ServiceUpdate[] = []
  try {
    const inputs = parseInputs(scenarioInputs(scenario, options.inputs), {})
    const results = await runDoctorForServices(inputs, clients, capture(log), { ...manualTime(sim, Date.now()), onUpdate: (u) => updates.push(u) })
    const { DescribeServicesCommand } = await import('@aws-sdk/client-ecs')
    const described = await clients.ecs.send(new DescribeServicesCommand({ cluster: inputs.cluster, services: inputs.services }))
    const after = (described.services ?? []).map((s) => ({
      serviceName: s.serviceName,
      deployments: s.deployments?.map((d) => ({ id: d.id, status: d.status, taskDefinition: d.taskDefinition, rolloutState: d.rolloutState }))
    }))
    return { scenario, inputs, results, log, updates, calls: sim.callLog(), after }
  } finally {
    destroyClients(clients)
    await sim.close()
  }
}

/** Calls of one operation that the simulator answered (not faulted). */
export function answered(calls: CallLogEntry[], operation: string): number {
  return calls.filter((c) => `${c.service}:${c.operation}` === operation && c.outcome === 'ok').length
}
