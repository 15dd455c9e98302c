import jsYaml from 'js-yaml'
/**
 * Checks the published JSON schemas cannot make: that every workflow step using this action passes
 * inputs action.yml declares (with values the action accepts) and reads outputs it sets, that step
 * output references point at real earlier steps, and that the token permissions the step needs are granted.
 */
import { InputError, parseInputs, type RawInputs } from '../../src/inputs/inputs.js'
import { parsePreflightInputs } from '../../src/preflight/inputs.js'

/** How docs/examples reference the published action (the placeholder owner is documented in docs/releasing.md). */
export const PUBLISHED_REF = 'your-org/ecs-deploy-doctor@v1'
/** How this repository's own CI runs the checked-out action.yml + dist/. */
export const LOCAL_REF = './'
/** The preflight action in this repository's preflight/ folder, published and local. */
export const PREFLIGHT_PUBLISHED_REF = 'your-org/ecs-deploy-doctor/preflight@v1'
export const PREFLIGHT_LOCAL_REF = './preflight'

/**
 * Outputs of the third-party actions the workflows read, copied from each action's action.yml.
 * A workflow reading an output not listed here fails the lint until it is checked and added.
 */
export const THIRD_PARTY_OUTPUTS: Record<string, string[]> = {
  'aws-actions/amazon-ecs-deploy-task-definition': ['task-definition-arn', 'codedeploy-deployment-id'],
  'aws-actions/amazon-ecs-render-task-definition': ['task-definition'],
  'aws-actions/amazon-ecr-login': ['registry']
}

export interface ActionSpec {
  inputs: Map<string, { required: boolean }>
  outputs: Set<string>
  runs: { using?: unknown; main?: unknown }
}

type YamlMap = Record<string, unknown>
interface Step extends YamlMap {
  id?: string
  uses?: string
  run?: string
  with?: YamlMap
}
interface Job extends YamlMap {
  permissions?: unknown
  steps?: Step[]
}


/** Parses YAML with the YAML 1.2 core schema (no custom tags, `on` stays a string key). */
export function parseYaml(text: string, filename?: string): unknown {
  return jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename })
}

function isMap(value: unknown): value is YamlMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function readActionSpec(actionYaml: string): ActionSpec {
  const doc = parseYaml(actionYaml, 'action.yml')
  if (!isMap(doc)) throw new Error('action.yml is not a YAML mapping')
  const inputs = new Map<string, { required: boolean }>()
  for (const [name, spec] of Object.entries(isMap(doc.inputs) ? doc.inputs : {})) {
    inputs.set(name, { required: isMap(spec) && (spec.required === true || spec.required === 'true') })
  }
  const outputs = new Set(Object.keys(isMap(doc.outputs) ? doc.outputs : {}))
  return { inputs, outputs, runs: isMap(doc.runs) ? doc.runs : {} }
}

function actionName(uses: string): string {
  return uses.split('@')[0].split('/').slice(0, 2).join('/')
}

function isThisAction(uses: string | undefined): boolean {
  return uses === LOCAL_REF || uses === PUBLISHED_REF
}

function isPreflight(uses: string | undefined): boolean {
  return uses === PREFLIGHT_LOCAL_REF || uses === PREFLIGHT_PUBLISHED_REF
}

/** The two actions of this repository a step may use: the post-deploy action and the preflight. */
interface OurActions {
  doctor: ActionSpec
  preflight?: ActionSpec
}

function ourSpec(step: Step, specs: OurActions): { spec: ActionSpec; parse: Parser } | undefined {
  if (isThisAction(step.uses)) return { spec: specs.doctor, parse: parseDoctorLiteral }
  if (isPreflight(step.uses) && specs.preflight) return { spec: specs.preflight, parse: parsePreflightLiteral }
  return undefined
}

/** Every job's steps that run this action, with where they are. */
export function stepsUsingThisAction(workflow: unknown): { job: string; index: number; step: Step }[] {
  return jobsOf(workflow).flatMap(([job, spec]) =>
    (spec.steps ?? []).flatMap((step, index) => (isThisAction(step.uses) ? [{ job, index, step }] : []))
  )
}

function jobsOf(workflow: unknown): [string, Job][] {
  const jobs = isMap(workflow) && isMap(workflow.jobs) ? workflow.jobs : {}
  return Object.entries(jobs).filter((entry): entry is [string, Job] => isMap(entry[1]))
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (isMap(value)) return Object.values(value).flatMap(strings)
  return []
}

