/**
 * One step deploys several services (an api, a worker, a scheduler) in the same cluster. Each service has
 * its own deployment and timeline; the action watches them all with one shared poll.
 */
import type { Scenario, ServiceScenario, World } from '../types.js'
import { defineScenario, exits, healthy, nodeCrash } from './define.js'
import { addService, workerStartupLogs, type ServiceOptions } from './services.js'

function service(world: World, options: ServiceOptions, timeline: ServiceScenario['timeline']): ServiceScenario {
  return { service: addService(world, options), timeline }
}

function healthyService(world: World, name: string): ServiceScenario {
  return service(world, { name }, { newTasks: [healthy({ logs: workerStartupLogs(name) })] })
}

const NODE_LOADER_FRAMES = [
  '    at Module._compile (node:internal/modules/cjs/loader:1554:14)',
  '    at Object..js (node:internal/modules/cjs/loader:1706:10)',
  '    at Module.load (node:internal/modules/cjs/loader:1289:32)'
]

export const multiServiceScenarios: Scenario[] = [
  defineScenario({
    name: 'multi-two-one-failing',
    description:
      'One step deploys api and worker. The api rolls out cleanly; worker v2.8.0 requires QUEUE_URL, which its task definition does not set, and exits 1 at start.',
    expect: {
      verdict: 'failed',
      rootCause: 'missing-configuration',
      services: {
        api: { verdict: 'stable', rootCause: null },
        worker: { verdict: 'failed', rootCause: 'missing-configuration' }
      }
    },
    timeline: () => ({ newTasks: [healthy()] }),
    moreServices: (world) => [
      service(
        world,
        { name: 'worker' },
        {
          newTasks: [
            exits(
              1,
              nodeCrash(
                ['/app/dist/config.js:19', '    throw new Error(`Missing required environment variable: ${name}`);', '    ^'],
                [
                  'Error: Missing required environment variable: QUEUE_URL',
                  '    at required (/app/dist/config.js:19:11)',
                  '    at Object.<anonymous> (/app/dist/config.js:33:20)',
                  ...NODE_LOADER_FRAMES
                ]
              ).map((line) => line.replace('api@1.42.0', 'worker@2.8.0').replace('dist/server.js', 'dist/worker.js'))
            )
          ]
        }
      )
    ]
  }),

  defineScenario({
    name: 'multi-three-all-healthy',
    description: 'One step deploys api, worker and scheduler; all three roll out cleanly and become stable.',
    expect: {
      verdict: 'stable',
      rootCause: null,
      services: {
        api: { verdict: 'stable', rootCause: null },
        worker: { verdict: 'stable', rootCause: null },
        scheduler: { verdict: 'stable', rootCause: null }
      }
    },
    timeline: () => ({ newTasks: [healthy()] }),
    moreServices: (world) => [healthyService(world, 'worker'), healthyService(world, 'scheduler')]
  }),

  defineScenario({
    name: 'multi-three-one-rolled-back',
    description:
      'One step deploys api, worker and scheduler. The scheduler has the circuit breaker with rollback on, and v2.8.0 crashes at start with a TypeError: after 3 failed tasks ECS rolls it back; api and worker become stable.',
    expect: {
      verdict: 'rolled-back',
      rootCause: 'app-exit-error',
      services: {
        api: { verdict: 'stable', rootCause: null },
        worker: { verdict: 'stable', rootCause: null },
        scheduler: { verdict: 'rolled-back', rootCause: 'app-exit-error' }
      }
    },
    // As in circuit-breaker-rollback: let the breaker decide before the action's own threshold does.
    action: { maxFailedTasks: 10 },
    speed: 5,
    timeline: () => ({ newTasks: [healthy()] }),
    moreServices: (world) => {
      const scheduler = service(
        world,
        { name: 'scheduler' },
        {
          newTasks: [
            exits(
              1,
              nodeCrash(
                ['/app/dist/scheduler.js:57', '  for (const job of config.jobs.filter((j) => j.enabled)) {', '                              ^'],
                [
                  "TypeError: Cannot read properties of undefined (reading 'filter')",
                  '    at scheduleJobs (/app/dist/scheduler.js:57:31)',
                  '    at Object.<anonymous> (/app/dist/scheduler.js:112:1)',
                  ...NODE_LOADER_FRAMES
                ]
              ).map((line) => line.replace('api@1.42.0', 'scheduler@2.8.0').replace('dist/server.js', 'dist/scheduler.js'))
            )
          ]
        }
      )
      scheduler.service.deploymentConfiguration.deploymentCircuitBreaker = { enable: true, rollback: true }
      return [healthyService(world, 'worker'), scheduler]
    }
  })
]
