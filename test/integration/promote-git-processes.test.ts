// The git processes one promotion starts (issue 13), counted from git's trace2 event stream: a promotion whose
// first push lands fetches the branch once (the tip read for the config is the tip the first attempt plans on),
// asks git for the top directory once, and deletes its private refs by name (no for-each-ref); one that loses a
// race still fetches again before re-planning. The CLI and both actions share this path.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { expectCode, runAction, runCliBundle, type ActionRunOptions } from './helpers/action-runner.js';
import { checkoutClone, createConfigRepo, overlayPath, overlayText, zeroConfigFiles } from './helpers/config-repo.js';
import { commitsSince } from './helpers/git-history.js';
import { commitToBare, disposeGitHome, gitOk, headOf, makeTempDir, refsOf, removeDir } from './helpers/git-repo.js';
import { startGitServer, type GitServer } from './helpers/git-server.js';
import { gitTrace, type GitTrace } from './helpers/git-trace.js';

const TOKEN = `ghs_${randomBytes(18).toString('hex')}`;
// Retries wait nothing here: the test-only back-off unit 0 (src/adapters/test-backoff.ts).
const NO_BACKOFF = { GITOPS_PROMOTE_TEST_BACKOFF_MS: '0' };

let root: string;
let server: GitServer;
let n = 0;

beforeAll(async () => {
  root = makeTempDir('gitops-promote-git-processes-');
  server = await startGitServer({ root, token: TOKEN });
});

afterAll(async () => {
  await server.close();
  removeDir(root);
  disposeGitHome();
});

interface Fixture { name: string; bare: string; dir: string; seed: string }

/** A zero-config repo (web built v1.1.0 in dev) and a full checkout of it made like actions/checkout. */
async function fixture(): Promise<Fixture> {
  const name = `gp-${++n}`;
  const bare = await createConfigRepo(root, name, zeroConfigFiles({ web: { dev: 'v1.1.0' } }));
  const dir = await checkoutClone(server.url(name), join(root, `${name}-checkout`), { token: TOKEN, depth: 0 });
  await gitOk(['config', 'user.name', 'Dana Developer'], { cwd: dir });
  await gitOk(['config', 'user.email', 'dana@acme.example'], { cwd: dir });
  return { name, bare, dir, seed: await headOf(bare, 'main') };
}

type Inputs = Record<string, string>;

function action(name: 'promote' | 'rollback', f: Fixture, inputs: Inputs, o: Partial<ActionRunOptions> = {}) {
  return runAction(name, { inputs: { token: TOKEN, ...inputs }, workspace: f.dir, githubToken: TOKEN, ...o });
}

const privateRefs = async (dir: string): Promise<string[]> =>
  Object.keys(await refsOf(dir)).filter((r) => r.startsWith('refs/gitops-promote/'));

/** What every promotion that landed at its first push shares: one fetch, one top directory, refs deleted by name. */
async function expectLean(trace: GitTrace, f: Fixture): Promise<void> {
  const shown = trace.topLevel().map((argv) => argv.slice(1).join(' ')).join('\n');
  expect({ fetch: trace.count('fetch'), shown }).toEqual({ fetch: 1, shown });
  const toplevel = trace.topLevel().filter((argv) => argv[1] === 'rev-parse' && argv[2] === '--show-toplevel');
  expect(toplevel).toHaveLength(1);
  expect(trace.count('for-each-ref')).toBe(0);
  expect(trace.count('push')).toBe(1);
  expect(await privateRefs(f.dir)).toEqual([]);
}

describe('git processes of one promotion', () => {
  it('CLI promote that lands at its first push: exactly one fetch', async () => {
    const f = await fixture();
    const trace = gitTrace(root);
    const r = await runCliBundle(['promote', '--app', 'web', '--to', 'staging'], f.dir, {
      GITOPS_PROMOTE_TOKEN: TOKEN, ...NO_BACKOFF, ...trace.env,
    });
    expectCode(r, 0);
    const subjects = (await commitsSince(f.bare, f.seed)).map((c) => c.subject);
    expect(subjects).toEqual(['promote(web): staging v1.0.0 -> v1.1.0']);
    await expectLean(trace, f);
  });

  it('promote action that lands at its first push: exactly one fetch', async () => {
    const f = await fixture();
    const trace = gitTrace(root);
    const r = await action('promote', f, { app: 'web', to: 'staging' }, { env: { ...NO_BACKOFF, ...trace.env } });
    expectCode(r, 0);
    expect((await commitsSince(f.bare, f.seed)).map((c) => c.sha)).toEqual([r.outputs['commit-sha']]);
    await expectLean(trace, f);
  });

  it('rollback action that lands at its first push: exactly one fetch', async () => {
    const f = await fixture();
    expectCode(await action('promote', f, { app: 'web', to: 'staging' }, { env: NO_BACKOFF }), 0);
    const trace = gitTrace(root);
    const r = await action('rollback', f, { app: 'web', env: 'staging', reason: 'bad' }, {
      env: { ...NO_BACKOFF, ...trace.env },
    });
    expectCode(r, 0);
    expect(r.outputs).toMatchObject({ version: 'v1.0.0', 'rolled-back-from': 'v1.1.0', changed: 'true' });
    await expectLean(trace, f);
  });

  it('a promotion that loses one race fetches again before its second push, and lands on the new tip', async () => {
    const f = await fixture();
    let raced = '';
    const other = { [overlayPath('api', 'dev')]: overlayText('api', 'dev', 'v3.0.0') };
    server.beforeReceivePack(async (_name, bare) => {
      raced = await commitToBare(bare, 'main', other, 'promote(api): dev v1.0.0 -> v3.0.0');
    }, { times: 1 });
    const trace = gitTrace(root);
    const r = await action('promote', f, { app: 'web', to: 'staging' }, { env: { ...NO_BACKOFF, ...trace.env } });
    expectCode(r, 0);
    const fresh = await commitsSince(f.bare, f.seed);
    expect(fresh.map((c) => c.sha)).toEqual([raced, r.outputs['commit-sha']]);
    expect(fresh[1]?.parents).toEqual([raced]);
    expect([trace.count('fetch'), trace.count('push')]).toEqual([2, 2]);
    expect(await privateRefs(f.dir)).toEqual([]);
  });
});
