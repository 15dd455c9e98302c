/** What the collector derives from a task definition before calling AWS: pure, no mocks. */
import { describe, expect, it } from '@jest/globals'
import { kmsKeyArn, parameterReference, roleReference, secretIdOf } from '../../src/evidence/arns.js'
import { decodePolicyDocument, executionRolePermissions, trustsEcsTasks } from '../../src/evidence/iam.js'
import { indexArchitectures, parseImageReference } from '../../src/evidence/images.js'
import { toJson } from '../../src/evidence/json.js'
import { secretReferences } from '../../src/evidence/secrets.js'
import type { EcsTaskDefinition } from '../../src/evidence/schema.js'

const scope = { partition: 'aws', region: 'eu-west-1', accountId: '123456789012' }

describe('secret references', () => {
  const td: EcsTaskDefinition = {
    containerDefinitions: [
      {
        name: 'api',
        secrets: [
          { name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/api/db-AbCdEf:password::' },
          { name: 'DB_USER', valueFrom: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/api/db-AbCdEf:username:AWSCURRENT:' },
          { name: 'STRIPE_KEY', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:stripe' },
          { name: 'API_KEY', valueFrom: 'prod-api-key' },
          { name: 'FLAGS', valueFrom: '/prod/api/flags' },
          { name: 'SENTRY_DSN', valueFrom: 'arn:aws:ssm:eu-west-1:123456789012:parameter/prod/api/sentry-dsn' },
          { name: 'LICENSE', valueFrom: 'arn:aws:ssm:eu-central-1:123456789012:parameter/license' },
          { name: 'OOPS', valueFrom: 'prod/api/db' }
        ],
        repositoryCredentials: { credentialsParameter: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:dockerhub-creds-Zx9Yw8' },
        logConfiguration: {
          logDriver: 'splunk',
          secretOptions: [{ name: 'splunk-token', valueFrom: '/prod/splunk/token' }]
        }
      }
    ]
  }

  it('classifies each reference by store and resolves the ARN IAM evaluates', () => {
    const refs = secretReferences(td, scope).map(({ name, store, id, arn, region }) => ({ name, store, id, arn, region }))
    expect(refs).toEqual([
      {
        name: 'DB_PASSWORD',
        store: 'secretsmanager',
        id: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/api/db-AbCdEf',
        arn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/api/db-AbCdEf',
        region: 'eu-west-1'
      },
      {
        name: 'DB_USER',
        store: 'secretsmanager',
        id: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/api/db-AbCdEf',
        arn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/api/db-AbCdEf',
        region: 'eu-west-1'
      },
      {
        name: 'STRIPE_KEY',
        store: 'secretsmanager',
        id: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:stripe',
        arn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:stripe',
        region: 'us-east-1'
      },
      { name: 'API_KEY', store: 'ssm', id: 'prod-api-key', arn: 'arn:aws:ssm:eu-west-1:123456789012:parameter/prod-api-key', region: 'eu-west-1' },
      { name: 'FLAGS', store: 'ssm', id: '/prod/api/flags', arn: 'arn:aws:ssm:eu-west-1:123456789012:parameter/prod/api/flags', region: 'eu-west-1' },
      {
        name: 'SENTRY_DSN',
        store: 'ssm',
        id: '/prod/api/sentry-dsn',
        arn: 'arn:aws:ssm:eu-west-1:123456789012:parameter/prod/api/sentry-dsn',
        region: 'eu-west-1'
      },
      { name: 'LICENSE', store: 'ssm', id: 'license', arn: 'arn:aws:ssm:eu-central-1:123456789012:parameter/license', region: 'eu-central-1' },
      // A Secrets Manager name without an ARN is an SSM parameter to ECS, and so it is here.
      { name: 'OOPS', store: 'ssm', id: 'prod/api/db', arn: 'arn:aws:ssm:eu-west-1:123456789012:parameter/prod/api/db', region: 'eu-west-1' },
      { name: 'splunk-token', store: 'ssm', id: '/prod/splunk/token', arn: 'arn:aws:ssm:eu-west-1:123456789012:parameter/prod/splunk/token', region: 'eu-west-1' },
      {
        name: 'repositoryCredentials',
        store: 'secretsmanager',
        id: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:dockerhub-creds-Zx9Yw8',
        arn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:dockerhub-creds-Zx9Yw8',
        region: 'eu-west-1'
      }
    ])
  })

  it('keeps valueFrom exactly as written', () => {
    expect(secretReferences(td, scope).map((r) => r.valueFrom)).toEqual([
      ...(td.containerDefinitions?.[0].secrets ?? []).map((s) => s.valueFrom),
      '/prod/splunk/token',
      'arn:aws:secretsmanager:eu-west-1:123456789012:secret:dockerhub-creds-Zx9Yw8'
    ])
  })

  it('strips only the json-key / version suffix from Secrets Manager ARNs', () => {
    expect(secretIdOf('arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf')).toBe('arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf')
    expect(secretIdOf('arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf::::')).toBe('arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf')
    expect(secretIdOf('arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:db:password:AWSPREVIOUS:')).toBe('arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:db')
  })

  it('builds SSM parameter ARNs from bare names, keeping a leading slash once', () => {
    expect(parameterReference('db-password', scope).arn).toBe('arn:aws:ssm:eu-west-1:123456789012:parameter/db-password')
    expect(parameterReference('/db-password', scope).arn).toBe('arn:aws:ssm:eu-west-1:123456789012:parameter/db-password')
    expect(parameterReference('/prod/db/password', scope)).toEqual({
      arn: 'arn:aws:ssm:eu-west-1:123456789012:parameter/prod/db/password',
      name: '/prod/db/password',
      region: 'eu-west-1',
      accountId: '123456789012'
    })
  })
})

describe('image references', () => {
  it.each([
    [
      '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api:v1.4.2',
      { registry: 'ecr', registryId: '123456789012', region: 'eu-west-1', repositoryName: 'team/api', tag: 'v1.4.2' }
    ],
    [
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/api@sha256:8f3a9c6b1e2d4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f90',
      {
        registry: 'ecr',
        registryId: '123456789012',
        region: 'us-east-1',
        repositoryName: 'api',
        digest: 'sha256:8f3a9c6b1e2d4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f90'
      }
    ],
    ['210987654321.dkr.ecr-fips.us-gov-west-1.amazonaws.com/api', { registry: 'ecr', registryId: '210987654321', region: 'us-gov-west-1', repositoryName: 'api', tag: 'latest' }],
    ['nginx', { registry: 'dockerhub', repositoryName: 'library/nginx', tag: 'latest' }],
    ['nginx:1.27-alpine', { registry: 'dockerhub', repositoryName: 'library/nginx', tag: '1.27-alpine' }],
    ['grafana/grafana:11.2.0', { registry: 'dockerhub', repositoryName: 'grafana/grafana', tag: '11.2.0' }],
    ['docker.io/library/redis:7', { registry: 'dockerhub', repositoryName: 'library/redis', tag: '7' }],
    ['registry-1.docker.io/bitnami/redis:7.2', { registry: 'dockerhub', repositoryName: 'bitnami/redis', tag: '7.2' }],
    ['public.ecr.aws/xray/aws-xray-daemon:3.3.7', { registry: 'other', repositoryName: 'xray/aws-xray-daemon', tag: '3.3.7' }],
    ['ghcr.io/acme/api:sha-1a2b3c4', { registry: 'other', repositoryName: 'acme/api', tag: 'sha-1a2b3c4' }],
    ['localhost:5000/api', { registry: 'other', repositoryName: 'api', tag: 'latest' }],
    ['nginx:1.27@sha256:0123', { registry: 'dockerhub', repositoryName: 'library/nginx', tag: '1.27', digest: 'sha256:0123' }]
  ])('%s', (image, expected) => {
    expect(parseImageReference(image)).toEqual({ image, ...expected })
  })

  it('reads the platforms of an image index, without attestation manifests', () => {
    const index = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: 'sha256:aa', size: 1234, platform: { architecture: 'arm64', os: 'linux' } },
        { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: 'sha256:bb', size: 566, platform: { architecture: 'unknown', os: 'unknown' } }
      ]
    })
    expect(indexArchitectures(index)).toEqual(['arm64'])
    expect(indexArchitectures('{"schemaVersion":2,"config":{}}')).toBeUndefined()
    expect(indexArchitectures('not json')).toBeUndefined()
  })
})

