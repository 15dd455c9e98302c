import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  plain
} from "./chunk-ZKJXYEHZ.js";
import {
  formatDuration
} from "./chunk-UG42X6BT.js";
import "./chunk-UZE5WIRC.js";

// src/cli/live.ts
var SPINNER = ["\u280B", "\u2819", "\u2839", "\u2838", "\u283C", "\u2834", "\u2826", "\u2827", "\u2807", "\u280F"];
var VERDICT_MARK = {
  stable: "\u2714",
  failed: "\u2716",
  "rolled-back": "\u21A9",
  stuck: "\u23F8",
  timeout: "\u23F1"
};
var PHASE_WORD = {
  starting: "starting",
  watching: "watching",
  diagnosing: "diagnosing",
  "rolling-back": "rolling back",
  done: ""
};
function fit(line, width) {
  const chars = Array.from(line);
  if (chars.length <= width) return line;
  return `${chars.slice(0, Math.max(0, width - 1)).join("")}\u2026`;
}
function eventText(message) {
  return plain(message.replace(/\s+/g, " ")).replace(/^\(service [^)]*\) /, "").trim();
}
function stateWord(service) {
  if (service.phase !== "done") return PHASE_WORD[service.phase];
  const verdict = service.verdict ?? "done";
  return service.rollback ? `${verdict}, rollback ${service.rollback}` : verdict;
}
function counts(service) {
  const s = service.snapshot;
  if (!s) return [];
  const parts = [`${s.running}/${s.desired} running`];
  if (s.pending > 0) parts.push(`${s.pending} pending`);
  if (s.stopped > 0) parts.push(`${s.stopped} stopped`);
  if (s.rolloutState) parts.push(s.rolloutState);
  return parts;
}
function elapsed(service, options) {
  const s = service.snapshot;
  const start = s ? Date.parse(s.startedAt) : options.startedAtMs;
  const end = service.phase === "done" && s ? Date.parse(s.at) : options.nowMs;
  return formatDuration(Math.max(0, end - start)) || "0s";
}
function renderLiveFrame(services, options) {
  const nameWidth = Math.min(24, Math.max(...services.map((s) => Array.from(s.name).length)));
  const stateWidth = Math.max(...services.map((s) => stateWord(s).length));
  const width = Math.max(20, options.width - 1);
  return services.map((service) => {
    const mark = service.phase === "done" && service.verdict ? VERDICT_MARK[service.verdict] : SPINNER[options.tick % SPINNER.length];
    const name = fit(plain(service.name), nameWidth).padEnd(nameWidth);
    const fields = [stateWord(service).padEnd(stateWidth), ...counts(service), elapsed(service, options)];
    const event = service.snapshot?.lastEvent ? ` \xB7 ${eventText(service.snapshot.lastEvent.message)}` : "";
    return fit(`${mark} ${name}  ${fields.join(" \xB7 ")}${event}`, width);
  });
}
var CURSOR_UP = (lines) => `\x1B[${lines}A`;
var CLEAR_LINE = "\r\x1B[2K";
var CLEAR_DOWN = "\x1B[J";
var LiveView = class {
  constructor(stream, names, clock = Date.now) {
    this.stream = stream;
    this.clock = clock;
    this.services = names.map((name) => ({ name, phase: "starting" }));
    this.startedAtMs = clock();
  }
  stream;
  clock;
  services;
  drawn = 0;
  tick = 0;
  timer;
  startedAtMs;
  start(intervalMs = 120) {
    this.redraw();
    this.timer = setInterval(() => {
      this.tick += 1;
      this.redraw();
    }, intervalMs);
    this.timer.unref();
  }
  update = (update) => {
    const service = this.services.find((s) => s.name === update.service);
    if (!service) return;
    service.phase = update.phase;
    if (update.snapshot) service.snapshot = update.snapshot;
    if (update.verdict) service.verdict = update.verdict;
    if (update.rollback) service.rollback = update.rollback;
    this.redraw();
  };
  /** Prints a line above the frame (warnings), then redraws the frame under it. */
  print(line) {
    this.erase();
    this.stream.write(`${plain(line)}
`);
    this.redraw();
  }
  /** Stops the timer and leaves the last frame on screen; later calls do nothing. */
  stop() {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = void 0;
    this.redraw();
  }
  /** A logger that keeps the frame intact: progress lines are the frame's job; warnings and errors print above it. */
  logger() {
    return {
      info: () => void 0,
      debug: () => void 0,
      warning: (m) => this.print(`warning: ${m}`),
      error: (m) => this.print(`error: ${m}`),
      startGroup: () => void 0,
      endGroup: () => void 0
    };
  }
  erase() {
    if (this.drawn > 0) this.stream.write(`${CURSOR_UP(this.drawn)}${CLEAR_LINE}${CLEAR_DOWN}`);
    this.drawn = 0;
  }
  redraw() {
    const lines = renderLiveFrame(this.services, {
      width: this.stream.columns ?? 80,
      nowMs: this.clock(),
      startedAtMs: this.startedAtMs,
      tick: this.tick
    });
    const up = this.drawn > 0 ? CURSOR_UP(this.drawn) : "";
    this.stream.write(`${up}${lines.map((line) => `${CLEAR_LINE}${line}
`).join("")}`);
    this.drawn = lines.length;
  }
};
export {
  LiveView,
  eventText,
  fit,
  renderLiveFrame
};
