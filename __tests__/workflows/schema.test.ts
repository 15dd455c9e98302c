/**
 * action.yml, this repository's workflows and the documented example workflows are checked against the
 * published schemas (SchemaStore's github-action and github-workflow, via @action-validator/core), and
 * every use of this action in them is checked against action.yml: a broken workflow or example fails here.
 */
import { describe, expect, it } from '@jest/globals'
import validator from '@action-validator/core'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { scenarios } from '../../simulator/scenarios/index.js'
import { INPUT_NAMES } from '../../src/inputs/inputs.js'
import { PREFLIGHT_INPUT_NAMES } from '../../src/preflight/inputs.js'
import {
  LOCAL_REF,
  PUBLISHED_REF,
  lintWorkflow,
  parseYaml,
  readActionSpec,
  stepsUsingPreflight,
  stepsUsingThisAction,
  type ActionSpec
} from './workflow-lint.js'

type ValidationError = ReturnType<typeof validator.validateWorkflow>['errors'][number]

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8')
const yamlFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => `${dir}/${name}`)

const WORKFLOWS = yamlFiles('.github/workflows')
const EXAMPLES = yamlFiles('docs/examples')
const ACTION_YAML = read('action.yml')
const SPEC: ActionSpec = readActionSpec(ACTION_YAML)
const PREFLIGHT_YAML = read('preflight/action.yml')
const PREFLIGHT_SPEC: ActionSpec = readActionSpec(PREFLIGHT_YAML)

/** One line per leaf error ("/jobs/a/runs-on: This property is required"), so a failure says what to fix. */
function describeErrors(errors: ValidationError[]): string[] {
  return errors.flatMap((error) => {
    const nested = 'states' in error && error.states ? error.states.flatMap((state) => describeErrors(state.errors)) : []
    if (nested.length > 0) return nested
    const where = 'path' in error ? error.path || '/' : `line ${error.location?.line ?? '?'}`
    return [`${where}: ${error.title}${error.detail ? ` (${error.detail})` : ''}`]
  })
}

/** The validator warns on stderr that it cannot check path globs; that is expected and not a finding. */
function quietly<T>(validate: () => T): T {
  const warn = console.warn
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).includes('Glob validation is not yet supported')) warn(...args)
  }
  try {
    return validate()
  } finally {
    console.warn = warn
  }
}

const workflowErrors = (source: string): string[] => describeErrors(quietly(() => validator.validateWorkflow(source)).errors)
const actionErrors = (source: string): string[] => describeErrors(quietly(() => validator.validateAction(source)).errors)

/**
 * @action-validator/core 0.6.0 ships a github-action schema from before GitHub added the node24 runtime
 * (runner 2.328.0), so it rejects `using: node24`. The file is validated as node20 and the runtime is
 * checked separately below; everything else in action.yml is checked by the schema as published.
 */
