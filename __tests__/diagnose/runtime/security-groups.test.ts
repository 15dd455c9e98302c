import { describe, expect, it } from '@jest/globals'
import { loadBalancerReachesTask } from '../../../src/diagnose/runtime/elb/security-groups.js'
import type { NetworkEvidence } from '../../../src/evidence/schema.js'
import { LB_SG, TASK_SG, baseEvidence } from '../../fixtures/evidence.js'

type Permission = NonNullable<NonNullable<NetworkEvidence['securityGroups']>[number]['IpPermissions']>[number]

function network(ingress: Permission[], lbEgress?: Permission[]): NetworkEvidence {
  const evidence = baseEvidence().network!
  evidence.securityGroups![0].IpPermissions = ingress
  if (lbEgress) evidence.securityGroups![1].IpPermissionsEgress = lbEgress
  return evidence
}

const tcp8080 = (source: Partial<Permission>): Permission => ({ IpProtocol: 'tcp', FromPort: 8080, ToPort: 8080, ...source })

describe('can the load balancer reach the task port', () => {
  it('allowed from the load balancer security group', () => {
    const verdict = loadBalancerReachesTask(network([tcp8080({ UserIdGroupPairs: [{ GroupId: LB_SG }] })]), [TASK_SG], 8080, [LB_SG])
    expect(verdict).toMatchObject({ status: 'allowed', loadBalancerSecurityGroupId: LB_SG })
  })

  it('blocked when only an office VPN range outside the VPC is admitted', () => {
    const verdict = loadBalancerReachesTask(network([tcp8080({ IpRanges: [{ CidrIp: '172.16.0.0/16' }] })]), [TASK_SG], 8080, [LB_SG])
    expect(verdict).toMatchObject({ status: 'blocked', blockedBy: 'task-ingress', loadBalancerSecurityGroupId: LB_SG })
    expect(verdict.detail).toBe(`${TASK_SG} allows TCP 8080 only from 172.16.0.0/16 (outside the VPC subnets the load balancer sends from), not from the load balancer's ${LB_SG}.`)
  })

  it('allowed from the VPC range; undecided for another range of the same /16', () => {
    expect(loadBalancerReachesTask(network([tcp8080({ IpRanges: [{ CidrIp: '10.0.0.0/16' }] })]), [TASK_SG], 8080).status).toBe('allowed')
    expect(loadBalancerReachesTask(network([tcp8080({ IpRanges: [{ CidrIp: '10.0.100.0/22' }] })]), [TASK_SG], 8080).status).toBe('unknown')
  })

  it('blocked when the port is not open at all, or only another port is', () => {
    const other = { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, UserIdGroupPairs: [{ GroupId: LB_SG }] }
    expect(loadBalancerReachesTask(network([other]), [TASK_SG], 8080)).toMatchObject({ status: 'blocked', detail: `No inbound rule of ${TASK_SG} allows TCP 8080 from anywhere.` })
  })

  it('blocked on the load balancer side when its security group has no egress to the tasks', () => {
    const verdict = loadBalancerReachesTask(
      network([tcp8080({ UserIdGroupPairs: [{ GroupId: LB_SG }] })], [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }]),
      [TASK_SG],
      8080,
      [LB_SG]
    )
    expect(verdict).toMatchObject({ status: 'blocked', blockedBy: 'lb-egress' })
  })

  it('unknown without the task security groups in the evidence', () => {
    expect(loadBalancerReachesTask(undefined, [TASK_SG], 8080).status).toBe('unknown')
  })
})
