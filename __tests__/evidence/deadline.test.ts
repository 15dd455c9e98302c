import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { ListServiceDeploymentsCommand } from '@aws-sdk/client-ecs'
import { DescribeSecretCommand } from '@aws-sdk/client-secrets-manager'
import { SimulatePrincipalPolicyCommand } from '@aws-sdk/client-iam'
import { createClients } from '../../src/aws/clients.js'
import { collectEvidence } from '../../src/evidence/collect.js'
import { CLUSTER, DEPLOYMENT, EXEC_ROLE_ARN, REGION, SECRET_ARN, SERVICE, answerTypicalFailure, mockAws, service, stoppedTask } from './scenario.js'

const mocks = mockAws()
afterAll(() => Object.values(mocks).forEach((m) => m.restore()))
beforeEach(() => answerTypicalFailure(mocks))

const never = () => new Promise<never>(() => undefined)

describe('the overall evidence deadline', () => {
  it('ends the collection when calls never answer, keeps the rest, and lists what did not finish', async () => {
    mocks.ecs.on(ListServiceDeploymentsCommand).callsFake(never)
    mocks.secretsManager.on(DescribeSecretCommand).callsFake(never)

    const evidence = await collectEvidence({
      clients: createClients({ region: REGION }),
      region: REGION,
      cluster: CLUSTER,
      serviceName: SERVICE,
      deploymentId: DEPLOYMENT,
      service: service(),
      tasks: [stoppedTask(0)],
      logLines: 50,
      deadlineMs: 300
    })

    const unfinished = { error: 'No answer within the 0.3 s evidence collection deadline', errorCode: 'DeadlineExceeded' }
    expect(evidence.unavailable).toEqual([
      // The simulation waits for the secret lookup (it needs the secret's full ARN and KMS key), so it could not start.
      { check: 'Execution role permissions', api: 'iam:SimulatePrincipalPolicy', resource: EXEC_ROLE_ARN, ...unfinished },
      { check: 'Secrets and parameters', api: 'secretsmanager:DescribeSecret', resource: SECRET_ARN, ...unfinished },
      { check: 'Service deployment history', api: 'ecs:ListServiceDeployments', ...unfinished }
    ])
    expect(mocks.iam.commandCalls(SimulatePrincipalPolicyCommand)).toHaveLength(0)
    expect(evidence.secrets?.[0]).toMatchObject({ name: 'DB_PASSWORD', status: 'not-checked' })
    expect(evidence.logs?.[0].lines.length).toBeGreaterThan(0)
    expect(evidence.network?.subnets).toHaveLength(2)
    expect(evidence.loadBalancing?.targetGroups).toHaveLength(1)
    expect(evidence.iam?.roles).toHaveLength(2)
  })

  it('aborts the requests still in flight through the SDK abort signal', async () => {
    mocks.ecs.on(ListServiceDeploymentsCommand).callsFake(never)

    await collectEvidence({
      clients: createClients({ region: REGION }),
      region: REGION,
      cluster: CLUSTER,
      serviceName: SERVICE,
      deploymentId: DEPLOYMENT,
      service: service(),
      tasks: [stoppedTask(0)],
      deadlineMs: 100
    })

    const [call] = mocks.ecs.commandCalls(ListServiceDeploymentsCommand)
    const options = (call.args as unknown[])[1] as { abortSignal?: AbortSignal } | undefined
    expect(options?.abortSignal?.aborted).toBe(true)
  })
})
