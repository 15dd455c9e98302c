/** Plain lookups the startup explainers and checks share: the messages of a group, roles, images, secrets, log configs. */
import { lastSegment, parseArn } from '../../evidence/arns.js'
import { parseImageReference } from '../../evidence/image-reference.js'
import type { ImageEvidence, PolicySimulation, UnavailableCheck } from '../../evidence/schema.js'
import { FAILING_VERDICTS } from '../../types.js'
import type { DiagnosisContext } from '../context.js'
import type { ParsedMessage } from '../messages.js'
import type { ClassifiedGroup } from '../rules.js'

export type ContainerDefinition = NonNullable<NonNullable<DiagnosisContext['taskDefinition']>['containerDefinitions']>[number]

/** The parsed messages behind a group, as the classifier read them: each task's reason and each event's quoted error. */
export function groupMessages(_ctx: DiagnosisContext, group: ClassifiedGroup): ParsedMessage[] {
  return group.classifications.flatMap((c) => (c.parsed ? [c.parsed] : []))
}

/** Details of the group's events (the Reason / error part), newest first, without repeats. */
export function eventDetails(_ctx: DiagnosisContext, group: ClassifiedGroup): string[] {
  return [...new Set(group.events.flatMap((event) => (event.detail ? [event.detail] : [])))]
}

/** "3 tasks" / "1 task" / "2 service events". */
export function occurrences(group: ClassifiedGroup): string {
  if (group.tasks.length > 0) return plural(group.tasks.length, 'stopped task')
  if (group.events.length > 0) return plural(group.events.length, 'service event')
  return 'No stopped task or event names it, but the evidence shows'
}

