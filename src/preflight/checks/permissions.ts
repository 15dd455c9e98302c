/**
 * What the execution role may not do, from the policy simulation on the exact ARNs the task uses: read a
 * secret or parameter, decrypt it with its customer managed key, read an environment file, write logs,
 * pull the image. One finding per root cause the denial leads to, with the policy that grants exactly
 * what is missing.
 */
import type { DiagnosisContext } from '../../diagnose/context.js'
import { explainImagePullAccessDenied } from '../../diagnose/startup/explain/image.js'
import { checkGroup, describeDecision, executionRole, listOf, secretsOf, unique } from '../../diagnose/startup/facts.js'
import { aws, putRolePolicy, type PolicyStatement } from '../../diagnose/startup/fixes.js'
import type { Fix } from '../../diagnose/types.js'
import type { PolicySimulation } from '../../evidence/schema.js'
import type { RootCauseCode } from '../../types.js'
import { beforeDeployFixes } from './diagnosis.js'
import type { Area, PreflightFinding } from '../types.js'

const CODE_OF_SERVICE: Record<string, RootCauseCode> = {
  ecr: 'image-pull-access-denied',
  secretsmanager: 'secret-access-denied',
  ssm: 'secret-access-denied',
  kms: 'secret-access-denied',
  s3: 'secret-access-denied',
  logs: 'log-config-error'
}

const AREA_OF_CODE: Partial<Record<RootCauseCode, Area>> = {
  'image-pull-access-denied': 'image',
  'secret-access-denied': 'secrets',
  'log-config-error': 'logging'
}

function codeOf(simulation: PolicySimulation): RootCauseCode | undefined {
  return CODE_OF_SERVICE[simulation.action.split(':')[0].toLowerCase()]
}

export function permissionFindings(ctx: DiagnosisContext): PreflightFinding[] {
  const denied = (ctx.evidence.iam?.simulations ?? []).filter((s) => s.decision !== 'allowed')
  const codes = unique(denied.map(codeOf))
  return codes.map((code) => {
    const mine = denied.filter((s) => codeOf(s) === code)
    return code === 'image-pull-access-denied' ? pullFinding(ctx, mine) : accessFinding(ctx, code, mine)
  })
}

function pullFinding(ctx: DiagnosisContext, denied: PolicySimulation[]): PreflightFinding {
  const finding = explainImagePullAccessDenied(ctx, checkGroup('image-pull-access-denied', denied.map((s) => `${s.action} on ${s.resource}`).join(', ')))
  return {
    code: finding.code,
    severity: 'fail',
    area: 'image',
    title: finding.title,
    explanation: 'On Fargate the task execution role gets the ECR authorization token and pulls the image; the policy simulation says it may not.',
    evidence: denied.map(simulationLine),
    fixes: beforeDeployFixes(finding.fixes)
  }
}

function simulationLine(s: PolicySimulation): string {
  return `iam:SimulatePrincipalPolicy: ${s.action} on ${s.resource} is ${describeDecision(s)}.`
}

/** "STRIPE_API_KEY (container api)" for the secrets a denied resource backs. */
function usersOf(ctx: DiagnosisContext, resource: string): string[] {
  return secretsOf(ctx)
    .filter((s) => {
      const arn = s.arn ?? s.valueFrom
      return arn === resource || arn.startsWith(resource) || resource.startsWith(arn) || (s.kmsKeyId !== undefined && resource.endsWith(s.kmsKeyId.split('/').pop() ?? '\u0000'))
    })
    .map((s) => `${s.name} (container ${s.containerName})`)
}

function shortName(resource: string): string {
  const parts = resource.split(':')
  const tail = parts.slice(5).join(':')
  return tail.replace(/^secret:/, '').replace(/^parameter/, '').replace(/^log-group:/, '').replace(/:\*$/, '') || resource
}