function withRuntimeTheSchemaKnows(source: string): string {
  return source.replace(/^(\s+using:\s*)(['"]?)node24\2\s*$/m, '$1$2node20$2')
}

describe('action.yml', () => {
  it('is a valid action according to the published schema', () => {
    expect(actionErrors(withRuntimeTheSchemaKnows(ACTION_YAML))).toEqual([])
  })

  it('runs the committed bundle on a Node runtime GitHub supports', () => {
    expect(['node20', 'node24']).toContain(SPEC.runs.using)
    expect(SPEC.runs.main).toBe('dist/index.js')
    expect(existsSync(join(ROOT, 'dist/index.js'))).toBe(true)
  })

  it('declares exactly the inputs the action reads', () => {
    expect([...SPEC.inputs.keys()].sort()).toEqual([...INPUT_NAMES].sort())
  })

  it('has the Marketplace metadata: name, description, author and branding', () => {
    const doc = parseYaml(ACTION_YAML) as Record<string, unknown>
    expect(doc).toMatchObject({
      name: expect.stringMatching(/\S/),
      description: expect.stringMatching(/\S/),
      author: expect.stringMatching(/\S/),
      branding: { icon: expect.stringMatching(/\S/), color: expect.stringMatching(/\S/) }
    })
    // The Marketplace refuses to publish a release whose description is not "less than 125 characters".
    expect(String(doc.description).length).toBeLessThan(125)
  })
})

describe('preflight/action.yml', () => {
  it('is a valid action according to the published schema', () => {
    expect(actionErrors(withRuntimeTheSchemaKnows(PREFLIGHT_YAML))).toEqual([])
  })

  it('runs the committed preflight bundle, found from its folder, on a Node runtime GitHub supports', () => {
    expect(['node20', 'node24']).toContain(PREFLIGHT_SPEC.runs.using)
    expect(PREFLIGHT_SPEC.runs.main).toBe('../dist/preflight/index.js')
    expect(existsSync(join(ROOT, 'preflight', String(PREFLIGHT_SPEC.runs.main)))).toBe(true)
  })

  it('declares exactly the inputs the preflight reads, and its outputs', () => {
    expect([...PREFLIGHT_SPEC.inputs.keys()].sort()).toEqual([...PREFLIGHT_INPUT_NAMES].sort())
    expect([...PREFLIGHT_SPEC.outputs].sort()).toEqual(['findings', 'result', 'root-cause', 'summary-file'])
  })

  it('has the Marketplace metadata', () => {
    const doc = parseYaml(PREFLIGHT_YAML) as Record<string, unknown>
    expect(doc).toMatchObject({ name: expect.stringMatching(/\S/), author: expect.stringMatching(/\S/), branding: { icon: expect.stringMatching(/\S/), color: expect.stringMatching(/\S/) } })
    expect(String(doc.description).length).toBeLessThan(125)
  })
})

describe.each(WORKFLOWS)('workflow %s', (path) => {
  const source = read(path)

  it('is valid according to the published schema', () => {
    expect(workflowErrors(source)).toEqual([])
  })

  it('uses this action with real inputs, outputs and the permissions it needs', () => {
    expect(lintWorkflow(parseYaml(source, path), SPEC, PREFLIGHT_SPEC)).toEqual([])
  })
})

describe.each(EXAMPLES)('example %s', (path) => {
  const source = read(path)
  const workflow = parseYaml(source, path)

  it('is valid according to the published schema', () => {
    expect(workflowErrors(source)).toEqual([])
  })

  it(`runs the published action (${PUBLISHED_REF})`, () => {
    const uses = stepsUsingThisAction(workflow).map(({ step }) => step.uses)
    expect(uses.length).toBeGreaterThan(0)
    expect(uses.every((ref) => ref === PUBLISHED_REF)).toBe(true)
  })

  it('passes only inputs action.yml declares, reads only outputs it sets, and grants the permissions it needs', () => {
    expect(lintWorkflow(workflow, SPEC, PREFLIGHT_SPEC)).toEqual([])
  })
})

describe('the examples together', () => {
  it('cover the documented setups', () => {
    expect(EXAMPLES).toEqual(
      expect.arrayContaining([
        'docs/examples/after-ecs-deploy-oidc.yml',
        'docs/examples/after-terraform.yml',
        'docs/examples/matrix-of-services.yml',
        'docs/examples/pull-request-preview.yml',
        'docs/examples/preflight-deploy-doctor.yml'
      ])
    )
  })

  it('show the preflight before the deploy step, on the rendered task definition', () => {
    const workflow = parseYaml(read('docs/examples/preflight-deploy-doctor.yml'))
    const [preflight] = stepsUsingPreflight(workflow)
    expect(preflight.step.with?.['task-definition']).toBe('${{ steps.render.outputs.task-definition }}')
    const steps = (workflow as { jobs: Record<string, { steps: { uses?: string }[] }> }).jobs[preflight.job].steps
    const deploy = steps.findIndex((s) => s.uses?.startsWith('aws-actions/amazon-ecs-deploy-task-definition@'))
    expect(preflight.index).toBeLessThan(deploy)
  })

  it('show a later step reading the root-cause output', () => {
    const readers = EXAMPLES.filter((path) => /steps\.[\w-]+\.outputs\.root-cause\b/.test(read(path)))
    expect(readers.length).toBeGreaterThan(0)
  })
})

describe('CI runs the action itself', () => {
  const ci = parseYaml(read('.github/workflows/ci.yml'), 'ci.yml')
  const runs = stepsUsingThisAction(ci)

  it('with uses: ./ so the committed action.yml and dist/ are what is tested', () => {
    expect(runs.length).toBeGreaterThan(0)
    expect(runs.every(({ step }) => step.uses === LOCAL_REF)).toBe(true)
  })

  it('against simulator scenarios whose service and expected outcome match what the job asserts', () => {
    const job = (ci as { jobs: Record<string, { strategy?: { matrix?: { include?: Record<string, string>[] } } }> }).jobs
    for (const { job: name, step } of runs) {
      const matrix = job[name].strategy?.matrix?.include ?? []
      expect(matrix.map((entry) => entry.scenario)).toEqual(expect.arrayContaining(['healthy', 'secret-access-denied']))
      for (const entry of matrix) {
        const scenario = scenarios.find((s) => s.name === entry.scenario)
        expect(scenario).toBeDefined()
        expect({ cluster: step.with?.cluster, service: step.with?.service, region: step.with?.region }).toEqual({
          cluster: scenario?.action.cluster,
          service: scenario?.action.service,
          region: scenario?.action.region
        })
        expect({ verdict: entry.verdict, rootCause: entry['root-cause'] || null }).toEqual(scenario?.expect)
        expect(entry.outcome).toBe(entry.verdict === 'stable' ? 'success' : 'failure')
      }
    }
  })

  it('runs the preflight action (uses: ./preflight) on the new revision of the same scenarios', () => {
    const preflights = stepsUsingPreflight(ci)
    expect(preflights.map(({ step }) => [step.uses, step.with?.['task-definition']])).toEqual([['./preflight', 'api:42']])
    const job = (ci as { jobs: Record<string, { strategy?: { matrix?: { include?: Record<string, string>[] } } }> }).jobs[preflights[0].job]
    expect((job.strategy?.matrix?.include ?? []).map((entry) => [entry.scenario, entry.preflight])).toEqual([
      ['healthy', 'pass'],
      ['secret-access-denied', 'fail']
    ])
  })
})

describe('the other GitHub configuration files', () => {
  const FORM_TYPES = ['markdown', 'textarea', 'input', 'dropdown', 'checkboxes']
  const forms = yamlFiles('.github/ISSUE_TEMPLATE').filter((path) => !path.endsWith('/config.yml'))

  it.each(forms)('issue form %s has the fields GitHub requires', (path) => {
    const form = parseYaml(read(path), path) as { name?: unknown; description?: unknown; body?: Record<string, unknown>[] }
    expect(form.name).toEqual(expect.stringMatching(/\S/))
    expect(form.description).toEqual(expect.stringMatching(/\S/))
    const body = form.body ?? []
    expect(body.some((item) => item.type !== 'markdown')).toBe(true)
    const ids = body.flatMap((item) => (item.id === undefined ? [] : [item.id]))
    expect(new Set(ids).size).toBe(ids.length)
    for (const item of body) {
      expect(FORM_TYPES).toContain(item.type)
      const attributes = (item.attributes ?? {}) as Record<string, unknown>
      if (item.type === 'markdown') expect(attributes.value).toEqual(expect.stringMatching(/\S/))
      else {
        expect(item.id).toEqual(expect.stringMatching(/^[a-z0-9_-]+$/))
        expect(attributes.label).toEqual(expect.stringMatching(/\S/))
      }
      if (item.type === 'dropdown') expect((attributes.options as unknown[]).length).toBeGreaterThan(0)
    }
  })

  it('dependabot updates npm packages and the workflows’ actions weekly', () => {
    const config = parseYaml(read('.github/dependabot.yml')) as { version: number; updates: { 'package-ecosystem': string; schedule: { interval: string } }[] }
    expect(config.version).toBe(2)
    expect(config.updates.map((u) => [u['package-ecosystem'], u.schedule.interval])).toEqual(
      expect.arrayContaining([
        ['npm', 'weekly'],
        ['github-actions', 'weekly']
      ])
    )
  })
})

describe('the checks cannot pass vacuously', () => {
  const valid = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions:
      pull-requests: write
    steps:
      - id: doctor
        uses: ${PUBLISHED_REF}
        with:
          cluster: prod
          service: api
      - if: \${{ failure() }}
        run: echo "\${{ steps.doctor.outputs.root-cause }}"
`

  it('accepts a minimal valid workflow', () => {
    expect(workflowErrors(valid)).toEqual([])
    expect(lintWorkflow(parseYaml(valid), SPEC)).toEqual([])
  })

  it('the schema rejects a job without runs-on', () => {
    const broken = valid.replace('    runs-on: ubuntu-latest\n', '')
    expect(workflowErrors(broken)).toContainEqual(expect.stringContaining('/jobs/deploy/runs-on: This property is required'))
  })

  it('the schema rejects an unknown key', () => {
    const broken = valid.replace('    runs-on: ubuntu-latest\n', '    runs-on: ubuntu-latest\n    timeout: 10\n')
    expect(workflowErrors(broken)).toContainEqual(expect.stringContaining("Additional property 'timeout' is not allowed"))
  })

  it('the schema rejects YAML that does not parse', () => {
    expect(workflowErrors('on: push\njobs:\n  a:\n    steps:\n      - run: echo "a": b\n')).not.toEqual([])
  })

  it('the schema rejects an action without a description or with an unknown branding icon', () => {
    expect(actionErrors(ACTION_YAML.replace(/^description:.*$/m, ''))).toContainEqual(
      expect.stringContaining('/description: This property is required')
    )
    expect(actionErrors(withRuntimeTheSchemaKnows(ACTION_YAML).replace(/icon: '[\w-]+'/, "icon: 'no-such-icon'"))).toContainEqual(
      expect.stringContaining('/branding/icon')
    )
  })

  it('the lint rejects an input action.yml does not declare and a missing required input', () => {
    const broken = valid.replace('          cluster: prod\n', '          clusters: prod\n')
    expect(lintWorkflow(parseYaml(broken), SPEC)).toEqual([
      expect.stringContaining("'with.clusters' is not an input of action.yml"),
      expect.stringContaining("required input 'cluster' is missing")
    ])
  })

  it('the lint rejects a literal value the action would reject', () => {
    const broken = valid.replace('          service: api\n', '          service: api\n          poll-interval-seconds: 1\n')
    expect(lintWorkflow(parseYaml(broken), SPEC)).toEqual([
      expect.stringContaining("Input 'poll-interval-seconds' must be a number of seconds from 2 to 300")
    ])
  })

  it('the lint rejects an output the action does not set and a step id that does not exist', () => {
    const misspelt = valid.replace('outputs.root-cause', 'outputs.rootcause')
    expect(lintWorkflow(parseYaml(misspelt), SPEC)).toEqual([
      expect.stringContaining("'steps.doctor.outputs.rootcause' is not an output of step 'doctor'")
    ])
    const unknownStep = valid.replace('steps.doctor.outputs', 'steps.doktor.outputs')
    expect(lintWorkflow(parseYaml(unknownStep), SPEC)).toEqual([
      expect.stringContaining("names no earlier step with id 'doktor'")
    ])
  })

  it('the lint rejects a PR comment without pull-requests: write', () => {
    const broken = valid.replace('    permissions:\n      pull-requests: write\n', '    permissions:\n      contents: read\n')
    expect(lintWorkflow(parseYaml(broken), SPEC)).toEqual([expect.stringContaining("not granted 'pull-requests: write'")])
  })
})
