/** ARN parsing and the exact resource ARNs IAM evaluates for what a task definition uses. */

export interface Arn {
  partition: string
  service: string
  region: string
  accountId: string
  /** Everything after the account id (may itself contain colons). */
  resource: string
}

export function parseArn(value: string | undefined): Arn | undefined {
  if (!value?.startsWith('arn:')) return undefined
  const parts = value.split(':')
  if (parts.length < 6) return undefined
  const [, partition, service, region, accountId, ...resource] = parts
  return { partition, service, region, accountId, resource: resource.join(':') }
}

/** The account and partition the service lives in, read from the first ARN that has them (no STS call needed). */
export function accountOf(arns: (string | undefined)[]): { accountId?: string; partition: string } {
  for (const value of arns) {
    const arn = parseArn(value)
    if (arn?.accountId) return { accountId: arn.accountId, partition: arn.partition }
  }
  return { partition: 'aws' }
}

/** Last path segment: the task id of a task ARN, the role name of a role ARN (paths included in the ARN). */
export function lastSegment(value: string): string {
  return value.slice(value.lastIndexOf('/') + 1)
}

export interface Scope {
  partition: string
  region: string
  accountId?: string
}

/** A role reference from a task definition (full ARN, or a bare name) as its ARN and role name. */
export function roleReference(value: string, scope: Scope): { arn: string; roleName: string } {
  if (value.startsWith('arn:')) return { arn: value, roleName: lastSegment(value) }
  return { arn: `arn:${scope.partition}:iam::${scope.accountId ?? ''}:role/${value}`, roleName: value }
}

/**
 * A Secrets Manager valueFrom without the `:json-key:version-stage:version-id` suffix ECS
 * accepts after the secret ARN (`arn:aws:secretsmanager:region:account:secret:name[-AbCdEf]`).
 */
export function secretIdOf(valueFrom: string): string {
  return valueFrom.split(':').slice(0, 7).join(':')
}

/** An SSM parameter reference as its ARN and the parameter name DescribeParameters filters on. */
export function parameterReference(valueFrom: string, scope: Scope): { arn: string; name: string; region: string; accountId?: string } {
  const arn = parseArn(valueFrom)
  if (arn) {
    const path = arn.resource.replace(/^parameter/, '')
    // ARNs drop the leading slash of hierarchical names: parameter/prod/db is the parameter "/prod/db".
    const name = path.slice(1).includes('/') ? path : path.slice(1)
    return { arn: valueFrom, name, region: arn.region, accountId: arn.accountId }
  }
  const resource = valueFrom.startsWith('/') ? valueFrom : `/${valueFrom}`
  return {
    arn: `arn:${scope.partition}:ssm:${scope.region}:${scope.accountId ?? ''}:parameter${resource}`,
    name: valueFrom,
    region: scope.region,
    accountId: scope.accountId
  }
}

/** The ARN IAM evaluates for logs:CreateLogStream / logs:PutLogEvents on an awslogs group. */
export function logGroupArn(logGroupName: string, region: string, scope: Scope): string {
  return `arn:${scope.partition}:logs:${region}:${scope.accountId ?? ''}:log-group:${logGroupName}:*`
}

export function ecrRepositoryArn(repositoryName: string, region: string, registryId: string, partition: string): string {
  return `arn:${partition}:ecr:${region}:${registryId}:repository/${repositoryName}`
}

/**
 * The key ARN IAM evaluates for kms:Decrypt, from a KmsKeyId as Secrets Manager / SSM report it
 * (key ARN or key id). AWS managed keys and aliases give undefined: the execution role needs no
 * grant for the former, and the latter cannot be resolved to a key without a KMS call.
 */
export function kmsKeyArn(kmsKeyId: string | undefined, scope: Scope): string | undefined {
  if (!kmsKeyId || kmsKeyId.includes('alias/')) return undefined
  if (kmsKeyId.startsWith('arn:')) return kmsKeyId.includes(':key/') ? kmsKeyId : undefined
  return `arn:${scope.partition}:kms:${scope.region}:${scope.accountId ?? ''}:key/${kmsKeyId}`
}

/** The ARN IAM evaluates for elasticfilesystem:ClientMount / ClientWrite on a file system. */
export function efsFileSystemArn(fileSystemId: string, scope: Scope): string {
  return `arn:${scope.partition}:elasticfilesystem:${scope.region}:${scope.accountId ?? ''}:file-system/${fileSystemId}`
}