const VERB: Record<string, string> = {
  'secretsmanager:getsecretvalue': 'read secret',
  'ssm:getparameters': 'read SSM parameter',
  's3:getobject': 'read environment file',
  's3:getbucketlocation': 'locate bucket',
  'logs:createlogstream': 'create log streams in',
  'logs:putlogevents': 'write logs to',
  'logs:createloggroup': 'create log group'
}

/** What a denial is about, for a title: "read secret prod/api/stripe-key", "decrypt secret prod/api/database (KMS key 1234...)". */
function deniedWhat(ctx: DiagnosisContext, denied: PolicySimulation[]): string {
  const first = denied[0]
  const same = denied.filter((s) => s.action === first.action)
  if (first.action.toLowerCase() === 'kms:decrypt') {
    const keys = unique(same.map((s) => s.resource.split('/').pop() ?? s.resource))
    const secrets = unique(secretsOf(ctx).filter((s) => s.kmsKeyId && keys.some((k) => s.kmsKeyId?.endsWith(k))).map((s) => shortName(s.arn ?? s.valueFrom)))
    return `decrypt ${secrets.length ? listOf(secrets) : 'the secret'} (KMS key ${listOf(keys)})`
  }
  const verb = VERB[first.action.toLowerCase()] ?? `call ${first.action} on`
  return `${verb} ${listOf(unique(same.map((s) => shortName(s.resource))))}`
}

function accessFinding(ctx: DiagnosisContext, code: RootCauseCode, denied: PolicySimulation[]): PreflightFinding {
  const role = executionRole(ctx).name
  const users = unique(denied.flatMap((s) => usersOf(ctx, s.resource)))
  const kms = denied.some((s) => s.action.toLowerCase() === 'kms:decrypt')
  const evidence = [...denied.map(simulationLine)]
  if (users.length > 0) evidence.push(`Used by ${listOf(users)}.`)
  if (kms) evidence.push('The key policy must allow the role too; key policies are not part of the simulation and were not checked.')
  return {
    code,
    severity: 'fail',
    area: AREA_OF_CODE[code] ?? 'execution-role',
    title: `${role ? `Execution role ${role}` : 'The execution role'} may not ${deniedWhat(ctx, denied)}`,
    explanation:
      code === 'log-config-error'
        ? 'The awslogs log driver writes with the task execution role before the container starts; without these permissions the task stops without running.'
        : 'ECS fetches secrets, parameters and environment files with the task execution role before the containers start; a refused read stops every task of the deployment.',
    evidence,
    fixes: grantFixes(ctx, role, denied, code)
  }
}

function grantFixes(ctx: DiagnosisContext, roleName: string | undefined, denied: PolicySimulation[], code: RootCauseCode): Fix[] {
  const role = roleName ?? '<execution-role-name>'
  const fill = roleName ? '' : ' (fill in <execution-role-name>)'
  if (denied.some((s) => s.decision === 'explicitDeny')) {
    return [
      {
        title: `Find the policy that explicitly denies ${listOf(unique(denied.map((s) => s.action)))} to ${role}${fill}`,
        commands: [aws(ctx.region, 'iam', 'list-role-policies', '--role-name', role), aws(ctx.region, 'iam', 'list-attached-role-policies', '--role-name', role)],
        note: 'An explicit deny wins over any allow: remove or narrow that statement.'
      }
    ]
  }
  const byAction = new Map<string, string[]>()
  for (const s of denied) byAction.set(s.action, unique([...(byAction.get(s.action) ?? []), s.resource]))
  const statements: PolicyStatement[] = [...byAction].map(([action, resources]) => ({ actions: [action], resources }))
  const policyName = code === 'log-config-error' ? 'ecs-deploy-doctor-logs' : 'ecs-deploy-doctor-secrets'
  return [{ title: `Grant exactly what is missing to ${role}${fill}`, commands: [putRolePolicy(ctx.region, role, policyName, statements)] }]
}
