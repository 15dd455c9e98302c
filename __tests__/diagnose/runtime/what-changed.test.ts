import { describe, expect, it } from '@jest/globals'
import { diagnose } from '../../../src/diagnose/index.js'
import type { EcsTaskDefinition } from '../../../src/evidence/schema.js'
import { ACCOUNT, REGION, SECRET_ARN } from '../../fixtures/evidence.js'
import { container } from './builders.js'
import * as app from './fixtures/app.js'

const DB_URL_VALUE = 'postgres://orders:Tr0ub4dor-3@orders-db.internal:5432/orders'
const NEW_TOKEN_VALUE = 'sk_live_51Hx9QeXampleV4lue'

function changedDeployment() {
  const evidence = app.nodeMissingEnv()
  const before = evidence.previousTaskDefinition!
  const after = evidence.taskDefinition as EcsTaskDefinition
  before.containerDefinitions![0].environment!.push({ name: 'LOG_LEVEL', value: 'info' })
  container(evidence).environment!.push({ name: 'LOG_LEVEL', value: 'debug' }, { name: 'STRIPE_TOKEN', value: NEW_TOKEN_VALUE })
  container(evidence).secrets = [{ name: 'DB_PASSWORD', valueFrom: `arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/prod/api/db-password` }]
  after.cpu = '1024'
  after.memory = '2048'
  after.taskRoleArn = `arn:aws:iam::${ACCOUNT}:role/api-task-role-v2`
  after.runtimePlatform = { cpuArchitecture: 'ARM64', operatingSystemFamily: 'LINUX' }
  container(evidence).portMappings = [{ containerPort: 3000, hostPort: 3000, protocol: 'tcp' }]
  container(evidence).command = ['node', 'dist/server.js', '--db-password=hunter2']
  container(evidence).healthCheck = { command: ['CMD-SHELL', 'wget -qO- http://localhost:3000/health || exit 1'], interval: 15, retries: 3 }
  container(evidence).logConfiguration = {
    logDriver: 'awsfirelens',
    options: { Name: 'datadog', apikey: 'dd-api-key-0123456789abcdef', Host: 'http-intake.logs.datadoghq.eu' }
  }
  return evidence
}

describe('what changed since the previous task definition', () => {
  it('lists env var names added and removed, never their values', () => {
    const diagnosis = diagnose(changedDeployment())
    expect(diagnosis.whatChanged).toEqual(
      expect.arrayContaining([
        { field: 'api environment DATABASE_URL', before: 'set', after: 'removed' },
        { field: 'api environment STRIPE_TOKEN', before: '(none)', after: 'set' },
        { field: 'api environment LOG_LEVEL', before: 'set', after: 'set (value changed)' }
      ])
    )
    const json = JSON.stringify(diagnosis)
    for (const value of [DB_URL_VALUE, 'Tr0ub4dor-3', NEW_TOKEN_VALUE, 'debug', 'hunter2', 'dd-api-key-0123456789abcdef']) {
      expect(json).not.toContain(value)
    }
  })

  it('shows a secret reference change (the ARN, not the secret)', () => {
    expect(diagnose(changedDeployment()).whatChanged).toContainEqual({
      field: 'api secrets DB_PASSWORD',
      before: SECRET_ARN,
      after: `arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/prod/api/db-password`
    })
  })

  it('covers image, sizes, roles, platform, ports, command, health check and logging', () => {
    const changes = diagnose(changedDeployment()).whatChanged
    const fields = Object.fromEntries(changes.map((c) => [c.field, c]))
    expect(fields['api image']).toMatchObject({ before: expect.stringMatching(/api:v1\.4\.1$/), after: expect.stringMatching(/api:v1\.4\.2$/) })
    expect(fields['task cpu']).toEqual({ field: 'task cpu', before: '512', after: '1024' })
    expect(fields['task memory']).toEqual({ field: 'task memory', before: '1024', after: '2048' })
    expect(fields['task taskRoleArn'].after).toBe(`arn:aws:iam::${ACCOUNT}:role/api-task-role-v2`)
    expect(fields['task runtimePlatform']).toMatchObject({ before: 'LINUX/X86_64', after: 'LINUX/ARM64' })
    expect(fields['api ports']).toMatchObject({ before: '8080/tcp', after: '3000/tcp' })
    expect(fields['api command']).toMatchObject({ before: '(none)', after: '["node","dist/server.js","--db-password=[REDACTED]"]' })
    expect(fields['api healthCheck'].after).toBe('["CMD-SHELL","wget -qO- http://localhost:3000/health || exit 1"] interval 15 timeout 5 retries 3 startPeriod 0')
    expect(fields['api logConfiguration'].after).toBe('awsfirelens apikey=*** Host=http-intake.logs.datadoghq.eu Name=datadog')
  })

  it('is empty without a previous task definition, and for identical revisions', () => {
    const evidence = app.nodeMissingEnv()
    evidence.previousTaskDefinition = null
    expect(diagnose(evidence).whatChanged).toEqual([])
    const same = app.crashedBeforeLogging()
    same.previousTaskDefinition = { ...same.taskDefinition!, taskDefinitionArn: same.previousTaskDefinition!.taskDefinitionArn, revision: 41 }
    expect(diagnose(same).whatChanged).toEqual([])
  })
})
