import { describe, expect, test } from '@jest/globals'
import { buildContext } from '../../../src/diagnose/context.js'
import { diagnose } from '../../../src/diagnose/index.js'
import { startupRules } from '../../../src/diagnose/startup/index.js'
import type { Evidence } from '../../../src/evidence/schema.js'
import { SUBNETS, TASK_SG, task } from '../../fixtures/evidence.js'
import { fixtureCases } from './cases.js'
import { CAPACITY, EVENTS } from './reasons.js'
import * as S from './scenarios.js'

function caseEvidence(name: string): Evidence {
  const found = fixtureCases().find((c) => c.name === name)
  if (!found) throw new Error(`no case ${name}`)
  return found.evidence
}

function rootOf(evidence: Evidence) {
  const diagnosis = diagnose(evidence)
  const root = diagnosis.rootCause
  if (!root) throw new Error('no root cause')
  return { root, diagnosis, commands: root.fixes.flatMap((f) => f.commands), text: root.evidence.join('\n') }
}

describe('subnet-ip-exhausted', () => {
  test('free addresses compared with desired × maximumPercent', () => {
    const { root, text, commands } = rootOf(caseEvidence('subnet IPs exhausted'))
    expect(root.code).toBe('subnet-ip-exhausted')
    expect(root.title).toBe(`Subnet ${SUBNETS[0]} has no free IP addresses for task network interfaces`)
    expect(text).toContain(
      `${SUBNETS[0]} (eu-west-1a): 0 free, ${SUBNETS[1]} (eu-west-1b): 1 free. The deployment may run 4 tasks at once (desired 2 × maximumPercent 200%); 2 running tasks already hold their addresses, so it needs up to 2 more, and the subnets have 1.`
    )
    expect(commands).toContain(
      `aws ecs update-service --cluster prod --service api --network-configuration 'awsvpcConfiguration={subnets=[${SUBNETS[0]},${SUBNETS[1]},<subnet-id>],securityGroups=[${TASK_SG}],assignPublicIp=DISABLED}' --force-new-deployment --region eu-west-1`
    )
    expect(commands).toContain('aws ecs update-service --cluster prod --service api --deployment-configuration maximumPercent=100,minimumHealthyPercent=50 --region eu-west-1')
  })

  test('"Timeout waiting for network interface provisioning" becomes subnet exhaustion when the subnets are full', () => {
    expect(rootOf(caseEvidence('ENI timeout with full subnets')).root.code).toBe('subnet-ip-exhausted')
    const roomy = rootOf(S.stoppedWith(CAPACITY.eniTimeout))
    expect(roomy.root.code).toBe('placement-failed')
    expect(roomy.root.confidence).toBe('low')
  })

  test('tasks stuck in PROVISIONING with full subnets and no stop: the subnet check stands alone', () => {
    const { root, diagnosis } = rootOf(caseEvidence('subnets full while tasks hang'))
    expect(root.code).toBe('subnet-ip-exhausted')
    expect(diagnosis.checks.find((c) => c.id === 'subnets.free-ips')?.status).toBe('failed')
  })
})

describe('placement-failed', () => {
  test('Fargate capacity: retry or more zones', () => {
    const { root, commands } = rootOf(caseEvidence('Fargate capacity unavailable'))
    expect(root.title).toBe('Fargate has no capacity for the task right now in eu-west-1a and eu-west-1b')
    expect(commands[0]).toBe('aws ecs update-service --cluster prod --service api --force-new-deployment --region eu-west-1')
  })

  test('Fargate vCPU quota, with the quota code', () => {
    const { commands } = rootOf(caseEvidence('Fargate vCPU quota'))
    expect(commands[0]).toBe('aws service-quotas get-service-quota --service-code fargate --quota-code L-3032A538 --region eu-west-1')
  })

  test('"Internal error" points at an unsupported Availability Zone', () => {
    const { root, commands } = rootOf(caseEvidence('unsupported Availability Zone'))
    expect(root.title).toContain('Availability Zone Fargate does not support')
    expect(commands[0]).toContain(`aws ec2 describe-subnets --subnet-ids ${SUBNETS[0]} ${SUBNETS[1]}`)
  })

  test('EC2: no container instances / not enough memory', () => {
    expect(rootOf(caseEvidence('no container instances')).root.title).toBe('Cluster prod has no container instances')
    const memory = rootOf(caseEvidence('insufficient memory on EC2'))
    expect(memory.root.title).toBe('No container instance has enough memory for the task')
    expect(memory.text).toContain('i-0abc1234def567890: 256 MiB and 512 CPU units free')
  })
})

