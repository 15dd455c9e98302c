/** What the execution role may do on the exact ARNs the task uses, from iam:SimulatePrincipalPolicy. */
import { ecrRepositoryArn } from '../../../evidence/arns.js'
import type { PolicySimulation } from '../../../evidence/schema.js'
import type { DiagnosisContext } from '../../context.js'
import type { CheckResult } from '../../rules.js'
import type { Check, Finding } from '../../types.js'
import { explainImagePullAccessDenied } from '../explain/image.js'
import { explainSecretAccessDenied } from '../explain/secrets.js'
import { checkGroup, describeDecision, imagesOf, isFailingRun, secretsOf, unavailable } from '../facts.js'

export function iamChecks(ctx: DiagnosisContext): CheckResult {
  // The task role's simulations (EFS IAM authorization) are the EFS checks' business.
  const all = ctx.evidence.iam?.simulations
  const simulations = all?.filter((s) => s.role !== 'task')
  if (!simulations || (simulations.length === 0 && all?.length)) {
    if (!ctx.taskDefinition?.executionRoleArn || unavailable(ctx, 'iam:SimulatePrincipalPolicy', 'iam:GetRole')) return { checks: [] }
    const missingRole = ctx.evidence.iam?.roles?.some((r) => r.kind === 'execution' && !r.exists)
    return {
      checks: [
        {
          id: 'iam.simulation',
          title: 'Execution role permissions (policy simulation)',
          status: 'skipped',
          detail: missingRole ? 'The execution role does not exist.' : 'No policy simulation was collected.'
        }
      ]
    }
  }
  const checks: Check[] = simulations.map((s) => ({
    id: `iam.${s.action}.${s.resource}`,
    title: `Execution role may ${s.action} on ${s.resource}`,
    status: s.decision === 'allowed' ? 'passed' : 'failed',
    detail: describeDecision(s)
  }))
  return { checks, findings: isFailingRun(ctx) ? provenDenials(ctx, simulations) : [] }
}

/**
 * A simulation that denies the execution role an action on the exact secret, parameter or repository
 * the task definition uses proves the cause on its own: the task cannot start whatever a message said.
 */
function provenDenials(ctx: DiagnosisContext, simulations: PolicySimulation[]): Finding[] {
  const denied = simulations.filter((s) => s.role === 'execution' && s.decision !== 'allowed')
  const findings: Finding[] = []
  const secret = denied.find((s) => /^(?:secretsmanager|ssm):/i.test(s.action) && secretReferenced(ctx, s.resource))
  if (secret) findings.push(proven(explainSecretAccessDenied(ctx, checkGroup('secret-access-denied', `${secret.action} on ${secret.resource} is ${describeDecision(secret)}`))))
  const pull = denied.find((s) => /^ecr:(?:BatchGetImage|GetDownloadUrlForLayer|GetAuthorizationToken)$/i.test(s.action) && repositoryUsed(ctx, s.resource))
  if (pull) findings.push(proven(explainImagePullAccessDenied(ctx, checkGroup('image-pull-access-denied', `${pull.action} on ${pull.resource} is ${describeDecision(pull)}`))))
  return findings
}

function proven(finding: Finding): Finding {
  return { ...finding, confidence: 'high' }
}

function secretReferenced(ctx: DiagnosisContext, resource: string): boolean {
  return secretsOf(ctx).some((s) => [s.arn, s.valueFrom].some((ref) => ref && (resource === ref || resource.startsWith(ref) || ref.startsWith(resource))))
}

function repositoryUsed(ctx: DiagnosisContext, resource: string): boolean {
  if (resource === '*') return imagesOf(ctx).some((i) => i.registry === 'ecr')
  return imagesOf(ctx).some(
    (i) => i.registry === 'ecr' && ecrRepositoryArn(i.repositoryName ?? '', i.region ?? ctx.region, i.registryId ?? ctx.accountId ?? '', ctx.partition) === resource
  )
}
