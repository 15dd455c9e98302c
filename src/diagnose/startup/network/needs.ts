/** What a task must reach before it can start, read from its task definition: registries, logs, secrets, S3. */
import type { DiagnosisContext } from '../../context.js'
import { containers, imagesOf, logConfigsOf, secretsOf } from '../facts.js'

export interface InterfaceNeed {
  /** Short service name: "ecr.api", "ecr.dkr", "logs", "secretsmanager", "ssm". */
  service: string
  /** Why the task needs it, e.g. "ECR registry auth". */
  reason: string
}

export interface NetworkNeeds {
  interfaces: InterfaceNeed[]
  /** ECR image layers (and S3 environment files) come from S3: the gateway endpoint in isolated subnets. */
  s3: boolean
  /** Images outside ECR (Docker Hub, other registries) need a route to the internet. */
  internetImages: string[]
  /** ECR images in another region: this VPC's endpoints cannot serve them. */
  otherRegionImages: string[]
}

export function networkNeeds(ctx: DiagnosisContext): NetworkNeeds {
  const images = imagesOf(ctx)
  const ecr = images.filter((i) => i.registry === 'ecr')
  const interfaces: InterfaceNeed[] = []
  if (ecr.length > 0) {
    interfaces.push({ service: 'ecr.api', reason: 'ECR registry auth (ecr:GetAuthorizationToken)' })
    interfaces.push({ service: 'ecr.dkr', reason: 'ECR image manifests' })
  }
  if (logConfigsOf(ctx).length > 0) interfaces.push({ service: 'logs', reason: 'the awslogs log driver' })
  const secrets = secretsOf(ctx)
  if (secrets.some((s) => s.store === 'secretsmanager')) interfaces.push({ service: 'secretsmanager', reason: 'secrets from Secrets Manager' })
  if (secrets.some((s) => s.store === 'ssm')) interfaces.push({ service: 'ssm', reason: 'SSM parameters' })
  const envFilesInS3 = containers(ctx).some((c) => (c.environmentFiles ?? []).some((f) => f.type === 's3'))
  return {
    interfaces,
    s3: ecr.length > 0 || envFilesInS3,
    internetImages: images.filter((i) => i.registry !== 'ecr').map((i) => i.image),
    otherRegionImages: ecr.filter((i) => i.region && i.region !== ctx.region).map((i) => i.image)
  }
}

/** The endpoint service name for a short name in the task's region. */
export function endpointServiceName(region: string, service: string): string {
  return `com.amazonaws.${region}.${service}`
}