const EXPRESSION = /\$\{\{/
const STEP_REFERENCE = /\bsteps\.([A-Za-z_][\w-]*)\.(outputs\.([A-Za-z_][\w-]*)|outcome|conclusion)\b/g
const GITHUB_OUTPUT_WRITE = /([A-Za-z_][\w-]*)=[^\n]*>>\s*"?\$\{?GITHUB_OUTPUT\b/g

/** The outputs a step is known to set; undefined when it cannot be known (an action not in THIRD_PARTY_OUTPUTS). */
function outputsOf(step: Step, specs: OurActions): Set<string> | undefined {
  const ours = ourSpec(step, specs)
  if (ours) return ours.spec.outputs
  if (typeof step.run === 'string') return new Set([...step.run.matchAll(GITHUB_OUTPUT_WRITE)].map((m) => m[1]))
  const known = step.uses ? THIRD_PARTY_OUTPUTS[actionName(step.uses)] : undefined
  return known ? new Set(known) : undefined
}

function checkInputs(where: string, step: Step, spec: ActionSpec, parse: Parser): string[] {
  const problems: string[] = []
  const given = isMap(step.with) ? step.with : {}
  for (const name of Object.keys(given)) {
    if (!spec.inputs.has(name)) problems.push(`${where}: 'with.${name}' is not an input of action.yml (inputs: ${[...spec.inputs.keys()].join(', ')})`)
  }
  for (const [name, { required }] of spec.inputs) {
    if (required && !(name in given)) problems.push(`${where}: required input '${name}' is missing`)
  }
  for (const [name, value] of Object.entries(given)) {
    if (!spec.inputs.has(name) || EXPRESSION.test(String(value))) continue
    const rejection = rejectedLiteral(name, String(value), parse)
    if (rejection) problems.push(`${where}: 'with.${name}: ${String(value)}' is rejected by the action: ${rejection}`)
  }
  return problems
}

type Parser = (name: string, value: string) => void

function parseDoctorLiteral(name: string, value: string): void {
  const raw: RawInputs = { cluster: 'prod', service: 'api', region: 'eu-west-1', [name]: value }
  parseInputs(raw, {})
}

function parsePreflightLiteral(name: string, value: string): void {
  parsePreflightInputs({ cluster: 'prod', service: 'api', region: 'eu-west-1', 'task-definition': 'api:42', [name]: value }, {})
}

/** Runs one literal input value through the action's own input parser, the other inputs set to valid values. */
function rejectedLiteral(name: string, value: string, parse: Parser): string | null {
  try {
    parse(name, value)
    return null
  } catch (error) {
    if (error instanceof InputError) return error.message
    throw error
  }
}

function checkStepReferences(where: string, steps: Step[], specs: OurActions): string[] {
  const problems: string[] = []
  steps.forEach((step, index) => {
    const earlier = new Map(steps.slice(0, index).flatMap((s) => (s.id ? [[s.id, s] as const] : [])))
    for (const text of strings(step)) {
      for (const [reference, id, , output] of text.matchAll(STEP_REFERENCE)) {
        const source = earlier.get(id)
        if (!source) {
          problems.push(`${where} step ${index + 1}: '${reference}' names no earlier step with id '${id}'`)
          continue
        }
        const outputs = output ? outputsOf(source, specs) : undefined
        if (output && !outputs)
          problems.push(`${where} step ${index + 1}: outputs of '${source.uses}' are unknown; add them to THIRD_PARTY_OUTPUTS`)
        else if (output && outputs && !outputs.has(output))
          problems.push(`${where} step ${index + 1}: '${reference}' is not an output of step '${id}' (it sets: ${[...outputs].join(', ') || 'none'})`)
      }
    }
  })
  return problems
}

function permissionOf(workflow: unknown, job: Job, scope: string): string | undefined {
  const permissions = 'permissions' in job ? job.permissions : isMap(workflow) ? workflow.permissions : undefined
  if (permissions === 'write-all') return 'write'
  if (permissions === 'read-all') return 'read'
  if (isMap(permissions)) return typeof permissions[scope] === 'string' ? permissions[scope] : 'none'
  return undefined
}

function checkPermissions(workflow: unknown, jobName: string, job: Job): string[] {
  const problems: string[] = []
  for (const step of job.steps ?? []) {
    const commentsOnPr = (isThisAction(step.uses) || isPreflight(step.uses)) && String(step.with?.['comment-on-pr'] ?? 'true') !== 'false'
    if (commentsOnPr && permissionOf(workflow, job, 'pull-requests') !== 'write')
      problems.push(`job '${jobName}': the action comments on the PR but the job is not granted 'pull-requests: write'`)
    const assumesRole = step.uses?.startsWith('aws-actions/configure-aws-credentials@') && step.with?.['role-to-assume']
    if (assumesRole && permissionOf(workflow, job, 'id-token') !== 'write')
      problems.push(`job '${jobName}': configure-aws-credentials assumes a role with OIDC but the job is not granted 'id-token: write'`)
  }
  return problems
}

/** Everything wrong with how a workflow uses this action (and, given its spec, the preflight action); empty when nothing is. */
export function lintWorkflow(workflow: unknown, spec: ActionSpec, preflight?: ActionSpec): string[] {
  const specs: OurActions = { doctor: spec, ...(preflight ? { preflight } : {}) }
  return jobsOf(workflow).flatMap(([name, job]) => {
    const steps = Array.isArray(job.steps) ? job.steps : []
    const inputProblems = steps.flatMap((step, index) => {
      const ours = ourSpec(step, specs)
      return ours ? checkInputs(`job '${name}' step ${index + 1}`, step, ours.spec, ours.parse) : []
    })
    return [...inputProblems, ...checkStepReferences(`job '${name}'`, steps, specs), ...checkPermissions(workflow, name, job)]
  })
}

/** Every job's steps that run the preflight action. */
export function stepsUsingPreflight(workflow: unknown): { job: string; index: number; step: Step }[] {
  return jobsOf(workflow).flatMap(([job, spec]) => (spec.steps ?? []).flatMap((step, index) => (isPreflight(step.uses) ? [{ job, index, step }] : [])))
}
