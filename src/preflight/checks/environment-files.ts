/**
 * The containers' environment files: ECS reads them from S3 with the task execution role (simulated with
 * the other permissions) and accepts only S3 object ARNs of files ending in .env. Preflight does not read
 * S3, so whether the object exists is left unchecked, and the report says so.
 */
import type { EcsTaskDefinition } from '../../evidence/schema.js'
import type { PreflightCheck } from '../types.js'

const S3_OBJECT_ARN = /^arn:aws[\w-]*:s3:::[^/]+\/.+/

export function environmentFileChecks(taskDefinition: EcsTaskDefinition): PreflightCheck[] {
  return (taskDefinition.containerDefinitions ?? []).flatMap((c) =>
    (c.environmentFiles ?? []).map((file, index): PreflightCheck => {
      const base = { id: `envfile.${c.name}.${index}`, area: 'secrets' as const, title: `Environment file ${file.value} of container ${c.name}` }
      if (file.type !== 's3' || !S3_OBJECT_ARN.test(file.value ?? '')) {
        return { ...base, status: 'fail', detail: `ECS reads environment files from S3 only: the value must be an S3 object ARN such as arn:aws:s3:::my-bucket/api.env (got type ${file.type}, value ${file.value}).` }
      }
      if (!/\.env$/.test(file.value ?? '')) return { ...base, status: 'fail', detail: 'ECS accepts environment files whose name ends in .env only.' }
      return { ...base, status: 'skip', detail: "Preflight does not read S3, so whether the object exists is not checked; the execution role's s3:GetObject on it is simulated with its other permissions." }
    })
  )
}
