/**
 * Property-based robustness of the pure core. Real evidence documents (the engine's, from simulator
 * scenarios, and the report fixtures) are mutated: keys deleted, nulls and wrong types, huge strings,
 * unicode, RTL and control characters, thousands of tasks and events. Whatever comes in, reading the
 * file, diagnosing and rendering never throw; the root cause agrees with the verdict; the job summary
 * stays under 1 MiB and the PR comment under GitHub's 65,536 characters.
 *
 * Reproduce a failure with the seed and path fast-check prints: FC_SEED=<seed> (and fast-check's path).
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { diagnose } from '../../src/diagnose/index.js'
import type { Diagnosis } from '../../src/diagnose/types.js'
import type { Evidence } from '../../src/evidence/schema.js'
import { EvidenceError, parseEvidence } from '../../src/evidence/validate.js'
import { renderComment } from '../../src/report/comment.js'
import type { ReportInput } from '../../src/report/model.js'
import { renderSummary } from '../../src/report/summary.js'
import { VERDICTS, type Verdict } from '../../src/types.js'
import { getScenario } from '../../simulator/index.js'
import { scenarios as reportFixtures } from '../report/fixtures/index.js'
import { pool, runEngine } from '../hardening/engine.js'
import { COMMENT_LIMIT_CHARS, DEFAULT_SEED, HUGE_STRING_CHARS, MANY_EVENTS, MANY_TASKS, RUNS, SUMMARY_LIMIT_BYTES } from './settings.js'

const SEED = Number(process.env.FC_SEED ?? DEFAULT_SEED)

const ENGINE_SCENARIOS = ['secret-access-denied', 'app-missing-env-var', 'elb-wrong-path', 'network-no-nat-route', 'circuit-breaker-rollback', 'capacity-unavailable-persistent', 'healthy']

let documents: Evidence[] = []

beforeAll(async () => {
  const runs = await pool(ENGINE_SCENARIOS, 7, (name) => runEngine(getScenario(name)))
  documents = [...runs.flatMap((r) => (r.result ? [r.result.evidence] : [])), ...Object.values(reportFixtures).map((f) => f.evidence)]
  expect(documents.length).toBe(ENGINE_SCENARIOS.length + Object.keys(reportFixtures).length)
}, 60_000)

type Path = (string | number)[]

function pathsOf(value: unknown, prefix: Path = [], into: Path[] = [], limit = 4000): Path[] {
  if (into.length >= limit || value === null || typeof value !== 'object') return into
  for (const [key, member] of Object.entries(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key]
    into.push(path)
    pathsOf(member, path, into, limit)
  }
  return into
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> | undefined {
  let node = root
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string | number, unknown>)[key]
  }
  return node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>) : undefined
}

const UNICODE = ['\u202eevil\u202c', 'ﬁ‮ltr', '\u0000\u0007\u001b[31m\u007f', '👩‍👩‍👧‍👦', 'ج'.repeat(50), '\ud800', '\r\n::set-output name=verdict::stable', '`'.repeat(20), '<details>', '</details>']

const replacement = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean()) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 1, arbitrary: fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), fc.anything({ maxDepth: 1 }), { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.constant({}) },
  { weight: 1, arbitrary: fc.constant([]) }
)

/** One change at a random place: delete the key, or put another value (any type) there. */
const mutation = fc.record({ at: fc.nat(), remove: fc.boolean(), value: replacement })

function mutate(document: Evidence, mutations: { at: number; remove: boolean; value: unknown }[]): Evidence {
  const copy = structuredClone(document) as unknown as Record<string, unknown>
  for (const m of mutations) {
    const paths = pathsOf(copy)
    if (paths.length === 0) break
    const path = paths[m.at % paths.length]
    const parent = parentOf(copy, path)
    const key = path[path.length - 1]
    if (!parent) continue
    if (m.remove && !Array.isArray(parent)) delete parent[key]
    else parent[key] = m.value
  }
  return copy as unknown as Evidence
}

const FAILING: readonly string[] = ['failed', 'rolled-back', 'stuck']

/** The invariants between the verdict and the root cause (chooseRootCause in src/diagnose/index.ts). */
function expectVerdictConsistent(evidence: Evidence, diagnosis: Diagnosis): void {
  const verdict = (evidence.watch as { verdict?: unknown } | null | undefined)?.verdict
  const { rootCause, findings } = diagnosis
  if (verdict === 'stable') expect(rootCause).toBeNull()
  if (rootCause) expect(findings[0]).toBe(rootCause)
  if (verdict !== 'stable' && findings.length > 0) expect(rootCause).toBe(findings[0])
  if (FAILING.includes(verdict as string) && rootCause === null) {
    // Nothing of the deployment failed: the service was deleted, or another deployment replaced it.
    const service = (evidence.service ?? {}) as Evidence['service']
    const ours = Array.isArray(service.deployments) ? service.deployments.find((d) => d?.id === evidence.deploymentId) : undefined
    const replaced = !!ours && ours.rolloutState !== 'FAILED' && service.deployments?.some((d) => d?.status === 'PRIMARY' && d.id !== ours.id)
    expect(findings).toEqual([])
    expect(service.status === 'INACTIVE' || service.status === 'DRAINING' || replaced).toBe(true)
  }
}

