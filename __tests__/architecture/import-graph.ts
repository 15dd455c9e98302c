/**
 * The import graph of src/, read with the TypeScript parser, and the checks `imports.test.ts` runs on it:
 * cycles, and imports a stage may not make. Pure apart from reading the files.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join, posix, relative } from 'node:path'
import ts from 'typescript'

export type ImportKind = 'static' | 'type' | 'dynamic'

export interface ImportEdge {
  /** Repository-relative path of the importing file, e.g. "src/watch/watch.ts". */
  from: string
  /** Repository-relative path of a source file, or a package name ("@aws-sdk/client-ecs", "node:fs"). */
  to: string
  kind: ImportKind
}

export interface ImportGraph {
  files: string[]
  edges: ImportEdge[]
  /** Source text of each file, for the purity checks. */
  sources: Map<string, ts.SourceFile>
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/** "@aws-sdk/client-ecs/dist" → "@aws-sdk/client-ecs"; builtins as "node:fs". */
function packageName(specifier: string): string {
  const bare = specifier.replace(/^node:/, '')
  if (specifier.startsWith('node:') || builtinModules.includes(bare.split('/')[0])) return `node:${bare.split('/')[0]}`
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

function target(root: string, file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return packageName(specifier)
  const resolved = join(dirname(file), specifier).replace(/\.js$/, '.ts')
  return relative(root, resolved).split('\\').join(posix.sep)
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause
  if (!clause) return false
  if (clause.isTypeOnly) return true
  const named = clause.namedBindings
  return !clause.name && named !== undefined && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)
}

function importsOf(source: ts.SourceFile): { specifier: string; kind: ImportKind }[] {
  const found: { specifier: string; kind: ImportKind }[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier))
      found.push({ specifier: node.moduleSpecifier.text, kind: isTypeOnlyImport(node) ? 'type' : 'static' })
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier))
      found.push({ specifier: node.moduleSpecifier.text, kind: node.isTypeOnly ? 'type' : 'static' })
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0]))
      found.push({ specifier: (node.arguments[0] as ts.StringLiteral).text, kind: 'dynamic' })
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

export function readImportGraph(root: string, dir = 'src'): ImportGraph {
  const files = sourceFiles(join(root, dir)).sort()
  const sources = new Map<string, ts.SourceFile>()
  const edges: ImportEdge[] = []
  for (const path of files) {
    const from = relative(root, path).split('\\').join(posix.sep)
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true)
    sources.set(from, source)
    for (const { specifier, kind } of importsOf(source)) edges.push({ from, to: target(root, path, specifier), kind })
  }
  return { files: [...sources.keys()], edges, sources }
}

/** Every cycle of imports that exist at run time or in the types (dynamic import() breaks no layering), as "a → b → a". */
export function findCycles(edges: ImportEdge[]): string[] {
  const next = new Map<string, Set<string>>()
  for (const edge of edges.filter((e) => e.kind !== 'dynamic')) {
    if (!next.has(edge.from)) next.set(edge.from, new Set())
    next.get(edge.from)?.add(edge.to)
  }
  const cycles = new Set<string>()
  const state = new Map<string, 'visiting' | 'done'>()
  const stack: string[] = []
  const visit = (node: string): void => {
    state.set(node, 'visiting')
    stack.push(node)
    for (const to of next.get(node) ?? []) {
      if (state.get(to) === 'visiting') cycles.add(canonical(stack.slice(stack.indexOf(to))))
      else if (!state.has(to)) visit(to)
    }
    stack.pop()
    state.set(node, 'done')
  }
  for (const node of [...next.keys()].sort()) if (!state.has(node)) visit(node)
  return [...cycles].sort()
}

/** The same cycle found from any of its files reads the same: it starts at its first file in sort order. */
function canonical(cycle: string[]): string {
  const start = cycle.indexOf([...cycle].sort()[0])
  const rotated = [...cycle.slice(start), ...cycle.slice(0, start)]
  return [...rotated, rotated[0]].join(' → ')
}

export interface BoundaryRule {
  /** The files the rule applies to, e.g. /^src\/diagnose\//. */
  files: RegExp
  /** Imports these files may not make. */
  forbid: RegExp[]
  /** Patterns whose `import type` is fine: types are erased, nothing is loaded. */
  typesAllowed?: RegExp[]
  why: string
}

export function boundaryViolations(edges: ImportEdge[], rules: BoundaryRule[]): string[] {
  const violations: string[] = []
  for (const rule of rules) {
    for (const edge of edges.filter((e) => rule.files.test(e.from))) {
      const forbidden = rule.forbid.some((pattern) => pattern.test(edge.to))
      const typeOnly = edge.kind === 'type' && (rule.typesAllowed ?? []).some((pattern) => pattern.test(edge.to))
      if (forbidden && !typeOnly) violations.push(`${edge.from} imports ${edge.to} (${edge.kind}): ${rule.why}`)
    }
  }
  return violations
}

/** Everything `entry` loads before its first dynamic import() resolves: its static (non-type) import closure. */
export function staticClosure(edges: ImportEdge[], entry: string): Set<string> {
  const seen = new Set<string>()
  const pending = [entry]
  while (pending.length > 0) {
    const file = pending.pop() as string
    if (seen.has(file)) continue
    seen.add(file)
    for (const edge of edges) if (edge.from === file && edge.kind === 'static') pending.push(edge.to)
  }
  return seen
}

const CLOCK_OR_RANDOM = new Set(['Date.now', 'Math.random'])
const ENVIRONMENT_OR_TIMERS = new Set(['process', 'performance', 'setTimeout', 'setInterval', 'setImmediate'])

function isPropertyName(node: ts.Identifier): boolean {
  return ts.isPropertyAccessExpression(node.parent) && node.parent.name === node
}

/** Reads of the clock, randomness, the environment or timers in `source`, as "file:line what". */
export function impureReads(file: string, source: ts.SourceFile): string[] {
  const found: string[] = []
  const report = (node: ts.Node, what: string) => found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${what}`)
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && CLOCK_OR_RANDOM.has(`${node.expression.text}.${node.name.text}`))
      report(node, `${node.expression.text}.${node.name.text}`)
    if (ts.isIdentifier(node) && ENVIRONMENT_OR_TIMERS.has(node.text) && !isPropertyName(node)) report(node, node.text)
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Date' && (node.arguments?.length ?? 0) === 0)
      report(node, 'new Date()')
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}
