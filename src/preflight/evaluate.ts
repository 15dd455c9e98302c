/**
 * Evidence in, preflight report out. Pure: the checks of the task definition itself, the post-deploy
 * diagnosis's checks on the preflight evidence, the network, permission and image findings, and the
 * review of what changes; the result is the worst status, and the root cause the first failing finding
 * in the order ECS starts a task.
 */
import type { DiagnosisContext } from '../diagnose/context.js'
import { explainElbHealthCheck } from '../diagnose/runtime/explain/elb.js'
import { explainImagePullAccessDenied } from '../diagnose/startup/explain/image.js'
import { checkGroup, imagesOf } from '../diagnose/startup/facts.js'
import type { Finding } from '../diagnose/types.js'
import type { Evidence } from '../evidence/schema.js'
import type { RootCauseCode } from '../types.js'
import { reviewChanges } from './checks/changes.js'
import { beforeDeployContext, beforeDeployFixes, diagnosisChecks } from './checks/diagnosis.js'
import { efsChecks } from './checks/efs.js'
import { environmentFileChecks } from './checks/environment-files.js'
import { imageExtras } from './checks/images.js'
import { networkFindings } from './checks/network.js'
import { permissionFindings } from './checks/permissions.js'
import { invalidTaskDefinitionFinding, taskDefinitionChecks } from './checks/task-definition.js'
import { revisionLabel } from './source.js'
import { AREAS, type Area, type Candidate, type PreflightCheck, type PreflightFinding, type PreflightReport, type PreflightResult } from './types.js'

/** Root causes in the order a task meets them on its way to RUNNING: the first one found is what a deploy hits. */
const START_ORDER: RootCauseCode[] = [
  'invalid-task-definition',
  'deployment-configuration-blocked',
  'role-invalid',
  'subnet-ip-exhausted',
  'network-unreachable',
  'image-pull-access-denied',
  'image-not-found',
  'image-platform-mismatch',
  'secret-not-found',
  'secret-access-denied',
  'log-config-error',
  'efs-mount-failed'
]

const AREA_OF_CODE: Partial<Record<RootCauseCode, Area>> = {
  'invalid-task-definition': 'task-definition',
  'deployment-configuration-blocked': 'task-definition',
  'role-invalid': 'execution-role',
  'subnet-ip-exhausted': 'network',
  'network-unreachable': 'network',
  'image-pull-access-denied': 'image',
  'image-not-found': 'image',
  'image-platform-mismatch': 'image',
  'image-pull-rate-limited': 'image',
  'secret-not-found': 'secrets',
  'secret-access-denied': 'secrets',
  'log-config-error': 'logging',
  'efs-mount-failed': 'storage'
}

/** The root cause a failed check stands for, by its id. */
const CODE_OF_CHECK: [RegExp, RootCauseCode][] = [
  [/^(taskdef\.|container-health-check-command|envfile\.|efs\..*\.settings$)/, 'invalid-task-definition'],
  [/^efs\./, 'efs-mount-failed'],
  [/^deployment\./, 'deployment-configuration-blocked'],
  [/^role\./, 'role-invalid'],
  [/^iam\.ecr:/i, 'image-pull-access-denied'],
  [/^iam\.logs:/i, 'log-config-error'],
  [/^iam\./, 'secret-access-denied'],
  [/^subnets\./, 'subnet-ip-exhausted'],
  [/^elb-/, 'elb-health-check-failed'],
  [/^network/, 'network-unreachable'],
  [/^image\..*\.platform$/, 'image-platform-mismatch'],
  [/^image\./, 'image-not-found'],
  [/^secret\./, 'secret-not-found'],
  [/^logs\./, 'log-config-error']
]

function codeOfCheck(ctx: DiagnosisContext, check: PreflightCheck): RootCauseCode {
  if (check.id === 'role.execution.present' && imagesOf(ctx).some((i) => i.registry === 'ecr')) return 'image-pull-access-denied'
  return CODE_OF_CHECK.find(([pattern]) => pattern.test(check.id))?.[1] ?? 'unknown'
}

export function evaluatePreflight(evidence: Evidence, candidate: Candidate): PreflightReport {
  const ctx = beforeDeployContext(evidence)
  const diagnosis = diagnosisChecks(evidence)
  const own = taskDefinitionChecks({
    taskDefinition: ctx.taskDefinition ?? {},
    service: evidence.service,
    loadBalancing: evidence.loadBalancing,
    cluster: ctx.cluster,
    serviceName: ctx.serviceName,
    region: ctx.region
  })
  const images = imageExtras(ctx)
  const checks = [...own.checks, ...diagnosis.checks, ...images.checks, ...environmentFileChecks(ctx.taskDefinition ?? {}), ...efsChecks(ctx)]
  const review = reviewChanges(evidence, checks)
  const allChecks = byArea([...checks, ...review.checks])
  const permissions = permissionFindings(ctx)
  // The policy simulation's own finding says what the role "may not" do before anything ran; the
  // post-deploy wording of the same cause ("cannot") would describe a failure that has not happened.
  const diagnosed = diagnosis.findings.filter((f) => !permissions.some((p) => p.code === f.code))
  const found = [
    ...invalidTaskDefinitionFinding(allChecks),
    ...own.findings,
    ...diagnosed.map(asPreflightFinding),
    ...networkFindings(ctx),
    ...permissions,
    ...missingExecutionRole(ctx, allChecks),
    ...images.findings
  ]
  const findings = inStartOrder([...found, ...uncovered(ctx, allChecks, found)])
  const result = resultOf(allChecks, findings)
  return {
    result,
    rootCause: findings.find((f) => f.severity === 'fail') ?? findings[0] ?? null,
    findings,
    checks: allChecks,
    changes: review.changes,
    ...(revisionLabel(evidence.previousTaskDefinition) ? { runningRevision: revisionLabel(evidence.previousTaskDefinition) } : {}),
    candidate,
    notes: notesFor(evidence, candidate)
  }
}

