/** How the collector records what AWS says is missing: not found is evidence, not an unavailable check. */
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { DescribeLogGroupsCommand, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs'
import { BatchGetImageCommand, DescribeImagesCommand } from '@aws-sdk/client-ecr'
import { DescribeTaskDefinitionCommand, type TaskDefinition } from '@aws-sdk/client-ecs'
import { GetRoleCommand, SimulatePrincipalPolicyCommand } from '@aws-sdk/client-iam'
import { DescribeSecretCommand } from '@aws-sdk/client-secrets-manager'
import { DescribeParametersCommand } from '@aws-sdk/client-ssm'
import { createClients } from '../../src/aws/clients.js'
import { collectEvidence } from '../../src/evidence/collect.js'
import {
  ACCOUNT,
  API_KEY_PARAMETER,
  CLUSTER,
  DEPLOYMENT,
  EXEC_ROLE_ARN,
  IMAGE,
  LOG_GROUP,
  REGION,
  REPOSITORY_ARN,
  SECRET_ARN,
  SERVICE,
  TASK_IDS,
  TD_ARN,
  answerTypicalFailure,
  awsError,
  mockAws,
  service,
  stoppedTask,
  taskDefinition
} from './scenario.js'

const mocks = mockAws()
afterAll(() => Object.values(mocks).forEach((m) => m.restore()))
beforeEach(() => answerTypicalFailure(mocks))

function collect(clients = createClients({ region: REGION })) {
  return collectEvidence({
    clients,
    region: REGION,
    cluster: CLUSTER,
    serviceName: SERVICE,
    deploymentId: DEPLOYMENT,
    service: service(),
    tasks: [stoppedTask(0)],
    logLines: 20
  })
}

interface RegionalConfig {
  region: () => Promise<string>
  endpoint?: () => Promise<{ hostname: string; port?: number; protocol: string }>
  credentials: () => Promise<{ accessKeyId: string; secretAccessKey: string }>
}

function useTaskDefinition(change: (td: TaskDefinition) => void): void {
  const td = taskDefinition()
  change(td)
  mocks.ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: TD_ARN }).resolves({ taskDefinition: td })
}

describe('secrets and parameters that do not exist', () => {
  it('marks a missing Secrets Manager secret and a missing SSM parameter not-found', async () => {
    mocks.secretsManager.on(DescribeSecretCommand).rejects(awsError('ResourceNotFoundException', "Secrets Manager can't find the specified secret."))
    mocks.ssm.on(DescribeParametersCommand).resolves({ Parameters: [] })

    const evidence = await collect()

    expect(evidence.secrets?.map((s) => [s.name, s.status, s.arn])).toEqual([
      ['DB_PASSWORD', 'not-found', SECRET_ARN],
      ['API_KEY', 'not-found', `arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/${API_KEY_PARAMETER}`],
      ['FEATURE_FLAGS', 'not-found', `arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/prod/api/flags`]
    ])
    expect(evidence.unavailable).toEqual([])
  })

  it('looks a secret used twice (two json keys) up once', async () => {
    useTaskDefinition((td) => td.containerDefinitions?.[0].secrets?.push({ name: 'DB_USER', valueFrom: `${SECRET_ARN}:username::` }))

    const evidence = await collect()

    expect(mocks.secretsManager.commandCalls(DescribeSecretCommand)).toHaveLength(1)
    expect(evidence.secrets?.filter((s) => s.arn === SECRET_ARN).map((s) => s.name)).toEqual(['DB_PASSWORD', 'DB_USER'])
  })
})

