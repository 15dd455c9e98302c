import * as core from '@actions/core'
import { createClients, destroyClients, type AwsClients } from './aws/clients.js'
import { runDoctor } from './doctor.js'
import { InputError, INPUT_NAMES, parseInputs, type RawInputs } from './inputs/inputs.js'
import { actionsLogger } from './logger.js'
import { publishReport } from './publish.js'
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
    const result = await runDoctor(inputs, clients, actionsLogger)
    await publishReport(result, inputs)
    if (FAILING_VERDICTS.includes(result.watch.verdict)) {
      const cause = result.diagnosis?.rootCause
      core.setFailed(`Deployment ${result.watch.verdict}${cause ? ` (${cause.code}: ${cause.title})` : ''}: ${result.watch.reason}`)
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
