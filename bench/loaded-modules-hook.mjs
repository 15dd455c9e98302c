// Module hooks (node:module register) of record-loaded-modules.mjs, run on the loader's own thread: one line
// "<epoch ms> <url>" per module loaded.
import { appendFileSync } from 'node:fs'

const file = process.env.BENCH_LOADED_MODULES_FILE

export async function load(url, context, nextLoad) {
  if (file) appendFileSync(file, `${Date.now()} ${url}\n`)
  return nextLoad(url, context)
}
