// How long wait-healthy waits and how many samples decide, and the defaults: a module of its own so the CLI's
// --help (generated from src/core/verbs/wait-healthy.ts) shows the numbers the run uses without loading the checks.

export interface Timing {
  initialDelayMs: number;
  intervalMs: number;
  timeoutMs: number;
  requestTimeoutMs: number;
  /** Consecutive samples in which every check passes. */
  successThreshold: number;
  /** Failed samples tolerated; one more is unhealthy. */
  failureLimit: number;
  /** Consecutive inconclusive samples tolerated; undefined: no limit (the timeout decides). */
  inconclusiveLimit?: number;
}

export const DEFAULT_TIMING: Timing = {
  initialDelayMs: 0, intervalMs: 10_000, timeoutMs: 600_000, requestTimeoutMs: 10_000,
  successThreshold: 3, failureLimit: 2,
};
