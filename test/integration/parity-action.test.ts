// verify-staging-parity end to end: the built bundle (dist/verify-staging-parity/index.js) run as the runner
// runs a node24 action, with real webhook payload shapes (pull_request, merge_group, schedule), in a full
// checkout of a config repo served by `git http-backend` that demands the token; live drift against a loopback
// HTTP service; the tracking issue against the GitHub API double (validated against GitHub's OpenAPI description).
// The overlays really build: by default (input render unset, policy.render auto) the action renders them with the
// kubectl on this machine; tests about the static model give render: none. Trailers are never evidence.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { runAction, type ActionRun, type ActionRunOptions } from './helpers/action-runner.js';
import { disposeGitHome, git, makeTempDir, refsOf, removeDir } from './helpers/git-repo.js';
import { startGitServer, type GitServer } from './helpers/git-server.js';
import { startGitHubApiDouble } from './helpers/github-api-double.js';
import {
  ConfigRepo, ENVOY, TAG_LINE, appImage, hoursAgo, overlayPath, overlayText, overlays, promotionMessage,
  renderedImages, rollbackMessage, seedFiles,
} from './helpers/parity-repos.js';
import { expectCode } from './helpers/action-runner.js';

const TOKEN = `ghs_${randomBytes(18).toString('hex')}`;
const OWNER = 'octo-org';
const REPO = 'gitops';
const EU = 'prod-eu-west-1';
const US = 'prod-us-east-1';

let root: string;
let server: GitServer;
let n = 0;

beforeAll(async () => {
  root = makeTempDir('gitops-promote-parity-action-');
  server = await startGitServer({ root, token: TOKEN });
});

afterAll(async () => {
  await server.close();
  removeDir(root);
  disposeGitHome();
});

interface Fixture { name: string; repo: ConfigRepo; main: string }

/**
 * A config repo on the git server whose main has a promotion history written with the promote/rollback trailers:
 * web v1.1.0 in dev → staging → prod, then v1.2.0 in dev and staging; api v2.0.0 in dev and staging
 * (prod of api runs v1.0.0). Plus `extra` files in the seed.
 */
async function fixture(extra: Record<string, string> = {}): Promise<Fixture> {
  const name = `parity-${++n}`;
  const repo = await ConfigRepo.create(root, name, { ...seedFiles(), ...extra });
  const steps: [Record<string, string>, string, number][] = [
    [{ 'web:dev': 'v1.1.0' }, promotionMessage('web', 'dev', 'v1.1.0', 'v1.0.0'), 80],
    [{ 'web:staging': 'v1.1.0' }, promotionMessage('web', 'staging', 'v1.1.0', 'v1.0.0', 'dev'), 70],
    [{ [`web:${EU}`]: 'v1.1.0', [`web:${US}`]: 'v1.1.0' }, promotionMessage('web', 'prod', 'v1.1.0', 'v1.0.0', 'staging'), 60],
    [{ 'web:dev': 'v1.2.0' }, promotionMessage('web', 'dev', 'v1.2.0', 'v1.1.0'), 50],
    [{ 'web:staging': 'v1.2.0' }, promotionMessage('web', 'staging', 'v1.2.0', 'v1.1.0', 'dev'), 40],
    [{ 'api:dev': 'v2.0.0' }, promotionMessage('api', 'dev', 'v2.0.0', 'v1.0.0'), 30],
    [{ 'api:staging': 'v2.0.0' }, promotionMessage('api', 'staging', 'v2.0.0', 'v1.0.0', 'dev'), 20],
  ];
  for (const [tags, message, hours] of steps) await repo.commit('main', overlays(tags), message, { date: hoursAgo(hours) });
  return { name, repo, main: await repo.tip('main') };
}

/** A full checkout (fetch-depth: 0) over HTTP with the token, detached at `commit`. */
function checkout(f: Fixture, commit: string): Promise<string> {
  return f.repo.checkout(join(root, `${f.name}-checkout-${++n}`), commit, server.url(f.name), server.authEnv());
}

const repository = { id: 700123456, name: REPO, full_name: `${OWNER}/${REPO}`, private: true, owner: { login: OWNER, id: 9919, type: 'Organization' }, default_branch: 'main' };
const sender = { login: 'dana', id: 583231, type: 'User' };

