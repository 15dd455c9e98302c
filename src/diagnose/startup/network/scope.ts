/** What the network checks share: the evidence, the task's groups and endpoints, and the problems, passes and checks found so far. */
import type { NatGateway, RouteTable, Subnet, VpcEndpoint } from '@aws-sdk/client-ec2'
import type { NetworkEvidence } from '../../../evidence/schema.js'
import type { Jsonified } from '../../../types.js'
import type { DiagnosisContext } from '../../context.js'
import type { Check, Fix } from '../../types.js'
import { listOf, unique } from '../facts.js'
import { aws } from '../fixes.js'
import { ANYWHERE } from './cidr.js'
import { ingressFromTask, type Group } from './firewall.js'
import { endpointServiceName, type NetworkNeeds } from './needs.js'

export type Route = NonNullable<Jsonified<RouteTable>['Routes']>[number]
export type Table = Jsonified<RouteTable>
export type Endpoint = Jsonified<VpcEndpoint>
export type Nat = Jsonified<NatGateway>
export type SubnetInfo = Jsonified<Subnet>

export type Egress = 'igw' | 'nat' | 'other' | 'none' | 'unknown'

export interface SubnetPath {
  subnetId: string
  routeTableId?: string
  association: 'explicit' | 'main' | 'unknown'
  egress: Egress
  /** igw-…, nat-…, tgw-… the default route points at. */
  target?: string
  cidr?: string
  availabilityZone?: string
}

export type ProblemKind =
  | 'public-ip-disabled'
  | 'nat-unavailable'
  | 'blackhole'
  | 'missing-endpoints'
  | 'internet-image'
  | 'private-dns-off'
  | 's3-gateway-route'
  | 'endpoint-sg'
  | 'sg-egress'
  | 'sg-egress-endpoint'
  | 'sg-egress-s3'
  | 'nacl-egress'
  | 'nacl-ingress'
  | 'dns-support'
  | 'dns-hostnames'

export interface NetworkProblem {
  kind: ProblemKind
  /** One evidence line, with the real ids. */
  detail: string
  /** Short endpoint service names involved ("ecr.dkr", "s3"). */
  services: string[]
  fixes: Fix[]
}

export interface NetworkAnalysis {
  /** False when no network evidence was collected (or the service has no awsvpc subnets). */
  available: boolean
  vpcId?: string
  subnets: SubnetPath[]
  problems: NetworkProblem[]
  /** What was checked and looked fine, as evidence lines. */
  passed: string[]
  checks: Check[]
  needs: NetworkNeeds
}


export class NetworkScope {
  readonly problems: NetworkProblem[] = []
  readonly passed: string[] = []
  readonly checks: Check[] = []
  readonly vpcId?: string
  readonly tables: Table[]
  readonly endpoints: Endpoint[]
  readonly groups: Group[]
  readonly taskGroupIds: string[]
  readonly region: string

  constructor(
    readonly ctx: DiagnosisContext,
    readonly net: NetworkEvidence,
    readonly needs: NetworkNeeds
  ) {
    this.region = ctx.region
    this.vpcId = net.vpcId ?? net.subnets?.find((s) => s.VpcId)?.VpcId
    this.tables = net.routeTables ?? []
    this.endpoints = (net.vpcEndpoints ?? []).filter((e) => !this.vpcId || !e.VpcId || e.VpcId === this.vpcId)
    this.groups = net.securityGroups ?? []
    this.taskGroupIds = net.taskSecurityGroupIds?.length ? net.taskSecurityGroupIds : ctx.securityGroupIds
  }


  subnetInfo(subnetId: string): SubnetInfo | undefined {
    return this.net.subnets?.find((s) => s.SubnetId === subnetId)
  }

  where(path: SubnetPath): string {
    const how = path.association === 'explicit' ? 'its route table' : 'the VPC main route table'
    return `${path.subnetId} (${how} ${path.routeTableId ?? 'unknown'})`
  }

