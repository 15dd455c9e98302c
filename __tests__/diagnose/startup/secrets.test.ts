import { describe, expect, test } from '@jest/globals'
import { diagnose } from '../../../src/diagnose/index.js'
import type { Evidence } from '../../../src/evidence/schema.js'
import { SECRET_ARN } from '../../fixtures/evidence.js'
import { fixtureCases } from './cases.js'
import { SECRET_DENIED, SECRET_MISSING } from './reasons.js'
import * as S from './scenarios.js'

function caseEvidence(name: string): Evidence {
  const found = fixtureCases().find((c) => c.name === name)
  if (!found) throw new Error(`no case ${name}`)
  return found.evidence
}

function rootOf(evidence: Evidence) {
  const diagnosis = diagnose(evidence)
  const root = diagnosis.rootCause
  if (!root) throw new Error('no root cause')
  return { root, diagnosis, commands: root.fixes.flatMap((f) => f.commands), text: root.evidence.join('\n') }
}

const GRANT_SECRET = `aws iam put-role-policy --role-name api-execution-role --policy-name ecs-deploy-doctor-secrets --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"secretsmanager:GetSecretValue","Resource":"${SECRET_ARN}"}]}' --region eu-west-1`

describe('secret-access-denied: the exact action and resource the execution role is missing', () => {
  test('confirmed by the policy simulation (implicitDeny)', () => {
    const { root, text, commands } = rootOf(caseEvidence('secret access denied, simulation confirms'))
    expect(root.code).toBe('secret-access-denied')
    expect(root.confidence).toBe('high')
    expect(root.title).toBe('Execution role api-execution-role cannot read secret prod/api/db-password-AbCdEf')
    expect(text).toContain(`AWS denied secretsmanager:GetSecretValue on ${SECRET_ARN} to role api-execution-role: no identity-based policy (the role's policies) allows it.`)
    expect(text).toContain(
      `iam:SimulatePrincipalPolicy: secretsmanager:GetSecretValue on ${SECRET_ARN} is not granted by the role's identity policies (implicitDeny; resource policies were not checked).`
    )
    expect(text).toContain(
      `If the role's policy names arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/api/db-password without the 6-character suffix Secrets Manager adds, it does not match ${SECRET_ARN}`
    )
    expect(commands[0]).toBe(GRANT_SECRET)
    expect(commands).toContain('aws ecs update-service --cluster prod --service api --task-definition api:41 --region eu-west-1')
  })

  test('an explicit deny is definitive and the fix is to find the deny, not to add an allow', () => {
    const { root, text, commands } = rootOf(caseEvidence('secret access denied, explicit deny'))
    expect(root.confidence).toBe('high')
    expect(text).toContain('explicitly denied by DenySecrets (an explicit deny always wins)')
    expect(commands).toContain('aws iam list-role-policies --role-name api-execution-role --region eu-west-1')
    expect(commands.some((c) => c.includes('put-role-policy'))).toBe(false)
  })

  test('when the simulation allows it, the evidence contradicts the identity policies: medium, and resource policies are checked', () => {
    const { root, text, commands } = rootOf(caseEvidence('secret access denied, simulation allows'))
    expect(root.confidence).toBe('medium')
    expect(text).toContain("The role's identity policies allow this, so the denial comes from elsewhere")
    expect(commands).toContain(`aws secretsmanager get-resource-policy --secret-id ${SECRET_ARN} --region eu-west-1`)
  })

  test('KMS: the customer managed key of the secret needs kms:Decrypt', () => {
    const { root, text, commands } = rootOf(caseEvidence('KMS decrypt denied on a CMK'))
    expect(root.title).toBe('Execution role api-execution-role cannot decrypt prod/api/db-password-AbCdEf')
    expect(text).toContain(`The secret is encrypted with customer managed key ${S.KMS_KEY}`)
    expect(text).toContain(`kms:Decrypt on ${S.KMS_KEY} is not granted by the role's identity policies`)
    expect(commands[0]).toContain(`{"Effect":"Allow","Action":"kms:Decrypt","Resource":"${S.KMS_KEY}"}`)
  })

  test('SSM parameter denied on the EC2 agent wording', () => {
    const { root, commands } = rootOf(caseEvidence('SSM parameter access denied on EC2'))
    expect(root.title).toBe('Execution role api-execution-role cannot read SSM parameter /prod/api/DB_URL')
    expect(commands[0]).toContain('"Action":"ssm:GetParameters","Resource":"arn:aws:ssm:eu-west-1:123456789012:parameter/prod/api/DB_URL"')
  })

  test('an environment file in S3: s3:GetObject on the object and s3:GetBucketLocation on the bucket', () => {
    const { root, commands } = rootOf(caseEvidence('environment file in S3 denied'))
    expect(root.title).toBe('Execution role api-execution-role cannot read environment file api-config-prod/api.env')
    expect(commands[0]).toContain(
      '"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::api-config-prod/api.env"},{"Effect":"Allow","Action":"s3:GetBucketLocation","Resource":"arn:aws:s3:::api-config-prod"}]'
    )
  })

  test('a cross-account secret needs its resource policy, not another identity grant', () => {
    const { commands } = rootOf(caseEvidence('cross-account secret without resource policy'))
    expect(commands[0]).toBe(
      `aws secretsmanager put-resource-policy --secret-id arn:aws:secretsmanager:eu-west-1:210987654321:secret:shared/db-Xy12Zq --resource-policy '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/api-execution-role"},"Action":"secretsmanager:GetSecretValue","Resource":"*"}]}' --region eu-west-1`
    )
    expect(commands.some((c) => c.includes('put-role-policy'))).toBe(false)
  })

  test('private registry credentials are a secret the execution role must read', () => {
    const { root, commands } = rootOf(caseEvidence('registry credentials secret denied'))
    expect(root.title).toBe('Execution role api-execution-role cannot read secret dockerhub-login-Ab12Cd')
    expect(commands[0]).toContain('"Resource":"arn:aws:secretsmanager:eu-west-1:123456789012:secret:dockerhub-login-Ab12Cd"')
  })

  test('without iam:SimulatePrincipalPolicy: still secret-access-denied from the message, and the checks name the missing permission', () => {
    const { root, diagnosis, text, commands } = rootOf(S.withoutIamPermission(S.stoppedWith(SECRET_DENIED.asmIdentity)))
    expect(root.code).toBe('secret-access-denied')
    expect(root.confidence).toBe('medium')
    expect(text).toContain('Could not confirm with a policy simulation: iam:SimulatePrincipalPolicy failed (AccessDenied).')
    expect(commands[0]).toBe(GRANT_SECRET)
    const skipped = diagnosis.checks.find((c) => c.missingPermission === 'iam:SimulatePrincipalPolicy')
    expect(skipped).toMatchObject({ status: 'skipped', title: 'Execution role permissions' })
    expect(diagnosis.checks.filter((c) => c.id.startsWith('iam.'))).toEqual([])
  })

  test('a cut message on the secrets stage is decided by the simulation', () => {
    const evidence = S.setSimulation(
      S.stoppedWith('ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 1 time...'),
      'secretsmanager:GetSecretValue',
      SECRET_ARN,
      'implicitDeny'
    )
    const { root } = rootOf(evidence)
    expect(root.code).toBe('secret-access-denied')
    expect(root.explanation).toContain('ECS cut the message before the cause')
  })
})

