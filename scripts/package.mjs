// `npm run package`: bundles the action (dist/index.js), the CLI (dist/cli/index.js) and the preflight action
// (dist/preflight/index.js) with esbuild in one build, so the three share their chunks (dist/chunks/), and every
// import() in src/ becomes a chunk that is read only when a run gets there. See CONTRIBUTING.md, "The bundle".
import { build } from 'esbuild'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const DIST = join(ROOT, 'dist')

/**
 * Packages @actions/core imports only for getIDToken (OIDC), which the action never calls: marked free of side
 * effects so the bundler drops them (undici alone is ~0.8 MB) unless something uses them, as @actions/github does.
 */
const ONLY_FOR_WHAT_IS_USED = /[\\/]node_modules[\\/](@actions[\\/]http-client|undici|tunnel)[\\/]|[\\/]@actions[\\/]core[\\/]lib[\\/]oidc-utils\.js$/

const usedOnlyWhenImported = {
  name: 'used-only-when-imported',
  setup(bundle) {
    bundle.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === 'resolving') return undefined
      const resolved = await bundle.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'resolving' })
      if (resolved.errors.length > 0 || !ONLY_FOR_WHAT_IS_USED.test(resolved.path)) return resolved
      return { ...resolved, sideEffects: false }
    })
  }
}

/**
 * The AWS SDK's shape schemas (one module per client with every shape of the API: 1.3 MB for EC2) key their
 * traits by constant names, `{ [_xN]: _m }` with `const _xN = "xmlName"`. A computed key could run code, so the
 * bundler keeps every shape; the same object with the string written out, `{ "xmlName": _m }`, is plainly free
 * of side effects, and the shapes no command of ours uses are dropped (EC2's schemas: 1.05 MB → 29 KB).
 */
const SDK_SCHEMAS = /[\\/]@aws-sdk[\\/][^\\/]+[\\/]dist-es[\\/](?:submodules[\\/][^\\/]+[\\/])?schemas[\\/]schemas_\d+\.js$/

const schemaKeysWrittenOut = {
  name: 'schema-keys-written-out',
  setup(bundle) {
    bundle.onLoad({ filter: SDK_SCHEMAS }, async (args) => {
      const source = await readFile(args.path, 'utf8')
      const strings = new Map([...source.matchAll(/^const (_\w+) = ("(?:[^"\\\n]|\\.)*");$/gm)].map((m) => [m[1], m[2]]))
      return { contents: source.replace(/\[(_\w+)\]:/g, (key, name) => (strings.has(name) ? `${strings.get(name)}:` : key)), loader: 'js' }
    })
  }
}

/** The package a bundled file belongs to, from its node_modules path: { name, dir }. */
function packageOf(input) {
  const parts = input.split(/[\\/]/)
  const at = parts.lastIndexOf('node_modules')
  if (at < 0) return undefined
  const length = parts[at + 1].startsWith('@') ? 2 : 1
  return { name: parts.slice(at + 1, at + 1 + length).join('/'), dir: join(ROOT, ...parts.slice(0, at + 1 + length)) }
}

const LICENSE_FILES = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'LICENCE', 'LICENSE-MIT']

/** dist/licenses.txt: every bundled package's name, license and license text, as @vercel/ncc wrote it. */
function licenses(metafile) {
  const packages = new Map()
  for (const input of Object.keys(metafile.inputs)) {
    const found = packageOf(input)
    if (found && !packages.has(found.name)) packages.set(found.name, found.dir)
  }
  return [...packages.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, dir]) => {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
      const file = LICENSE_FILES.map((f) => join(dir, f)).find(existsSync)
      return `${name}\n${manifest.license ?? ''}\n${file ? readFileSync(file, 'utf8').trim() : ''}\n`
    })
    .join('\n')
}

rmSync(DIST, { recursive: true, force: true })
const result = await build({
  absWorkingDir: ROOT,
  entryPoints: { index: 'src/index.ts', 'cli/index': 'src/cli.ts', 'preflight/index': 'src/preflight/main.ts' },
  outdir: DIST,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The AWS SDK's ES module builds: the bundler keeps only the commands and shapes the code uses.
  mainFields: ['module', 'main'],
  // Optional peer of https-proxy-agent (Kerberos proxy authentication), never installed.
  external: ['kerberos'],
  // CommonJS dependencies call require(); an ES module bundle must provide it.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  plugins: [usedOnlyWhenImported, schemaKeysWrittenOut]
})
writeFileSync(join(DIST, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`)
writeFileSync(join(DIST, 'licenses.txt'), licenses(result.metafile))
mkdirSync(join(DIST, 'chunks'), { recursive: true })

const outputs = Object.entries(result.metafile.outputs).map(([file, output]) => ({ file: relative(ROOT, file).split(sep).join('/'), bytes: output.bytes }))
const total = outputs.reduce((sum, o) => sum + o.bytes, 0)
if (process.env.PACKAGE_METAFILE) writeFileSync(process.env.PACKAGE_METAFILE, JSON.stringify(result.metafile))
process.stdout.write(`dist/: ${outputs.length} files, ${(total / 1_048_576).toFixed(2)} MB\n`)
