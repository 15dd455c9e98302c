/** The scenario catalogue: one scenario per outcome and per failure mode of failure-modes.md. */
import type { Scenario } from '../types.js'
import { appScenarios } from './catalogue/app.js'
import { configScenarios } from './catalogue/config.js'
import { imageScenarios } from './catalogue/image.js'
import { networkScenarios } from './catalogue/network.js'
import { rolloutScenarios } from './catalogue/rollout.js'

export const scenarios: Scenario[] = [...rolloutScenarios, ...imageScenarios, ...networkScenarios, ...configScenarios, ...appScenarios]

/** The scenario `npm run demo` plays when none is named. */
export const DEFAULT_DEMO_SCENARIO = 'secret-access-denied'

export function getScenario(name: string): Scenario {
  const scenario = scenarios.find((s) => s.name === name)
  if (!scenario) throw new Error(`unknown scenario "${name}"; available: ${scenarios.map((s) => s.name).join(', ')}`)
  return scenario
}
