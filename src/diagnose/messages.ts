/**
 * Reads the nested error messages ECS writes into stoppedReason, container reasons and service
 * events. They are chains of clauses joined by ": " (outermost first), e.g.
 *
 *   ResourceInitializationError: unable to pull secrets or registry auth: execution resource
 *   retrieval failed: unable to retrieve ecr registry auth: service call has been retried 3
 *   time(s): RequestError: send request failed caused by: Post "https://api.ecr...": dial tcp
 *   52.94.1.2:443: i/o timeout
 *
 * The innermost decisive clause names the cause (a timeout, AccessDenied, not found, rate limit,
 * platform, disk); the clauses around it name the stage that failed (ECR auth, manifest, layer
 * download, Secrets Manager, SSM, logging), which tells which endpoint or permission matters.
 * Agent hint sentences ("Check your network configuration.") are read as weak hints only.
 */

export type Stage =
  | 'ecr-auth'
  | 'registry-credentials'
  | 'image-manifest'
  | 'image-layer'
  | 'image-extract'
  | 'image-pull'
  | 'secrets-manager'
  | 'ssm'
  | 'logs'
  | 'network-interface'
  | 'env-files'
  | 'container-create'
  | 'container-start'
  | 'volume'
  | 'efs'
  /** Fargate's task resources in one step, "unable to pull secrets or registry auth", with no inner step named. */
  | 'execution-resources'
  | 'unknown'

export type CauseKind =
  | 'network'
  | 'dns'
  | 'access-denied'
  | 'kms-denied'
  | 'not-found'
  | 'rate-limit'
  | 'throttled'
  | 'platform'
  | 'tls'
  | 'disk'
  | 'invalid'
  | 'unsupported'
  | 'port-in-use'
  | 'client-config'
  | 'unknown'

export type DenyKind =
  | 'explicit-deny'
  | 'no-identity-policy'
  | 'no-resource-policy'
  | 'no-endpoint-policy'
  | 'no-session-policy'
  | 'no-boundary'
  | 'scp'
  | 'unspecified'

export interface PermissionDenial {
  /** e.g. "secretsmanager:GetSecretValue" (absent when the message was cut before it). */
  action?: string
  resource?: string
  /** The principal AWS named: an assumed-role ARN, a role or user ARN. */
  principal?: string
  /** Role name read from the principal (assumed-role/NAME/session or role/path/NAME). */
  roleName?: string
  denyKind: DenyKind
  /** For explicit denies: which kind of policy ("identity-based", "VPC endpoint", "service control" ...). */
  denyingPolicy?: string
}

export type NotFoundKind = 'secret' | 'ssm-parameter' | 'json-key' | 'image' | 'repository' | 'log-group' | 'env-file' | 'unknown'

export interface NotFound {
  kind: NotFoundKind
  /** Names AWS listed (parameter names, the secret ARN, the json key, the image reference). */
  names: string[]
}

export interface ParsedMessage {
  /** The message with straight apostrophes and single spaces. */
  text: string
  /** Clauses after the agent's hint sentences were taken out, outermost first. */
  clauses: string[]
  /** The first clause when it is an error name (CannotPullContainerError, ResourceInitializationError ...). */
  errorType?: string
  stage: Stage
  cause: CauseKind
  /** The clause (or sentence) that decided the cause; empty when nothing did. */
  causeText: string
  /** True when only a weak pattern or an agent hint decided the cause. */
  weak: boolean
  permission?: PermissionDenial
  notFound?: NotFound
  /** Retry count AWS reported ("has been retried 5 time(s)"). */
  retries?: number
  /** ECS cuts long reasons and ends them with "...". */
  truncated: boolean
  /** Agent hint sentences, as written. */
  hints: string[]
  /** Host of the first URL or DNS lookup in the message (api.ecr..., registry-1.docker.io, prod-...-starport-layer-bucket...). */
  host?: string
  /** The awslogs hint that names both a missing log group and a connection issue: only the evidence can decide. */
  ambiguousLogGroup: boolean
}

/**
 * Straight apostrophes and quotes, single spaces, and Go's `%q` escaping undone: runc up to
 * v1.0.0-rc90 quoted each nested cause, so a chain carries `\\\"node\\\"` for `"node"`
 * (https://github.com/opencontainers/runc/blob/v1.0.0-rc10/libcontainer/generic_error.go#L83).
 */
