import { errorMessage, errorName } from '../aws/errors.js'

/** A problem no retry will fix (a missing service or task definition, a core permission): one line, no stack. */
export class PreflightError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PreflightError'
  }
}

/** "The preflight role is not allowed ecs:DescribeServices (AccessDeniedException: ...)". */
export function deniedError(action: string, error: unknown): PreflightError {
  return new PreflightError(
    `The AWS role of this step is not allowed ${action} (${errorName(error)}: ${errorMessage(error)}). ` +
      "Add it to the role the workflow assumes; see the preflight IAM policy in the README's \"Before the deploy\" section."
  )
}
