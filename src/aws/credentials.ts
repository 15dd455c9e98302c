import { formatDuration } from '../format.js'
import type { Logger } from '../logger.js'
import { WatchError } from '../watch/errors.js'
import type { AwsClients } from './clients.js'
import { errorMessage, errorName } from './errors.js'

/**
 * Warns when the credentials will expire before the watch can time out: the usual reason a
 * long deploy wait dies at 60 minutes. Fails clearly when there are no credentials at all.
 */
export async function checkCredentials(clients: AwsClients, timeoutMs: number, logger: Logger, now: number): Promise<void> {
  let expiration: Date | undefined
  try {
    const credentials = await clients.ecs.config.credentials()
    expiration = credentials.expiration
  } catch (error) {
    throw new WatchError(
      `No AWS credentials could be loaded (${errorName(error)}: ${errorMessage(error)}). ` +
        'Run aws-actions/configure-aws-credentials before this step.'
    )
  }
  if (expiration && expiration.getTime() < now + timeoutMs) {
    logger.warning(
      `The AWS credentials expire at ${expiration.toISOString()}, ${formatDuration(expiration.getTime() - now)} from now, ` +
        `before 'timeout-minutes' (${formatDuration(timeoutMs)}) can pass. Raise configure-aws-credentials 'role-duration-seconds' ` +
        "or lower 'timeout-minutes', or the watch will fail when they expire."
    )
  }
}
