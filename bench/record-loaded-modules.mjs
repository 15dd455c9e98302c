// Loaded with `node --import`: appends the time and URL of every module the process loads (ES modules, as the bundle's
// chunks are) to the file named by BENCH_LOADED_MODULES_FILE, one per line. Used by the bench's start-up section.
import { register } from 'node:module'

register('./loaded-modules-hook.mjs', import.meta.url)
