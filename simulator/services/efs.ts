/**
 * Amazon EFS (restJson1): the file systems a task definition mounts, their mount targets and the security
 * groups of those, access points and file system policies. Errors are EFS's own: FileSystemNotFound,
 * MountTargetNotFound, AccessPointNotFound, PolicyNotFound (404), BadRequest (400).
 * https://docs.aws.amazon.com/efs/latest/ug/API_Operations.html
 */
import * as sdk from '@aws-sdk/client-efs'
import type {
  DescribeAccessPointsRequest,
  DescribeAccessPointsResponse,
  DescribeFileSystemPolicyRequest,
  DescribeFileSystemsRequest,
  DescribeFileSystemsResponse,
  DescribeMountTargetSecurityGroupsRequest,
  DescribeMountTargetSecurityGroupsResponse,
  DescribeMountTargetsRequest,
  DescribeMountTargetsResponse,
  FileSystemPolicyDescription
} from '@aws-sdk/client-efs'
import { AwsError } from '../aws-error.js'
import type { EfsSpec } from '../types.js'
import { operation, paginate, type ServiceDefinition, type SimContext } from './context.js'

function efsOf(ctx: SimContext): EfsSpec {
  return ctx.world.efs ?? { fileSystems: [], mountTargets: [], accessPoints: [], policies: {} }
}

function fileSystemNotFound(id: string | undefined): AwsError {
  return new AwsError('FileSystemNotFound', `File system '${id}' does not exist.`, 404)
}

function requireFileSystem(ctx: SimContext, id: string | undefined): void {
  if (!efsOf(ctx).fileSystems.some((f) => f.FileSystemId === id)) throw fileSystemNotFound(id)
}

/** EFS pages with Marker / NextMarker (file systems, mount targets) or NextToken (access points). */
function page<T>(items: T[], marker: string | undefined, size: number | undefined): { page: T[]; next?: string } {
  const { page: items_, nextToken } = paginate(items, marker, size ?? 100, () => new AwsError('BadRequest', 'Invalid Marker.', 400))
  return { page: items_, next: nextToken }
}

export const efs: ServiceDefinition = {
  id: 'EFS',
  aliases: ['efs', 'elasticfilesystem'],
  protocol: 'restJson1',
  iamPrefix: 'elasticfilesystem',
  // https://docs.aws.amazon.com/efs/latest/ug/API_DescribeMountTargetSecurityGroups.html
  alsoAuthorizes: { DescribeMountTargetSecurityGroups: ['ec2:DescribeNetworkInterfaceAttribute'] },
  sdk,
  operations: {
    DescribeFileSystems: operation<DescribeFileSystemsRequest, DescribeFileSystemsResponse>((input, ctx) => {
      const systems = efsOf(ctx).fileSystems.filter(
        (f) => (!input.FileSystemId || f.FileSystemId === input.FileSystemId) && (!input.CreationToken || f.CreationToken === input.CreationToken)
      )
      if (input.FileSystemId && systems.length === 0) throw fileSystemNotFound(input.FileSystemId)
      const { page: items, next } = page(systems, input.Marker, input.MaxItems)
      return { FileSystems: items, ...(input.Marker ? { Marker: input.Marker } : {}), ...(next ? { NextMarker: next } : {}) }
    }),

    DescribeMountTargets: operation<DescribeMountTargetsRequest, DescribeMountTargetsResponse>((input, ctx) => {
      const all = efsOf(ctx).mountTargets
      let targets
      if (input.MountTargetId) {
        targets = all.filter((t) => t.MountTargetId === input.MountTargetId)
        if (targets.length === 0) throw new AwsError('MountTargetNotFound', `Mount target '${input.MountTargetId}' does not exist.`, 404)
      } else if (input.FileSystemId) {
        requireFileSystem(ctx, input.FileSystemId)
        targets = all.filter((t) => t.FileSystemId === input.FileSystemId)
      } else if (input.AccessPointId) {
        const point = efsOf(ctx).accessPoints.find((a) => a.AccessPointId === input.AccessPointId)
        if (!point) throw new AwsError('AccessPointNotFound', `Access point '${input.AccessPointId}' does not exist.`, 404)
        targets = all.filter((t) => t.FileSystemId === point.FileSystemId)
      } else {
        throw new AwsError('BadRequest', 'One of FileSystemId, MountTargetId or AccessPointId is required.', 400)
      }
      const { page: items, next } = page(
        targets.map(({ securityGroups: _groups, ...target }) => target),
        input.Marker,
        input.MaxItems
      )
      return { MountTargets: items, ...(input.Marker ? { Marker: input.Marker } : {}), ...(next ? { NextMarker: next } : {}) }
    }),

    DescribeMountTargetSecurityGroups: operation<DescribeMountTargetSecurityGroupsRequest, DescribeMountTargetSecurityGroupsResponse>((input, ctx) => {
      const target = efsOf(ctx).mountTargets.find((t) => t.MountTargetId === input.MountTargetId)
      if (!target) throw new AwsError('MountTargetNotFound', `Mount target '${input.MountTargetId}' does not exist.`, 404)
      if (target.LifeCycleState !== 'available') throw new AwsError('IncorrectMountTargetState', `Mount target '${input.MountTargetId}' is ${target.LifeCycleState}.`, 409)
      return { SecurityGroups: target.securityGroups }
    }),

    DescribeAccessPoints: operation<DescribeAccessPointsRequest, DescribeAccessPointsResponse>((input, ctx) => {
      const all = efsOf(ctx).accessPoints
      if (input.AccessPointId && input.FileSystemId) throw new AwsError('BadRequest', 'Specify either AccessPointId or FileSystemId, not both.', 400)
      if (input.FileSystemId) requireFileSystem(ctx, input.FileSystemId)
      const points = all.filter((a) => (!input.AccessPointId || a.AccessPointId === input.AccessPointId) && (!input.FileSystemId || a.FileSystemId === input.FileSystemId))
      if (input.AccessPointId && points.length === 0) throw new AwsError('AccessPointNotFound', `Access point '${input.AccessPointId}' does not exist.`, 404)
      const { page: items, next } = page(points, input.NextToken, input.MaxResults)
      return { AccessPoints: items, ...(next ? { NextToken: next } : {}) }
    }),

    DescribeFileSystemPolicy: operation<DescribeFileSystemPolicyRequest, FileSystemPolicyDescription>((input, ctx) => {
      requireFileSystem(ctx, input.FileSystemId)
      const policy = efsOf(ctx).policies[input.FileSystemId ?? '']
      if (!policy) throw new AwsError('PolicyNotFound', `File System '${input.FileSystemId}' does not have a policy.`, 404)
      return { FileSystemId: input.FileSystemId, Policy: JSON.stringify(policy) }
    })
  }
}
