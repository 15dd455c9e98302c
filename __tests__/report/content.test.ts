/**
 * What the reports of simulated deployments say, read as a user reads them: no sentence twice, no
 * wrong claim about tasks that have not started, a next step when nothing is to blame, one full
 * ARN where one would do, and a failed-step line in ECS's words with full stops.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { failedStepLine } from '../../src/report/step.js'
import { getScenario } from '../../simulator/index.js'
import { readMarkdown } from './helpers/markdown.js'
import { scenarioReports, type ScenarioReport } from './helpers/scenario-reports.js'

const rendered = new Map<string, ScenarioReport>()
const summaryOf = (name: string): string => rendered.get(name)?.summary ?? ''

function section(markdown: string, title: string): string {
  const start = markdown.indexOf(title)
  if (start < 0) return ''
  const next = markdown.slice(start + title.length).search(/\n#{2,5} /)
  return next < 0 ? markdown.slice(start) : markdown.slice(start, start + title.length + next)
}

function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1
}

/** The AWS CLI parses and validates the command, and fails only to connect (to a closed loopback port). */
function cliAccepts(command: string): string {
  const scratch = mkdtempSync(join(tmpdir(), 'next-steps-'))
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_MAX_ATTEMPTS: '1', AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', AWS_EC2_METADATA_DISABLED: 'true' }
  const result = spawnSync('bash', ['-c', `${command} --endpoint-url http://127.0.0.1:9 --cli-connect-timeout 1`], { env, cwd: scratch, encoding: 'utf8' })
  return result.stderr
}

beforeAll(async () => {
  for (const name of ['slow-image-pull-timeout', 'secret-access-denied', 'elb-wrong-path', 'image-not-found', 'command-not-found']) {
    rendered.set(name, await scenarioReports(getScenario(name)))
  }
}, 120_000)

describe('a timeout with nothing to blame (the image pull is slow)', () => {
  it('says what was in progress once, and what the PENDING tasks are doing', () => {
    const alert = summaryOf('slow-image-pull-timeout').split('\n\n')[1]
    expect(alert).toContain('> **No failure found before the timeout.**\n>\n> The deployment was still in progress when the watch stopped after 15s: api ecs-svc/')
    expect(occurrences(alert, '0/2 running, 2 pending')).toBe(1)
    expect(alert).toMatch(/2 tasks have not started yet: ECS began pulling the image at \d\d:\d\d:\d\d UTC and the pull had not finished when the watch stopped\./)
    expect(alert).not.toContain('0 of 0')
  })

  it('does not say the container stopped: it has not started', () => {
    const logs = section(summaryOf('slow-image-pull-timeout'), '#### Logs')
    expect(logs).toContain(': no log stream yet: the task has not started its containers')
    expect(logs).not.toContain('stopped')
  })

  it('gives a next step: more time, and commands that show where the tasks are now', () => {
    const next = section(summaryOf('slow-image-pull-timeout'), '### What to do next')
    expect(next).toContain("Raise the action's `timeout-minutes` input (this run watched for 15s).")
    const [block] = readMarkdown(next).fences
    expect(block.info).toBe('bash')
    expect(block.body[0]).toMatch(/^aws ecs describe-tasks --cluster prod --tasks [0-9a-f]{32} [0-9a-f]{32} --query 'tasks\[\]\.\{task:taskArn,status:lastStatus,pullStarted:pullStartedAt,/)
    for (const command of block.body) expect(cliAccepts(command)).toContain('Could not connect to the endpoint URL')
  }, 60_000)
})

describe('one full ARN where one would do', () => {
  const secretArn = /arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod\/api\/stripe-key-[A-Za-z0-9]{6}(?![?\w-])/g

  it('"Why we think so" names the denied secret in full once, then by its resource', () => {
    const why = section(summaryOf('secret-access-denied'), '#### Why we think so')
    expect(why.match(secretArn)).toHaveLength(1)
    expect(why).toMatch(/on secret:prod\/api\/stripe-key-[A-Za-z0-9]{6} to role api-execution-role/)
  })

  it('the service events name the target group in full once', () => {
    const events = section(summaryOf('elb-wrong-path'), '#### Service events').split('\n\n<details>')[0]
    const full = events.match(/arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup\/prod-api-tg\/[0-9a-f]+/g) ?? []
    expect(full).toHaveLength(1)
    expect(events).toMatch(/\(target-group targetgroup\/prod-api-tg\/[0-9a-f]+\)/)
  })
})

describe('the line that fails the step', () => {
  it("quotes ECS's reason, not the failure signature with digits as N, in full sentences", () => {
    const [report] = rendered.get('image-not-found')?.reports ?? []
    const line = failedStepLine(report)
    expect(line).toMatch(/^Deployment failed \(image-not-found\): .+\. 2 tasks of ecs-svc\/\d+ stopped with a failure that repeats on every start: CannotPullContainerError: /)
    expect(line).toContain('123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:v1.42.0: not found.')
    expect(line).not.toMatch(/\bN\.dkr|eu-west-N|vN\.N\.N/)
  })

  it('names the service when the step watched several, and every sentence ends with a full stop', () => {
    const [report] = rendered.get('command-not-found')?.reports ?? []
    const line = failedStepLine(report, 'api')
    expect(line).toMatch(/^api: Deployment failed \(command-not-found\): api cannot start: pm2-runtime not found in the image\. 2 tasks /)
    expect(line).not.toContain('pmN')
    expect(line.endsWith('.')).toBe(true)
  })
})
