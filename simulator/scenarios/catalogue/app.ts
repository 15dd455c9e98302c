/** The containers start, then the application fails: crashes, OOM, signals, and health checks it does not pass. */
import type { Scenario } from '../../types.js'
import { appContainer, newTaskDefinition, taskSecurityGroup } from '../base-world.js'
import { IdGenerator } from '../../random.js'
import { defineScenario, exits, nodeCrash, STARTUP_LOGS } from '../define.js'

const NODE_LOADER_FRAMES = [
  '    at Module._compile (node:internal/modules/cjs/loader:1554:14)',
  '    at Object..js (node:internal/modules/cjs/loader:1706:10)',
  '    at Module.load (node:internal/modules/cjs/loader:1289:32)',
  '    at Function._load (node:internal/modules/cjs/loader:1108:12)',
  '    at Module.require (node:internal/modules/cjs/loader:1311:12)'
]

/** What a request log line of the api looks like. */
function requestLog(at: number, url: string, status: number): { at: number; message: string } {
  return {
    at,
    message: `{"level":"${status >= 400 ? 'warn' : 'info'}","time":"{time}","msg":"request completed","req":{"method":"GET","url":"${url}","remoteAddress":"10.0.0.61"},"res":{"statusCode":${status}},"responseTime":1.2}`
  }
}

