/**
 * AWS partitions (aws, aws-cn, aws-us-gov, ...): the ARN prefix, DNS suffix and console of a region. The region
 * data is the AWS SDK's own (the same table its endpoint resolver uses), so a region the SDK knows resolves to
 * its partition, and a region it does not know yet falls to the partition whose name pattern it matches.
 */
import { awsEndpointFunctions } from '@aws-sdk/core/client'

export interface Partition {
  /** The partition id ARNs carry: arn:<name>:... */
  name: string
  /** Service host names end with it: amazonaws.com, amazonaws.com.cn, ... */
  dnsSuffix: string
  /** Whether the SDK's region table lists the region (false for a region opened after this release). */
  knownRegion: boolean
}

interface SdkPartitionResult {
  name: string
  dnsSuffix: string
  description?: string
}

export function partitionOf(region: string): Partition {
  const result = awsEndpointFunctions.partition(region) as SdkPartitionResult
  return { name: result.name, dnsSuffix: result.dnsSuffix, knownRegion: result.description !== undefined }
}

/** "arn:aws-cn:ecs:..." → "aws-cn". */
export function partitionFromArn(arn: string | undefined): string | undefined {
  const match = /^arn:(aws[\w-]*):/.exec(arn ?? '')
  return match?.[1]
}

const CONSOLE_HOSTS: Record<string, (region: string) => string> = {
  aws: (region) => `${region}.console.aws.amazon.com`,
  'aws-cn': () => 'console.amazonaws.cn',
  'aws-us-gov': () => 'console.amazonaws-us-gov.com'
}

/** The ECS console page of a service's deployments, or undefined in partitions without a public console. */
export function ecsConsoleUrl(region: string, cluster: string, service: string): string | undefined {
  const host = CONSOLE_HOSTS[partitionOf(region).name]
  if (!host) return undefined
  const encodedRegion = encodeURIComponent(region)
  return (
    `https://${host(encodedRegion)}/ecs/v2/clusters/${encodeURIComponent(cluster)}` +
    `/services/${encodeURIComponent(service)}/deployments?region=${encodedRegion}`
  )
}

/** A warning for a region of the right shape that the bundled AWS SDK does not list (opened since, or a typo); none otherwise. */
export function unknownRegionWarning(region: string): string[] {
  const partition = partitionOf(region)
  if (partition.knownRegion) return []
  return [
    `Input 'region' ${region} is not a region this release's AWS SDK knows; calls go to ecs.${region}.${partition.dnsSuffix} ` +
      `(partition ${partition.name}). If AWS opened it recently that is right; otherwise check the region for a typo.`
  ]
}
