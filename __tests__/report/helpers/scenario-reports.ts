/**
 * Every simulator scenario's job summary and PR comment, as a step publishes them: the engine
 * (watch → evidence → diagnosis → rollback) runs in-process against the simulator on its manual
 * clock, then the step's reports are rendered from the results. Takes seconds, not minutes.
 */
import { createClients, destroyClients } from '../../../src/aws/clients.js'
import { runDoctorForServices } from '../../../src/doctor.js'
import { parseInputs } from '../../../src/inputs/inputs.js'
import type { ServiceReport } from '../../../src/report/combined.js'
import { renderStepComment, renderStepSummary } from '../../../src/report/step.js'
import { allScenarios, startSimulator, type Scenario } from '../../../simulator/index.js'
import { capturingLogger, manualTime, pool, scenarioInputs, TEST_CREDENTIALS, type LogLine } from '../../hardening/engine.js'

export interface ScenarioReport {
  scenario: Scenario
  reports: ServiceReport[]
  summary: string
  comment: string
}

const RUN_URL = 'https://github.com/acme/api/actions/runs/1'
const COMMIT = '0123456789abcdef0123456789abcdef01234567'

export async function scenarioReports(scenario: Scenario): Promise<ScenarioReport> {
  const sim = await startSimulator({ scenario, clock: 'manual' })
  const clients = createClients({ region: scenario.action.region, endpoint: sim.url, credentials: TEST_CREDENTIALS })
  const log: LogLine[] = []
  try {
    const inputs = parseInputs(scenarioInputs(scenario), {})
    const results = await runDoctorForServices(inputs, clients, capturingLogger(log), manualTime(sim, Date.now()))
    const reports: ServiceReport[] = results.map((result, i) => ({
      rollback: result.rollback ?? null,
      verdict: result.watch.verdict,
      cluster: inputs.cluster,
      serviceName: inputs.services[i],
      region: inputs.region,
      deploymentId: result.watch.deploymentId || null,
      evidence: result.evidence,
      diagnosis: result.diagnosis,
      runUrl: RUN_URL,
      commitSha: COMMIT
    }))
    return { scenario, reports, summary: renderStepSummary(reports), comment: renderStepComment(reports) }
  } finally {
    destroyClients(clients)
    await sim.close()
  }
}

export function everyScenarioReport(concurrency = 4): Promise<ScenarioReport[]> {
  return pool(allScenarios, concurrency, scenarioReports)
}
