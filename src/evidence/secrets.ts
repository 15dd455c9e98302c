import { DescribeSecretCommand } from '@aws-sdk/client-secrets-manager'
import { paginateDescribeParameters, type ParameterMetadata } from '@aws-sdk/client-ssm'
import { parameterReference, parseArn, secretIdOf, type Scope } from './arns.js'
import { allPages, isError, unique, type CollectionContext } from './context.js'
import { EVIDENCE_CHECKS, type EcsTaskDefinition, type SecretEvidence } from './schema.js'

export interface SecretReference {
  containerName: string
  /** Env var name, log driver option name, or "repositoryCredentials". */
  name: string
  valueFrom: string
  store: SecretEvidence['store']
  /** Secrets Manager: the SecretId (ARN without json-key suffix, or a name). SSM: the parameter name. */
  id: string
  /** ARN as referenced (SSM names resolved to their ARN); Secrets Manager partial ARNs stay partial. */
  arn: string
  region: string
  accountId?: string
}

export const REPOSITORY_CREDENTIALS = 'repositoryCredentials'

/**
 * Every secret a task definition references: container `secrets`, `logConfiguration.secretOptions`
 * and `repositoryCredentials.credentialsParameter`. Only an ARN selects Secrets Manager; a bare
 * name is an SSM parameter (as ECS treats it), except registry credentials, which are always
 * Secrets Manager secrets.
 */
export function secretReferences(taskDefinition: EcsTaskDefinition, scope: Scope): SecretReference[] {
  const references: SecretReference[] = []
  for (const container of taskDefinition.containerDefinitions ?? []) {
    const containerName = container.name ?? ''
    const uses = [...(container.secrets ?? []), ...(container.logConfiguration?.secretOptions ?? [])]
    for (const { name, valueFrom } of uses) {
      if (name && valueFrom) references.push(reference(containerName, name, valueFrom, scope, false))
    }
    const credentials = container.repositoryCredentials?.credentialsParameter
    if (credentials) references.push(reference(containerName, REPOSITORY_CREDENTIALS, credentials, scope, true))
  }
  return references
}

function reference(containerName: string, name: string, valueFrom: string, scope: Scope, secretsManager: boolean): SecretReference {
  const arn = parseArn(valueFrom)
  if (arn?.service === 'secretsmanager' || (!arn && secretsManager)) {
    const id = arn ? secretIdOf(valueFrom) : valueFrom
    return { containerName, name, valueFrom, store: 'secretsmanager', id, arn: id, region: arn?.region ?? scope.region, accountId: arn?.accountId ?? scope.accountId }
  }
  const parameter = parameterReference(valueFrom, scope)
  return { containerName, name, valueFrom, store: 'ssm', id: parameter.name, arn: parameter.arn, region: parameter.region, accountId: parameter.accountId }
}

type Lookup = Pick<SecretEvidence, 'status' | 'arn' | 'kmsKeyId'>

/**
 * Whether each referenced secret exists, its full ARN and customer managed KMS key: Secrets
 * Manager DescribeSecret per distinct secret, SSM DescribeParameters once per region for all
 * names. Never reads a value.
 */
export async function collectSecrets(ctx: CollectionContext, references: SecretReference[]): Promise<SecretEvidence[]> {
  const secretLookups = new Map<string, Promise<Lookup>>()
  for (const ref of references) {
    if (ref.store === 'secretsmanager' && !secretLookups.has(ref.id)) secretLookups.set(ref.id, describeSecret(ctx, ref))
  }
  const parameterLookups = new Map<string, Promise<Map<string, ParameterMetadata> | undefined>>()
  const parameters = references.filter((r) => r.store === 'ssm' && r.accountId === ctx.accountId)
  for (const region of unique(parameters.map((r) => r.region))) {
    const names = unique(parameters.filter((r) => r.region === region).map((r) => r.id))
    parameterLookups.set(region, describeParameters(ctx, region, names))
  }
  return Promise.all(
    references.map(async (ref): Promise<SecretEvidence> => {
      const base = { containerName: ref.containerName, name: ref.name, valueFrom: ref.valueFrom, store: ref.store }
      if (ref.store === 'secretsmanager') return { ...base, ...(await secretLookups.get(ref.id)) } as SecretEvidence
      const found = parameterLookups.get(ref.region)
      // A parameter shared from another account is not listed by DescribeParameters here.
      if (!found) return { ...base, status: 'not-checked', arn: ref.arn }
      const metadata = await found
      if (!metadata) return { ...base, status: 'not-checked', arn: ref.arn }
      const parameter = metadata.get(ref.id)
      if (!parameter) return { ...base, status: 'not-found', arn: ref.arn }
      const kmsKeyId = customerManagedKey(parameter.KeyId, 'alias/aws/ssm')
      return { ...base, status: 'found', arn: parameter.ARN ?? ref.arn, ...(kmsKeyId ? { kmsKeyId } : {}) }
    })
  )
}

async function describeSecret(ctx: CollectionContext, ref: SecretReference): Promise<Lookup> {
  const client = await ctx.client('secretsManager', ref.region)
  const result = await ctx.call<Lookup>(
    { check: EVIDENCE_CHECKS.secrets, api: 'secretsmanager:DescribeSecret', resource: ref.id },
    async (options) => {
      const output = await client.send(new DescribeSecretCommand({ SecretId: ref.id }), options)
      const kmsKeyId = customerManagedKey(output.KmsKeyId, 'alias/aws/secretsmanager')
      return { status: 'found', arn: output.ARN ?? ref.arn, ...(kmsKeyId ? { kmsKeyId } : {}) }
    },
    (error) => (isError(error, 'ResourceNotFoundException') ? { status: 'not-found', arn: ref.arn } : undefined)
  )
  return result ?? { status: 'not-checked', arn: ref.arn }
}

async function describeParameters(
  ctx: CollectionContext,
  region: string,
  names: string[]
): Promise<Map<string, ParameterMetadata> | undefined> {
  const client = await ctx.client('ssm', region)
  const found = new Map<string, ParameterMetadata>()
  // The Name filter takes at most 50 values.
  for (let i = 0; i < names.length; i += 50) {
    const batch = names.slice(i, i + 50)
    const listed = await ctx.call({ check: EVIDENCE_CHECKS.secrets, api: 'ssm:DescribeParameters' }, (options) =>
      allPages(
        paginateDescribeParameters(
          { client, pageSize: 50 },
          { ParameterFilters: [{ Key: 'Name', Option: 'Equals', Values: batch }] },
          options
        ),
        (page) => page.Parameters
      )
    )
    if (!listed) return undefined
    for (const parameter of listed) if (parameter.Name) found.set(parameter.Name, parameter)
  }
  return found
}

function customerManagedKey(kmsKeyId: string | undefined, awsManagedAlias: string): string | undefined {
  if (!kmsKeyId || kmsKeyId === awsManagedAlias || kmsKeyId.endsWith(`:${awsManagedAlias}`)) return undefined
  return kmsKeyId
}
