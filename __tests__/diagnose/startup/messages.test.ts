import { describe, expect, test } from '@jest/globals'
import { parseMessage, parsePermissionDenial, splitClauses, stripVolatile } from '../../../src/diagnose/messages.js'
import { SECRET_ARN } from '../../fixtures/evidence.js'
import { IMAGE_DENIED, LOGS, NETWORK, SECRET_DENIED, SECRET_MISSING } from './reasons.js'

describe('splitClauses', () => {
  test('splits on ": " but keeps URLs, host:port and ARNs whole', () => {
    expect(splitClauses('CannotPullContainerError: failed to do request: Head "https://x.dkr.ecr.eu-west-1.amazonaws.com/v2/": dial tcp 52.95.2.2:443: i/o timeout')).toEqual([
      'CannotPullContainerError',
      'failed to do request',
      'Head "https://x.dkr.ecr.eu-west-1.amazonaws.com/v2/"',
      'dial tcp 52.95.2.2:443',
      'i/o timeout'
    ])
    expect(splitClauses(`failed to fetch secret ${SECRET_ARN} from secrets manager: ResourceNotFoundException`)).toEqual([
      `failed to fetch secret ${SECRET_ARN} from secrets manager`,
      'ResourceNotFoundException'
    ])
  })

  test('keeps "User: ARN is not authorized to perform: ACTION on resource: RES" as one clause', () => {
    const clauses = splitClauses('AccessDeniedException: User: arn:aws:sts::1:assumed-role/r/s is not authorized to perform: ssm:GetParameters on resource: arn:aws:ssm:eu-west-1:1:parameter/x')
    expect(clauses).toEqual(['AccessDeniedException', 'User: arn:aws:sts::1:assumed-role/r/s is not authorized to perform: ssm:GetParameters on resource: arn:aws:ssm:eu-west-1:1:parameter/x'])
  })
})

describe('parseMessage finds the stage and the innermost decisive cause', () => {
  test.each([
    ['ECR auth timeout (Go SDK v1 wording)', NETWORK.ecrAuthTimeout, 'ecr-auth', 'network'],
    ['ECR auth timeout (hint sentences, Go SDK v2 wording)', NETWORK.ecrAuthTimeoutNewWording, 'ecr-auth', 'network'],
    ['manifest timeout', NETWORK.manifestTimeout, 'image-manifest', 'network'],
    ['S3 layer timeout', NETWORK.layerTimeout, 'image-layer', 'network'],
    ['SSM deadline', NETWORK.ssmDeadline, 'ssm', 'network'],
    ['Secrets Manager, new wording', NETWORK.asmNewWording, 'secrets-manager', 'network'],
    ['DNS failure', NETWORK.dnsNoSuchHost, 'image-manifest', 'dns'],
    ['logger timeout', NETWORK.loggerTimeout, 'logs', 'network'],
    ['AccessDenied inside ResourceInitializationError', SECRET_DENIED.asmIdentity, 'secrets-manager', 'access-denied'],
    ['KMS denial', SECRET_DENIED.kmsNotAllowed, 'secrets-manager', 'kms-denied'],
    ['EC2 agent SSM denial', SECRET_DENIED.ssmEc2Agent, 'ssm', 'access-denied'],
    ['invalid ssm parameters', SECRET_MISSING.invalidSsm, 'ssm', 'not-found'],
    ['EC2 agent invalid parameters', SECRET_MISSING.ec2InvalidParameters, 'ssm', 'not-found'],
    ['missing JSON key', SECRET_MISSING.jsonKey, 'secrets-manager', 'not-found'],
    ['ECR auth denied', IMAGE_DENIED.ecrAuthDenied, 'ecr-auth', 'access-denied'],
    ['log group missing', LOGS.groupMissing, 'logs', 'not-found']
  ])('%s', (_name, message, stage, cause) => {
    const parsed = parseMessage(message)
    expect(parsed.stage).toBe(stage)
    expect(parsed.cause).toBe(cause)
  })

  test('an AccessDenied wins over the "Check your network configuration" hint', () => {
    const parsed = parseMessage(
      'ResourceInitializationError: unable to pull secrets or registry auth: The task cannot pull registry auth from Amazon ECR: There is a connection issue between the task and Amazon ECR. Check your task network configuration. AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/x/y is not authorized to perform: ecr:GetAuthorizationToken on resource: *'
    )
    expect(parsed.cause).toBe('access-denied')
    expect(parsed.permission?.action).toBe('ecr:GetAuthorizationToken')
    expect(parsed.hints.join(' ')).toContain('connection issue')
  })

  test('curly and straight apostrophes read the same', () => {
    const curly = parseMessage('CannotPullContainerError: The task can\u2019t pull the image. Check that the role has the permissions to pull images from the registry.')
    const straight = parseMessage("CannotPullContainerError: The task can't pull the image. Check that the role has the permissions to pull images from the registry.")
    expect(curly.cause).toBe('access-denied')
    expect(straight.cause).toBe(curly.cause)
    expect(curly.weak).toBe(true)
  })

  test('reads the network call that timed out and the host it went to', () => {
    const parsed = parseMessage(NETWORK.ecrAuthTimeout)
    expect(parsed.causeText).toBe('Post "https://api.ecr.eu-west-1.amazonaws.com/": dial tcp 52.94.1.10:443: i/o timeout')
    expect(parsed.host).toBe('api.ecr.eu-west-1.amazonaws.com')
    expect(parsed.retries).toBe(3)
  })

  test('lists the parameter names of "invalid ssm parameters"', () => {
    const parsed = parseMessage('ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secrets from ssm: service call has been retried 1 time(s): invalid ssm parameters: /prod/api/DB_URL /prod/api/API_KEY')
    expect(parsed.notFound).toEqual({ kind: 'ssm-parameter', names: ['/prod/api/DB_URL', '/prod/api/API_KEY'] })
    expect(parsed.causeText).toBe('invalid ssm parameters: /prod/api/DB_URL /prod/api/API_KEY')
  })

  test('marks cut messages and still reads the cause that survived', () => {
    const parsed = parseMessage(NETWORK.truncatedSsm)
    expect(parsed.truncated).toBe(true)
    expect(parsed.cause).toBe('network')
  })

  test('the awslogs hint naming both a missing group and a connection issue is ambiguous', () => {
    const parsed = parseMessage(LOGS.ambiguous)
    expect(parsed.ambiguousLogGroup).toBe(true)
    expect(parsed.stage).toBe('logs')
  })
})

