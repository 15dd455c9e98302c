import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  debug,
  endGroup,
  error,
  info,
  startGroup,
  warning
} from "./chunk-RTYPVDKK.js";

// src/logger.ts
var actionsLogger = {
  info: (m) => info(m),
  warning: (m) => warning(m),
  error: (m) => error(m),
  debug: (m) => debug(m),
  startGroup: (n) => startGroup(n),
  endGroup: () => endGroup()
};
function consoleLogger(stream = process.stderr, verbose = false) {
  let indent = "";
  const write = (m) => stream.write(`${indent}${m}
`);
  return {
    info: write,
    warning: (m) => write(`warning: ${m}`),
    error: (m) => write(`error: ${m}`),
    debug: (m) => verbose ? write(`debug: ${m}`) : void 0,
    startGroup: (n) => {
      write(n);
      indent = "  ";
    },
    endGroup: () => {
      indent = "";
    }
  };
}

export {
  actionsLogger,
  consoleLogger
};