/** The pull_request webhook payload (action synchronize), as GitHub sends it: base.sha is the base branch tip. */
function pullRequestEvent(base: string, head: string, headRef = 'bump'): Record<string, unknown> {
  return {
    action: 'synchronize',
    number: 42,
    before: '0'.repeat(40),
    after: head,
    pull_request: {
      number: 42, state: 'open', title: 'Bump versions', draft: false, merged: false, user: sender,
      head: { label: `${OWNER}:${headRef}`, ref: headRef, sha: head, repo: repository, user: sender },
      base: { label: `${OWNER}:main`, ref: 'main', sha: base, repo: repository, user: { login: OWNER } },
    },
    repository,
    sender,
  };
}

/** The merge_group webhook payload (action checks_requested). */
function mergeGroupEvent(base: string, head: string, headRef: string): Record<string, unknown> {
  return {
    action: 'checks_requested',
    merge_group: {
      head_sha: head,
      head_ref: `refs/heads/${headRef}`,
      base_sha: base,
      base_ref: 'refs/heads/main',
      head_commit: { id: head, tree_id: '4b825dc642cb6eb9a060e54bf8d69288fbee4904', message: 'Merge pull request #42', timestamp: new Date().toISOString(), author: { name: 'Dana', email: 'dana@acme.example' }, committer: { name: 'GitHub', email: 'noreply@github.com' } },
    },
    repository,
    sender,
  };
}

const scheduleEvent = { schedule: '17 6 * * 1-5', workflow: '.github/workflows/drift.yml', repository };

function run(workspace: string, eventName: string, event: Record<string, unknown>, inputs: Record<string, string | undefined> = {}, extra: Partial<ActionRunOptions> = {}): Promise<ActionRun> {
  const pr = eventName === 'pull_request';
  return runAction('verify-staging-parity', {
    inputs: { token: TOKEN, ...inputs },
    workspace,
    githubToken: TOKEN,
    repository: `${OWNER}/${REPO}`,
    eventName,
    event,
    refName: pr ? '42/merge' : 'main',
    env: pr ? { GITHUB_REF: 'refs/pull/42/merge', GITHUB_HEAD_REF: 'bump', GITHUB_BASE_REF: 'main' } : {},
    ...extra,
  });
}


const errors = (r: ActionRun): [string | undefined, number | undefined, string][] => r.annotations.filter((a) => a.level === 'error').map((a) => [a.file, a.line, a.message]);

interface Violation {
  app: string; env: string; region?: string; file: string; line: number; oldImages?: string[]; newImages?: string[];
  previousEnv?: string; previousImages?: string[]; verdict: string; rule?: string; reason: string;
}

const SIDECAR = `${ENVOY}:v1.29.1`;
const violationsOf = (r: ActionRun): Violation[] => JSON.parse(r.outputs.violations ?? 'null') as Violation[];
const notRunning = (app: string, tag: string): string =>
  `${appImage(app, tag)} is not running in staging; expected staging to run it first`;
/** The summary's "images: old → new" cell for the app's own image. */
const moved = (app: string, from: string, to: string): string => `\`${appImage(app, from)}\` → \`${appImage(app, to)}\``;
/** The summary's "previous env runs" cell for staging running the app at `tag`. */
const stagingRuns = (app: string, tag: string): string => `staging: \`${SIDECAR}\`, \`${appImage(app, tag)}\``;
/** Both prod regions of `app` at `tag`, as overlay files. */
const prodAt = (app: string, tag: string): Record<string, string> => overlays({ [`${app}:${EU}`]: tag, [`${app}:${US}`]: tag });
const bothRegions = ['eu-west-1', 'us-east-1'];

