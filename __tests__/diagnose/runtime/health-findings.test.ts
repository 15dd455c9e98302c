import { describe, expect, it } from '@jest/globals'
import { diagnose } from '../../../src/diagnose/index.js'
import { commands, highlighted, rootCause, targetHealth } from './builders.js'
import { parseUnhealthyEvent } from '../../../src/diagnose/runtime/elb/events.js'
import { recommendGrace } from '../../../src/diagnose/runtime/elb/analysis.js'
import { TG_ARN, serviceEvent, taskId } from '../../fixtures/evidence.js'
import * as health from './fixtures/health.js'


describe('unhealthy service events', () => {
  it('parses the newer template with the task id', () => {
    expect(
      parseUnhealthyEvent(`(service api) (task 0a1b2c3d4e5f60718293a4b5c6d7e8f9) (port 8080) is unhealthy in (target-group ${TG_ARN}) due to (reason Request timed out).`)
    ).toMatchObject({ service: 'api', taskId: '0a1b2c3d4e5f60718293a4b5c6d7e8f9', port: 8080, targetGroup: TG_ARN, reason: 'Request timed out', reasonCode: 'Target.Timeout', codes: [] })
  })

  it('parses the older template, EC2 instances and the response codes', () => {
    expect(
      parseUnhealthyEvent(`(service api) (instance i-0abc1234def567890) (port 32768) is unhealthy in (target-group ${TG_ARN}) due to (reason Health checks failed with these codes: [301, 302])`)
    ).toMatchObject({ instanceId: 'i-0abc1234def567890', port: 32768, reasonCode: 'Target.ResponseCodeMismatch', codes: ['301', '302'] })
    expect(parseUnhealthyEvent('(service api) (instance i-0abc1234def567890) (port 80) is unhealthy in (elb prod-classic) due to (reason Instance has failed at least the UnhealthyThreshold number of health checks consecutively.)')).toMatchObject({ targetGroup: 'prod-classic', port: 80 })
    expect(parseUnhealthyEvent('(service api) has reached a steady state.')).toBeNull()
  })
})