describe('container logs', () => {
  it('says when the log stream or the log group does not exist', async () => {
    mocks.logs.on(GetLogEventsCommand).rejects(awsError('ResourceNotFoundException', 'The specified log stream does not exist.'))
    expect((await collect()).logs).toEqual([
      { taskArn: stoppedTask(0).taskArn, containerName: 'api', logGroup: LOG_GROUP, logStream: `ecs/api/${TASK_IDS[0]}`, lines: [], missing: 'stream-not-found' }
    ])

    mocks.logs.on(GetLogEventsCommand).rejects(awsError('ResourceNotFoundException', 'The specified log group does not exist.'))
    mocks.logs.on(DescribeLogGroupsCommand).resolves({ logGroups: [{ logGroupName: `${LOG_GROUP}-worker` }] })
    const evidence = await collect()
    expect(evidence.logs?.[0].missing).toBe('group-not-found')
    expect(evidence.logGroups?.[0]).toEqual({ containerName: 'api', logGroupName: LOG_GROUP, region: REGION, exists: false, createGroup: false })
    expect(evidence.unavailable).toEqual([])
  })

  it('reads no logs for a container that does not use awslogs', async () => {
    useTaskDefinition((td) => {
      td.containerDefinitions![0].logConfiguration = { logDriver: 'awsfirelens', options: { Name: 'datadog' } }
    })

    const evidence = await collect()

    expect(evidence.logs).toEqual([{ taskArn: stoppedTask(0).taskArn, containerName: 'api', lines: [], missing: 'no-awslogs-config' }])
    expect(mocks.logs.commandCalls(GetLogEventsCommand)).toHaveLength(0)
  })

  it('reads logs and log groups in the awslogs-region, and asks for log-lines lines', async () => {
    useTaskDefinition((td) => {
      td.containerDefinitions![0].logConfiguration!.options!['awslogs-region'] = 'us-east-1'
    })

    const credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }
    const evidence = await collect(createClients({ region: REGION, endpoint: 'http://127.0.0.1:4566', credentials }))

    const [call] = mocks.logs.commandCalls(GetLogEventsCommand)
    expect(call.args[0].input).toMatchObject({ logStreamName: `ecs/api/${TASK_IDS[0]}`, limit: 20, startFromHead: false })
    const config = (call.thisValue as { config: RegionalConfig }).config
    expect(await config.region()).toBe('us-east-1')
    // Same endpoint override and credentials as the clients it was given (a simulator run stays on loopback).
    expect(await config.endpoint?.()).toMatchObject({ hostname: '127.0.0.1', port: 4566, protocol: 'http:' })
    expect(await config.credentials()).toMatchObject(credentials)
    expect(evidence.logGroups?.map((g) => [g.containerName, g.region])).toEqual([
      ['api', 'us-east-1'],
      ['xray', REGION]
    ])
    expect(evidence.iam?.simulations?.filter((s) => s.action === 'logs:CreateLogStream').map((s) => s.resource)).toEqual([
      `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:${LOG_GROUP}:*`,
      `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${LOG_GROUP}:*`
    ])
  })
})

describe('images', () => {
  it('tells a missing tag from a missing repository', async () => {
    mocks.ecr
      .on(DescribeImagesCommand)
      .rejects(
        awsError(
          'ImageNotFoundException',
          `The image with imageId {imageDigest:'null', imageTag:'v1.4.2'} does not exist within the repository with name 'api' in the registry with id '${ACCOUNT}'`
        )
      )
    expect((await collect()).images?.[0]).toMatchObject({ image: IMAGE, status: 'image-not-found' })

    mocks.ecr
      .on(DescribeImagesCommand)
      .rejects(awsError('RepositoryNotFoundException', `The repository with name 'api' does not exist in the registry with id '${ACCOUNT}'`))
    const evidence = await collect()
    expect(evidence.images?.[0]).toMatchObject({ image: IMAGE, status: 'repository-not-found' })
    expect(evidence.unavailable).toEqual([])
  })

  it('reads the architectures of a multi-platform image with one BatchGetImage', async () => {
    mocks.ecr
      .on(DescribeImagesCommand)
      .resolves({ imageDetails: [{ repositoryName: 'api', imageTags: ['v1.4.2'], imageManifestMediaType: 'application/vnd.oci.image.index.v1+json' }] })
      .on(BatchGetImageCommand)
      .resolves({
        images: [
          {
            registryId: ACCOUNT,
            repositoryName: 'api',
            imageId: { imageTag: 'v1.4.2', imageDigest: 'sha256:1f2e3d4c5b6a79880796a5b4c3d2e1f00112233445566778899aabbccddeeff0' },
            imageManifestMediaType: 'application/vnd.oci.image.index.v1+json',
            imageManifest: JSON.stringify({
              schemaVersion: 2,
              mediaType: 'application/vnd.oci.image.index.v1+json',
              manifests: [
                { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: 'sha256:aa', size: 1612, platform: { architecture: 'arm64', os: 'linux' } },
                {
                  mediaType: 'application/vnd.oci.image.manifest.v1+json',
                  digest: 'sha256:bb',
                  size: 566,
                  annotations: { 'vnd.docker.reference.type': 'attestation-manifest' },
                  platform: { architecture: 'unknown', os: 'unknown' }
                }
              ]
            })
          }
        ],
        failures: []
      })

    const evidence = await collect()

    expect(evidence.images?.[0]).toMatchObject({ status: 'found', architectures: ['arm64'] })
    expect(mocks.ecr.commandCalls(BatchGetImageCommand)[0].args[0].input).toMatchObject({
      registryId: ACCOUNT,
      repositoryName: 'api',
      imageIds: [{ imageTag: 'v1.4.2' }],
      acceptedMediaTypes: expect.arrayContaining(['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json'])
    })
  })
})

