// Both GitHub transports, made the same way for tests: the CLI's fetch client and the actions' Octokit (with
// @octokit/plugin-retry and @octokit/plugin-throttling). Waits are recorded, never slept; the log is kept.
import { fetchClient } from '../../../src/adapters/github-fetch.js';
import { octokitClient, type GitHubClient } from '../../../src/adapters/github-octokit.js';
import type { Logger } from '../../../src/core/ports.js';

export interface Recorder {
  logger: Logger;
  /** "warning: …" and "info: …" lines, in order. */
  lines: string[];
  /** Every wait asked for, in milliseconds. */
  waits: number[];
  sleep: (ms: number) => Promise<void>;
}

export function recorder(): Recorder {
  const lines: string[] = [];
  const waits: number[] = [];
  const logger: Logger = {
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    debug: () => {},
  };
  return { logger, lines, waits, sleep: async (ms) => { waits.push(ms); } };
}

export type MakeClient = (token: string, apiUrl: string, r: Recorder, maxWaitMs?: number) => Promise<GitHubClient>;

export const FIFTEEN_MINUTES = 15 * 60_000;

/**
 * Name, factory, and whether 5xx back-off goes through `sleep` (fetch) or plugin-retry's own timer (Octokit, set
 * to 0 here).
 */
export const TRANSPORTS: [string, MakeClient, boolean][] = [
  ['fetch (CLI)', async (token, url, r, max) => fetchClient(token, url, {
    logger: r.logger, sleep: r.sleep, maxWaitMs: max ?? FIFTEEN_MINUTES,
  }), true],
  ['Octokit (actions)', (token, url, r, max) => octokitClient(token, url, {
    logger: r.logger, sleep: r.sleep, maxWaitMs: max ?? FIFTEEN_MINUTES, retryBaseMs: 0, paceWrites: false,
  }), false],
];
