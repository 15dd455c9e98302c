/**
 * When the message did not decide (ECS cut it, or the awslogs hint names both a missing log group
 * and a connection issue), the deeper evidence picks the root cause: a missing secret, image or
 * log group, a denied simulation, a broken network path, exhausted subnets.
 */
import type { RootCauseCode } from '../../types.js'
import type { DiagnosisContext } from '../context.js'
import type { ParsedMessage } from '../messages.js'
import type { ClassifiedGroup } from '../rules.js'
import { groupMessages, imagesOf, logConfigsOf, secretsOf } from './facts.js'
import { analyseNetwork } from './network/analyse.js'
import { subnetCapacity } from './network/subnets.js'

const SECRET_STAGES = ['secrets-manager', 'ssm', 'registry-credentials', 'env-files']
const IMAGE_STAGES = ['ecr-auth', 'image-manifest', 'image-layer', 'image-extract', 'image-pull']

function denied(ctx: DiagnosisContext, prefixes: string[]): boolean {
  return (ctx.evidence.iam?.simulations ?? []).some((s) => s.decision !== 'allowed' && prefixes.some((p) => s.action.toLowerCase().startsWith(p)))
}

function networkBroken(ctx: DiagnosisContext): boolean {
  const analysis = analyseNetwork(ctx)
  return analysis.available && analysis.problems.length > 0
}

export function refinedCode(ctx: DiagnosisContext, group: ClassifiedGroup): RootCauseCode | undefined {
  const messages = groupMessages(ctx, group)
  if (messages.length === 0) return undefined
  // A pull refused without an IAM action named: the registry lookup tells a missing image from a refused login.
  if (group.code === 'image-pull-access-denied' && messages.every((m) => !m.permission?.action) && imageMissing(ctx)) return 'image-not-found'
  const ambiguousLogs = messages.every((m) => m.ambiguousLogGroup)
  const undecided = group.classifications.every((c) => c.confidence === 'low')
  if (!ambiguousLogs && !undecided) return undefined
  const stages = new Set(messages.map((m) => m.stage))
  if (ambiguousLogs) return logGroupMissing(ctx) ? 'log-config-error' : undefined
  if (isEniTimeout(messages)) {
    const capacity = subnetCapacity(ctx)
    return capacity && (capacity.short || capacity.exhausted.length > 0) ? 'subnet-ip-exhausted' : undefined
  }
  if ([...stages].some((s) => SECRET_STAGES.includes(s))) {
    if (secretsOf(ctx).some((s) => s.status === 'not-found')) return 'secret-not-found'
    if (denied(ctx, ['secretsmanager:', 'ssm:', 'kms:'])) return 'secret-access-denied'
    if (networkBroken(ctx)) return 'network-unreachable'
    return undefined
  }
  if ([...stages].some((s) => IMAGE_STAGES.includes(s))) {
    if (imageMissing(ctx)) return 'image-not-found'
    if (denied(ctx, ['ecr:'])) return 'image-pull-access-denied'
    if (networkBroken(ctx)) return 'network-unreachable'
    return undefined
  }
  if (stages.has('logs')) {
    if (logGroupMissing(ctx)) return 'log-config-error'
    if (networkBroken(ctx)) return 'network-unreachable'
  }
  return undefined
}

function imageMissing(ctx: DiagnosisContext): boolean {
  return imagesOf(ctx).some((i) => i.status === 'image-not-found' || i.status === 'repository-not-found')
}

function isEniTimeout(messages: ParsedMessage[]): boolean {
  return messages.some((m) => /network interface provision/i.test(m.text))
}

function logGroupMissing(ctx: DiagnosisContext): boolean {
  return logConfigsOf(ctx).some((l) => l.exists === false && !l.createGroup)
}
