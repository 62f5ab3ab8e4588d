// The gitops-promote CLI (dist/cli/index.js under Node 24) in a developer's clone: promote over HTTP with the
// token from GITOPS_PROMOTE_TOKEN or over file://, status and history; exit codes 0 (done), 1 (refused or
// failed), 2 (bad input).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCliBundle, type CliRun } from './helpers/action-runner.js';
import { createConfigRepo, overlayPath, overlayText, zeroConfigFiles, type ZeroVersions } from './helpers/config-repo.js';
import { cloneRepo, disposeGitHome, gitOk, headOf, logOf, makeTempDir, readBlob, refsOf, removeDir } from './helpers/git-repo.js';
import { startGitServer, type GitServer } from './helpers/git-server.js';

const TOKEN = `ghp_${randomBytes(18).toString('hex')}`;
const DEV = { name: 'Dana Developer', email: 'dana@acme.example' };

let root: string;
let server: GitServer;
let n = 0;

beforeAll(async () => {
  root = makeTempDir('gitops-promote-cli-');
  server = await startGitServer({ root, token: TOKEN });
});

afterAll(async () => {
  await server.close();
  removeDir(root);
  disposeGitHome();
});

interface Clone { bare: string; dir: string; seed: string }

/** A config repo and a developer's clone of it (over HTTP, or file:// when `local`), with user.name/email set. */
async function clone(versions: ZeroVersions, o: { local?: boolean } = {}): Promise<Clone> {
  const name = `cli-${++n}`;
  const bare = await createConfigRepo(root, name, zeroConfigFiles(versions));
  const url = o.local ? pathToFileURL(bare).href : server.url(name);
  const dir = await cloneRepo(url, join(root, `${name}-clone`), o.local ? {} : server.authEnv());
  await gitOk(['config', 'user.name', DEV.name], { cwd: dir });
  await gitOk(['config', 'user.email', DEV.email], { cwd: dir });
  return { bare, dir, seed: await headOf(bare, 'main') };
}

function cli(c: Clone, args: string[], env: Record<string, string | undefined> = { GITOPS_PROMOTE_TOKEN: TOKEN }): Promise<CliRun> {
  return runCliBundle(args, c.dir, env);
}

function expectExit(r: CliRun, code: number): void {
  if (r.code !== code) throw new Error(`expected exit ${code}, got ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`);
}

async function remoteUntouched(c: Clone, fn: () => Promise<CliRun>): Promise<CliRun> {
  const before = await refsOf(c.bare);
  const pushes = server.counts['receive-pack'];
  const r = await fn();
  expect(await refsOf(c.bare)).toEqual(before);
  expect(server.counts['receive-pack']).toBe(pushes);
  return r;
}

