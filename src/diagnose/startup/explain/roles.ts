/** role-invalid: ECS could not assume the task or execution role (missing role, trust policy) or the ECS service-linked role is missing. */
import { lastSegment } from '../../../evidence/arns.js'
import type { RoleEvidence } from '../../../evidence/schema.js'
import type { DiagnosisContext } from '../../context.js'
import type { ClassifiedGroup } from '../../rules.js'
import type { Confidence, Finding, Fix } from '../../types.js'
import { causeLine } from '../classify.js'
import { couldNotCheck, eventDetails, groupMessages, occurrences, unique } from '../facts.js'
import { aws, ECS_TASKS_TRUST_POLICY, executionRolePolicyArn } from '../fixes.js'

function trustedPrincipals(document: string | undefined): string[] {
  if (!document) return []
  try {
    const policy = JSON.parse(document) as { Statement?: unknown }
    const statements = (Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement]) as { Principal?: { Service?: string | string[]; AWS?: string | string[] } | string }[]
    return unique(
      statements.flatMap((s) => {
        if (!s?.Principal) return []
        if (typeof s.Principal === 'string') return [s.Principal]
        return ([] as string[]).concat(s.Principal.Service ?? [], s.Principal.AWS ?? [])
      })
    )
  } catch {
    return []
  }
}

export function roleProblem(role: RoleEvidence): string | undefined {
  if (!role.exists) return `The ${role.kind} role ${role.roleName} (${role.arn}) does not exist.`
  if (role.trustsEcsTasks === false) {
    const principals = trustedPrincipals(role.assumeRolePolicyDocument)
    return `The trust policy of the ${role.kind} role ${role.roleName} does not let ecs-tasks.amazonaws.com assume it${principals.length ? ` (it trusts ${principals.join(', ')})` : ''}.`
  }
  return undefined
}

export function roleFixes(ctx: DiagnosisContext, role: RoleEvidence): Fix[] {
  if (!role.exists) {
    const commands = [aws(ctx.region, 'iam', 'create-role', '--role-name', role.roleName, '--assume-role-policy-document', ECS_TASKS_TRUST_POLICY)]
    if (role.kind === 'execution') commands.push(aws(ctx.region, 'iam', 'attach-role-policy', '--role-name', role.roleName, '--policy-arn', executionRolePolicyArn(ctx.partition)))
    return [{ title: `Create the ${role.kind} role ${role.roleName} trusted by ECS tasks`, commands, note: role.kind === 'task' ? 'Then attach the policies the application needs.' : undefined }]
  }
  return [
    {
      title: `Let ecs-tasks.amazonaws.com assume ${role.roleName}`,
      commands: [aws(ctx.region, 'iam', 'update-assume-role-policy', '--role-name', role.roleName, '--policy-document', ECS_TASKS_TRUST_POLICY)],
      note: 'This replaces the trust policy; merge any other principals it must keep.'
    }
  ]
}

export function explainRoleInvalid(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const messages = groupMessages(ctx, group)
  const details = unique([...messages.map((m) => causeLine(m)), ...eventDetails(ctx, group)])
  const text = [...details, ...messages.map((m) => m.text)].join(' ')
  const evidence = [`${occurrences(group)}: ${details[0] ?? group.classifications[0]?.cause ?? ''}`]
  const serviceLinked = /service[- ]linked role/i.test(text)
  if (serviceLinked) {
    return {
      code: 'role-invalid',
      title: 'The ECS service-linked role AWSServiceRoleForECS is missing',
      explanation: 'ECS uses its service-linked role to manage network interfaces and load balancer targets for the service. It is created automatically with the first cluster, unless it was deleted or creation was not permitted.',
      confidence: 'high',
      evidence,
      fixes: [{ title: 'Create the ECS service-linked role', commands: [aws(ctx.region, 'iam', 'create-service-linked-role', '--aws-service-name', 'ecs.amazonaws.com')] }]
    }
  }
  const named = /role '?(arn:aws[\w-]*:iam::\d*:role\/[^\s']+)'?/i.exec(text)?.[1]
  const roles = ctx.evidence.iam?.roles ?? []
  const concerned = roles.filter((r) => (named ? r.arn === named || r.roleName === lastSegment(named) : true))
  const broken = concerned.map((r) => ({ role: r, problem: roleProblem(r) })).filter((r): r is { role: RoleEvidence; problem: string } => Boolean(r.problem))
  for (const { problem } of broken) evidence.push(problem)
  const fine = concerned.filter((r) => !roleProblem(r))
  if (broken.length === 0 && fine.length > 0) {
    evidence.push(
      `${fine.map((r) => r.roleName).join(' and ')} exist${fine.length === 1 ? 's' : ''} and trust${fine.length === 1 ? 's' : ''} ecs-tasks.amazonaws.com: right after a role is created IAM may not have propagated it yet, or a Condition in the trust policy (aws:SourceAccount, aws:SourceArn) does not match.`
    )
  }
  if (concerned.length === 0) evidence.push(couldNotCheck(ctx, 'read the role', 'iam:GetRole') ?? 'The role was not looked up, so its existence and trust policy are unconfirmed.')
  const fixes = broken.flatMap(({ role }) => roleFixes(ctx, role))
  if (broken.length === 0) {
    fixes.push({ title: 'Retry the deployment (IAM changes can take a minute to propagate)', commands: [aws(ctx.region, 'ecs', 'update-service', '--cluster', ctx.cluster, '--service', ctx.serviceName, '--force-new-deployment')] })
    if (named) {
      fixes.push({
        title: `Check the trust policy of ${lastSegment(named)}`,
        commands: [aws(ctx.region, 'iam', 'get-role', '--role-name', lastSegment(named), '--query', 'Role.AssumeRolePolicyDocument')]
      })
    }
  }
  const confidence: Confidence = broken.length > 0 ? 'high' : fine.length > 0 ? 'low' : 'medium'
  const subject = broken[0]?.role.roleName ?? (named ? lastSegment(named) : undefined)
  return {
    code: 'role-invalid',
    title: broken[0]
      ? broken[0].role.exists
        ? `ECS cannot assume ${broken[0].role.roleName}: its trust policy does not allow ecs-tasks.amazonaws.com`
        : `The ${broken[0].role.kind} role ${broken[0].role.roleName} does not exist`
      : `ECS was unable to assume the role${subject ? ` ${subject}` : ''}`,
    explanation: 'ECS assumes the task and execution roles for every task it starts; when it cannot (a deleted role, a trust policy without ecs-tasks.amazonaws.com, or a mismatched condition), no task is launched.',
    confidence,
    evidence: unique(evidence),
    fixes
  }
}
