// Drives the GitHub API double with the real Octokit from @actions/github, and proves that the OpenAPI
// checks catch what real GitHub would reject.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { request as httpRequest } from 'node:http';
import {
  graphqlRateLimited, primaryRateLimit, secondaryRateLimit, secondaryRateLimitWithoutHeaders, startGitHubApiDouble,
  type GitHubApiDouble,
} from './helpers/github-api-double.js';
import { loadGitHubSpec, matchRoute, specLoadInfo, validateRequest, validateResponse, validateSchema, type SchemaObject } from './helpers/openapi-validator.js';

const TOKEN = 'ghs_testtoken0123456789abcdefghijklmnopqr';
const OWNER = 'acme';
const REPO = 'deployments';
const HEAD = 'promote/staging/api-v1.4.2';

type Octokit = ReturnType<typeof getOctokit>;

/** The error Octokit throws for a non-2xx answer (RequestError), as far as these tests read it. */
interface HttpFailure {
  status: number;
  response?: { data: unknown; headers: Record<string, string | undefined> };
}

async function failure(p: Promise<unknown>): Promise<HttpFailure> {
  try {
    await p;
  } catch (e) {
    return e as HttpFailure;
  }
  throw new Error('expected the request to fail');
}

/** A request Octokit would never send (no User-Agent), straight through node:http. */
function rawRequest(url: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

let double: GitHubApiDouble;
let octokit: Octokit;

beforeAll(() => {
  loadGitHubSpec();
});

beforeEach(async () => {
  double = await startGitHubApiDouble({ owner: OWNER, repo: REPO, expectedToken: TOKEN, branches: ['main', HEAD] });
  octokit = getOctokit(TOKEN, { baseUrl: double.url });
});

afterEach(async () => {
  await double.close();
});

describe('spec loading', () => {
  it('reads the plain api.github.com description once and caches it', () => {
    const info = specLoadInfo();
    expect(info?.file).toMatch(/@octokit[/\\]openapi[/\\]generated[/\\]api\.github\.com\.json$/);
    expect(info?.bytes).toBeGreaterThan(5_000_000);
    expect(loadGitHubSpec()).toBe(loadGitHubSpec());
    expect(loadGitHubSpec().paths['/repos/{owner}/{repo}/pulls']?.post).toBeDefined();
  });
});

describe('a promotion flow through the real Octokit', () => {
  it('creates, finds, updates, labels and auto-merges a pull request, and keeps a drift issue', async () => {
    const { data: repo } = await octokit.rest.repos.get({ owner: OWNER, repo: REPO });
    expect(repo).toMatchObject({ default_branch: 'main', full_name: `${OWNER}/${REPO}`, html_url: `https://github.com/${OWNER}/${REPO}`, allow_auto_merge: true });

    const created = await octokit.rest.pulls.create({ owner: OWNER, repo: REPO, head: HEAD, base: 'main', title: 'Promote api v1.4.2 to staging', body: 'Automated promotion.' });
    expect(created.status).toBe(201);
    expect(created.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(created.headers['x-github-request-id']).toMatch(/^[0-9A-F]{4}:[0-9A-F]{5}:[0-9A-F]{7}:[0-9A-F]{7}:[0-9A-F]{8}$/);
    expect(Number(created.headers['x-ratelimit-remaining'])).toBeLessThan(5000);
    const pr = created.data;
    expect(pr).toMatchObject({
      number: 1,
      state: 'open',
      title: 'Promote api v1.4.2 to staging',
      body: 'Automated promotion.',
      html_url: `https://github.com/${OWNER}/${REPO}/pull/1`,
      url: `${double.url}/repos/${OWNER}/${REPO}/pulls/1`,
      head: { ref: HEAD, label: `${OWNER}:${HEAD}` },
      base: { ref: 'main' },
      user: { login: 'github-actions[bot]', type: 'Bot' },
      labels: [],
      mergeable: null, // computed in the background on GitHub
      auto_merge: null,
    });
    expect(pr.head.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(pr.node_id).toMatch(/^PR_/);

    const byHead = await octokit.rest.pulls.list({ owner: OWNER, repo: REPO, head: `${OWNER}:${HEAD}`, base: 'main', state: 'open' });
    expect(byHead.data.map((p) => p.number)).toEqual([1]);
    const other = await octokit.rest.pulls.list({ owner: OWNER, repo: REPO, head: `${OWNER}:promote/prod/api-v1.4.2` });
    expect(other.data).toEqual([]);

    const updated = await octokit.rest.pulls.update({ owner: OWNER, repo: REPO, pull_number: pr.number, title: 'Promote api v1.4.2 to staging (rebased)', body: 'Updated body.' });
    expect(updated.data).toMatchObject({ title: 'Promote api v1.4.2 to staging (rebased)', body: 'Updated body.', mergeable: true, mergeable_state: 'clean' });

    const labelled = await octokit.rest.issues.addLabels({ owner: OWNER, repo: REPO, issue_number: pr.number, labels: ['promotion', 'env:staging'] });
    expect(labelled.data.map((l) => l.name)).toEqual(['promotion', 'env:staging']);
    await octokit.rest.issues.addLabels({ owner: OWNER, repo: REPO, issue_number: pr.number, labels: ['Promotion'] }); // case-insensitive: no duplicate
    expect(double.labelsOf(pr.number)).toEqual(['promotion', 'env:staging']);

    const lookup = await octokit.graphql<{ repository: { pullRequest: { id: string; autoMergeRequest: null } } }>(
      'query($owner: String!, $name: String!, $number: Int!) { repository(owner: $owner, name: $name) { pullRequest(number: $number) { id autoMergeRequest { enabledAt } } } }',
      { owner: OWNER, name: REPO, number: pr.number },
    );
    expect(lookup.repository.pullRequest).toEqual({ id: pr.node_id, autoMergeRequest: null });

    const enabled = await octokit.graphql<{ enablePullRequestAutoMerge: { pullRequest: { number: number; autoMergeRequest: { enabledAt: string; mergeMethod: string } } } }>(
      // Not `$method`: @octokit/graphql refuses variables named method, url or query.
      `mutation EnableAutoMerge($id: ID!, $mergeMethod: PullRequestMergeMethod!) {
        enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) {
          pullRequest { number autoMergeRequest { enabledAt mergeMethod } }
        }
      }`,
      { id: pr.node_id, mergeMethod: 'SQUASH' },
    );
    expect(enabled.enablePullRequestAutoMerge.pullRequest.number).toBe(pr.number);
    expect(enabled.enablePullRequestAutoMerge.pullRequest.autoMergeRequest.mergeMethod).toBe('SQUASH');
    expect(Date.parse(enabled.enablePullRequestAutoMerge.pullRequest.autoMergeRequest.enabledAt)).not.toBeNaN();
    expect(double.autoMergeEnabled(pr.number)).toBe(true);
    expect(double.graphqlCalls.map((c) => [c.operationType, c.fields])).toEqual([['query', ['repository']], ['mutation', ['enablePullRequestAutoMerge']]]);
    const fetched = await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: pr.number });
    expect(fetched.data.auto_merge).toMatchObject({ merge_method: 'squash', enabled_by: { login: 'github-actions[bot]' } });

    const issue = await octokit.rest.issues.create({ owner: OWNER, repo: REPO, title: 'Environment drift detected', body: '- staging: api v1.4.1', labels: ['drift-report'] });
    expect(issue.status).toBe(201);
    expect(issue.data).toMatchObject({ number: 2, state: 'open', html_url: `https://github.com/${OWNER}/${REPO}/issues/2`, labels: [{ name: 'drift-report' }] });
    const found = await octokit.rest.issues.listForRepo({ owner: OWNER, repo: REPO, labels: 'drift-report', state: 'open', creator: 'github-actions[bot]' });
    expect(found.data.map((i) => i.number)).toEqual([2]);
    await octokit.rest.issues.update({ owner: OWNER, repo: REPO, issue_number: 2, body: '- staging: in sync', state: 'closed', state_reason: 'completed' });
    await octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 2, body: 'Drift resolved.' });

    expect(double.pulls()).toEqual([expect.objectContaining({ number: 1, state: 'open', title: 'Promote api v1.4.2 to staging (rebased)', labels: ['promotion', 'env:staging'], autoMerge: expect.objectContaining({ mergeMethod: 'SQUASH' }) })]);
    expect(double.issues()).toEqual([expect.objectContaining({ number: 2, state: 'closed', stateReason: 'completed', body: '- staging: in sync', labels: ['drift-report'], comments: ['Drift resolved.'] })]);
    expect(double.violations()).toEqual([]);
    expect(double.requests.every((r) => r.authorization === 'token' && r.tokenMatched && r.errors.length === 0)).toBe(true);
    expect(double.requests.map((r) => r.operationId)).toEqual([
      'repos/get', 'pulls/create', 'pulls/list', 'pulls/list', 'pulls/update', 'issues/add-labels', 'issues/add-labels',
      'graphql', 'graphql', 'pulls/get', 'issues/create', 'issues/list-for-repo', 'issues/update', 'issues/create-comment',
    ]);
    expect(JSON.stringify(double.requests)).not.toContain(TOKEN);
  });

  it('answers a second pull request for the same head and base with GitHub\'s 422', async () => {
    await octokit.rest.pulls.create({ owner: OWNER, repo: REPO, head: HEAD, base: 'main', title: 'first' });
    const err = await failure(octokit.rest.pulls.create({ owner: OWNER, repo: REPO, head: `${OWNER}:${HEAD}`, base: 'main', title: 'second' }));
    expect(err.status).toBe(422);
    expect(err.response?.data).toEqual({
      message: 'Validation Failed',
      errors: [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${OWNER}:${HEAD}.` }],
      documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
      status: '422',
    });
    expect(double.pulls()).toHaveLength(1);
    expect(double.violations()).toEqual([]);
  });

  it('rejects an unknown head branch when the branches are modelled', async () => {
    const err = await failure(octokit.rest.pulls.create({ owner: OWNER, repo: REPO, head: 'promote/typo', base: 'main', title: 't' }));
    expect(err.status).toBe(422);
    expect(err.response?.data).toMatchObject({ message: 'Validation Failed', errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }] });
    double.setBranches(['main', 'promote/typo']);
    await expect(octokit.rest.pulls.create({ owner: OWNER, repo: REPO, head: 'promote/typo', base: 'main', title: 't' })).resolves.toMatchObject({ status: 201 });
  });

  it('lists pull requests among issues like GitHub does, and paginates with a Link header', async () => {
    double.seedPull({ head: HEAD, labels: ['drift-report'] });
    for (const n of [1, 2, 3]) double.seedIssue({ title: `issue ${n}`, labels: ['drift-report'] });
    const firstPage = await octokit.rest.issues.listForRepo({ owner: OWNER, repo: REPO, labels: 'drift-report', per_page: 2 });
    expect(firstPage.data.map((i) => i.number)).toEqual([4, 3]);
    expect(firstPage.headers.link).toContain('rel="next"');
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, { owner: OWNER, repo: REPO, labels: 'drift-report', per_page: 2 });
    expect(all.map((i) => [i.number, i.pull_request === undefined])).toEqual([[4, true], [3, true], [2, true], [1, false]]);
    expect(double.violations()).toEqual([]);
  });

  it('answers a wrong token with 401 Bad credentials and never records the token', async () => {
    const wrong = getOctokit('ghs_not-the-right-one', { baseUrl: double.url });
    const err = await failure(wrong.rest.repos.get({ owner: OWNER, repo: REPO }));
    expect(err.status).toBe(401);
    expect(err.response?.data).toMatchObject({ message: 'Bad credentials' });
    expect(double.requests[0]).toMatchObject({ authorization: 'token', tokenMatched: false, status: 401 });
    expect(JSON.stringify(double.requests)).not.toContain('ghs_not-the-right-one');
  });

  it('fails the auto-merge mutation like GitHub when the repository does not allow it', async () => {
    const pr = double.seedPull({ head: HEAD });
    double.setAllowAutoMerge(false);
    const err = await failure(octokit.graphql('mutation($id: ID!) { enablePullRequestAutoMerge(input: {pullRequestId: $id}) { clientMutationId } }', { id: pr.nodeId }));
    expect(String(err)).toContain('Pull request Auto merge is not allowed for this repository');
    expect(double.autoMergeEnabled(pr.number)).toBe(false);
    expect(double.violations()).toEqual([]); // a real GitHub answer, not a client mistake
  });
});

describe('validation against GitHub\'s description', () => {
  it('flags an unknown field where the schema says additionalProperties: false', async () => {
    const err = await failure(octokit.request('PUT /repos/{owner}/{repo}/environments/{environment_name}', {
      owner: OWNER, repo: REPO, environment_name: 'staging', wait_timer: 5, required_approvals: 2,
    } as never));
    expect(err.status).toBe(422);
    expect(double.violations()).toEqual([`PUT /repos/${OWNER}/${REPO}/environments/staging: body.required_approvals: property not allowed (additionalProperties: false)`]);
  });

  it('flags a wrong type and creates nothing', async () => {
    const err = await failure(octokit.rest.pulls.create({ owner: OWNER, repo: REPO, head: HEAD, base: 'main', title: 't', draft: 'yes' as unknown as boolean }));
    expect(err.status).toBe(422);
    expect((err.response?.data as { message: string }).message).toContain('body.draft: expected boolean, got string "yes"');
    expect(double.violations()).toEqual([`POST /repos/${OWNER}/${REPO}/pulls: body.draft: expected boolean, got string "yes"`]);
    expect(double.pulls()).toEqual([]);
  });

  it('flags an unknown path and a method the path does not define', async () => {
    await expect(failure(octokit.request('GET /repos/{owner}/{repo}/promotions', { owner: OWNER, repo: REPO }))).resolves.toMatchObject({ status: 404 });
    await expect(failure(octokit.request('DELETE /repos/{owner}/{repo}/pulls/{pull_number}', { owner: OWNER, repo: REPO, pull_number: 1 }))).resolves.toMatchObject({ status: 404 });
    expect(double.violations()).toEqual([
      `GET /repos/${OWNER}/${REPO}/promotions: unknown path /repos/${OWNER}/${REPO}/promotions: no template in GitHub's REST description matches it`,
      `DELETE /repos/${OWNER}/${REPO}/pulls/1: method DELETE is not defined for /repos/{owner}/{repo}/pulls/{pull_number} (defined: GET, PATCH)`,
    ]);
  });

  it('flags a missing required body field', async () => {
    await failure(octokit.rest.pulls.create({ owner: OWNER, repo: REPO, base: 'main', title: 't' } as never));
    expect(double.violations()).toEqual([`POST /repos/${OWNER}/${REPO}/pulls: body.head: required property missing`]);
  });

  it('flags undeclared query parameters, bad enums and non-integer path parameters', async () => {
    // Casts: Octokit's types would stop these at compile time; JavaScript callers and `any` would not.
    await failure(octokit.request('GET /repos/{owner}/{repo}/pulls', { owner: OWNER, repo: REPO, state: 'merged', labels: 'promotion' } as never));
    await failure(octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner: OWNER, repo: REPO, pull_number: 'latest' } as never));
    expect(double.violations()).toEqual([
      `GET /repos/${OWNER}/${REPO}/pulls: query.state: must be one of "open", "closed", "all"; got "merged"`,
      `GET /repos/${OWNER}/${REPO}/pulls: query.labels: not a parameter of pulls/list (declared: state, head, base, sort, direction, per_page, page)`,
      `GET /repos/${OWNER}/${REPO}/pulls/latest: path.pull_number: expected integer, got string "latest"`,
    ]);
  });

  it('reports the oneOf branches when a label matches none of them', async () => {
    const pr = double.seedPull({ head: HEAD });
    await failure(octokit.rest.issues.addLabels({ owner: OWNER, repo: REPO, issue_number: pr.number, labels: [42 as unknown as string] }));
    const [v] = double.violations();
    expect(v).toContain('body.labels[0]: matched none of the 2 oneOf branches: [0] body.labels[0]: expected string, got integer 42 | [1] body.labels[0]: expected object, got integer 42');
    expect(double.labelsOf(pr.number)).toEqual([]);
  });

  it('serves but flags a body field GitHub would silently drop (labels on pulls/create)', async () => {
    const res = await octokit.rest.pulls.create({ owner: OWNER, repo: REPO, head: HEAD, base: 'main', title: 't', labels: ['promotion'] } as never);
    expect(res.status).toBe(201);
    expect(double.labelsOf(1)).toEqual([]); // as on GitHub: the labels went nowhere
    expect(double.requests[0]?.undeclared).toEqual(['body.labels']);
    expect(double.violations()).toEqual([`POST /repos/${OWNER}/${REPO}/pulls: body.labels: not declared by pulls/create (GitHub ignores it silently)`]);
  });

  it('flags a head filter without the owner prefix', async () => {
    await octokit.rest.pulls.list({ owner: OWNER, repo: REPO, head: HEAD });
    expect(double.violations()).toEqual([`GET /repos/${OWNER}/${REPO}/pulls: query.head "${HEAD}" lacks the "owner:" prefix; the description requires user:ref-name`]);
  });

  it('answers a valid operation it does not model with 501 and a "no handler" violation', async () => {
    const err = await failure(octokit.rest.pulls.merge({ owner: OWNER, repo: REPO, pull_number: 1, merge_method: 'squash' }));
    expect(err.status).toBe(501);
    expect(double.violations()).toEqual([`PUT /repos/${OWNER}/${REPO}/pulls/1/merge: no handler in the double for pulls/merge (PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge)`]);
  });

  it('rejects GraphQL that GitHub would reject', async () => {
    const pr = double.seedPull({ head: HEAD });
    await expect(failure(octokit.graphql('query($id: ID!) { node(id: $id) { ... on PullRequest { number mergeQueueEntry { position } } } }', { id: pr.nodeId }))).resolves.toBeDefined();
    await expect(failure(octokit.graphql('mutation($id: ID!) { enablePullRequestAutoMerge(input: {pullRequestId: $id, mergeMethod: FAST_FORWARD}) { clientMutationId } }', { id: pr.nodeId }))).resolves.toBeDefined();
    const bad = await rawRequest(double.url, 'POST', '/graphql', { 'user-agent': 'test', 'content-type': 'application/json', authorization: `token ${TOKEN}` }, JSON.stringify({ mutation: '{ viewer { login } }' }));
    expect(bad.status).toBe(422);
    expect(double.violations()).toEqual([
      "POST /graphql: Field 'mergeQueueEntry' doesn't exist on type 'PullRequest'",
      'POST /graphql: Argument \'mergeMethod\' on InputObject \'EnablePullRequestAutoMergeInput\' has an invalid value ("FAST_FORWARD"). Expected type \'PullRequestMergeMethod\' (MERGE, SQUASH, REBASE)',
      'POST /graphql: body.query: required non-empty string',
      'POST /graphql: body.mutation: not a GraphQL request field (query, variables, operationName)',
    ]);
    expect(double.autoMergeEnabled(pr.number)).toBe(false);
  });

  it('flags a request without a User-Agent with GitHub\'s 403', async () => {
    const res = await rawRequest(double.url, 'GET', `/repos/${OWNER}/${REPO}`, { authorization: `token ${TOKEN}` });
    expect(res.status).toBe(403);
    expect(double.violations()).toEqual([`GET /repos/${OWNER}/${REPO}: header user-agent: missing (GitHub rejects requests without a User-Agent)`]);
  });
});

