import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);

// src/preflight/types.ts
var FAIL_ON = ["error", "warning"];
var AREAS = ["task-definition", "execution-role", "network", "image", "secrets", "logging", "storage", "changes"];
var AREA_TITLES = {
  "task-definition": "Task definition",
  "execution-role": "Execution role",
  network: "Network",
  image: "Images",
  secrets: "Secrets, parameters and environment files",
  logging: "Logging",
  storage: "Storage",
  changes: "What changes against the running revision"
};

export {
  FAIL_ON,
  AREAS,
  AREA_TITLES
};
