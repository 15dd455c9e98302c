import { GetRoleCommand, paginateSimulatePrincipalPolicy, type EvaluationResult, type Statement } from '@aws-sdk/client-iam'
import { ecrRepositoryArn, efsFileSystemArn, kmsKeyArn, logGroupArn, parseArn, roleReference, type Scope } from './arns.js'
import { allPages, isError, unique, type CollectionContext } from './context.js'
import type { AwslogsConfig } from './logs.js'
import { EVIDENCE_CHECKS, type EcsTaskDefinition, type EvidenceCheck, type ImageEvidence, type PolicySimulation, type RoleEvidence, type RoleKind, type SecretEvidence } from './schema.js'

export interface RequiredPermission {
  action: string
  resource: string
}

export interface ExecutionRoleNeeds {
  images: Pick<ImageEvidence, 'registry' | 'registryId' | 'region' | 'repositoryName'>[]
  secrets: SecretEvidence[]
  logConfigs: AwslogsConfig[]
  /** S3 object ARNs of the containers' environmentFiles (read with s3:GetObject, after s3:GetBucketLocation on the bucket). */
  environmentFiles?: string[]
}

/**
 * Exactly what the execution role needs for this task definition, on the exact ARNs: ECR pull
 * for each private ECR repository, each secret / parameter (and its customer managed KMS key),
 * and awslogs stream creation (plus group creation with awslogs-create-group=true).
 */
