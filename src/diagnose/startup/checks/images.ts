/** Every container image exists, and its image index has the task's CPU architecture. */
import type { DiagnosisContext } from '../../context.js'
import type { CheckResult } from '../../rules.js'
import type { Check, Finding } from '../../types.js'
import { explainImageNotFound, explainPlatformMismatch } from '../explain/image.js'
import { checkGroup, isFailingRun } from '../facts.js'

const ARCH_OF: Record<string, string> = { X86_64: 'amd64', ARM64: 'arm64' }

export function imageChecks(ctx: DiagnosisContext): CheckResult {
  const images = ctx.evidence.images ?? []
  const checks: Check[] = []
  const findings: Finding[] = []
  const cpu = ctx.taskDefinition?.runtimePlatform?.cpuArchitecture ?? 'X86_64'
  const wanted = ARCH_OF[cpu] ?? cpu.toLowerCase()
  for (const image of images) {
    const id = `image.${image.containerName}`
    const title = `Image of container ${image.containerName} exists: ${image.image}`
    if (image.status === 'found') checks.push({ id, title, status: 'passed' })
    else if (image.status === 'not-checked') {
      if (image.registry !== 'ecr') checks.push({ id, title, status: 'skipped', detail: 'Not an ECR image; only ECR images are looked up.' })
    } else {
      const detail = image.status === 'repository-not-found' ? `Repository ${image.repositoryName} does not exist.` : `Repository ${image.repositoryName} has no image ${image.tag ?? image.digest}.`
      checks.push({ id, title, status: 'failed', detail })
      if (isFailingRun(ctx) && !findings.some((f) => f.code === 'image-not-found')) findings.push(explainImageNotFound(ctx, checkGroup('image-not-found', detail)))
    }
    if (image.architectures?.length) {
      const matches = image.architectures.includes(wanted)
      checks.push({
        id: `image.${image.containerName}.platform`,
        title: `Image of container ${image.containerName} has linux/${wanted} (task runs on ${cpu})`,
        status: matches ? 'passed' : 'failed',
        detail: `The image index lists ${image.architectures.join(', ')}.`
      })
      if (!matches && isFailingRun(ctx) && !findings.some((f) => f.code === 'image-platform-mismatch')) {
        const group = checkGroup('image-platform-mismatch', `${image.image} has no linux/${wanted} manifest`)
        group.classifications[0].containerName = image.containerName
        findings.push(explainPlatformMismatch(ctx, group))
      }
    }
  }
  return { checks, findings }
}
