/**
 * Classifies stops of tasks that never reached RUNNING (or whose container could not be created)
 * from the structure of the message: the stage that failed and the innermost decisive cause.
 * Returns null for stops that are the runtime side's (exits, OOM, health checks, OCI exec errors).
 */
import type { EcsTask } from '../../evidence/schema.js'
import type { RootCauseCode } from '../../types.js'
import type { StopInput } from '../classification.js'
import type { Reading } from '../rules.js'
import { readStartFailure } from '../container-start.js'
import { readEfsFailure } from '../efs.js'
import { parseMessage, stripVolatile, type ParsedMessage, type Stage } from '../messages.js'
import { normaliseReason } from '../signature.js'
import type { Confidence } from '../types.js'

export interface StartupCode {
  code: RootCauseCode
  confidence: Confidence
  deterministic: boolean
}

export interface HostKind {
  /** The task ran on an EC2 container instance (the agent pulls from the host). */
  ec2: boolean
}

const IMAGE_STAGES: Stage[] = ['ecr-auth', 'image-manifest', 'image-layer', 'image-extract', 'image-pull']
const SECRET_STAGES: Stage[] = ['secrets-manager', 'ssm', 'registry-credentials', 'env-files']

/** Health-check kills, exits and OOM belong to the runtime rules; so do the runtime's reasons for not starting the process. */
const RUNTIME_ONLY = /^(?:Essential container in task exited|Task failed (?:ELB|container) health checks|OutOfMemoryError|Scaling activity initiated by)/i
/** Link-local and loopback: the task-credentials endpoint, a local syslog or Fluentd: not the VPC's network path. */
const LOCAL_ENDPOINT = /(?:dial tcp|https?:\/\/|tcp:\/\/|udp:\/\/)\s*\[?(?:127\.\d+\.\d+\.\d+|169\.254\.\d+\.\d+|::1|localhost)\b/i
/** A CloudWatch Logs host built from an awslogs-region that is no region ("undefined", "${AWS_REGION}"): the log configuration. */
const NOT_A_REGION_ENDPOINT = /\blogs\.(?![a-z]{2}(?:-[a-z]+)+-\d+\.)[^.\s"/]+\.amazonaws\.com/i
/** The registry protocol's paths and hosts: a TLS failure there is the registry's certificate. */
const REGISTRY_CALL = /\/v[12]\/|\.dkr\.ecr\.|docker\.io|public\.ecr\.aws|ghcr\.io|quay\.io|gcr\.io/i

export function isEc2Task(task: EcsTask): boolean {
  return task.launchType === 'EC2' || Boolean(task.containerInstanceArn) || task.launchType === 'EXTERNAL'
}

const ok = (code: RootCauseCode, confidence: Confidence, deterministic: boolean): StartupCode => ({ code, confidence, deterministic })

/** The startup root cause a message stands for, or null when the message is not a startup failure. */
export function codeForMessage(parsed: ParsedMessage, host: HostKind): StartupCode | null {
  const text = parsed.text
  if (!text || RUNTIME_ONLY.test(text)) return null
  const special = specialCases(parsed, host)
  if (special !== undefined) return special
  if (parsed.stage === 'efs' && readEfsFailure(text)) return efsCode(text)
  if (parsed.cause === 'platform') return ok('image-platform-mismatch', 'high', true)
  const start = readStartFailure(text)
  if (start && start.kind !== 'runtime' && !['network', 'dns', 'disk'].includes(parsed.cause) && parsed.stage !== 'logs') return null
  const confidence: Confidence = parsed.weak ? 'medium' : 'high'

  switch (parsed.cause) {
    case 'rate-limit':
      return ok('image-pull-rate-limited', parsed.weak ? 'low' : 'high', false)
    case 'throttled':
      return IMAGE_STAGES.includes(parsed.stage) ? ok('image-pull-rate-limited', 'medium', false) : null
    case 'disk':
      return onHost(text, host) ? ok('container-instance-unhealthy', parsed.weak ? 'medium' : 'high', false) : ok('ephemeral-storage-exhausted', parsed.weak ? 'medium' : 'high', false)
    case 'kms-denied':
      return ok('secret-access-denied', 'high', true)
    case 'access-denied':
      return accessDenied(parsed, confidence)
    case 'not-found':
      return notFound(parsed, confidence)
    case 'invalid':
      return invalid(parsed)
    case 'tls':
      return IMAGE_STAGES.includes(parsed.stage) || REGISTRY_CALL.test(text) ? ok('registry-tls-error', 'high', true) : ok('network-unreachable', 'medium', false)
    case 'port-in-use':
      return ok('port-conflict', 'high', false)
    case 'unsupported':
      return null
    case 'client-config':
      // The caller built a broken URL: on EC2 that is the agent's configuration or a bug of its version.
      return host.ec2 ? ok('container-instance-unhealthy', 'medium', false) : null
    case 'network':
    case 'dns':
      if (parsed.stage === 'logs' && (LOCAL_ENDPOINT.test(text) || NOT_A_REGION_ENDPOINT.test(text))) return ok('log-config-error', 'medium', true)
      return ok('network-unreachable', parsed.weak ? 'medium' : 'high', false)
    default:
      return undecided(parsed)
  }
}

/** Every EFS failure is one code; how sure depends on whether efs-utils said why. */
function efsCode(text: string): StartupCode {
  const failure = readEfsFailure(text)
  // A new file system's mount targets and DNS name take minutes to appear: those failures can clear on their own.
  const deterministic = failure !== null && !['network', 'dns', 'unknown'].includes(failure.kind)
  return ok('efs-mount-failed', failure?.kind === 'unknown' ? 'medium' : 'high', deterministic)
}

/** Templates decided by their head alone. `undefined`: not one of them; `null`: one that names no cause (a runtime timeout). */
function specialCases(parsed: ParsedMessage, host: HostKind): StartupCode | null | undefined {
  const text = parsed.text
  if (/unable to assume (?:the )?(?:service[- ]linked )?role|service linked role|sts:AssumeRole/i.test(text)) return ok('role-invalid', 'high', true)
  if (/InsufficientFreeAddressesInSubnet|not enough free addresses in subnet/i.test(text)) return ok('subnet-ip-exhausted', 'high', false)
  // ECS's own words when EC2 would not create the task's ENI in a subnet; with no other cause quoted it is a full subnet.
  if (/error while attempting to Create Network Interface\b.*\bsubnet/i.test(text) && ['unknown', 'network'].includes(parsed.cause)) return ok('subnet-ip-exhausted', 'medium', false)
  // The instance has no free ENI slot for an awsvpc task: capacity, not the subnet (ECS does not count ENI slots when placing).
  if (/unable to attach (?:the )?network interface|unused device index|AttachmentLimitExceeded|maximum number of (?:network interfaces|ENIs)/i.test(text)) {
    return ok('placement-failed', 'medium', false)
  }
  if (/Timeout waiting for (?:network interface|EphemeralStorage) provisioning|network interface provision/i.test(text)) {
    // On EC2 the agent attaches the ENI to its own instance: an instance that stops accepting them is the instance's fault.
    return host.ec2 ? ok('container-instance-unhealthy', 'medium', false) : ok('placement-failed', 'low', false)
  }
  if (/^Host EC2 \(instance [^)]+\) (?:stopped|terminated)|container instance .*(?:deregistered|drain)/i.test(text)) {
    return ok('container-instance-unhealthy', 'medium', false)
  }
  if (/Your Spot Task was interrupted|SpotInterruption/i.test(text)) return ok('spot-interruption', 'high', false)
  // Capacity in other words than "unable to place": an account's concurrent task quota, a capacity provider with no instances.
  if (/reached the limit on the number of [\w -]*tasks|EMPTY CAPACITY PROVIDER|No Container Instances were found in your capacity provider/i.test(text)) {
    return ok('placement-failed', 'medium', false)
  }
  // Docker's own checks of the task definition's host resources: a linuxParameters device or a bind sourcePath the host lacks.
  // https://github.com/moby/moby/blob/v24.0.0/oci/devices_linux.go (devices), https://github.com/moby/moby/blob/v24.0.0/volume/mounts/linux_parser.go (bind source)
  if (/error gathering device information while adding custom device|bind mount source path does not exist|invalid mount config for type "?bind/i.test(text)) {
    return ok('invalid-task-definition', 'high', true)
  }
  // The agent could not map a volume of the task definition to a host path (an empty sourcePath, a bad name).
  if (/^HostConfigError\b.*volume mounts/i.test(text)) return ok('invalid-task-definition', 'medium', true)
  // A kernel parameter of systemControls that the task's namespace does not have (Fargate's net.core.*): runc cannot write it.
  if (/open \/proc\/sys\/[\w/.-]+: (?:no such file or directory|read-only file system|permission denied)|sysctl "[\w.]+" (?:is )?not allowed/i.test(text)) {
    return ok('invalid-task-definition', 'high', true)
  }
  // Docker's storage driver losing its own files (devicemapper devices, overlay layer directories): the host, not the image.
  if (/open \/dev\/mapper\/docker-|lstat \/var\/lib\/docker\/overlay2?\/|failed to convert whiteout file/i.test(text)) {
    return ok('container-instance-unhealthy', 'low', false)
  }
  // Agents before 2016 wrote the sentence without the error name.
  const transition = /^(?:(?:DockerTimeoutError|ContainerRuntimeTimeoutError)\b.*?)?Could not transition to (\w+)/i.exec(text)?.[1]
  if (transition) return transitionTimeout(transition, parsed)
  if (/^(?:DockerTimeoutError|CannotInspectContainerError)\b/i.test(text)) return ok('container-instance-unhealthy', 'medium', false)
  return undefined
}

/**
 * The agent's "Could not transition to <state>; timed out after waiting <d>"
 * (https://github.com/aws/amazon-ecs-agent/blob/v1.105.0/agent/dockerclient/dockerapi/errors.go#L51): a pull transition is a
 * slow or unreachable registry; the others a slow Docker daemon on EC2. Fargate's runtime timeout names no cause.
 */
function transitionTimeout(state: string, parsed: ParsedMessage): StartupCode | null {
  if (/^(?:pulled|pullBegin|MANIFEST_PULLED)$/i.test(state)) return ok('network-unreachable', 'low', false)
  if (/^ContainerRuntimeTimeoutError/i.test(parsed.text)) return null
  return ok('container-instance-unhealthy', 'medium', false)
}

/** Disk full on the container instance (Docker's root, devicemapper) rather than the task's own storage. */
function onHost(text: string, host: HostKind): boolean {
  return host.ec2 || /devmapper|thin pool|\/var\/lib\/docker/i.test(text)
}

function serviceOf(action: string | undefined): string | undefined {
  return action?.split(':')[0].toLowerCase()
}

function accessDenied(parsed: ParsedMessage, confidence: Confidence): StartupCode | null {
  const service = serviceOf(parsed.permission?.action)
  if (service === 'ecr') return ok('image-pull-access-denied', confidence, true)
  if (service === 'secretsmanager' || service === 'ssm' || service === 'kms') return ok('secret-access-denied', confidence, true)
  if (service === 'logs') return ok('log-config-error', confidence, true)
  if (service === 's3') return parsed.stage === 'env-files' ? ok('secret-access-denied', confidence, true) : ok('image-pull-access-denied', confidence, true)
  if (service === 'sts') return ok('role-invalid', confidence, true)
  // Without the IAM action denied (Docker's "pull access denied", a 401), a missing repository reads the same on some registries.
  if (IMAGE_STAGES.includes(parsed.stage)) return ok('image-pull-access-denied', parsed.weak ? 'low' : parsed.permission?.action ? confidence : 'medium', true)
  if (SECRET_STAGES.includes(parsed.stage)) return ok('secret-access-denied', confidence, true)
  if (parsed.stage === 'logs') return ok('log-config-error', confidence, true)
  return null
}

function notFound(parsed: ParsedMessage, confidence: Confidence): StartupCode | null {
  const kind = parsed.notFound?.kind
  if (kind === 'ssm-parameter' || kind === 'json-key' || kind === 'secret') return ok('secret-not-found', confidence, true)
  if (kind === 'log-group') return ok('log-config-error', confidence, true)
  if (SECRET_STAGES.includes(parsed.stage)) return ok('secret-not-found', confidence, true)
  if (parsed.stage === 'logs') return ok('log-config-error', confidence, true)
  // Unpacking reads local content: a digest it cannot find there is not the registry's image.
  if (parsed.stage === 'image-extract' && kind !== 'image' && kind !== 'repository') return null
  if (kind === 'image' || kind === 'repository' || IMAGE_STAGES.includes(parsed.stage)) return ok('image-not-found', confidence, true)
  if (parsed.stage === 'container-create' || parsed.stage === 'container-start') return ok('invalid-task-definition', 'medium', true)
  return null
}

function invalid(parsed: ParsedMessage): StartupCode | null {
  if (parsed.stage === 'logs') return ok('log-config-error', 'high', true)
  if (SECRET_STAGES.includes(parsed.stage)) return ok('secret-not-found', 'medium', true)
  if (IMAGE_STAGES.includes(parsed.stage)) return ok('image-not-found', 'medium', true)
  if (parsed.stage === 'container-create' || parsed.stage === 'container-start') return ok('invalid-task-definition', 'medium', true)
  return null
}

/**
 * Nothing decisive survived (ECS cut the message, or only the stage is named). The retry count
 * hints: the agent retries transport errors several times, while AccessDenied / not found fail
 * after one attempt. Low confidence; the explainers let the deeper evidence decide.
 */
function undecided(parsed: ParsedMessage): StartupCode | null {
  const transient = (parsed.retries ?? 0) >= 3
  switch (parsed.stage) {
    case 'secrets-manager':
    case 'ssm':
    case 'registry-credentials':
    case 'env-files':
      return transient ? ok('network-unreachable', 'low', false) : ok('secret-access-denied', 'low', false)
    case 'ecr-auth':
      return transient ? ok('network-unreachable', 'low', false) : ok('image-pull-access-denied', 'low', false)
    case 'image-manifest':
    case 'image-layer':
    case 'image-pull':
      return transient ? ok('network-unreachable', 'low', false) : ok('image-not-found', 'low', false)
    case 'logs':
      return ok('log-config-error', 'low', false)
    // Secrets and registry auth share only the way out: a cut message that names neither is most often the network.
    // https://docs.aws.amazon.com/AmazonECS/latest/developerguide/resource-initialization-error.html
    case 'execution-resources':
      return ok('network-unreachable', 'low', false)
    case 'container-create':
      return ok('invalid-task-definition', 'low', false)
    default:
      return null
  }
}

export interface StartupReason {
  parsed: ParsedMessage
  startup: StartupCode
  containerName?: string
}

/** The first of the task's stoppedReason and container reasons that reads as a startup failure. */
export function startupReasonOf(task: EcsTask): StartupReason | null {
  const host = { ec2: isEc2Task(task) }
  const candidates: { text: string; containerName?: string }[] = []
  if (task.stoppedReason) candidates.push({ text: task.stoppedReason })
  for (const container of task.containers ?? []) {
    if (container.reason) candidates.push({ text: container.reason, containerName: container.name })
  }
  for (const candidate of candidates) {
    const parsed = parseMessage(candidate.text)
    const startup = codeForMessage(parsed, host)
    if (startup) return { parsed, startup, ...(candidate.containerName ? { containerName: candidate.containerName } : {}) }
  }
  return null
}

export function signatureOf(code: RootCauseCode, parsed: ParsedMessage): string {
  const decisive = parsed.causeText || parsed.clauses[parsed.clauses.length - 1] || parsed.text
  return `${code}: ${normaliseReason(stripVolatile(`${parsed.stage} ${parsed.errorType ?? ''} ${decisive}`))}`
}

/** What the cause clause says, for one line of evidence. */
export function causeLine(parsed: ParsedMessage): string {
  const line = parsed.causeText || parsed.text
  return line.length > 400 ? `${line.slice(0, 400)}…` : line
}

export function classifyStartupStop(input: StopInput): Reading | null {
  const reason = startupReasonOf(input.task)
  if (!reason) return null
  const { parsed, startup } = reason
  const containerName = reason.containerName ?? input.task.containers?.find((c) => c.reason)?.name
  return {
    code: startup.code,
    confidence: startup.confidence,
    deterministic: startup.deterministic,
    signature: signatureOf(startup.code, parsed),
    cause: causeLine(parsed),
    ...(containerName ? { containerName } : {}),
    exitCode: null,
    parsed
  }
}
