// A minimal GitHub REST/GraphQL client on fetch, for the CLI (which must not load @actions/github). It expands
// Octokit-style routes ("POST /repos/{owner}/{repo}/pulls"), sends the rest of the parameters as the query (GET)
// or JSON body, throws errors shaped like Octokit's, and retries by the rules the actions get from
// Octokit's retry and throttling plugins (github-rate-limit.ts): rate limits wait as GitHub asks,
// up to a ceiling, and say how long; 5xx and network failures retry 3 times after 1, 4 and 9 s.
import { formatDuration } from '../core/durations.js';
import type { Logger } from '../core/ports.js';
import type { ApiRequest, GitHubClient, GraphqlRequest, HttpError } from './github-pull-requests.js';
import { decideWait, maxWaitFromEnv, rateLimitKind, rateLimitWaitMs, realSleep } from './github-rate-limit.js';

export interface FetchClientOptions {
  logger: Logger;
  /** The longest rate-limit wait (default: GITOPS_PROMOTE_RATE_LIMIT_MAX_WAIT, else 15 minutes). */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Unit of the 5xx back-off (waits 1, 4, 9 units, as Octokit's retry plugin); default 1 s. */
  retryBaseMs?: number;
  now?: () => number;
}

type Settings = Required<FetchClientOptions>;

interface Answer { status: number; headers: Record<string, string>; data: unknown }

const RETRIES = 3;

const HEADERS = (token: string): Record<string, string> => ({
  accept: 'application/vnd.github+json',
  authorization: `Bearer ${token}`,
  'user-agent': 'gitops-promote',
  'x-github-api-version': '2022-11-28',
});

/** GitHub Enterprise Server serves REST under /api/v3 and GraphQL at /api/graphql (not /api/v3/graphql). */
export function graphqlUrl(apiUrl: string): string {
  const base = apiUrl.replace(/\/+$/, '');
  return /\/api\/v3$/.test(base) ? base.replace(/\/api\/v3$/, '/api/graphql') : `${base}/graphql`;
}

async function sendOnce(method: string, url: string, token: string, body: unknown): Promise<Answer> {
  const json = body === undefined ? {} : { 'content-type': 'application/json' };
  const res = await fetch(url, {
    method,
    headers: { ...HEADERS(token), ...json },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = { message: text.slice(0, 200) }; // a proxy's HTML error page, say
  }
  return { status: res.status, headers: Object.fromEntries(res.headers.entries()), data };
}

const messageOf = (a: Answer): string => (a.data as { message?: string } | null)?.message ?? `HTTP ${a.status}`;
const graphqlErrors = (a: Answer): { type?: string; message: string }[] =>
  (a.data as { errors?: { type?: string; message: string }[] } | null)?.errors ?? [];

function httpError(a: Answer, message = messageOf(a)): HttpError & Error {
  return Object.assign(new Error(message), { status: a.status, response: { headers: a.headers, data: a.data } });
}

/** GitHub's own "try again" answers: 5xx, and GraphQL's transient failure (as Octokit's retry plugin reads it). */
const transient = (a: Answer): boolean =>
  a.status >= 500 || /Something went wrong while executing your query/.test(graphqlErrors(a)[0]?.message ?? '');

async function exchange(label: string, send: () => Promise<Answer>, retries: number, s: Settings): Promise<Answer> {
  let waits = 0;
  let failures = 0;
  for (;;) {
    let a: Answer;
    try {
      a = await send();
    } catch (e) {
      // No answer at all (DNS, reset connection): as plugin-retry, a failure worth retrying.
      a = { status: 500, headers: {}, data: { message: `network error: ${(e as Error).message}` } };
    }
    const kind = rateLimitKind(a.status, a.headers, messageOf(a), graphqlErrors(a).map((e) => e.type ?? ''));
    if (kind) {
      const d = decideWait(label, kind, rateLimitWaitMs(kind, a.headers, waits, s.now()), waits, s.maxWaitMs);
      s.logger.warning(d.message);
      if (!d.wait) throw httpError(a, d.message);
      waits++;
      await s.sleep(d.ms);
      continue;
    }
    if (transient(a) && failures < retries) {
      failures++;
      const ms = failures ** 2 * s.retryBaseMs;
      const attempt = `attempt ${failures + 1}/${retries + 1}`;
      s.logger.warning(`${label}: ${messageOf(a)}; retrying in ${formatDuration(ms)} (${attempt})`);
      await s.sleep(ms);
      continue;
    }
    if (a.status >= 400) throw httpError(a);
    return a;
  }
}

export function fetchClient(token: string, apiUrl: string, o: FetchClientOptions): GitHubClient {
  const s: Settings = {
    logger: o.logger,
    maxWaitMs: o.maxWaitMs ?? maxWaitFromEnv(),
    sleep: o.sleep ?? realSleep,
    retryBaseMs: o.retryBaseMs ?? 1000,
    now: o.now ?? Date.now,
  };
  const base = apiUrl.replace(/\/+$/, '');
  const request: ApiRequest = async (route, params) => {
    const [method, template] = route.split(' ') as [string, string];
    // `request: {retries: 0}` as Octokit takes it: for a create that must not be sent twice blindly.
    const { request: options, ...rest } = params as { request?: { retries?: number } } & Record<string, unknown>;
    const path = template.replace(/\{(\w+)\}/g, (_, k: string) => {
      const v = rest[k];
      delete rest[k];
      return encodeURIComponent(String(v));
    });
    const query = new URLSearchParams(Object.entries(rest).map(([k, v]): [string, string] => [k, String(v)]));
    const url = method === 'GET' && query.size ? `${base}${path}?${query}` : `${base}${path}`;
    const body = method === 'GET' ? undefined : rest;
    const send = (): Promise<Answer> => sendOnce(method, url, token, body);
    const a = await exchange(`${method} ${template}`, send, options?.retries ?? RETRIES, s);
    return { data: a.data };
  };
  const graphql: GraphqlRequest = async (query, variables) => {
    const send = (): Promise<Answer> => sendOnce('POST', graphqlUrl(base), token, { query, variables });
    const a = await exchange('POST /graphql', send, RETRIES, s);
    const errors = graphqlErrors(a);
    if (errors.length) throw new Error(`GraphQL: ${errors.map((e) => e.message).join('; ')}`);
    return (a.data as { data?: unknown }).data;
  };
  return { request, graphql };
}