export function executionRolePermissions(needs: ExecutionRoleNeeds, scope: Scope): RequiredPermission[] {
  const permissions: RequiredPermission[] = []
  const add = (resource: string, ...actions: string[]) => actions.forEach((action) => permissions.push({ action, resource }))
  const ecrImages = needs.images.filter((i) => i.registry === 'ecr' && i.repositoryName && i.registryId && i.region)
  if (ecrImages.length > 0) add('*', 'ecr:GetAuthorizationToken')
  for (const image of ecrImages) {
    const repository = ecrRepositoryArn(image.repositoryName as string, image.region as string, image.registryId as string, scope.partition)
    add(repository, 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer')
  }
  for (const secret of needs.secrets) {
    const arn = secretArn(secret, scope)
    add(arn, secret.store === 'secretsmanager' ? 'secretsmanager:GetSecretValue' : 'ssm:GetParameters')
    const owner = parseArn(arn)
    const key = kmsKeyArn(secret.kmsKeyId, { ...scope, ...(owner ? { region: owner.region, accountId: owner.accountId } : {}) })
    if (key) add(key, 'kms:Decrypt')
  }
  for (const config of needs.logConfigs) {
    const arn = logGroupArn(config.group, config.region, scope)
    add(arn, 'logs:CreateLogStream', 'logs:PutLogEvents')
    if (config.createGroup) add(arn, 'logs:CreateLogGroup')
  }
  for (const object of needs.environmentFiles ?? []) {
    add(object, 's3:GetObject')
    add(object.split('/')[0], 's3:GetBucketLocation')
  }
  const seen = new Set<string>()
  return permissions.filter((p) => {
    const key = `${p.action} ${p.resource}`
    return seen.has(key) ? false : (seen.add(key), true)
  })
}

/** A bare Secrets Manager name (registry credentials) as the partial ARN IAM would see. */
function secretArn(secret: SecretEvidence, scope: Scope): string {
  const arn = secret.arn ?? secret.valueFrom
  if (arn.startsWith('arn:')) return arn
  return `arn:${scope.partition}:secretsmanager:${scope.region}:${scope.accountId ?? ''}:secret:${arn}`
}

/**
 * What the task role needs to mount the task definition's EFS volumes that use IAM authorization:
 * elasticfilesystem:ClientMount on the file system, and ClientWrite unless every mount of the volume is
 * read-only (https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html).
 */
export function taskRolePermissions(taskDefinition: EcsTaskDefinition, scope: Scope): RequiredPermission[] {
  const permissions: RequiredPermission[] = []
  const mounts = (taskDefinition.containerDefinitions ?? []).flatMap((c) => c.mountPoints ?? [])
  for (const volume of taskDefinition.volumes ?? []) {
    const config = volume.efsVolumeConfiguration
    if (!config?.fileSystemId || config.authorizationConfig?.iam !== 'ENABLED') continue
    const resource = efsFileSystemArn(config.fileSystemId, scope)
    const ofVolume = mounts.filter((m) => m.sourceVolume === volume.name)
    const actions = ['elasticfilesystem:ClientMount', ...(ofVolume.length > 0 && ofVolume.every((m) => m.readOnly) ? [] : ['elasticfilesystem:ClientWrite'])]
    for (const action of actions) if (!permissions.some((p) => p.action === action && p.resource === resource)) permissions.push({ action, resource })
  }
  return permissions
}

export interface IamEvidence {
  roles?: RoleEvidence[]
  simulations?: PolicySimulation[]
}

/**
 * GetRole for the execution and task roles (existence, trust in ecs-tasks.amazonaws.com) and one
 * SimulatePrincipalPolicy for the execution role over everything it needs. The simulation waits
 * for `needs` (full secret ARNs and KMS keys come from the secret lookups) and for GetRole (a
 * role that does not exist is not simulated).
 */
export async function collectIam(ctx: CollectionContext, taskDefinition: EcsTaskDefinition, needs: Promise<ExecutionRoleNeeds>): Promise<IamEvidence | undefined> {
  const references: { kind: RoleKind; value: string }[] = []
  if (taskDefinition.executionRoleArn) references.push({ kind: 'execution', value: taskDefinition.executionRoleArn })
  if (taskDefinition.taskRoleArn) references.push({ kind: 'task', value: taskDefinition.taskRoleArn })
  if (references.length === 0) return undefined
  const lookups = new Map<string, Promise<Omit<RoleEvidence, 'kind'> | undefined>>()
  for (const { value } of references) if (!lookups.has(value)) lookups.set(value, getRole(ctx, roleReference(value, ctx.scope)))
  const rolesPromise = Promise.all(
    references.map(async ({ kind, value }) => {
      const role = await lookups.get(value)
      return role ? { kind, ...role } : undefined
    })
  ).then((roles) => roles.filter((r): r is RoleEvidence => r !== undefined))

  const executionRole = references.find((r) => r.kind === 'execution')
  const simulationsPromise = (async () => {
    if (!executionRole) return undefined
    const role = await lookups.get(executionRole.value)
    if (role?.exists === false) return undefined
    const permissions = executionRolePermissions(await needs, ctx.scope)
    if (permissions.length === 0) return []
    return simulate(ctx, role?.arn ?? roleReference(executionRole.value, ctx.scope).arn, permissions)
  })()
  const taskRole = references.find((r) => r.kind === 'task')
  const taskSimulationsPromise = (async () => {
    const permissions = taskRolePermissions(taskDefinition, ctx.scope)
    if (!taskRole || permissions.length === 0) return undefined
    const role = await lookups.get(taskRole.value)
    if (role?.exists === false) return undefined
    const arn = role?.arn ?? roleReference(taskRole.value, ctx.scope).arn
    return simulate(ctx, arn, permissions, 'task', EVIDENCE_CHECKS.taskRoleSimulation)
  })()
  const [roles, executionSimulations, taskSimulations] = await Promise.all([rolesPromise, simulationsPromise, taskSimulationsPromise])
  const simulations = executionSimulations || taskSimulations ? [...(executionSimulations ?? []), ...(taskSimulations ?? [])] : undefined
  return { roles, ...(simulations ? { simulations } : {}) }
}

async function getRole(ctx: CollectionContext, role: { arn: string; roleName: string }): Promise<Omit<RoleEvidence, 'kind'> | undefined> {
  return ctx.call<Omit<RoleEvidence, 'kind'>>(
    { check: EVIDENCE_CHECKS.roles, api: 'iam:GetRole', resource: role.arn },
    async (options) => {
      const output = await (await ctx.client('iam')).send(new GetRoleCommand({ RoleName: role.roleName }), options)
      const document = decodePolicyDocument(output.Role?.AssumeRolePolicyDocument)
      return {
        arn: output.Role?.Arn ?? role.arn,
        roleName: output.Role?.RoleName ?? role.roleName,
        exists: true,
        ...(document !== undefined ? { assumeRolePolicyDocument: document, trustsEcsTasks: trustsEcsTasks(document) } : {})
      }
    },
    (error) => (isError(error, 'NoSuchEntity', 'NoSuchEntityException') ? { ...role, exists: false } : undefined)
  )
}

/** IAM returns policy documents URL-encoded (RFC 3986). */
export function decodePolicyDocument(encoded: string | undefined): string | undefined {
  if (encoded === undefined) return undefined
  try {
    return decodeURIComponent(encoded)
  } catch {
    return encoded
  }
}

interface PolicyStatement {
  Effect?: string
  Action?: string | string[]
  Principal?: string | { Service?: string | string[] }
}

/** Some statement allows sts:AssumeRole to the service principal ecs-tasks.amazonaws.com. */
export function trustsEcsTasks(document: string): boolean {
  let policy: { Statement?: PolicyStatement | PolicyStatement[] }
  try {
    policy = JSON.parse(document)
  } catch {
    return false
  }
  const statements = Array.isArray(policy.Statement) ? policy.Statement : policy.Statement ? [policy.Statement] : []
  return statements.some((s) => {
    const actions = ([] as string[]).concat(s.Action ?? []).map((a) => a.toLowerCase())
    const services = typeof s.Principal === 'object' ? ([] as string[]).concat(s.Principal.Service ?? []) : []
    return (
      s.Effect === 'Allow' &&
      actions.some((a) => a === 'sts:assumerole' || a === 'sts:*' || a === '*') &&
      services.includes('ecs-tasks.amazonaws.com')
    )
  })
}

/**
 * One SimulatePrincipalPolicy with every action and every resource. IAM evaluates each action
 * on each resource; only the pairs the task needs are kept, read per resource from
 * ResourceSpecificResults (or from per-pair results, as IAM returned them before).
 */
async function simulate(
  ctx: CollectionContext,
  principalArn: string,
  permissions: RequiredPermission[],
  role: RoleKind = 'execution',
  check: EvidenceCheck = EVIDENCE_CHECKS.policySimulation
): Promise<PolicySimulation[] | undefined> {
  const results = await ctx.call({ check, api: 'iam:SimulatePrincipalPolicy', resource: principalArn }, async (options) =>
    allPages(
      paginateSimulatePrincipalPolicy(
        { client: await ctx.client('iam') },
        {
          PolicySourceArn: principalArn,
          ActionNames: unique(permissions.map((p) => p.action)),
          ResourceArns: unique(permissions.map((p) => p.resource))
        },
        options
      ),
      (page) => page.EvaluationResults,
      20
    )
  )
  if (!results) return undefined
  const decisions = decisionsByPair(results)
  return permissions.flatMap(({ action, resource }) => {
    const found = decisions.get(pairKey(action, resource))
    if (!found) return []
    const matchedStatements = unique((found.statements ?? []).map((s) => s.SourcePolicyId))
    return [
      {
        role,
        principalArn,
        action,
        resource,
        decision: found.decision,
        ...(matchedStatements.length > 0 ? { matchedStatements } : {})
      }
    ]
  })
}

type Decision = PolicySimulation['decision']

function decisionsByPair(results: EvaluationResult[]): Map<string, { decision: Decision; statements?: Statement[] }> {
  const decisions = new Map<string, { decision: Decision; statements?: Statement[] }>()
  for (const result of results) {
    const action = result.EvalActionName ?? ''
    if (result.ResourceSpecificResults?.length) {
      for (const specific of result.ResourceSpecificResults) {
        decisions.set(pairKey(action, specific.EvalResourceName ?? ''), {
          decision: specific.EvalResourceDecision as Decision,
          statements: specific.MatchedStatements
        })
      }
    } else {
      decisions.set(pairKey(action, result.EvalResourceName ?? '*'), {
        decision: result.EvalDecision as Decision,
        statements: result.MatchedStatements
      })
    }
  }
  return decisions
}

function pairKey(action: string, resource: string): string {
  return `${action.toLowerCase()} ${resource}`
}
