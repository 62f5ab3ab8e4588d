// The rollback action end to end: the built bundle (dist/rollback/index.js) run as the GitHub runner runs a node24
// action, in full checkouts made like actions/checkout (fetch-depth: 0), against a real `git http-backend` that
// demands the token. The promotions it undoes are made by the promote bundle, and the rollback commit it lands is
// checked by the verify-staging-parity bundle, as the three steps run in a workflow.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, type ActionRun, type ActionRunOptions } from './helpers/action-runner.js';
import { checkoutClone, createConfigRepo, overlayPath, overlayText, zeroConfigFiles, type ZeroVersions } from './helpers/config-repo.js';
import { commitToBare, disposeGitHome, gitOk, headOf, makeTempDir, readBlob, refsOf, removeDir, type LogEntry } from './helpers/git-repo.js';
import { startGitServer, type GitServer } from './helpers/git-server.js';
import { changedFiles, commitsSince, trailers } from './helpers/git-history.js';
import { expectCode } from './helpers/action-runner.js';

const TOKEN = `ghs_${randomBytes(18).toString('hex')}`;
const TOKEN_B64 = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
const REPOSITORY = 'octo-org/gitops';
const RUN_ID = '2222';
const RUN_URL = `https://github.com/${REPOSITORY}/actions/runs/${RUN_ID}`;
const FAILED_RUN_URL = `https://github.com/${REPOSITORY}/actions/runs/1111`;
const REASON = 'unhealthy: 3 failed samples, more than failure-limit 2; last: https://eu-west-1.web.acme.example/health: status 500, expected 200';
const PROD = ['prod-eu-west-1', 'prod-us-east-1'] as const;

let root: string;
let server: GitServer;
let n = 0;

beforeAll(async () => {
  root = makeTempDir('gitops-promote-rollback-action-');
  server = await startGitServer({ root, token: TOKEN });
});

afterAll(async () => {
  await server.close();
  removeDir(root);
  disposeGitHome();
});

interface Fixture { name: string; bare: string; dir: string; seed: string }

/** A fresh zero-config repo on the server and a full checkout of it (fetch-depth: 0, as rollback needs). */
async function zero(versions: ZeroVersions = {}): Promise<Fixture> {
  const name = `rb-${++n}`;
  const bare = await createConfigRepo(root, name, zeroConfigFiles(versions));
  const dir = await checkout(name);
  return { name, bare, dir, seed: await headOf(bare, 'main') };
}

/** Another job's checkout of the same repo (its own workspace), full history. */
function checkout(name: string): Promise<string> {
  return checkoutClone(server.url(name), join(root, `${name}-checkout-${++n}`), { token: TOKEN, depth: 0 });
}

// Retries wait nothing here: the test-only back-off unit 0 (src/adapters/test-backoff.ts).
const NO_BACKOFF = { GITOPS_PROMOTE_TEST_BACKOFF_MS: '0' };

function action(name: 'promote' | 'rollback' | 'verify-staging-parity', dir: string, inputs: Record<string, string | undefined>, extra: Partial<ActionRunOptions> = {}): Promise<ActionRun> {
  const env = { ...NO_BACKOFF, ...extra.env };
  return runAction(name, { inputs: { token: TOKEN, ...inputs }, workspace: dir, githubToken: TOKEN, repository: REPOSITORY, ...extra, env });
}

const rollback = (dir: string, inputs: Record<string, string | undefined>, extra: Partial<ActionRunOptions> = {}): Promise<ActionRun> =>
  action('rollback', dir, { app: 'web', env: 'prod', ...inputs }, { actor: 'dana', runId: RUN_ID, ...extra });


const errors = (r: ActionRun): string[] => r.annotations.filter((a) => a.level === 'error').map((a) => a.message);




const blobId = async (bare: string, rev: string, path: string): Promise<string> => (await gitOk(['rev-parse', `${rev}:${path}`], { cwd: bare })).trim();

const isAncestor = async (bare: string, a: string, b: string): Promise<boolean> =>
  (await gitOk(['merge-base', '--is-ancestor', a, b], { cwd: bare }).then(() => true, () => false));