describe('validator internals', () => {
  it('prefers literal segments, lets multi-segment parameters span slashes, and matches mixed segments', () => {
    const literal = matchRoute('GET', '/repos/o/r/pulls/comments');
    expect(literal.ok && literal.match.operation.operationId).toBe('pulls/list-review-comments-for-repo');
    const branch = matchRoute('GET', '/repos/o/r/branches/release/2024.1/protection');
    expect(branch.ok && [branch.match.operation.operationId, branch.match.params.branch]).toEqual(['repos/get-branch-protection', 'release/2024.1']);
    const encoded = matchRoute('GET', '/repos/o/r/branches/release%2F2024.1');
    expect(encoded.ok && [encoded.match.operation.operationId, encoded.match.params.branch]).toEqual(['repos/get-branch', 'release/2024.1']);
    const compare = matchRoute('GET', '/repos/o/r/compare/main...promote/x');
    expect(compare.ok && compare.match.operation.operationId).toBe('repos/compare-commits-with-basehead');
  });

  it('checks array query parameters and required body', () => {
    const ok = validateRequest('GET', '/orgs/acme/migrations?exclude=repositories', undefined, { 'user-agent': 'x' });
    expect(ok.errors).toEqual([]);
    const bad = validateRequest('GET', '/orgs/acme/migrations?exclude=nope', undefined, { 'user-agent': 'x' });
    expect(bad.errors).toEqual(['query.exclude[0]: must be one of "repositories"; got "nope"']);
    const noBody = validateRequest('POST', '/repos/o/r/issues', undefined, { 'user-agent': 'x' });
    expect(noBody.errors).toEqual(['body: required by issues/create but missing']);
  });

  it('holds the double\'s own responses to the response schemas', async () => {
    const pr = double.seedPull({ head: HEAD, labels: ['promotion'] });
    const { data } = await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: pr.number });
    const template = '/repos/{owner}/{repo}/pulls/{pull_number}';
    expect(validateResponse('GET', template, 200, data)).toEqual([]);
    const broken = { ...data, number: String(data.number), head: { ...data.head, sha: undefined }, surprise: true };
    expect(validateResponse('GET', template, 200, JSON.parse(JSON.stringify(broken)))).toEqual([
      'response.number: expected integer, got string "1"',
      'response.head.sha: required property missing',
      'response.surprise: not declared by the response schema',
    ]);
    expect(validateResponse('GET', template, 418, {})).toEqual([expect.stringContaining('status 418 is not declared for pulls/get')]);
  });

  it('implements the documented JSON-Schema subset', () => {
    const schema: SchemaObject = {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string', minLength: 2, maxLength: 5, pattern: '^[a-z]+$' },
        count: { type: 'integer', minimum: 1, maximum: 3 },
        note: { type: 'string', nullable: true },
        either: { type: ['string', 'integer'] },
        tags: { type: 'array', items: { type: 'string', enum: ['a', 'b'] } },
        any: { anyOf: [{ type: 'boolean' }, { type: 'string', format: 'date-time' }] },
        user: { $ref: '#/components/schemas/simple-user' },
      },
      additionalProperties: false,
    };
    expect(validateSchema({ name: 'abc', count: 2, note: null, either: 7, tags: ['a'], any: 'not a date: format is ignored' }, schema).errors).toEqual([]);
    expect(validateSchema({ name: 'A', count: 9, note: 1, either: true, tags: ['c'], any: 3, extra: 1 }, schema, 'v').errors).toEqual([
      'v.name: shorter than minLength 2',
      'v.name: "A" does not match pattern ^[a-z]+$',
      'v.count: 9 is above maximum 3',
      'v.note: expected string, got integer 1',
      'v.either: expected string or integer, got boolean true',
      'v.tags[0]: must be one of "a", "b"; got "c"',
      'v.any: matched none of the 2 anyOf branches: [0] v.any: expected boolean, got integer 3 | [1] v.any: expected string, got integer 3',
      'v.extra: property not allowed (additionalProperties: false)',
    ]);
    expect(validateSchema({ count: 0, user: { login: 'x' } }, schema, 'v').errors).toEqual(expect.arrayContaining([
      'v.name: required property missing',
      'v.count: 0 is below minimum 1',
      'v.user.id: required property missing',
    ]));
  });
});

