/**
 * Every runtime fixture with the root cause it must be diagnosed as. Other suites use this list
 * too (the fix-command validity test runs every fix command of every case through the AWS CLI).
 */
import type { Evidence } from '../../../src/evidence/schema.js'
import type { RootCauseCode } from '../../../src/types.js'
import * as app from './fixtures/app.js'
import * as crash from './fixtures/crash.js'
import * as health from './fixtures/health.js'
import * as serviceConnect from './fixtures/service-connect.js'

export interface FixtureCase {
  name: string
  evidence: Evidence
  expect: { code: RootCauseCode }
}

const CASES: [string, () => Evidence, RootCauseCode][] = [
  ['node: missing DATABASE_URL (removed since api:41)', app.nodeMissingEnv, 'missing-configuration'],
  ['django/gunicorn: KeyError DJANGO_SECRET_KEY', app.djangoMissingEnv, 'missing-configuration'],
  ['spring boot: unresolvable placeholder ORDERS_DB_URL', app.springMissingPlaceholder, 'missing-configuration'],
  ['go envconfig: required key missing', app.goMissingEnv, 'missing-configuration'],
  ['rails: KeyError SECRET_KEY_BASE', app.railsMissingEnv, 'missing-configuration'],
  ['fastapi/pydantic-settings: field required', app.pydanticMissingEnv, 'missing-configuration'],
  ['node: ECONNREFUSED 127.0.0.1:5432 (default host)', app.nodeRefusedLocalhost, 'missing-configuration'],
  ['node: ETIMEDOUT 10.0.3.12:5432', app.nodeTimeoutRemote, 'dependency-unreachable'],
  ['django: psycopg2 timeout to orders-db.internal', app.djangoDatabaseTimeout, 'dependency-unreachable'],
  ['spring boot: PSQLException refused by orders-db.internal', app.springDatabaseRefused, 'dependency-unreachable'],
  ['go: dial tcp i/o timeout, task SG egress only 443', app.goDialTimeoutEgressBlocked, 'dependency-unreachable'],
  ['rails: redis host does not resolve', app.railsRedisDns, 'dependency-unreachable'],
  ['node: local pgbouncer sidecar not ready', app.sidecarNotReady, 'dependency-unreachable'],
  ['node: Cannot find module express', app.nodeModuleNotFound, 'app-exit-error'],
  ['python: No module named psycopg2', app.pythonModuleNotFound, 'app-exit-error'],
  ['node: EACCES on port 80 as non-root', app.nodePrivilegedPort, 'app-exit-error'],
  ['essential migrate container exits 0', app.essentialExitZero, 'app-exit-error'],
  ['.NET unhandled exception', app.dotnetUnhandled, 'app-exit-error'],
  ['go nil-pointer panic', app.goPanic, 'app-exit-error'],
  ['exit 1 with no log stream', app.crashedBeforeLogging, 'app-exit-error'],
  ['exit 137 without OutOfMemoryError', app.sigkillWithoutOom, 'app-exit-error'],
  ['fargate OOM kill (137 + OutOfMemoryError)', crash.fargateOomKilled, 'out-of-memory'],
  ['node heap out of memory', crash.nodeHeapOom, 'out-of-memory'],
  ['java heap space', crash.javaHeapOom, 'out-of-memory'],
  ['container hard limit below task memory', crash.containerHardLimitOom, 'out-of-memory'],
  ['non-essential sidecar OOM, app missing env', crash.sidecarOomButAppMissingEnv, 'missing-configuration'],
  ['native segfault (139)', crash.nativeSegfault, 'segfault'],
  ['sh: gunicorn: not found (127)', crash.shellCommandNotFound, 'command-not-found'],
  ['OCI exec: uvicorn not found in $PATH', crash.ociExecutableNotFound, 'command-not-found'],
  ['entrypoint not executable (126)', crash.entrypointNotExecutable, 'command-not-found'],
  ['exit 1 with exec format error', crash.execFormatError, 'image-platform-mismatch'],
  ['ENOSPC in app logs', crash.diskFull, 'ephemeral-storage-exhausted'],
  ['node EADDRINUSE with nginx on the same port', crash.nodeAddressInUse, 'port-conflict'],
  ['gunicorn connection in use', crash.gunicornAddressInUse, 'port-conflict'],
  ['EC2 static host port taken', crash.ec2StaticPortConflict, 'port-conflict'],
  ['replaced tasks (143) are benign', crash.replacedTasksAreBenign, 'missing-configuration'],
  ['ELB: wrong health-check path (404)', health.elbWrongPath, 'elb-health-check-failed'],
  ['ELB: security group blocks the LB', health.elbBlockedSecurityGroup, 'elb-health-check-failed'],
  ['ELB: new task security group admits only the office VPN', health.elbVpnOnlySecurityGroup, 'elb-health-check-failed'],
  ['ELB: slow start beyond the grace period', health.elbSlowStart, 'elb-health-check-failed'],
  ['ELB: app bound to 127.0.0.1', health.elbLoopbackBind, 'elb-health-check-failed'],
  ['ELB: still starting when the grace period ends', health.elbStillStarting, 'elb-health-check-failed'],
  ['ELB: warm-up progress, no grace period', health.elbWarmupProgress, 'elb-health-check-failed'],
  ['ELB: running targets time out, nothing stopped yet', health.elbRunningTargetsTimeOut, 'elb-health-check-failed'],
  ['ELB kill with exit 137 is not OOM', health.elbKill137, 'elb-health-check-failed'],
  ['ELB: events only', health.elbEventsOnly, 'elb-health-check-failed'],
  ['container health check: curl not in image', health.containerCurlNotFound, 'container-health-check-failed'],
  ['container health check: slow start', health.containerSlowStart, 'container-health-check-failed'],
  ['container health check: CMD exec form', health.containerExecForm, 'container-health-check-failed'],
  ['container health check: app healthy, probe broken (distroless)', health.containerProbeBroken, 'container-health-check-failed'],
  ['service connect: proxy unhealthy in every task', serviceConnect.proxyUnhealthy, 'service-connect-failed'],
  ['service connect: proxy unhealthy after a namespace change', serviceConnect.proxyUnhealthyNewNamespace, 'service-connect-failed']
]

export function fixtureCases(): FixtureCase[] {
  return CASES.map(([name, build, code]) => ({ name, evidence: build(), expect: { code } }))
}
