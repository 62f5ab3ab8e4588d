// For actions: Octokit from @actions/github with @octokit/plugin-retry (5xx and network failures: 3 retries after
// 1, 4 and 9 s) and @octokit/plugin-throttling (rate limits: waits as GitHub asks, see github-rate-limit.ts, up to
// GITOPS_PROMOTE_RATE_LIMIT_MAX_WAIT, saying how long). Imported dynamically, and only where the API is used:
// loading @actions/github costs ~90 ms of start-up.
import type { Logger, PullRequestPort } from '../core/ports.js';
import { UserError } from '../core/errors.js';
import { pullRequestsOver, type ApiRequest, type GitHubClient } from './github-pull-requests.js';

export type { GitHubClient };
import { backoff, decideWait, maxWaitFromEnv, realSleep, type LimitKind } from './github-rate-limit.js';

export interface OctokitOptions {
  /** Default: the runner's log (annotations). */
  logger?: Logger;
  /** The longest rate-limit wait (default: GITOPS_PROMOTE_RATE_LIMIT_MAX_WAIT, else 15 minutes). */
  maxWaitMs?: number;
  /** How rate-limit waits happen: tests pass a recorder, so they never sleep. */
  sleep?: (ms: number) => Promise<void>;
  /** plugin-retry's back-off unit (waits 1, 4, 9 units); default 1 s, tests 0. */
  retryBaseMs?: number;
  /** plugin-throttling spaces writes 1 s apart (3 s when they notify people), as GitHub advises; tests may not. */
  paceWrites?: boolean;
}

type LimitHandler = (
  retryAfter: number, options: { method?: string; url?: string }, octokit: unknown, retryCount: number,
) => Promise<boolean>;

type Limits = Required<Pick<OctokitOptions, 'logger' | 'maxWaitMs' | 'sleep'>>;

function limitHandler(kind: LimitKind, o: Limits): LimitHandler {
  return async (retryAfter, options, _octokit, retryCount) => {
    // The plugin passes retry-after (or 60 s without it) for secondary limits and the time to the reset for
    // primary ones; waiting happens here, through `sleep`, and the plugin retries at once (retryAfterBaseValue 0).
    const ms = backoff(kind, retryAfter * 1000, retryCount);
    const d = decideWait(`${options.method} ${options.url}`, kind, ms, retryCount, o.maxWaitMs);
    o.logger.warning(d.message);
    if (!d.wait) return false;
    await o.sleep(d.ms);
    return true;
  };
}

/** A Bottleneck group stand-in that runs every job at once: no pacing. (Typed `never`: the plugin's type is
 * bottleneck's whole Group class, of which it calls only key().schedule().) */
const UNPACED = {
  key: () => ({ schedule: (_o: unknown, fn: (...a: unknown[]) => unknown, ...a: unknown[]) => fn(...a) }),
} as never;

export async function octokitClient(token: string, apiUrl: string, o: OctokitOptions = {}): Promise<GitHubClient> {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'), import('@octokit/plugin-retry'), import('@octokit/plugin-throttling'),
  ]);
  const limits = {
    logger: o.logger ?? (await import('./action-logger.js')).actionLogger,
    maxWaitMs: o.maxWaitMs ?? maxWaitFromEnv(),
    sleep: o.sleep ?? realSleep,
  };
  const throttle = {
    onSecondaryRateLimit: limitHandler('secondary', limits),
    onRateLimit: limitHandler('primary', limits),
    retryAfterBaseValue: 0,
    ...(o.paceWrites === false ? { write: UNPACED, notifications: UNPACED, search: UNPACED } : {}),
  };
  // 429 is the throttling plugin's to handle (with the wait GitHub asks for), not plugin-retry's 1-4-9 s.
  const retryOptions = {
    retryAfterBaseValue: o.retryBaseMs ?? 1000,
    doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
  };
  const octokit = getOctokit(token, { baseUrl: apiUrl, throttle, retry: retryOptions }, retry, throttling);
  return {
    request: (route, params) => octokit.request(route, params),
    graphql: (query, variables) => octokit.graphql(query, variables),
  };
}

export async function octokitPullRequests(
  token: string, repository: string, apiUrl: string, logger: Logger, o: OctokitOptions = {},
): Promise<PullRequestPort> {
  const client = await octokitClient(token, apiUrl, { logger, ...o });
  return pullRequestsOver(client.request, client.graphql, repository);
}

/** Octokit's request function alone (issues and other REST calls). */
export async function octokitRequest(token: string, apiUrl: string, logger?: Logger): Promise<ApiRequest> {
  return (await octokitClient(token, apiUrl, { logger })).request;
}

/** Pull requests for an action: Octokit on the run's repository, loaded only when a PR is made. */
export function actionPullRequests(
  token: string, repository: string, apiUrl: string, logger: Logger,
): () => Promise<PullRequestPort> {
  return async () => {
    if (!token) {
      const expected = 'expected a GitHub token with pull-requests: write';
      throw new UserError(`mode pull-request needs a token (input token); ${expected}`);
    }
    return octokitPullRequests(token, repository, apiUrl, logger);
  };
}
