/** The diagnosis rule set as the watch's StopClassifier: the watch counts failures by the rules' signatures. */
import type { EcsTask } from '../evidence/schema.js'
import { isBenignStop, type StopClassifier, type StopOutcome } from '../stops.js'
import type { RootCauseCode } from '../types.js'
import { classifyStop } from './index.js'

/** Causes that keep a task from being placed at all: with nothing running, the deployment is stuck. */
const PLACEMENT_CODES: ReadonlySet<RootCauseCode> = new Set(['placement-failed', 'subnet-ip-exhausted'])

const BENIGN: StopOutcome = { failure: false, signature: 'not a failure', deterministic: false, placement: false }

export const ruleSetClassifier: StopClassifier = {
  classify(task: EcsTask): StopOutcome {
    if (isBenignStop(task)) return BENIGN
    const { signature, deterministic, code } = classifyStop({ task })
    return { failure: true, signature, deterministic, placement: PLACEMENT_CODES.has(code) }
  }
}
