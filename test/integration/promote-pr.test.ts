// mode: pull-request end to end: the promote bundle pushes gitops-promote/<app>/<env> to a real git server and
// opens or updates the pull request through the real Octokit against the GitHub API double, whose every request
// is checked against GitHub's OpenAPI description.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { runAction, type ActionRun } from './helpers/action-runner.js';
import { checkoutClone, createConfigRepo, overlayPath, overlayText, zeroConfigFiles, type ZeroVersions } from './helpers/config-repo.js';
import { commitToBare, disposeGitHome, headOf, logOf, makeTempDir, readBlob, refsOf, removeDir, type FileMap } from './helpers/git-repo.js';
import { startGitServer, type GitServer } from './helpers/git-server.js';
import { secondaryRateLimit, startGitHubApiDouble, type GitHubApiDouble } from './helpers/github-api-double.js';
import { expectCode } from './helpers/action-runner.js';

const TOKEN = `ghs_${randomBytes(18).toString('hex')}`;
const OWNER = 'octo-org';
const REPO = 'gitops';
const HEAD = 'gitops-promote/web/prod';
const RUN_URL = `https://github.com/${OWNER}/${REPO}/actions/runs/9876543210`;

let root: string;
let server: GitServer;
let api: GitHubApiDouble;
let n = 0;

beforeAll(async () => {
  root = makeTempDir('gitops-promote-pr-');
  server = await startGitServer({ root, token: TOKEN });
});

afterAll(async () => {
  await server.close();
  removeDir(root);
  disposeGitHome();
});

beforeEach(async () => {
  api = await startGitHubApiDouble({ owner: OWNER, repo: REPO, expectedToken: TOKEN });
});

afterEach(async () => {
  await api.close();
});

interface Fixture { bare: string; dir: string; seed: string }

/** Zero-config overlays plus a gitops-promote.yaml that only sets delivery (layouts stay zero-config). */
function files(versions: ZeroVersions, delivery: string[] = ['labels: [promotion, "env: prod"]', 'autoMerge: true']): FileMap {
  return {
    ...zeroConfigFiles(versions),
    'gitops-promote.yaml': ['# Promotions to prod go through reviewed pull requests.', 'delivery:', ...delivery.map((l) => `  ${l}`), ''].join('\n'),
  };
}

async function fixture(f: FileMap): Promise<Fixture> {
  const name = `pr-${++n}`;
  const bare = await createConfigRepo(root, name, f);
  const dir = await checkoutClone(server.url(name), join(root, `${name}-checkout`), { token: TOKEN });
  return { bare, dir, seed: await headOf(bare, 'main') };
}

function promote(f: Fixture, inputs: Record<string, string | undefined> = {}, timeoutMs?: number, env?: Record<string, string>): Promise<ActionRun> {
  return runAction('promote', {
    timeoutMs,
    env,
    inputs: { token: TOKEN, app: 'web', to: 'prod', mode: 'pull-request', ...inputs },
    workspace: f.dir,
    githubToken: TOKEN,
    repository: `${OWNER}/${REPO}`,
    apiUrl: api.url,
  });
}


const warnings = (r: ActionRun): string[] => r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

/**
 * violations() without the double's reports about its own responses ("double bug, …": it answers labels with
 * description: null, as GitHub does, where the published description says string); those are not the tool's.
 */
const toolViolations = (): string[] => api.violations().filter((v) => !/: double bug, /.test(v));

/** Every API request authenticated with the token, and valid per GitHub's description. */
function expectCleanApiUse(): void {
  expect(toolViolations()).toEqual([]);
  expect(api.requests.filter((q) => q.errors.length || q.undeclared.length).map((q) => `${q.method} ${q.path}: ${[...q.errors, ...q.undeclared].join('; ')}`)).toEqual([]);
  expect(api.requests.length).toBeGreaterThan(0);
  expect(api.requests.filter((q) => !q.tokenMatched).map((q) => `${q.method} ${q.path}`)).toEqual([]);
}

