/** Isolated subnets need the interface endpoints the task uses (private DNS on) and the S3 gateway endpoint on their route table; endpoint groups must admit HTTPS from the task. */
import type { Fix } from '../../types.js'
import { listOf, unique } from '../facts.js'
import { aws } from '../fixes.js'
import { ingressFromTask } from './firewall.js'
import { endpointServiceName, type InterfaceNeed } from './needs.js'
import { httpsIngress, isAvailable, onePerZone, routeOperation, shortService, type Endpoint, type NetworkScope, type SubnetPath } from './scope.js'
export function checkEndpoints(scope: NetworkScope, isolated: SubnetPath[]): void {
  const where = listOf(isolated.map((p) => p.subnetId))
  const missing: InterfaceNeed[] = []
  const dnsOff: Endpoint[] = []
  for (const need of scope.needs.interfaces) {
    const endpoint = scope.interfaceEndpoint(need.service)
    if (!endpoint || !isAvailable(endpoint)) missing.push(need)
    else if (endpoint.PrivateDnsEnabled === false) dnsOff.push(endpoint)
    else scope.passed.push(`VPC endpoint ${endpoint.ServiceName} (${endpoint.VpcEndpointId}) is available with private DNS, for ${need.reason}.`)
  }
  const gateway = scope.needs.s3 ? scope.s3Gateway() : undefined
  const s3Missing = scope.needs.s3 && !gateway
  const names = [...missing.map((m) => endpointServiceName(scope.region, m.service)), ...(s3Missing ? [`the S3 gateway endpoint ${endpointServiceName(scope.region, 's3')}`] : [])]
  if (names.length > 0) {
    const s3Interface = s3Missing && scope.endpoints.some((e) => e.ServiceName === endpointServiceName(scope.region, 's3') && e.VpcEndpointType === 'Interface')
    const detail =
      `${where} ${isolated.length === 1 ? 'has' : 'have'} no route to a NAT or internet gateway, and VPC ${scope.vpcId ?? ''} lacks ${listOf(names)}` +
      ` (needed for ${listOf(unique([...missing.map((m) => m.reason), ...(s3Missing ? ['ECR image layers'] : [])]))}).` +
      (s3Interface ? ' An S3 interface endpoint exists, but ECR layer downloads need the S3 gateway endpoint.' : '')
    scope.add({
      kind: 'missing-endpoints',
      detail,
      services: [...missing.map((m) => m.service), ...(s3Missing ? ['s3'] : [])],
      fixes: [endpointFix(scope, missing.map((m) => m.service), s3Missing, isolated), scope.natRouteFix(isolated, routeOperation(isolated))]
    })
  }
  for (const endpoint of dnsOff) {
    scope.add({
      kind: 'private-dns-off',
      detail: `VPC endpoint ${endpoint.VpcEndpointId} (${endpoint.ServiceName}) has private DNS disabled, so the task still resolves the public hostname, which ${where} cannot reach.`,
      services: [shortService(endpoint.ServiceName ?? '', scope.region)],
      fixes: [
        {
          title: `Enable private DNS on ${endpoint.VpcEndpointId}`,
          commands: [aws(scope.region, 'ec2', 'modify-vpc-endpoint', '--vpc-endpoint-id', endpoint.VpcEndpointId ?? '', '--private-dns-enabled')]
        }
      ]
    })
  }
  if (gateway) checkGatewayTables(scope, gateway, isolated)
  if (scope.needs.internetImages.length > 0) {
    scope.add({
      kind: 'internet-image',
      detail: `${listOf(scope.needs.internetImages)} ${scope.needs.internetImages.length === 1 ? 'is' : 'are'} not in ECR; VPC endpoints cannot reach other registries, so ${where} need${isolated.length === 1 ? 's' : ''} a NAT route (or an ECR pull-through cache).`,
      services: [],
      fixes: [scope.natRouteFix(isolated, routeOperation(isolated))]
    })
  }
  const status = names.length === 0 && dnsOff.length === 0 ? 'passed' : 'failed'
  scope.checks.push({
    id: 'network.endpoints',
    title: 'VPC endpoints for what the task uses (isolated subnets)',
    status,
    detail: status === 'passed' ? `All of ${listOf(neededNames(scope))} are present.` : `Missing or unusable: ${listOf([...names, ...dnsOff.map((e) => e.ServiceName ?? '')])}.`
  })
}

function neededNames(scope: NetworkScope): string[] {
  return [...scope.needs.interfaces.map((n) => n.service), ...(scope.needs.s3 ? ['s3 (gateway)'] : [])]
}

