/**
 * Proves (or disproves) that the task ENI can reach what it needs to start, read-only, from the
 * collected evidence: each task subnet's route table (explicit association, else the main table)
 * → 0.0.0.0/0 via an internet gateway (needs assignPublicIp ENABLED), a NAT gateway (must be
 * available), or nothing (isolated: then the interface endpoints the task uses, with private DNS,
 * and the S3 gateway endpoint on the subnet's route table); endpoint security groups letting 443
 * in from the task; task security groups letting 443 out (to the S3 prefix list too when egress
 * is restricted); network ACLs both ways; the VPC DNS attributes.
 */
import type { DiagnosisContext } from '../../context.js'
import { checkAcls } from './acls.js'
import { checkDns } from './dns.js'
import { checkTaskEgress } from './egress.js'
import { checkEndpointGroups, checkEndpoints } from './endpoints.js'
import { networkNeeds } from './needs.js'
import { checkRoutes, pathOf } from './routes.js'
import { NetworkScope, type NetworkAnalysis } from './scope.js'

export type { Egress, NetworkAnalysis, NetworkProblem, ProblemKind, SubnetPath } from './scope.js'

export function analyseNetwork(ctx: DiagnosisContext): NetworkAnalysis {
  const needs = networkNeeds(ctx)
  const net = ctx.evidence.network
  if (!net || ctx.subnetIds.length === 0) return { available: false, subnets: [], problems: [], passed: [], checks: [], needs }
  const scope = new NetworkScope(ctx, net, needs)
  const subnets = ctx.subnetIds.map((id) => pathOf(scope, id))
  checkRoutes(scope, subnets)
  const isolated = subnets.filter((s) => s.egress === 'none')
  const needsAnything = needs.interfaces.length > 0 || needs.s3 || needs.internetImages.length > 0
  if (isolated.length > 0 && needsAnything) checkEndpoints(scope, isolated)
  checkEndpointGroups(scope, subnets)
  checkTaskEgress(scope, subnets)
  checkAcls(scope, subnets)
  checkDns(scope, isolated.length > 0)
  return {
    available: true,
    ...(scope.vpcId ? { vpcId: scope.vpcId } : {}),
    subnets,
    problems: scope.problems,
    passed: scope.passed,
    checks: scope.checks,
    needs
  }
}