describe('secret-not-found', () => {
  test('"invalid ssm parameters" confirmed by the parameter lookup', () => {
    const { root, text, commands } = rootOf(caseEvidence('invalid ssm parameters'))
    expect(root.code).toBe('secret-not-found')
    expect(root.title).toBe('SSM parameter /prod/api/DB_URL does not exist')
    expect(root.confidence).toBe('high')
    expect(text).toContain('ssm:DescribeParameters finds no parameter /prod/api/DB_URL in eu-west-1 (DB_URL in container api).')
    expect(root.explanation).toContain('not a permission problem')
    expect(commands).toContain("aws ssm put-parameter --name /prod/api/DB_URL --type SecureString --value '<value>' --region eu-west-1")
    expect(commands).toContain("aws ssm describe-parameters --parameter-filters Key=Name,Option=BeginsWith,Values=/prod/api/ --query 'Parameters[].Name' --region eu-west-1")
    expect(root.fixes[0].title).toContain('fill in <value>')
  })

  test('a bare Secrets Manager name is read from SSM: the trap is explained', () => {
    const { text } = rootOf(caseEvidence('bare secret name read from SSM'))
    expect(text).toContain('DB_URL uses valueFrom "prod/api/db-password", a bare name, so ECS reads it from SSM Parameter Store in eu-west-1; a Secrets Manager secret must be referenced by its ARN.')
  })

  test('Secrets Manager ResourceNotFoundException (curly apostrophe) with the secret lookup', () => {
    const { root, text, commands } = rootOf(caseEvidence('Secrets Manager secret not found'))
    expect(root.title).toBe('Secret prod/api/db-password does not exist')
    expect(text).toContain(`secretsmanager:DescribeSecret: no secret ${SECRET_ARN} (DB_PASSWORD in container api).`)
    expect(commands).toContain("aws secretsmanager create-secret --name prod/api/db-password --secret-string '<value>' --region eu-west-1")
  })

  test('a missing JSON key names the secret and the key, and lists keys without printing values', () => {
    const { root, commands } = rootOf(caseEvidence('missing JSON key'))
    expect(root.title).toBe('Secret prod/api/db-password-AbCdEf has no JSON key "password"')
    expect(commands[0]).toBe(`aws secretsmanager get-secret-value --secret-id ${SECRET_ARN} --query SecretString --output text --region eu-west-1 | jq -r 'keys[]'`)
  })

  test('variants: EC2 agent wording and a malformed version id', () => {
    expect(rootOf(S.stoppedWith(SECRET_MISSING.ec2InvalidParameters)).root.code).toBe('secret-not-found')
    expect(rootOf(S.stoppedWith(SECRET_MISSING.versionId)).root.code).toBe('secret-not-found')
  })

  test('a parameter the message calls missing but which exists now lowers confidence', () => {
    const { root, text } = rootOf(S.withSsmParameter(S.stoppedWith(SECRET_MISSING.invalidSsm), '/prod/api/DB_URL', 'found'))
    expect(root.confidence).toBe('medium')
    expect(text).toContain('/prod/api/DB_URL exists now')
  })

  test('a missing parameter stands on its own when no stopped task is left', () => {
    const evidence = S.withSsmParameter(S.failedDeployment(), '/prod/api/DB_URL', 'not-found')
    const { root } = rootOf(evidence)
    expect(root.code).toBe('secret-not-found')
    expect(root.evidence[0]).toContain('No stopped task or event names it')
  })
})
