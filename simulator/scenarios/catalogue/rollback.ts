/** `on-failure: rollback`: the action rolls a failing deployment back, when its role may. */
import type { Scenario } from '../../types.js'
import { defineScenario, exits, nodeCrash } from '../define.js'

/** v1.42.0 crashes at start: the deployment the action rolls back. */
function crashingRelease() {
  return exits(
    1,
    nodeCrash(
      ['/app/dist/routes/orders.js:14', "const { OrderSchema } = require('../schemas/order');", '                        ^'],
      [
        "Error: Cannot find module '../schemas/order'",
        'Require stack:',
        '- /app/dist/routes/orders.js',
        '- /app/dist/server.js',
        '    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)',
        '    at Module._load (node:internal/modules/cjs/loader:1051:27)',
        '    at Module.require (node:internal/modules/cjs/loader:1311:12)'
      ]
    )
  )
}

export const rollbackScenarios: Scenario[] = [
  defineScenario({
    name: 'rollback-permitted',
    description:
      'on-failure: rollback. v1.42.0 crashes at start (a module missing from the build); the action stops the deployment with StopServiceDeployment ROLLBACK and watches api:41 come back to stable.',
    expect: { verdict: 'failed', rootCause: 'app-exit-error', rollback: 'rolled-back' },
    action: { onFailure: 'rollback' },
    timeline: () => ({ newTasks: [crashingRelease()] })
  }),

  defineScenario({
    name: 'rollback-denied',
    description:
      'on-failure: rollback, but the action’s role may neither StopServiceDeployment nor UpdateService: the rollback is not permitted, the service is left as it is, and the report names both permissions.',
    expect: { verdict: 'failed', rootCause: 'app-exit-error', rollback: 'not-permitted' },
    action: { onFailure: 'rollback' },
    faults: { deny: ['ECS:StopServiceDeployment', 'ECS:UpdateService'] },
    timeline: () => ({ newTasks: [crashingRelease()] })
  })
]
