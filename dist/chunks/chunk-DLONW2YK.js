import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);

// src/watch/errors.ts
var WatchError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "WatchError";
  }
};

export {
  WatchError
};
