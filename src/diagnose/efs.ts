/**
 * EFS volume mount failures (docs/diagnosis/messages.md §6). Fargate wraps efs-utils' stderr:
 *
 *   ResourceInitializationError: failed to invoke EFS utils commands to set up EFS volumes: stderr: <stderr> : unsuccessful EFS utils command execution; code: <exit>
 *
 * and on EC2 the ECS volume plugin (default driver efs) wraps it as `VolumeDriver.Create: mounting volume failed: <stderr>`
 * (https://github.com/aws/amazon-ecs-agent/blob/v1.105.0/ecs-init/volumes/ecs_volume_driver.go#L80). efs-utils prints its
 * own user message or mount.nfs4's stderr as Python bytes, `b'mount.nfs4: ...'`
 * (https://github.com/aws/efs-utils/blob/v3.2.0/src/efs_utils_common/mount_utils.py#L95).
 * The sentence heads below are efs-utils' and nfs-utils' own; the fs id, region and paths vary.
 */
import { normaliseMessage } from './messages.js'

export type EfsFailureKind =
  /** The file system's DNS name does not resolve: no mount target in the AZ/VPC, VPC DNS off, wrong id. */
  | 'dns'
  /** NFS (TCP 2049) to the mount target times out or is reset: security groups, NACLs. */
  | 'network'
  /** The server refused the mount: IAM authorization, file-system policy, access point. */
  | 'access-denied'
  /** The rootDirectory / access-point path does not exist on the file system. */
  | 'path-missing'
  /** The TLS tunnel (stunnel / efs-proxy) did not start. */
  | 'tls-tunnel'
  /** The `iam` mount option without credentials: no task role. */
  | 'credentials'
  /** Mount options that contradict each other (access point or IAM without TLS, a malformed id). */
  | 'options'
  /** The volume mounted but Docker could not copy the image's directory ownership onto it (access point POSIX user). */
  | 'ownership'
  | 'unknown'

export interface EfsFailure {
  kind: EfsFailureKind
  /** The efs-utils or mount.nfs4 sentence that decided. */
  cause: string
  fileSystemId?: string
  /** The path the mount asked for (rootDirectory or the access point's path). */
  path?: string
}

// The ECS volume plugin's socket names it when Docker's call to the plugin itself timed out (no efs-utils output).
// Docker's local volume driver (type nfs/efs) names the file system id in its mount line: "failed to mount local volume: mount fs-...:/:".
const EFS_CONTEXT = /EFS utils|efs-utils|mounting volume failed|mount\.nfs4?:|failed to mount local volume: mount fs-[0-9a-f]+|\bfs-[0-9a-zA-Z<>*]+\S*\.efs\.|\bstunnel\d*\b|check that your file system ID is correct|\/var\/lib\/ecs\/volumes\/|amazon-ecs-volume-plugin|Mount attempt \d+\/\d+ failed/i

const READERS: { kind: EfsFailureKind; pattern: RegExp }[] = [
  { kind: 'dns', pattern: /Failed to resolve "[^"]*"|Failed to resolve "?fs-|mount target ip address cannot be found|Name or service not known/i },
  { kind: 'access-denied', pattern: /access denied by server|Permission denied \(publickey|not authorized to perform: elasticfilesystem|AccessDenied/i },
  { kind: 'path-missing', pattern: /reason given by server: No such file or directory|mounting \S+:\/\S* failed.*No such file/i },
  { kind: 'network', pattern: /Connection timed out|Connection reset by peer|Connection refused|No route to host|timed out|Network is unreachable|deadline exceeded/i },
  { kind: 'tls-tunnel', pattern: /Failed to initialize (?:TLS )?tunnel|stunnel|efs-proxy/i },
  { kind: 'credentials', pattern: /Access Key ID and Secret Access Key are not found|credentials (?:are )?not found|unable to find credentials/i },
  // The kernel or the mount helper does not know the type or an option (tls, iam without efs-utils): "no such device", "unknown filesystem type".
  { kind: 'options', pattern: /no such device|unknown filesystem type|option is required when mounting via|is malformed|Invalid mount option|is not a valid (?:file system|access point)/i },
  { kind: 'ownership', pattern: /failed to (?:chown|copy file info)|lchown .*operation not permitted|operation not permitted/i }
]

/** The EFS reason a message gives, or null when it is not about an EFS mount. */
export function readEfsFailure(raw: string): EfsFailure | null {
  const text = normaliseMessage(raw).replace(/\bb'([^']*)'/g, '$1')
  if (!EFS_CONTEXT.test(text)) return null
  const stderr = /stderr:\s*(.*?)(?:\s*:\s*unsuccessful EFS utils command execution.*)?$/i.exec(text)?.[1] ?? text
  const fileSystemId = /\b(fs-[0-9a-f]{8,17})\b/.exec(text)?.[1]
  const path = /(?:efs\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?|127\.0\.0\.1):(\/[^\s'"]*)/i.exec(text)?.[1]
  const reader = READERS.find((r) => r.pattern.test(stderr))
  return {
    kind: reader?.kind ?? 'unknown',
    cause: tidy(stderr),
    ...(fileSystemId ? { fileSystemId } : {}),
    ...(path && path !== '/' ? { path } : {})
  }
}

function tidy(text: string): string {
  const line = text.replace(/\s*;\s*code:\s*\d+\s*$/i, '').replace(/[\s.:]+$/, '').trim()
  return line.length > 300 ? `${line.slice(0, 300)}…` : line
}
