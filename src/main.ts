import * as core from '@actions/core'
import { rollbackLine } from './act/report.js'
import { createClients, destroyClients, type AwsClients } from './aws/clients.js'
import { runDoctorForServices } from './doctor.js'
import { InputError, INPUT_NAMES, parseInputs, type RawInputs } from './inputs/inputs.js'
import { actionsLogger } from './logger.js'
import { publishReports } from './publish.js'
import { FAILING_VERDICTS } from './types.js'
import { WatchError } from './watch/poller.js'

function readActionInputs(): RawInputs {
  return Object.fromEntries(INPUT_NAMES.map((name) => [name, core.getInput(name)]))
}

/** The action: one top-level catch turns every failure into one clear line, never a stack dump. */
export async function run(): Promise<void> {
  let clients: AwsClients | undefined
  try {
    const inputs = parseInputs(readActionInputs())
    if (inputs.githubToken) core.setSecret(inputs.githubToken)
    clients = createClients({ region: inputs.region })
    const results = await runDoctorForServices(inputs, clients, actionsLogger)
    await publishReports(results, inputs)
    const failures = results
      .map((result, i) => ({ result, service: inputs.services[i] }))
      .filter(({ result }) => FAILING_VERDICTS.includes(result.watch.verdict))
    if (failures.length > 0) {
      const lines = failures.map(({ result, service }) => {
        const cause = result.diagnosis?.rootCause
        const who = inputs.services.length > 1 ? `${service}: ` : ''
        const rollback = result.rollback ? ` ${rollbackLine(result.rollback)}` : ''
        return `${who}Deployment ${result.watch.verdict}${cause ? ` (${cause.code}: ${cause.title})` : ''}: ${result.watch.reason}${rollback}`
      })
      core.setFailed(lines.join('\n'))
    }
  } catch (error) {
    if (error instanceof InputError || error instanceof WatchError) core.setFailed(error.message)
    else {
      core.debug(error instanceof Error ? (error.stack ?? error.message) : String(error))
      core.setFailed(`ECS Deploy Doctor failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`)
    }
  } finally {
    if (clients) destroyClients(clients)
  }
}
