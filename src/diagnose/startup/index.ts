import type { RuleSet } from '../rules.js'

/** Startup failures: the task never reaches RUNNING (image, network, IAM, secrets, logging, placement, roles). */
export const startupRules: RuleSet = {
  classifyStop: () => null,
  classifyEvents: () => [],
  explainers: {},
  checks: []
}