describe('pull_request', () => {
  it('fails a change that skips staging: one annotation per offending overlay, outputs, the summary table; nothing pushed', async () => {
    const f = await fixture();
    const head = await f.repo.commit('bump', overlays({ [`web:${EU}`]: 'v1.2.0', [`web:${US}`]: 'v1.2.0', [`api:${EU}`]: 'v2.1.0', [`api:${US}`]: 'v2.1.0' }), 'bump prod', { from: 'main' });
    const workspace = await checkout(f, head);
    const refs = await refsOf(f.repo.bare);
    const pushes = server.counts['receive-pack'];
    const r = await run(workspace, 'pull_request', pullRequestEvent(f.main, head));
    expectCode(r, 1);

    const reason = notRunning('api', 'v2.1.0');
    const violations = violationsOf(r);
    expect(violations).toEqual([EU, US].map((dir) => ({
      app: 'api', env: 'prod', region: dir.slice(5), file: overlayPath('api', dir), line: TAG_LINE,
      oldImages: renderedImages('api', 'v1.0.0'), newImages: renderedImages('api', 'v2.1.0'),
      previousEnv: 'staging', previousImages: [SIDECAR, appImage('api', 'v2.0.0')],
      verdict: 'violation', rule: 'parity', reason,
    })));
    expect(errors(r)).toEqual([
      [overlayPath('api', EU), TAG_LINE, reason], [overlayPath('api', US), TAG_LINE, reason],
      [undefined, undefined, 'staging parity: 2 violation(s): parity'],
    ]);
    expect(r.annotations.filter((a) => a.file).map((a) => a.properties.title)).toEqual(['staging parity: parity', 'staging parity: parity']);
    expect(r.outputs.ok).toBe('false');
    const summary = r.summary.split('\n');
    expect(summary[0]).toBe('### ⛔ Staging parity: 2 violations');
    const compared = `^Compared ${f.main.slice(0, 12)}\\.\\.${head.slice(0, 12)}\\. `;
    expect(summary).toContainEqual(expect.stringMatching(new RegExp(`${compared}Rendered with kubectl v\\S+ \\(kustomize v\\S+\\)\\.$`)));
    expect(summary).toContain('| app | env | images: old → new | previous env runs | verdict | reason |');
    expect(summary).toContain(`| api | prod (us-east-1) | ${moved('api', 'v1.0.0', 'v2.1.0')} | ${stagingRuns('api', 'v2.0.0')} `
      + `| ⛔ \`parity\` | ${reason} |`);
    expect(summary).toContain(`| web | prod (eu-west-1) | ${moved('web', 'v1.1.0', 'v1.2.0')} | ${stagingRuns('web', 'v1.2.0')} `
      + `| ✅ ok | staging runs ${appImage('web', 'v1.2.0')} |`);

    // A check never writes: no push, no ref moved; the token is masked and never printed.
    expect(server.counts['receive-pack']).toBe(pushes);
    expect(await refsOf(f.repo.bare)).toEqual(refs);
    expect(r.masks).toContain(TOKEN);
    expect(`${r.log}${r.stderr}${r.summary}${r.outputFile}`).not.toContain(TOKEN);
  });

  it('render: none judges by the static model: the same annotations, the mode in the summary', async () => {
    const f = await fixture();
    const head = await f.repo.commit('bump', prodAt('api', 'v2.1.0'), 'bump prod', { from: 'main' });
    const r = await run(await checkout(f, head), 'pull_request', pullRequestEvent(f.main, head), { render: 'none' });
    expectCode(r, 1);
    const want = [EU, US].map((dir) => [overlayPath('api', dir), TAG_LINE, notRunning('api', 'v2.1.0')]);
    expect(errors(r).slice(0, 2)).toEqual(want);
    const how = 'Static model (images: only; no renderer), unexplained changes refused.';
    expect(r.summary).toContain(`Compared ${f.main.slice(0, 12)}..${head.slice(0, 12)}. ${how}`);
  });

  it('passes a prod config-only change (replicas) with the renderer; render: none refuses it', async () => {
    const f = await fixture();
    const text = overlayText('web', EU, 'v1.1.0').replace('    count: 2\n', '    count: 6\n');
    const head = await f.repo.commit('scale', { [overlayPath('web', EU)]: text }, 'scale web', { from: 'main' });
    const workspace = await checkout(f, head);
    const rendered = await run(workspace, 'pull_request', pullRequestEvent(f.main, head));
    expectCode(rendered, 0);
    expect(rendered.outputs).toMatchObject({ ok: 'true', violations: '[]' });
    const none = await run(workspace, 'pull_request', pullRequestEvent(f.main, head), { render: 'none' });
    expectCode(none, 1);
    expect(violationsOf(none).map((v) => [v.file, v.rule])).toEqual([[overlayPath('web', EU), 'unverified-change']]);
  });

  it('refuses a render input it does not know, exit 2 with one error', async () => {
    const f = await fixture();
    const r = await run(await checkout(f, f.main), 'pull_request', pullRequestEvent(f.main, f.main), { render: 'helm' });
    expectCode(r, 2);
    const why = 'error: input "render" is "helm"; expected one of auto, kustomize, kubectl, none';
    expect(errors(r)).toEqual([[undefined, undefined, why]]);
    expect(r.outputs).toEqual({});
  });

  it('passes (ok=true, violations=[]) a change to what staging runs, fetching the head commit the checkout lacks', async () => {
    const f = await fixture();
    // Checked out before the branch existed: the head commit is only on the server.
    const workspace = await checkout(f, f.main);
    const head = await f.repo.commit('bump', overlays({ [`web:${EU}`]: 'v1.2.0', [`web:${US}`]: 'v1.2.0' }), 'web to prod', { from: 'main' });
    expect((await git(['cat-file', '-e', `${head}^{commit}`], { cwd: workspace })).code).not.toBe(0);
    const r = await run(workspace, 'pull_request', pullRequestEvent(f.main, head));
    expectCode(r, 0);
    expect(r.outputs).toMatchObject({ ok: 'true', violations: '[]' });
    expect(errors(r)).toEqual([]);
    const title = '### ✅ Staging parity: every image this change deploys has run in the previous environment';
    expect(r.summary.split('\n')[0]).toBe(title);
  });

  it('passes rollbacks to images prod ran before, as a plain commit or the rollback command\'s: verdict rollback', async () => {
    const f = await fixture();
    const promotion = promotionMessage('api', 'prod', 'v2.0.0', 'v1.0.0', 'staging');
    const promoted = await f.repo.commit('main', prodAt('api', 'v2.0.0'), promotion, { date: hoursAgo(10) });
    // api back to v1.0.0 with Rollback-Of; web back to v1.0.0 (what the first import held) with a plain message.
    const rollback = rollbackMessage('api', 'prod', 'v2.0.0', 'v1.0.0', promoted);
    await f.repo.commit('rollback', prodAt('api', 'v1.0.0'), rollback, { from: 'main' });
    const head = await f.repo.commit('rollback', prodAt('web', 'v1.0.0'), 'web back to v1.0.0');
    const r = await run(await checkout(f, head), 'pull_request', pullRequestEvent(promoted, head));
    expectCode(r, 0);
    for (const [app, from] of [['api', 'v2.0.0'], ['web', 'v1.1.0']] as const) {
      const rows = r.summary.split('\n').filter((l) => l.startsWith(`| ${app} | prod`));
      expect(rows.map((row) => row.slice(0, row.lastIndexOf(' before (')))).toEqual(bothRegions.map((region) =>
        `| ${app} | prod (${region}) | ${moved(app, from, 'v1.0.0')} | ${stagingRuns(app, app === 'api' ? 'v2.0.0' : 'v1.2.0')} `
        + `| ↩️ rollback | prod ran ${appImage(app, 'v1.0.0')}`));
    }
  });

  it('fails a Rollback-Of trailer to an image prod never ran: a trailer alone excuses nothing', async () => {
    const f = await fixture();
    const promoted = await f.repo.commit('main', prodAt('api', 'v2.0.0'), promotionMessage('api', 'prod', 'v2.0.0', 'v1.0.0', 'staging'));
    const rollback = rollbackMessage('api', 'prod', 'v2.0.0', 'v0.9.0', promoted);
    const head = await f.repo.commit('rollback', prodAt('api', 'v0.9.0'), rollback, { from: 'main' });
    const r = await run(await checkout(f, head), 'pull_request', pullRequestEvent(promoted, head));
    expectCode(r, 1);
    const want = bothRegions.map((x) => [x, 'parity', notRunning('api', 'v0.9.0')]);
    expect(violationsOf(r).map((v) => [v.region, v.rule, v.reason])).toEqual(want);
  });

  it('checks only the pull request\'s own change when main moved on after it branched (base.sha: main\'s tip)', async () => {
    const f = await fixture();
    // The branch bumps api in dev; afterwards main promotes web to prod and api's dev and staging move on.
    const head = await f.repo.commit('bump', overlays({ 'api:dev': 'v2.1.0' }), 'api v2.1.0 in dev', { from: 'main' });
    await f.repo.commit('main', overlays({ [`web:${EU}`]: 'v1.2.0', [`web:${US}`]: 'v1.2.0' }), promotionMessage('web', 'prod', 'v1.2.0', 'v1.1.0', 'staging'));
    await f.repo.commit('main', overlays({ 'api:dev': 'v2.0.1', 'api:staging': 'v2.0.1' }), 'Merge pull request #41: api v2.0.1 in dev and staging');
    const base = await f.repo.tip('main');
    const r = await run(await checkout(f, head), 'pull_request', pullRequestEvent(base, head));
    // What merging changes: api dev from what main deploys now (v2.0.1) to v2.1.0; nothing about web.
    const rows = r.summary.split('\n').filter((l) => /^\| (web|api) \|/.test(l));
    expect(rows).toEqual([`| api | dev | ${moved('api', 'v2.0.1', 'v2.1.0')} | — | ✅ ok | dev is the first environment |`]);
    expect(errors(r)).toEqual([]);
    expectCode(r, 0);
  });

  it('annotates malformed YAML in the change on its file and line: a clear failure, not a crash', async () => {
    const f = await fixture();
    const broken = overlayText('web', US, 'v1.2.0').replace('    newTag: v1.2.0\n', '    newTag: v1.2.0: rc\n');
    const head = await f.repo.commit('bump', { [overlayPath('web', US)]: broken, ...overlays({ 'api:dev': 'v2.1.0' }) }, 'bump', { from: 'main' });
    const r = await run(await checkout(f, head), 'pull_request', pullRequestEvent(f.main, head));
    expectCode(r, 1);
    expect(errors(r)[0]?.slice(0, 2)).toEqual([overlayPath('web', US), TAG_LINE]);
    expect(errors(r)[0]?.[2]).toMatch(/not valid YAML: Nested mappings are not allowed in compact mappings/);
    expect(r.outputs.ok).toBe('false');
    expect(violationsOf(r).map((v) => v.rule)).toEqual(['invalid-file']);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s+at /m);
  });

  it('annotates a broken gitops-promote.yaml in the change on the config file and line', async () => {
    const f = await fixture({ 'gitops-promote.yaml': 'policy:\n  parity: current\n' });
    const head = await f.repo.commit('bump', { 'gitops-promote.yaml': '# loosen\npolicy:\n  parity: current\n  allowSameChange: yes please\n', ...overlays({ [`web:${EU}`]: 'v1.2.0', [`web:${US}`]: 'v1.2.0' }) }, 'config', { from: 'main' });
    const r = await run(await checkout(f, head), 'pull_request', pullRequestEvent(f.main, head));
    expectCode(r, 1);
    const [first] = errors(r);
    expect(first?.[0]).toBe('gitops-promote.yaml');
    expect(first?.[1]).toBe(4);
    expect(first?.[2]).toMatch(/^policy\.allowSameChange: /);
  });

  it('judges a change that loosens gitops-promote.yaml by the base branch\'s policy, with a notice', async () => {
    const f = await fixture({ 'gitops-promote.yaml': 'policy:\n  parity: current\n' });
    // web to v1.3.0 in dev, staging and prod at once, with a config that would allow it: base's config does not.
    const head = await f.repo.commit('bump', {
      'gitops-promote.yaml': 'policy:\n  parity: current\n  allowSameChange: true\n',
      ...overlays({ 'web:staging': 'v1.3.0', 'web:dev': 'v1.3.0', [`web:${EU}`]: 'v1.3.0', [`web:${US}`]: 'v1.3.0' }),
    }, 'everything at once', { from: 'main' });
    const r = await run(await checkout(f, head), 'pull_request', pullRequestEvent(f.main, head));
    expectCode(r, 1);
    expect(violationsOf(r).map((v) => [v.env, v.region ?? '', v.rule])).toEqual([
      ['staging', '', 'same-change'], ['prod', 'eu-west-1', 'same-change'], ['prod', 'us-east-1', 'same-change'],
    ]);
    expect(r.annotations.filter((a) => a.level === 'notice').map((a) => a.message)).toEqual([
      'this change edits gitops-promote.yaml: it is judged by the base branch\'s rules; the new ones apply after merging',
    ]);
  });

  it('refuses a pull_request event that carries no base and head (and no inputs), exit 2', async () => {
    const f = await fixture();
    const event = pullRequestEvent(f.main, f.main) as { pull_request: Record<string, unknown> };
    delete event.pull_request.base;
    delete event.pull_request.head;
    const r = await run(await checkout(f, f.main), 'pull_request', event);
    expectCode(r, 2);
    expect(errors(r)).toEqual([[undefined, undefined, 'error: no base and head to compare: event "pull_request" carries none; expected on: pull_request or merge_group, or inputs base and head']]);
    expect(r.outputs).toEqual({});
  });

  it('refuses a base that is not a commit of the repository, exit 2', async () => {
    const f = await fixture();
    const r = await run(await checkout(f, f.main), 'pull_request', pullRequestEvent('0123456789abcdef0123456789abcdef01234567', f.main));
    expectCode(r, 2);
    expect(errors(r)).toEqual([[undefined, undefined, 'error: base commit "0123456789abcdef0123456789abcdef01234567" is not in the clone and could not be fetched; expected a commit of this repository (use actions/checkout with fetch-depth: 0)']]);
  });

  it('refuses pull_request_target (write token on fork code), before reading anything', async () => {
    const f = await fixture();
    const head = await f.repo.commit('bump', overlays({ [`api:${EU}`]: 'v2.1.0' }), 'bump', { from: 'main' });
    const r = await run(await checkout(f, f.main), 'pull_request_target', pullRequestEvent(f.main, head));
    expectCode(r, 2);
    expect(errors(r)).toEqual([[undefined, undefined, 'error: verify-staging-parity must not run on pull_request_target (it would run with write access on code from forks); expected on: pull_request and merge_group']]);
    expect(r.outputs).toEqual({});
    expect(r.summary).toBe('');
  });
});

