/** Entry point of the `ecs-deploy-doctor` command (bundled to dist/cli/index.js). */
import { main } from './cli/main.js'

process.exitCode = await main(process.argv.slice(2))
