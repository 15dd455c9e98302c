import { parseImageReference, type ImageReference } from './image-reference.js'
import { BatchGetImageCommand, DescribeImagesCommand, type ImageIdentifier } from '@aws-sdk/client-ecr'
import { isError, type CollectionContext } from './context.js'
import { EVIDENCE_CHECKS, type EcsTaskDefinition, type ImageEvidence } from './schema.js'

export { parseImageReference, type ImageReference } from './image-reference.js'

const INDEX_MEDIA_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json'
]
const MANIFEST_MEDIA_TYPES = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json'
]

/**
 * One entry per container. ECR images are checked with DescribeImages (one call per distinct
 * image); image indexes get one BatchGetImage to read their platforms. Single-arch manifests
 * leave `architectures` undefined (it would take a config blob download).
 */
export async function collectImages(ctx: CollectionContext, taskDefinition: EcsTaskDefinition): Promise<ImageEvidence[]> {
  const containers = (taskDefinition.containerDefinitions ?? []).filter((c) => c.name && c.image)
  const checked = new Map<string, Promise<Pick<ImageEvidence, 'status' | 'architectures'>>>()
  const entries = containers.map(async (container) => {
    const reference = parseImageReference(container.image as string)
    if (reference.registry !== 'ecr') return { containerName: container.name as string, ...reference, status: 'not-checked' as const }
    let result = checked.get(reference.image)
    if (!result) {
      result = checkEcrImage(ctx, reference)
      checked.set(reference.image, result)
    }
    return { containerName: container.name as string, ...reference, ...(await result) }
  })
  return Promise.all(entries)
}

async function checkEcrImage(ctx: CollectionContext, reference: ImageReference): Promise<Pick<ImageEvidence, 'status' | 'architectures'>> {
  const ecr = await ctx.client('ecr', reference.region)
  const imageId: ImageIdentifier = reference.digest ? { imageDigest: reference.digest } : { imageTag: reference.tag }
  const target = { registryId: reference.registryId, repositoryName: reference.repositoryName }
  const spec = { check: EVIDENCE_CHECKS.images, resource: reference.image }
  const described = await ctx.call<{ status: ImageEvidence['status']; mediaType?: string }>(
    { ...spec, api: 'ecr:DescribeImages' },
    async (options) => {
      const output = await ecr.send(new DescribeImagesCommand({ ...target, imageIds: [imageId] }), options)
      return { status: 'found', mediaType: output.imageDetails?.[0]?.imageManifestMediaType }
    },
    (error) => {
      if (isError(error, 'ImageNotFoundException')) return { status: 'image-not-found' }
      if (isError(error, 'RepositoryNotFoundException')) return { status: 'repository-not-found' }
      return undefined
    }
  )
  if (!described) return { status: 'not-checked' }
  if (described.status !== 'found' || !INDEX_MEDIA_TYPES.includes(described.mediaType ?? '')) return { status: described.status }
  const architectures = await ctx.call({ ...spec, api: 'ecr:BatchGetImage' }, async (options) => {
    const output = await ecr.send(
      new BatchGetImageCommand({ ...target, imageIds: [imageId], acceptedMediaTypes: [...INDEX_MEDIA_TYPES, ...MANIFEST_MEDIA_TYPES] }),
      options
    )
    return indexArchitectures(output.images?.[0]?.imageManifest)
  })
  return { status: 'found', ...(architectures ? { architectures } : {}) }
}

/** Architectures of an image index / manifest list, without attestation entries ("unknown"). */
export function indexArchitectures(manifest: string | undefined): string[] | undefined {
  if (!manifest) return undefined
  let parsed: { manifests?: { platform?: { architecture?: string } }[] }
  try {
    parsed = JSON.parse(manifest)
  } catch {
    return undefined
  }
  if (!Array.isArray(parsed.manifests)) return undefined
  const architectures = parsed.manifests.map((m) => m.platform?.architecture).filter((a): a is string => !!a && a !== 'unknown')
  return [...new Set(architectures)]
}
