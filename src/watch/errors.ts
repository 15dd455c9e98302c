/** A problem no retry will fix: missing cluster or service, a permission the watch cannot do without. */
export class WatchError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WatchError'
  }
}
