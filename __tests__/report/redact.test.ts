import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { REDACTED, redactLines, redactSecrets, redactTail } from '../../src/redact.js'

describe('redactSecrets', () => {
  it.each([
    ['AWS access key id', 'using AKIAIOSFODNN7EXAMPLE now', 'using [REDACTED] now', 'AKIAIOSFODNN7EXAMPLE'],
    ['temporary access key id', 'key=ASIAJ4FKZEXAMPLEQ2W3', 'key=[REDACTED]', 'ASIAJ4FKZEXAMPLEQ2W3'],
    ['secret access key', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'aws_secret_access_key = [REDACTED]', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['bare secret access key', 'creds wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY end', 'creds [REDACTED] end', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['bearer token', 'Authorization: Bearer eyJraWQiOiJ.abc-123_xyz', 'Authorization: Bearer [REDACTED]', 'eyJraWQiOiJ.abc-123_xyz'],
    ['basic auth header', 'curl -H "Authorization: Basic dXNlcjpwYXNz"', 'curl -H "Authorization: Basic [REDACTED]"', 'dXNlcjpwYXNz'],
    ['password in a URL', 'postgres://user:pass@db:5432/app', 'postgres://user:[REDACTED]@db:5432/app', 'pass'],
    ['PASSWORD=value', 'DB_PASSWORD=hunter22 NODE_ENV=production', 'DB_PASSWORD=[REDACTED] NODE_ENV=production', 'hunter22'],
    ['quoted value with spaces', 'password: "correct horse battery"', 'password: [REDACTED]', 'correct horse battery'],
    ['JSON secret', '{"apiKey":"abc123def456","user":"bob"}', '{"apiKey":"[REDACTED]","user":"bob"}', 'abc123def456'],
    ['private key on one line', '-----BEGIN RSA PRIVATE KEY-----MIIEow\\nAbc-----END RSA PRIVATE KEY-----', '-----BEGIN RSA PRIVATE KEY-----[REDACTED]-----END RSA PRIVATE KEY-----', 'MIIEow\\nAbc'],
    ['GitHub token', 'token ghp_0123456789abcdefghijABCDEFGHIJ012345 used', 'token [REDACTED] used', 'ghp_0123456789abcdefghijABCDEFGHIJ012345']
  ])('%s', (_kind, line, expected, secret) => {
    const result = redactSecrets(line)
    expect(result.text).toBe(expected)
    expect(result.secrets).toContain(secret)
  })

  it('leaves AWS error messages, ARNs and git SHAs readable', () => {
    const lines = [
      'AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/exec/abc is not authorized to perform: secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-password-AbCdEf',
      'iam:SimulatePrincipalPolicy exec, secretsmanager:GetSecretValue on prod/db-password-AbCdEf: implicitDeny',
      'SECRET_ARN=arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-password-AbCdEf',
      'commit 3f786850e387550fdab836ed7e6dc881de23001b',
      'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed'
    ]
    for (const line of lines) expect(redactSecrets(line)).toEqual({ text: line, secrets: [] })
  })

  it('redacts known values (secret-looking task definition env vars) wherever they appear', () => {
    expect(redactSecrets('charging with sk_live_123456 now', ['sk_live_123456']).text).toBe(`charging with ${REDACTED} now`)
  })

  it('never leaves an access key id, whatever surrounds it', () => {
    fc.assert(
      fc.property(fc.string(), fc.stringMatching(/^[A-Z0-9]{16}$/), fc.string(), (before, tail, after) => {
        const key = `AKIA${tail}`
        const sep = (s: string): string => (/[A-Za-z0-9_]$/.test(s) ? `${s} ` : s)
        expect(redactSecrets(`${sep(before)}${key} ${after}`).text).not.toContain(key)
      })
    )
  })
})

describe('redactLines and redactTail', () => {
  const pem = ['starting', '-----BEGIN PRIVATE KEY-----', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 'BKcwggSjAgEAAoIBAQC7', '-----END PRIVATE KEY-----', 'done']

  it('redacts a private key written over several lines, from BEGIN to END', () => {
    const result = redactLines(pem)
    expect(result.lines).toEqual(['starting', '-----BEGIN PRIVATE KEY-----[REDACTED]', REDACTED, REDACTED, '-----END PRIVATE KEY-----', 'done'])
    expect(result.secrets).toEqual(['MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 'BKcwggSjAgEAAoIBAQC7'])
  })

  it('redacts the key body even when the window starts after BEGIN', () => {
    expect(redactTail(pem, 3)).toEqual([REDACTED, '-----END PRIVATE KEY-----', 'done'])
  })
})

it('does not take our own root-cause labels for KEY: value secrets', async () => {
  const { redactSecrets } = await import('../../src/redact.js')
  expect(redactSecrets('stopped with: secret-access-denied: secrets-manager ResourceInitializationError', [])).toEqual({
    text: 'stopped with: secret-access-denied: secrets-manager ResourceInitializationError',
    secrets: []
  })
  expect(redactSecrets('SECRET_TOKEN: s3cr3t-v4lue', []).secrets).toEqual(['s3cr3t-v4lue'])
})
