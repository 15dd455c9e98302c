import * as core from '@actions/core'

/** Where progress goes: the Actions log (with groups) or a terminal. */
export interface Logger {
  info(message: string): void
  warning(message: string): void
  error(message: string): void
  debug(message: string): void
  startGroup(name: string): void
  endGroup(): void
}

export const actionsLogger: Logger = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
  debug: (m) => core.debug(m),
  startGroup: (n) => core.startGroup(n),
  endGroup: () => core.endGroup()
}

export function consoleLogger(stream: NodeJS.WritableStream = process.stderr, verbose = false): Logger {
  let indent = ''
  const write = (m: string) => stream.write(`${indent}${m}\n`)
  return {
    info: write,
    warning: (m) => write(`warning: ${m}`),
    error: (m) => write(`error: ${m}`),
    debug: (m) => (verbose ? write(`debug: ${m}`) : undefined),
    startGroup: (n) => {
      write(n)
      indent = '  '
    },
    endGroup: () => {
      indent = ''
    }
  }
}