function asPreflightFinding(finding: Finding): PreflightFinding {
  return {
    code: finding.code,
    severity: 'fail',
    area: AREA_OF_CODE[finding.code] ?? 'task-definition',
    title: finding.title,
    explanation: finding.explanation,
    evidence: finding.evidence.filter((line) => !/^No stopped task or event names it/.test(line)),
    fixes: beforeDeployFixes(finding.fixes)
  }
}

/** No executionRoleArn on Fargate with private ECR images: the post-deploy explanation of that pull failure. */
function missingExecutionRole(ctx: DiagnosisContext, checks: PreflightCheck[]): PreflightFinding[] {
  const missing = checks.some((c) => c.id === 'role.execution.present' && c.status === 'fail')
  if (!missing || !imagesOf(ctx).some((i) => i.registry === 'ecr')) return []
  return [asPreflightFinding(explainImagePullAccessDenied(ctx, checkGroup('image-pull-access-denied', 'no execution role')))]
}

/**
 * Every failed check is explained: checks whose cause has no finding yet get one, the load balancer's with
 * the post-deploy explanation of failing health checks, the others from their own details.
 */
function uncovered(ctx: DiagnosisContext, checks: PreflightCheck[], findings: PreflightFinding[]): PreflightFinding[] {
  const explained = new Set(findings.filter((f) => f.severity === 'fail').map((f) => f.code))
  const failed = checks.filter((c) => c.status === 'fail' && !explained.has(codeOfCheck(ctx, c)))
  const codes = [...new Set(failed.map((c) => codeOfCheck(ctx, c)))]
  return codes.map((code) => {
    const mine = failed.filter((c) => codeOfCheck(ctx, c) === code)
    if (code === 'elb-health-check-failed') return loadBalancerFinding(ctx, mine)
    return {
      code,
      severity: 'fail',
      area: mine[0].area,
      title: `Check failed: ${mine[0].title}`,
      explanation: 'ECS would run into this when it starts the tasks of the deployment.',
      evidence: mine.map((c) => c.detail ?? c.title),
      fixes: []
    }
  })
}

function loadBalancerFinding(ctx: DiagnosisContext, failed: PreflightCheck[]): PreflightFinding {
  const finding = explainElbHealthCheck(ctx, { code: 'elb-health-check-failed', classifications: [], tasks: [], events: [] })
  return {
    ...asPreflightFinding(finding),
    area: 'network',
    explanation: `${finding.explanation} Before the deploy: ${failed.map((c) => c.detail ?? c.title).join(' ')}`
  }
}

function inStartOrder(findings: PreflightFinding[]): PreflightFinding[] {
  const rank = (f: PreflightFinding) => (f.severity === 'fail' ? 0 : 100) + (START_ORDER.includes(f.code) ? START_ORDER.indexOf(f.code) : START_ORDER.length)
  return findings.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f)
}

function byArea(checks: PreflightCheck[]): PreflightCheck[] {
  return checks.map((c, i) => ({ c, i })).sort((a, b) => AREAS.indexOf(a.c.area) - AREAS.indexOf(b.c.area) || a.i - b.i).map(({ c }) => c)
}

function resultOf(checks: PreflightCheck[], findings: PreflightFinding[]): PreflightResult {
  if (checks.some((c) => c.status === 'fail') || findings.some((f) => f.severity === 'fail')) return 'fail'
  if (checks.some((c) => c.status === 'warn') || findings.length > 0) return 'warn'
  return 'pass'
}

function notesFor(evidence: Evidence, candidate: Candidate): string[] {
  const notes: string[] = []
  if (evidence.iam?.simulations?.length) {
    notes.push(
      "The execution role's permissions were simulated against its own policies (iam:SimulatePrincipalPolicy). Resource policies (a secret's resource policy, a KMS key policy, an ECR repository policy) and organization policies were not checked."
    )
  }
  if (candidate.source === 'file') notes.push('The task definition was checked from its file, before it is registered.')
  notes.push(
    "Causes that only show once the containers run (an app that exits, runs out of memory or fails its health checks) are out of preflight's reach: ECS Deploy Doctor's post-deploy watch names them."
  )
  return notes
}
