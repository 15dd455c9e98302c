import { describe, expect, it } from '@jest/globals'
import { renderDiagnosisText } from '../../src/cli/text.js'
import type { Diagnosis, Finding } from '../../src/diagnose/types.js'

const cause: Finding = {
  code: 'missing-configuration',
  title: 'api exits at start-up: QUEUE_URL is not set',
  explanation: 'api exited 1 right after starting.',
  confidence: 'high',
  evidence: [],
  fixes: [
    {
      title: 'Add QUEUE_URL for api',
      changes: [{ where: 'containerDefinitions[api].environment', after: '{"name":"QUEUE_URL","value":"<its value>"}' }],
      manualEdit: { instruction: 'In td.json add QUEUE_URL to the environment of api.', afterCommands: 1 },
      commands: ['aws ecs describe-task-definition --task-definition api:42 > td.json', 'aws ecs register-task-definition --cli-input-json file://td.json']
    }
  ]
}
const diagnosis: Diagnosis = { rootCause: cause, findings: [cause], checks: [], whatChanged: [], failureGroups: [] }

describe('a fix in the terminal', () => {
  it('shows the change, says a manual edit is needed before the commands, and puts the edit between them', () => {
    const lines = renderDiagnosisText(diagnosis).split('\n')
    const at = (text: string): number => lines.findIndex((line) => line.includes(text))
    expect(lines).toContain('  + containerDefinitions[api].environment {"name":"QUEUE_URL","value":"<its value>"}')
    expect(at('needs a manual edit')).toBeLessThan(at('describe-task-definition'))
    expect(at('describe-task-definition')).toBeLessThan(at('# Manual edit: In td.json add QUEUE_URL'))
    expect(at('# Manual edit: In td.json add QUEUE_URL')).toBeLessThan(at('register-task-definition'))
  })
})