describe('IAM', () => {
  it('records a missing execution role and does not simulate it', async () => {
    mocks.iam.on(GetRoleCommand, { RoleName: 'api-execution-role' }).rejects(awsError('NoSuchEntity', 'The role with name api-execution-role cannot be found.', 404))

    const evidence = await collect()

    expect(evidence.iam?.roles?.[0]).toEqual({ kind: 'execution', arn: EXEC_ROLE_ARN, roleName: 'api-execution-role', exists: false })
    expect(evidence.iam).not.toHaveProperty('simulations')
    expect(mocks.iam.commandCalls(SimulatePrincipalPolicyCommand)).toHaveLength(0)
    expect(evidence.unavailable).toEqual([])
  })

  it('reads decisions per resource from the older one-result-per-pair simulation shape, across pages', async () => {
    mocks.iam
      .on(SimulatePrincipalPolicyCommand)
      .resolvesOnce({
        EvaluationResults: [
          { EvalActionName: 'ecr:BatchGetImage', EvalResourceName: REPOSITORY_ARN, EvalDecision: 'explicitDeny', MatchedStatements: [{ SourcePolicyId: 'deny-prod-ecr' }] },
          { EvalActionName: 'ecr:BatchGetImage', EvalResourceName: SECRET_ARN, EvalDecision: 'implicitDeny' }
        ],
        IsTruncated: true,
        Marker: 'AAEAAQEBAAEAAQ=='
      })
      .resolvesOnce({
        EvaluationResults: [{ EvalActionName: 'secretsmanager:GetSecretValue', EvalResourceName: SECRET_ARN, EvalDecision: 'allowed', MatchedStatements: [] }],
        IsTruncated: false
      })

    const evidence = await collect()

    // (The paginator reuses one input object, so both recorded inputs show the last Marker.)
    expect(mocks.iam.commandCalls(SimulatePrincipalPolicyCommand).map((c) => c.args[0].input.Marker)).toEqual(['AAEAAQEBAAEAAQ==', 'AAEAAQEBAAEAAQ=='])
    expect(evidence.iam?.simulations).toEqual([
      { role: 'execution', principalArn: EXEC_ROLE_ARN, action: 'ecr:BatchGetImage', resource: REPOSITORY_ARN, decision: 'explicitDeny', matchedStatements: ['deny-prod-ecr'] },
      { role: 'execution', principalArn: EXEC_ROLE_ARN, action: 'secretsmanager:GetSecretValue', resource: SECRET_ARN, decision: 'allowed' }
    ])
  })

  it('sends every action and every resource in one request', async () => {
    await collect()

    const input = mocks.iam.commandCalls(SimulatePrincipalPolicyCommand)[0].args[0].input
    expect(input.PolicySourceArn).toBe(EXEC_ROLE_ARN)
    expect(input.ActionNames).toEqual([
      'ecr:GetAuthorizationToken',
      'ecr:BatchGetImage',
      'ecr:GetDownloadUrlForLayer',
      'secretsmanager:GetSecretValue',
      'kms:Decrypt',
      'ssm:GetParameters',
      'logs:CreateLogStream',
      'logs:PutLogEvents'
    ])
    expect(input.ResourceArns).toHaveLength(7)
  })
})
