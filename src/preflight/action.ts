/**
 * The preflight action (preflight/action.yml): one top-level catch turns every failure into one clear line.
 * Like the post-deploy action, a bad input fails before any AWS SDK is loaded.
 */
import * as core from '@actions/core'
import type { AwsClients } from '../aws/clients.js'
import { InputError } from '../inputs/inputs.js'
import { actionsLogger } from '../logger.js'
import { WatchError } from '../watch/errors.js'
import { PreflightError } from './errors.js'
import { parsePreflightInputs, PREFLIGHT_INPUT_NAMES, type RawPreflightInputs } from './inputs.js'

function readActionInputs(): RawPreflightInputs {
  return Object.fromEntries(PREFLIGHT_INPUT_NAMES.map((name) => [name, core.getInput(name)]))
}

async function loadPreflight() {
  const [{ createClients }, { unknownRegionWarning }, { runPreflight }, { failsStep, publishPreflight }, { preflightLine }] = await Promise.all([
    import('../aws/clients.js'),
    import('../partition.js'),
    import('./run.js'),
    import('./publish.js'),
    import('./report.js')
  ])
  return { createClients, unknownRegionWarning, runPreflight, failsStep, publishPreflight, preflightLine }
}

export async function runPreflightAction(): Promise<void> {
  let clients: AwsClients | undefined
  try {
    const inputs = parsePreflightInputs(readActionInputs())
    if (inputs.githubToken) core.setSecret(inputs.githubToken)
    const { createClients, unknownRegionWarning, runPreflight, failsStep, publishPreflight, preflightLine } = await loadPreflight()
    for (const warning of unknownRegionWarning(inputs.region)) actionsLogger.warning(warning)
    clients = createClients({ region: inputs.region })
    const outcome = await runPreflight(inputs, clients, actionsLogger)
    await publishPreflight(outcome, inputs)
    const line = preflightLine(outcome)
    if (failsStep(outcome.report.result, inputs.failOn)) core.setFailed(line)
    else core.info(line)
  } catch (error) {
    if (error instanceof InputError || error instanceof PreflightError || error instanceof WatchError) core.setFailed(error.message)
    else {
      core.debug(error instanceof Error ? (error.stack ?? error.message) : String(error))
      core.setFailed(`ECS Deploy Doctor preflight failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`)
    }
  } finally {
    clients?.destroy()
  }
}
