/**
 * The settings of the task definition's EFS volumes that ECS refuses (IAM authorization or an access point
 * without transit encryption, a root directory next to an access point) and the Fargate platform version
 * EFS needs. What the volumes meet in AWS (the file system, its mount targets and their security groups,
 * the VPC's DNS, access points, IAM authorization) is checked by the diagnosis's EFS checks
 * (src/diagnose/startup/efs/analyse.ts) on the preflight evidence.
 */
import type { DiagnosisContext } from '../../diagnose/context.js'
import type { PreflightCheck } from '../types.js'

/** Fargate platform versions before 1.4.0 cannot mount EFS. */
function oldPlatform(version: string | undefined): boolean {
  const match = /^(\d+)\.(\d+)\.\d+$/.exec(version ?? '')
  return match !== null && (Number(match[1]) < 1 || (Number(match[1]) === 1 && Number(match[2]) < 4))
}

export function efsChecks(ctx: DiagnosisContext): PreflightCheck[] {
  const volumes = (ctx.taskDefinition?.volumes ?? []).filter((v) => v.efsVolumeConfiguration?.fileSystemId)
  return volumes.flatMap((volume): PreflightCheck[] => {
    const efs = volume.efsVolumeConfiguration ?? { fileSystemId: '' }
    const where = `EFS volume ${volume.name} (${efs.fileSystemId})`
    const problems: string[] = []
    const accessPoint = efs.authorizationConfig?.accessPointId
    if ((efs.authorizationConfig?.iam === 'ENABLED' || accessPoint) && efs.transitEncryption !== 'ENABLED') {
      problems.push('ECS requires transitEncryption ENABLED with IAM authorization or an access point.')
    }
    if (accessPoint && efs.rootDirectory && efs.rootDirectory !== '/') problems.push('With an access point, rootDirectory must be left out or "/": the access point sets the directory.')
    if (ctx.service.launchType === 'FARGATE' && oldPlatform(ctx.service.platformVersion)) problems.push(`Fargate platform version ${ctx.service.platformVersion} cannot mount EFS; use 1.4.0 or LATEST.`)
    return [
      {
        id: `efs.${volume.name}.settings`,
        area: 'storage',
        title: `${where} settings are valid`,
        status: problems.length > 0 ? 'fail' : 'pass',
        detail: problems.length > 0 ? problems.join(' ') : `transitEncryption ${efs.transitEncryption ?? 'DISABLED'}${accessPoint ? `, access point ${accessPoint}` : ''}`
      }
    ]
  })
}
