// When GitHub says "not now", how long to wait, following GitHub's documented rules
// (docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit):
// retry-after wins; an exhausted quota (x-ratelimit-remaining: 0, or a GraphQL RATE_LIMITED error) waits until
// x-ratelimit-reset; a secondary limit without headers waits a minute; repeated secondary limits wait
// exponentially longer. The actions (Octokit's throttling plugin) and the CLI (fetch) share these numbers, the
// ceiling and the log lines, so both behave alike.
import { UserError, quote } from '../core/errors.js';
import { formatDuration, parseDuration } from '../core/durations.js';

export const MAX_WAIT_ENV = 'GITOPS_PROMOTE_RATE_LIMIT_MAX_WAIT';
/** Longer than GitHub's primary window (an hour) never helps; 15 minutes covers secondary limits. */
export const DEFAULT_MAX_WAIT_MS = 15 * 60_000;
/** GitHub: "Otherwise, wait for at least one minute before retrying." */
export const SECONDARY_FALLBACK_MS = 60_000;
/** Waits for one request; the next refusal fails the call. */
export const MAX_RATE_LIMIT_RETRIES = 3;

export type LimitKind = 'secondary' | 'primary';

export interface RateLimitOptions {
  /** The longest single wait; a longer one fails at once, saying so. */
  maxWaitMs: number;
  /** How to wait: tests pass a recorder, so they never sleep. */
  sleep: (ms: number) => Promise<void>;
}

export const realSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The ceiling from GITOPS_PROMOTE_RATE_LIMIT_MAX_WAIT (a duration such as 15m or 1h), else 15 minutes. */
export function maxWaitFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[MAX_WAIT_ENV];
  if (raw === undefined || raw.trim() === '') return DEFAULT_MAX_WAIT_MS;
  const ms = parseDuration(raw);
  if (typeof ms !== 'number') throw new UserError(`environment variable ${MAX_WAIT_ENV} ${quote(raw)}: ${ms.error}`);
  return ms;
}

type Headers = Record<string, string | undefined>;

/** A refusal for rate reasons, from an HTTP status, headers, the message and GraphQL error types. */
export function rateLimitKind(
  status: number, headers: Headers, message: string, graphqlTypes: string[] = [],
): LimitKind | undefined {
  // GitHub documents RATE_LIMITED; RATE_LIMIT has been seen too (yanyongyu/githubkit#271).
  if (graphqlTypes.includes('RATE_LIMITED') || graphqlTypes.includes('RATE_LIMIT')) return 'primary';
  if (status !== 403 && status !== 429) return undefined;
  if (/\bsecondary rate\b/i.test(message) || headers['retry-after'] !== undefined) return 'secondary';
  if (headers['x-ratelimit-remaining'] === '0') return 'primary';
  // A bare 429 is a rate limit too; a bare 403 is a permission problem.
  return status === 429 ? 'secondary' : undefined;
}

/** Milliseconds to wait before retry number `retryCount` (0 for the first retry). */
export function rateLimitWaitMs(kind: LimitKind, headers: Headers, retryCount: number, now = Date.now()): number {
  if (kind === 'primary' && headers['retry-after'] === undefined) {
    const reset = Number(headers['x-ratelimit-reset']);
    // One second past the reset, as GitHub advises; without the header, a minute.
    return Number.isFinite(reset) && reset > 0 ? Math.max(reset * 1000 - now + 1000, 1000) : SECONDARY_FALLBACK_MS;
  }
  const after = Number(headers['retry-after']);
  return backoff(kind, Number.isFinite(after) && after > 0 ? after * 1000 : SECONDARY_FALLBACK_MS, retryCount);
}

/** GitHub: "If your request continues to fail due to a secondary rate limit, wait for an exponentially increasing
 * amount of time between retries". A primary limit's reset time is exact: no growth. */
export function backoff(kind: LimitKind, baseMs: number, retryCount: number): number {
  // A reset already past (clocks differ) still waits a second.
  return kind === 'secondary' ? baseMs * 2 ** retryCount : Math.max(baseMs, 1000);
}

export type WaitDecision = { wait: true; ms: number; message: string } | { wait: false; message: string };

/** Whether to wait (and the line to log either way): never past the ceiling, never more than the retries. */
export function decideWait(
  what: string, kind: LimitKind, ms: number, retryCount: number, maxWaitMs: number,
): WaitDecision {
  const limit = `GitHub's ${kind} rate limit`;
  if (retryCount >= MAX_RATE_LIMIT_RETRIES) {
    return { wait: false, message: `${what}: ${limit} again after ${retryCount} waits; giving up` };
  }
  if (ms > maxWaitMs) {
    return {
      wait: false,
      message: `${what}: ${limit} asks to wait ${formatDuration(ms)}, longer than the ${formatDuration(maxWaitMs)} `
        + `allowed (${MAX_WAIT_ENV}); not waiting`,
    };
  }
  const attempt = `attempt ${retryCount + 2}/${MAX_RATE_LIMIT_RETRIES + 1}`;
  return { wait: true, ms, message: `${what}: ${limit}; waiting ${formatDuration(ms)} before ${attempt}` };
}
