/**
 * Redaction and injection probes over every scenario: the engine runs against a hostile variant of
 * each scenario (credentials of every kind and markup in logs, stopped reasons, container reasons,
 * target health, service events; secret values in the task definitions), and every output a user can
 * see must be free of the credentials and inert: the job summary, the PR comment, the annotation, the
 * Actions log, the evidence file, and the CLI's `diagnose --format json|markdown|text` of that file.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { main as cli } from '../../src/cli/main.js'
import { renderDiagnosisText } from '../../src/cli/text.js'
import { renderComment } from '../../src/report/comment.js'
import { annotate, maskSecrets } from '../../src/report/publish.js'
import { renderSummary } from '../../src/report/summary.js'
import { scenarios, type Scenario } from '../../simulator/index.js'
import { describeRun, pool, reportInputOf, runEngine, type EngineRun } from './engine.js'
import { hostileVariant, leakedSecrets, markupProblems, plantedSecrets, PROBED_OUTPUTS, SECRETS, workflowCommandsIn } from './hostile.js'

interface Outputs {
  /** Not an output: what the runner is told to mask in the rest of the job's log. */
  masked: string[]
  summary: string
  comment: string
  annotation: string
  log: string[]
  evidenceFile: string
  cliJson: string
  cliMarkdown: string
  cliText: string
  diagnosisText: string
}

/**
 * What core.error writes for the annotation, and what the publisher masks for the rest of the job
 * (the ::add-mask:: lines are instructions to the runner, never shown).
 */
function captureAnnotation(run: EngineRun): { annotation: string; masked: string[] } {
  const written: string[] = []
  const original = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: string | Uint8Array) => {
    written.push(String(chunk))
    return true
  }) as typeof process.stdout.write
  try {
    maskSecrets(reportInputOf(run))
    annotate(reportInputOf(run))
  } finally {
    process.stdout.write = original
  }
  const lines = written.join('').split('\n')
  return {
    annotation: lines.filter((line) => !line.startsWith('::add-mask::')).join('\n'),
    masked: lines.filter((line) => line.startsWith('::add-mask::')).map((line) => line.slice('::add-mask::'.length))
  }
}

async function cliOutput(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const chunks = { out: '', err: '' }
  const sink = (key: 'out' | 'err') =>
    new Writable({
      write(chunk, _encoding, done) {
        chunks[key] += String(chunk)
        done()
      }
    })
  const code = await cli(args, sink('out') as unknown as typeof process.stdout, sink('err') as unknown as typeof process.stderr)
  return { code, ...chunks }
}

async function outputsOf(run: EngineRun, dir: string): Promise<Outputs> {
  const result = run.result
  if (!result) throw new Error(describeRun(run))
  const report = reportInputOf(run)
  const evidenceFile = join(dir, `${run.scenario.name}.evidence.json`)
  writeFileSync(evidenceFile, `${JSON.stringify(result.evidence, null, 2)}\n`)
  const [json, markdown, text] = await Promise.all(['json', 'markdown', 'text'].map((format) => cliOutput(['diagnose', '--evidence', evidenceFile, '--format', format])))
  for (const output of [json, markdown, text]) expect({ code: output.code, err: output.err }).toEqual({ code: 0, err: '' })
  const published = result.diagnosis ? captureAnnotation(run) : { annotation: '', masked: [] }
  return {
    masked: published.masked,
    summary: renderSummary(report),
    comment: renderComment(report),
    annotation: published.annotation,
    log: run.log.map((l) => l.message),
    evidenceFile: JSON.stringify(result.evidence),
    cliJson: json.out,
    cliMarkdown: markdown.out,
    cliText: text.out,
    diagnosisText: result.diagnosis ? renderDiagnosisText(result.diagnosis, result.watch.verdict) : ''
  }
}

const variants = scenarios.map(hostileVariant)
const LOGGED_SECRETS = [SECRETS.accessKeyId, SECRETS.temporaryKeyId, SECRETS.secretAccessKey, SECRETS.bearer, SECRETS.urlPassword, SECRETS.envPassword, SECRETS.jsonSecret, SECRETS.knownEnvValue, SECRETS.privateKeyLine]

describe('redaction and injection probes over every scenario', () => {
  const outputs = new Map<string, Outputs>()
  const runs = new Map<string, EngineRun>()
  let dir = ''

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ecs-deploy-doctor-probes-'))
    const done = await pool(variants, 12, (variant) => runEngine(variant))
    for (const run of done) {
      runs.set(run.scenario.name, run)
      if (run.result) outputs.set(run.scenario.name, await outputsOf(run, dir))
    }
  }, 180_000)

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it.each(variants.map((v) => [v.name, v] as const))('%s: no credential in any output, markdown inert, no workflow command', (name, variant: Scenario) => {
    const run = runs.get(name) as EngineRun
    expect(run.verdict === 'error' ? describeRun(run) : 'ran').toBe('ran')
    // Hostile text may change a classification, never the verdict or the fact that it failed.
    expect(run.verdict).toBe(variant.expect.verdict)
    const { masked, ...out } = outputs.get(name) as Outputs
    expect(Object.keys(out).sort()).toEqual([...PROBED_OUTPUTS].sort())
    const secrets = plantedSecrets(variant)
    // The credentials the container logged are masked in the Actions log for the steps after this one.
    if (run.result?.evidence.logs?.some((log) => log.lines.length > 0)) expect(LOGGED_SECRETS.filter((secret) => !masked.includes(secret))).toEqual([])
    const leaks = Object.entries(out).flatMap(([key, value]) =>
      leakedSecrets(Array.isArray(value) ? value.join('\n') : value, secrets).map((secret) => `${key}: ${secret}`)
    )
    expect(leaks).toEqual([])
    expect({ summary: markupProblems(out.summary), comment: markupProblems(out.comment), cli: markupProblems(out.cliMarkdown) }).toEqual({
      summary: [],
      comment: [],
      cli: []
    })
    expect(workflowCommandsIn([...out.log, out.annotation.replace(/^::error[^:]*::/gm, '')])).toEqual([])
    // eslint-disable-next-line no-control-regex
    expect(out.cliText + out.diagnosisText).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/)
  })
})