/** What the CLI's `diagnose --format markdown` and the action render from a document. */
function reportOf(evidence: Evidence, diagnosis: Diagnosis): ReportInput {
  const verdict = (evidence.watch?.verdict ?? 'failed') as Verdict
  return {
    verdict,
    cluster: typeof evidence.cluster === 'string' ? evidence.cluster : 'prod',
    serviceName: typeof evidence.serviceName === 'string' ? evidence.serviceName : 'api',
    region: typeof evidence.region === 'string' ? evidence.region : 'eu-west-1',
    deploymentId: typeof evidence.deploymentId === 'string' ? evidence.deploymentId : null,
    evidence,
    diagnosis: verdict === 'stable' ? null : diagnosis,
    runUrl: 'https://github.com/acme/api/actions/runs/1'
  }
}

/** Read as the CLI reads a file: a clear EvidenceError, or a document the rest never chokes on. */
function throughTheCore(document: Evidence): void {
  let evidence: Evidence
  try {
    evidence = parseEvidence(JSON.stringify(document))
  } catch (error) {
    expect(error).toBeInstanceOf(EvidenceError)
    expect((error as Error).message.split('\n')).toHaveLength(1)
    return
  }
  const diagnosis = diagnose(evidence)
  expectVerdictConsistent(evidence, diagnosis)
  const report = reportOf(evidence, diagnosis)
  expect(Buffer.byteLength(renderSummary(report), 'utf8')).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES)
  expect(renderComment(report).length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS)
}

/** An index, not the document itself: a counterexample then prints as a few numbers, not a whole document. */
const documentIndex = () => fc.nat({ max: 1_000 })
const documentAt = (index: number): Evidence => documents[index % documents.length]

describe('mutated evidence documents', () => {
  it('keys deleted, nulls, wrong types, unicode anywhere: never a throw, a verdict-consistent diagnosis, reports within limits', () => {
    fc.assert(
      fc.property(documentIndex(), fc.array(mutation, { minLength: 1, maxLength: 6 }), (index, mutations) => throughTheCore(mutate(documentAt(index), mutations))),
      { seed: SEED, numRuns: Number(process.env.FC_RUNS ?? RUNS.mutations) }
    )
  })

  it('every verdict, with and without the evidence that explains it', () => {
    fc.assert(
      fc.property(documentIndex(), fc.constantFrom(...VERDICTS, undefined), fc.array(mutation, { maxLength: 3 }), (index, verdict, mutations) => {
        const copy = mutate(documentAt(index), mutations)
        const watch = copy.watch && typeof copy.watch === 'object' ? copy.watch : { reason: '', startedAt: '', endedAt: '' }
        throughTheCore({ ...copy, watch: { ...watch, verdict } as Evidence['watch'] })
      }),
      { seed: SEED, numRuns: Number(process.env.FC_RUNS ?? RUNS.verdicts) }
    )
  })

  it('huge strings (1 MB) in log lines, reasons, events and names', () => {
    const huge = fc.constantFrom('x', 'é', '`', '<', '👩‍👩‍👧', 'A1/b+') .map((unit) => unit.repeat(Math.ceil(HUGE_STRING_CHARS / unit.length)))
    fc.assert(
      fc.property(documentIndex(), huge, fc.nat(), (index, text, at) => {
        const copy = structuredClone(documentAt(index))
        const strings = pathsOf(copy).filter((path) => typeof parentOf(copy, path)?.[path[path.length - 1]] === 'string')
        for (const path of [strings[at % Math.max(1, strings.length)], strings[(at * 7 + 3) % Math.max(1, strings.length)]]) {
          const parent = path && parentOf(copy, path)
          if (parent) parent[path[path.length - 1]] = text
        }
        copy.logs = [{ taskArn: 'arn:aws:ecs:eu-west-1:123456789012:task/prod/abc', containerName: 'api', lines: [text, ...Array.from({ length: 50 }, () => text.slice(0, 20_000))] }, ...(copy.logs ?? [])]
        throughTheCore(copy)
      }),
      { seed: SEED, numRuns: RUNS.hugeStrings }
    )
  })

  it('5,000 tasks and 1,000 events', () => {
    fc.assert(
      fc.property(documentIndex(), fc.array(fc.constantFrom(...UNICODE, 'Essential container in task exited', 'CannotPullContainerError: pull image manifest has been retried 5 time(s): not found'), { minLength: 1, maxLength: 5 }), (index, reasons) => {
        const copy = structuredClone(documentAt(index))
        const template = copy.tasks?.[0] ?? { lastStatus: 'STOPPED', startedBy: copy.deploymentId ?? undefined }
        copy.tasks = Array.from({ length: MANY_TASKS }, (_, i) => ({
          ...template,
          taskArn: `arn:aws:ecs:eu-west-1:123456789012:task/prod/${i.toString(16).padStart(32, '0')}`,
          lastStatus: 'STOPPED',
          stopCode: i % 3 === 0 ? 'TaskFailedToStart' : 'EssentialContainerExited',
          stoppedReason: `${reasons[i % reasons.length]} ${i}`,
          stoppedAt: new Date(Date.UTC(2026, 10, 20, 10, 0, i % 3600)).toISOString()
        }))
        copy.service = {
          ...copy.service,
          events: Array.from({ length: MANY_EVENTS }, (_, i) => ({ id: `e${i}`, createdAt: new Date(Date.UTC(2026, 10, 20, 10, 0, i % 3600)).toISOString(), message: `(service api) ${reasons[i % reasons.length]} ${i}` }))
        }
        throughTheCore(copy)
      }),
      { seed: SEED, numRuns: RUNS.manyTasks }
    )
  })
})
