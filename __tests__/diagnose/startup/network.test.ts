import { describe, expect, test } from '@jest/globals'
import { diagnose } from '../../../src/diagnose/index.js'
import type { Evidence } from '../../../src/evidence/schema.js'
import { NAT, ROUTE_TABLE, SUBNETS, TASK_SG, VPC } from '../../fixtures/evidence.js'
import { fixtureCases } from './cases.js'
import { NETWORK } from './reasons.js'
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

describe('network-unreachable names the gap with the real ids', () => {
  test('isolated subnets: no NAT/IGW route and the missing endpoints, with endpoint and NAT fixes', () => {
    const { root, commands, text } = rootOf(caseEvidence('isolated subnets without endpoints'))
    expect(root.code).toBe('network-unreachable')
    expect(root.confidence).toBe('high')
    expect(root.title).toContain('the ECR API (registry auth)')
    expect(text).toContain(`${SUBNETS[0]} and ${SUBNETS[1]} have no route to a NAT or internet gateway, and VPC ${VPC} lacks com.amazonaws.eu-west-1.ecr.api, com.amazonaws.eu-west-1.ecr.dkr`)
    expect(text).toContain('the S3 gateway endpoint com.amazonaws.eu-west-1.s3')
    expect(text).toContain('dial tcp 52.94.1.10:443: i/o timeout')
    expect(commands).toContain(
      `aws ec2 create-vpc-endpoint --vpc-id ${VPC} --vpc-endpoint-type Interface --service-name com.amazonaws.eu-west-1.ecr.dkr --subnet-ids ${SUBNETS[0]} ${SUBNETS[1]} --security-group-ids ${TASK_SG} --private-dns-enabled --region eu-west-1`
    )
    expect(commands).toContain(`aws ec2 create-vpc-endpoint --vpc-id ${VPC} --vpc-endpoint-type Gateway --service-name com.amazonaws.eu-west-1.s3 --route-table-ids ${ROUTE_TABLE} --region eu-west-1`)
    expect(commands).toContain(`aws ec2 create-route --route-table-id ${ROUTE_TABLE} --destination-cidr-block 0.0.0.0/0 --nat-gateway-id '<nat-gateway-id>' --region eu-west-1`)
    expect(root.fixes.find((f) => f.commands.some((c) => c.includes('<nat-gateway-id>')))?.title).toContain('fill in <nat-gateway-id>')
  })

  test('only the endpoints that are missing are asked for', () => {
    const { text, commands } = rootOf(caseEvidence('isolated subnets, ECR endpoints but no S3 gateway'))
    expect(text).toContain('lacks the S3 gateway endpoint com.amazonaws.eu-west-1.s3')
    expect(commands.some((c) => c.includes('com.amazonaws.eu-west-1.ecr.api'))).toBe(false)
    expect(text).toContain('VPC endpoint com.amazonaws.eu-west-1.ecr.api (vpce-01a1b2c3d4e5f6a7b8) is available with private DNS')
  })

  test('the S3 gateway endpoint exists but not on the task route table', () => {
    const { root, commands } = rootOf(caseEvidence('S3 gateway not on the task route table'))
    expect(root.title).toBe('Tasks cannot reach S3 (ECR image layers): the S3 gateway endpoint is not on the task route table')
    expect(commands).toContain(`aws ec2 modify-vpc-endpoint --vpc-endpoint-id vpce-0s3gateway0000001 --add-route-table-ids ${ROUTE_TABLE} --region eu-west-1`)
  })

  test('a public subnet with assignPublicIp DISABLED', () => {
    const { root, commands, text } = rootOf(caseEvidence('public subnet without public IP'))
    expect(text).toContain(`route 0.0.0.0/0 to internet gateway ${S.IGW}, but the service sets assignPublicIp=DISABLED`)
    expect(commands).toEqual([
      `aws ecs update-service --cluster prod --service api --network-configuration 'awsvpcConfiguration={subnets=[${SUBNETS[0]},${SUBNETS[1]}],securityGroups=[${TASK_SG}],assignPublicIp=ENABLED}' --force-new-deployment --region eu-west-1`
    ])
    expect(root.confidence).toBe('high')
  })

  test('a NAT gateway that is not available', () => {
    const { text } = rootOf(caseEvidence('NAT gateway failed'))
    expect(text).toContain(`route 0.0.0.0/0 to ${NAT}, whose state is failed, not available (Elastic IP address eipalloc-0a1b2c3d could not be associated with this NAT gateway)`)
  })

  test('a blackhole route is replaced, not created', () => {
    const { root, commands } = rootOf(caseEvidence('blackhole default route'))
    expect(root.title).toContain('the default route points at a gateway that no longer exists')
    expect(commands[0]).toBe(`aws ec2 replace-route --route-table-id ${ROUTE_TABLE} --destination-cidr-block 0.0.0.0/0 --nat-gateway-id '<nat-gateway-id>' --region eu-west-1`)
    expect(commands.some((c) => c.startsWith('aws ec2 create-route'))).toBe(false)
  })

  test('the endpoint security group does not admit the task', () => {
    const { root, commands, text } = rootOf(caseEvidence('endpoint security group blocks the task'))
    expect(root.title).toBe("Tasks cannot reach Secrets Manager: the secretsmanager endpoint's security group blocks HTTPS from the task")
    expect(text).toContain(`uses ${S.ENDPOINT_SG}, which allows no inbound TCP 443 from the task security group ${TASK_SG}`)
    expect(commands).toEqual([
      `aws ec2 authorize-security-group-ingress --group-id ${S.ENDPOINT_SG} --ip-permissions 'IpProtocol=tcp,FromPort=443,ToPort=443,UserIdGroupPairs=[{GroupId=${TASK_SG}}]' --region eu-west-1`
    ])
  })

  test('private DNS off on an interface endpoint', () => {
    const { commands } = rootOf(caseEvidence('private DNS off on an endpoint'))
    expect(commands[0]).toBe('aws ec2 modify-vpc-endpoint --vpc-endpoint-id vpce-04a1b2c3d4e5f6a7b8 --private-dns-enabled --region eu-west-1')
  })

  test('task security group without outbound 443', () => {
    const { text, commands } = rootOf(caseEvidence('task SG egress without 443'))
    expect(text).toContain(`Task security group ${TASK_SG} allows no outbound TCP 443 to 0.0.0.0/0`)
    expect(commands).toEqual([
      `aws ec2 authorize-security-group-egress --group-id ${TASK_SG} --ip-permissions 'IpProtocol=tcp,FromPort=443,ToPort=443,IpRanges=[{CidrIp=0.0.0.0/0}]' --region eu-west-1`
    ])
  })

  test('restricted egress that forgets the S3 prefix list (the runbook blind spot)', () => {
    const { text, commands } = rootOf(caseEvidence('restricted egress without the S3 prefix list'))
    expect(text).toContain('allows no TCP 443 to the S3 prefix list pl-6da54004')
    expect(commands).toEqual([
      `aws ec2 authorize-security-group-egress --group-id ${TASK_SG} --ip-permissions 'IpProtocol=tcp,FromPort=443,ToPort=443,PrefixListIds=[{PrefixListId=pl-6da54004}]' --region eu-west-1`
    ])
  })

  test('network ACL: outbound 443 denied, and no inbound ephemeral ports (stateless)', () => {
    const out = rootOf(caseEvidence('NACL denies outbound 443'))
    expect(out.text).toContain('Network ACL acl-0123abcd4567ef890 of subnet-0aa11bb22cc33dd44 and subnet-0ee55ff66aa77bb88 blocks outbound TCP 443 to 0.0.0.0/0: rule 90 denies it.')
    expect(out.commands).toEqual([
      'aws ec2 create-network-acl-entry --network-acl-id acl-0123abcd4567ef890 --egress --rule-number 89 --protocol tcp --port-range From=443,To=443 --cidr-block 0.0.0.0/0 --rule-action allow --region eu-west-1'
    ])
    const back = rootOf(caseEvidence('NACL without ephemeral return ports'))
    expect(back.text).toContain('blocks the return traffic (inbound TCP 1024-65535 from 0.0.0.0/0)')
    expect(back.commands[0]).toContain('--ingress --rule-number 99 --protocol tcp --port-range From=1024,To=65535')
  })

  test('VPC DNS support off explains "no such host"', () => {
    const { root, commands } = rootOf(caseEvidence('VPC DNS support off'))
    expect(root.title).toContain('VPC DNS resolution is off')
    expect(root.explanation).toContain('could not resolve the name of')
    expect(commands).toEqual([`aws ec2 modify-vpc-attribute --vpc-id ${VPC} --enable-dns-support Value=true --region eu-west-1`])
  })

  test('private DNS of interface endpoints needs enableDnsHostnames too', () => {
    const evidence = S.withEndpoints(S.isolate(S.stoppedWith(NETWORK.ecrAuthTimeout)), ['ecr.api', 'ecr.dkr', 'logs', 'secretsmanager'], { s3Gateway: true })
    if (evidence.network) evidence.network.vpcAttributes = { enableDnsSupport: true, enableDnsHostnames: false }
    const { text, commands } = rootOf(evidence)
    expect(text).toContain(`VPC ${VPC} has enableDnsHostnames=false: private DNS of interface endpoints needs both DNS attributes.`)
    expect(commands).toContain(`aws ec2 modify-vpc-attribute --vpc-id ${VPC} --enable-dns-hostnames Value=true --region eu-west-1`)
  })

  test('a Docker Hub image cannot come through VPC endpoints', () => {
    const { root, text } = rootOf(caseEvidence('Docker Hub image in an isolated subnet'))
    expect(root.title).toContain('Docker Hub (registry-1.docker.io)')
    expect(text).toContain('nginx:1.25 is not in ECR; VPC endpoints cannot reach other registries')
  })

  test('when routes, endpoints, SGs and NACLs look fine the timeout is contradicted and confidence drops', () => {
    const { root, text } = rootOf(caseEvidence('network timeout but path looks fine'))
    expect(root.confidence).toBe('low')
    expect(root.title).toBe('Tasks timed out reaching the ECR registry (image manifest), but the network path looks correct')
    expect(root.explanation).toContain('contradicts the evidence')
    expect(text).toContain(`routes 0.0.0.0/0 to ${NAT}, which is available`)
  })

  test('without network evidence: named from the message, medium confidence, says which check could not run', () => {
    const { root, diagnosis, text, commands } = rootOf(caseEvidence('network timeout without network evidence'))
    expect(root.code).toBe('network-unreachable')
    expect(root.confidence).toBe('medium')
    expect(text).toContain('Could not check the subnet routes: ec2:DescribeRouteTables failed (UnauthorizedOperation).')
    expect(commands[0]).toContain(`aws ec2 describe-route-tables --filters Name=association.subnet-id,Values=${SUBNETS[0]},${SUBNETS[1]}`)
    expect(diagnosis.checks.find((c) => c.id === 'unavailable:ec2:DescribeRouteTables')?.missingPermission).toBe('ec2:DescribeRouteTables')
    expect(diagnosis.checks.some((c) => c.id === 'network')).toBe(false)
  })

  test('the network checks are reported passed and failed, one per subnet, group and ACL', () => {
    const { diagnosis } = rootOf(caseEvidence('isolated subnets without endpoints'))
    const byId = Object.fromEntries(diagnosis.checks.map((c) => [c.id, c.status]))
    expect(byId[`network.route.${SUBNETS[0]}`]).toBe('passed')
    expect(byId['network.endpoints']).toBe('failed')
    expect(byId['network.sg-egress']).toBe('passed')
    expect(byId['network.nacl.acl-0123abcd4567ef890']).toBe('passed')
    expect(byId['network.dns']).toBe('passed')
  })

  test('tasks hanging in PENDING with no stops: the broken path stands as the root cause on its own', () => {
    const evidence = S.isolate(S.failedDeployment())
    evidence.watch = { verdict: 'stuck', reason: 'no task reached RUNNING', startedAt: '2026-11-20T10:00:00.000Z', endedAt: '2026-11-20T10:15:00.000Z' }
    evidence.tasks?.push(S.pendingTask('PENDING'))
    const { root } = rootOf(evidence)
    expect(root.code).toBe('network-unreachable')
    expect(root.confidence).toBe('medium')
    expect(root.evidence[0]).toMatch(/^No stopped task or event names it, but the evidence shows: /)
  })

  test('ENABLED public IPs with an internet gateway route pass the route check', () => {
    const evidence = S.publicRoute(S.stoppedWith(NETWORK.manifestTimeout))
    const vpc = evidence.service.networkConfiguration?.awsvpcConfiguration
    if (vpc) vpc.assignPublicIp = 'ENABLED'
    const { root, diagnosis } = rootOf(evidence)
    expect(diagnosis.checks.find((c) => c.id === `network.route.${SUBNETS[0]}`)?.status).toBe('passed')
    expect(root.confidence).toBe('low')
  })
})
