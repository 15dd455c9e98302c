/**
 * Image pull failures: the image or tag does not exist, the role may not pull it, Docker Hub
 * rate-limited the pull, or no manifest matches the task's CPU architecture. The ECR lookups,
 * the image index and the execution-role simulation confirm or contradict the message.
 */
import { ecrRepositoryArn } from '../../../evidence/arns.js'
import type { ImageEvidence } from '../../../evidence/schema.js'
import type { DiagnosisContext } from '../../context.js'
import type { ParsedMessage } from '../../messages.js'
import type { ClassifiedGroup } from '../../rules.js'
import { command } from '../../shell.js'
import type { Confidence, Finding, Fix } from '../../types.js'
import { causeLine } from '../classify.js'
import {
  couldNotCheck,
  deniedRole,
  describeDecision,
  executionRole,
  groupMessages,
  imagesOf,
  listOf,
  occurrences,
  simulationsFor,
  unique
} from '../facts.js'
import { aws, currentRevision, ECS_TASKS_TRUST_POLICY, executionRolePolicyArn, putRolePolicy, rollbackFix, type PolicyStatement } from '../fixes.js'
import { analyseNetwork } from '../network/analyse.js'

function firstLine(group: ClassifiedGroup, messages: ParsedMessage[]): string {
  const main = messages.find((m) => !m.weak) ?? messages[0]
  return `${occurrences(group)}: ${main ? causeLine(main) : group.classifications[0]?.cause ?? ''}`
}

/** The images a group is about: the one the message names, else the failing containers', else all. */
function imagesConcerned(ctx: DiagnosisContext, group: ClassifiedGroup, messages: ParsedMessage[]): ImageEvidence[] {
  const images = imagesOf(ctx)
  const named = unique(messages.flatMap((m) => m.notFound?.names ?? []))
  const byName = images.filter((i) => named.some((n) => n === i.image || n.endsWith(i.image) || i.image.endsWith(n) || n.includes(`${i.repositoryName ?? ''}:${i.tag ?? ''}`)))
  if (byName.length > 0) return byName
  const containers = unique(group.classifications.map((c) => c.containerName))
  const byContainer = images.filter((i) => containers.includes(i.containerName))
  if (byContainer.length > 0 && byContainer.length < images.length) return byContainer
  const broken = images.filter((i) => i.status === 'image-not-found' || i.status === 'repository-not-found')
  return broken.length > 0 ? broken : images
}

function describeImagesCommand(ctx: DiagnosisContext, image: ImageEvidence): string {
  return aws(
    image.region ?? ctx.region,
    'ecr',
    'describe-images',
    '--repository-name',
    image.repositoryName ?? '<repository-name>',
    ...(image.registryId && image.registryId !== ctx.accountId ? ['--registry-id', image.registryId] : []),
    '--query',
    'sort_by(imageDetails,&imagePushedAt)[-10:].{tags:imageTags,pushed:imagePushedAt,digest:imageDigest}'
  )
}

