/** The task and execution roles exist and trust ecs-tasks.amazonaws.com; an execution role exists when the task needs one. */
import type { DiagnosisContext } from '../../context.js'
import type { CheckResult } from '../../rules.js'
import type { Check, Finding } from '../../types.js'
import { roleFixes, roleProblem } from '../explain/roles.js'
import { isFailingRun, imagesOf, logConfigsOf, secretsOf } from '../facts.js'

export function roleChecks(ctx: DiagnosisContext): CheckResult {
  const checks: Check[] = []
  const findings: Finding[] = []
  for (const role of ctx.evidence.iam?.roles ?? []) {
    const problem = roleProblem(role)
    checks.push({
      id: `role.${role.kind}`,
      title: `The ${role.kind} role ${role.roleName} exists and trusts ecs-tasks.amazonaws.com`,
      status: problem ? 'failed' : 'passed',
      ...(problem ? { detail: problem } : {})
    })
    if (problem && isFailingRun(ctx) && findings.length === 0) {
      findings.push({
        code: 'role-invalid',
        title: role.exists ? `ECS cannot assume ${role.roleName}: its trust policy does not allow ecs-tasks.amazonaws.com` : `The ${role.kind} role ${role.roleName} does not exist`,
        explanation: 'ECS assumes the task and execution roles for every task it starts; when it cannot, no task is launched.',
        confidence: 'medium',
        evidence: [problem],
        fixes: roleFixes(ctx, role)
      })
    }
  }
  const td = ctx.taskDefinition
  const fargate = td?.requiresCompatibilities?.includes('FARGATE') || ctx.service.launchType === 'FARGATE'
  const needsRole = imagesOf(ctx).some((i) => i.registry === 'ecr') || secretsOf(ctx).length > 0 || logConfigsOf(ctx).length > 0
  if (td && fargate && needsRole) {
    checks.push({
      id: 'role.execution.present',
      title: 'The task definition has an execution role (Fargate needs it for ECR images, secrets and awslogs)',
      status: td.executionRoleArn ? 'passed' : 'failed'
    })
  }
  return { checks, findings }
}
