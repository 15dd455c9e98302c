/** The rollback section says exactly what was changed, safely, and its hand commands are valid AWS CLI. */
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { manualRollbackCommands, rollbackLine, rollbackMarkdown, rollbackText, withRollbackSection } from '../../src/report/rollback.js'
import type { RollbackOutcome } from '../../src/rollback/types.js'
import type { ReportInput } from '../../src/report/model.js'
import { renderSummary } from '../../src/report/summary.js'
import { baseEvidence, NEW_DEPLOYMENT, OLD_TD_ARN, TD_ARN } from '../fixtures/evidence.js'

const CTX = { cluster: 'prod', service: 'api', region: 'eu-west-1' }
const SD_ARN = 'arn:aws:ecs:eu-west-1:123456789012:service-deployment/prod/api/r9i43YFjvgF_xlg7m2eJ1r'
const ROLLBACK_ID = 'ecs-svc/2583813334607801499'

const rolledBack: RollbackOutcome = {
  status: 'rolled-back',
  reason: `${ROLLBACK_ID} runs api:41 again and is stable.`,
  fromDeploymentId: NEW_DEPLOYMENT,
  fromTaskDefinition: TD_ARN,
  toTaskDefinition: OLD_TD_ARN,
  changedBy: 'ecs:StopServiceDeployment',
  calls: [
    { api: 'ecs:ListServiceDeployments', target: 'prod/api', outcome: 'done' },
    { api: 'ecs:StopServiceDeployment', target: SD_ARN, outcome: 'done' }
  ],
  missingPermissions: [],
  deploymentId: ROLLBACK_ID,
  watch: {
    verdict: 'stable',
    reason: `${ROLLBACK_ID} is the only deployment with 2/2 tasks running (COMPLETED)`,
    startedAt: '2026-11-20T10:03:00.000Z',
    endedAt: '2026-11-20T10:04:10.000Z',
    progress: `api ${ROLLBACK_ID}: 2/2 running, COMPLETED`
  }
}

const denied = (message: string): RollbackOutcome => ({
  status: 'not-permitted',
  reason: 'The role lacks ecs:StopServiceDeployment and ecs:UpdateService; the service was left as it is.',
  fromDeploymentId: NEW_DEPLOYMENT,
  fromTaskDefinition: TD_ARN,
  toTaskDefinition: OLD_TD_ARN,
  calls: [
    { api: 'ecs:ListServiceDeployments', target: 'prod/api', outcome: 'done' },
    { api: 'ecs:StopServiceDeployment', target: SD_ARN, outcome: 'denied', error: message },
    { api: 'ecs:UpdateService', target: `prod/api taskDefinition=${OLD_TD_ARN}`, outcome: 'denied', error: message }
  ],
  missingPermissions: ['ecs:StopServiceDeployment', 'ecs:UpdateService']
})

describe('the Rollback section', () => {
  test('a rollback says which call changed what, from which revision to which, and the verdict of the rollback', () => {
    const markdown = rollbackMarkdown(rolledBack, CTX, 3)
    expect(markdown.split('\n\n')[0]).toBe('### ↩️ Rolled back')
    expect(markdown).toContain(
      `ECS Deploy Doctor rolled \`api\` back from \`api:42\` to \`api:41\` with \`ecs:StopServiceDeployment\` (stop type \`ROLLBACK\`). ` +
        `The rollback deployment \`${ROLLBACK_ID}\` ended \`stable\`: ${ROLLBACK_ID} is the only deployment with 2/2 tasks running (COMPLETED)`
    )
    expect(markdown).toContain(`- \`ecs:StopServiceDeployment\` on \`${SD_ARN}\`: done`)
    expect(markdown).not.toContain('roll back by hand')
    expect(rollbackLine(rolledBack)).toBe(`Rolled back with ecs:StopServiceDeployment: api:42 -> api:41 in ${ROLLBACK_ID}, stable.`)
  })

  test('without permission: nothing was changed, the permissions are named, and the hand command is given', () => {
    const markdown = rollbackMarkdown(denied('AccessDeniedException: not authorized'), CTX, 3)
    expect(markdown).toContain('### 🔒 Rollback not permitted')
    expect(markdown).toContain('**Nothing was changed.** The role lacks ecs:StopServiceDeployment and ecs:UpdateService')
    expect(markdown).toContain('- `ecs:UpdateService` on')
    expect(markdown).toContain('**denied**: AccessDeniedException: not authorized')
    expect(markdown).toContain(`aws ecs stop-service-deployment --service-deployment-arn ${SD_ARN} --stop-type ROLLBACK --region eu-west-1`)
    expect(rollbackText(denied('x'), CTX)).toContain('To roll back by hand:')
  })

  test('AWS error text cannot inject markdown, mentions or HTML', () => {
    const markdown = rollbackMarkdown(denied('<img src=x onerror=alert(1)> [click](https://evil.example) @octocat #12\n## heading'), CTX, 3)
    expect(markdown).not.toContain('<img')
    expect(markdown).not.toContain('[click](https://evil.example)')
    expect(markdown).not.toMatch(/@octocat/)
    expect(markdown).not.toMatch(/^## heading/m)
  })

  test('a skipped rollback explains why and shows no commands', () => {
    const skipped: RollbackOutcome = {
      status: 'skipped',
      reason: `ECS already rolled ${NEW_DEPLOYMENT} back; nothing was changed.`,
      fromDeploymentId: NEW_DEPLOYMENT,
      calls: [],
      missingPermissions: []
    }
    expect(rollbackMarkdown(skipped, CTX, 3)).toBe(`### Rollback skipped\n\nECS already rolled ${NEW_DEPLOYMENT} back; nothing was changed.`)
  })

  test('goes right under the headline of the summary, before the evidence', () => {
    const input: ReportInput = {
      verdict: 'failed',
      cluster: 'prod',
      serviceName: 'api',
      region: 'eu-west-1',
      deploymentId: NEW_DEPLOYMENT,
      evidence: baseEvidence(),
      diagnosis: null
    }
    const summary = withRollbackSection(renderSummary(input), input, rolledBack, 3)
    const rollbackAt = summary.indexOf('### ↩️ Rolled back')
    expect(rollbackAt).toBeGreaterThan(summary.indexOf('**Service** `api`'))
    expect(rollbackAt).toBeLessThan(summary.indexOf('### Evidence'))
    expect(withRollbackSection('# x\n', input, null, 3)).toBe('# x\n')
  })
})

const hasAwsCli = spawnSync('bash', ['-c', 'command -v aws']).status === 0

describe('hand rollback commands', () => {
  const commands = manualRollbackCommands(denied('x'), CTX)

  test('stop-service-deployment first, update-service as the alternative', () => {
    expect(commands).toEqual([
      `aws ecs stop-service-deployment --service-deployment-arn ${SD_ARN} --stop-type ROLLBACK --region eu-west-1`,
      'aws ecs update-service --cluster prod --service api --task-definition api:41 --region eu-west-1'
    ])
  })

  ;(hasAwsCli ? test : test.skip)('are accepted by the AWS CLI (checked offline)', () => {
    for (const command of commands) {
      const run = spawnSync('bash', ['-c', `${command} --endpoint-url http://127.0.0.1:9 --cli-connect-timeout 1`], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_MAX_ATTEMPTS: '1' }
      })
      expect(run.stderr).toContain('Could not connect to the endpoint URL')
    }
  }, 30_000)
})