export function explainImageNotFound(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const messages = groupMessages(ctx, group)
  const images = imagesConcerned(ctx, group, messages)
  const lines = [firstLine(group, messages)]
  const missing = images.filter((i) => i.status === 'image-not-found' || i.status === 'repository-not-found')
  const found = images.filter((i) => i.status === 'found')
  for (const image of missing) {
    lines.push(
      image.status === 'repository-not-found'
        ? `ecr:DescribeImages: repository ${image.repositoryName} does not exist in ${image.registryId ?? ctx.accountId ?? 'the registry'} / ${image.region ?? ctx.region} (RepositoryNotFoundException).`
        : `ecr:DescribeImages: repository ${image.repositoryName} has no image ${image.tag ? `tagged ${image.tag}` : image.digest} (ImageNotFoundException).`
    )
  }
  const contradicted = missing.length === 0 && found.length > 0 && found.length === images.filter((i) => i.registry === 'ecr').length
  if (contradicted) {
    lines.push(`ecr:DescribeImages finds ${listOf(found.map((i) => i.image))} now: it may have been pushed after the failure, or the task pulls another registry or region.`)
  }
  const truncated = messages.every((m) => !m.notFound && m.cause === 'unknown')
  if (truncated) {
    const network = analyseNetwork(ctx)
    if (network.available && network.problems.length > 0) lines.push(`Note: the network check also found a problem: ${network.problems[0].detail}`)
  }
  if (missing.length === 0 && !contradicted) {
    const unchecked = couldNotCheck(ctx, 'look the image up in ECR', 'ecr:DescribeImages')
    if (unchecked) lines.push(unchecked)
  }
  const external = images.filter((i) => i.registry !== 'ecr')
  if (external.length > 0 && missing.length === 0) {
    lines.push(`${listOf(external.map((i) => i.image))} ${external.length === 1 ? 'is' : 'are'} outside ECR: check the name and tag (a private image needs repositoryCredentials).`)
  }

  const weak = group.classifications.every((c) => c.confidence === 'low')
  const confidence: Confidence = contradicted ? 'low' : missing.length > 0 ? 'high' : weak ? 'low' : 'medium'
  const subject = listOf((missing.length > 0 ? missing : images).map((i) => i.image)) || 'The image'
  const fixes: Fix[] = []
  for (const image of (missing.length > 0 ? missing : images).filter((i) => i.registry === 'ecr').slice(0, 3)) {
    fixes.push({ title: `List the newest images in ${image.repositoryName} and deploy a tag that exists`, commands: [describeImagesCommand(ctx, image)] })
  }
  const rollback = rollbackFix(ctx)
  if (rollback) fixes.push(rollback)
  return {
    code: 'image-not-found',
    title: `${subject} ${missing.length === 1 && missing[0].status === 'repository-not-found' ? 'is in a repository that does not exist' : 'does not exist'}`,
    explanation:
      'ECS could not find the image the task definition names, so every task of this revision fails at the pull. ' +
      'Usual causes: the tag was never pushed (the build or push step failed), a typo in the repository or tag, another account or region, or a lifecycle policy expired the tag.',
    confidence,
    evidence: unique(lines),
    fixes
  }
}