describe('parsePermissionDenial', () => {
  test('extracts action, resource, role and why (no identity-based policy)', () => {
    expect(parsePermissionDenial(SECRET_DENIED.asmIdentity)).toEqual({
      action: 'secretsmanager:GetSecretValue',
      resource: SECRET_ARN,
      principal: 'arn:aws:sts::123456789012:assumed-role/api-execution-role/a5209a25e2424cafa8d2f56406f57b35',
      roleName: 'api-execution-role',
      denyKind: 'no-identity-policy'
    })
  })

  test('explicit deny, with the kind of policy that denied', () => {
    const denial = parsePermissionDenial(SECRET_DENIED.goSdkExplicitDeny)
    expect(denial?.denyKind).toBe('explicit-deny')
    expect(denial?.denyingPolicy).toBe('identity-based')
  })

  test('resource-based and VPC endpoint policy denials', () => {
    expect(parsePermissionDenial('User: arn:aws:sts::1:assumed-role/r/s is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:eu-west-1:2:key/k because no resource-based policy allows the kms:Decrypt action')?.denyKind).toBe('no-resource-policy')
    expect(parsePermissionDenial('User: arn:aws:sts::1:assumed-role/r/s is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:eu-west-1:1:repository/api because no VPC endpoint policy allows the ecr:BatchGetImage action')?.denyKind).toBe('no-endpoint-policy')
  })

  test('a role ARN principal (EC2 instance role) gives its name', () => {
    expect(parsePermissionDenial('User: arn:aws:iam::1:role/ecs/ecsInstanceRole is not authorized to perform: ecr:GetAuthorizationToken on resource: *')?.roleName).toBe('ecsInstanceRole')
  })
})

describe('stripVolatile', () => {
  test('drops request ids and status codes so failure signatures group', () => {
    expect(stripVolatile('AccessDenied status code: 400, request id: 0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e')).toBe('AccessDenied')
  })
})
