/**
 * service-connect-failed with the Service Connect evidence ECS already returns: the deployment's configuration
 * and Cloud Map services (DescribeServices), the proxy container's health in each task (DescribeTasks), what the
 * replaced deployment had. Its "failed container health checks" events are the proxy's too, not a second cause.
 */
import { describe, expect, it } from '@jest/globals'
import { diagnose } from '../../../src/diagnose/index.js'
import { DISCOVERY_ARN, NAMESPACE_ARN, NAMESPACE_ID, PROXY, proxyUnhealthy, proxyUnhealthyNewNamespace } from './fixtures/service-connect.js'

describe('service-connect-failed', () => {
  it('names the proxy and the namespace, and reports the configuration, the Cloud Map service and the proxy health', () => {
    const diagnosis = diagnose(proxyUnhealthy())
    const finding = diagnosis.rootCause
    expect(finding?.code).toBe('service-connect-failed')
    expect(finding?.title).toBe(`The Service Connect proxy (${PROXY}) is not healthy in namespace ${NAMESPACE_ID}`)
    expect(finding?.evidence.slice(1)).toEqual([
      `The proxy ${PROXY} was UNHEALTHY in 3 of 3 tasks of the deployment.`,
      `Service Connect of the deployment: namespace ${NAMESPACE_ARN}, port name api-8080-tcp as api (clients call api.internal:8080).`,
      `Cloud Map services ECS created for it: api (${DISCOVERY_ARN}).`,
      'The deployment it replaces had Service Connect off: this deployment turned it on.'
    ])
    expect(diagnosis.findings.map((f) => f.code)).toEqual(['service-connect-failed'])
  })

  it('offers the namespace lookup and a deploy without Service Connect, since the replaced deployment ran without it', () => {
    const commands = diagnose(proxyUnhealthy()).rootCause?.fixes.flatMap((f) => f.commands)
    expect(commands).toContain(`aws servicediscovery get-namespace --id ${NAMESPACE_ID} --region eu-west-1`)
    expect(commands).toContain(`aws ecs update-service --cluster prod --service api --service-connect-configuration '{"enabled":false}' --region eu-west-1`)
  })

  it('says when the deployment changed the namespace, and then does not offer to turn Service Connect off', () => {
    const finding = diagnose(proxyUnhealthyNewNamespace()).rootCause
    expect(finding?.evidence).toContain(
      `The deployment it replaces used namespace arn:aws:servicediscovery:eu-west-1:123456789012:namespace/ns-oldoldoldoldoldo; this one uses ${NAMESPACE_ARN}.`
    )
    expect(finding?.fixes.flatMap((f) => f.commands).some((c) => c.includes('--service-connect-configuration'))).toBe(false)
  })

  it('checks the port names and the proxy health', () => {
    const checks = diagnose(proxyUnhealthy()).checks.filter((c) => c.id.startsWith('service-connect.'))
    expect(checks.map((c) => `${c.status} ${c.id}: ${c.detail}`)).toEqual([
      'passed service-connect.port-names: Port name api-8080-tcp.',
      expect.stringMatching(/^failed service-connect\.proxy: 3 of 3 tasks: task \w{8} UNHEALTHY, task \w{8} UNHEALTHY, task \w{8} UNHEALTHY\.$/)
    ])
  })

  it('a port name the task definition lacks is named with high confidence', () => {
    const evidence = proxyUnhealthy()
    const mapping = evidence.taskDefinition?.containerDefinitions?.[0].portMappings?.[0]
    if (mapping) mapping.name = 'http'
    const diagnosis = diagnose(evidence)
    expect(diagnosis.rootCause?.confidence).toBe('high')
    expect(diagnosis.rootCause?.evidence).toContain('The task definition has no port mapping named api-8080-tcp: Service Connect services must name one.')
    expect(diagnosis.checks.find((c) => c.id === 'service-connect.port-names')).toMatchObject({ status: 'failed', detail: 'No port mapping is named api-8080-tcp.' })
  })
})
