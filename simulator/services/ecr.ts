/** Amazon ECR (awsJson1_1, AmazonEC2ContainerRegistry_V20150921): does the image exist, for which platforms. */
import * as sdk from '@aws-sdk/client-ecr'
import type {
  BatchGetImageRequest,
  BatchGetImageResponse,
  DescribeImagesRequest,
  DescribeImagesResponse,
  DescribeRepositoriesRequest,
  DescribeRepositoriesResponse,
  Image,
  ImageFailure,
  ImageIdentifier
} from '@aws-sdk/client-ecr'
import { AwsError } from '../aws-error.js'
import { IdGenerator } from '../random.js'
import type { ImageSpec, RepositorySpec } from '../types.js'
import { operation, paginate, type ServiceDefinition, type SimContext } from './context.js'

const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json'
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'

function registryOf(ctx: SimContext, repository: RepositorySpec): string {
  return repository.registryId ?? ctx.world.accountId
}

function findRepository(ctx: SimContext, name: string | undefined, registryId: string | undefined): RepositorySpec {
  const registry = registryId ?? ctx.world.accountId
  const repository = ctx.world.ecr.repositories.find((r) => r.name === name && registryOf(ctx, r) === registry)
  if (!repository) {
    throw new AwsError('RepositoryNotFoundException', `The repository with name '${name}' does not exist in the registry with id '${registry}'`)
  }
  return repository
}

function findImage(repository: RepositorySpec, id: ImageIdentifier): ImageSpec | undefined {
  return repository.images.find(
    (image) => (!id.imageTag || image.tags.includes(id.imageTag)) && (!id.imageDigest || image.digest === id.imageDigest)
  )
}

function describeImageId(id: ImageIdentifier): string {
  return `{imageDigest:'${id.imageDigest ?? 'null'}', imageTag:'${id.imageTag ?? 'null'}'}`
}

function digestFor(seed: string): string {
  return `sha256:${new IdGenerator(seed).hex(64)}`
}

/** The manifest ECR stores: an OCI image index (buildx, with an attestation entry) or a single Docker manifest. */
function manifestOf(image: ImageSpec): { mediaType: string; manifest: string } {
  if (image.index) {
    const manifests = image.architectures.map((architecture) => ({
      mediaType: OCI_MANIFEST,
      digest: digestFor(`${image.digest}:${architecture}`),
      size: 1611,
      platform: { architecture, os: 'linux' }
    }))
    const attestations = image.architectures.map((architecture) => ({
      mediaType: OCI_MANIFEST,
      digest: digestFor(`${image.digest}:${architecture}:attestation`),
      size: 566,
      annotations: {
        'vnd.docker.reference.digest': digestFor(`${image.digest}:${architecture}`),
        'vnd.docker.reference.type': 'attestation-manifest'
      },
      platform: { architecture: 'unknown', os: 'unknown' }
    }))
    return { mediaType: OCI_INDEX, manifest: JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [...manifests, ...attestations] }, null, 2) }
  }
  const manifest = {
    schemaVersion: 2,
    mediaType: DOCKER_MANIFEST,
    config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: 7023, digest: digestFor(`${image.digest}:config`) },
    layers: [0, 1, 2].map((i) => ({
      mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
      size: Math.round(image.sizeInBytes / 3),
      digest: digestFor(`${image.digest}:layer${i}`)
    }))
  }
  return { mediaType: DOCKER_MANIFEST, manifest: JSON.stringify(manifest, null, 3) }
}

export const ecr: ServiceDefinition = {
  id: 'ECR',
  aliases: ['ecr'],
  protocol: 'awsJson1_1',
  jsonTarget: 'AmazonEC2ContainerRegistry_V20150921',
  iamPrefix: 'ecr',
  sdk,
  operations: {
    DescribeRepositories: operation<DescribeRepositoriesRequest, DescribeRepositoriesResponse>((input, ctx) => {
      const names = input.repositoryNames ?? ctx.world.ecr.repositories.map((r) => r.name)
      const repositories = names.map((name) => findRepository(ctx, name, input.registryId))
      return {
        repositories: repositories.map((r) => ({
          repositoryArn: `arn:aws:ecr:${ctx.world.region}:${registryOf(ctx, r)}:repository/${r.name}`,
          registryId: registryOf(ctx, r),
          repositoryName: r.name,
          repositoryUri: `${registryOf(ctx, r)}.dkr.ecr.${ctx.world.region}.amazonaws.com/${r.name}`,
          createdAt: ctx.clock.dateAt(-300 * 86_400),
          imageTagMutability: 'MUTABLE',
          imageScanningConfiguration: { scanOnPush: true },
          encryptionConfiguration: { encryptionType: 'AES256' }
        }))
      }
    }),

    DescribeImages: operation<DescribeImagesRequest, DescribeImagesResponse>((input, ctx) => {
      const repository = findRepository(ctx, input.repositoryName, input.registryId)
      const images = input.imageIds?.length
        ? input.imageIds.map((id) => {
            const image = findImage(repository, id)
            if (!image) {
              throw new AwsError(
                'ImageNotFoundException',
                `The image with imageId ${describeImageId(id)} does not exist within the repository with name '${repository.name}' in the registry with id '${registryOf(ctx, repository)}'`
              )
            }
            return image
          })
        : repository.images
      const details = images.map((image) => ({
        registryId: registryOf(ctx, repository),
        repositoryName: repository.name,
        imageDigest: image.digest,
        imageTags: image.tags,
        imageSizeInBytes: image.sizeInBytes,
        imagePushedAt: ctx.clock.dateAt(-image.pushedDaysAgo * 86_400),
        imageManifestMediaType: manifestOf(image).mediaType,
        artifactMediaType: image.index ? undefined : 'application/vnd.docker.container.image.v1+json'
      }))
      const { page, nextToken } = paginate(details, input.nextToken, input.maxResults ?? 100, () => new AwsError('InvalidParameterException', 'Invalid parameter at \'nextToken\''))
      return { imageDetails: page, nextToken }
    }),

    BatchGetImage: operation<BatchGetImageRequest, BatchGetImageResponse>((input, ctx) => {
      const repository = findRepository(ctx, input.repositoryName, input.registryId)
      const images: Image[] = []
      const failures: ImageFailure[] = []
      for (const id of input.imageIds ?? []) {
        const image = findImage(repository, id)
        if (!image) {
          failures.push({ imageId: id, failureCode: 'ImageNotFound', failureReason: 'Requested image not found' })
          continue
        }
        const { mediaType, manifest } = manifestOf(image)
        images.push({
          registryId: registryOf(ctx, repository),
          repositoryName: repository.name,
          imageId: { imageDigest: image.digest, imageTag: id.imageTag },
          imageManifest: manifest,
          imageManifestMediaType: mediaType
        })
      }
      return { images, failures }
    })
  }
}
