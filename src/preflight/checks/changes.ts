/**
 * What the candidate changes against the revision the service runs now (the diagnosis's "what changed",
 * names only for environment variables and secrets), with the risky changes called out: a new secret, a
 * removed environment variable or secret, a new registry, lower memory, a new port, another execution
 * role or platform, a removed container. A risky change the other checks verified passes; the rest warn.
 */
import { buildContext } from '../../diagnose/context.js'
import { whatChanged } from '../../diagnose/runtime/index.js'
import type { Change } from '../../diagnose/types.js'
import { parseImageReference } from '../../evidence/image-reference.js'
import type { Evidence } from '../../evidence/schema.js'
import type { PreflightCheck } from '../types.js'

export interface ChangeReview {
  changes: Change[]
  checks: PreflightCheck[]
}

const ABSENT = '(none)'

/** The checks whose passing verifies a risky change, and what the change risks. */
interface Risk {
  what: string
  /** Check ids (prefixes) that must all pass for the change to be verified; none = cannot be verified before the deploy. */
  verifiedBy: string[]
}

export function reviewChanges(evidence: Evidence, checks: PreflightCheck[]): ChangeReview {
  if (!evidence.previousTaskDefinition || !evidence.taskDefinition) return { changes: [], checks: [] }
  const changes = whatChanged(buildContext(evidence))
  const reviewed = changes.flatMap((change, index) => {
    const risk = riskOf(change)
    return risk ? [changeCheck(change, risk, index, checks)] : []
  })
  return { changes, checks: reviewed }
}

function changeCheck(change: Change, risk: Risk, index: number, checks: PreflightCheck[]): PreflightCheck {
  const covering = checks.filter((c) => risk.verifiedBy.some((prefix) => c.id.startsWith(prefix)))
  const verified = risk.verifiedBy.length > 0 && covering.length > 0 && covering.every((c) => c.status === 'pass')
  return {
    id: `change.${index}.${change.field}`,
    area: 'changes',
    title: `${change.field}: ${change.before} → ${change.after}`,
    status: verified ? 'pass' : 'warn',
    detail: verified ? `${risk.what}; verified by the checks above.` : `${risk.what}; nothing before the deploy can prove it safe.`
  }
}

const CONTAINER_FIELD = /^(\S+) (image|environment|secrets|memory|memoryReservation|ports) ?(.*)$/

function riskOf(change: Change): Risk | undefined {
  if (change.field === 'task memory') return lower(change) ? { what: 'Less memory for the task: the containers may be killed for running out of it', verifiedBy: [] } : undefined
  if (change.field === 'task executionRoleArn') return { what: 'Another execution role pulls the image, reads the secrets and writes the logs', verifiedBy: ['role.execution', 'iam.'] }
  if (change.field === 'task runtimePlatform') return { what: 'Another platform: every image needs a manifest for it', verifiedBy: ['image.'] }
  if (change.field === 'task networkMode') return { what: 'Another network mode changes how the task is reached', verifiedBy: [] }
  if (/^container /.test(change.field) && change.after === 'removed') return { what: 'A container is removed: whatever it provided is gone', verifiedBy: [] }
  const match = CONTAINER_FIELD.exec(change.field)
  if (!match) return undefined
  const [, container, kind, name] = match
  switch (kind) {
    case 'secrets':
      if (change.before === ABSENT) return { what: `A new secret ${name}: it must exist and the execution role must read it`, verifiedBy: [`secret.${container}.${name}`, 'iam.'] }
      return change.after === 'removed' ? { what: `Secret ${name} is removed: the app no longer gets it`, verifiedBy: [] } : undefined
    case 'environment':
      return change.after === 'removed' ? { what: `Environment variable ${name} is removed: the app no longer gets it`, verifiedBy: [] } : undefined
    case 'image':
      return newRegistry(change) ? { what: 'A new registry: the image must exist there and the task must be allowed to pull it', verifiedBy: [`image.${container}`, 'iam.ecr'] } : undefined
    case 'memory':
    case 'memoryReservation':
      return lower(change) ? { what: `Less memory for container ${container}: it may be killed for running out of it`, verifiedBy: [] } : undefined
    case 'ports':
      return newPort(change) ? { what: 'A new port: security groups and load balancer health checks must allow it', verifiedBy: ['elb-security-group', 'taskdef.load-balancer'] } : undefined
    default:
      return undefined
  }
}

function lower(change: Change): boolean {
  const before = Number(change.before)
  const after = Number(change.after)
  return Number.isFinite(before) && Number.isFinite(after) && after < before
}

function registryOf(image: string): string {
  const reference = parseImageReference(image)
  return reference.registry === 'ecr' ? `${reference.registryId}.ecr.${reference.region}` : reference.registry === 'dockerhub' ? 'docker.io' : image.split('/')[0]
}

function newRegistry(change: Change): boolean {
  if (change.before === ABSENT || change.after === ABSENT) return false
  return registryOf(change.before) !== registryOf(change.after)
}

function newPort(change: Change): boolean {
  const ports = (value: string) => (value === ABSENT ? [] : value.split(', ').map((p) => p.replace(/→\d+/, '')))
  const before = new Set(ports(change.before))
  return ports(change.after).some((p) => !before.has(p))
}