/** Runs `fn`; the remote's refs must not move and no push may be attempted. */
async function remoteUntouched(f: Fixture, fn: () => Promise<ActionRun>): Promise<ActionRun> {
  const before = await refsOf(f.bare);
  const pushes = server.counts['receive-pack'];
  const r = await fn();
  expect(await refsOf(f.bare)).toEqual(before);
  expect(server.counts['receive-pack']).toBe(pushes);
  return r;
}

interface Promoted extends Fixture {
  /** The commit before the prod promotion (the staging promotion). */
  good: string;
  /** The prod promotion commit. */
  promotion: string;
}

/** web v1.1.0: dev → staging → prod with the promote bundle; prod ran v1.0.0 before. */
async function promotedWeb(versions: ZeroVersions = {}): Promise<Promoted> {
  const f = await zero({ ...versions, web: { dev: 'v1.1.0', ...versions.web } });
  const staging = await action('promote', f.dir, { app: 'web', to: 'staging' });
  expectCode(staging, 0);
  const prod = await action('promote', f.dir, { app: 'web', to: 'prod' });
  expectCode(prod, 0);
  expect(prod.outputs).toMatchObject({ version: 'v1.1.0', 'previous-version': 'v1.0.0', changed: 'true' });
  return { ...f, good: staging.outputs['commit-sha'] as string, promotion: prod.outputs['commit-sha'] as string };
}

const pullRequestEvent = (base: string, head: string): Record<string, unknown> => {
  const repository = { name: 'gitops', full_name: REPOSITORY, owner: { login: 'octo-org' }, default_branch: 'main' };
  return {
    action: 'opened', number: 7,
    pull_request: { number: 7, state: 'open', head: { ref: 'gitops-promote/rollback/web/prod', sha: head, repo: repository }, base: { ref: 'main', sha: base, repo: repository } },
    repository, sender: { login: 'dana', id: 583231, type: 'User' },
  };
};

