/**
 * The property tests' settings, shared by evidence-mutations.test.ts and the README's figures
 * (__tests__/readme/figures.test.ts).
 */

/** fast-check's seed: FC_SEED=<seed> reproduces another run. */
export const DEFAULT_SEED = 20261121
/** Runs of each property (FC_RUNS overrides the first two). */
export const RUNS = { mutations: 300, verdicts: 150, hugeStrings: 12, manyTasks: 6 } as const
/** Characters of the huge strings planted in log lines, reasons, events and names. */
export const HUGE_STRING_CHARS = 1_000_000
export const MANY_TASKS = 5_000
export const MANY_EVENTS = 1_000
/** GitHub's limits: a job summary of at most 1 MiB, a comment body of at most 65,536 characters. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024
export const COMMENT_LIMIT_CHARS = 65_536