describe('fault injection', () => {
  it('answers 502 once, then handles the retry', async () => {
    double.failNext({ operationId: 'pulls/create' }, { status: 502, body: { message: 'Server Error' } });
    const err = await failure(octokit.rest.pulls.create({ owner: OWNER, repo: REPO, head: HEAD, base: 'main', title: 't' }));
    expect(err.status).toBe(502);
    expect(double.pulls()).toEqual([]); // the fault answered before the model saw the request
    const ok = await octokit.rest.pulls.create({ owner: OWNER, repo: REPO, head: HEAD, base: 'main', title: 't' });
    expect(ok.status).toBe(201);
    expect(double.requests.map((r) => [r.status, r.injected])).toEqual([[502, true], [201, false]]);
    expect(double.violations()).toEqual([]);
  });

  it('answers a secondary rate limit with retry-after and GitHub\'s message', async () => {
    const pr = double.seedPull({ head: HEAD });
    double.failNext({ method: 'POST', pathIncludes: '/labels' }, secondaryRateLimit(1));
    const err = await failure(octokit.rest.issues.addLabels({ owner: OWNER, repo: REPO, issue_number: pr.number, labels: ['promotion'] }));
    expect(err.status).toBe(403);
    expect(err.response?.headers['retry-after']).toBe('1');
    expect(err.response?.data).toMatchObject({ message: expect.stringMatching(/^You have exceeded a secondary rate limit/), documentation_url: expect.stringContaining('#about-secondary-rate-limits') });
    expect(double.requests[0]).toMatchObject({ status: 403, injected: true, operationId: 'issues/add-labels' });
    await octokit.rest.issues.addLabels({ owner: OWNER, repo: REPO, issue_number: pr.number, labels: ['promotion'] });
    expect(double.labelsOf(pr.number)).toEqual(['promotion']);
  });

  it('answers 429 with an exhausted primary rate limit, as many times as asked', async () => {
    double.failNext({ operationId: 'issues/list-for-repo' }, primaryRateLimit(429), 2);
    for (let i = 0; i < 2; i++) {
      const err = await failure(octokit.rest.issues.listForRepo({ owner: OWNER, repo: REPO }));
      expect(err.status).toBe(429);
      expect(err.response?.headers['x-ratelimit-remaining']).toBe('0');
    }
    await expect(octokit.rest.issues.listForRepo({ owner: OWNER, repo: REPO })).resolves.toMatchObject({ status: 200 });
    await expect(octokit.rest.repos.get({ owner: OWNER, repo: REPO })).resolves.toMatchObject({ status: 200 });
  });
});