export function normaliseMessage(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\\+"/g, '"')
    .replace(/\\+n(?=\s|$|")/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Decisive phrases a console or the agent may cut mid-word (the EC2 agent cut reasons at 255 bytes
 * with no marker until 1.92.0: https://github.com/aws/amazon-ecs-agent/commit/bf26ea1adaea1361a20603661e04064f3f7df469).
 */
const CUT_PHRASES = [
  'executable file not found in $PATH',
  'no such file or directory',
  'context canceled',
  'context deadline exceeded',
  'i/o timeout',
  'request canceled',
  'connection refused',
  'connection reset by peer',
  'no such host',
  'TLS handshake timeout',
  'exec format error',
  'no space left on device',
  'permission denied',
  'certificate signed by unknown authority',
  'container init was OOM-killed'
]

/** The text with a cut-off decisive phrase at its end completed, when exactly one phrase fits. */
export function completeCutPhrase(text: string): { text: string; completed: boolean } {
  const body = text.replace(/(?:\.\.\.|\u2026)\s*$/, '').trimEnd()
  const lower = body.toLowerCase()
  const fits = CUT_PHRASES.filter((phrase) => {
    for (let n = phrase.length - 1; n >= 5; n -= 1) {
      const prefix = phrase.slice(0, n).toLowerCase()
      if (!lower.endsWith(prefix)) continue
      const before = lower.charAt(lower.length - prefix.length - 1)
      return before === '' || /[\s:"'(.]/.test(before)
    }
    return false
  })
  if (fits.length !== 1) return { text, completed: false }
  const phrase = fits[0]
  for (let n = phrase.length - 1; n >= 5; n -= 1) {
    if (lower.endsWith(phrase.slice(0, n).toLowerCase())) return { text: `${body.slice(0, body.length - n)}${phrase}`, completed: true }
  }
  return { text, completed: false }
}

/** Cut by a console ("...", "…" at the end) or by whoever pasted it ("run.sh...no such file"). */
export function looksTruncated(text: string): boolean {
  return /(?:\.\.\.|\u2026)\s*$/.test(text) || /\S(?:\.\.\.|\u2026)\S/.test(text)
}

interface Hint {
  pattern: RegExp
  kind?: CauseKind
  /** The awslogs hint that the log group is missing. */
  logGroup?: boolean
}

/** Sentences the agents add around the real error; they suggest, never decide. */
const HINTS: Hint[] = [
  { pattern: /There is a connection issue between the task and [^.]+\.?/gi, kind: 'network' },
  { pattern: /(?:Please )?[Cc]heck your (?:task )?network configuration\.?/g, kind: 'network' },
  { pattern: /Check that the role has the permissions to pull images from the registry\.?/gi, kind: 'access-denied' },
  { pattern: /Check if image exists and role (?:'[^']*' )?has permissions to pull images from Amazon ECR\.?/gi },
  { pattern: /The task cannot find the Amazon CloudWatch log group defined in the task definition\.?/gi, kind: 'not-found', logGroup: true },
  { pattern: /The task can(?:no|')t pull '[^']*' from [^']*'[^']*'\.?/gi },
  { pattern: /Check whether the image exists\.?/gi, kind: 'not-found' },
  { pattern: /The task can(?:no|')t pull the image\.?/gi },
  { pattern: /The task cannot pull (?:secrets|registry auth) from [^.:]+[.:]?/gi }
]

/** Words after which ": " does not start a new clause (the value belongs to the label). */
const GLUE = /(?:\bUser|\bPrincipal|not authorized to perform|on resource|status ?code|request ?id|with these codes)$/i

/** Splits a message into clauses on ": " (never inside URLs, "host:port" or ARNs, which have no space after the colon). */
export function splitClauses(text: string): string[] {
  const parts = text.split(/:\s+/)
  const clauses: string[] = []
  for (const part of parts) {
    const previous = clauses[clauses.length - 1]
    if (previous !== undefined && GLUE.test(previous)) clauses[clauses.length - 1] = `${previous}: ${part}`
    else clauses.push(part)
  }
  return clauses.map((c) => c.trim()).filter((c) => c.length > 0)
}

interface CauseRule {
  kind: CauseKind
  pattern: RegExp
  /** Higher wins; equal strength goes to the innermost clause. */
  strength: number
  notFound?: NotFoundKind
  /** The rule does not apply when the clauses after the matching one read like this. */
  unlessFollowedBy?: RegExp
}

const CAUSE_RULES: CauseRule[] = [
  { kind: 'kms-denied', strength: 11, pattern: /Access to KMS is not allowed|KMS\.?\w*AccessDenied|KMSAccessDenied|not authorized to perform: kms:|ciphertext refers to a customer master key|KMS\.?DisabledException|KMSInvalidStateException|DecryptionFailure/i },
  { kind: 'access-denied', strength: 10, pattern: /is not authorized to perform|AccessDenied(?:Exception)?\b|UnauthorizedOperation|AuthorizationError/i },
  {
    kind: 'platform',
    strength: 10,
    // Windows hosts: HCS_E_IMAGE_MISMATCH and Docker's version check (docs/diagnosis/messages.md §4.2).
    pattern:
      /no match(?:ing manifest)? for platform|no matching manifest for|no image found in (?:image index|manifest list) for architecture|failed to find a descriptor for platform|does not contain (?:a )?descriptor matching platform|does not match the (?:specified|detected host) platform|exec format error|image platform .* does not match|operating system does not match the host operating system|0xc0370101|-based image is incompatible with an? |image operating system "?[\w-]+"? cannot be used on this platform/i
  },
  // Go's crypto/x509 and crypto/tls errors (a TLS-inspecting proxy, a private CA, an expired certificate).
  { kind: 'tls', strength: 10, pattern: /\bx509: |certificate signed by unknown authority|certificate has expired|certificate is (?:not )?valid for|certificate is not trusted|tls: failed to verify|tls: bad certificate|remote error: tls|SSL certificate problem|certificate verify failed/i },
  { kind: 'rate-limit', strength: 9, pattern: /toomanyrequests|too many requests|pull rate limit|rate limit (?:exceeded|reached)/i },
  { kind: 'disk', strength: 9, pattern: /no space left on device|devmapper|thin pool|insufficient (?:disk )?space|disk quota exceeded|not enough space on the disk/i },
  { kind: 'not-found', strength: 9, notFound: 'json-key', pattern: /did not contain json key/i },
  { kind: 'not-found', strength: 9, notFound: 'ssm-parameter', pattern: /invalid (?:ssm )?parameters?(?::|$)|ParameterNotFound/i },
  { kind: 'not-found', strength: 9, notFound: 'secret', pattern: /can'?t find the specified secret|secret .*\bnot found\b|marked for deletion|scheduled for deletion/i },
  { kind: 'not-found', strength: 9, notFound: 'log-group', pattern: /log group does not exist|ResourceNotFoundException: The specified log group/i },
  // The registry's DENIED error code (https://github.com/opencontainers/distribution-spec/blob/v1.1.0/spec.md#error-codes),
  // rendered "denied: <message>"; Docker Hub's own message for it also covers a missing repository, so that one stays not-found.
  { kind: 'access-denied', strength: 8.6, pattern: /^denied$/i, unlessFollowedBy: /^requested access to the resource is denied/i },
  // Docker's "pull access denied" for an ECR host: an ECR repository that does not exist says so; this is a failed login.
  { kind: 'access-denied', strength: 8.5, pattern: /pull access denied for [^\s,]*\.dkr\.ecr\./i },
  { kind: 'not-found', strength: 8, notFound: 'repository', pattern: /RepositoryNotFoundException|repository \S+ not found|repository does not exist|may require '?docker login'?|may require authorization|name unknown|insufficient_scope/i },
  { kind: 'not-found', strength: 8, notFound: 'image', pattern: /ImageNotFoundException|manifest unknown|manifest for \S+ not found|requested access to the resource is denied|invalid reference format|failed to normalize image reference|Tag \S+ not found in repository|image \S+ not found/i },
  { kind: 'unsupported', strength: 8, pattern: /unsupported media type|media type "?[^"\s]+"? is no longer supported|unknown media type|manifest invalid|schema ?1 (?:image|manifest)/i },
  // Go's net/url and net/http refusing the URL itself: the request never left the client (a misconfigured endpoint, an agent bug).
  { kind: 'client-config', strength: 8, pattern: /unsupported protocol sch\w*|missing protocol sch\w*|invalid URL escape|first path segment in URL cannot contain colon|invalid control character in URL/i },
  // Docker's port allocator and the kernel: the host port of a static portMapping is taken.
  { kind: 'port-in-use', strength: 8, pattern: /port is already allocated|address already in use|Bind for \S+:\d+ failed/i },
  { kind: 'not-found', strength: 7, pattern: /ResourceNotFoundException|NoSuchKey|NoSuchBucket|\bnot found\b|does not exist|\b404\b/i },
  { kind: 'dns', strength: 7, pattern: /no such host|lookup \S+(?: on \S+)?$|server misbehaving|temporary failure in name resolution|could not resolve host|Failed to resolve "/i },
  // Docker's v1/v2 endpoint fallback gave up on every endpoint of the registry (moby's distribution pull, before 17.x).
  { kind: 'network', strength: 7, pattern: /could not reach any registry endpoint|i\/o timeout|deadline exceeded|context cancel+ed|RequestCanceled|request cancel+ed|waiting for connection|Client\.Timeout|signal killed|connection refused|connection reset|connection timed out|TLS handshake timeout|network is unreachable|no route to host|timeout awaiting|nil pointer dereference/i },
  { kind: 'throttled', strength: 6, pattern: /ThrottlingException|Rate exceeded|Throttled/i },
  { kind: 'access-denied', strength: 6, pattern: /\bunauthorized\b|authentication required|incorrect username or password|no basic auth credentials|\b401\b|403 Forbidden|\bforbidden\b/i },
  { kind: 'invalid', strength: 6, pattern: /awslogs-[\w-]+ is required|InvalidParameter(?:Exception)?|ValidationException|validation error|invalid (?:configuration|config|mount|argument|option|log opt)|unknown log opt/i },
  // Go's encoding/json on a secret value that is not JSON, while valueFrom names a JSON key.
  { kind: 'not-found', strength: 5, notFound: 'json-key', pattern: /invalid character '.{1,4}' (?:in literal|looking for beginning|after top-level value)|cannot unmarshal \w+ into Go value/i },
  // A status cut off after Docker Hub's URL: Docker Hub answers 429 to anonymous pulls over the limit far more often than anything else.
  { kind: 'rate-limit', strength: 5, pattern: /^unexpected status(?: code)? https?:\/\/(?:registry-1\.|index\.)?docker\.io\/\S*$/i },
  { kind: 'access-denied', strength: 5, pattern: /pull access denied|^unexpected status(?: code)?\b|unexpected status: 40[13]/i },
  // A disk that fills while a layer is written leaves only the layer step in the message (Docker's ApplyLayer, Untar).
  { kind: 'disk', strength: 3, pattern: /register layer|ApplyLayer|\bUntar\b|error processing tar file/i },
  { kind: 'network', strength: 4, pattern: /dial tcp|send request failed|request send failed|RequestError|exceeded maximum number of attempts|download failed after attempts|\bEOF\b|context dead|RequestCancel|i\/o time|inactivity time exceeded timeout while pulling/i }
]

interface StageRule {
  stage: Stage
  pattern: RegExp
}

/** Most specific first: a clause that names the ECR auth endpoint is auth, not manifest. Error names decide too (docs/diagnosis/messages.md §1.1). */
const STAGE_RULES: StageRule[] = [
  // Fargate wraps efs-utils; EC2's ECS volume plugin (default driver efs) mounts under /var/lib/ecs/volumes/.
  { stage: 'efs', pattern: /EFS utils|efs-utils|mounting volume failed|mount\.nfs4?:|failed to mount local volume: mount fs-[0-9a-f]+|\bfs-[0-9a-zA-Z<>*]+[^\s]*\.efs\.|\bstunnel\d*\b|check that your file system ID is correct|\/var\/lib\/ecs\/volumes\/|amazon-ecs-volume-plugin|Mount attempt \d+\/\d+ failed/i },
  { stage: 'registry-credentials', pattern: /registry auth from asm|asm fetching secret|repositoryCredentials|private registry auth|CannotPullContainerAuth/i },
  { stage: 'ecr-auth', pattern: /ecr registry auth|registry auth from Amazon ECR|GetAuthorizationToken|api\.ecr[.-]|\/\/ecr\.[a-z0-9-]+\.amazonaws|no basic auth credentials|CannotPullECRContainer|ecr auth:/i },
  { stage: 'secrets-manager', pattern: /secrets? from asm|from secrets manager|Secrets Manager|secretsmanager[:.]|GetSecretValue|\basm\b/i },
  { stage: 'ssm', pattern: /secrets? from ssm|SSM Parameter Store|Systems Manager|ssm parameters|ssm:GetParameter|GetParameters|\bssm\b|invalid parameters:/i },
  { stage: 'logs', pattern: /firelens|logger|log stream|log group|awslogs|CloudWatch|logging driver|\blogs[.:]|CreateLogStream|CreateLogGroup|PutLogEvents/i },
  { stage: 'env-files', pattern: /env(?:ironment)? files?\b/i },
  { stage: 'network-interface', pattern: /network interface|\bENI\b|InsufficientFreeAddresses/i },
  { stage: 'image-extract', pattern: /mismatched image rootfs|diffIDs|failed to extract|register layer|ApplyLayer|apply failure|error processing tar file|\bUntar\b|ImportLayer|failed to unpack/i },
  { stage: 'image-layer', pattern: /starport-layer-bucket|httpRead(?:er)?Seeker|failed to copy|GetImageBlob|GetDownloadUrlForLayer|\blayers?\b|\.s3[.-][a-z0-9-]*\.?amazonaws/i },
  { stage: 'image-manifest', pattern: /pull image manifest|failed to resolve ref|manifest|\/v[12]\/|\.dkr\.ecr\.|BatchGetImage|docker\.io|pull access denied|repository|image configuration|CannotPullImageManifest|inspect image/i },
  { stage: 'image-pull', pattern: /CannotPullContainer|pull command failed|ref pull|pulling image|pull image|Could not transition to (?:pulled|pullBegin|MANIFEST_PULLED)/i },
  { stage: 'volume', pattern: /CannotCreateVolume|CannotInspectVolume|VolumeDriver\.|volume plugin/i },
  { stage: 'container-create', pattern: /CannotCreateContainer/i },
  { stage: 'container-start', pattern: /CannotStartContainer/i },
  // Least specific: the step that fetches both, named when the message was cut before the inner step.
  { stage: 'execution-resources', pattern: /unable to pull secrets or registry auth|execution resource retrieval failed/i }
]

/** EC2-agent wordings whose first clause is a sentence, not an error name. */
const SENTENCE_STAGES: StageRule[] = [
  { stage: 'secrets-manager', pattern: /^Fetching secret data from AWS Secrets Manager/i },
  { stage: 'ssm', pattern: /^Fetching secret data from SSM Parameter Store/i }
]

/** Stages that call a remote endpoint: only there do a cancelled context or a deadline mean the network. */
const REMOTE_STAGES: Stage[] = ['ecr-auth', 'registry-credentials', 'image-manifest', 'image-layer', 'image-pull', 'secrets-manager', 'ssm', 'logs', 'env-files', 'efs', 'execution-resources']
const TRANSPORT = /dial tcp|lookup |https?:\/\/|\b(?:Post|Get|Head) "|RequestError|request send failed|send request failed|connection|i\/o timeout|no such host|TLS handshake/i
/** Generic "gave up" phrases: a timeout or a cancellation, not a transport error. */
const GENERIC_TIMEOUT = /^(?:context cancel+ed|context deadline exceeded|deadline exceeded|signal killed|context ca\w*)$/i

/**
 * containerd renders errors as "<message>: <gRPC class>" (https://github.com/containerd/containerd/blob/v1.6.0/errdefs/grpc.go#L77)
 * and Podman appends its own class to any crun ENOENT: the last clause is then a class, not the cause.
 */
const CLASS_CLAUSE = /^(?:unknown|OCI runtime attempted to invoke a command that was not found|OCI runtime command not found error|OCI (?:runtime )?(?:permission denied|not found)(?: error)?)[.)"]*$/i
/** An error name, as the first clause: CannotPullContainerError, Resourceinitializationerror (retyped), ... */
const ERROR_NAME = /^\(?([A-Za-z]+(?:Error|Exception))$/i

export function parseMessage(raw: string): ParsedMessage {
  const text = normaliseMessage(raw)
  const completion = completeCutPhrase(text)
  const truncated = looksTruncated(text) || completion.completed
  const hints: string[] = []
  const hintKinds: CauseKind[] = []
  let logGroupHint = false
  let body = completion.text.replace(/(?:\.\.\.|\u2026)$/, '')
  for (const hint of HINTS) {
    body = body.replace(hint.pattern, (match) => {
      hints.push(match.trim())
      if (hint.kind) hintKinds.push(hint.kind)
      if (hint.logGroup) logGroupHint = true
      return ' '
    })
  }
  hints.sort((a, b) => text.indexOf(a) - text.indexOf(b))
  body = body
    .replace(/\s+/g, ' ')
    .replace(/:\s+:/g, ':')
    .replace(/\bsignal: (\w+)/gi, 'signal $1')
    .trim()
  const clauses = withoutClassClause(splitClauses(body).map(unwrapClause).filter((c) => c.length > 0))
  const errorType = ERROR_NAME.exec(clauses[0] ?? '')?.[1]

  const host = hostOf(text)
  const decided = decideCause(clauses)
  const stage = stageOf(clauses, decided?.index, text)
  const permission = parsePermissionDenial(body)
  const notFound = decided?.rule.kind === 'not-found' ? notFoundOf(decided.rule, clauses, decided.index, body) : undefined
  let cause: CauseKind = decided?.rule.kind ?? 'unknown'
  let weak = decided ? decided.rule.strength <= 5 : false
  let causeText = decided ? tidyCause(causeSpan(clauses, decided.index, decided.rule.kind)) : ''
  if (decided && cause === 'network' && !reachesNetwork(clauses, decided.index, stage)) {
    cause = 'unknown'
    weak = true
  }
  if (permission && (cause === 'access-denied' || cause === 'kms-denied')) {
    if (permission.action?.toLowerCase().startsWith('kms:')) cause = 'kms-denied'
    causeText = permissionSentence(body) ?? causeText
  }
  const ambiguousLogGroup = logGroupHint && hintKinds.includes('network') && (!decided || cause === 'network')
  if (ambiguousLogGroup) {
    cause = 'network'
    causeText = [...hints, causeText].filter(Boolean).join(' ')
    weak = true
  } else if (!decided && hintKinds.length > 0) {
    cause = hintKinds.find((k) => k !== 'network') ?? hintKinds[0]
    causeText = hints[0]
    weak = true
  } else if (decided && weak && hintKinds.includes(cause)) {
    weak = false
  }

  return {
    text,
    clauses,
    ...(errorType ? { errorType } : {}),
    stage,
    cause,
    causeText,
    weak,
    ...(permission ? { permission } : {}),
    ...(notFound ? { notFound } : {}),
    ...retriesOf(text),
    truncated,
    hints,
    ...host,
    ambiguousLogGroup
  }
}

/** "(Cannotstartcontainererror" and a closing ")" or quote a reporter kept: the clause without them. */
function unwrapClause(clause: string): string {
  return clause.replace(/^[("'{]+(?=[A-Za-z])/, '').replace(/(?<=\w)[)"'}.]+$/, '').trim()
}

function withoutClassClause(clauses: string[]): string[] {
  return clauses.length > 1 && CLASS_CLAUSE.test(clauses[clauses.length - 1]) ? clauses.slice(0, -1) : clauses
}

/**
 * A cancelled context or an expired deadline is a network failure only where the step calls out
 * (a registry, an AWS API) or a transport error is quoted next to it; during a layer extraction or a
 * runtime transition it only says the step was given up (ContainerRuntimeTimeoutError, "context canceled").
 */
function reachesNetwork(clauses: string[], index: number, stage: Stage): boolean {
  const clause = clauses[index]
  if (!GENERIC_TIMEOUT.test(clause) && !/^(?:signal killed|context ca)/i.test(clause)) return true
  if (clauses.slice(0, index).some((c) => TRANSPORT.test(c))) return true
  if (stage === 'image-extract' || stage === 'container-start' || stage === 'container-create' || stage === 'unknown') return false
  return REMOTE_STAGES.includes(stage)
}

const NETWORK_CONTEXT = /dial tcp|lookup |https?:\/\/|^(?:Post|Get|Head) |caused by|RequestCanceled|RequestError|request send failed/i

/** The decisive clause with the context that makes it readable: the call that timed out, the names that were missing. */
function causeSpan(clauses: string[], index: number, kind: CauseKind): string {
  let start = index
  let end = kind === 'not-found' && /(?:parameters?|json key)$/i.test(clauses[index]) ? clauses.length - 1 : index
  if (kind === 'not-found' && end === index && /^\S{1,200}$/.test(clauses[index + 1] ?? ' ')) end = index + 1
  if (kind === 'network' || kind === 'dns') {
    while (start > 0 && index - start < 2 && NETWORK_CONTEXT.test(clauses[start - 1])) start -= 1
  } else if (end === index && clauses[index].length < 25 && start > 0) {
    start -= 1
  }
  return clauses.slice(start, end + 1).join(': ')
}

function decideCause(clauses: string[]): { rule: CauseRule; index: number } | undefined {
  let best: { rule: CauseRule; index: number } | undefined
  clauses.forEach((clause, index) => {
    for (const rule of CAUSE_RULES) {
      if (!rule.pattern.test(clause)) continue
      if (rule.unlessFollowedBy?.test(clauses.slice(index + 1).join(': '))) continue
      if (!best || rule.strength > best.rule.strength || (rule.strength === best.rule.strength && index > best.index)) {
        best = { rule, index }
      }
    }
  })
  return best
}

/** The stage named by the clause nearest the cause, looking outward; else anywhere; else by the first sentence. */
function stageOf(clauses: string[], causeIndex: number | undefined, text: string): Stage {
  const start = causeIndex ?? clauses.length - 1
  for (let i = start; i >= 0; i -= 1) {
    const stage = stageOfClause(clauses[i])
    if (stage) return stage
  }
  for (let i = start + 1; i < clauses.length; i += 1) {
    const stage = stageOfClause(clauses[i])
    if (stage) return stage
  }
  return SENTENCE_STAGES.find((r) => r.pattern.test(text))?.stage ?? stageOfClause(text) ?? 'unknown'
}

function stageOfClause(clause: string): Stage | undefined {
  const sentence = SENTENCE_STAGES.find((r) => r.pattern.test(clause))
  if (sentence) return sentence.stage
  return STAGE_RULES.find((r) => r.pattern.test(clause))?.stage
}

const PERMISSION =
  /(?:(?:User|Principal):\s*(\S+)\s+)?is not authorized to perform:?\s*([\w-]+:[\w*]+)?(?:\s+on resource:?\s*(\S+))?/i

/** "User: ARN is not authorized to perform: ACTION on resource: RESOURCE because ..." anywhere in the message. */
export function parsePermissionDenial(text: string): PermissionDenial | undefined {
  const normalised = normaliseMessage(text)
  const match = PERMISSION.exec(normalised)
  if (!match) {
    if (!/AccessDenied|Access to KMS is not allowed/i.test(normalised)) return undefined
    return { denyKind: denyKindOf(normalised), ...(/kms/i.test(normalised) ? { action: 'kms:Decrypt' } : {}) }
  }
  const principal = trimPunctuation(match[1])
  const resource = trimPunctuation(match[3])
  const after = normalised.slice(match.index)
  const denyingPolicy = /explicit deny in an? ([\w -]+?) policy/i.exec(after)?.[1]
  return {
    ...(match[2] ? { action: match[2] } : {}),
    ...(resource ? { resource } : {}),
    ...(principal ? { principal, ...roleNameOf(principal) } : {}),
    denyKind: denyKindOf(after),
    ...(denyingPolicy ? { denyingPolicy } : {})
  }
}

function denyKindOf(text: string): DenyKind {
  if (/explicit deny in a service control policy/i.test(text)) return 'scp'
  if (/explicit deny/i.test(text)) return 'explicit-deny'
  if (/no identity-based policy allows/i.test(text)) return 'no-identity-policy'
  if (/no resource-based policy allows/i.test(text)) return 'no-resource-policy'
  if (/no VPC endpoint policy allows/i.test(text)) return 'no-endpoint-policy'
  if (/no session policy allows/i.test(text)) return 'no-session-policy'
  if (/no permissions boundary allows/i.test(text)) return 'no-boundary'
  return 'unspecified'
}

function permissionSentence(text: string): string | undefined {
  const start = text.search(/(?:\w*AccessDenied\w*:\s*)?(?:User|Principal):\s*\S+\s+is not authorized|is not authorized to perform/i)
  if (start < 0) return undefined
  const sentence = text.slice(start)
  const end = sentence.search(/\s+(?:status code|request id|RequestID)\b|[.,]\s+(?=[A-Z])/i)
  return (end > 0 ? sentence.slice(0, end) : sentence).replace(/[.,]$/, '').trim()
}

function roleNameOf(principal: string): { roleName?: string } {
  const assumed = /:assumed-role\/([^/]+)/.exec(principal)
  if (assumed) return { roleName: assumed[1] }
  const role = /:role\/(?:.*\/)?([^/]+)$/.exec(principal)
  return role ? { roleName: role[1] } : {}
}

function notFoundOf(rule: CauseRule, clauses: string[], index: number, body: string): NotFound {
  const clause = clauses[index]
  const rest = clauses.slice(index).join(': ')
  switch (rule.notFound) {
    case 'ssm-parameter': {
      const listed = /invalid (?:ssm )?parameters?:\s*(.+)$/i.exec(rest)?.[1] ?? ''
      return { kind: 'ssm-parameter', names: splitNames(listed) }
    }
    case 'json-key':
      return { kind: 'json-key', names: splitNames(/did not contain json key\s+(\S+)/i.exec(clause)?.[1] ?? '') }
    case 'secret':
    case 'log-group':
      return { kind: rule.notFound, names: arnsIn(body, rule.notFound === 'secret' ? 'secretsmanager' : 'logs') }
    case 'repository':
    case 'image':
      return { kind: rule.notFound, names: imageNamesIn(body) }
    default:
      return { kind: 'unknown', names: imageNamesIn(body) }
  }
}

function splitNames(list: string): string[] {
  return list
    .split(/[\s,]+/)
    .map((n) => trimPunctuation(n) ?? '')
    .filter((n) => n.length > 0 && !/^(?:status|code|request|id)$/i.test(n))
}

function arnsIn(text: string, service: string): string[] {
  const pattern = new RegExp(`arn:aws[\\w-]*:${service}:[^\\s,"']+`, 'g')
  return [...new Set((text.match(pattern) ?? []).map((a) => trimPunctuation(a) ?? a))]
}

/** Image references AWS quoted: "failed to resolve ref REF", "pull access denied for REF", "repository REF not found", "manifest for REF not found". */
function imageNamesIn(text: string): string[] {
  const patterns = [
    /failed to resolve (?:ref|reference) "?([^\s":]+(?::[^\s":]+)?)"?/i,
    /pull access denied for ([^\s,]+)/i,
    /repository ([^\s,]+) not found/i,
    /manifest for ([^\s,]+) not found/i
  ]
  const names = patterns.flatMap((p) => {
    const m = p.exec(text)
    return m ? [trimPunctuation(m[1]) ?? m[1]] : []
  })
  return [...new Set(names)]
}

function retriesOf(text: string): { retries?: number } {
  const match = /retried (\d+) time/i.exec(text)
  return match ? { retries: Number(match[1]) } : {}
}

/** The first host the message tried to reach: a URL's host, "lookup HOST", or "dial tcp: lookup HOST". */
function hostOf(text: string): { host?: string } {
  const url = /https?:\/\/([^/\s"':]+)/i.exec(text)
  if (url) return { host: url[1] }
  const lookup = /lookup ([a-z0-9.-]+\.[a-z]{2,})/i.exec(text)
  return lookup ? { host: lookup[1] } : {}
}

function trimPunctuation(value: string | undefined): string | undefined {
  const trimmed = value?.replace(/^["'(]+|["'),.;]+$/g, '')
  return trimmed ? trimmed : undefined
}

/** A cause clause without the request id / status code tail and the final full stop. */
function tidyCause(clause: string): string {
  return clause
    .replace(/\s*(?:status ?code|StatusCode):?\s*\d*,?/gi, '')
    .replace(/\s*(?:request ?id|RequestID):?\s*[\w-]*,?/gi, '')
    .replace(/\s+,/g, ',')
    .replace(/,(?:\s*,)+/g, ',')
    .replace(/[.,;\s]+$/, '')
    .trim()
}

/** Request ids, UUIDs and status codes differ per attempt; they must not split failure signatures. */
export function stripVolatile(text: string): string {
  return text
    .replace(/(?:request ?id|RequestID)[:\s]*[\w-]*/gi, '')
    .replace(/status ?code:?\s*\d+/gi, '')
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>')
    .replace(/\s*,\s*(?=,|$)/g, '')
    .trim()
}
