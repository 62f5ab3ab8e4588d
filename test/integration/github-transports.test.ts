// The CLI's fetch client and the actions' Octokit follow the same rules against the GitHub API double: rate
// limits (secondary with and without headers, spent quotas, GraphQL RATE_LIMITED) wait as GitHub asks, up to the
// ceiling, and say how long; 5xx retries; GitHub Enterprise Server's GraphQL URL. Waits are recorded, not slept.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { pullRequestsOver } from '../../src/adapters/github-pull-requests.js';
import type { GitHubClient } from '../../src/adapters/github-octokit.js';
import {
  graphqlRateLimited, primaryRateLimit, secondaryRateLimit, secondaryRateLimitWithoutHeaders, startGitHubApiDouble,
  type GitHubApiDouble,
} from './helpers/github-api-double.js';
import { TRANSPORTS, recorder, type Recorder } from './helpers/github-transports.js';

const TOKEN = `ghs_${randomBytes(18).toString('hex')}`;
const OWNER = 'octo-org';
const REPO = 'gitops';
const HEAD = 'gitops-promote/web/prod';
const CREATE = "POST /repos/{owner}/{repo}/pulls: GitHub's";

let api: GitHubApiDouble;

afterEach(async () => {
  await api.close();
});

/** Problems of the tool's requests (the double's notes on its own answers aside). */
const toolViolations = (): string[] => api.violations().filter((v) => !/: double bug, /.test(v));
const statuses = (operationId: string): number[] =>
  api.requests.filter((q) => q.operationId === operationId).map((q) => q.status);