export const appScenarios: Scenario[] = [
  defineScenario({
    name: 'app-missing-env-var',
    description: 'v1.42.0 requires PAYMENTS_API_URL, which the task definition does not set: the process exits 1 at start with the variable named in its log.',
    expect: { verdict: 'failed', rootCause: 'missing-configuration' },
    timeline: () => ({
      newTasks: [
        exits(
          1,
          nodeCrash(
            ['/app/dist/config.js:27', '    throw new Error(`Missing required environment variable: ${name}`);', '    ^'],
            [
              'Error: Missing required environment variable: PAYMENTS_API_URL',
              '    at required (/app/dist/config.js:27:11)',
              '    at Object.<anonymous> (/app/dist/config.js:41:22)',
              ...NODE_LOADER_FRAMES
            ]
          )
        )
      ]
    })
  }),

  defineScenario({
    name: 'app-dependency-unreachable',
    description: 'The new version connects to a new database host whose security group does not admit the tasks: connect ETIMEDOUT, exit 1.',
    expect: { verdict: 'failed', rootCause: 'dependency-unreachable' },
    timeline: () => ({
      newTasks: [
        exits(
          1,
          [
            ...STARTUP_LOGS.slice(0, 2).map((l) => l.message),
            '{"level":"info","msg":"connecting to database","host":"orders-db.cluster-c9x2k1ab3def.eu-west-1.rds.amazonaws.com","port":5432}',
            'Error: connect ETIMEDOUT 10.0.21.15:5432',
            '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16) {',
            '  errno: -110,',
            "  code: 'ETIMEDOUT',",
            "  syscall: 'connect',",
            "  address: '10.0.21.15',",
            '  port: 5432',
            '}'
          ],
          { afterSeconds: 11 }
        )
      ]
    })
  }),

  defineScenario({
    name: 'oom-killed',
    description: 'The new version loads the whole product catalogue into memory at start; the container exceeds its 1024 MiB and is OOM-killed (exit 137, OutOfMemoryError).',
    expect: { verdict: 'failed', rootCause: 'out-of-memory' },
    timeline: () => ({
      newTasks: [
        exits(
          137,
          [
            ...STARTUP_LOGS.map((l) => l.message),
            '{"level":"info","msg":"loading product catalogue into memory","items":2400000}',
            '{"level":"info","msg":"catalogue loading","loaded":1200000,"heapUsedMb":612}',
            '{"level":"info","msg":"catalogue loading","loaded":1800000,"heapUsedMb":903}'
          ],
          { afterSeconds: 9, containerReason: 'OutOfMemoryError: Container killed due to memory usage' }
        )
      ]
    })
  }),

  defineScenario({
    name: 'sigkill-after-health-check',
    description:
      'The task definition now sets PORT=3000 while the load balancer checks 8080: health checks fail, ECS stops the tasks, and the app ignores SIGTERM so it is SIGKILLed after stopTimeout (exit 137, no OutOfMemoryError).',
    expect: { verdict: 'failed', rootCause: 'elb-health-check-failed' },
    speed: 15,
    configure: (world) => {
      const port = appContainer(world).environment?.find((e) => e.name === 'PORT')
      if (port) port.value = '3000'
    },
    timeline: () => ({
      newTasks: [
        {
          outcome: {
            kind: 'fails-elb-health-checks',
            afterSeconds: 35,
            reason: 'Target.FailedHealthChecks',
            description: 'Health checks failed',
            eventReason: 'Health checks failed',
            ignoresSigterm: true
          },
          logs: [...STARTUP_LOGS.slice(0, 3), { at: 1.4, message: '{"level":"info","time":"{time}","msg":"server listening","port":3000}' }]
        }
      ]
    })
  }),

  defineScenario({
    name: 'segfault',
    description: 'A native image-processing module in v1.42.0 crashes the process with SIGSEGV right after start (exit 139).',
    expect: { verdict: 'failed', rootCause: 'segfault' },
    timeline: () => ({
      newTasks: [
        exits(
          139,
          [
            '> api@1.42.0 start',
            '> node dist/server.js',
            '{"level":"info","msg":"loading native module","module":"sharp","version":"0.34.1","libvips":"8.16.1"}',
            'Segmentation fault (core dumped)'
          ],
          { afterSeconds: 2 }
        )
      ]
    })
  }),

  defineScenario({
    name: 'elb-wrong-path',
    description: 'v1.42.0 moved the health endpoint to /api/health; the target group still checks /health and gets 404s.',
    expect: { verdict: 'failed', rootCause: 'elb-health-check-failed' },
    timeline: () => ({
      newTasks: [
        {
          outcome: {
            kind: 'fails-elb-health-checks',
            afterSeconds: 35,
            reason: 'Target.ResponseCodeMismatch',
            description: 'Health checks failed with these codes: [404]',
            eventReason: 'Health checks failed with these codes: [404]'
          },
          logs: [...STARTUP_LOGS, ...[5, 15, 25].map((at) => requestLog(at, '/health', 404))]
        }
      ]
    })
  }),

  defineScenario({
    name: 'elb-security-group-blocked',
    description:
      'The new deployment attaches security group prod-api-tasks-v2, which admits 8080 only from the office VPN range, not from the load balancer: health checks time out.',
    expect: { verdict: 'failed', rootCause: 'elb-health-check-failed' },
    configure: (world) => {
      const groupId = `sg-0${new IdGenerator(`sg-v2:${world.service.deployment.id}`).hex(16)}`
      const base = taskSecurityGroup(world)
      world.network.securityGroups.push({
        ...base,
        GroupId: groupId,
        GroupName: 'prod-api-tasks-v2',
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: 8080, ToPort: 8080, IpRanges: [{ CidrIp: '172.16.0.0/16', Description: 'office VPN' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }
        ],
        Tags: [{ Key: 'Name', Value: 'prod-api-tasks-v2' }]
      })
      const subnets = world.service.networkConfiguration?.awsvpcConfiguration?.subnets ?? []
      world.service.deployment.networkConfiguration = { awsvpcConfiguration: { subnets, securityGroups: [groupId], assignPublicIp: 'DISABLED' } }
    },
    timeline: () => ({
      newTasks: [
        {
          outcome: { kind: 'fails-elb-health-checks', afterSeconds: 35, reason: 'Target.Timeout', description: 'Request timed out', eventReason: 'Request timed out' },
          logs: STARTUP_LOGS
        }
      ]
    })
  }),

  defineScenario({
    name: 'elb-slow-start',
    description:
      'v1.42.0 warms a cache for ~90 s before listening, but the service has no health-check grace period: the ALB marks the targets unhealthy and ECS replaces them before they ever listen.',
    expect: { verdict: 'failed', rootCause: 'elb-health-check-failed' },
    configure: (world) => {
      world.service.healthCheckGracePeriodSeconds = 0
    },
    timeline: () => ({
      newTasks: [
        {
          outcome: {
            kind: 'fails-elb-health-checks',
            afterSeconds: 30,
            reason: 'Target.FailedHealthChecks',
            description: 'Health checks failed',
            eventReason: 'Health checks failed'
          },
          logs: [
            ...STARTUP_LOGS.slice(0, 3),
            { at: 1.5, message: '{"level":"info","time":"{time}","msg":"warming recommendation cache","models":14}' },
            { at: 30, message: '{"level":"info","time":"{time}","msg":"warming recommendation cache","progress":"33%"}' },
            { at: 60, message: '{"level":"info","time":"{time}","msg":"warming recommendation cache","progress":"66%"}' },
            { at: 90, message: '{"level":"info","time":"{time}","msg":"server listening","port":8080}' }
          ]
        }
      ]
    })
  }),

  defineScenario({
    name: 'container-health-check-failing',
    description:
      "The task definition's container health check runs curl, which the new distroless image does not contain: the check fails although the app serves traffic.",
    expect: { verdict: 'failed', rootCause: 'container-health-check-failed' },
    configure: (world) => {
      appContainer(world).healthCheck = {
        command: ['CMD-SHELL', 'curl -f http://localhost:8080/health || exit 1'],
        interval: 10,
        timeout: 5,
        retries: 3,
        startPeriod: 10
      }
      newTaskDefinition(world).requiresAttributes?.push({ name: 'ecs.capability.container-health-check' })
    },
    timeline: () => ({
      newTasks: [
        {
          outcome: { kind: 'fails-container-health-checks', afterSeconds: 40 },
          logs: [...STARTUP_LOGS, ...[12, 22, 32].map((at) => requestLog(at, '/health', 200))]
        }
      ]
    })
  })
]
