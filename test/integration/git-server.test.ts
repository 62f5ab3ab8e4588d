// The real-git test server: `git http-backend` behind node:http with token auth, driven by the real git
// client. These tests pin down what other integration tests rely on: auth, fault injection, races,
// concurrency, and that the token never lands in URLs or in a clone's .git/config.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cloneRepo,
  commitFiles,
  commitToBare,
  createBareRepo,
  disposeGitHome,
  git,
  gitOk,
  headOf,
  logOf,
  makeTempDir,
  readBlob,
  readBlobBytes,
  refsOf,
  removeDir,
} from './helpers/git-repo.js';
import { startGitServer, type GitServer } from './helpers/git-server.js';

const TOKEN = `ghs_test${randomBytes(16).toString('hex')}`;
const TOKEN_B64 = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');

const API = 'apps/api/kustomization.yaml';
const SEED: Record<string, string> = {
  [API]: 'images:\n  - name: api\n    newTag: 1.0.0\n',
  'apps/web/values.yaml': 'image:\n  tag: 2.0.0\n',
  'README.md': '# config\n',
};
const apiAt = (tag: string): string => `images:\n  - name: api\n    newTag: ${tag}\n`;

let root: string;
let work: string;
let server: GitServer;
let n = 0;

/** A fresh bare repo (unique name) and a clone of it made with the right token. */
async function setup(prefix: string): Promise<{ name: string; bare: string; dir: string; seed: string }> {
  const name = `${prefix}-${++n}`;
  const bare = await createBareRepo(root, name, SEED);
  const dir = await cloneRepo(server.url(name), join(work, name), server.authEnv());
  return { name, bare, dir, seed: await headOf(bare, 'main') };
}

/** A raw HTTP GET (no keep-alive agent, so nothing lingers after the test). */
function httpGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

// Hang guards, not speed limits: they fail a test only when what it waits for never comes, with a message that says
// what, before jest's own timeout (60 s) would.
const HANG_GUARD_MS = 40_000;

