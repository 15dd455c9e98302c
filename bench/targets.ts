/** The targets of issue 7, in one place. */

/** The action's default poll interval: our verdict may come at most one poll after the decisive stop. */
export const POLL_INTERVAL_SECONDS = 10
/** Our verdict at least this many times sooner than the official action's wait. */
export const MIN_SPEEDUP_VS_OFFICIAL = 5
export const MAX_CALLS_PER_STEADY_POLL = 3
export const MAX_CALLS_PER_FAILING_RUN = 40
export const TASKS_PER_DESCRIBE_CALL = 100
export const MAX_DIAGNOSIS_LATENCY_MS = 1500
/** Latency added to every simulated AWS call for the diagnosis-latency figure. */
export const DIAGNOSIS_CALL_LATENCY_MS = 50
/** Issue 16: spawn of node dist/index.js → its first AWS request, at most this much over `node -e 0` spawned the same way. */
export const MAX_FIRST_REQUEST_OVER_NODE_MS = 150
/** Issue 16: spawn → exit on a bad input, at most this much over `node -e 0`. */
export const MAX_BAD_INPUT_OVER_NODE_MS = 100
/** Issue 16: peak RSS of a stable run (the 2-task healthy scenario) and of a failing 1,000-task run. */
export const MAX_STABLE_PEAK_RSS_MB = 100
export const MAX_PEAK_RSS_MB = 150
/** Issue 16: what a stable run loads from dist/. */
export const MAX_STABLE_LOADED_BYTES = 2 * 1_048_576
/** Issue 15: one preflight of the demo scenario, at +50 ms per AWS call. */
export const MAX_PREFLIGHT_MS = 3_000
export const MAX_PREFLIGHT_CALLS = 40

/** The official deploy action's wait (aws-actions/amazon-ecs-deploy-task-definition v2.6.3): waitUntilServicesStable settings. */
export const OFFICIAL_MIN_DELAY_SECONDS = 15
export const OFFICIAL_MAX_WAIT_SECONDS = 30 * 60

/** How far the engine replays look for a circuit-breaker trip before calling it "never". */
export const BREAKER_HORIZON_SECONDS = 60 * 60

/** Issue 13: the diagnosis names an acceptable root cause for this share of the real-world corpus (and of its fresh split). */
export const CORPUS_MIN_ACCURACY = 0.95
/** Healthy deployments and benign stops never get a root cause. */
export const CORPUS_MIN_HEALTHY_ACCURACY = 1
