/**
 * Tasks that could not be placed or provisioned: subnet IPs exhausted, Fargate capacity or
 * quotas, no (healthy) container instance, Spot interruptions, storage too small for the image.
 */
import type { DiagnosisContext } from '../../context.js'
import type { ClassifiedGroup } from '../../rules.js'
import type { Confidence, Finding, Fix } from '../../types.js'
import { causeLine } from '../classify.js'
import { isEc2Service } from '../events.js'
import { couldNotCheck, eventDetails, groupMessages, listOf, occurrences, plural, unique } from '../facts.js'
import { aws, rollbackFix, updateNetworkConfiguration } from '../fixes.js'
import { describeCapacity, subnetCapacity } from '../network/subnets.js'

/** The group's cause lines: decisive clauses of stopped tasks and the details of events. */
function causeLines(ctx: DiagnosisContext, group: ClassifiedGroup): string[] {
  const fromTasks = groupMessages(ctx, group).map((m) => causeLine(m))
  return unique([...fromTasks, ...eventDetails(ctx, group)])
}

function firstLine(ctx: DiagnosisContext, group: ClassifiedGroup): string {
  return `${occurrences(group)}: ${causeLines(ctx, group)[0] ?? group.classifications[0]?.cause ?? ''}`
}

export function explainSubnetIps(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const capacity = subnetCapacity(ctx)
  const lines = [firstLine(ctx, group)]
  if (capacity) lines.push(describeCapacity(capacity))
  else lines.push(couldNotCheck(ctx, 'count free addresses', 'ec2:DescribeSubnets') ?? 'The subnets were not described, so free addresses were not counted.')
  const exhausted = capacity?.exhausted ?? []
  const confirmed = Boolean(capacity && (capacity.short || exhausted.length > 0))
  const contradicted = Boolean(capacity && !confirmed && group.tasks.length > 0 && capacity.total > capacity.needed * 4)
  if (contradicted) lines.push('The subnets have free addresses now: ENIs of stopped tasks are released after a while, or another service used them up at the time.')
  const weak = group.classifications.every((c) => c.confidence === 'low')
  return {
    code: 'subnet-ip-exhausted',
    title: exhausted.length > 0 ? `Subnet ${listOf(exhausted)} ${exhausted.length === 1 ? 'has' : 'have'} no free IP addresses for task network interfaces` : 'The service subnets are running out of IP addresses',
    explanation:
      'Every awsvpc task gets its own network interface and IP address in one of the service subnets. During a rolling deployment old and new tasks run side by side, so the subnets must hold up to desired × maximumPercent tasks; without a free address the task stops in PROVISIONING.',
    confidence: contradicted ? 'low' : confirmed ? 'high' : weak ? 'low' : 'medium',
    evidence: unique(lines),
    fixes: subnetFixes(ctx)
  }
}

function subnetFixes(ctx: DiagnosisContext): Fix[] {
  const fixes: Fix[] = []
  const vpc = ctx.evidence.network?.vpcId
  fixes.push({
    title: `Find subnets with free addresses${vpc ? ` in ${vpc}` : ' (fill in <vpc-id>)'}`,
    commands: [
      aws(
        ctx.region,
        'ec2',
        'describe-subnets',
        '--filters',
        `Name=vpc-id,Values=${vpc ?? '<vpc-id>'}`,
        '--query',
        'Subnets[].{id:SubnetId,az:AvailabilityZone,free:AvailableIpAddressCount}',
        '--output',
        'table'
      )
    ]
  })
  if (ctx.subnetIds.length > 0) {
    fixes.push({
      title: 'Add a subnet with free addresses to the service (fill in <subnet-id>)',
      commands: [updateNetworkConfiguration(ctx, [...ctx.subnetIds, '<subnet-id>'], ctx.securityGroupIds, ctx.assignPublicIp)]
    })
  }
  const min = ctx.service.deploymentConfiguration?.minimumHealthyPercent ?? 100
  if ((ctx.service.deploymentConfiguration?.maximumPercent ?? 200) > 100) {
    fixes.push({
      title: 'Or deploy with fewer extra tasks at once (replaces tasks instead of doubling them; less spare capacity during deployments)',
      commands: [
        aws(ctx.region, 'ecs', 'update-service', '--cluster', ctx.cluster, '--service', ctx.serviceName, '--deployment-configuration', `maximumPercent=100,minimumHealthyPercent=${min < 100 ? min : 50}`)
      ]
    })
  }
  return fixes
}

