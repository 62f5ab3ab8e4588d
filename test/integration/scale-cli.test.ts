// Scale-out on the real CLI (dist/cli/index.js under Node 24, real git): drift and status split into shards by app,
// and merge-reports putting them back together exactly as one job would have reported; refusing shards that do not
// fit (exit 2, one error line). Also `history --max` on a real history.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { disposeGitHome, makeTempDir, removeDir } from './helpers/git-repo.js';
import { ConfigRepo, expectExit, overlayPath, overlayText, seedFiles } from './helpers/parity-repos.js';

const APPS = ['web', 'api', 'auth', 'cart', 'mail', 'search'];
let root: string;
let repo: ConfigRepo;

beforeAll(async () => {
  root = makeTempDir('gitops-promote-scale-cli-');
  repo = await ConfigRepo.create(root, 'scale', seedFiles({}, 'v1.0.0', APPS));
  // web skips staging (drift: never-in-previous); api and cart promote properly; search splits its prod regions.
  await repo.promote(['--app', 'web', '--to', 'prod', '--version', 'v1.1.0', '--skip-gate', 'hotfix INC-1']);
  for (const app of ['api', 'cart']) {
    await repo.promote(['--app', app, '--to', 'dev', '--version', 'v2.0.0']);
    await repo.promote(['--app', app, '--to', 'staging']);
  }
  const eu = overlayPath('search', 'prod-eu-west-1');
  await repo.commit('main', { [eu]: overlayText('search', 'prod-eu-west-1', 'v3.0.0') }, 'search: canary in eu (no trailers)');
  await repo.sync();
}, 120_000);

afterAll(() => {
  removeDir(root);
  disposeGitHome();
});

const json = (r: { stdout: string }): Record<string, unknown> => JSON.parse(r.stdout) as Record<string, unknown>;

async function shards(verb: string[], n: number): Promise<string[]> {
  const files: string[] = [];
  for (let i = 1; i <= n; i++) {
    const r = expectExit(await repo.cli([...verb, '--shard', `${i}/${n}`]), 0);
    const file = join(root, `${verb[0]}-${n}-${i}.json`);
    writeFileSync(file, r.stdout);
    files.push(file);
  }
  return files;
}

describe('drift --shard and merge-reports', () => {
  it('merge to exactly the unsharded report, each app in one shard', async () => {
    const whole = json(expectExit(await repo.cli(['drift', '--ref', 'origin/main', '--json']), 0));
    expect((whole.drift as unknown[]).length).toBeGreaterThan(1);
    const files = await shards(['drift', '--ref', 'origin/main', '--json'], 3);
    const apps = files.map((f) => (JSON.parse(readFileSync(f, 'utf8')).matrix.apps as { app: string }[]).map((a) => a.app));
    expect(apps.flat().sort()).toEqual([...APPS].sort());
    const merged = json(expectExit(await repo.cli(['merge-reports', '--json', ...files.reverse()]), 0));
    expect(merged).toEqual({ ...whole, shard: null });
  });

  it('prints one summary, and fails on drift only when asked', async () => {
    const files = await shards(['drift', '--ref', 'origin/main', '--json'], 2);
    const r = expectExit(await repo.cli(['merge-reports', ...files]), 0);
    expect(r.out[0]).toMatch(/^Merged 2 shard reports of [0-9a-f]{12}$/);
    expect(r.stdout).toContain('drift finding');
    expectExit(await repo.cli(['merge-reports', '--fail-on-drift', ...files]), 1);
  });

  it('refuses a missing shard and a bad --shard, exit 2 with one error line', async () => {
    const files = await shards(['drift', '--ref', 'origin/main', '--json'], 3);
    const r = expectExit(await repo.cli(['merge-reports', files[0] as string, files[2] as string]), 2);
    expect(r.err).toEqual(['error: shard 2/3 missing; expected all 3 shard reports']);
    const bad = expectExit(await repo.cli(['drift', '--ref', 'origin/main', '--shard', '4/3']), 2);
    expect(bad.err).toEqual(['error: --shard "4/3" is not a shard; expected I/N with 1 ≤ I ≤ N ≤ 9999, such as 1/4']);
    // Failing on drift is the merge step's decision, made on every app.
    const failing = expectExit(await repo.cli(['drift', '--ref', 'origin/main', '--shard', '1/3', '--fail-on-drift']), 2);
    expect(failing.err).toEqual(['error: --fail-on-drift does not apply to one shard; expected it on merge-reports']);
    const none = expectExit(await repo.cli(['merge-reports', '--json']), 2);
    expect(none.err).toHaveLength(1);
    expect(none.err[0]).toMatch(/^error: merge-reports needs the shard reports; usage: gitops-promote merge-reports FILE\.\.\./);
  });
});

describe('status --shard and merge-reports', () => {
  it('merge to the unsharded status matrix', async () => {
    const whole = json(expectExit(await repo.cli(['status', '--ref', 'origin/main', '--format', 'json']), 0));
    const files = await shards(['status', '--ref', 'origin/main', '--format', 'json'], 4);
    const merged = json(expectExit(await repo.cli(['merge-reports', '--json', ...files]), 0));
    expect({ envs: merged.envs, apps: merged.apps }).toEqual(whole);
    const table = expectExit(await repo.cli(['merge-reports', ...files]), 0);
    expect(table.out[0]).toMatch(/^\| app \| dev \| staging \| prod \|$/);
    expect(table.out).toHaveLength(2 + APPS.length);
  });
});

describe('history --max', () => {
  it('lists the newest promotions only, newest first', async () => {
    const r = JSON.parse(expectExit(await repo.cli(['history', '--ref', 'origin/main', '--max', '2', '--json']), 0).stdout) as { app: string; env: string }[];
    expect(r.map((x) => `${x.app} ${x.env}`)).toEqual(['cart staging', 'cart dev']);
  });
});