const ROWS = (from: string, to: string): string[] => ['eu-west-1', 'us-east-1'].map((region) =>
  `| ${overlayPath('web', `prod-${region}`)} | ${region} | \`${from}\` | \`${to}\` | changed |`);

describe('mode: pull-request', () => {
  it('opens a PR from gitops-promote/web/prod to main with the change table, labels and auto-merge from the config', async () => {
    const f = await fixture(files({ web: { dev: 'v1.1.0', staging: 'v1.1.0' } }));
    const r = await promote(f);
    expectCode(r, 0);

    // main is untouched; the promotion commit sits on the PR branch, on top of main.
    const refs = await refsOf(f.bare);
    expect(refs['refs/heads/main']).toBe(f.seed);
    const [c, parent] = await logOf(f.bare, HEAD);
    expect(parent?.sha).toBe(f.seed);
    expect(c?.sha).toBe(refs[`refs/heads/${HEAD}`]);
    expect(c?.subject).toBe('promote(web): prod v1.0.0 -> v1.1.0');
    for (const region of ['eu-west-1', 'us-east-1']) {
      expect(await readBlob(f.bare, HEAD, overlayPath('web', `prod-${region}`))).toBe(overlayText('web', `prod-${region}`, 'v1.1.0'));
    }

    const pulls = api.pulls();
    expect(pulls).toHaveLength(1);
    const pr = pulls[0];
    expect(pr).toMatchObject({ state: 'open', head: { ref: HEAD }, base: { ref: 'main' }, title: 'promote(web): prod v1.0.0 -> v1.1.0' });
    expect(pr?.body).toContain('Promotes **web** to **prod**: v1.0.0 → `v1.1.0` (running in staging).');
    expect(pr?.body).toContain(['| file | region | old | new | |', '| --- | --- | --- | --- | --- |', ...ROWS('v1.0.0', 'v1.1.0')].join('\n'));
    expect(pr?.body).toContain(`Opened by [this workflow run](${RUN_URL}).`);
    expect([...api.labelsOf(pr?.number as number)].sort()).toEqual(['env: prod', 'promotion']);
    expect(api.autoMergeEnabled(pr?.number as number)).toBe(true);
    expect(pr?.autoMerge?.mergeMethod).toBe('SQUASH');

    expect(r.outputs).toMatchObject({ version: 'v1.1.0', 'previous-version': 'v1.0.0', changed: 'true', 'commit-sha': c?.sha, 'pr-url': pr?.htmlUrl });
    expect(r.summary).toContain('### ✅ Proposed web to prod: v1.0.0 → v1.1.0');
    expect(r.summary).toContain(`Pull request: ${pr?.htmlUrl}`);
    expectCleanApiUse();
  });

  it('a second run updates the same PR (branch moved onto the new main); a third with nothing new pushes nothing', async () => {
    const f = await fixture(files({ web: { dev: 'v1.1.0', staging: 'v1.1.0' } }));
    expectCode(await promote(f), 0);
    const first = (await refsOf(f.bare))[`refs/heads/${HEAD}`];

    // Meanwhile staging moved on (another promotion landed on main).
    const main2 = await commitToBare(f.bare, 'main', { [overlayPath('web', 'staging')]: overlayText('web', 'staging', 'v1.2.0') }, 'promote(web): staging v1.1.0 -> v1.2.0');
    const second = await promote(f);
    expectCode(second, 0);
    const [c, parent] = await logOf(f.bare, HEAD);
    expect(c?.sha).not.toBe(first);
    expect(parent?.sha).toBe(main2);
    expect(c?.subject).toBe('promote(web): prod v1.0.0 -> v1.2.0');

    const pulls = api.pulls();
    expect(pulls).toHaveLength(1);
    expect(pulls[0]).toMatchObject({ title: 'promote(web): prod v1.0.0 -> v1.2.0', state: 'open' });
    expect(pulls[0]?.body).toContain(ROWS('v1.0.0', 'v1.2.0').join('\n'));
    expect(second.outputs).toMatchObject({ 'pr-url': pulls[0]?.htmlUrl, 'commit-sha': c?.sha, changed: 'true' });
    expect(api.requests.filter((q) => q.operationId === 'pulls/create' && q.status === 201)).toHaveLength(1);
    expect(api.requests.filter((q) => q.operationId === 'pulls/update' && q.status === 200)).toHaveLength(1);

    const pushes = server.counts['receive-pack'];
    const third = await promote(f);
    expectCode(third, 0);
    expect(server.counts['receive-pack']).toBe(pushes);
    expect((await refsOf(f.bare))[`refs/heads/${HEAD}`]).toBe(c?.sha);
    expect(third.outputs).toMatchObject({ 'commit-sha': c?.sha, 'pr-url': pulls[0]?.htmlUrl });
    expect(api.pulls()).toHaveLength(1);
    expectCleanApiUse();
  });

  it('dry run: no branch, no API call, the diff in the summary', async () => {
    const f = await fixture(files({ web: { dev: 'v1.1.0', staging: 'v1.1.0' } }));
    const before = await refsOf(f.bare);
    const r = await promote(f, { 'dry-run': 'true' });
    expectCode(r, 0);
    expect(await refsOf(f.bare)).toEqual(before);
    expect(api.requests).toEqual([]);
    expect(r.summary).toContain('```diff\n--- a/apps/web/overlays/prod-eu-west-1/kustomization.yaml');
    expect(r.outputs).toMatchObject({ changed: 'false', 'pr-url': '' });
  });

  it('takes mode: pull-request from the config when the workflow does not set mode', async () => {
    const f = await fixture(files({ web: { dev: 'v1.1.0', staging: 'v1.1.0' } }, ['mode: pull-request']));
    const r = await promote(f, { mode: undefined });
    expectCode(r, 0);
    // The runner passes action.yml's default (INPUT_MODE=push) when the workflow has no `mode:`.
    expect({ main: await headOf(f.bare, 'main'), pulls: api.pulls().length }).toEqual({ main: f.seed, pulls: 1 });
  });
});