/** Fails (instead of hanging the suite) if `p` does not settle within `ms`. */
async function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not done within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls `cond` every 10 ms; fails after `ms`. */
async function until(cond: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`${what}: not done within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function expectNoTokenLeak(s: GitServer): void {
  expect(s.requests.length).toBeGreaterThan(0);
  expect(s.requests.filter((r) => r.tokenInUrl)).toEqual([]);
  const recorded = JSON.stringify(s.requests);
  expect(recorded).not.toContain(TOKEN);
  expect(recorded).not.toContain(TOKEN_B64);
}

beforeAll(async () => {
  root = makeTempDir('gitops-promote-srv-');
  work = makeTempDir('gitops-promote-work-');
  server = await startGitServer({ root, token: TOKEN });
});

afterAll(async () => {
  await server?.close();
  removeDir(root);
  removeDir(work);
  disposeGitHome();
});

beforeEach(() => {
  server.reset();
});

describe('clone and push over smart HTTP', () => {
  it('clones with the token only in the environment, pushes, and the bare repo has the commit', async () => {
    const { bare, dir, seed } = await setup('basic');
    expect(await headOf(dir, 'HEAD')).toBe(seed);
    expect(readFileSync(join(dir, API), 'utf8')).toBe(SEED[API]);
    // The clone is protocol v2 (git sends Git-Protocol, the backend must get GIT_PROTOCOL).
    expect(server.requests.some((r) => r.service === 'upload-pack' && r.gitProtocol === 'version=2')).toBe(true);

    const sha = await commitFiles(dir, { [API]: apiAt('1.1.0') }, 'promote api to 1.1.0\n\nfrom staging\n');
    const push = await git(['push', 'origin', 'main'], { cwd: dir, env: server.authEnv() });
    expect(push.code).toBe(0);

    expect(await headOf(bare, 'main')).toBe(sha);
    expect(await readBlob(bare, 'main', API)).toBe(apiAt('1.1.0'));
    expect(await readBlob(bare, 'main', 'README.md')).toBe('# config\n');
    expect(await logOf(bare, 'main')).toEqual([
      { sha, subject: 'promote api to 1.1.0', body: 'from staging', parents: [seed] },
      { sha: seed, subject: 'Initial commit', body: '', parents: [] },
    ]);
    expect(server.counts['receive-pack']).toBe(1);
    expect(server.requests.every((r) => r.authorized && r.authHeader === 'present' && r.user === 'x-access-token')).toBe(true);
    expect(server.requests.every((r) => r.status === 200)).toBe(true);

    // The secret is neither in the recorded URLs nor in the clone's config.
    expectNoTokenLeak(server);
    const config = readFileSync(join(dir, '.git', 'config'), 'utf8');
    expect(config).toContain(`url = ${server.url(`basic-${n}`)}`);
    expect(config).not.toContain(TOKEN);
    expect(config).not.toContain(TOKEN_B64);
    expect(config.toLowerCase()).not.toContain('extraheader');
  });

  it('passes Git-Protocol through: the backend answers a v2 capability advertisement', async () => {
    const { name } = await setup('v2');
    const auth = { Authorization: `Bearer ${TOKEN}` };
    const v2 = await httpGet(`${server.url(name)}/info/refs?service=git-upload-pack`, { ...auth, 'Git-Protocol': 'version=2' });
    expect(v2.status).toBe(200);
    expect(v2.headers['content-type']).toBe('application/x-git-upload-pack-advertisement');
    expect(v2.body).toContain('version 2\n');
    expect(v2.body).toContain('ls-refs');
    // Without the header the backend speaks v0: the refs themselves are advertised.
    const v0 = await httpGet(`${server.url(name)}/info/refs?service=git-upload-pack`, auth);
    expect(v0.body).not.toContain('version 2\n');
    expect(v0.body).toContain('refs/heads/main');
  });

  it('detects a token in the URL (the leak check is not vacuous)', async () => {
    const { name } = await setup('leak');
    server.reset();
    const r = await httpGet(`${server.url(name)}/info/refs?service=git-upload-pack&access_token=${encodeURIComponent(TOKEN)}`, {
      Authorization: `Bearer ${TOKEN}`,
    });
    expect(r.status).toBe(200);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.tokenInUrl).toBe(true);
    // Flagged, but the record itself stays free of the secret.
    expect(server.requests[0]?.query).toBe('service=git-upload-pack&access_token=[redacted]');
    expect(JSON.stringify(server.requests)).not.toContain(TOKEN);
  });

  it('pushes a 2 MB blob (chunked request body, no Content-Length)', async () => {
    const { bare, dir } = await setup('large');
    const big = randomBytes(2 * 1024 * 1024);
    const sha = await commitFiles(dir, { 'blobs/big.bin': big }, 'add a big blob');
    const push = await git(['push', 'origin', 'main'], { cwd: dir, env: server.authEnv() });
    expect(push.stderr).not.toMatch(/fatal|error/);
    expect(push.code).toBe(0);
    expect(await headOf(bare, 'main')).toBe(sha);
    expect((await readBlobBytes(bare, 'main', 'blobs/big.bin')).equals(big)).toBe(true);
    expect(server.requests.some((r) => r.service === 'receive-pack' && r.phase === 'rpc' && r.chunked)).toBe(true);
  });
});

describe('authentication', () => {
  it('answers 401 with a Basic challenge when no credentials are sent; git fails without prompting', async () => {
    const bare = await createBareRepo(root, `anon-${++n}`, SEED);
    const url = server.url(`anon-${n}`);
    const raw = await httpGet(`${url}/info/refs?service=git-upload-pack`);
    expect(raw.status).toBe(401);
    expect(raw.headers['www-authenticate']).toBe('Basic realm="test"');

    const before = await refsOf(bare);
    const r = await git(['clone', url, join(work, `anon-${n}`)], { cwd: work });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/terminal prompts disabled|Authentication failed/);
    expect(await refsOf(bare)).toEqual(before);
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
    expect(server.requests.every((x) => !x.authorized && x.authHeader === 'absent' && x.status === 401)).toBe(true);
    expect(server.counts['upload-pack']).toBe(0);
  });

  it('a wrong token: the push fails and the remote is unchanged', async () => {
    const { bare, dir } = await setup('wrong');
    await commitFiles(dir, { [API]: apiAt('9.9.9') }, 'should never land');
    const before = await refsOf(bare);
    server.reset();

    const push = await git(['push', 'origin', 'main'], { cwd: dir, env: server.authEnv({ token: 'not-the-token' }) });
    expect(push.code).not.toBe(0);
    expect(push.stderr).toMatch(/Authentication failed|terminal prompts disabled|401/);
    expect(await refsOf(bare)).toEqual(before);
    expect(server.counts['receive-pack']).toBe(0);
    expect(server.requests.length).toBeGreaterThan(0);
    expect(server.requests.every((r) => !r.authorized && r.authHeader === 'present' && r.status === 401)).toBe(true);
    expectNoTokenLeak(server);
  });

  it('accepts any user name with the token as password, and a Bearer token; redacts a token-looking user', async () => {
    const { name, seed } = await setup('schemes');
    const url = server.url(name);
    server.reset();

    const other = await git(['ls-remote', url, 'refs/heads/main'], { cwd: work, env: server.authEnv({ username: 'bot' }) });
    expect(other.code).toBe(0);
    expect(other.stdout).toBe(`${seed}\trefs/heads/main\n`);
    expect(server.requests.every((r) => r.authorized && r.authScheme === 'basic' && r.user === 'bot')).toBe(true);

    server.reset();
    const bearer = await git(['ls-remote', url, 'refs/heads/main'], { cwd: work, env: server.authEnv({ scheme: 'bearer' }) });
    expect(bearer.code).toBe(0);
    expect(bearer.stdout).toBe(`${seed}\trefs/heads/main\n`);
    expect(server.requests.every((r) => r.authorized && r.authScheme === 'bearer')).toBe(true);

    // Token as the user name, wrong password: refused, and the record must not hold the token.
    server.reset();
    const swapped = await git(['ls-remote', url], { cwd: work, env: server.authEnv({ username: TOKEN, token: 'x' }) });
    expect(swapped.code).not.toBe(0);
    expect(server.requests.every((r) => !r.authorized && r.user === '[redacted]')).toBe(true);
    expectNoTokenLeak(server);
  });
});

describe('fault injection', () => {
  it('failNext(receive-pack, 500): the push fails once, then succeeds', async () => {
    const { bare, dir } = await setup('fail500');
    const sha = await commitFiles(dir, { [API]: apiAt('1.2.0') }, 'promote api to 1.2.0');
    const before = await refsOf(bare);
    server.reset();
    server.failNext('receive-pack', 500);

    const first = await git(['push', 'origin', 'main'], { cwd: dir, env: server.authEnv() });
    expect(first.code).not.toBe(0);
    expect(first.stderr).toMatch(/500/);
    expect(await refsOf(bare)).toEqual(before);

    const second = await git(['push', 'origin', 'main'], { cwd: dir, env: server.authEnv() });
    expect(second.code).toBe(0);
    expect(await headOf(bare, 'main')).toBe(sha);
    expect(server.counts['receive-pack']).toBe(2);
    const injected = server.requests.filter((r) => r.injected);
    expect(injected).toEqual([expect.objectContaining({ method: 'POST', service: 'receive-pack', phase: 'rpc', status: 500 })]);
  });

  it('counted failures at the advertisement, and kind "any"', async () => {
    const { name, seed } = await setup('failcount');
    const url = server.url(name);
    const lsRemote = (): Promise<{ code: number; stderr: string }> => git(['ls-remote', url, 'refs/heads/main'], { cwd: work, env: server.authEnv() });

    server.failNext('upload-pack', 503, 2, { at: 'advertisement' });
    expect((await lsRemote()).stderr).toMatch(/503/);
    expect((await lsRemote()).code).not.toBe(0);
    const ok = await git(['ls-remote', url, 'refs/heads/main'], { cwd: work, env: server.authEnv() });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(seed);

    server.failNext('any', 502);
    const any = await lsRemote();
    expect(any.code).not.toBe(0);
    expect(any.stderr).toMatch(/502/);
    expect((await lsRemote()).code).toBe(0);
    expect(server.requests.filter((r) => r.injected).map((r) => r.status)).toEqual([503, 503, 502]);
  });

  it('beforeReceivePack moves the branch first: the push is rejected (fetch first); a rebase then lands it', async () => {
    const { name, bare, dir, seed } = await setup('race');
    const mine = await commitFiles(dir, { [API]: apiAt('2.0.0') }, 'promote api to 2.0.0');
    let raced = '';
    const seen: string[] = [];
    server.beforeReceivePack(async (repoName, path) => {
      seen.push(repoName);
      raced = await commitToBare(path, 'main', { 'apps/web/values.yaml': 'image:\n  tag: 2.1.0\n' }, 'someone else promoted web');
    });

    const push = await git(['push', 'origin', 'main'], { cwd: dir, env: server.authEnv() });
    expect(seen).toEqual([name]);
    expect(push.code).not.toBe(0);
    expect(push.stderr).toMatch(/\[rejected\]/);
    expect(push.stderr).toMatch(/fetch first/);
    expect(await headOf(bare, 'main')).toBe(raced);
    expect((await logOf(bare, 'main')).map((c) => c.sha)).toEqual([raced, seed]);
    // The client refused by itself: no pack was sent, our commit never reached the server.
    expect(server.counts['receive-pack']).toBe(0);
    expect((await git(['cat-file', '-e', mine], { cwd: bare })).code).not.toBe(0);

    // The hook was one-shot: fetch, rebase and push again succeeds on top of the other writer's commit.
    await gitOk(['pull', '--quiet', '--rebase', 'origin', 'main'], { cwd: dir, env: server.authEnv() });
    const again = await git(['push', 'origin', 'main'], { cwd: dir, env: server.authEnv() });
    expect(again.code).toBe(0);
    const log = await logOf(bare, 'main');
    expect(log.map((c) => c.subject)).toEqual(['promote api to 2.0.0', 'someone else promoted web', 'Initial commit']);
    expect(log[0]?.parents).toEqual([raced]);
    expect(await readBlob(bare, 'main', API)).toBe(apiAt('2.0.0'));
    expect(await readBlob(bare, 'main', 'apps/web/values.yaml')).toBe('image:\n  tag: 2.1.0\n');
  });

  it('beforeReceivePack at the POST: the server refuses the stale update', async () => {
    const { bare, dir } = await setup('race-rpc');
    await commitFiles(dir, { [API]: apiAt('3.0.0') }, 'promote api to 3.0.0');
    let raced = '';
    server.beforeReceivePack(async (_name, path) => {
      raced = await commitToBare(path, 'main', { 'README.md': '# moved\n' }, 'moved under the push');
    }, { at: 'rpc' });

    const push = await git(['push', 'origin', 'main'], { cwd: dir, env: server.authEnv() });
    expect(push.code).not.toBe(0);
    expect(push.stderr).toMatch(/\[remote rejected\]/);
    expect(await headOf(bare, 'main')).toBe(raced);
    expect(server.counts['receive-pack']).toBe(1);
  });
});

describe('concurrency and shutdown', () => {
  it('20 concurrent clones and pushes to different branches all land; a fresh clone (gzip request) sees them', async () => {
    const name = `fanout-${++n}`;
    const bare = await createBareRepo(root, name, SEED);
    const seed = await headOf(bare, 'main');
    const url = server.url(name);
    const env = server.authEnv();

    const shas = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const dir = await cloneRepo(url, join(work, `${name}-${i}`), env);
        await gitOk(['checkout', '--quiet', '-b', `env-${i}`], { cwd: dir });
        const sha = await commitFiles(dir, { [`envs/env-${i}.yaml`]: `env: ${i}\n` }, `promote env-${i}`);
        const push = await git(['push', 'origin', `env-${i}`], { cwd: dir, env });
        if (push.code !== 0) throw new Error(`push ${i} failed:\n${push.stderr}`);
        return sha;
      }),
    );

    const expected: Record<string, string> = { 'refs/heads/main': seed };
    shas.forEach((sha, i) => (expected[`refs/heads/env-${i}`] = sha));
    expect(await refsOf(bare)).toEqual(expected);
    for (let i = 0; i < 20; i++) expect(await readBlob(bare, `env-${i}`, `envs/env-${i}.yaml`)).toBe(`env: ${i}\n`);
    expect(server.counts['receive-pack']).toBe(20);
    expect(server.peakBackends).toBeGreaterThan(1);
    expect(server.requests.every((r) => r.authorized && (r.status === 200 || r.status === undefined))).toBe(true);

    // 21 distinct tips → 21 "want" lines: over git's 1 KiB threshold, so the fetch POST is gzipped.
    server.reset();
    const all = await cloneRepo(url, join(work, `${name}-all`), env);
    const remote = await refsOf(all);
    for (let i = 0; i < 20; i++) expect(remote[`refs/remotes/origin/env-${i}`]).toBe(shas[i]);
    expect(server.requests.some((r) => r.phase === 'rpc' && r.contentEncoding === 'gzip' && r.status === 200)).toBe(true);
  });

  it('concurrent pushes to the same branch: exactly one wins, the rest are rejected', async () => {
    const name = `contend-${++n}`;
    const bare = await createBareRepo(root, name, SEED);
    const env = server.authEnv();
    const dirs = await Promise.all(Array.from({ length: 6 }, (_, i) => cloneRepo(server.url(name), join(work, `${name}-${i}`), env)));
    const shas = await Promise.all(dirs.map((dir, i) => commitFiles(dir, { [API]: apiAt(`4.0.${i}`) }, `promote api to 4.0.${i}`)));

    const results = await Promise.all(dirs.map((dir) => git(['push', 'origin', 'main'], { cwd: dir, env })));
    const winners = results.flatMap((r, i) => (r.code === 0 ? [i] : []));
    expect(winners).toHaveLength(1);
    const w = winners[0] ?? -1;
    expect(await headOf(bare, 'main')).toBe(shas[w]);
    for (const [i, r] of results.entries()) if (i !== w) expect(r.stderr).toMatch(/rejected/);
  });

  it('close() drops a push held in a hook without waiting for it, and refuses new connections', async () => {
    const ownRoot = makeTempDir('gitops-promote-srv2-');
    const s = await startGitServer({ root: ownRoot, token: TOKEN });
    try {
      await createBareRepo(ownRoot, 'held', SEED);
      const dir = await cloneRepo(s.url('held'), join(ownRoot, 'held-clone'), s.authEnv());
      await commitFiles(dir, { [API]: apiAt('5.0.0') }, 'held push');
      let entered!: () => void;
      const inHook = new Promise<void>((r) => (entered = r));
      let release!: () => void;
      s.beforeReceivePack(() => {
        entered();
        return new Promise<void>((r) => (release = r));
      });

      const push = git(['push', 'origin', 'main'], { cwd: dir, env: s.authEnv() });
      await within(inHook, HANG_GUARD_MS, 'push reaching the hook');
      // The hook never lets go before close() resolves: a close() that waited for it would never return.
      await within(s.close(), HANG_GUARD_MS, 'close() with a request held in the hook');
      const r = await within(push, HANG_GUARD_MS, 'the dropped push');
      expect(r.code).not.toBe(0);
      release();
      const after = await git(['ls-remote', s.url('held')], { cwd: ownRoot, env: s.authEnv() });
      expect(after.code).not.toBe(0);
      expect(after.stderr).toMatch(/Failed to connect|Connection refused|Could not connect/i);
    } finally {
      await s.close();
      removeDir(ownRoot);
    }
  });

  it('a client that disconnects mid-request takes its backend down with it', async () => {
    const { name } = await setup('abort');
    // Backends of earlier requests may still be closing on a busy machine: wait them out, so the count is ours.
    await until(() => server.activeBackends === 0, HANG_GUARD_MS, 'earlier backends to stop');
    server.reset();
    // Promise a body much larger than what is sent: the backend sits waiting for the rest.
    const req = request(`${server.url(name)}/git-upload-pack`, {
      method: 'POST',
      agent: false,
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/x-git-upload-pack-request', 'Content-Length': '100000' },
    });
    req.on('error', () => undefined);
    req.write('0032want ');
    try {
      await until(() => server.requests.length === 1 && server.activeBackends === 1, HANG_GUARD_MS, 'backend start');
    } finally {
      req.destroy();
    }
    await until(() => server.activeBackends === 0, HANG_GUARD_MS, 'backend stop after the client left');
    // The status is 200 if the backend got its headers out before the client left, else never sent.
    expect(server.requests).toEqual([expect.objectContaining({ service: 'upload-pack', phase: 'rpc', authorized: true })]);
  });

  it('unknown repos and odd paths get 404 without reaching the backend', async () => {
    const missing = await git(['ls-remote', server.url('does-not-exist')], { cwd: work, env: server.authEnv() });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/not found|404/);
    const auth = { Authorization: `Bearer ${TOKEN}` };
    for (const path of ['/', '/nothing', '/..%2f..%2fetc.git/info/refs', '/a/b.git/info/refs']) {
      expect((await httpGet(`${server.baseUrl}${path}`, auth)).status).toBe(404);
    }
    expect(server.requests.every((r) => r.backendStderr === undefined)).toBe(true);
  });
});