describe('container-instance-unhealthy', () => {
  test('agent disconnected: restart the agent with SSM, or drain', () => {
    const { root, commands } = rootOf(caseEvidence('agent disconnected'))
    expect(root.title).toBe('The ECS agent on i-0abc1234def567890 is disconnected')
    expect(commands[0]).toBe(
      `aws ssm send-command --document-name AWS-RunShellScript --instance-ids i-0abc1234def567890 --parameters '{"commands":["sudo systemctl restart ecs"]}' --region eu-west-1`
    )
    expect(commands[1]).toContain('aws ecs update-container-instances-state --cluster prod --container-instances arn:aws:ecs:eu-west-1:123456789012:container-instance/prod/5a1e2b3c1d2e4f5a8b9c0d1e2f3a4b5c --status DRAINING')
  })

  test('devicemapper thin pool full', () => {
    const { root, commands } = rootOf(caseEvidence('devicemapper full'))
    expect(root.title).toBe('The container instance i-0abc1234def567890 ran out of Docker disk space')
    expect(commands[0]).toContain('docker system prune -af')
  })
})

describe('spot-interruption', () => {
  test('benign for the watch, but the root cause when it is all that happened', () => {
    const { root, diagnosis, commands } = rootOf(caseEvidence('Spot interruptions only'))
    expect(root.code).toBe('spot-interruption')
    expect(root.title).toBe('3 Fargate Spot tasks were interrupted')
    expect(diagnosis.failureGroups).toEqual([])
    expect(commands[0]).toContain('--capacity-provider-strategy capacityProvider=FARGATE,base=1,weight=1 capacityProvider=FARGATE_SPOT,weight=1')
  })

  test('next to a real failure it is not the root cause', () => {
    const evidence = caseEvidence('Spot interruptions only')
    S.withStops(evidence, CAPACITY.subnetFull, 1)
    expect(rootOf(evidence).root.code).toBe('subnet-ip-exhausted')
  })
})

describe('ephemeral-storage-exhausted', () => {
  test('the image does not fit in the task storage', () => {
    const { root, text } = rootOf(caseEvidence('image larger than ephemeral storage'))
    expect(root.title).toBe("The image does not fit in the task's 20 GiB of ephemeral storage")
    expect(text).toContain('The task has 20 GiB of ephemeral storage (the Fargate default)')
    expect(root.fixes[0].note).toContain('"ephemeralStorage": {"sizeInGiB": 40}')
  })

  test('the runtime side\'s "No space left on device" in the app logs: the container filled its storage', () => {
    const evidence = S.failedDeployment()
    const crashed = task({ stopCode: 'EssentialContainerExited', stoppedReason: 'Essential container in task exited', containers: [{ name: 'api', lastStatus: 'STOPPED', exitCode: 1 }] })
    evidence.tasks?.push(crashed)
    evidence.logs = [{ taskArn: crashed.taskArn ?? '', containerName: 'api', lines: ['writing cache', "Error: ENOSPC: No space left on device, write '/tmp/cache/blob'"] }]
    const group = {
      code: 'ephemeral-storage-exhausted' as const,
      classifications: [{ code: 'ephemeral-storage-exhausted' as const, confidence: 'high' as const, deterministic: false, signature: 'x', cause: 'No space left on device', containerName: 'api', exitCode: 1 }],
      tasks: [crashed],
      events: []
    }
    const finding = startupRules.explainers['ephemeral-storage-exhausted']?.(buildContext(evidence), group)
    expect(finding?.title).toBe('The container ran out of disk space (20 GiB of ephemeral storage)')
    expect(finding?.evidence).toContain("api: Error: ENOSPC: No space left on device, write '/tmp/cache/blob'")
  })

  test('variants: containerd snapshot extract', () => {
    expect(rootOf(S.stoppedWith(CAPACITY.fargateDiskContainerd)).root.code).toBe('ephemeral-storage-exhausted')
  })
})

