import { errorMessage, errorName } from '../../aws/errors.js'
import { WatchError } from '../errors.js'

/** A permission the watch of this kind of deployment cannot do without: one line naming it. */
export function deniedFor(action: string, why: string, error: unknown): WatchError {
  return new WatchError(
    `The action's AWS role is not allowed ${action}, which ${why} (${errorName(error)}: ${errorMessage(error)}). ` +
      'Add it to the role the workflow assumes; see the IAM policy in the README.'
  )
}
