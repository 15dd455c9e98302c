/**
 * The EFS volumes' checks (./efs/analyse.ts): the file system, the VPC's DNS, mount targets in the task's
 * zones, NFS (TCP 2049) between the task and mount target security groups, access points, IAM
 * authorization. A failed check proves the mount cannot work whatever a message said: it stands for an
 * efs-mount-failed finding of its own.
 */
import type { DiagnosisContext } from '../../context.js'
import type { CheckResult } from '../../rules.js'
import { analyseEfs } from '../efs/analyse.js'
import { explainEfsMount } from '../explain/efs.js'
import { checkGroup, isFailingRun } from '../facts.js'

export function efsChecks(ctx: DiagnosisContext): CheckResult {
  const report = analyseEfs(ctx)
  const proof = report.problems[0]
  if (!proof || !isFailingRun(ctx)) return { checks: report.checks }
  return { checks: report.checks, findings: [explainEfsMount(ctx, checkGroup('efs-mount-failed', proof.detail))] }
}