describe('API faults', () => {
  // Retries and waits themselves are tested in-process with recorded waits (github-transports.test.ts); here, that
  // the bundle's Octokit has them and reads the ceiling, with no wait at all.
  it('a rate limit asking longer than GITOPS_PROMOTE_RATE_LIMIT_MAX_WAIT fails at once, says why, and takes the branch back', async () => {
    const f = await fixture(files({ web: { dev: 'v1.1.0', staging: 'v1.1.0' } }));
    const before = await refsOf(f.bare);
    api.failNext({ operationId: 'pulls/create' }, secondaryRateLimit(120));
    const r = await promote(f, {}, 20_000, { GITOPS_PROMOTE_RATE_LIMIT_MAX_WAIT: '1m' });
    expect(r.code).toBe(1);
    expect(warnings(r)).toContain("POST /repos/{owner}/{repo}/pulls: GitHub's secondary rate limit asks to wait 2m, "
      + 'longer than the 1m allowed (GITOPS_PROMOTE_RATE_LIMIT_MAX_WAIT); not waiting');
    expect(api.requests.filter((q) => q.operationId === 'pulls/create').map((q) => q.status)).toEqual([403]);
    expect(await refsOf(f.bare)).toEqual(before);
    expectCleanApiUse();
  });

  it('a ceiling that is not a duration is bad input: exit 2 before anything is pushed', async () => {
    const f = await fixture(files({ web: { dev: 'v1.1.0', staging: 'v1.1.0' } }));
    const before = await refsOf(f.bare);
    const r = await promote(f, {}, undefined, { GITOPS_PROMOTE_RATE_LIMIT_MAX_WAIT: '900' });
    expectCode(r, 2);
    expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(/^error: environment variable GITOPS_PROMOTE_RATE_LIMIT_MAX_WAIT "900": .*expected a duration/),
    ]);
    expect(await refsOf(f.bare)).toEqual(before);
    expect(api.requests).toEqual([]);
  });

  it('auto-merge that the repository does not allow is a warning, not a failure', async () => {
    const f = await fixture(files({ web: { dev: 'v1.1.0', staging: 'v1.1.0' } }));
    api.setAllowAutoMerge(false);
    const r = await promote(f);
    expectCode(r, 0);
    const [pr] = api.pulls();
    expect(api.autoMergeEnabled(pr?.number as number)).toBe(false);
    expect(warnings(r)).toContainEqual(expect.stringMatching(new RegExp(`^auto-merge could not be enabled on #${pr?.number}: `)));
    expect(r.outputs['pr-url']).toBe(pr?.htmlUrl);
  });

  it('a labelling failure after the PR was opened does not take the open PR\'s branch away', async () => {
    const f = await fixture(files({ web: { dev: 'v1.1.0', staging: 'v1.1.0' } }));
    // What GitHub answers a token without issues: write.
    api.failNext({ operationId: 'issues/add-labels' }, { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/labels#add-labels-to-an-issue', status: '403' } }, 5);
    const r = await promote(f);
    // Labels are a nicety: the PR stands, the run succeeds with a warning.
    expect(r.code).toBe(0);
    expect(r.annotations.some((a) => a.level === 'warning' && /labels could not be added to #\d+: labelling the pull request failed: HTTP 403/.test(a.message))).toBe(true);
    const open = api.pulls().filter((p) => p.state === 'open');
    expect(open).toHaveLength(1);
    // An open PR must keep its head branch (GitHub closes a PR whose branch is deleted).
    const refs = await refsOf(f.bare);
    expect(open.map((p) => ({ head: p.head.ref, exists: `refs/heads/${p.head.ref}` in refs }))).toEqual(open.map((p) => ({ head: p.head.ref, exists: true })));
  });

  it('a PR that cannot be created (422) deletes the pushed branch again and fails', async () => {
    const f = await fixture(files({ web: { dev: 'v1.1.0', staging: 'v1.1.0' } }));
    const before = await refsOf(f.bare);
    api.failNext({ operationId: 'pulls/create' }, { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'PullRequest', code: 'custom', message: 'base branch was modified' }] } }, 5);
    const r = await promote(f);
    expect(r.code).not.toBe(0);
    expect(r.code).not.toBeNull();
    expect(await refsOf(f.bare)).toEqual(before);
    expect(server.counts['receive-pack']).toBeGreaterThan(0);
    expect(api.pulls()).toEqual([]);
    expect(r.annotations.filter((a) => a.level === 'error').pop()?.message).toMatch(/^error: creating the pull request failed: HTTP 422/);
    expect(toolViolations()).toEqual([]);
  });

  it('an update GitHub refuses puts the PR branch back where it was', async () => {
    const f = await fixture(files({ web: { dev: 'v1.1.0', staging: 'v1.1.0' } }));
    expectCode(await promote(f), 0);
    const before = await refsOf(f.bare);
    await commitToBare(f.bare, 'main', { [overlayPath('web', 'staging')]: overlayText('web', 'staging', 'v1.2.0') }, 'promote(web): staging v1.1.0 -> v1.2.0');
    const moved = await refsOf(f.bare);
    // A refusal, not a 5xx: plugin-retry would sleep 1 + 4 + 9 s through those (its retries are tested in-process).
    api.failNext({ operationId: 'pulls/update' }, { status: 403, body: { message: 'Resource not accessible by integration' } }, 10);
    const r = await promote(f);
    expect(r.code).not.toBe(0);
    expect(await refsOf(f.bare)).toEqual({ ...before, 'refs/heads/main': moved['refs/heads/main'] });
    expect(api.pulls()).toHaveLength(1);
    expect(api.pulls()[0]?.title).toBe('promote(web): prod v1.0.0 -> v1.1.0');
    expect(api.requests.filter((q) => q.operationId === 'pulls/update').map((q) => q.status)).toEqual([403]);
    expect(toolViolations()).toEqual([]);
  });
});
