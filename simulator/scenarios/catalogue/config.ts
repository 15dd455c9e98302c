/** The task cannot be set up: secrets it may not read or that do not exist, a missing log group, a role ECS cannot assume. */
import type { Secret } from '@aws-sdk/client-ecs'
import { IdGenerator } from '../../random.js'
import type { Scenario, World } from '../../types.js'
import { appContainer, databaseSecretArn, executionRole, newTaskDefinition, trustPolicy } from '../base-world.js'
import { defineScenario, failsToStart, healthy } from '../define.js'
import {
  LOG_GROUP_DOES_NOT_EXIST,
  secretAccessDenied,
  secretKmsAccessDenied,
  secretNotFound,
  ssmParametersInvalid,
  unableToAssumeRole
} from '../messages.js'

const SECRETS_FETCH_SECONDS = 12

function addSecretReference(world: World, secret: Secret): void {
  const container = appContainer(world)
  container.secrets = [...(container.secrets ?? []), secret]
}

function stripeKeyArn(world: World): string {
  return `arn:aws:secretsmanager:${world.region}:${world.accountId}:secret:prod/api/stripe-key-${new IdGenerator(world.network.vpcs[0].VpcId ?? '').alphanumeric(6)}`
}

export const configScenarios: Scenario[] = [
  defineScenario({
    name: 'secret-access-denied',
    description:
      'The new task definition adds STRIPE_API_KEY from a new Secrets Manager secret, but the execution role may only read prod/api/database: the secret cannot be fetched.',
    expect: { verdict: 'failed', rootCause: 'secret-access-denied' },
    configure: (world) => {
      world.secrets.push({ name: 'prod/api/stripe-key', arn: stripeKeyArn(world), description: 'Stripe secret key' })
      addSecretReference(world, { name: 'STRIPE_API_KEY', valueFrom: stripeKeyArn(world) })
    },
    timeline: (world) => ({
      newTasks: [failsToStart('before-pull', secretAccessDenied(world.accountId, 'api-execution-role', stripeKeyArn(world)), SECRETS_FETCH_SECONDS)]
    })
  }),

  defineScenario({
    name: 'secret-not-found',
    description:
      'The new task definition reads STRIPE_WEBHOOK_SECRET from SSM parameter /prod/api/stripe-webhook-secret, but the parameter was created as /prod/api/stripe_webhook_secret.',
    expect: { verdict: 'failed', rootCause: 'secret-not-found' },
    configure: (world) => {
      world.parameters.push({ name: '/prod/api/stripe_webhook_secret', type: 'SecureString' })
      addSecretReference(world, { name: 'STRIPE_WEBHOOK_SECRET', valueFrom: '/prod/api/stripe-webhook-secret' })
    },
    timeline: () => ({
      newTasks: [failsToStart('before-pull', ssmParametersInvalid(['/prod/api/stripe-webhook-secret']), SECRETS_FETCH_SECONDS)]
    })
  }),

  defineScenario({
    name: 'secret-not-found-asm',
    description: 'STRIPE_API_KEY references a Secrets Manager secret ARN that does not exist in this account and Region (it was created in staging).',
    expect: { verdict: 'failed', rootCause: 'secret-not-found' },
    configure: (world) => {
      executionRole(world).policies.push({
        name: 'api-all-secrets',
        kind: 'inline',
        statements: [{ Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: `arn:aws:secretsmanager:${world.region}:${world.accountId}:secret:prod/api/*` }]
      })
      addSecretReference(world, { name: 'STRIPE_API_KEY', valueFrom: stripeKeyArn(world) })
    },
    timeline: (world) => ({ newTasks: [failsToStart('before-pull', secretNotFound(stripeKeyArn(world)), SECRETS_FETCH_SECONDS)] })
  }),

  defineScenario({
    name: 'secret-kms-denied',
    description:
      'Yesterday the database secret was re-encrypted with a customer-managed KMS key; the execution role may read the secret but not kms:Decrypt with that key.',
    expect: { verdict: 'failed', rootCause: 'secret-access-denied' },
    configure: (world) => {
      world.secrets[0].kmsKeyId = `arn:aws:kms:${world.region}:${world.accountId}:key/${new IdGenerator('kms').uuid()}`
    },
    timeline: (world) => ({ newTasks: [failsToStart('before-pull', secretKmsAccessDenied(databaseSecretArn(world)), SECRETS_FETCH_SECONDS)] })
  }),

  defineScenario({
    name: 'log-group-missing',
    description: 'The new task definition logs to /ecs/api-v2, which was never created (and awslogs-create-group is not set).',
    expect: { verdict: 'failed', rootCause: 'log-config-error' },
    configure: (world) => {
      const options = appContainer(world).logConfiguration?.options
      if (options) options['awslogs-group'] = '/ecs/api-v2'
    },
    timeline: () => ({ newTasks: [failsToStart('create-container', LOG_GROUP_DOES_NOT_EXIST, 2)] })
  }),

  defineScenario({
    name: 'role-trust-broken',
    description:
      'The new task definition uses execution role api-execution-role-v2, whose trust policy names ec2.amazonaws.com instead of ecs-tasks.amazonaws.com: ECS cannot assume it and launches no task.',
    expect: { verdict: 'stuck', rootCause: 'role-invalid' },
    action: { timeoutMinutes: 1 },
    configure: (world) => {
      world.iam.roles.push({ ...executionRole(world), name: 'api-execution-role-v2', trustPolicy: trustPolicy('ec2.amazonaws.com') })
      newTaskDefinition(world).executionRoleArn = `arn:aws:iam::${world.accountId}:role/api-execution-role-v2`
    },
    timeline: (world) => ({
      newTasks: [healthy()],
      launchBlocked: { eventMessage: unableToAssumeRole(`arn:aws:iam::${world.accountId}:role/api-execution-role-v2`) }
    })
  })
]