describe('deployment-configuration-blocked, role-invalid, invalid-task-definition', () => {
  test('min/max percent that allow no task of room', () => {
    const { root, text, commands } = rootOf(caseEvidence('deployment configuration blocks'))
    expect(root.code).toBe('deployment-configuration-blocked')
    expect(text).toContain('desiredCount 1, minimumHealthyPercent 100 (keeps 1 running, rounded up) and maximumPercent 100 (allows 1 at most, rounded down)')
    expect(commands).toEqual(['aws ecs update-service --cluster prod --service api --deployment-configuration minimumHealthyPercent=100,maximumPercent=200 --region eu-west-1'])
  })

  test('EC2 with a fixed host port stops a task first instead', () => {
    const evidence = S.onEc2(caseEvidence('deployment configuration blocks'))
    evidence.service.desiredCount = 2
    const { commands } = rootOf(evidence)
    expect(commands).toEqual(['aws ecs update-service --cluster prod --service api --deployment-configuration minimumHealthyPercent=50,maximumPercent=100 --region eu-west-1'])
  })

  test('a trust policy without ecs-tasks.amazonaws.com', () => {
    const { root, text, commands } = rootOf(caseEvidence('role trust policy'))
    expect(root.title).toBe('ECS cannot assume api-execution-role: its trust policy does not allow ecs-tasks.amazonaws.com')
    expect(text).toContain('(it trusts ec2.amazonaws.com)')
    expect(commands).toEqual([
      `aws iam update-assume-role-policy --role-name api-execution-role --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}]}' --region eu-west-1`
    ])
  })

  test('a deleted execution role is created again with the managed policy', () => {
    const { root, commands } = rootOf(caseEvidence('execution role deleted'))
    expect(root.title).toBe('The execution role api-execution-role does not exist')
    expect(commands[1]).toBe('aws iam attach-role-policy --role-name api-execution-role --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy --region eu-west-1')
  })

  test('an assume-role event while the role looks fine: IAM propagation, low confidence', () => {
    const { root } = rootOf(S.withEvents(S.failedDeployment(), EVENTS.assumeRole))
    expect(root.code).toBe('role-invalid')
    expect(root.confidence).toBe('low')
    expect(root.evidence.join('\n')).toContain('IAM may not have propagated it yet')
  })

  test('the service-linked role', () => {
    const { commands } = rootOf(caseEvidence('service-linked role missing'))
    expect(commands).toEqual(['aws iam create-service-linked-role --aws-service-name ecs.amazonaws.com --region eu-west-1'])
  })

  test('CannotCreateContainerError on a bad mount, and a Fargate requirement rejected at launch', () => {
    const mount = rootOf(caseEvidence('invalid mount config'))
    expect(mount.root.code).toBe('invalid-task-definition')
    expect(mount.root.title).toBe('ECS could not create the containers of api:42: bind source path does not exist: /data/cache')
    expect(mount.commands[0]).toBe('aws ecs update-service --cluster prod --service api --task-definition api:41 --region eu-west-1')
    expect(rootOf(caseEvidence('Fargate without execution role')).root.code).toBe('invalid-task-definition')
  })

  test('an invalid Fargate CPU/memory pair is reported', () => {
    const evidence = S.stoppedWith(CAPACITY.invalidMount)
    if (evidence.taskDefinition) evidence.taskDefinition.memory = '3000'
    const { text, diagnosis } = rootOf(evidence)
    expect(text).toContain('Task memory 3000 MiB is not valid with 512 CPU units on Fargate (1024-4096 MiB in steps of 1024).')
    expect(diagnosis.checks.find((c) => c.id === 'taskdef.fargate-size')?.status).toBe('failed')
  })
})