describe('rolling prod back after a bad promotion', () => {
  it('lands one forward commit that restores every region byte for byte, with trailers, outputs and summary', async () => {
    const f = await promotedWeb();
    const refsBefore = await refsOf(f.bare);
    const r = await rollback(f.dir, { reason: REASON, 'failed-run-url': FAILED_RUN_URL });
    expectCode(r, 0);
    expect(errors(r)).toEqual([]);

    // One new commit, a child of the promotion: forward, not a rewrite (the promotion stays an ancestor).
    const fresh = await commitsSince(f.bare, f.promotion);
    expect(fresh).toHaveLength(1);
    const c = fresh[0] as LogEntry;
    expect(c.parents).toEqual([f.promotion]);
    expect(await isAncestor(f.bare, f.promotion, 'main')).toBe(true);
    expect(await isAncestor(f.bare, f.good, 'main')).toBe(true);
    expect(Object.keys(await refsOf(f.bare))).toEqual(Object.keys(refsBefore)); // no branch or tag made on the remote
    expect(r.outputs).toEqual({ version: 'v1.0.0', 'rolled-back-from': 'v1.1.0', 'commit-sha': c.sha, 'pr-url': '', changed: 'true' });

    // Not `git revert`: its own subject, the story in the body, the trailers.
    expect(c.subject).toBe('rollback(web): prod v1.1.0 -> v1.0.0');
    const paragraphs = c.body.split('\n\n');
    expect(paragraphs[0]).toBe(`Roll web in prod back to v1.0.0, undoing ${f.promotion.slice(0, 12)}: ${REASON}`);
    expect(paragraphs[1]).toBe(PROD.map((d) => `- ${overlayPath('web', d)} [${d.slice(5)}]: v1.1.0 -> v1.0.0`).join('\n'));
    expect(trailers(c.body)).toEqual({
      'Rollback-App': 'web', 'Rollback-Env': 'prod', 'Rollback-Of': f.promotion, 'Rolled-Back-Version': 'v1.1.0', 'Restored-Version': 'v1.0.0',
      Reason: REASON, 'Rolled-Back-By': 'dana', 'Workflow-Run': RUN_URL,
    });
    expect((await gitOk(['log', '-1', '--format=%an <%ae>|%cn', c.sha], { cwd: f.bare })).trim()).toBe('dana <583231+dana@users.noreply.github.com>|github-actions[bot]');

    // Exactly the two prod files, each the very blob it was before the promotion; the whole tree is the good one.
    expect(await changedFiles(f.bare, c.sha)).toEqual(PROD.map((d) => overlayPath('web', d)));
    for (const d of PROD) {
      expect(await blobId(f.bare, c.sha, overlayPath('web', d))).toBe(await blobId(f.bare, f.good, overlayPath('web', d)));
      expect(await blobId(f.bare, c.sha, overlayPath('web', d))).not.toBe(await blobId(f.bare, f.promotion, overlayPath('web', d)));
    }
    expect(await readBlob(f.bare, 'main', overlayPath('web', 'prod-us-east-1'))).toBe(overlayText('web', 'prod-us-east-1', 'v1.0.0'));
    expect(await gitOk(['rev-parse', `${c.sha}^{tree}`], { cwd: f.bare })).toBe(await gitOk(['rev-parse', `${f.good}^{tree}`], { cwd: f.bare }));

    // What, why, which promotion, the failed run.
    const s = r.summary;
    expect(s).toContain('### ↩️ Rolled back web in prod: v1.1.0 → v1.0.0\n');
    expect(s).toContain(`**Why:** ${REASON}\n`);
    expect(s).toContain(`Failed run: ${FAILED_RUN_URL}\n`);
    expect(s).toContain(`Undoes [${f.promotion.slice(0, 12)}](https://github.com/${REPOSITORY}/commit/${f.promotion}).`);
    expect(s).toContain('| file | region | from | to |\n| --- | --- | --- | --- |\n'
      + PROD.map((d) => `| ${overlayPath('web', d)} | ${d.slice(5)} | \`v1.1.0\` | \`v1.0.0\` |`).join('\n'));
    expect(s).toContain(`Commit: [${c.sha.slice(0, 12)}](https://github.com/${REPOSITORY}/commit/${c.sha})`);
  });

  it('dry-run: pushes nothing, says what it would do and shows the diff', async () => {
    const f = await promotedWeb();
    const r = await remoteUntouched(f, () => rollback(f.dir, { reason: REASON, 'dry-run': 'true' }));
    expectCode(r, 0);
    expect(r.outputs).toEqual({ version: 'v1.0.0', 'rolled-back-from': 'v1.1.0', 'commit-sha': '', 'pr-url': '', changed: 'false' });
    expect(r.summary).toContain('### ↩️ Would roll back web in prod: v1.1.0 → v1.0.0\n');
    const blocks = [...r.summary.matchAll(/```diff\n([\s\S]*?)\n```/g)].map((m) => (m[1] as string).split('\n').filter((l) => /^[-+] /.test(l)));
    expect(blocks).toEqual(PROD.map((d) => {
      const q = d === 'prod-us-east-1' ? '"' : '';
      const marker = ` # {"$imagepolicy": "flux-system:web-${d}:tag"}`;
      return [`-    newTag: ${q}v1.1.0${q}${marker}`, `+    newTag: ${q}v1.0.0${q}${marker}`];
    }));
  });

  it('region: rolls back only that region; an unknown region is refused', async () => {
    const f = await promotedWeb();
    const bad = await remoteUntouched(f, () => rollback(f.dir, { region: 'ap-south-1' }));
    expectCode(bad, 2);
    expect(errors(bad)).toEqual(['error: app "web" has no target in region "ap-south-1" of prod; expected one of: eu-west-1, us-east-1']);

    const r = await rollback(f.dir, { region: 'eu-west-1', reason: 'eu error budget burnt' });
    expectCode(r, 0);
    const [c, ...more] = await commitsSince(f.bare, f.promotion);
    expect(more).toEqual([]);
    expect(r.outputs).toEqual({ version: 'v1.0.0', 'rolled-back-from': 'v1.1.0', 'commit-sha': c?.sha, 'pr-url': '', changed: 'true' });
    expect(c?.subject).toBe('rollback(web): prod v1.1.0 -> v1.0.0');
    expect(await changedFiles(f.bare, c?.sha as string)).toEqual([overlayPath('web', 'prod-eu-west-1')]);
    expect(await blobId(f.bare, 'main', overlayPath('web', 'prod-eu-west-1'))).toBe(await blobId(f.bare, f.good, overlayPath('web', 'prod-eu-west-1')));
    expect(await readBlob(f.bare, 'main', overlayPath('web', 'prod-us-east-1'))).toBe(overlayText('web', 'prod-us-east-1', 'v1.1.0'));
    expect(r.summary).toContain(`| ${overlayPath('web', 'prod-eu-west-1')} | eu-west-1 | \`v1.1.0\` | \`v1.0.0\` |`);
    expect(r.summary).not.toContain('prod-us-east-1');

    // Then the other region: the same promotion is undone there too.
    const rest = await rollback(f.dir, { region: 'us-east-1', reason: 'us too' });
    expectCode(rest, 0);
    const [c2, ...none] = await commitsSince(f.bare, c?.sha as string);
    expect(none).toEqual([]);
    expect(trailers(c2?.body ?? '')).toMatchObject({ 'Rollback-Of': f.promotion, 'Rolled-Back-Version': 'v1.1.0', 'Restored-Version': 'v1.0.0', Reason: 'us too' });
    expect(await changedFiles(f.bare, c2?.sha as string)).toEqual([overlayPath('web', 'prod-us-east-1')]);
    expect(await gitOk(['rev-parse', 'main^{tree}'], { cwd: f.bare })).toBe(await gitOk(['rev-parse', `${f.good}^{tree}`], { cwd: f.bare }));
  });

  it('to: a version prod ran before lands; one it never ran is refused (exit 2, nothing written) unless forced with a reason', async () => {
    const f = await promotedWeb();
    // prod moves on to v1.2.0: it has run v1.0.0, v1.1.0 and v1.2.0.
    expectCode(await action('promote', f.dir, { app: 'web', to: 'dev', version: 'v1.2.0' }), 0);
    expectCode(await action('promote', f.dir, { app: 'web', to: 'staging' }), 0);
    const v12 = await action('promote', f.dir, { app: 'web', to: 'prod' });
    expectCode(v12, 0);
    const tip = v12.outputs['commit-sha'] as string;

    const never = await remoteUntouched(f, () => rollback(f.dir, { to: 'v0.9.0', reason: 'r' }));
    expectCode(never, 2);
    expect(errors(never)).toHaveLength(1);
    expect(errors(never)[0]).toMatch(/^error: prod never ran web v0\.9\.0 \(found in its history: [^)]*\); expected one of those, or force with a reason$/);
    for (const v of ['v1.0.0', 'v1.1.0', 'v1.2.0']) expect(errors(never)[0]).toContain(v);
    expect(never.outputs).toEqual({});
    const forceTrue = await remoteUntouched(f, () => rollback(f.dir, { to: 'v0.9.0', force: 'true' }));
    expectCode(forceTrue, 2);
    expect(errors(forceTrue)).toEqual([expect.stringMatching(/^error: input "force" is "true"; expected the reason itself/)]);
    const latest = await remoteUntouched(f, () => rollback(f.dir, { to: 'latest', force: 'anything' }));
    expectCode(latest, 1);
    expect(latest.summary).toContain('### ⛔ Rollback refused');
    expect(latest.outputs).toMatchObject({ changed: 'false', 'commit-sha': '' });

    const back = await rollback(f.dir, { to: 'v1.0.0', reason: 'v1.1.0 leaks memory too' });
    expectCode(back, 0);
    const [c] = await commitsSince(f.bare, tip);
    expect(back.outputs).toEqual({ version: 'v1.0.0', 'rolled-back-from': 'v1.2.0', 'commit-sha': c?.sha, 'pr-url': '', changed: 'true' });
    expect(c?.subject).toBe('rollback(web): prod v1.2.0 -> v1.0.0');
    expect(trailers(c?.body ?? '')).toMatchObject({ 'Rollback-Of': tip, 'Rolled-Back-Version': 'v1.2.0', 'Restored-Version': 'v1.0.0', Reason: 'v1.1.0 leaks memory too' });
    expect(trailers(c?.body ?? '')).not.toHaveProperty('Rollback-Forced');
    for (const d of PROD) expect(await readBlob(f.bare, 'main', overlayPath('web', d))).toBe(overlayText('web', d, 'v1.0.0'));

    const forced = await rollback(f.dir, { to: 'v0.9.0', force: 'known good build from the 2025 release', reason: 'INC-77' });
    expectCode(forced, 0);
    const [fc, ...more] = await commitsSince(f.bare, c?.sha as string);
    expect(more).toEqual([]);
    expect(forced.outputs).toMatchObject({ version: 'v0.9.0', 'rolled-back-from': 'v1.0.0', 'commit-sha': fc?.sha, changed: 'true' });
    expect(fc?.subject).toBe('rollback(web): prod v1.0.0 -> v0.9.0');
    expect(trailers(fc?.body ?? '')).toMatchObject({ 'Restored-Version': 'v0.9.0', Reason: 'INC-77', 'Rollback-Forced': 'known good build from the 2025 release' });
    for (const d of PROD) expect(await readBlob(f.bare, 'main', overlayPath('web', d))).toBe(overlayText('web', d, 'v0.9.0'));
  });

  it('to-commit: restores the values the targets had at that commit; a malformed sha is bad input', async () => {
    const f = await promotedWeb();
    const bad = await remoteUntouched(f, () => rollback(f.dir, { 'to-commit': 'HEAD~1' }));
    expectCode(bad, 2);
    expect(errors(bad)).toEqual(['error: input "to-commit" is "HEAD~1"; expected a commit sha (7 to 40 hex digits)']);
    const both = await remoteUntouched(f, () => rollback(f.dir, { 'to-commit': f.seed, to: 'v1.0.0' }));
    expectCode(both, 2);
    expect(errors(both)).toEqual(['error: input "to" and input "to-commit" are both given; expected at most one']);

    const r = await rollback(f.dir, { 'to-commit': f.seed.slice(0, 12), reason: 'back to the seed' });
    expectCode(r, 0);
    const [c, ...more] = await commitsSince(f.bare, f.promotion);
    expect(more).toEqual([]);
    expect(r.outputs).toEqual({ version: 'v1.0.0', 'rolled-back-from': 'v1.1.0', 'commit-sha': c?.sha, 'pr-url': '', changed: 'true' });
    expect(c?.subject).toBe('rollback(web): prod v1.1.0 -> v1.0.0');
    expect(await changedFiles(f.bare, c?.sha as string)).toEqual(PROD.map((d) => overlayPath('web', d)));
    for (const d of PROD) expect(await blobId(f.bare, 'main', overlayPath('web', d))).toBe(await blobId(f.bare, f.seed, overlayPath('web', d)));
  });

  it('refuses a second default rollback (it would redeploy the bad version), naming the earlier rollback', async () => {
    const f = await promotedWeb();
    const first = await rollback(f.dir, { reason: REASON });
    expectCode(first, 0);
    const rb = first.outputs['commit-sha'] as string;
    const again = await remoteUntouched(f, () => rollback(f.dir, { reason: 'again' }));
    expectCode(again, 2);
    expect(errors(again)).toHaveLength(1);
    expect(errors(again)[0]).toMatch(new RegExp(`^error: web in prod was already rolled back to v1\\.0\\.0 by ${rb.slice(0, 12)} \\(undoing ${f.promotion.slice(0, 12)}\\); expected .*to`));
    expect(errors(again)[0]).not.toContain('\n');
    expect(await headOf(f.bare, 'main')).toBe(rb);
  });

  describe('bad input: exit 2, one error line, nothing written', () => {
    let f: Promoted;
    beforeAll(async () => {
      f = await promotedWeb();
    });

    it.each([
      ['an unknown app', { app: 'nope' }, /^error: unknown app "nope"; expected one of the 3 apps, closest first: api, web, worker$/],
      ['an unknown env', { env: 'qa' }, /^error: unknown environment "qa"; expected one of the 3 environments, closest first: dev, prod, staging$/],
      ['a path as app', { app: '../web' }, /^error: app "\.\.\/web" is not allowed; expected letters, digits/],
      ['an unknown mode', { mode: 'revert' }, /^error: input "mode" is "revert"; expected one of push, pull-request$/],
      ['a branch that does not exist', { branch: 'nope' }, /^error: branch "nope" does not exist on the remote/],
    ])('%s', async (_what, inputs, message) => {
      const r = await remoteUntouched(f, () => rollback(f.dir, inputs));
      expectCode(r, 2);
      expect(errors(r)).toHaveLength(1);
      expect(errors(r)[0]).toMatch(message);
      expect(errors(r)[0]).not.toContain('\n');
      expect(r.outputs).toEqual({});
      expect(r.stderr).toBe('');
    });
  });

  it('never shows the token: not in the log, outputs, summary, .git/config or a URL; every request authorized', async () => {
    const f = await promotedWeb();
    const from = server.requests.length;
    const runs = [
      await rollback(f.dir, { reason: 'leaky', 'failed-run-url': FAILED_RUN_URL }), // lands
      await rollback(f.dir, { reason: 'again' }), // refused: already rolled back
      await rollback(f.dir, { to: 'v1.1.0', branch: 'nope' }), // the branch is not there
    ];
    expect(runs.map((r) => r.code)).toEqual([0, 2, 2]);
    for (const [i, r] of runs.entries()) {
      expect(r.masks).toEqual(expect.arrayContaining([TOKEN, TOKEN_B64]));
      for (const [where, text] of [['log', r.log], ['stderr', r.stderr], ['GITHUB_OUTPUT', r.outputFile], ['summary', r.summary]] as const) {
        for (const secret of [TOKEN, TOKEN_B64]) if (text.includes(secret)) throw new Error(`run ${i} ${where} contains the token`);
      }
    }
    const config = readFileSync(join(f.dir, '.git', 'config'), 'utf8');
    expect(config.includes(TOKEN) || config.includes(TOKEN_B64)).toBe(false);
    const seen = server.requests.slice(from);
    expect(seen.some((q) => q.service === 'receive-pack' && q.phase === 'rpc')).toBe(true);
    expect(seen.filter((q) => q.tokenInUrl || !q.authorized || q.authScheme !== 'basic')).toEqual([]);
  });
});

