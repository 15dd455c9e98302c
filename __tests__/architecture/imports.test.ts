/**
 * The pipeline the README draws (inputs → watch → evidence → diagnose → report), held in the imports:
 * no cycles, each stage imports only what its boundary allows, and the diagnosis stays pure.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { boundaryViolations, findCycles, impureReads, readImportGraph, staticClosure, type BoundaryRule, type ImportEdge } from './import-graph.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const graph = readImportGraph(ROOT)

const SDK = /^@(aws-sdk|smithy)\//
const ENTRY_POINTS = /^src\/(doctor|main|cli|index|logger)\.ts$|^src\/cli\//
/** The Logger interface is a contract; the logger module itself writes through @actions/core. */
const LOGGER = /^src\/logger\.ts$/

/** Which imports each part of src/ may not make, and why. Type-only imports of SDK shapes are data, not clients. */
const BOUNDARIES: BoundaryRule[] = [
  {
    files: /^src\/inputs\//,
    forbid: [/^src\/(?!inputs\/)/, /^@/],
    why: 'inputs are parsed before anything else is loaded, so they depend on nothing'
  },
  {
    files: /^src\/watch\//,
    forbid: [/^src\/(diagnose|report|rollback|inputs)\//, /^src\/evidence\/(?!(schema|json)\.ts$)/, ENTRY_POINTS, /^@actions\//],
    typesAllowed: [LOGGER],
    why: 'the watch depends on the StopClassifier contract (src/stops.ts), never on the rule set or the stages after it'
  },
  {
    files: /^src\/evidence\//,
    forbid: [/^src\/(watch|diagnose|report|rollback|inputs)\//, ENTRY_POINTS, /^@actions\//],
    typesAllowed: [LOGGER],
    why: 'evidence collection gathers facts; it neither watches, decides nor reports'
  },
  {
    files: /^src\/diagnose\//,
    forbid: [/^src\/(watch|report|rollback|aws|inputs)\//, /^src\/evidence\/(?!(schema|arns|image-reference)\.ts$)/, ENTRY_POINTS, /^@actions\//, SDK, /^node:/],
    typesAllowed: [SDK],
    why: 'the diagnosis is pure: evidence in, diagnosis out, no AWS, GitHub or I/O'
  },
  {
    files: /^src\/report\//,
    forbid: [/^src\/(watch|aws)\//, /^src\/rollback\/(?!types\.ts$)/, /^src\/evidence\/(?!(schema|file)\.ts$)/, ENTRY_POINTS, SDK],
    typesAllowed: [SDK],
    why: 'reports render plain data: they never watch or call AWS'
  },
  {
    files: /^src\/rollback\//,
    forbid: [/^src\/(diagnose|report|inputs)\//, /^src\/evidence\/(?!schema\.ts$)/, ENTRY_POINTS, /^@actions\//],
    typesAllowed: [LOGGER],
    why: 'the rollback acts through the watch; reporting what it did is the report stage'
  },
  {
    files: /^src\/preflight\/(checks\/|evaluate|report|types)/,
    forbid: [/^src\/(watch|rollback|aws|inputs)\//, /^src\/evidence\/(?!(schema|arns|image-reference)\.ts$)/, ENTRY_POINTS, /^@actions\//, SDK, /^node:/],
    typesAllowed: [SDK],
    why: "preflight's checks and report are pure like the diagnosis they reuse: evidence in, report out"
  },
  {
    files: /^src\/(types|stops|format|redact|deployment-facts)\.ts$/,
    forbid: [/^src\/(?!(types|stops|format|redact|deployment-facts|evidence\/schema)\.ts$)/, /^@actions\//, SDK],
    typesAllowed: [SDK],
    why: 'shared contracts and helpers sit below every stage'
  }
]

describe('the import graph of src/', () => {
  test('has no import cycles', () => {
    expect(findCycles(graph.edges)).toEqual([])
  })

  test('keeps every stage within its boundary', () => {
    expect(boundaryViolations(graph.edges, BOUNDARIES)).toEqual([])
  })

  test('keeps the diagnosis pure: no clock, randomness, environment or timers', () => {
    const diagnosis = [...graph.sources].filter(([file]) => file.startsWith('src/diagnose/'))
    expect(diagnosis.length).toBeGreaterThan(50)
    expect(diagnosis.flatMap(([file, source]) => impureReads(file, source))).toEqual([])
  })

  test('cites public sources, not documents outside the repository', () => {
    const citing = graph.files.filter((file) => /field guide/i.test(readFileSync(join(ROOT, file), 'utf8')))
    expect(citing).toEqual([])
  })
})

/** Packages and repository files among `files`. */
const packagesIn = (files: Iterable<string>) => [...files].filter((f) => !f.startsWith('src/') && !f.startsWith('node:') && f !== 'package.json').sort()
const closureOf = (entries: string[]) => new Set(entries.flatMap((entry) => [...staticClosure(graph.edges, entry)]))

describe('what each entry loads before its first import() (issue 16)', () => {
  test('the action reads and checks its inputs with @actions/core alone: a bad input fails before any AWS SDK loads', () => {
    const loaded = staticClosure(graph.edges, 'src/index.ts')
    expect(packagesIn(loaded)).toEqual(['@actions/core'])
    expect([...loaded].filter((f) => f.startsWith('src/')).sort()).toEqual(['src/index.ts', 'src/inputs/inputs.ts', 'src/logger.ts', 'src/main.ts', 'src/types.ts', 'src/watch/errors.ts'])
  })

  test('the CLI and the preflight action check their arguments and inputs before any AWS SDK loads', () => {
    expect(packagesIn(staticClosure(graph.edges, 'src/cli.ts'))).toEqual(['@actions/core'])
    expect(packagesIn(staticClosure(graph.edges, 'src/preflight/main.ts'))).toEqual(['@actions/core'])
  })

  test('before the first poll the action loads the ECS client, the watch and the progress summary, nothing after the verdict', () => {
    const watchModules = ['src/aws/clients.ts', 'src/doctor.ts', 'src/report/progress-tracker.ts', 'src/partition.ts']
    const dynamic = graph.edges.filter((e) => e.from === 'src/main.ts' && e.kind === 'dynamic').map((e) => e.to)
    expect(dynamic).toEqual(expect.arrayContaining(watchModules))
    const loaded = closureOf(watchModules)
    expect(packagesIn(loaded)).toEqual(['@actions/core', '@aws-sdk/client-ecs', '@aws-sdk/core', '@smithy/core', '@smithy/node-http-handler'])
    const afterVerdict = [...loaded].filter((f) => /^src\/(diagnose|rollback)\/|^src\/evidence\/(?!(schema|json)\.ts$)|^src\/report\/(?!(progress-tracker|progress|step-summary|escape|markdown)\.ts$)/.test(f))
    expect(afterVerdict).toEqual([])
  })

  test('the evidence collectors, the diagnosis, the rollback and the renderer are loaded by import() only', () => {
    const lazy = ['src/evidence/collect.ts', 'src/diagnose/index.ts', 'src/rollback/rollback.ts', 'src/report/publish.ts', 'src/watch/strategy/codedeploy.ts']
    const everyEntry = closureOf(['src/index.ts', 'src/cli.ts', 'src/preflight/main.ts', 'src/aws/clients.ts', 'src/doctor.ts', 'src/report/progress-tracker.ts'])
    expect(lazy.filter((file) => everyEntry.has(file))).toEqual([])
    expect(lazy.filter((file) => !graph.edges.some((e) => e.to === file && e.kind === 'dynamic'))).toEqual([])
  })
})

describe('the checks themselves', () => {
  const edge = (from: string, to: string, kind: ImportEdge['kind'] = 'static'): ImportEdge => ({ from, to, kind })

  test('find a cycle, whichever file it is entered from, but not one made by import()', () => {
    const edges = [edge('src/evidence/logs.ts', 'src/evidence/ecs.ts'), edge('src/evidence/ecs.ts', 'src/evidence/logs.ts', 'type')]
    expect(findCycles(edges)).toEqual(['src/evidence/ecs.ts → src/evidence/logs.ts → src/evidence/ecs.ts'])
    expect(findCycles([edge('src/a.ts', 'src/b.ts'), edge('src/b.ts', 'src/a.ts', 'dynamic')])).toEqual([])
  })

  test('reject a forbidden import and allow a type-only import of SDK shapes', () => {
    const edges = [
      edge('src/watch/watch.ts', 'src/diagnose/index.ts'),
      edge('src/report/summary.ts', 'src/watch/poller.ts', 'type'),
      edge('src/diagnose/context.ts', '@aws-sdk/client-ecs', 'type'),
      edge('src/diagnose/context.ts', '@aws-sdk/client-ecs')
    ]
    expect(boundaryViolations(edges, BOUNDARIES)).toEqual([
      expect.stringMatching(/^src\/watch\/watch\.ts imports src\/diagnose\/index\.ts \(static\)/),
      expect.stringMatching(/^src\/diagnose\/context\.ts imports @aws-sdk\/client-ecs \(static\)/),
      expect.stringMatching(/^src\/report\/summary\.ts imports src\/watch\/poller\.ts \(type\)/)
    ])
  })
})