export function explainImagePullAccessDenied(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const messages = groupMessages(ctx, group)
  const main = messages.find((m) => m.permission?.action) ?? messages[0]
  const denial = main?.permission
  const role = deniedRole(ctx, messages)
  const images = imagesConcerned(ctx, group, messages).filter((i) => i.registry === 'ecr')
  const lines = [firstLine(group, messages)]
  const noRole = !ctx.taskDefinition?.executionRoleArn && ctx.service.launchType !== 'EC2' && !denial?.roleName
  if (noRole) lines.push('The task definition has no executionRoleArn: on Fargate the execution role pulls private ECR images.')
  if (denial?.action) {
    lines.push(`AWS denied ${denial.action}${denial.resource ? ` on ${denial.resource}` : ''} to ${role.name ? `role ${role.name}` : 'the pulling role'}.`)
  }
  const repositoryArns = images.map((i) => ecrRepositoryArn(i.repositoryName ?? '', i.region ?? ctx.region, i.registryId ?? ctx.accountId ?? '', ctx.partition))
  const wanted = [
    { action: 'ecr:GetAuthorizationToken', resource: '*' },
    ...repositoryArns.flatMap((arn) => [
      { action: 'ecr:BatchGetImage', resource: arn },
      { action: 'ecr:GetDownloadUrlForLayer', resource: arn }
    ])
  ]
  const simulated = wanted.flatMap((w) => simulationsFor(ctx, w.action, w.resource).map((s) => ({ w, s })))
  for (const { w, s } of simulated.filter(({ s }) => s.decision !== 'allowed')) lines.push(`iam:SimulatePrincipalPolicy: ${w.action} on ${w.resource} is ${describeDecision(s)}.`)
  const deniedPairs = simulated.filter(({ s }) => s.decision !== 'allowed').map(({ w }) => w)
  const contradicted = simulated.length > 0 && deniedPairs.length === 0
  if (contradicted) {
    lines.push(
      `The execution role's identity policies allow the ECR pull actions, so the denial comes from elsewhere: a repository policy (cross-account), the ECR or S3 VPC endpoint policy, a permissions boundary or an organization policy${ctx.service.launchType === 'EC2' ? ', or on EC2 the container instance role' : ''}.`
    )
  }
  const crossAccount = images.filter((i) => i.registryId && ctx.accountId && i.registryId !== ctx.accountId)
  if (crossAccount.length > 0) lines.push(`${listOf(crossAccount.map((i) => i.image))} ${crossAccount.length === 1 ? 'is' : 'are'} in account ${crossAccount[0].registryId}: its repository policy must allow this account's role.`)
  const layerDenied = messages.some((m) => m.stage === 'image-layer')
  if (layerDenied) {
    const network = analyseNetwork(ctx)
    const gatewayPolicy = (ctx.evidence.network?.vpcEndpoints ?? []).find((e) => e.VpcEndpointType === 'Gateway' && e.ServiceName?.endsWith('.s3') && e.PolicyDocument && !/starport-layer-bucket|"\*"|arn:aws[\w-]*:s3:::\*/.test(e.PolicyDocument))
    if (gatewayPolicy) lines.push(`The S3 gateway endpoint ${gatewayPolicy.VpcEndpointId} has a custom policy that does not allow arn:${ctx.partition}:s3:::prod-${ctx.region}-starport-layer-bucket/*, where ECR keeps image layers.`)
    else if (network.available && network.problems[0]) lines.push(network.problems[0].detail)
  }
  if (simulated.length === 0) {
    const unchecked = couldNotCheck(ctx, 'confirm with a policy simulation', 'iam:SimulatePrincipalPolicy')
    if (unchecked) lines.push(unchecked)
  }
  const dockerHub = imagesConcerned(ctx, group, messages).filter((i) => i.registry !== 'ecr')
  if (dockerHub.length > 0 && images.length === 0) {
    lines.push(`${listOf(dockerHub.map((i) => i.image))} is outside ECR: a private image needs repositoryCredentials (a Secrets Manager secret with the registry login), or the name is wrong.`)
  }

  const weak = group.classifications.every((c) => c.confidence === 'low')
  const confidence: Confidence = weak ? (deniedPairs.length > 0 ? 'medium' : 'low') : contradicted ? 'medium' : deniedPairs.length > 0 || denial?.action ? (simulated.length > 0 ? 'high' : 'medium') : 'medium'
  const roleName = role.name ?? executionRole(ctx).name
  if (noRole) return missingExecutionRole(ctx, lines)
  return {
    code: 'image-pull-access-denied',
    title: `${roleName ? `Role ${roleName}` : 'The execution role'} may not pull ${listOf(images.map((i) => i.image)) || 'the image'}`,
    explanation:
      'The image exists (or could not be checked), but the role that pulls it was refused. On Fargate that is the task execution role; on EC2 it is the execution role only when the agent uses it, otherwise the container instance role.',
    confidence,
    evidence: unique(lines),
    fixes: pullAccessFixes(ctx, roleName, deniedPairs.length > 0 ? deniedPairs : wanted, denial?.denyKind === 'explicit-deny', crossAccount)
  }
}

const DEFAULT_EXECUTION_ROLE = 'ecsTaskExecutionRole'

function missingExecutionRole(ctx: DiagnosisContext, lines: string[]): Finding {
  const fixes: Fix[] = [
    {
      title: `Create an execution role ${DEFAULT_EXECUTION_ROLE} with the ECS task execution policy, then set executionRoleArn in a new revision`,
      commands: [
        aws(ctx.region, 'iam', 'create-role', '--role-name', DEFAULT_EXECUTION_ROLE, '--assume-role-policy-document', ECS_TASKS_TRUST_POLICY),
        aws(ctx.region, 'iam', 'attach-role-policy', '--role-name', DEFAULT_EXECUTION_ROLE, '--policy-arn', executionRolePolicyArn(ctx.partition))
      ],
      note: `Then add "executionRoleArn": "arn:${ctx.partition}:iam::${ctx.accountId ?? '<account-id>'}:role/${DEFAULT_EXECUTION_ROLE}" to the task definition and register a new revision.`
    }
  ]
  const rollback = rollbackFix(ctx)
  if (rollback) fixes.push(rollback)
  return {
    code: 'image-pull-access-denied',
    title: 'The task definition has no execution role to pull the image',
    explanation: 'On Fargate the task execution role pulls private ECR images (and fetches secrets and writes awslogs); without executionRoleArn the pull has no credentials.',
    confidence: 'high',
    evidence: unique(lines),
    fixes
  }
}

