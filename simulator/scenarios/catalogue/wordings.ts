/**
 * The startup failures again, each in an older real wording (messages.ts, "older real wordings"): the same
 * world, the same expected verdict and root cause, only the text ECS or the runtime wrote differs. They
 * keep the diagnosis honest about reading a family, not one sentence.
 */
import type { Scenario, TaskFate, World } from '../../types.js'
import { defineScenario, definitionOf } from '../define.js'
import { appContainer, serviceSubnets, taskSecurityGroup } from '../base-world.js'
import {
  LEGACY_DOCKER_HUB_RATE_LIMITED,
  LEGACY_EXEC_FORMAT_LOG,
  LEGACY_LOG_GROUP_DOES_NOT_EXIST,
  LEGACY_LOGGER_KILLED,
  legacyEcrAuthAccessDenied,
  legacyEcrTimeout,
  legacyExecutableNotFound,
  legacyImageTagNotFound,
  legacySecretAccessDenied,
  legacySsmParametersInvalid,
  legacySubnetAddressesExhausted
} from '../messages.js'
import { configScenarios } from './config.js'
import { imageScenarios } from './image.js'
import { networkScenarios } from './network.js'

const catalogue = [...imageScenarios, ...networkScenarios, ...configScenarios]

interface Variant {
  base: string
  wording: string
  /** The older text, given the scenario's world. */
  stoppedReason?: (world: World) => string
  logLines?: string[]
  configure?: (world: World) => void
}

function failing(reason: string): (fate: TaskFate) => TaskFate {
  return (fate) => (fate.outcome.kind === 'fails-to-start' ? { ...fate, outcome: { ...fate.outcome, stoppedReason: reason } } : fate)
}

function logging(lines: string[]): (fate: TaskFate) => TaskFate {
  return (fate) => ({ ...fate, logs: lines.map((message, i) => ({ at: 0.2 + i * 0.05, message })) })
}

/** The base scenario's definition under a new name (so its own ids), with the older wording in its timeline. */
function legacy(variant: Variant): Scenario {
  const base = catalogue.find((s) => s.name === variant.base)
  if (!base) throw new Error(`no scenario ${variant.base} to vary`)
  const definition = definitionOf(base)
  return defineScenario({
    ...definition,
    name: `${base.name}-legacy-wording`,
    description: `${base.description} Older wording: ${variant.wording}.`,
    configure: (world) => {
      definition.configure?.(world)
      variant.configure?.(world)
    },
    timeline: (world) => {
      const timeline = definition.timeline(world)
      const change = variant.stoppedReason ? failing(variant.stoppedReason(world)) : logging(variant.logLines ?? [])
      return { ...timeline, newTasks: timeline.newTasks.map(change) }
    }
  })
}

function stripeKeyArn(world: World): string {
  return world.secrets.find((s) => s.name === 'prod/api/stripe-key')?.arn ?? ''
}

/** The public subnets with no free address left, and the service moved onto them with public IPs. */
function publicSubnetsFull(world: World): void {
  const publicSubnets = world.network.subnets.filter((s) => s.MapPublicIpOnLaunch)
  for (const subnet of [...publicSubnets, ...serviceSubnets(world)]) subnet.AvailableIpAddressCount = 0
  world.service.deployment.networkConfiguration = {
    awsvpcConfiguration: { subnets: publicSubnets.map((s) => s.SubnetId as string), securityGroups: [taskSecurityGroup(world).GroupId as string], assignPublicIp: 'ENABLED' }
  }
}

export const legacyWordingScenarios: Scenario[] = [
  legacy({ base: 'image-not-found', wording: 'Docker API error (404) through go-dockerclient', stoppedReason: (w) => legacyImageTagNotFound(appContainer(w).image ?? '') }),
  legacy({ base: 'image-pull-access-denied', wording: "the agent's CannotPullECRContainerError", stoppedReason: (w) => legacyEcrAuthAccessDenied(w.accountId, 'api-execution-role-v2') }),
  legacy({ base: 'docker-hub-rate-limit', wording: "Docker Hub's message through the Docker daemon", stoppedReason: () => LEGACY_DOCKER_HUB_RATE_LIMITED }),
  legacy({ base: 'command-not-found', wording: 'runc 1.0 (container_linux.go, "caused:")', stoppedReason: () => legacyExecutableNotFound('pm2-runtime') }),
  legacy({ base: 'exec-format-error', wording: 'runc 1.0 in the container log (standard_init_linux.go)', logLines: [LEGACY_EXEC_FORMAT_LOG] }),
  legacy({ base: 'network-no-nat-route', wording: "Docker's registry ping timing out (Fargate 1.3)", stoppedReason: (w) => legacyEcrTimeout(w.accountId, w.region) }),
  legacy({ base: 'network-missing-logs-endpoint', wording: 'the killed logger, before the 2024 hints', stoppedReason: () => LEGACY_LOGGER_KILLED }),
  legacy({ base: 'log-group-missing', wording: "Docker's awslogs driver (Fargate 1.3)", stoppedReason: () => LEGACY_LOG_GROUP_DOES_NOT_EXIST }),
  legacy({ base: 'secret-access-denied', wording: "the ECS agent's Secrets Manager template (2020)", stoppedReason: (w) => legacySecretAccessDenied(w.region, w.accountId, 'api-execution-role', stripeKeyArn(w)) }),
  legacy({ base: 'secret-not-found', wording: "the ECS agent's SSM template", stoppedReason: (w) => legacySsmParametersInvalid(w.region, ['/prod/api/stripe-webhook-secret']) }),
  legacy({ base: 'subnet-ips-exhausted', wording: "ECS's documented stop reason, public subnets with public IPs", stoppedReason: () => legacySubnetAddressesExhausted('{subnetId}'), configure: publicSubnetsFull })
]
