import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);

// src/report/step-summary.ts
import { closeSync, existsSync, ftruncateSync, openSync, statSync, writeSync } from "node:fs";
var SUMMARY_MAX_BYTES = 1024 * 1e3;
var StepSummaryFile = class {
  constructor(path) {
    this.path = path;
  }
  path;
  startOffset;
  /**
   * Replaces what this step wrote before with `markdown`: written over it first, then cut to length, so a
   * step killed in between leaves the new text (and perhaps a tail of the old), never an empty summary.
   * Throws when the file cannot be written.
   */
  replace(markdown) {
    const exists = existsSync(this.path);
    this.startOffset ??= exists ? statSync(this.path).size : 0;
    const fd = openSync(this.path, exists ? "r+" : "w");
    try {
      const bytes = Buffer.from(markdown, "utf8");
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, this.startOffset + done);
      ftruncateSync(fd, this.startOffset + bytes.length);
    } finally {
      closeSync(fd);
    }
  }
};
var files = /* @__PURE__ */ new Map();
function stepSummaryFile(path = process.env.GITHUB_STEP_SUMMARY) {
  if (!path) return void 0;
  let file = files.get(path);
  if (!file) files.set(path, file = new StepSummaryFile(path));
  return file;
}

export {
  SUMMARY_MAX_BYTES,
  stepSummaryFile
};