describe('promote', () => {
  it('over HTTP with GITOPS_PROMOTE_TOKEN: one commit by the git user, the summary on stdout, the token nowhere', async () => {
    const c = await clone({ web: { dev: 'v1.1.0' } });
    const from = server.requests.length;
    const r = await cli(c, ['promote', '--app', 'web', '--to', 'staging']);
    expectExit(r, 0);
    const [commit] = await logOf(c.bare, 'main');
    expect(commit?.parents).toEqual([c.seed]);
    expect(commit?.subject).toBe('promote(web): staging v1.0.0 -> v1.1.0');
    expect(commit?.body).toMatch(/\n\nPromoted-App: web\nPromoted-Env: staging\nPromoted-Version: v1\.1\.0\nPrevious-Version: v1\.0\.0\nPromoted-From: dev\nPromoted-By: Dana Developer$/);
    expect((await gitOk(['log', '-1', '--format=%an <%ae>', 'main'], { cwd: c.bare })).trim()).toBe(`${DEV.name} <${DEV.email}>`);
    expect(await readBlob(c.bare, 'main', overlayPath('web', 'staging'))).toBe(overlayText('web', 'staging', 'v1.1.0'));
    expect(r.stdout).toContain('### ✅ Promoted web to staging: v1.0.0 → v1.1.0');
    expect(r.stdout).toContain(`Commit: \`${commit?.sha.slice(0, 12)}\` (after 1 attempt)`);
    // The working copy is left as it was: the promotion is on the remote.
    expect(await headOf(c.dir, 'HEAD')).toBe(c.seed);
    expect(await gitOk(['--no-optional-locks', 'status', '--porcelain'], { cwd: c.dir })).toBe('');

    const seen = server.requests.slice(from);
    expect(seen.some((q) => q.service === 'receive-pack' && q.phase === 'rpc')).toBe(true);
    expect(seen.filter((q) => !q.authorized || q.tokenInUrl)).toEqual([]);
    const b64 = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
    for (const text of [r.stdout, r.stderr, await gitOk(['config', '--list', '--local'], { cwd: c.dir })]) {
      expect(text.includes(TOKEN) || text.includes(b64)).toBe(false);
    }
  });

  it('--json prints one JSON object with status, outputs, files and violations', async () => {
    const c = await clone({ web: { dev: 'v1.1.0', staging: 'v1.1.0' } });
    const r = await cli(c, ['promote', '--app', 'web', '--to', 'prod', '--json']);
    expectExit(r, 0);
    expect(r.out).toHaveLength(1);
    const sha = await headOf(c.bare, 'main');
    expect(JSON.parse(r.stdout)).toMatchObject({
      status: 'pushed', version: 'v1.1.0', 'previous-version': 'v1.0.0', changed: 'true', 'commit-sha': sha, 'pr-url': '',
      files: ['eu-west-1', 'us-east-1'].map((region) => ({
        app: 'web', env: 'prod', file: overlayPath('web', `prod-${region}`), region, line: 15, old: 'v1.0.0', new: 'v1.1.0', changed: true,
      })),
      violations: [],
    });
  });

  it('--dry-run prints the diff and pushes nothing', async () => {
    const c = await clone({ api: { dev: 'v2.0.0' } });
    const r = await remoteUntouched(c, () => cli(c, ['promote', '--app', 'api', '--to', 'staging', '--dry-run']));
    expectExit(r, 0);
    expect(r.stdout).toContain('### 🔍 Would promote api to staging: v1.0.0 → v2.0.0');
    expect(r.stdout).toContain([
      '```diff',
      `--- a/${overlayPath('api', 'staging')}`,
      `+++ b/${overlayPath('api', 'staging')}`,
    ].join('\n'));
    expect(r.out.filter((l) => /^[-+] /.test(l))).toEqual([
      '-    newTag: v1.0.0 # {"$imagepolicy": "flux-system:api-staging:tag"}',
      '+    newTag: v2.0.0 # {"$imagepolicy": "flux-system:api-staging:tag"}',
    ]);
  });

  it('exit 1 when refused by policy: the reason on stderr with file:line, nothing pushed', async () => {
    const c = await clone({ web: { dev: 'v1.1.0' } });
    const r = await remoteUntouched(c, () => cli(c, ['promote', '--app', 'web', '--to', 'prod', '--version', 'v1.1.0']));
    expectExit(r, 1);
    expect(r.err).toContain(`error: ${overlayPath('web', 'staging')}:15: web: gate: v1.1.0 is not running in staging: ${overlayPath('web', 'staging')} runs v1.0.0; expected staging to run it first, or skip-gate with a reason`);
    expect(r.stdout).toContain('### ⛔ Promotion refused by policy');

    const json = await remoteUntouched(c, () => cli(c, ['promote', '--app', 'web', '--to', 'prod', '--version', 'v1.1.0', '--json']));
    expectExit(json, 1);
    const out = JSON.parse(json.stdout) as { status: string; changed: string; violations: { app: string; rule: string; file: string; line: number }[] };
    expect(out).toMatchObject({ status: 'refused', changed: 'false' });
    expect(out.violations).toEqual([expect.objectContaining({ app: 'web', rule: 'gate', file: overlayPath('web', 'staging'), line: 15 })]);

    // --skip-gate with a reason lands, and is recorded.
    const skipped = await cli(c, ['promote', '--app', 'web', '--to', 'prod', '--version', 'v1.1.0', '--skip-gate', 'INC-7 hotfix']);
    expectExit(skipped, 0);
    expect((await logOf(c.bare, 'main'))[0]?.body).toContain('\nGate-Skipped: INC-7 hotfix');
  });

  it.each([
    ['an unknown env', ['promote', '--app', 'web', '--to', 'qa'], /^error: unknown environment "qa"; expected one of the 3 environments, closest first: dev, prod, staging$/],
    ['an unknown app', ['promote', '--app', 'nope', '--to', 'staging'], /^error: unknown app "nope"; /],
    ['no --to', ['promote', '--app', 'web'], /^error: promote needs --to ENV; usage: gitops-promote promote /],
    ['an unknown flag', ['promote', '--app', 'web', '--to', 'staging', '--force'], /^error: Unknown option '--force'.*; usage: gitops-promote promote /],
    ['--max-attempts 0', ['promote', '--app', 'web', '--to', 'staging', '--max-attempts', '0'], /^error: --max-attempts is "0"; expected a whole number from 1 to 100$/],
    ['--mode merge', ['promote', '--app', 'web', '--to', 'staging', '--mode', 'merge'], /^error: --mode is "merge"; expected one of push, pull-request$/],
    ['an empty --skip-gate', ['promote', '--app', 'web', '--to', 'prod', '--skip-gate', ' '], /^error: --skip-gate is " "; expected the reason itself \(it is recorded in the commit\), e\.g\. --skip-gate "/],
    ['a bad --branch', ['promote', '--app', 'web', '--to', 'staging', '--branch', 'a..b'], /^error: branch "a\.\.b" is not a valid branch name/],
    ['a --config that is not there', ['promote', '--app', 'web', '--to', 'staging', '--config', 'nope.yaml'], /^error: config "nope\.yaml" is not in the repository/],
    ['an unknown verb', ['deploy'], /^error: unknown verb "deploy"; expected one of: edit, promote, history, (.+, )?status, schema$/],
  ])('exit 2 for %s, one error line, nothing pushed', async (_what, args, message) => {
    const c = await badInputClone();
    const r = await remoteUntouched(c, () => cli(c, args));
    expectExit(r, 2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
  });

  it('exit 2 without a token for an HTTP remote, and without a git identity', async () => {
    const c = await badInputClone();
    const noToken = await remoteUntouched(c, () => cli(c, ['promote', '--app', 'web', '--to', 'staging'], {}));
    expectExit(noToken, 2);
    expect(noToken.err.pop()).toMatch(/^error: cannot fetch main from origin: .*; expected a token with contents access$/);

    const anon = await clone({ web: { dev: 'v1.1.0' } });
    await gitOk(['config', '--unset', 'user.name'], { cwd: anon.dir });
    await gitOk(['config', '--unset', 'user.email'], { cwd: anon.dir });
    await gitOk(['config', 'user.useConfigOnly', 'true'], { cwd: anon.dir });
    const r = await remoteUntouched(anon, () => cli(anon, ['promote', '--app', 'web', '--to', 'staging']));
    expectExit(r, 2);
    expect(r.err.pop()).toBe('error: git has no identity to commit with; expected git config user.name and user.email (or GIT_AUTHOR_NAME/GIT_AUTHOR_EMAIL)');
  });

  it('works in a clone of a file:// remote (no token needed)', async () => {
    const c = await clone({ worker: { dev: 'v3.0.0' } }, { local: true });
    const r = await cli(c, ['promote', '--app', 'worker', '--to', 'staging', '--json'], {});
    expectExit(r, 0);
    const sha = await headOf(c.bare, 'main');
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'pushed', changed: 'true', 'commit-sha': sha });
    expect(await readBlob(c.bare, 'main', overlayPath('worker', 'staging'))).toBe(overlayText('worker', 'staging', 'v3.0.0'));
  });
});

