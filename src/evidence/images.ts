import { BatchGetImageCommand, DescribeImagesCommand, type ImageIdentifier } from '@aws-sdk/client-ecr'
import { isError, type CollectionContext } from './context.js'
import { EVIDENCE_CHECKS, type EcsTaskDefinition, type ImageEvidence } from './schema.js'

export type ImageReference = Omit<ImageEvidence, 'containerName' | 'status' | 'architectures'>

const ECR_HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/
const DOCKER_HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io'])

/**
 * A container image reference split into registry, repository, tag and digest, following the
 * Docker reference grammar: the first path component is a registry host only when it contains
 * "." or ":" or is "localhost". No tag and no digest means the tag "latest".
 */
export function parseImageReference(image: string): ImageReference {
  let rest = image.trim()
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
  }
  let tag: string | undefined
  const colon = rest.lastIndexOf(':')
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
  }
  if (!tag && !digest) tag = 'latest'
  const slash = rest.indexOf('/')
  const first = slash >= 0 ? rest.slice(0, slash) : ''
  const hasHost = first.includes('.') || first.includes(':') || first === 'localhost'
  const host = hasHost ? first : undefined
  const path = hasHost ? rest.slice(slash + 1) : rest
  const ids = { ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) }
  const ecr = host ? ECR_HOST.exec(host) : null
  if (ecr) return { image, registry: 'ecr', registryId: ecr[1], region: ecr[2], repositoryName: path, ...ids }
  if (!host || DOCKER_HUB_HOSTS.has(host)) {
    return { image, registry: 'dockerhub', repositoryName: path.includes('/') ? path : `library/${path}`, ...ids }
  }
  return { image, registry: 'other', repositoryName: path, ...ids }
}

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
  const ecr = (await ctx.clientsIn(reference.region)).ecr
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
