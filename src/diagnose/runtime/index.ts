import type { RuleSet, WhatChanged } from '../rules.js'

/** Runtime failures: containers start and then exit, are killed, or fail health checks. */
export const runtimeRules: RuleSet = {
  classifyStop: () => null,
  explainers: {},
  checks: []
}

export const whatChanged: WhatChanged = () => []
