/** AWS Secrets Manager (awsJson1_1) and SSM Parameter Store (awsJson1_1, AmazonSSM): do referenced secrets exist. */
import * as secretsManagerSdk from '@aws-sdk/client-secrets-manager'
import * as ssmSdk from '@aws-sdk/client-ssm'
import type { DescribeSecretRequest, DescribeSecretResponse } from '@aws-sdk/client-secrets-manager'
import type {
  DescribeParametersRequest,
  DescribeParametersResult,
  GetParametersRequest,
  GetParametersResult,
  ParameterMetadata
} from '@aws-sdk/client-ssm'
import { AwsError } from '../aws-error.js'
import { IdGenerator } from '../random.js'
import type { ParameterSpec, SecretSpec } from '../types.js'
import { operation, paginate, type ServiceDefinition, type SimContext } from './context.js'

/** Secrets Manager accepts a name, the full ARN, or the ARN without its 6-character suffix. */
function findSecret(ctx: SimContext, id: string | undefined): SecretSpec {
  const secret = ctx.world.secrets.find((s) => id === s.name || id === s.arn || (id !== undefined && s.arn === `${id}-${s.arn.slice(-6)}`))
  if (!secret) throw new AwsError('ResourceNotFoundException', "Secrets Manager can't find the specified secret.")
  return secret
}

export const secretsManager: ServiceDefinition = {
  id: 'SecretsManager',
  aliases: ['secretsmanager'],
  protocol: 'awsJson1_1',
  jsonTarget: 'secretsmanager',
  iamPrefix: 'secretsmanager',
  sdk: secretsManagerSdk,
  operations: {
    DescribeSecret: operation<DescribeSecretRequest, DescribeSecretResponse>((input, ctx) => {
      const secret = findSecret(ctx, input.SecretId)
      const version = new IdGenerator(`secret:${secret.arn}`).uuid()
      return {
        ARN: secret.arn,
        Name: secret.name,
        Description: secret.description,
        KmsKeyId: secret.kmsKeyId,
        RotationEnabled: false,
        LastChangedDate: ctx.clock.dateAt(-40 * 86_400),
        LastAccessedDate: ctx.clock.dateAt(-86_400),
        Tags: [],
        VersionIdsToStages: { [version]: ['AWSCURRENT'] },
        CreatedDate: ctx.clock.dateAt(-200 * 86_400)
      }
    })
  }
}

function parameterArn(ctx: SimContext, name: string): string {
  return `arn:aws:ssm:${ctx.world.region}:${ctx.world.accountId}:parameter${name.startsWith('/') ? '' : '/'}${name}`
}

function findParameter(ctx: SimContext, nameOrArn: string): ParameterSpec | undefined {
  return ctx.world.parameters.find((p) => p.name === nameOrArn || parameterArn(ctx, p.name) === nameOrArn)
}

function metadata(ctx: SimContext, p: ParameterSpec): ParameterMetadata {
  return {
    Name: p.name,
    ARN: parameterArn(ctx, p.name),
    Type: p.type,
    KeyId: p.type === 'SecureString' ? (p.keyId ?? 'alias/aws/ssm') : undefined,
    LastModifiedDate: ctx.clock.dateAt(-30 * 86_400),
    LastModifiedUser: `arn:aws:sts::${ctx.world.accountId}:assumed-role/terraform-deployer/terraform`,
    Version: 3,
    Tier: 'Standard',
    Policies: [],
    DataType: 'text'
  }
}

export const ssm: ServiceDefinition = {
  id: 'SSM',
  aliases: ['ssm'],
  protocol: 'awsJson1_1',
  jsonTarget: 'AmazonSSM',
  iamPrefix: 'ssm',
  sdk: ssmSdk,
  operations: {
    DescribeParameters: operation<DescribeParametersRequest, DescribeParametersResult>((input, ctx) => {
      let parameters = ctx.world.parameters
      for (const filter of input.ParameterFilters ?? []) {
        const values = filter.Values ?? []
        const option = filter.Option ?? 'Equals'
        if (filter.Key === 'Name') {
          parameters = parameters.filter((p) => values.some((v) => (option === 'BeginsWith' ? p.name.startsWith(v) : p.name === v)))
        } else if (filter.Key === 'Type') {
          parameters = parameters.filter((p) => values.includes(p.type))
        } else {
          throw new AwsError('InvalidFilterKey', `The following filter key is not valid: ${filter.Key}`)
        }
      }
      const { page, nextToken } = paginate(parameters.map((p) => metadata(ctx, p)), input.NextToken, input.MaxResults ?? 10, () => new AwsError('InvalidNextToken', 'The specified token is not valid.'))
      return { Parameters: page, NextToken: nextToken }
    }),

    GetParameters: operation<GetParametersRequest, GetParametersResult>((input, ctx) => {
      const names = input.Names ?? []
      if (names.length === 0 || names.length > 10) {
        throw new AwsError('ValidationException', `1 validation error detected: Value at 'names' failed to satisfy constraint: Member must have length less than or equal to 10`)
      }
      const found = names.map((n) => ({ name: n, spec: findParameter(ctx, n) }))
      return {
        Parameters: found
          .filter((f) => f.spec)
          .map(({ spec }) => {
            const p = spec as ParameterSpec
            const secure = p.type === 'SecureString' && !input.WithDecryption
            return {
              Name: p.name,
              Type: p.type,
              Value: secure ? `AQICAHh${new IdGenerator(p.name).alphanumeric(120)}==` : `simulated-value-of-${p.name}`,
              Version: 3,
              LastModifiedDate: ctx.clock.dateAt(-30 * 86_400),
              ARN: parameterArn(ctx, p.name),
              DataType: 'text'
            }
          }),
        InvalidParameters: found.filter((f) => !f.spec).map((f) => f.name)
      }
    })
  }
}
