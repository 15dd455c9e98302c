/**
 * What the post-deploy image checks leave open before a deploy: the platform of a single-platform ECR
 * image (its platform is in the image config, which preflight does not download), and Docker Hub images
 * pulled anonymously, which share Docker Hub's per-IP pull limit behind a NAT gateway.
 */
import type { DiagnosisContext } from '../../diagnose/context.js'
import { explainRateLimited } from '../../diagnose/startup/explain/image.js'
import { checkGroup, containers } from '../../diagnose/startup/facts.js'
import { beforeDeployFixes } from './diagnosis.js'
import type { PreflightCheck, PreflightFinding } from '../types.js'

export interface ImageExtras {
  checks: PreflightCheck[]
  findings: PreflightFinding[]
}

export function imageExtras(ctx: DiagnosisContext): ImageExtras {
  const checks: PreflightCheck[] = []
  const credentials = new Set(containers(ctx).filter((c) => c.repositoryCredentials?.credentialsParameter).map((c) => c.name))
  const cpu = ctx.taskDefinition?.runtimePlatform?.cpuArchitecture ?? 'X86_64'
  for (const image of ctx.evidence.images ?? []) {
    if (image.registry === 'ecr' && image.status === 'found' && !image.architectures?.length) {
      checks.push({
        id: `image.${image.containerName}.platform`,
        area: 'image',
        title: `Image of container ${image.containerName} has a manifest for ${cpu}`,
        status: 'skip',
        detail: 'A single-platform image: ECR keeps its platform in the image config, which preflight does not download.'
      })
    }
    if (image.registry === 'dockerhub' && !credentials.has(image.containerName)) {
      checks.push({
        id: `image.${image.containerName}.anonymous-pull`,
        area: 'image',
        title: `Image of container ${image.containerName} is pulled with credentials or from ECR`,
        status: 'warn',
        detail: `${image.image} is pulled from Docker Hub anonymously: Docker Hub limits anonymous pulls per source IP, and tasks behind one NAT gateway share that limit.`
      })
    }
  }
  const anonymous = checks.filter((c) => c.status === 'warn')
  if (anonymous.length === 0) return { checks, findings: [] }
  const finding = explainRateLimited(ctx, checkGroup('image-pull-rate-limited', anonymous[0].detail ?? ''))
  return {
    checks,
    findings: [
      {
        code: 'image-pull-rate-limited',
        severity: 'warn',
        area: 'image',
        title: `Docker Hub may rate-limit the pull of ${anonymous.map((c) => c.detail?.split(' ')[0]).join(', ')}`,
        explanation:
          'Anonymous pulls from Docker Hub are limited per source IP address. A deployment starts several tasks at once, and every task behind the same NAT gateway counts against the same limit; once over it, tasks stop with "toomanyrequests".',
        evidence: anonymous.map((c) => c.detail ?? ''),
        fixes: beforeDeployFixes(finding.fixes)
      }
    ]
  }
}
