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
export const MAX_COLD_START_MS = 300
export const MAX_PEAK_RSS_MB = 150

/** The official deploy action's wait (aws-actions/amazon-ecs-deploy-task-definition v2.6.3): waitUntilServicesStable settings. */
export const OFFICIAL_MIN_DELAY_SECONDS = 15
export const OFFICIAL_MAX_WAIT_SECONDS = 30 * 60

/** How far the engine replays look for a circuit-breaker trip before calling it "never". */
export const BREAKER_HORIZON_SECONDS = 60 * 60