describe('merge_group', () => {
  it('checks merge_group.base_sha..head_sha: the queued merge commit of the pull request onto main', async () => {
    const f = await fixture();
    const prHead = await f.repo.commit('bump', overlays({ 'api:staging': 'v2.0.0', [`api:${EU}`]: 'v2.0.0', [`api:${US}`]: 'v2.0.0' }), 'api to prod', { from: 'main' });
    // main moves on before the group is built: web reaches prod.
    await f.repo.commit('main', overlays({ [`web:${EU}`]: 'v1.2.0', [`web:${US}`]: 'v1.2.0' }), promotionMessage('web', 'prod', 'v1.2.0', 'v1.1.0', 'staging'));
    const base = await f.repo.tip('main');
    const group = await f.repo.mergeQueueCommit(base, prHead, 42);
    const r = await run(await checkout(f, group.sha), 'merge_group', mergeGroupEvent(base, group.sha, group.ref));
    expectCode(r, 0);
    expect(r.outputs.ok).toBe('true');
    expect(r.summary).toContain(`Compared ${base.slice(0, 12)}..${group.sha.slice(0, 12)}. Rendered with kubectl`);
    // Only the pull request's change: api in prod (web's move is already in the base).
    expect(r.summary).toContain(`| api | prod (eu-west-1) | ${moved('api', 'v1.0.0', 'v2.0.0')} | ${stagingRuns('api', 'v2.0.0')} `
      + `| ✅ ok | staging runs ${appImage('api', 'v2.0.0')} |`);
    expect(r.summary).not.toContain('| web |');
  });

  it('fails a queued group whose change skips staging, with the annotations', async () => {
    const f = await fixture();
    const prHead = await f.repo.commit('bump', overlays({ [`web:${EU}`]: 'v1.3.0', [`web:${US}`]: 'v1.3.0' }), 'web to prod', { from: 'main' });
    const group = await f.repo.mergeQueueCommit(f.main, prHead, 43);
    const r = await run(await checkout(f, group.sha), 'merge_group', mergeGroupEvent(f.main, group.sha, group.ref));
    expectCode(r, 1);
    const want = [EU, US].map((dir) => [overlayPath('web', dir), TAG_LINE, notRunning('web', 'v1.3.0')]);
    expect(errors(r).slice(0, 2)).toEqual(want);
    expect(r.outputs.ok).toBe('false');
  });

  it('reads "runs" from merge_group.base_ref, not from a pull request queued ahead in the same queue', async () => {
    const f = await fixture();
    await f.repo.commit('main', overlays({ 'api:dev': 'v2.1.0' }), 'api v2.1.0 in dev');
    const main = await f.repo.tip('main');
    // Queued first: api staging to v2.1.0. Queued behind it: api prod to v2.1.0. The second group's base_sha
    // is the first group's merge commit, which main never held.
    const ahead = await f.repo.commit('ahead', overlays({ 'api:staging': 'v2.1.0' }), 'api staging', { from: 'main' });
    const behind = await f.repo.commit('behind', prodAt('api', 'v2.1.0'), 'api prod to v2.1.0', { from: 'ahead' });
    const first = await f.repo.mergeQueueCommit(main, ahead, 44);
    const second = await f.repo.mergeQueueCommit(first.sha, behind, 45);
    const workspace = await checkout(f, second.sha);
    const r = await run(workspace, 'merge_group', mergeGroupEvent(first.sha, second.sha, second.ref));
    expectCode(r, 1);
    expect(violationsOf(r).map((v) => [v.app, v.env, v.region])).toEqual(bothRegions.map((x) => ['api', 'prod', x]));
    // The same group judged as if its base were the target branch passes: base_ref is what made the difference.
    const event = mergeGroupEvent(first.sha, second.sha, second.ref) as { merge_group: Record<string, unknown> };
    delete event.merge_group.base_ref;
    expectCode(await run(workspace, 'merge_group', event), 0);
  });
});

