import { describe, expect, it } from '@jest/globals'
import { commands, highlighted, rootCause } from './builders.js'
import * as app from './fixtures/app.js'

const ROLLBACK = 'aws ecs update-service --cluster prod --service api --task-definition api:41 --region eu-west-1'

describe('missing-configuration', () => {
  it('names the variable, lists what the task definition defines (names only) and what changed', () => {
    const finding = rootCause(app.nodeMissingEnv())
    expect(finding.title).toBe('api exits at start-up: DATABASE_URL is not set')
    expect(finding.confidence).toBe('high')
    expect(finding.explanation).toContain('The task definition api:42 defines env vars NODE_ENV and PORT and secrets DB_PASSWORD for api (names only).')
    expect(finding.explanation).toContain('api:41 defined DATABASE_URL; this revision removed it.')
    expect(finding.evidence).toContainEqual(expect.stringMatching(/^api log \(task [0-9a-f]{8}\): Error: Missing required environment variable: DATABASE_URL$/))
    expect(highlighted(finding)).toBe('Error: Missing required environment variable: DATABASE_URL')
    expect(JSON.stringify(finding)).not.toContain('Tr0ub4dor-3')
  })

  it('tells where to add the variable and how to register and deploy the new revision', () => {
    const finding = rootCause(app.nodeMissingEnv())
    const add = finding.fixes[0]
    expect(add.title).toBe('Add DATABASE_URL for api')
    expect(add.commands).toEqual([
      "aws ecs describe-task-definition --task-definition api:42 --region eu-west-1 --output json --query 'taskDefinition.{family:family,taskRoleArn:taskRoleArn,executionRoleArn:executionRoleArn,networkMode:networkMode,containerDefinitions:containerDefinitions,requiresCompatibilities:requiresCompatibilities,cpu:cpu,memory:memory,runtimePlatform:runtimePlatform}' > td.json",
      'aws ecs register-task-definition --cli-input-json file://td.json --region eu-west-1',
      'aws ecs update-service --cluster prod --service api --task-definition api --region eu-west-1'
    ])
    expect(add.manualEdit?.instruction).toContain(`add {"name": "DATABASE_URL", "value": "<its value>"} to containerDefinitions[?name=='api'].environment`)
    expect(commands(finding)).toContain(ROLLBACK)
  })

  it.each([
    ['Django', app.djangoMissingEnv, 'DJANGO_SECRET_KEY', /^KeyError: 'DJANGO_SECRET_KEY'$/],
    ['Spring Boot', app.springMissingPlaceholder, 'ORDERS_DB_URL', /^org\.springframework\.beans\.factory\.BeanCreationException: .*Could not resolve placeholder 'ORDERS_DB_URL'/],
    ['Go', app.goMissingEnv, 'STRIPE_WEBHOOK_SECRET', /^2026\/11\/20 10:00:43 envconfig\.Process: required key STRIPE_WEBHOOK_SECRET missing value$/],
    ['Rails', app.railsMissingEnv, 'SECRET_KEY_BASE', /^KeyError: key not found: "SECRET_KEY_BASE" \(KeyError\)$/]
  ])('%s: the variable in the title and the log line highlighted', (_name, build, variable, line) => {
    const finding = rootCause(build())
    expect(finding.code).toBe('missing-configuration')
    expect(finding.title).toBe(`api exits at start-up: ${variable} is not set`)
    expect(highlighted(finding)).toMatch(line)
  })

  it('connection refused to localhost: the default host, with the usual setting for the port', () => {
    const finding = rootCause(app.nodeRefusedLocalhost())
    expect(finding.code).toBe('missing-configuration')
    expect(finding.confidence).toBe('medium')
    expect(finding.title).toBe('api connects to 127.0.0.1:5432, a default: DATABASE_URL is probably not set')
    expect(finding.explanation).toContain('Nothing listens on 127.0.0.1 inside the task')
    expect(finding.fixes[0].manualEdit?.instruction).toContain('DATABASE_URL is the usual name; use the one the app reads.')
    expect(highlighted(finding)).toBe('Error: connect ECONNREFUSED 127.0.0.1:5432')
  })
})

