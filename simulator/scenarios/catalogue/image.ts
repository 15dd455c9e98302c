/** The image cannot be pulled or cannot run: tag missing, no ECR permission, Docker Hub rate limit, wrong CPU architecture. */
import type { Scenario } from '../../types.js'
import { appContainer, EXECUTION_ROLE_POLICY, executionRole, newTaskDefinition, trustPolicy } from '../base-world.js'
import { defineScenario, exits, failsToStart } from '../define.js'
import { dockerHubRateLimited, ecrAuthAccessDenied, executableNotFound, imageTagNotFound } from '../messages.js'

export const imageScenarios: Scenario[] = [
  defineScenario({
    name: 'image-not-found',
    description: 'The new task definition points at api:v1.42.0, but the CI push failed: the tag is not in the ECR repository.',
    expect: { verdict: 'failed', rootCause: 'image-not-found' },
    configure: (world) => {
      const repository = world.ecr.repositories[0]
      repository.images = repository.images.filter((image) => !image.tags.includes('v1.42.0'))
    },
    timeline: (world) => ({ newTasks: [failsToStart('pull', imageTagNotFound(appContainer(world).image ?? ''), 6)] })
  }),

  defineScenario({
    name: 'image-pull-access-denied',
    description:
      'The new task definition uses a freshly created execution role without AmazonECSTaskExecutionRolePolicy: Fargate cannot get an ECR authorization token.',
    expect: { verdict: 'failed', rootCause: 'image-pull-access-denied' },
    configure: (world) => {
      const secretsPolicy = executionRole(world).policies.filter((p) => p !== EXECUTION_ROLE_POLICY)
      world.iam.roles.push({ name: 'api-execution-role-v2', trustPolicy: trustPolicy('ecs-tasks.amazonaws.com'), policies: secretsPolicy })
      newTaskDefinition(world).executionRoleArn = `arn:aws:iam::${world.accountId}:role/api-execution-role-v2`
    },
    timeline: (world) => ({ newTasks: [failsToStart('before-pull', ecrAuthAccessDenied(world.accountId, 'api-execution-role-v2'), 10)] })
  }),

  defineScenario({
    name: 'docker-hub-rate-limit',
    description: 'The image moved to Docker Hub (acmecorp/api) and is pulled anonymously through the shared NAT address: Docker Hub answers 429 toomanyrequests.',
    expect: { verdict: 'failed', rootCause: 'image-pull-rate-limited' },
    configure: (world) => {
      appContainer(world).image = 'acmecorp/api:v1.42.0'
    },
    timeline: () => ({ newTasks: [failsToStart('pull', dockerHubRateLimited('acmecorp/api', 'v1.42.0'), 4)] })
  }),

  defineScenario({
    name: 'exec-format-error',
    description:
      'v1.42.0 was built on an Apple-silicon laptop and pushed as an arm64-only image index; the task definition runs X86_64, so the entrypoint fails with "exec format error" (exit 1).',
    expect: { verdict: 'failed', rootCause: 'image-platform-mismatch' },
    configure: (world) => {
      Object.assign(world.ecr.repositories[0].images[1], { index: true, architectures: ['arm64'] })
    },
    timeline: () => ({ newTasks: [exits(1, ['exec /usr/local/bin/docker-entrypoint.sh: exec format error'], { afterSeconds: 0.5 })] })
  }),

  defineScenario({
    name: 'command-not-found',
    description: 'The new task definition starts the app with pm2-runtime, which the slimmed-down image no longer contains.',
    expect: { verdict: 'failed', rootCause: 'command-not-found' },
    configure: (world) => {
      Object.assign(appContainer(world), { entryPoint: ['pm2-runtime'], command: ['dist/server.js'] })
    },
    timeline: () => ({ newTasks: [failsToStart('create-container', executableNotFound('pm2-runtime'), 1)] })
  })
]