  /** A default route to a NAT gateway: a known available one when the evidence has it, else one to fill in. */
  natRouteFix(paths: SubnetPath[], operation: 'create-route' | 'replace-route', avoid?: string): Fix {
    const nat = this.net.natGateways?.find((n) => n.State === 'available' && n.NatGatewayId !== avoid)?.NatGatewayId
    const tables = unique(paths.map((p) => p.routeTableId))
    const commands = (tables.length > 0 ? tables : ['<route-table-id>']).map((table) =>
      aws(this.region, 'ec2', operation, '--route-table-id', table, '--destination-cidr-block', ANYWHERE, '--nat-gateway-id', nat ?? '<nat-gateway-id>')
    )
    return nat
      ? { title: `Route 0.0.0.0/0 of ${listOf(tables)} through ${nat}`, commands }
      : {
          title: `Route 0.0.0.0/0 of ${listOf(tables)} through a NAT gateway (fill in <nat-gateway-id>: a NAT gateway in a public subnet)`,
          commands,
          note: 'List candidates with: aws ec2 describe-nat-gateways --filter Name=vpc-id,Values=' + (this.vpcId ?? '<vpc-id>') + ' --region ' + this.region
        }
  }

  interfaceEndpoint(service: string): Endpoint | undefined {
    const name = endpointServiceName(this.region, service)
    const matching = this.endpoints.filter((e) => e.ServiceName === name && (e.VpcEndpointType ?? 'Interface') === 'Interface')
    return matching.find((e) => isAvailable(e)) ?? matching[0]
  }

  s3Gateway(): Endpoint | undefined {
    const name = endpointServiceName(this.region, 's3')
    return this.endpoints.find((e) => e.ServiceName === name && e.VpcEndpointType === 'Gateway' && isAvailable(e))
  }

  groupAdmitsTask(groupId: string): boolean {
    const group = this.groups.find((g) => g.GroupId === groupId)
    return group ? ingressFromTask([group], this.taskGroupIds, this.taskCidrs()) : false
  }

  taskCidrs(): string[] {
    return unique(this.ctx.subnetIds.map((id) => this.subnetInfo(id)?.CidrBlock))
  }

  /** The VPC CIDR, read from the "local" route of a task route table. */
  vpcCidr(): string | undefined {
    return this.tables.flatMap((t) => t.Routes ?? []).find((r) => r.GatewayId === 'local' && r.DestinationCidrBlock)?.DestinationCidrBlock
  }

  /** Same kind and same detail only once (subnets sharing a route table produce one problem). */
  add(problem: NetworkProblem): void {
    if (this.problems.some((p) => p.kind === problem.kind && p.detail === problem.detail)) return
    this.problems.push(problem)
  }
}

/** A blackhole route is replaced; a missing one is created. */
export function routeOperation(paths: SubnetPath[]): 'create-route' | 'replace-route' {
  return paths.some((p) => p.target?.startsWith('blackhole:')) ? 'replace-route' : 'create-route'
}

export function isAvailable(endpoint: Endpoint): boolean {
  return (endpoint.State ?? 'available').toLowerCase() === 'available'
}

export function shortService(name: string, region: string): string {
  return name.replace(`com.amazonaws.${region}.`, '')
}

export function onePerZone(paths: SubnetPath[]): string[] {
  const byZone = new Map<string, string>()
  for (const path of paths) {
    const zone = path.availabilityZone ?? path.subnetId
    if (!byZone.has(zone)) byZone.set(zone, path.subnetId)
  }
  return [...byZone.values()]
}

export function httpsIngress(region: string, groupId: string, sourceGroupId: string | undefined): string {
  return aws(
    region,
    'ec2',
    'authorize-security-group-ingress',
    '--group-id',
    groupId,
    '--ip-permissions',
    `IpProtocol=tcp,FromPort=443,ToPort=443,UserIdGroupPairs=[{GroupId=${sourceGroupId ?? '<task-security-group-id>'}}]`
  )
}
