import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  formatDuration
} from "./chunk-UG42X6BT.js";
import {
  errorMessage,
  errorName
} from "./chunk-H72JYIFK.js";
import {
  WatchError
} from "./chunk-DLONW2YK.js";

// src/aws/credentials.ts
async function checkCredentials(clients, timeoutMs, logger, now) {
  let expiration;
  try {
    const credentials = await clients.ecs.config.credentials();
    expiration = credentials.expiration;
  } catch (error) {
    throw new WatchError(
      `No AWS credentials could be loaded (${errorName(error)}: ${errorMessage(error)}). Run aws-actions/configure-aws-credentials before this step.`
    );
  }
  if (expiration && expiration.getTime() < now + timeoutMs) {
    logger.warning(
      `The AWS credentials expire at ${expiration.toISOString()}, ${formatDuration(expiration.getTime() - now)} from now, before 'timeout-minutes' (${formatDuration(timeoutMs)}) can pass. Raise configure-aws-credentials 'role-duration-seconds' or lower 'timeout-minutes', or the watch will fail when they expire.`
    );
  }
}

export {
  checkCredentials
};
