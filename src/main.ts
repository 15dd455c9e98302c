/**
 * The action. Only @actions/core and the input parser load with it, so a bad input fails at once; the ECS
 * client and the watch load next, and everything a run needs after its verdict (evidence, diagnosis, the
 * report renderer, @actions/github) loads with import() when it gets there.
 */
import * as core from '@actions/core'
import type { AwsClients } from './aws/clients.js'
import { InputError, INPUT_NAMES, parseInputs, type RawInputs } from './inputs/inputs.js'
import { actionsLogger } from './logger.js'
import type { ProgressTracker } from './report/progress-tracker.js'
import { FAILING_VERDICTS } from './types.js'
import { WatchError } from './watch/errors.js'

function readActionInputs(): RawInputs {
  return Object.fromEntries(INPUT_NAMES.map((name) => [name, core.getInput(name)]))
}

/**
 * The runner stops a step that reaches its timeout-minutes (or a cancelled run) with SIGINT, then SIGTERM,
 * then kills it: say what is known, then exit. Returns the function that stops listening.
 */
function onStepStopped(report: (signal: NodeJS.Signals) => void): () => void {
  const handler = (signal: NodeJS.Signals) => {
    report(signal)
    process.exit(1)
  }
  process.once('SIGINT', handler)
  process.once('SIGTERM', handler)
  return () => {
    process.off('SIGINT', handler)
    process.off('SIGTERM', handler)
  }
}

/** What the watch needs before its first poll: the ECS client (with its factory), the doctor and the progress summary. */
async function loadWatch() {
  const [{ createClients }, { runDoctorForServices }, { trackProgress }, { unknownRegionWarning }] = await Promise.all([
    import('./aws/clients.js'),
    import('./doctor.js'),
    import('./report/progress-tracker.js'),
    import('./partition.js')
  ])
  return { createClients, runDoctorForServices, trackProgress, unknownRegionWarning }
}

/** The action: one top-level catch turns every failure into one clear line, never a stack dump. */
export async function run(): Promise<void> {
  let clients: AwsClients | undefined
  let progress: ProgressTracker | undefined
  let stopListening = () => {}
  try {
    const inputs = parseInputs(readActionInputs())
    if (inputs.githubToken) core.setSecret(inputs.githubToken)
    const { createClients, runDoctorForServices, trackProgress, unknownRegionWarning } = await loadWatch()
    for (const warning of unknownRegionWarning(inputs.region)) actionsLogger.warning(warning)
    const tracker = trackProgress(inputs)
    progress = tracker
    stopListening = onStepStopped((signal) => core.setFailed(tracker.interrupted(signal)))
    clients = createClients({ region: inputs.region })
    const results = await runDoctorForServices(inputs, clients, actionsLogger, { onUpdate: tracker.onUpdate })
    tracker.finish()
    const [{ publishReports }, { failedStepLine }] = await Promise.all([import('./report/publish.js'), import('./report/step.js')])
    await publishReports(results, inputs)
    const failures = results
      .map((result, i) => ({ result, service: inputs.services[i] }))
      .filter(({ result }) => FAILING_VERDICTS.includes(result.watch.verdict))
    if (failures.length > 0) {
      const lines = failures.map(({ result, service }) =>
        failedStepLine({ verdict: result.watch.verdict, ...result }, inputs.services.length > 1 ? service : undefined)
      )
      core.setFailed(lines.join('\n'))
    }
  } catch (error) {
    const expected = error instanceof InputError || error instanceof WatchError
    if (!expected) core.debug(error instanceof Error ? (error.stack ?? error.message) : String(error))
    const message = expected ? error.message : `ECS Deploy Doctor failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`
    progress?.failed(message)
    core.setFailed(message)
  } finally {
    stopListening()
    clients?.destroy()
  }
}
