import type { ImageEvidence } from './schema.js'

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