function checkGatewayTables(scope: NetworkScope, gateway: Endpoint, isolated: SubnetPath[]): void {
  const tables = unique(isolated.map((p) => p.routeTableId))
  const absent = tables.filter((t) => !(gateway.RouteTableIds ?? []).includes(t))
  if (absent.length > 0) {
    scope.add({
      kind: 's3-gateway-route',
      detail: `The S3 gateway endpoint ${gateway.VpcEndpointId} is not associated with route table ${listOf(absent)} of the task subnets, so ECR layer downloads from S3 have no path.`,
      services: ['s3'],
      fixes: [
        {
          title: `Add ${listOf(absent)} to the S3 gateway endpoint ${gateway.VpcEndpointId}`,
          commands: [aws(scope.region, 'ec2', 'modify-vpc-endpoint', '--vpc-endpoint-id', gateway.VpcEndpointId ?? '', '--add-route-table-ids', ...absent)]
        }
      ]
    })
  } else {
    scope.passed.push(`The S3 gateway endpoint ${gateway.VpcEndpointId} is on route table ${listOf(tables)}.`)
  }
}

/** Interface endpoints in one subnet per AZ (AWS allows only one per AZ), with an endpoint group that admits the task. */
function endpointFix(scope: NetworkScope, services: string[], s3: boolean, isolated: SubnetPath[]): Fix {
  const subnets = onePerZone(isolated)
  const existingGroup = scope.endpoints.flatMap((e) => (e.Groups ?? []).map((g) => g.GroupId)).find(Boolean)
  const group = existingGroup ?? scope.taskGroupIds[0]
  const commands = services.map((service) =>
    aws(
      scope.region,
      'ec2',
      'create-vpc-endpoint',
      '--vpc-id',
      scope.vpcId ?? '<vpc-id>',
      '--vpc-endpoint-type',
      'Interface',
      '--service-name',
      endpointServiceName(scope.region, service),
      '--subnet-ids',
      ...subnets,
      ...(group ? ['--security-group-ids', group] : []),
      '--private-dns-enabled'
    )
  )
  if (s3) {
    const tables = unique(isolated.map((p) => p.routeTableId))
    commands.push(
      aws(scope.region, 'ec2', 'create-vpc-endpoint', '--vpc-id', scope.vpcId ?? '<vpc-id>', '--vpc-endpoint-type', 'Gateway', '--service-name', endpointServiceName(scope.region, 's3'), '--route-table-ids', ...tables)
    )
  }
  if (services.length > 0 && group && !existingGroup && !scope.groupAdmitsTask(group)) {
    commands.push(httpsIngress(scope.region, group, scope.taskGroupIds[0]))
  }
  const what = [...services, ...(s3 ? ['s3 (gateway)'] : [])]
  return { title: `Create the missing VPC endpoints: ${listOf(what)}`, commands }
}

/** Interface endpoints in use (private DNS on) must admit HTTPS from the task, whatever the route. */
export function checkEndpointGroups(scope: NetworkScope, subnets: SubnetPath[]): void {
  if (!scope.net.securityGroups) return
  for (const need of scope.needs.interfaces) {
    const endpoint = scope.interfaceEndpoint(need.service)
    if (!endpoint || !isAvailable(endpoint) || endpoint.PrivateDnsEnabled === false) continue
    const groupIds = (endpoint.Groups ?? []).map((g) => g.GroupId ?? '')
    const groups = scope.groups.filter((g) => groupIds.includes(g.GroupId ?? ''))
    if (groups.length === 0) continue
    const id = `network.endpoint-sg.${endpoint.VpcEndpointId}`
    const title = `Security group of endpoint ${endpoint.VpcEndpointId} (${need.service}) admits HTTPS from the task`
    if (ingressFromTask(groups, scope.taskGroupIds, scope.taskCidrs())) {
      scope.checks.push({ id, title, status: 'passed' })
      continue
    }
    const detail = `Endpoint ${endpoint.VpcEndpointId} (${endpoint.ServiceName}) uses ${listOf(groupIds)}, which ${groupIds.length === 1 ? 'allows' : 'allow'} no inbound TCP 443 from the task security group${scope.taskGroupIds.length === 1 ? '' : 's'} ${listOf(scope.taskGroupIds)} or the task subnets${subnets.some((s) => s.egress !== 'none') ? ' (with private DNS on, the task reaches the service only through this endpoint)' : ''}.`
    scope.checks.push({ id, title, status: 'failed', detail })
    scope.add({
      kind: 'endpoint-sg',
      detail,
      services: [need.service],
      fixes: scope.taskGroupIds[0]
        ? [{ title: `Allow HTTPS from ${scope.taskGroupIds[0]} into ${groupIds[0]}`, commands: [httpsIngress(scope.region, groupIds[0], scope.taskGroupIds[0])] }]
        : []
    })
  }
}
