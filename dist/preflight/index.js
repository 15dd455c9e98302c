import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  PREFLIGHT_INPUT_NAMES,
  PreflightError,
  parsePreflightInputs
} from "../chunks/chunk-PA6V6HKS.js";
import "../chunks/chunk-LYOK4SNK.js";
import "../chunks/chunk-H72JYIFK.js";
import {
  actionsLogger
} from "../chunks/chunk-ZRK2XXW2.js";
import {
  debug,
  getInput,
  info,
  setFailed,
  setSecret
} from "../chunks/chunk-RTYPVDKK.js";
import {
  InputError
} from "../chunks/chunk-HTFDHZIM.js";
import {
  WatchError
} from "../chunks/chunk-DLONW2YK.js";
import "../chunks/chunk-UZE5WIRC.js";

// src/preflight/action.ts
function readActionInputs() {
  return Object.fromEntries(PREFLIGHT_INPUT_NAMES.map((name) => [name, getInput(name)]));
}
async function loadPreflight() {
  const [{ createClients }, { unknownRegionWarning }, { runPreflight }, { failsStep, publishPreflight }, { preflightLine }] = await Promise.all([
    import("../chunks/clients-X4X3J3TK.js"),
    import("../chunks/partition-A5D5R4PR.js"),
    import("../chunks/run-SUNHHOGA.js"),
    import("../chunks/publish-DC27SQUY.js"),
    import("../chunks/report-EA465KT3.js")
  ]);
  return { createClients, unknownRegionWarning, runPreflight, failsStep, publishPreflight, preflightLine };
}
async function runPreflightAction() {
  let clients;
  try {
    const inputs = parsePreflightInputs(readActionInputs());
    if (inputs.githubToken) setSecret(inputs.githubToken);
    const { createClients, unknownRegionWarning, runPreflight, failsStep, publishPreflight, preflightLine } = await loadPreflight();
    for (const warning of unknownRegionWarning(inputs.region)) actionsLogger.warning(warning);
    clients = createClients({ region: inputs.region });
    const outcome = await runPreflight(inputs, clients, actionsLogger);
    await publishPreflight(outcome, inputs);
    const line = preflightLine(outcome);
    if (failsStep(outcome.report.result, inputs.failOn)) setFailed(line);
    else info(line);
  } catch (error) {
    if (error instanceof InputError || error instanceof PreflightError || error instanceof WatchError) setFailed(error.message);
    else {
      debug(error instanceof Error ? error.stack ?? error.message : String(error));
      setFailed(`ECS Deploy Doctor preflight failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
    }
  } finally {
    clients?.destroy();
  }
}

// src/preflight/main.ts
await runPreflightAction();