describe('elb-health-check-failed: the three scenario variants', () => {
  it('wrong path: 404 from /health, the path the app serves, modify-target-group', () => {
    const finding = rootCause(health.elbWrongPath())
    expect(finding.title).toBe('Health check path /health returns 404 from api')
    expect(finding.explanation).toContain('(Target.ResponseCodeMismatch)')
    expect(finding.explanation).toContain('api serves /healthz (seen in the container health check of api).')
    expect(finding.evidence).toContain('Target 10.0.1.88:8080 (task f3e2d1c0): unhealthy Target.ResponseCodeMismatch — Health checks failed with these codes: [404]')
    expect(finding.evidence).toContain('Target group api-tg: HTTP /health on traffic-port (8080), matcher 200, every 30 s, timeout 5 s, healthy after 5, unhealthy after 2')
    expect(commands(finding)[0]).toBe(`aws elbv2 modify-target-group --target-group-arn ${TG_ARN} --health-check-path /healthz --region eu-west-1`)
    expect(highlighted(finding)).toContain('"GET /health HTTP/1.1" 404')
  })

  it('wrong path while the replacement targets are still in their initial checks: the failing code, not Elb.InitialHealthChecking', () => {
    const evidence = health.elbWrongPath()
    evidence.service.events = evidence.service.events?.slice(0, 1)
    targetHealth(evidence, [{ ip: '10.0.1.88', state: 'initial', reason: 'Elb.InitialHealthChecking', description: 'Initial health checks in progress' }])
    const finding = rootCause(evidence)
    expect(finding.title).toBe('Health check path /health returns 404 from api')
    expect(finding.explanation).toContain('(Target.ResponseCodeMismatch)')
    expect(`${finding.title} ${finding.explanation}`).not.toContain('InitialHealthChecking')
  })

  it('blocked security group: timeouts from the first check and the ingress rule from the LB security group', () => {
    const finding = rootCause(health.elbBlockedSecurityGroup())
    expect(finding.title).toBe('The load balancer cannot reach the tasks on port 8080: sg-0123456789abcdef0 does not allow it')
    expect(finding.confidence).toBe('high')
    expect(finding.explanation).toContain('sg-0123456789abcdef0 allows TCP 8080 only from sg-0bastion00000000a, not from the load balancer\'s sg-0fedcba9876543210.')
    expect(finding.explanation).toContain('Target.Timeout')
    expect(commands(finding)[0]).toBe(
      'aws ec2 authorize-security-group-ingress --group-id sg-0123456789abcdef0 --protocol tcp --port 8080 --source-group sg-0fedcba9876543210 --region eu-west-1'
    )
  })

  it("blocked security group of the deployment's own network configuration (office VPN range only)", () => {
    const finding = rootCause(health.elbVpnOnlySecurityGroup())
    expect(finding.title).toBe('The load balancer cannot reach the tasks on port 8080: sg-0a7b6c5d4e3f21098 does not allow it')
    expect(commands(finding)[0]).toBe(
      'aws ec2 authorize-security-group-ingress --group-id sg-0a7b6c5d4e3f21098 --protocol tcp --port 8080 --source-group sg-0fedcba9876543210 --region eu-west-1'
    )
  })

  it('slow start: observed start time vs grace period and thresholds, a computed grace period', () => {
    const finding = rootCause(health.elbSlowStart())
    expect(finding.title).toBe('The app needs 96 s to start; ECS replaces it after the 60 s health-check grace period')
    expect(finding.explanation).toContain('a target turns healthy only after 5 passing checks 30 s apart (150 s more)')
    expect(commands(finding)[0]).toBe('aws ecs update-service --cluster prod --service api --health-check-grace-period-seconds 330 --region eu-west-1')
    expect(commands(finding)[1]).toBe(`aws elbv2 modify-target-group --target-group-arn ${TG_ARN} --healthy-threshold-count 2 --region eu-west-1`)
    expect(highlighted(finding)).toContain('Started OrdersApplication in 92.418 seconds (process running for 95.102)')
    expect(diagnose(health.elbSlowStart()).checks).toContainEqual(
      expect.objectContaining({ id: 'elb-grace-period', status: 'failed', detail: 'App ready after 96 s + 5 × 30 s to turn healthy = 246 s; grace period 60 s' })
    )
  })

  it('recommends the need plus 25 %, rounded up to 30 s', () => {
    expect(recommendGrace(246, 60)).toBe(330)
    expect(recommendGrace(20, 60)).toBe(90)
  })
})

describe('elb-health-check-failed: other variants', () => {
  it('an app bound to 127.0.0.1', () => {
    const finding = rootCause(health.elbLoopbackBind())
    expect(finding.title).toBe('api listens on 127.0.0.1:8080, which the load balancer cannot reach')
    expect(finding.fixes[0].manualEdit?.instruction).toContain('0.0.0.0')
  })

  it('still starting when the grace period ended (no "listening" line, no error): slow start, medium confidence', () => {
    const finding = rootCause(health.elbStillStarting())
    expect(finding.title).toBe('The app is still starting when the 60 s health-check grace period ends')
    expect(finding.confidence).toBe('medium')
    expect(finding.explanation).toContain('had logged no error and was still starting when ECS stopped it after 95 s')
    expect(commands(finding)[0]).toBe('aws ecs update-service --cluster prod --service api --health-check-grace-period-seconds 450 --region eu-west-1')
  })

  it('no stopped task yet: unhealthy running targets of the deployment are the root cause on their own', () => {
    const diagnosis = diagnose(health.elbRunningTargetsTimeOut())
    expect(diagnosis.rootCause?.code).toBe('elb-health-check-failed')
    expect(diagnosis.rootCause?.title).toBe('The load balancer cannot reach the tasks on port 8080: sg-0123456789abcdef0 does not allow it')
    expect(diagnosis.rootCause?.evidence).toContain('No inbound rule of sg-0123456789abcdef0 allows TCP 8080 from anywhere.')
    expect(diagnosis.failureGroups).toEqual([])
  })

  it('an app that logs its warm-up progress: the grace period from its pace', () => {
    const finding = rootCause(health.elbWarmupProgress())
    expect(finding.title).toBe('The app is still starting when ECS acts on its first failed health checks (no grace period)')
    expect(finding.confidence).toBe('high')
    expect(finding.explanation).toContain('it logged 30% done after 29 s, so it needs about 96 s')
    expect(finding.explanation).toContain('The service has no health-check grace period')
    expect(commands(finding)[0]).toBe('aws ecs update-service --cluster prod --service api --health-check-grace-period-seconds 150 --region eu-west-1')
    expect(highlighted(finding)).toContain('"progress":"30%"')
  })

  it('refused connections without logs to tell why: lists the usual reasons', () => {
    const evidence = health.elbLoopbackBind()
    evidence.logs = []
    const finding = rootCause(evidence)
    expect(finding.title).toBe("The load balancer's health-check connections to api on port 8080 fail")
    expect(finding.explanation).toContain('binds only 127.0.0.1')
    expect(commands(finding)[0]).toBe(`aws elbv2 describe-target-health --target-group-arn ${TG_ARN} --region eu-west-1`)
  })

  it('only unhealthy events left: still names the cause and the code', () => {
    const finding = rootCause(health.elbEventsOnly())
    expect(finding.code).toBe('elb-health-check-failed')
    expect(finding.title).toBe('api fails its own health check (502)')
  })

  it('reports target health and the security-group path as checks', () => {
    const checks = diagnose(health.elbBlockedSecurityGroup()).checks
    expect(checks).toContainEqual(expect.objectContaining({ id: 'elb-target-health', status: 'failed', detail: '10.0.1.88: Target.Timeout (Request timed out)' }))
    expect(checks).toContainEqual(expect.objectContaining({ id: 'elb-security-group', status: 'failed' }))
    expect(checks).toContainEqual(expect.objectContaining({ id: 'elb-health-check-port', status: 'passed' }))
  })
})