function pullAccessFixes(ctx: DiagnosisContext, roleName: string | undefined, pairs: { action: string; resource: string }[], explicit: boolean, crossAccount: ImageEvidence[]): Fix[] {
  const fixes: Fix[] = []
  const role = roleName ?? '<execution-role-name>'
  const fill = roleName ? '' : ' (fill in <execution-role-name>)'
  if (explicit) {
    fixes.push({
      title: `Find the policy that explicitly denies the pull to ${role}${fill}`,
      commands: [aws(ctx.region, 'iam', 'list-role-policies', '--role-name', role), aws(ctx.region, 'iam', 'list-attached-role-policies', '--role-name', role)]
    })
  } else {
    const byResource = new Map<string, string[]>()
    for (const p of pairs) byResource.set(p.resource, unique([...(byResource.get(p.resource) ?? []), p.action]))
    const statements: PolicyStatement[] = [...byResource].map(([resource, actions]) => ({ actions, resources: [resource] }))
    fixes.push({ title: `Grant the ECR pull actions to ${role} on the repository${fill}`, commands: [putRolePolicy(ctx.region, role, 'ecs-deploy-doctor-ecr-pull', statements)] })
    fixes.push({
      title: `Or attach the AWS managed AmazonECSTaskExecutionRolePolicy to ${role}${fill}`,
      commands: [aws(ctx.region, 'iam', 'attach-role-policy', '--role-name', role, '--policy-arn', executionRolePolicyArn(ctx.partition))]
    })
  }
  for (const image of crossAccount.slice(0, 1)) {
    fixes.push({
      title: `Check that the repository policy of ${image.repositoryName} in account ${image.registryId} allows this account`,
      commands: [aws(image.region ?? ctx.region, 'ecr', 'get-repository-policy', '--repository-name', image.repositoryName ?? '', '--registry-id', image.registryId ?? '')]
    })
  }
  const rollback = rollbackFix(ctx)
  if (rollback) fixes.push(rollback)
  return fixes
}

export function explainRateLimited(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const messages = groupMessages(ctx, group)
  const hub = imagesOf(ctx).filter((i) => i.registry === 'dockerhub')
  const lines = [firstLine(group, messages)]
  if (hub.length > 0) lines.push(`${listOf(hub.map((i) => i.image))} ${hub.length === 1 ? 'is' : 'are'} pulled from Docker Hub, which limits anonymous pulls per source IP; tasks behind one NAT gateway share that limit.`)
  const prefix = 'docker-hub'
  const account = ctx.accountId ?? '<account-id>'
  return {
    code: 'image-pull-rate-limited',
    title: `Docker Hub rate-limited the image pull${hub.length ? ` of ${listOf(hub.map((i) => i.image))}` : ''}`,
    explanation:
      'The registry refused the pull with "too many requests". This is transient and per IP, so the same revision may start later, but a deployment that starts many tasks keeps hitting it. It is not a permissions problem. Pull through an ECR pull-through cache (or copy the image to ECR), or authenticate the pulls.',
    confidence: group.classifications.some((c) => c.confidence === 'high') ? 'high' : 'medium',
    evidence: unique(lines),
    fixes: [
      {
        title: `Cache Docker Hub in ECR (pull-through cache) and point the image at ${account}.dkr.ecr.${ctx.region}.${ctx.dnsSuffix}/${prefix}/... (fill in <docker-hub-user>, <docker-hub-token> and the secret's <suffix>)`,
        commands: [
          aws(ctx.region, 'secretsmanager', 'create-secret', '--name', `ecr-pullthroughcache/${prefix}`, '--secret-string', JSON.stringify({ username: '<docker-hub-user>', accessToken: '<docker-hub-token>' })),
          aws(ctx.region, 'ecr', 'create-pull-through-cache-rule', '--ecr-repository-prefix', prefix, '--upstream-registry-url', 'registry-1.docker.io', '--credential-arn', `arn:${ctx.partition}:secretsmanager:${ctx.region}:${account}:secret:ecr-pullthroughcache/${prefix}-<suffix>`)
        ],
        note: 'create-secret prints the ARN to use as --credential-arn.'
      },
      { title: 'Retry later (the limit resets)', commands: [aws(ctx.region, 'ecs', 'update-service', '--cluster', ctx.cluster, '--service', ctx.serviceName, '--force-new-deployment')] }
    ]
  }
}

