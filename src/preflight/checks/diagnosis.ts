/**
 * The post-deploy diagnosis's own checks, run on the preflight evidence: images, secrets, log groups,
 * roles and their policy simulation, subnets, network path, Fargate size, deployment configuration,
 * container health-check commands, load balancer to task. Its checks become preflight lines; the
 * findings its checks stand for keep their titles and fix commands.
 */
import { buildContext, type DiagnosisContext } from '../../diagnose/context.js'
import { diagnose } from '../../diagnose/index.js'
import type { Check, Finding, Fix } from '../../diagnose/types.js'
import type { Evidence } from '../../evidence/schema.js'
import { EVIDENCE_CHECKS } from '../../evidence/schema.js'
import type { Area, CheckStatus, PreflightCheck } from '../types.js'

/**
 * The evidence as the diagnosis should see it before a deploy: a service about to run the candidate, with
 * no deployment history (so no fix rolls back to the running revision) and no events (old events are
 * about earlier deployments).
 */
export function beforeDeployEvidence(evidence: Evidence): Evidence {
  const { deployments: _deployments, events: _events, ...service } = evidence.service
  return { ...evidence, service, previousTaskDefinition: undefined, deploymentId: null, tasks: [] }
}

export function beforeDeployContext(evidence: Evidence): DiagnosisContext {
  return buildContext(beforeDeployEvidence(evidence))
}

export interface DiagnosisChecks {
  checks: PreflightCheck[]
  /** Findings of failed checks, by root-cause code, with fixes that make sense before a deploy. */
  findings: Finding[]
}

/** Checks that only mean something once tasks of the deployment exist. */
const AFTER_DEPLOY_ONLY = [/^elb-target-health$/, /^elb-grace-period$/, /^instance\./, /^spot\./]

const STATUS: Record<Check['status'], CheckStatus> = { passed: 'pass', failed: 'fail', skipped: 'skip' }

export function diagnosisChecks(evidence: Evidence): DiagnosisChecks {
  const diagnosis = diagnose(beforeDeployEvidence(evidence))
  const checks = diagnosis.checks
    .filter((c) => !AFTER_DEPLOY_ONLY.some((pattern) => pattern.test(c.id)))
    .map((c): PreflightCheck => ({
      id: c.id,
      area: areaOf(c),
      title: c.title,
      status: STATUS[c.status],
      ...(c.detail ? { detail: c.detail } : {}),
      ...(c.missingPermission ? { missingPermission: c.missingPermission } : {})
    }))
  const findings = diagnosis.findings.map((f) => ({ ...f, fixes: beforeDeployFixes(f.fixes) }))
  return { checks, findings }
}

/** Retrying or redeploying the service is no fix before the deploy; changing its network or deployment settings is. */
export function beforeDeployFixes(fixes: Fix[]): Fix[] {
  const redeploysOnly = (command: string) =>
    /\becs update-service\b/.test(command) && /--force-new-deployment/.test(command) && !/--(network|deployment)-configuration/.test(command)
  return fixes.filter((fix) => !fix.commands.some(redeploysOnly))
}

const AREA_BY_PREFIX: [RegExp, Area][] = [
  [/^(taskdef\.|deployment\.|container-health-check-command)/, 'task-definition'],
  [/^(role\.|iam\.)/, 'execution-role'],
  [/^(network|subnets\.|elb-)/, 'network'],
  [/^image\./, 'image'],
  [/^secret\./, 'secrets'],
  [/^logs\./, 'logging'],
  [/^efs\./, 'storage']
]

const AREA_BY_EVIDENCE_CHECK: Record<string, Area> = {
  [EVIDENCE_CHECKS.images]: 'image',
  [EVIDENCE_CHECKS.secrets]: 'secrets',
  [EVIDENCE_CHECKS.logGroups]: 'logging',
  [EVIDENCE_CHECKS.roles]: 'execution-role',
  [EVIDENCE_CHECKS.policySimulation]: 'execution-role',
  [EVIDENCE_CHECKS.taskRoleSimulation]: 'storage',
  [EVIDENCE_CHECKS.efsFileSystems]: 'storage',
  [EVIDENCE_CHECKS.efsMountTargets]: 'storage',
  [EVIDENCE_CHECKS.efsAccessPoints]: 'storage',
  [EVIDENCE_CHECKS.efsPolicies]: 'storage',
  [EVIDENCE_CHECKS.previousTaskDefinition]: 'changes',
  [EVIDENCE_CHECKS.taskDefinition]: 'task-definition'
}

function areaOf(check: Check): Area {
  if (check.id.startsWith('unavailable:')) return AREA_BY_EVIDENCE_CHECK[check.title] ?? 'network'
  return AREA_BY_PREFIX.find(([pattern]) => pattern.test(check.id))?.[1] ?? 'task-definition'
}
