/** The deployment configuration leaves room to start or stop at least one task; the task size is a valid Fargate size. */
import type { DiagnosisContext } from '../../context.js'
import type { CheckResult } from '../../rules.js'
import type { Check, Finding } from '../../types.js'
import { deploymentLimits, describeLimits, explainDeploymentConfig, fargateSizeProblem } from '../explain/config.js'
import { checkGroup, isFailingRun } from '../facts.js'

export function deploymentChecks(ctx: DiagnosisContext): CheckResult {
  const checks: Check[] = []
  const findings: Finding[] = []
  const limits = deploymentLimits(ctx)
  if (limits) {
    const blocked = limits.canStop < 1 && limits.canStart < 1
    checks.push({
      id: 'deployment.configuration',
      title: 'The deployment configuration lets ECS replace tasks',
      status: blocked ? 'failed' : 'passed',
      detail: describeLimits(limits)
    })
    if (blocked && isFailingRun(ctx)) findings.push(explainDeploymentConfig(ctx, checkGroup('deployment-configuration-blocked', describeLimits(limits))))
  }
  const size = fargateSizeProblem(ctx)
  if (ctx.taskDefinition?.requiresCompatibilities?.includes('FARGATE')) {
    checks.push({ id: 'taskdef.fargate-size', title: 'Task CPU and memory are a valid Fargate size', status: size ? 'failed' : 'passed', ...(size ? { detail: size } : {}) })
  }
  return { checks, findings }
}