const ARCH_OF: Record<string, string> = { X86_64: 'amd64', ARM64: 'arm64' }
const CPU_OF: Record<string, string> = { amd64: 'X86_64', arm64: 'ARM64' }

export function explainPlatformMismatch(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const messages = groupMessages(ctx, group)
  const cpu = ctx.taskDefinition?.runtimePlatform?.cpuArchitecture ?? 'X86_64'
  const wanted = ARCH_OF[cpu] ?? cpu.toLowerCase()
  const containers = unique(group.classifications.map((c) => c.containerName))
  const images = imagesOf(ctx).filter((i) => containers.length === 0 || containers.includes(i.containerName))
  const known = images.filter((i) => i.architectures?.length)
  const mismatched = known.filter((i) => !(i.architectures ?? []).includes(wanted))
  const matching = known.filter((i) => (i.architectures ?? []).includes(wanted))
  const execFormat = messages.length === 0 || messages.every((m) => /exec format error/i.test(m.text))
  const lines = [
    messages.length > 0 ? firstLine(group, messages) : `${occurrences(group)}: ${group.classifications[0]?.cause ?? 'exec format error'}`,
    `The task definition runs on ${cpu}${ctx.taskDefinition?.runtimePlatform?.cpuArchitecture ? '' : ' (the default: no runtimePlatform.cpuArchitecture set)'}, i.e. linux/${wanted}.`
  ]
  for (const image of mismatched) lines.push(`${image.image} is built for ${listOf(image.architectures ?? [])} only (image index in ECR).`)
  for (const image of matching) lines.push(`${image.image} does include linux/${wanted}; the failing binary may be a file copied into the image for another architecture.`)
  if (known.length === 0) lines.push('The image architectures are not known (a single-platform manifest, or the image was not checked); the message alone names the mismatch.')

  const contradicted = known.length > 0 && mismatched.length === 0
  const confidence: Confidence = mismatched.length > 0 ? 'high' : contradicted ? 'low' : execFormat ? 'medium' : 'high'
  const other = mismatched[0]?.architectures?.[0]
  const image = (mismatched[0] ?? images[0])?.image ?? '<image>'
  const fixes: Fix[] = [
    {
      title: `Rebuild and push the image for linux/${wanted} (or multi-arch)`,
      commands: [command('docker', 'buildx', 'build', '--platform', `linux/${wanted}${other && other !== wanted ? `,linux/${other}` : ''}`, '-t', image, '--push', '.')]
    }
  ]
  if (other && CPU_OF[other]) {
    fixes.push({
      title: `Or run the tasks on ${CPU_OF[other]}: register a revision with runtimePlatform cpuArchitecture=${CPU_OF[other]}`,
      changes: [
        {
          where: currentRevision(ctx) ?? 'the task definition',
          key: 'runtimePlatform',
          ...(ctx.taskDefinition?.runtimePlatform ? { before: JSON.stringify(ctx.taskDefinition.runtimePlatform) } : {}),
          after: JSON.stringify({ cpuArchitecture: CPU_OF[other], operatingSystemFamily: 'LINUX' })
        }
      ],
      commands: [],
      note: `Set "runtimePlatform": {"cpuArchitecture": "${CPU_OF[other]}", "operatingSystemFamily": "LINUX"} in the task definition (Fargate supports ARM64).`
    })
  }
  const rollback = rollbackFix(ctx)
  if (rollback) fixes.push(rollback)
  return {
    code: 'image-platform-mismatch',
    title: mismatched.length > 0 ? `${mismatched[0].image} is built for ${listOf(mismatched[0].architectures ?? [])}, but the task runs on ${cpu}` : `The image does not match the task's CPU architecture (${cpu})`,
    explanation: execFormat
      ? 'The container started and the kernel refused to run its binary ("exec format error"): the image (or a binary in it) was built for another CPU architecture, typically on an Apple-silicon laptop without --platform.'
      : 'The registry has no manifest for the platform the task runs on, so the pull fails before the container is created.',
    confidence,
    evidence: unique(lines),
    fixes
  }
}