let shared: Clone | undefined;
/** One clone for the bad-input cases: they must not change it. */
async function badInputClone(): Promise<Clone> {
  shared ??= await clone({ web: { dev: 'v1.1.0' } });
  return shared;
}

describe('status and history', () => {
  const VERSIONS: ZeroVersions = {
    api: { dev: 'v2.0.0', staging: 'v2.0.0', 'prod-eu-west-1': 'v2.0.0', 'prod-us-east-1': 'v2.0.0' },
    web: { dev: 'v1.2.0', staging: 'v1.1.0', 'prod-eu-west-1': 'v1.1.0' },
  };

  it('status prints the app × env matrix as a table, markdown or JSON', async () => {
    const c = await clone(VERSIONS, { local: true });
    const table = await cli(c, ['status'], {});
    expectExit(table, 0);
    expect(table.stdout).toBe([
      'app     dev     staging  prod',
      '------  ------  -------  --------------------------------------',
      'api     v2.0.0  v2.0.0   v2.0.0',
      'web     v1.2.0  v1.1.0   v1.1.0 (eu-west-1), v1.0.0 (us-east-1)',
      'worker  v1.0.0  v1.0.0   v1.0.0',
      '',
    ].join('\n'));

    const md = await cli(c, ['status', '--format', 'markdown'], {});
    expectExit(md, 0);
    expect(md.out).toEqual([
      '| app | dev | staging | prod |',
      '| --- | --- | --- | --- |',
      '| api | v2.0.0 | v2.0.0 | v2.0.0 |',
      '| web | v1.2.0 | v1.1.0 | v1.1.0 (eu-west-1), v1.0.0 (us-east-1) |',
      '| worker | v1.0.0 | v1.0.0 | v1.0.0 |',
    ]);

    const json = await cli(c, ['status', '--format', 'json'], {});
    expectExit(json, 0);
    const m = JSON.parse(json.stdout) as { envs: string[]; apps: { app: string; envs: Record<string, { file: string; region: string | null; version: string | null }[]> }[] };
    expect(m.envs).toEqual(['dev', 'staging', 'prod']);
    expect(m.apps.map((a) => a.app)).toEqual(['api', 'web', 'worker']);
    expect(m.apps[1]?.envs).toEqual({
      dev: [{ file: overlayPath('web', 'dev'), region: null, version: 'v1.2.0' }],
      staging: [{ file: overlayPath('web', 'staging'), region: null, version: 'v1.1.0' }],
      prod: [
        { file: overlayPath('web', 'prod-eu-west-1'), region: 'eu-west-1', version: 'v1.1.0' },
        { file: overlayPath('web', 'prod-us-east-1'), region: 'us-east-1', version: 'v1.0.0' },
      ],
    });

    const bad = await cli(c, ['status', '--format', 'yaml'], {});
    expectExit(bad, 2);
    expect(bad.err).toEqual(['error: --format is "yaml"; expected one of table, json, markdown']);
  });

  it('history and status read origin/main after a fetch, not the stale checkout; --no-fetch says how far behind', async () => {
    const c = await clone(VERSIONS);
    for (const args of [['--app', 'web', '--to', 'staging'], ['--app', 'web', '--to', 'prod'], ['--app', 'api', '--to', 'prod', '--version', 'v2.1.0', '--skip-gate', 'CVE-2026-0001']]) {
      expectExit(await cli(c, ['promote', ...args]), 0);
    }
    const shas = (await logOf(c.bare, 'main')).slice(0, 3).map((e) => e.sha);
    // The checkout is not pulled: HEAD still has none of the three promotions.

    const table = await cli(c, ['history'], {});
    expectExit(table, 0);
    expect(table.out[0]).toMatch(/^when\s+app\s+env\s+version\s+how\s+by\s+commit$/);
    expect(table.out.slice(1).map((l) => l.replace(/^\d{4}-\d\d-\d\d \d\d:\d\d\s+/, '').split(/\s{2,}/))).toEqual([
      ['api', 'prod', 'v2.0.0 -> v2.1.0', 'from staging (gate skipped)', DEV.name, (shas[0] as string).slice(0, 10)],
      ['web', 'prod', 'v1.1.0, v1.0.0 -> v1.2.0', 'from staging', DEV.name, (shas[1] as string).slice(0, 10)],
      ['web', 'staging', 'v1.1.0 -> v1.2.0', 'from dev', DEV.name, (shas[2] as string).slice(0, 10)],
    ]);

    const json = await cli(c, ['history', '--app', 'web', '--env', 'production', '--json'], {});
    expectExit(json, 0);
    expect(JSON.parse(json.stdout)).toEqual([expect.objectContaining({
      sha: shas[1], kind: 'promotion', app: 'web', env: 'prod', version: 'v1.2.0', previous: 'v1.1.0, v1.0.0', from: 'staging', by: DEV.name,
    })]);

    const one = await cli(c, ['history', '--max', '1', '--json'], {});
    expect((JSON.parse(one.stdout) as { sha: string }[]).map((x) => x.sha)).toEqual([shas[0]]);
    const none = await cli(c, ['history', '--app', 'worker'], {});
    expectExit(none, 0);
    expect(none.out).toEqual(['no promotions of worker in origin/main']);
    const badRef = await cli(c, ['history', '--ref', 'nope'], {});
    expectExit(badRef, 2);
    expect(badRef.err).toEqual(['error: --ref "nope" is not a commit in this repository; expected a branch, tag or sha such as HEAD or origin/main']);

    const status = await cli(c, ['status'], server.authEnv());
    expect(status.err).toEqual([]);
    expect(status.out.find((l) => l.startsWith('web '))).toMatch(/^web\s+v1\.2\.0\s+v1\.2\.0\s+v1\.2\.0$/);
    expect(status.out.find((l) => l.startsWith('api '))).toMatch(/^api\s+v2\.0\.0\s+v2\.0\.0\s+v2\.1\.0$/);

    const drift = await cli(c, ['drift', '--json'], server.authEnv());
    expectExit(drift, 0);
    type Cells = Record<string, { version: string }[]>;
    const matrix = (JSON.parse(drift.stdout) as { matrix: { apps: { app: string; cells: Cells }[] } }).matrix;
    expect(matrix.apps.find((a) => a.app === 'api')?.cells.prod?.map((t) => t.version)).toEqual(['v2.1.0', 'v2.1.0']);

    const local = await cli(c, ['status', '--no-fetch'], {});
    expectExit(local, 0);
    expect(local.err).toEqual(['warning: reading HEAD (--no-fetch), 3 commits behind origin/main as last fetched']);
    expect(local.out.find((l) => l.startsWith('api '))).toMatch(/^api\s+v2\.0\.0\s+v2\.0\.0\s+v2\.0\.0$/);
    const localHistory = await cli(c, ['history', '--no-fetch'], {});
    expect(localHistory.out).toEqual(['no promotions in HEAD']);
    await gitOk(['pull', '--quiet', '--ff-only'], { cwd: c.dir, env: server.authEnv() });
    const pulled = await cli(c, ['status', '--no-fetch'], {});
    expect(pulled.err).toEqual([]);
    expect(pulled.out).toEqual(status.out);
    // parity without refs: the branch checked out (HEAD) against origin's default branch, fetched first.
    const parity = await cli(c, ['parity', '--json'], server.authEnv());
    expectExit(parity, 0);
    expect(parity.err).toEqual([]);
    expect(JSON.parse(parity.stdout)).toMatchObject({ ok: true, violations: [] });
  });

  it('history refuses an app or environment the layout does not have, as promote does', async () => {
    const c = await clone(VERSIONS, { local: true });
    const app = await cli(c, ['history', '--app', 'wbe'], {});
    expectExit(app, 2);
    expect(app.err).toEqual(['error: unknown app "wbe"; expected one of the 3 apps, closest first: web, api, worker']);
    const env = await cli(c, ['history', '--env', 'qa'], {});
    expectExit(env, 2);
    expect(env.err).toEqual(['error: unknown environment "qa"; expected one of the 3 environments, closest first: dev, prod, staging']);
    expectExit(await cli(c, ['history', '--env', 'production', '--app', 'web'], {}), 0);
  });
});
