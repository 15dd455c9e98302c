/**
 * The one client factory (src/aws/clients.ts) as a run uses it: a client is made only for a service the run
 * calls. A stable run makes the ECS client alone; a failing run's evidence makes the clients of the services
 * it reads, in the evidence retry profile, and none for a service it never calls (no STS client at all).
 * Real SDK clients against the simulator on its manual clock.
 */
import { describe, expect, it } from '@jest/globals'
import { createClients } from '../../src/aws/clients.js'
import { runDoctorForServices } from '../../src/doctor.js'
import { parseInputs } from '../../src/inputs/inputs.js'
import { getScenario, startSimulator } from '../../simulator/index.js'
import { capturingLogger, manualTime, scenarioInputs, TEST_CREDENTIALS, type LogLine } from '../hardening/engine.js'

/** The simulator's name of each service, as the factory names its client. */
const SIMULATOR_SERVICE: Record<string, string> = {
  ECS: 'ecs',
  EC2: 'ec2',
  IAM: 'iam',
  Logs: 'logs',
  ECR: 'ecr',
  ELBv2: 'elbv2',
  SecretsManager: 'secretsManager',
  SSM: 'ssm',
  CloudWatch: 'cloudwatch',
  CodeDeploy: 'codedeploy',
  EFS: 'efs'
}

async function run(name: string) {
  const scenario = getScenario(name)
  const sim = await startSimulator({ scenario, clock: 'manual' })
  const clients = createClients({ region: scenario.action.region, endpoint: sim.url, credentials: TEST_CREDENTIALS })
  try {
    const log: LogLine[] = []
    const [result] = await runDoctorForServices(parseInputs(scenarioInputs(scenario), {}), clients, capturingLogger(log), manualTime(sim, Date.now()))
    const called = [...new Set(sim.callLog().map((c) => SIMULATOR_SERVICE[c.service] ?? c.service))].sort()
    return { verdict: result.watch.verdict, made: clients.made(), called }
  } finally {
    clients.destroy()
    await sim.close()
  }
}

describe('the client factory makes only the clients a run uses', () => {
  it('a stable run: the ECS client alone', async () => {
    const { verdict, made, called } = await run('healthy')
    expect(verdict).toBe('stable')
    expect(made).toEqual(['ecs eu-west-1 watch'])
    expect(called).toEqual(['ecs'])
  })

  it("a failing run: the watch's ECS client, then one evidence client per service the evidence reads", async () => {
    const { verdict, made, called } = await run('secret-access-denied')
    expect(verdict).toBe('failed')
    expect(made[0]).toBe('ecs eu-west-1 watch')
    const evidence = made.slice(1)
    expect(evidence.every((m) => m.endsWith(' eu-west-1 evidence'))).toBe(true)
    expect(new Set(evidence).size).toBe(evidence.length)
    expect(evidence.map((m) => m.split(' ')[0]).sort()).toEqual(called)
    expect(called).toEqual(expect.arrayContaining(['ec2', 'iam', 'secretsManager']))
    expect(called).not.toContain('codedeploy')
    expect(made.join('\n')).not.toMatch(/sts/i)
  })

  it('a CODE_DEPLOY service: the watch makes the CodeDeploy client when it follows one', async () => {
    const { made } = await run('codedeploy-healthy')
    expect(made).toEqual(['ecs eu-west-1 watch', 'codedeploy eu-west-1 watch'])
  })
})
