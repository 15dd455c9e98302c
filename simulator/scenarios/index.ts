/** The scenario catalogue: one scenario per outcome and per failure mode of failure-modes.md. */
import type { Scenario } from '../types.js'
import { appScenarios } from './catalogue/app.js'
import { configScenarios } from './catalogue/config.js'
import { imageScenarios } from './catalogue/image.js'
import { networkScenarios } from './catalogue/network.js'
import { rollbackScenarios } from './catalogue/rollback.js'
import { rolloutScenarios } from './catalogue/rollout.js'
import { serviceConnectScenarios } from './catalogue/service-connect.js'
import { storageScenarios } from './catalogue/storage.js'
import { legacyWordingScenarios } from './catalogue/wordings.js'
import { strategyScenarios } from './catalogue/strategies.js'
import { multiServiceScenarios } from './multi-service.js'

/** Scenarios of one service, one per outcome and failure mode. */
export const scenarios: Scenario[] = [
  ...rolloutScenarios,
  ...imageScenarios,
  ...networkScenarios,
  ...configScenarios,
  ...storageScenarios,
  ...appScenarios,
  ...serviceConnectScenarios,
  ...rollbackScenarios,
  ...legacyWordingScenarios,
  ...strategyScenarios
]

export { multiServiceScenarios }

/** Every scenario: the single-service catalogue, then the ones where one step deploys several services. */
export const allScenarios: Scenario[] = [...scenarios, ...multiServiceScenarios]

/** The scenario `npm run demo` plays when none is named. */
export const DEFAULT_DEMO_SCENARIO = 'secret-access-denied'

export function getScenario(name: string): Scenario {
  const scenario = allScenarios.find((s) => s.name === name)
  if (!scenario) throw new Error(`unknown scenario "${name}"; available: ${allScenarios.map((s) => s.name).join(', ')}`)
  return scenario
}
