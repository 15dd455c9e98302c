/** An error the simulator answers with, encoded per protocol so the SDK throws `code` as the error name. */
export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    readonly fault: 'Sender' | 'Receiver' = status >= 500 ? 'Receiver' : 'Sender'
  ) {
    super(message)
    this.name = code
  }
}