describe('execution role permissions', () => {
  const images = [
    { containerName: 'api', image: 'x', registry: 'ecr' as const, registryId: '123456789012', region: 'eu-west-1', repositoryName: 'team/api', tag: 'v1', status: 'found' as const },
    { containerName: 'proxy', image: 'nginx', registry: 'dockerhub' as const, repositoryName: 'library/nginx', tag: 'latest', status: 'not-checked' as const }
  ]

  it('asks for exactly what the task needs, on exact ARNs, and CreateLogGroup only with awslogs-create-group', () => {
    const permissions = executionRolePermissions(
      {
        images,
        secrets: [
          {
            containerName: 'api',
            name: 'DB',
            valueFrom: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf:password::',
            store: 'secretsmanager',
            status: 'found',
            arn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf',
            kmsKeyId: '1234abcd-12ab-34cd-56ef-1234567890ab'
          },
          { containerName: 'api', name: 'TOKEN', valueFrom: 'token', store: 'ssm', status: 'not-found', arn: 'arn:aws:ssm:eu-west-1:123456789012:parameter/token' },
          { containerName: 'api', name: 'repositoryCredentials', valueFrom: 'dockerhub', store: 'secretsmanager', status: 'not-checked' }
        ],
        logConfigs: [{ group: '/ecs/api', region: 'eu-west-1', streamPrefix: 'ecs', createGroup: true }]
      },
      scope
    )
    expect(permissions).toEqual([
      { action: 'ecr:GetAuthorizationToken', resource: '*' },
      { action: 'ecr:BatchGetImage', resource: 'arn:aws:ecr:eu-west-1:123456789012:repository/team/api' },
      { action: 'ecr:GetDownloadUrlForLayer', resource: 'arn:aws:ecr:eu-west-1:123456789012:repository/team/api' },
      { action: 'secretsmanager:GetSecretValue', resource: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf' },
      { action: 'kms:Decrypt', resource: 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' },
      { action: 'ssm:GetParameters', resource: 'arn:aws:ssm:eu-west-1:123456789012:parameter/token' },
      { action: 'secretsmanager:GetSecretValue', resource: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:dockerhub' },
      { action: 'logs:CreateLogStream', resource: 'arn:aws:logs:eu-west-1:123456789012:log-group:/ecs/api:*' },
      { action: 'logs:PutLogEvents', resource: 'arn:aws:logs:eu-west-1:123456789012:log-group:/ecs/api:*' },
      { action: 'logs:CreateLogGroup', resource: 'arn:aws:logs:eu-west-1:123456789012:log-group:/ecs/api:*' }
    ])
  })

  it('needs no ECR permission without a private ECR image', () => {
    expect(executionRolePermissions({ images: [images[1]], secrets: [], logConfigs: [] }, scope)).toEqual([])
  })

  it('simulates kms:Decrypt only for customer managed keys given as key ids or key ARNs', () => {
    expect(kmsKeyArn('arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab', scope)).toBe(
      'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    )
    expect(kmsKeyArn('alias/prod-secrets', scope)).toBeUndefined()
    expect(kmsKeyArn('arn:aws:kms:eu-west-1:123456789012:alias/prod-secrets', scope)).toBeUndefined()
    expect(kmsKeyArn(undefined, scope)).toBeUndefined()
  })
})

describe('roles', () => {
  it('reads role names from ARNs with paths, and builds the ARN of a bare role name', () => {
    expect(roleReference('arn:aws:iam::123456789012:role/service-role/api-task-role', scope)).toEqual({
      arn: 'arn:aws:iam::123456789012:role/service-role/api-task-role',
      roleName: 'api-task-role'
    })
    expect(roleReference('ecsTaskExecutionRole', scope)).toEqual({ arn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole', roleName: 'ecsTaskExecutionRole' })
  })

  it('decodes the URL-encoded trust policy and finds trust in ecs-tasks.amazonaws.com', () => {
    const trusting = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":["ecs-tasks.amazonaws.com","ecs.amazonaws.com"]},"Action":["sts:AssumeRole","sts:TagSession"]}]}'
    expect(decodePolicyDocument(encodeURIComponent(trusting))).toBe(trusting)
    expect(trustsEcsTasks(trusting)).toBe(true)
    expect(trustsEcsTasks('{"Statement":{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}}')).toBe(true)
    // Trusting EC2 (a role copied from an instance profile) or ECS itself is not enough.
    expect(trustsEcsTasks('{"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}')).toBe(false)
    expect(trustsEcsTasks('{"Statement":[{"Effect":"Allow","Principal":{"Service":"ecs.amazonaws.com"},"Action":"sts:AssumeRole"}]}')).toBe(false)
    expect(trustsEcsTasks('{"Statement":[{"Effect":"Deny","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}]}')).toBe(false)
    expect(trustsEcsTasks('{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}')).toBe(false)
  })
})

describe('toJson', () => {
  it('turns Dates into ISO strings at any depth and drops $metadata', () => {
    const output = {
      $metadata: { httpStatusCode: 200, requestId: '6f0b0a0e-3c3b-4e5e-9d21-7f2b0a1c9e11', attempts: 1 },
      services: [{ createdAt: new Date('2026-11-20T10:00:00.000Z'), deployments: [{ updatedAt: new Date('2026-11-20T10:04:00.000Z'), id: 'ecs-svc/1' }], missing: undefined }]
    }
    expect(toJson(output)).toEqual({
      services: [{ createdAt: '2026-11-20T10:00:00.000Z', deployments: [{ updatedAt: '2026-11-20T10:04:00.000Z', id: 'ecs-svc/1' }] }]
    })
    expect(toJson(toJson(output))).toEqual(toJson(output))
  })
})
