/**
 * Strategy failures: what a blue/green, linear, canary, CodeDeploy or alarm-watched deployment ends on when
 * no task is to blame. Tasks that fail are still the startup and runtime rules' (they weigh more).
 */
import type { RuleSet } from '../rules.js'
import { classifyStrategyEvents } from './classify.js'
import { explainAlarm, explainCodeDeploy, explainHook } from './explain.js'

export const strategyRules: RuleSet = {
  name: 'strategy',
  classifyStop: () => null,
  classifyEvents: classifyStrategyEvents,
  explainers: {
    'deployment-alarm-triggered': explainAlarm,
    'lifecycle-hook-failed': explainHook,
    'codedeploy-failed': explainCodeDeploy
  },
  checks: []
}