describe('rate limits without headers, GraphQL RATE_LIMITED', () => {
  it('answers a secondary rate limit without retry-after: only the message tells it from a permission 403', async () => {
    double.failNext({ operationId: 'repos/get' }, secondaryRateLimitWithoutHeaders(429));
    const err = await failure(octokit.rest.repos.get({ owner: OWNER, repo: REPO }));
    expect(err.status).toBe(429);
    expect(err.response?.headers['retry-after']).toBeUndefined();
    expect(err.response?.headers['x-ratelimit-remaining']).toBe('4990');
    expect(err.response?.data).toMatchObject({ message: expect.stringMatching(/^You have exceeded a secondary rate limit/), status: '429' });
  });

  it('answers GraphQL with HTTP 200, a RATE_LIMITED error and the graphql quota spent', async () => {
    double.failNext({ operationId: 'graphql' }, graphqlRateLimited(30));
    const res = await rawRequest(double.url, 'POST', '/graphql', { 'user-agent': 'test', authorization: `token ${TOKEN}` }, JSON.stringify({ query: '{ viewer { login } }' }));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ errors: [{ type: 'RATE_LIMITED' }] });
    expect(double.requests[0]).toMatchObject({ operationId: 'graphql', injected: true });
    await expect(octokit.graphql('{ viewer { login } }')).resolves.toEqual({ viewer: { login: 'github-actions[bot]' } });
  });
});

