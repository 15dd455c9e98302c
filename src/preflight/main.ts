/** Entry point of the preflight action, bundled to dist/preflight/index.js (preflight/action.yml). */
import { runPreflightAction } from './action.js'

await runPreflightAction()