describe.each(TRANSPORTS)('%s', (_name, make, sleepsOn5xx) => {
  let r: Recorder;
  let client: GitHubClient;
  const prs = () => pullRequestsOver(client.request, client.graphql, `${OWNER}/${REPO}`);
  const open = () => prs().create({ head: HEAD, base: 'main', title: 'promote(web): prod', body: 'b' });

  beforeEach(async () => {
    api = await startGitHubApiDouble({ owner: OWNER, repo: REPO, expectedToken: TOKEN });
    r = recorder();
    client = await make(TOKEN, api.url, r);
  });

  it.each([403, 429] as const)('a secondary limit without headers (HTTP %s) waits a minute', async (status) => {
    api.failNext({ operationId: 'pulls/create' }, secondaryRateLimitWithoutHeaders(status));
    await expect(open()).resolves.toMatchObject({ created: true });
    expect(r.waits).toEqual([60_000]);
    expect(r.lines).toContain(`warning: ${CREATE} secondary rate limit; waiting 1m before attempt 2/4`);
    expect(statuses('pulls/create')).toEqual([status, 201]);
    expect(toolViolations()).toEqual([]);
  });

  it('honours a retry-after of ten minutes in full', async () => {
    api.failNext({ operationId: 'pulls/create' }, secondaryRateLimit(600));
    await open();
    expect(r.waits).toEqual([600_000]);
    expect(r.lines).toContain(`warning: ${CREATE} secondary rate limit; waiting 10m before attempt 2/4`);
  });

  it('refuses at once a retry-after beyond the ceiling, and says so', async () => {
    api.failNext({ operationId: 'pulls/create' }, secondaryRateLimit(20 * 60));
    await expect(open()).rejects.toThrow(/HTTP 403/);
    expect(r.waits).toEqual([]);
    expect(r.lines).toContain(`warning: ${CREATE} secondary rate limit asks to wait 20m, longer than the 15m allowed `
      + '(GITOPS_PROMOTE_RATE_LIMIT_MAX_WAIT); not waiting');
    expect(api.pulls()).toEqual([]);
  });

  it('a lower ceiling applies to the same wait', async () => {
    client = await make(TOKEN, api.url, r, 30_000);
    api.failNext({ operationId: 'pulls/create' }, secondaryRateLimitWithoutHeaders());
    await expect(open()).rejects.toThrow(/HTTP 403/);
    expect(r.lines).toContainEqual(expect.stringContaining('asks to wait 1m, longer than the 30s allowed'));
  });

  it('repeated secondary limits wait longer each time and give up after three waits', async () => {
    api.failNext({ operationId: 'pulls/create' }, secondaryRateLimit(1), 5);
    await expect(open()).rejects.toThrow(/HTTP 403/);
    expect(r.waits).toEqual([1000, 2000, 4000]);
    expect(statuses('pulls/create')).toEqual([403, 403, 403, 403]);
    expect(r.lines.at(-1)).toMatch(/secondary rate limit again after 3 waits; giving up$/);
  });

  it('a spent quota (x-ratelimit-remaining 0) waits until the reset', async () => {
    api.failNext({ operationId: 'pulls/list' }, primaryRateLimit(403, 120));
    await expect(prs().findOpen(HEAD, 'main')).resolves.toBeUndefined();
    expect(r.waits).toHaveLength(1);
    // One second past x-ratelimit-reset, which the double set 120 s ahead (whole seconds, hence the range).
    expect(r.waits[0]).toBeGreaterThan(118_000);
    expect(r.waits[0]).toBeLessThanOrEqual(121_000);
    expect(statuses('pulls/list')).toEqual([403, 200]);
  });

  it('GraphQL RATE_LIMITED waits until the reset, then auto-merge is enabled', async () => {
    const pr = api.seedPull({ head: HEAD });
    api.failNext({ operationId: 'graphql' }, graphqlRateLimited(90));
    await prs().enableAutoMerge({ number: pr.number, url: pr.htmlUrl, nodeId: pr.nodeId, created: false });
    expect(api.autoMergeEnabled(pr.number)).toBe(true);
    expect(r.waits).toHaveLength(1);
    expect(r.waits[0]).toBeGreaterThan(88_000);
    const waiting = /GitHub's primary rate limit; waiting 1m\d+s before attempt 2\/4$/;
    expect(r.lines).toContainEqual(expect.stringMatching(waiting));
    expect(toolViolations()).toEqual([]);
  });

  it('a 502 on create is retried and yields exactly one PR', async () => {
    api.failNext({ operationId: 'pulls/create' }, { status: 502, body: { message: 'Server Error' } });
    await expect(open()).resolves.toMatchObject({ created: true });
    expect(statuses('pulls/create')).toEqual([502, 201]);
    expect(api.pulls()).toHaveLength(1);
    if (sleepsOn5xx) expect(r.waits).toEqual([1000]);
  });

  it('5xx: three retries after 1, 4 and 9 s, then the error says what was being done', async () => {
    const pr = api.seedPull({ head: HEAD });
    api.failNext({ operationId: 'pulls/update' }, { status: 503, body: { message: 'Service Unavailable' } }, 10);
    const update = prs().update(pr.number, { title: 't', body: 'b' });
    await expect(update).rejects.toThrow(/^updating the pull request failed: HTTP 503/);
    expect(statuses('pulls/update')).toEqual([503, 503, 503, 503]);
    if (sleepsOn5xx) expect(r.waits).toEqual([1000, 4000, 9000]);
  });

  it('request: {retries: 0} sends a create once, and never as a body field', async () => {
    api.failNext({ operationId: 'issues/create' }, { status: 502, body: { message: 'Server Error' } });
    const params = { owner: OWNER, repo: REPO, title: 't', body: 'b', request: { retries: 0 } };
    await expect(client.request('POST /repos/{owner}/{repo}/issues', params)).rejects.toMatchObject({ status: 502 });
    expect(statuses('issues/create')).toEqual([502]);
    expect(api.requests[0]?.body).toEqual({ title: 't', body: 'b' });
  });

  it('a permission 403 is neither waited on nor retried', async () => {
    const refusal = { status: 403, body: { message: 'Resource not accessible by integration' } };
    api.failNext({ operationId: 'pulls/create' }, refusal);
    await expect(open()).rejects.toThrow(`creating the pull request failed: HTTP 403: ${refusal.body.message}`);
    expect(r.waits).toEqual([]);
    expect(statuses('pulls/create')).toEqual([403]);
  });
});

describe.each(TRANSPORTS)('%s on GitHub Enterprise Server', (_name, make) => {
  it('sends REST under /api/v3 and GraphQL to /api/graphql', async () => {
    api = await startGitHubApiDouble({ owner: OWNER, repo: REPO, expectedToken: TOKEN, ghes: true });
    expect(api.url).toMatch(/\/api\/v3$/);
    const client = await make(TOKEN, api.url, recorder());
    const port = pullRequestsOver(client.request, client.graphql, `${OWNER}/${REPO}`);
    const pr = await port.create({ head: HEAD, base: 'main', title: 't', body: 'b' });
    await port.enableAutoMerge(pr);
    expect(api.autoMergeEnabled(pr.number)).toBe(true);
    expect(api.requests.map((q) => `${q.method} ${q.path} ${q.status}`)).toEqual([
      `POST /api/v3/repos/${OWNER}/${REPO}/pulls 201`,
      'POST /api/graphql 200',
    ]);
    expect(toolViolations()).toEqual([]);
  });
});