describe('racing other writers', () => {
  it('a rollback and a promotion of another app started at once both land, once each, in a linear history', async () => {
    const f = await promotedWeb({ api: { dev: 'v2.0.0' } });
    const [rbDir, apiDir] = await Promise.all([checkout(f.name), checkout(f.name)]);
    const [rb, api] = await Promise.all([
      rollback(rbDir, { reason: REASON }),
      action('promote', apiDir, { app: 'api', to: 'staging' }, { runId: '3333' }),
    ]);
    expectCode(rb, 0);
    expectCode(api, 0);
    const fresh = await commitsSince(f.bare, f.promotion);
    expect(fresh).toHaveLength(2);
    fresh.forEach((c, i) => expect(c.parents).toEqual([i === 0 ? f.promotion : (fresh[i - 1] as LogEntry).sha]));
    expect(fresh.map((c) => c.sha).sort()).toEqual([rb.outputs['commit-sha'], api.outputs['commit-sha']].sort());
    const rbCommit = fresh.find((c) => c.sha === rb.outputs['commit-sha']) as LogEntry;
    const apiCommit = fresh.find((c) => c.sha === api.outputs['commit-sha']) as LogEntry;
    expect(rbCommit.subject).toBe('rollback(web): prod v1.1.0 -> v1.0.0');
    expect(trailers(rbCommit.body)['Rollback-Of']).toBe(f.promotion);
    expect(apiCommit.subject).toBe('promote(api): staging v1.0.0 -> v2.0.0');
    expect(await changedFiles(f.bare, rbCommit.sha)).toEqual(PROD.map((d) => overlayPath('web', d)));
    expect(await changedFiles(f.bare, apiCommit.sha)).toEqual([overlayPath('api', 'staging')]);
    for (const d of PROD) expect(await blobId(f.bare, 'main', overlayPath('web', d))).toBe(await blobId(f.bare, f.good, overlayPath('web', d)));
    expect(await readBlob(f.bare, 'main', overlayPath('api', 'staging'))).toBe(overlayText('api', 'staging', 'v2.0.0'));
  });

  it('another app\'s promotion that lands just before the rollback\'s push: the rollback re-applies on top, keeping it', async () => {
    const f = await promotedWeb();
    const raced: string[] = [];
    server.beforeReceivePack(async (_name, bare) => {
      raced.push(await commitToBare(bare, 'main', Object.fromEntries(PROD.map((d) => [overlayPath('api', d), overlayText('api', d, 'v3.1.0')])), [
        'promote(api): prod v1.0.0 -> v3.1.0', '',
        'Promoted-App: api', 'Promoted-Env: prod', 'Promoted-Version: v3.1.0', 'Previous-Version: v1.0.0', 'Promoted-By: erin', '',
      ].join('\n')));
    });
    const from = server.requests.length;
    const r = await rollback(f.dir, { reason: REASON });
    expectCode(r, 0);
    expect(raced).toHaveLength(1);
    // Two pushes began (ref advertisements); the first saw main moved and was not sent, the second landed.
    const pushes = server.requests.slice(from).filter((q) => q.service === 'receive-pack');
    expect(pushes.map((q) => q.phase)).toEqual(['advertisement', 'advertisement', 'rpc']);
    const fresh = await commitsSince(f.bare, f.promotion);
    expect(fresh.map((c) => c.sha)).toEqual([raced[0], r.outputs['commit-sha']]);
    expect(fresh[1]?.parents).toEqual([raced[0]]);
    expect(fresh[1]?.subject).toBe('rollback(web): prod v1.1.0 -> v1.0.0');
    expect(trailers(fresh[1]?.body ?? '')['Rollback-Of']).toBe(f.promotion);
    expect(await changedFiles(f.bare, r.outputs['commit-sha'] as string)).toEqual(PROD.map((d) => overlayPath('web', d)));
    for (const d of PROD) {
      expect(await blobId(f.bare, 'main', overlayPath('web', d))).toBe(await blobId(f.bare, f.good, overlayPath('web', d)));
      expect(await readBlob(f.bare, 'main', overlayPath('api', d))).toBe(overlayText('api', d, 'v3.1.0'));
    }
  });
});