describe('schedule: the drift report', () => {
  it('reports the matrix and drift as outputs, warnings and summary; fails only with fail-on-drift', async () => {
    const f = await fixture();
    // Someone edits prod by hand: api us-east-1 runs what staging never ran.
    const main = await f.repo.commit('main', overlays({ [`api:${US}`]: 'v3.0.0' }), 'hotfix api in us-east-1 by hand');
    const workspace = await checkout(f, main);
    const r = await run(workspace, 'schedule', scheduleEvent);
    expectCode(r, 0);
    const drift = JSON.parse(r.outputs.drift ?? 'null') as { kind: string; app: string; env: string; region?: string; file?: string; line?: number }[];
    expect(drift.map((d) => [d.kind, d.app, d.env, d.region ?? '', d.file, d.line])).toEqual([
      ['regions-disagree', 'api', 'prod', '', overlayPath('api', EU), TAG_LINE],
      ['never-in-previous', 'api', 'prod', 'us-east-1', overlayPath('api', US), TAG_LINE],
    ]);
    expect(r.outputs.ok).toBe('false');
    expect(r.annotations.filter((a) => a.level === 'warning').map((a) => [a.file, a.line, a.properties.title])).toEqual([
      [overlayPath('api', EU), TAG_LINE, 'drift: regions-disagree'],
      [overlayPath('api', US), TAG_LINE, 'drift: never-in-previous'],
    ]);
    const summary = r.summary.split('\n');
    expect(summary[0]).toBe('### ⚠️ 2 drift findings');
    expect(summary).toContain('| app | dev | staging | prod |');
    expect(summary).toContain('| api | v2.0.0 | v2.0.0 | v1.0.0 (eu-west-1), v3.0.0 (us-east-1) |');
    expect(summary).toContain('| web | v1.2.0 | v1.2.0 | v1.1.0 |');

    const strict = await run(workspace, 'schedule', scheduleEvent, { 'fail-on-drift': 'true' });
    expectCode(strict, 1);
    expect(errors(strict)).toEqual([[undefined, undefined, '2 drift finding(s)']]);
  });

  it('behind-after reports prod behind staging for longer than the threshold', async () => {
    const f = await fixture();
    const r = await run(await checkout(f, f.main), 'schedule', scheduleEvent, { 'behind-after': '1d' });
    expectCode(r, 0);
    // web's v1.2.0 has run in staging for 40h; api's v2.0.0 for 20h only.
    expect(JSON.parse(r.outputs.drift ?? 'null')).toEqual([
      { kind: 'behind', app: 'web', env: 'prod', file: overlayPath('web', EU), line: TAG_LINE, message: 'prod runs v1.1.0; staging has run v1.2.0 for 40h' },
    ]);
    const bad = await run(await checkout(f, f.main), 'schedule', scheduleEvent, { 'behind-after': 'soon' });
    expectCode(bad, 2);
    expect(errors(bad)[0]?.[2]).toBe('error: input "behind-after": duration "soon" is not a duration (at "soon"); expected a duration such as 500ms, 5s, 10m, 1h30m or 7d');
  });

  describe('live drift (drift.live endpoints, input live)', () => {
    let live: Server;
    let port = 0;
    beforeAll(async () => {
      live = createServer((req, res) => {
        const versions: Record<string, string> = { '/web/staging/version': 'v1.2.0', '/web/prod-eu-west-1/version': 'v1.1.0', '/web/prod-us-east-1/version': 'v1.0.0' };
        const v = versions[req.url ?? ''];
        res.writeHead(v ? 200 : 404, { 'content-type': 'application/json' });
        res.end(JSON.stringify(v ? { version: v, commit: 'abc' } : { message: 'no such service' }));
      });
      await new Promise<void>((resolve) => live.listen(0, '127.0.0.1', resolve));
      port = (live.address() as AddressInfo).port;
    });
    afterAll(() => new Promise<void>((resolve) => live.close(() => resolve())));

    it('reports a live service that runs something else than git says, per region', async () => {
      const config = `drift:\n  live:\n    staging:\n      url: "http://127.0.0.1:${port}/{app}/{env}/version"\n    prod:\n      url: "http://127.0.0.1:${port}/{app}/{env}-{region}/version"\n`;
      const f = await fixture({ 'gitops-promote.yaml': config });
      const workspace = await checkout(f, f.main);
      const off = await run(workspace, 'schedule', scheduleEvent);
      expect(JSON.parse(off.outputs.drift ?? 'null')).toEqual([]);
      const r = await run(workspace, 'schedule', scheduleEvent, { live: 'true' });
      expectCode(r, 0);
      const drift = JSON.parse(r.outputs.drift ?? 'null') as { kind: string; app: string; env: string; region?: string; message: string }[];
      const base = `http://127.0.0.1:${port}`;
      expect(drift.map((d) => [d.kind, d.app, d.env, d.region ?? '', d.message])).toEqual([
        ['live-mismatch', 'api', 'staging', '', `could not read the live version: ${base}/api/staging/version answered HTTP 404`],
        ['live-mismatch', 'api', 'prod', 'eu-west-1', `could not read the live version: ${base}/api/prod-eu-west-1/version answered HTTP 404`],
        ['live-mismatch', 'api', 'prod', 'us-east-1', `could not read the live version: ${base}/api/prod-us-east-1/version answered HTTP 404`],
        ['live-mismatch', 'web', 'prod', 'us-east-1', 'git says v1.1.0, the live service reports v1.0.0'],
      ]);
    });
  });

  it('keeps one tracking issue: created, updated in place, closed when the drift is gone (API double)', async () => {
    const api = await startGitHubApiDouble({ owner: OWNER, repo: REPO, expectedToken: TOKEN });
    try {
      api.seedIssue({ title: 'Unrelated bug', labels: ['bug'] });
      const f = await fixture();
      const drifted = await f.repo.commit('main', overlays({ [`api:${EU}`]: 'v3.0.0', [`api:${US}`]: 'v3.0.0' }), 'api by hand');
      const opts = { apiUrl: api.url };
      const first = await run(await checkout(f, drifted), 'schedule', scheduleEvent, { 'tracking-issue': 'true' }, opts);
      expectCode(first, 0);
      const created = api.issues().filter((i) => i.labels.includes('gitops-promote-drift'));
      expect(created).toHaveLength(1);
      const issue = created[0];
      expect(issue).toMatchObject({ title: 'Config drift: environments out of step', state: 'open', labels: ['gitops-promote-drift'] });
      const never = 'which staging never ran (by the content of its files on this branch;';
      expect(issue?.body).toContain(`prod runs ghcr.io/acme/api:v3.0.0, ${never} it runs v2.0.0)`);
      expect(issue?.body).toContain(`Last checked by https://github.com/${OWNER}/${REPO}/actions/runs/9876543210.`);
      expect(first.outputs['issue-url']).toBe(issue?.htmlUrl);
      expect(first.summary).toContain(`Tracking issue created: ${issue?.htmlUrl}`);

      // Next run, more drift: the same issue, updated in place.
      const worse = await f.repo.commit('main', overlays({ [`web:${EU}`]: 'v9.0.0', [`web:${US}`]: 'v9.0.0' }), 'web by hand');
      const second = await run(await checkout(f, worse), 'schedule', scheduleEvent, { 'tracking-issue': 'true' }, { ...opts, runId: '9876543299' });
      expectCode(second, 0);
      expect(api.issues().filter((i) => i.labels.includes('gitops-promote-drift'))).toHaveLength(1);
      const updated = api.issues().find((i) => i.number === issue?.number);
      expect(updated?.state).toBe('open');
      expect(updated?.body).toContain(`prod runs ghcr.io/acme/web:v9.0.0, ${never} it runs v1.2.0)`);
      expect(updated?.body).toContain('actions/runs/9876543299');
      expect(second.summary).toContain(`Tracking issue updated: ${issue?.htmlUrl}`);

      // Drift gone (both put back): closed with a comment; the unrelated issue untouched.
      const fixed = await f.repo.commit('main', overlays({ [`api:${EU}`]: 'v1.0.0', [`api:${US}`]: 'v1.0.0', [`web:${EU}`]: 'v1.1.0', [`web:${US}`]: 'v1.1.0' }), 'put prod back');
      const third = await run(await checkout(f, fixed), 'schedule', scheduleEvent, { 'tracking-issue': 'true' }, opts);
      expectCode(third, 0);
      expect(third.outputs.drift).toBe('[]');
      const closed = api.issues().find((i) => i.number === issue?.number);
      expect(closed).toMatchObject({ state: 'closed', stateReason: 'completed' });
      expect(api.commentsOf(issue?.number ?? 0)).toEqual([`No drift any more (checked by https://github.com/${OWNER}/${REPO}/actions/runs/9876543210): closing.`]);
      expect(api.issues().find((i) => i.title === 'Unrelated bug')?.state).toBe('open');

      // And a fourth run with no drift does nothing.
      const before = api.requests.length;
      const fourth = await run(await checkout(f, fixed), 'schedule', scheduleEvent, { 'tracking-issue': 'true' }, opts);
      expectCode(fourth, 0);
      expect(api.requests.slice(before).map((q) => `${q.method} ${q.operationId}`)).toEqual(['GET issues/list-for-repo', 'GET issues/list-for-repo']);

      expect(api.violations()).toEqual([]);
      expect(api.requests.filter((q) => !q.tokenMatched)).toEqual([]);
    } finally {
      await api.close();
    }
  });
});
