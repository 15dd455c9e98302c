import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  SUMMARY_MAX_BYTES,
  stepSummaryFile
} from "./chunk-NOB5NHP5.js";
import {
  code,
  heading,
  table
} from "./chunk-QCPYTZYL.js";
import {
  formatDuration,
  utcTime
} from "./chunk-UG42X6BT.js";
import {
  FAILING_VERDICTS
} from "./chunk-UHW7ZZCQ.js";
import {
  debug
} from "./chunk-RTYPVDKK.js";
import {
  resourceName
} from "./chunk-HTFDHZIM.js";
import "./chunk-UZE5WIRC.js";

// src/report/progress.ts
function stepMinutesNeeded(timeoutMinutes, onFailure) {
  return Math.ceil(onFailure === "rollback" ? 3 * timeoutMinutes + 5 : timeoutMinutes + 2);
}
var ProgressSummary = class {
  constructor(plan, clock = Date.now) {
    this.plan = plan;
    this.clock = clock;
    this.states = new Map(plan.services.map((service) => [service, {}]));
    this.startedAtMs = clock();
  }
  plan;
  clock;
  states;
  startedAtMs;
  /** Records a service's progress; true when its phase changed (worth writing the summary again). */
  update(update) {
    const state = this.states.get(update.service) ?? {};
    const changed = state.update?.phase !== update.phase;
    this.states.set(update.service, { ...state, update });
    return changed;
  }
  setReport(service, markdown) {
    this.states.set(service, { ...this.states.get(service), report: markdown });
  }
  /** One line for the log and the failed step: where each service was. */
  whereLine() {
    return [...this.states.entries()].map(([service, state]) => `${service}: ${stateText(state.update)}${tasksText(state.update) ? ` (${tasksText(state.update)})` : ""}`).join("; ");
  }
  elapsed() {
    return formatDuration(this.clock() - this.startedAtMs);
  }
  /** The summary while the step runs. */
  inProgress() {
    const { timeoutMinutes, onFailure } = this.plan;
    return [
      heading(2, `\u23F3 Watching ${this.subject()}`),
      `Started at ${utcTime(new Date(this.startedAtMs).toISOString())}; each deployment gets up to ${formatDuration(timeoutMinutes * 6e4)} (\`timeout-minutes\`). This summary is replaced as each service reaches a verdict and a diagnosis, then by the final report.`,
      this.budgetLine(onFailure),
      this.body()
    ].join("\n\n");
  }
  /** The summary when the runner stops the step (SIGINT or SIGTERM) before the final report. */
  interrupted(signal) {
    return [
      heading(2, `\u26A0\uFE0F Stopped before the end: ${this.subject()}`),
      `The step received ${signal} after ${this.elapsed()}: the runner stops a step when it reaches its own \`timeout-minutes\` or the run is cancelled. What ECS Deploy Doctor knew at that moment is below.`,
      this.budgetLine(this.plan.onFailure),
      this.body()
    ].join("\n\n");
  }
  /** The summary when the run ended with an error before any report (the error says why). */
  failed(message) {
    return [heading(2, `\u274C ECS Deploy Doctor could not finish: ${this.subject()}`), message, this.body()].join("\n\n");
  }
  subject() {
    const services = this.plan.services.map((s) => code(s)).join(", ");
    return `${services} in ${code(this.plan.cluster)} (${this.plan.region})`;
  }
  budgetLine(onFailure) {
    const minutes = stepMinutesNeeded(this.plan.timeoutMinutes, onFailure);
    const why = onFailure === "rollback" ? "with `on-failure: rollback`, the watch, the rollback and the rollback\u2019s own watch" : "the watch, the evidence and the report";
    return `This step can take up to ${minutes} minutes (${why}); a step \`timeout-minutes\` shorter than that may stop it before the final report.`;
  }
  body() {
    const rows = [...this.states.entries()].map(([service, state]) => [code(service, { inTable: true }), stateText(state.update), tasksText(state.update), utcTime(state.update?.snapshot?.at)]);
    const reports = [...this.states.values()].flatMap((state) => state.report ? [state.report] : []);
    return [table(["Service", "State", "Tasks of the deployment", "Last poll"], rows), ...reports].join("\n\n---\n\n");
  }
};
function stateText(update) {
  if (!update) return "\u23F3 starting";
  const verdict = update.verdict;
  const icon = verdict && FAILING_VERDICTS.includes(verdict) ? "\u274C" : "\u2705";
  switch (update.phase) {
    case "watching":
      return "\u23F3 watching";
    case "diagnosing":
      return `${icon} ${verdict}: collecting evidence`;
    case "rolling-back":
      return `${icon} ${verdict}: rolling back`;
    case "done":
      return `${icon} ${verdict}`;
  }
}
function tasksText(update) {
  const s = update?.snapshot;
  if (!s) return "";
  const parts = [`${s.running}/${s.desired} running`];
  if (s.pending > 0) parts.push(`${s.pending} pending`);
  if (s.stopped > 0) parts.push(`${s.stopped} stopped`);
  if (s.rolloutState) parts.push(s.rolloutState);
  return parts.join(", ");
}

// src/report/progress-tracker.ts
var PROGRESS_HEAD_BYTES = 3e4;
function trackProgress(inputs, clock = Date.now) {
  const services = inputs.services.map(resourceName);
  const progress = new ProgressSummary({ ...inputs, cluster: resourceName(inputs.cluster), services }, clock);
  const file = stepSummaryFile();
  let finished = false;
  let renderer;
  const loadRenderer = () => renderer ??= import("./publish-MWQUSSAP.js");
  let rendered = Promise.resolve();
  const write = (markdown) => {
    if (!file || finished) return;
    try {
      file.replace(markdown);
    } catch (error) {
      debug(`The in-progress job summary could not be written: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const reportBytes = Math.floor((SUMMARY_MAX_BYTES - PROGRESS_HEAD_BYTES) / services.length);
  write(progress.inProgress());
  return {
    onUpdate: ({ result, ...update }) => {
      const service = resourceName(update.service);
      if (progress.update({ ...update, service })) write(progress.inProgress());
      if (update.phase === "diagnosing") loadRenderer().catch(() => void 0);
      if (!result) return rendered;
      rendered = rendered.then(async () => {
        const { renderServiceSummary } = await loadRenderer();
        progress.setReport(service, renderServiceSummary(result, inputs, service, reportBytes));
        write(progress.inProgress());
      }).catch((error) => debug(`The in-progress job summary could not be rendered: ${error instanceof Error ? error.message : String(error)}`));
      return rendered;
    },
    interrupted: (signal) => {
      write(progress.interrupted(signal));
      finished = true;
      const minutes = stepMinutesNeeded(inputs.timeoutMinutes, inputs.onFailure);
      return `ECS Deploy Doctor was stopped by ${signal} after ${progress.elapsed()} (${progress.whereLine()}). The job summary has what was known. This step can take up to ${minutes} minutes: give it a timeout-minutes of at least that.`;
    },
    failed: (message) => {
      write(progress.failed(message));
      finished = true;
    },
    finish: () => {
      finished = true;
    }
  };
}
export {
  trackProgress
};