/** A group for a finding that a check stands for on its own (no stopped task or event). */
export function checkGroup(code: ClassifiedGroup['code'], cause: string): ClassifiedGroup {
  return {
    code,
    classifications: [{ code, confidence: 'medium', deterministic: false, signature: `check: ${code}`, cause }],
    tasks: [],
    events: []
  }
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** "a, b and c". */
export function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

export function unique<T>(items: (T | undefined | null)[]): T[] {
  return [...new Set(items.filter((i): i is T => i !== undefined && i !== null))]
}

export interface RoleRef {
  arn?: string
  name?: string
}

export function executionRole(ctx: DiagnosisContext): RoleRef {
  const arn = ctx.taskDefinition?.executionRoleArn
  const evidence = ctx.evidence.iam?.roles?.find((r) => r.kind === 'execution')
  const name = evidence?.roleName ?? (arn ? lastSegment(arn) : undefined)
  return { ...(arn ?? evidence?.arn ? { arn: arn ?? evidence?.arn } : {}), ...(name ? { name } : {}) }
}

/** The role AWS named in the denial, else the execution role. */
export function deniedRole(ctx: DiagnosisContext, messages: ParsedMessage[]): RoleRef {
  const named = messages.find((m) => m.permission?.roleName)?.permission
  if (named?.roleName) {
    const execution = executionRole(ctx)
    if (execution.name === named.roleName) return execution
    const account = /^arn:(aws[\w-]*):(?:sts|iam)::(\d{12}):/.exec(named.principal ?? '')
    return { name: named.roleName, ...(account ? { arn: `arn:${account[1]}:iam::${account[2]}:role/${named.roleName}` } : {}) }
  }
  return executionRole(ctx)
}

export function containers(ctx: DiagnosisContext): ContainerDefinition[] {
  return ctx.taskDefinition?.containerDefinitions ?? []
}

export function isFailingRun(ctx: DiagnosisContext): boolean {
  const verdict = ctx.evidence.watch?.verdict
  return verdict === undefined || FAILING_VERDICTS.includes(verdict)
}

/** The evidence entries for images, with ones derived from the task definition when the collector did not run. */
export function imagesOf(ctx: DiagnosisContext): ImageEvidence[] {
  if (ctx.evidence.images?.length) return ctx.evidence.images
  return containers(ctx).flatMap((c) => (c.name && c.image ? [imageFromReference(c.name, c.image)] : []))
}

/** An image reference as the collector would describe it before looking it up. */
export function imageFromReference(containerName: string, image: string): ImageEvidence {
  return { containerName, ...parseImageReference(image), status: 'not-checked' }
}

export interface SecretUse {
  containerName: string
  name: string
  valueFrom: string
  store: 'secretsmanager' | 'ssm'
  status: 'found' | 'not-found' | 'not-checked'
  arn?: string
  kmsKeyId?: string
}

/** Secrets and parameters the task definition references, with the collector's status when it ran. */
export function secretsOf(ctx: DiagnosisContext): SecretUse[] {
  if (ctx.evidence.secrets?.length) return ctx.evidence.secrets
  return containers(ctx).flatMap((c) => {
    const uses = [...(c.secrets ?? []), ...(c.logConfiguration?.secretOptions ?? [])]
    const credentials = c.repositoryCredentials?.credentialsParameter
    const all = [...uses.map((u) => ({ name: u.name ?? '', valueFrom: u.valueFrom ?? '' })), ...(credentials ? [{ name: 'repositoryCredentials', valueFrom: credentials }] : [])]
    return all
      .filter((u) => u.valueFrom)
      .map((u) => ({
        containerName: c.name ?? '',
        name: u.name,
        valueFrom: u.valueFrom,
        store: parseArn(u.valueFrom)?.service === 'secretsmanager' || u.name === 'repositoryCredentials' ? ('secretsmanager' as const) : ('ssm' as const),
        status: 'not-checked' as const
      }))
  })
}

export interface LogUse {
  containerName: string
  group: string
  region: string
  createGroup: boolean
  /** awslogs-region missing from the options. */
  regionMissing: boolean
  /** awslogs-region holds something that is not a Region name (a URL, an availability zone): the value. */
  regionInvalid?: string
  exists?: boolean
}

/** us-east-1, eu-central-2, us-gov-west-1, cn-north-1, ap-southeast-5 ...: the shape of every Region name. */
const REGION_NAME = /^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/

export function logConfigsOf(ctx: DiagnosisContext): LogUse[] {
  return containers(ctx).flatMap((c) => {
    const config = c.logConfiguration
    if (config?.logDriver !== 'awslogs') return []
    const options = config.options ?? {}
    const group = options['awslogs-group'] ?? ''
    const named = options['awslogs-region']
    const invalid = named && !REGION_NAME.test(named) ? named : undefined
    const region = (!invalid && named) || ctx.region
    const evidence = ctx.evidence.logGroups?.find((g) => g.containerName === c.name || g.logGroupName === group)
    return [
      {
        containerName: c.name ?? '',
        group,
        region,
        createGroup: options['awslogs-create-group'] === 'true',
        regionMissing: !options['awslogs-region'],
        ...(invalid ? { regionInvalid: invalid } : {}),
        ...(evidence ? { exists: evidence.exists } : {})
      }
    ]
  })
}

/** Simulations of the execution role for an action (case-insensitive), optionally on one resource. */
export function simulationsFor(ctx: DiagnosisContext, action: string, resource?: string): PolicySimulation[] {
  const wanted = action.toLowerCase()
  return (ctx.evidence.iam?.simulations ?? []).filter(
    (s) => s.role !== 'task' && s.action.toLowerCase() === wanted && (!resource || resourceMatches(s.resource, resource))
  )
}

/** Same ARN, or one is the other without the Secrets Manager suffix / json-key tail. */
function resourceMatches(simulated: string, named: string): boolean {
  if (simulated === named || simulated === '*') return true
  if (named === '*') return false
  return simulated.startsWith(named) || named.startsWith(simulated)
}

/** The UnavailableCheck entry for an API (e.g. "iam:SimulatePrincipalPolicy"), when that evidence could not be collected. */
export function unavailable(ctx: DiagnosisContext, ...apis: string[]): UnavailableCheck | undefined {
  return (ctx.evidence.unavailable ?? []).find((u) => apis.includes(u.api))
}

/** One evidence line saying a confirming check could not run, naming the missing permission. */
export function couldNotCheck(ctx: DiagnosisContext, what: string, ...apis: string[]): string | undefined {
  const missing = unavailable(ctx, ...apis)
  if (missing) return `Could not ${what}: ${missing.api} failed (${missing.errorCode ?? missing.error}).`
  return undefined
}

export function describeDecision(simulation: PolicySimulation): string {
  switch (simulation.decision) {
    case 'allowed':
      return 'allowed by the role\'s identity policies'
    case 'explicitDeny':
      return `explicitly denied${simulation.matchedStatements?.length ? ` by ${listOf(simulation.matchedStatements)}` : ''} (an explicit deny always wins)`
    default:
      return "not granted by the role's identity policies (implicitDeny; resource policies were not checked)"
  }
}