describe('a token without push access', () => {
  it('has its labels and assignees dropped silently on issues/create and issues/update, as the description says', async () => {
    double.setPushAccess(false);
    const { data: repo } = await octokit.rest.repos.get({ owner: OWNER, repo: REPO });
    expect(repo.permissions?.push).toBe(false);
    const { data } = await octokit.rest.issues.create({ owner: OWNER, repo: REPO, title: 'drift', labels: ['drift'], assignees: ['octocat'] });
    expect(data.labels).toEqual([]);
    expect(data.assignees).toEqual([]);
    await octokit.rest.issues.update({ owner: OWNER, repo: REPO, issue_number: data.number, labels: ['drift'], body: 'kept' });
    expect(double.issues()[0]).toMatchObject({ labels: [], assignees: [], body: 'kept' });
    double.setPushAccess(true);
    await octokit.rest.issues.update({ owner: OWNER, repo: REPO, issue_number: data.number, labels: ['drift'] });
    expect(double.labelsOf(data.number)).toEqual(['drift']);
    expect(double.violations()).toEqual([]);
  });
});

describe('GitHub Enterprise Server layout', () => {
  it('serves REST under /api/v3 and GraphQL at /api/graphql only', async () => {
    const ghes = await startGitHubApiDouble({ owner: OWNER, repo: REPO, expectedToken: TOKEN, ghes: true });
    try {
      const client = getOctokit(TOKEN, { baseUrl: ghes.url });
      await expect(client.rest.repos.get({ owner: OWNER, repo: REPO })).resolves.toMatchObject({ data: { url: `${ghes.url}/repos/${OWNER}/${REPO}` } });
      await expect(client.graphql('{ viewer { login } }')).resolves.toEqual({ viewer: { login: 'github-actions[bot]' } });
      const headers = { 'user-agent': 'test', authorization: `token ${TOKEN}` };
      const wrong = await rawRequest(ghes.url, 'POST', '/graphql', headers, JSON.stringify({ query: '{ viewer { login } }' }));
      expect(wrong.status).toBe(404);
      expect(ghes.requests.map((q) => `${q.method} ${q.path} ${q.status}`)).toEqual([
        `GET /api/v3/repos/${OWNER}/${REPO} 200`, 'POST /api/graphql 200', 'POST /api/v3/graphql 404',
      ]);
      expect(ghes.violations()).toEqual(['POST /api/v3/graphql: not served by GitHub Enterprise Server (REST is under /api/v3, GraphQL at /api/graphql)']);
    } finally {
      await ghes.close();
    }
  });
});