describe('verify-staging-parity on the rollback', () => {
  it('passes a pull request whose base..head is exactly the rollback commit, with verdict rollback', async () => {
    const f = await promotedWeb();
    const rb = await rollback(f.dir, { reason: REASON });
    expectCode(rb, 0);
    const head = rb.outputs['commit-sha'] as string;
    const dir = await checkout(f.name);
    await gitOk(['checkout', '--quiet', '--detach', head], { cwd: dir });
    const r = await action('verify-staging-parity', dir, {}, {
      eventName: 'pull_request', event: pullRequestEvent(f.promotion, head), refName: '7/merge',
      env: { GITHUB_REF: 'refs/pull/7/merge', GITHUB_HEAD_REF: 'gitops-promote/rollback/web/prod', GITHUB_BASE_REF: 'main' },
    });
    expectCode(r, 0);
    expect(r.outputs).toMatchObject({ ok: 'true', violations: '[]' });
    expect(errors(r)).toEqual([]);
    expect(r.summary).toContain(`Compared ${f.promotion.slice(0, 12)}..${head.slice(0, 12)}.`);
    // Accepted because prod's files held v1.0.0 before (content history), not because of the Rollback-Of trailer.
    const rows = r.summary.split('\n').filter((l) => l.startsWith('| web | prod'));
    expect(rows).toHaveLength(2);
    for (const [i, d] of PROD.entries()) {
      expect(rows[i]).toMatch(new RegExp(`^\\| web \\| prod \\(${d.slice(5)}\\) \\| \`[^\`]*:v1\\.1\\.0\` → \`[^\`]*:v1\\.0\\.0\` \\|`));
      expect(rows[i]).toMatch(/\| ↩️ rollback \| prod ran \S+:v1\.0\.0 before \(/);
    }
  });
});
