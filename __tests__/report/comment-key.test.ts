import { describe, expect, it } from '@jest/globals'
import { accountOf, commentKey, commentMarker, markerKey, sameReport, stepIdentity } from '../../src/report/comment-key.js'

const place = { account: '123456789012', region: 'eu-west-1', cluster: 'prod' }
const step = { workflow: 'Deploy', job: 'production', step: 'doctor' }

describe('the comment marker', () => {
  it('names the account, region, cluster and service of one service', () => {
    expect(commentMarker(commentKey({ ...place, services: ['api'] }, step))).toBe(
      '<!-- ecs-deploy-doctor scope=123456789012/eu-west-1/prod services=api -->'
    )
  })

  it('with several services: the step instead of the list, and the services sorted', () => {
    expect(commentMarker(commentKey({ ...place, services: ['worker', 'api'] }, step))).toBe(
      '<!-- ecs-deploy-doctor scope=123456789012/eu-west-1/prod/step=Deploy/production/doctor services=api,worker -->'
    )
  })

  it('ARNs and names of one cluster and service make the same key', () => {
    const byArn = commentKey(
      { ...place, cluster: 'arn:aws:ecs:eu-west-1:123456789012:cluster/prod', services: ['arn:aws:ecs:eu-west-1:123456789012:service/prod/api'] },
      step
    )
    expect(byArn).toEqual(commentKey({ ...place, services: ['api'] }, step))
  })

  it('cannot end the HTML comment early and keeps different names apart', () => {
    const marker = commentMarker(commentKey({ ...place, cluster: 'prod-->x', services: ['a b<c>'] }, step))
    expect(marker.slice(4, -3)).not.toMatch(/--|<|>/)
    const key = (cluster: string, service: string) => commentMarker(commentKey({ ...place, cluster, services: [service] }, step))
    expect(key('a--b', 'c')).not.toBe(key('a-%2Db', 'c'))
    expect(key('a/b', 'c')).not.toBe(key('a', 'b/c'))
    expect(key('a', 'b,c')).not.toBe(commentMarker(commentKey({ ...place, cluster: 'a', services: ['b', 'c'] }, step)))
  })

  it('is read back from the first line of a comment, and only from there', () => {
    const key = commentKey({ ...place, services: ['api', 'worker'] }, step)
    expect(markerKey(`${commentMarker(key)}\n## report`)).toEqual(key)
    expect(markerKey(`## report\n${commentMarker(key)}`)).toBeNull()
    expect(markerKey(`> ${commentMarker(key)}`)).toBeNull()
    expect(markerKey('<!-- ecs-deploy-doctor:prod/api -->')).toBeNull()
  })

  it('the same scope and a service in common make the same report', () => {
    const key = (services: string[], s = step) => commentKey({ ...place, services }, s)
    expect(sameReport(key(['api', 'worker']), key(['worker', 'api', 'scheduler']))).toBe(true)
    expect(sameReport(key(['api', 'worker']), key(['billing', 'mailer']))).toBe(false)
    expect(sameReport(key(['api', 'worker']), key(['api', 'worker'], { ...step, step: 'doctor-2' }))).toBe(false)
    expect(sameReport(key(['api']), key(['api', 'worker']))).toBe(false)
  })
})

describe('the step and the account', () => {
  it('the step is GITHUB_WORKFLOW, GITHUB_JOB and GITHUB_ACTION', () => {
    expect(stepIdentity({ GITHUB_WORKFLOW: 'Deploy', GITHUB_JOB: 'production', GITHUB_ACTION: 'doctor' })).toEqual(step)
  })

  it('the account is the first one an ARN names', () => {
    expect(accountOf(undefined, 'api', 'arn:aws-cn:ecs:cn-north-1:123456789012:service/prod/api')).toBe('123456789012')
    expect(accountOf('api', 'prod')).toBe('')
  })
})