const FARGATE_VCPU_QUOTA = 'L-3032A538'
const FARGATE_SPOT_VCPU_QUOTA = 'L-36FBB829'

export function explainPlacement(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const lines = causeLines(ctx, group)
  const text = lines.join(' ')
  const ec2 = isEc2Service(ctx)
  const evidence = [`${occurrences(group)}: ${lines[0] ?? group.classifications[0]?.cause ?? ''}`, ...lines.slice(1, 3)]
  const zones = unique((ctx.evidence.network?.subnets ?? []).filter((s) => ctx.subnetIds.includes(s.SubnetId ?? '')).map((s) => s.AvailabilityZone))
  const fixes: Fix[] = []
  let title: string
  let explanation: string
  let confidence: Confidence = group.classifications.some((c) => c.confidence === 'high') ? 'high' : 'medium'

  if (/Capacity is unavailable|insufficient capacity|RESOURCE:FARGATE/i.test(text)) {
    title = `Fargate has no capacity for the task right now${zones.length ? ` in ${listOf(zones)}` : ''}`
    explanation = 'AWS could not provide Fargate capacity for this task size in the Availability Zones of the service subnets. It is transient; more zones (subnets) or another capacity provider make placement likelier.'
    if (zones.length > 0) evidence.push(`The service subnets cover ${plural(zones.length, 'Availability Zone')}: ${listOf(zones)}.`)
    fixes.push({ title: 'Retry the deployment', commands: [aws(ctx.region, 'ecs', 'update-service', '--cluster', ctx.cluster, '--service', ctx.serviceName, '--force-new-deployment')] })
    if (ctx.subnetIds.length > 0) {
      fixes.push({ title: 'Add subnets in more Availability Zones (fill in <subnet-id>)', commands: [updateNetworkConfiguration(ctx, [...ctx.subnetIds, '<subnet-id>'], ctx.securityGroupIds, ctx.assignPublicIp)] })
    }
  } else if (/limit on the number of|above your limit|quota/i.test(text)) {
    const spot = /spot/i.test(text) || (ctx.service.capacityProviderStrategy ?? []).some((s) => s.capacityProvider === 'FARGATE_SPOT')
    const quota = spot ? FARGATE_SPOT_VCPU_QUOTA : FARGATE_VCPU_QUOTA
    title = `The account reached its Fargate ${spot ? 'Spot ' : ''}vCPU quota in ${ctx.region}`
    explanation = 'Fargate counts the vCPUs of all running tasks in the account and region against a quota; the new tasks would exceed it. The quota does not reset by itself: stop other tasks or ask for more.'
    confidence = 'high'
    fixes.push({
      title: 'See the current quota, then request a higher one',
      commands: [aws(ctx.region, 'service-quotas', 'get-service-quota', '--service-code', 'fargate', '--quota-code', quota)],
      note: `Request more with: aws service-quotas request-service-quota-increase --service-code fargate --quota-code ${quota} --desired-value <vcpus> --region ${ctx.region}`
    })
  } else if (/^Internal error|Reason: Internal error/i.test(text)) {
    title = 'ECS could not place the task: a subnet may be in an Availability Zone Fargate does not support'
    explanation = 'ECS reports "Internal error" when a service subnet is in an Availability Zone where Fargate is not available. Move the service to subnets in supported zones.'
    if (zones.length > 0) evidence.push(`The service subnets are in ${listOf(zones)}.`)
    fixes.push({
      title: 'Check which zones Fargate supports and the subnets\' zones',
      commands: [aws(ctx.region, 'ec2', 'describe-subnets', '--subnet-ids', ...(ctx.subnetIds.length ? ctx.subnetIds : ['<subnet-id>']), '--query', 'Subnets[].{id:SubnetId,az:AvailabilityZone,azId:AvailabilityZoneId}')]
    })
  } else if (/No Container Instances were found/i.test(text)) {
    title = `Cluster ${ctx.cluster} has no container instances`
    explanation = 'The service uses the EC2 launch type, but no container instance is registered in the cluster (the Auto Scaling group is empty, or the instances cannot register: agent config, instance role, or no route to the ECS endpoints).'
    confidence = 'high'
    fixes.push({ title: 'List the registered container instances', commands: [aws(ctx.region, 'ecs', 'list-container-instances', '--cluster', ctx.cluster)] })
    fixes.push(scaleOutFix(ctx))
  } else if (/insufficient (memory|CPU|GPU)/i.test(text)) {
    const resource = /insufficient (memory|CPU|GPU)/i.exec(text)?.[1] ?? 'resources'
    const instance = /container-instance[ (]+([\w-]+)/i.exec(text)?.[1]
    title = `No container instance has enough ${resource} for the task`
    explanation = `ECS places a task only on an instance with enough unreserved ${resource}. The task definition asks for ${ctx.taskDefinition?.cpu ?? '?'} CPU units and ${ctx.taskDefinition?.memory ?? '?'} MiB; during a deployment old and new tasks need room at the same time.`
    const remaining = (ctx.evidence.containerInstances ?? []).map((ci) => {
      const mem = ci.remainingResources?.find((r) => r.name === 'MEMORY')?.integerValue
      const cpu = ci.remainingResources?.find((r) => r.name === 'CPU')?.integerValue
      return `${ci.ec2InstanceId ?? ci.containerInstanceArn}: ${mem ?? '?'} MiB and ${cpu ?? '?'} CPU units free`
    })
    if (remaining.length > 0) evidence.push(`Container instances: ${remaining.join('; ')}.`)
    if (instance) evidence.push(`The closest matching instance was ${instance}.`)
    fixes.push(scaleOutFix(ctx))
    fixes.push({
      title: 'Or let the deployment stop old tasks first (lower minimumHealthyPercent)',
      commands: [aws(ctx.region, 'ecs', 'update-service', '--cluster', ctx.cluster, '--service', ctx.serviceName, '--deployment-configuration', 'maximumPercent=100,minimumHealthyPercent=50')]
    })
  } else if (/network interface provisioning|EphemeralStorage provisioning/i.test(text)) {
    const storage = /EphemeralStorage/i.test(text)
    title = storage ? 'Fargate timed out provisioning the task storage' : 'Fargate timed out creating the task network interface'
    explanation = storage
      ? 'The task stopped before its storage was ready. This is usually transient; retry the deployment.'
      : 'The task stopped before its network interface was ready. Causes: no free addresses in the subnets, the account network-interface quota, or ENI API throttling; it is often transient.'
    confidence = 'low'
    const capacity = subnetCapacity(ctx)
    if (capacity) evidence.push(describeCapacity(capacity))
    fixes.push({ title: 'Retry the deployment', commands: [aws(ctx.region, 'ecs', 'update-service', '--cluster', ctx.cluster, '--service', ctx.serviceName, '--force-new-deployment')] })
    if (!storage) fixes.push({ title: 'Check the network interfaces quota of the region', commands: [aws(ctx.region, 'service-quotas', 'get-service-quota', '--service-code', 'vpc', '--quota-code', 'L-DF5E4CA3')] })
  } else {
    title = `ECS could not place the task${ec2 ? ' on any container instance' : ''}`
    explanation = ec2
      ? 'No container instance met all of the task\'s requirements (CPU, memory, ports, ENIs, attributes or placement constraints).'
      : 'ECS could not place or launch the task; the event below gives the reason.'
    confidence = group.classifications.some((c) => c.confidence === 'high') ? 'medium' : 'low'
    if (ec2) fixes.push({ title: 'See what the container instances have left (fill in <container-instance-id>)', commands: [aws(ctx.region, 'ecs', 'describe-container-instances', '--cluster', ctx.cluster, '--container-instances', '<container-instance-id>', '--query', 'containerInstances[].{id:ec2InstanceId,agent:agentConnected,left:remainingResources}')], note: 'Fill in <container-instance-id> from: aws ecs list-container-instances --cluster ' + ctx.cluster })
  }
  const rollback = rollbackFix(ctx)
  if (rollback && confidence !== 'low') fixes.push(rollback)
  return { code: 'placement-failed', title, explanation, confidence, evidence: unique(evidence), fixes }
}

function scaleOutFix(ctx: DiagnosisContext): Fix {
  return {
    title: 'Add container instances: find the cluster Auto Scaling group and raise its desired capacity',
    commands: [aws(ctx.region, 'autoscaling', 'describe-auto-scaling-groups', '--query', 'AutoScalingGroups[].{name:AutoScalingGroupName,desired:DesiredCapacity,max:MaxSize}', '--output', 'table')],
    note: `Then: aws autoscaling set-desired-capacity --auto-scaling-group-name <name> --desired-capacity <count> --region ${ctx.region}`
  }
}

export function explainInstanceUnhealthy(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const lines = causeLines(ctx, group)
  const text = lines.join(' ')
  const evidence = [`${occurrences(group)}: ${lines[0] ?? group.classifications[0]?.cause ?? ''}`]
  const instances = ctx.evidence.containerInstances ?? []
  const taskInstances = unique(group.tasks.map((t) => t.containerInstanceArn))
  const concerned = instances.filter((ci) => taskInstances.includes(ci.containerInstanceArn ?? '') || text.includes((ci.containerInstanceArn ?? '').split('/').pop() ?? '\u0000'))
  const disconnected = instances.filter((ci) => ci.agentConnected === false)
  for (const ci of disconnected) evidence.push(`Container instance ${ci.ec2InstanceId ?? ci.containerInstanceArn}: agent disconnected (status ${ci.status ?? 'unknown'}, agent ${ci.versionInfo?.agentVersion ?? 'unknown version'}).`)
  const disk = /no space left on device|devmapper|thin pool/i.test(text)
  const targets = (disk ? concerned : disconnected).length > 0 ? (disk ? concerned : disconnected) : concerned
  const instanceIds = unique(targets.map((ci) => ci.ec2InstanceId))
  const arns = unique(targets.map((ci) => ci.containerInstanceArn))
  const fixes: Fix[] = []
  const title = disk
    ? `The container instance${instanceIds.length ? ` ${listOf(instanceIds)}` : ''} ran out of Docker disk space`
    : /Host EC2/i.test(text)
      ? 'The container instance running the tasks was stopped or terminated'
      : `The ECS agent on ${instanceIds.length ? listOf(instanceIds) : 'the closest container instance'} is disconnected`
  const command = disk ? 'docker system prune -af' : 'sudo systemctl restart ecs'
  fixes.push({
    title: `${disk ? 'Free Docker disk space on the instance (removes unused images and stopped containers)' : 'Restart the ECS agent on the instance'}${instanceIds.length ? '' : ' (fill in <instance-id>)'}`,
    commands: [aws(ctx.region, 'ssm', 'send-command', '--document-name', 'AWS-RunShellScript', '--instance-ids', ...(instanceIds.length ? instanceIds : ['<instance-id>']), '--parameters', JSON.stringify({ commands: [command] }))],
    ...(instanceIds.length ? {} : { note: 'Fill in <instance-id>.' })
  })
  fixes.push({
    title: `Or drain the instance so ECS moves tasks elsewhere, then replace it${arns.length ? '' : ' (fill in <container-instance-arn>)'}`,
    commands: [aws(ctx.region, 'ecs', 'update-container-instances-state', '--cluster', ctx.cluster, '--container-instances', ...(arns.length ? arns : ['<container-instance-arn>']), '--status', 'DRAINING')]
  })
  if (instances.length === 0) evidence.push(couldNotCheck(ctx, 'read the container instances', 'ecs:DescribeContainerInstances') ?? 'The container instances were not described.')
  return {
    code: 'container-instance-unhealthy',
    title,
    explanation: disk
      ? 'The image pull or container creation failed because the instance\'s Docker storage is full. Stopped containers stay on disk for 3 hours (ECS_ENGINE_TASK_CLEANUP_WAIT_DURATION), so a crash loop can fill it.'
      : 'ECS cannot place tasks on an instance whose agent is not connected or that is gone; the agent reconnects after a restart, or the instance should be replaced.',
    confidence: disconnected.length > 0 || disk ? 'high' : 'medium',
    evidence: unique(evidence),
    fixes
  }
}

export function explainSpot(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const spot = group.tasks.length > 0 ? group.tasks : ctx.tasks.filter((t) => t.stopCode === 'SpotInterruption' || /Spot Task was interrupted/i.test(t.stoppedReason ?? ''))
  return {
    code: 'spot-interruption',
    title: `${plural(spot.length, 'Fargate Spot task')} ${spot.length === 1 ? 'was' : 'were'} interrupted`,
    explanation:
      'AWS reclaimed Fargate Spot capacity and stopped the tasks with a two-minute warning. Nothing in the service is broken; with only Spot capacity, a deployment can stall while Spot is scarce. A base of on-demand FARGATE tasks keeps the service up.',
    confidence: 'medium',
    evidence: unique([`${plural(spot.length, 'task')} stopped with SpotInterruption${spot[0]?.stoppedReason ? `: ${spot[0].stoppedReason.replace(/\.+$/, '')}` : ''}.`]),
    fixes: [
      {
        title: 'Keep a base of on-demand Fargate tasks next to Spot',
        commands: [
          aws(ctx.region, 'ecs', 'update-service', '--cluster', ctx.cluster, '--service', ctx.serviceName, '--capacity-provider-strategy', 'capacityProvider=FARGATE,base=1,weight=1', 'capacityProvider=FARGATE_SPOT,weight=1', '--force-new-deployment')
        ]
      }
    ]
  }
}

export function explainEphemeralStorage(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const messages = groupMessages(ctx, group)
  const size = ctx.taskDefinition?.ephemeralStorage?.sizeInGiB ?? 20
  const pull = messages.some((m) => ['image-pull', 'image-layer', 'image-manifest'].includes(m.stage) || /CannotPull|extract|layer/i.test(m.text))
  const logLines = (ctx.evidence.logs ?? [])
    .filter((l) => group.tasks.some((t) => t.taskArn === l.taskArn))
    .flatMap((l) => l.lines.filter((line) => /no space left on device/i.test(line)).map((line) => `${l.containerName}: ${line.trim()}`))
  const evidence = [
    `${occurrences(group)}: ${messages[0] ? causeLine(messages[0]) : group.classifications[0]?.cause ?? 'No space left on device'}`,
    `The task has ${size} GiB of ephemeral storage${ctx.taskDefinition?.ephemeralStorage ? '' : ' (the Fargate default)'}, shared by the image layers and everything the containers write.`,
    ...logLines.slice(0, 3)
  ]
  const fixes: Fix[] = [
    {
      title: `Give the task more ephemeral storage (e.g. ${Math.min(200, size * 2)} GiB) in a new revision`,
      commands: [],
      note: `Set "ephemeralStorage": {"sizeInGiB": ${Math.min(200, size * 2)}} in the task definition (Fargate allows 21 to 200 GiB), or make the image smaller.`
    }
  ]
  const rollback = rollbackFix(ctx)
  if (rollback) fixes.push(rollback)
  return {
    code: 'ephemeral-storage-exhausted',
    title: pull ? `The image does not fit in the task's ${size} GiB of ephemeral storage` : `The container ran out of disk space (${size} GiB of ephemeral storage)`,
    explanation: pull
      ? 'Extracting the image layers filled the task storage before the container could start; a larger image than before (or a bigger base layer) usually explains it.'
      : 'The application wrote more to its local file system than the task storage holds. Write large data to EFS or S3, clean up temporary files, or raise the ephemeral storage.',
    confidence: group.classifications.some((c) => c.confidence === 'high') ? 'high' : 'medium',
    evidence: unique(evidence),
    fixes
  }
}