describe('container-health-check-failed', () => {
  it('curl not in the image', () => {
    const finding = rootCause(health.containerCurlNotFound())
    expect(finding.title).toBe("api's health check runs curl that the image does not have")
    expect(finding.explanation).toContain('node:20-alpine')
    expect(finding.evidence).toContain('Health check of api: ["CMD-SHELL","curl -f http://localhost:8080/health || exit 1"], every 30 s, timeout 5 s, 3 retries, startPeriod 0 s')
    expect(finding.evidence[0]).toContain('(exit 137: ECS stopped the container after it turned unhealthy; not an app crash or OOM)')
  })

  it('slow start: startPeriod computed from the observed start', () => {
    const finding = rootCause(health.containerSlowStart())
    expect(finding.title).toBe('api needs 96 s to start; its health check gives up after 90 s')
    expect(finding.fixes[0].title).toBe('Give api a 120 s health-check start period')
    expect(finding.fixes[0].manualEdit?.instruction).toContain("set containerDefinitions[?name=='api'].healthCheck.startPeriod to 120")
  })

  it('"(task T) failed container health checks" events name the cause when the stopped tasks expired', () => {
    const evidence = health.containerSlowStart()
    evidence.service.events = evidence.tasks!.map((t, i) => serviceEvent(`(service api) (task ${taskId(t)}) failed container health checks.`, 150 + i * 130))
    evidence.tasks = []
    const diagnosis = diagnose(evidence)
    expect(diagnosis.rootCause?.code).toBe('container-health-check-failed')
    expect(diagnosis.rootCause?.evidence.join('\n')).toContain('startPeriod 0 s')
  })

  it('the app answers its health path with 200 but the probe fails: the probe is broken, not the app', () => {
    const finding = rootCause(health.containerProbeBroken())
    expect(finding.title).toBe('api answers its health endpoint, but its health-check command fails')
    expect(finding.confidence).toBe('high')
    expect(finding.explanation).toContain('without /bin/sh, which CMD-SHELL needs')
  })

  it('CMD with a whole command line: use CMD-SHELL', () => {
    const diagnosis = diagnose(health.containerExecForm())
    expect(diagnosis.rootCause?.title).toBe("api's health check uses CMD with a whole command line as one word")
    expect(diagnosis.rootCause?.fixes[0].manualEdit?.instruction).toContain('["CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"]')
    expect(diagnosis.checks).toContainEqual(expect.objectContaining({ id: 'container-health-check-command:api', status: 'failed' }))
  })
})
