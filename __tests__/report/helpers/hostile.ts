/** Hostile AWS and container text, and secrets of every kind, planted into a realistic report input. */
import type { Finding } from '../../../src/diagnose/types.js'
import type { ReportInput } from '../../../src/report/model.js'
import * as b from '../fixtures/base.js'
import { elbHealthCheckFailed } from '../fixtures/index.js'

export const PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT src=//evil.example/x.js>',
  '<img src=x onerror=alert(1)>',
  '</details>',
  '<details open><summary>fake</summary>',
  '</summary>',
  '```',
  '````````',
  '~~~',
  '@octocat',
  '@acme/admins',
  'ping @dependabot please',
  '#1',
  'fixes #42',
  'GH-7',
  'acme/api#3',
  '[click](javascript:alert(1))',
  '![x](https://evil.example/pixel.png)',
  '<!-- ecs-deploy-doctor:prod/api -->',
  '<!-- ecs-deploy-doctor scope=123456789012/eu-west-1/prod services=api -->',
  '-->',
  '| a | b |',
  '\n\n# Heading\n\n',
  '\n---\n',
  '> [!CAUTION]',
  '&lt;script&gt;',
  '\\`',
  '*bold* _it_ ~~strike~~',
  '\u202eevil\u202c',
  '\u0000\u0007\u001b[31m',
  '<sub>',
  'www.evil.example',
  ':tada:'
]

/** Secrets of every kind, planted in logs and AWS strings; none may survive. */
export const SECRETS = {
  accessKeyId: 'AKIAQ3EGRXAMPLE7XYZ1',
  temporaryKeyId: 'ASIAJ4FKZEXAMPLEQ2W3',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  bearer: 'ya29.a0AfH6SMBx3-dontLeakThisToken_0123456789',
  urlPassword: 'Pa55w0rdInUrl',
  envPassword: 'hunter2-but-longer',
  privateKeyLine: 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7',
  jsonSecret: 'json-s3cret-value',
  knownEnvValue: 'sk_live_51HxTESTVALUEdoNotPrint0123'
}

export const SECRET_LINES = [
  `2025-03-14T09:12:41Z using credentials ${SECRETS.accessKeyId} / ${SECRETS.secretAccessKey}`,
  `AWS_ACCESS_KEY_ID=${SECRETS.temporaryKeyId}`,
  `aws_secret_access_key = ${SECRETS.secretAccessKey}`,
  `GET /v1/orders HTTP/1.1 Authorization: Bearer ${SECRETS.bearer}`,
  `connecting to postgres://api:${SECRETS.urlPassword}@db.internal:5432/api`,
  `DB_PASSWORD=${SECRETS.envPassword}`,
  `{"level":"debug","config":{"client_secret":"${SECRETS.jsonSecret}"}}`,
  '-----BEGIN PRIVATE KEY-----',
  SECRETS.privateKeyLine,
  'pD1hQ2lRWmh3e8VZ1fZ8Yl7+Q1X2FqKk1m2N3b4c5d6e7f8g9h0==',
  '-----END PRIVATE KEY-----',
  `stripe key is ${SECRETS.knownEnvValue}`
]

export function withHostileData(data: { reason: string; log: string; event: string; id: string; name: string; text: string }): ReportInput {
  const base = elbHealthCheckFailed
  const rootCause: Finding = {
    ...(base.diagnosis?.rootCause as Finding),
    title: data.text,
    explanation: `${data.text} ${SECRET_LINES[0]}`,
    evidence: [data.reason, SECRET_LINES[3]],
    logExcerpt: { taskArn: b.taskArn(data.id), containerName: data.name, lines: [data.log, ...SECRET_LINES, data.log], highlight: 0 }
  }
  const task = b.task({ id: data.id, created: 3, started: 30, stopped: 90, stopCode: 'EssentialContainerExited', stoppedReason: `${data.reason} ${SECRET_LINES[4]}`, exitCode: 1 })
  task.containers = task.containers?.map((container) => ({ ...container, name: data.name, reason: data.reason }))
  return {
    ...base,
    runUrl: 'https://github.com/acme/api/actions/runs/1',
    evidence: {
      ...base.evidence,
      tasks: [task, ...(base.evidence.tasks ?? [])],
      logs: [{ taskArn: b.taskArn(data.id), containerName: data.name, lines: [data.log, ...SECRET_LINES] }],
      service: {
        ...base.evidence.service,
        events: [{ id: 'e', createdAt: b.at(100), message: `${data.event} ${SECRET_LINES[5]}` }, ...(base.evidence.service.events ?? [])]
      },
      watch: { ...(base.evidence.watch as NonNullable<ReportInput['evidence']['watch']>), reason: data.reason, progress: data.event }
    },
    diagnosis: {
      ...(base.diagnosis as NonNullable<ReportInput['diagnosis']>),
      rootCause,
      findings: [rootCause, { ...rootCause, title: data.event }],
      failureGroups: [{ signature: data.reason, count: 2, exampleReason: `${data.reason} ${SECRET_LINES[6]}`, exitCode: 1 }],
      whatChanged: [{ field: data.name, before: data.text, after: data.reason }],
      checks: [{ id: 'x', title: data.text, status: 'skipped', detail: data.event, missingPermission: data.name }]
    }
  }
}