describe('dependency-unreachable', () => {
  it('names host, port and what a timeout means; offers to find the dependency security group', () => {
    const finding = rootCause(app.djangoDatabaseTimeout())
    expect(finding.title).toBe('api cannot reach orders-db.internal:5432 (connection timed out)')
    expect(finding.explanation).toContain('(PostgreSQL)')
    expect(finding.explanation).toContain('packets are dropped on the way')
    expect(finding.evidence).toContain('The task security group sg-0123456789abcdef0 allows outbound TCP 5432.')
    expect(finding.fixes.find((f) => f.title.startsWith('Let the tasks'))?.note).toContain(
      '--protocol tcp --port 5432 --source-group sg-0123456789abcdef0 --region eu-west-1'
    )
  })

  it('a task security group without outbound 5432 gets the egress rule as a fix', () => {
    const finding = rootCause(app.goDialTimeoutEgressBlocked())
    expect(finding.explanation).toContain('The task security group sg-0123456789abcdef0 has no outbound rule for TCP 5432.')
    expect(commands(finding)).toContain(
      "aws ec2 authorize-security-group-egress --group-id sg-0123456789abcdef0 --ip-permissions 'IpProtocol=tcp,FromPort=5432,ToPort=5432,IpRanges=[{CidrIp=10.0.3.12/32}]' --region eu-west-1"
    )
    expect(commands(finding)).toContain(
      "aws ec2 describe-network-interfaces --filters Name=addresses.private-ip-address,Values=10.0.3.12 --query 'NetworkInterfaces[].Groups' --region eu-west-1"
    )
  })

  it('refused by a remote host and DNS failures are worded as such', () => {
    expect(rootCause(app.springDatabaseRefused()).title).toBe('api cannot reach orders-db.internal:5432 (connection refused)')
    const dns = rootCause(app.railsRedisDns())
    expect(dns.title).toBe('api cannot reach cache.internal:6379 (host name does not resolve)')
    expect(dns.explanation).toContain('(Redis)')
  })

  it('a sidecar that is not listening yet: start order via dependsOn', () => {
    const finding = rootCause(app.sidecarNotReady())
    expect(finding.title).toBe('api starts before its sidecar pgbouncer listens on 127.0.0.1:5432')
    expect(finding.fixes[0].manualEdit?.instruction).toContain(`{"containerName": "pgbouncer", "condition": "HEALTHY"}`)
  })
})

describe('app-exit-error', () => {
  it('module not found: the image lacks it', () => {
    const finding = rootCause(app.nodeModuleNotFound())
    expect(finding.title).toBe('api exits at start-up: module express is not in the image')
    expect(finding.explanation).toContain('Rebuild the image')
    expect(highlighted(finding)).toBe("Error: Cannot find module 'express'")
    expect(rootCause(app.pythonModuleNotFound()).title).toBe('api exits at start-up: module psycopg2 is not in the image')
  })

  it('EACCES on port 80: privileged port as non-root', () => {
    const finding = rootCause(app.nodePrivilegedPort())
    expect(finding.title).toBe('api cannot bind port 80: permission denied')
    expect(finding.explanation).toContain('ports below 1024 need root')
  })

  it('an essential container that exits 0 stops the task: make it a non-essential init container', () => {
    const finding = rootCause(app.essentialExitZero())
    expect(finding.title).toBe('Essential container migrate exited with code 0')
    expect(finding.fixes[0].manualEdit?.instruction).toContain(`"essential": false on containerDefinitions[?name=='migrate']`)
    expect(finding.fixes[0].manualEdit?.instruction).toContain('"condition": "SUCCESS"')
  })

  it('a generic crash shows the first error line', () => {
    const finding = rootCause(app.dotnetUnhandled())
    expect(finding.title).toMatch(/^api exits with code 134: Unhandled exception\. System\.InvalidOperationException/)
    expect(highlighted(finding)).toMatch(/^Unhandled exception\./)
    expect(commands(finding)).toEqual([ROLLBACK])
  })

  it('no log stream: says the container wrote no logs, still offers the rollback', () => {
    const finding = rootCause(app.crashedBeforeLogging())
    expect(finding.confidence).toBe('low')
    expect(finding.evidence).toContain('api wrote no logs (it crashed before logging, or awslogs is misconfigured).')
    expect(finding.logExcerpt).toBeUndefined()
    expect(commands(finding)).toEqual([ROLLBACK])
  })

  it('exit 137 without OutOfMemoryError is explained as SIGKILL, not memory', () => {
    const finding = rootCause(app.sigkillWithoutOom())
    expect(finding.title).toBe('api was killed (exit 137) without an out-of-memory reason')
    expect(finding.explanation).toContain('stopTimeout')
  })
})
