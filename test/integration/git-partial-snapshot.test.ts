// A snapshot of a few files of a commit (GitCli.snapshotOf, what parity reads of a PR's head): exactly the named
// files that exist there, with their blob ids and modes, names taken literally (never as patterns), and the same
// texts as the whole snapshot gives.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { GitCli } from '../../src/adapters/git-cli.js';
import { disposeGitHome, gitEnv } from './helpers/git-repo.js';

let work: string;
let git: GitCli;
const logger = { debug: () => {}, info: () => {}, warning: () => {}, error: () => {} };

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'gitops-promote-partial-'));
  const files = ['a/*.yaml', 'a/b.yaml', 'a/c.yaml', 'apps/web/k.yaml', 'run.sh'];
  const stream = ['commit refs/heads/main', 'committer T <t@example.invalid> 1700000000 +0000', 'data 2', 'c',
    ...files.flatMap((f) => [`M ${f === 'run.sh' ? '100755' : '100644'} inline ${f}`, `data ${f.length + 1}`, f]),
    'M 120000 inline link', 'data 8', 'a/b.yaml', ''].join('\n');
  for (const args of [['init', '-q', '-b', 'main'], ['fast-import', '--quiet']]) {
    const r = spawnSync('git', args, { cwd: work, env: gitEnv(), input: `${stream}\n` });
    expect(r.status).toBe(0);
  }
  git = new GitCli({ cwd: work, logger, env: gitEnv() as Record<string, string> });
});

afterAll(async () => {
  await git.dispose();
  rmSync(work, { recursive: true, force: true });
  disposeGitHome();
});

it('lists only the named files that exist, literally, with the whole snapshot\'s texts, ids and modes', async () => {
  const part = await git.snapshotOf('main', ['a/*.yaml', 'run.sh', 'link', 'gone.yaml']);
  expect([...part.files].sort()).toEqual(['a/*.yaml', 'link', 'run.sh']);
  const whole = await git.snapshot('main');
  for (const f of ['a/*.yaml', 'run.sh', 'link']) {
    expect(await part.read(f)).toBe(await whole.read(f));
    expect(part.blobId?.(f)).toBe(whole.blobId?.(f));
    expect(part.mode?.(f)).toBe(whole.mode?.(f));
  }
  expect(part.mode?.('run.sh')).toBe('100755');
  expect(part.mode?.('link')).toBe('120000');
  await expect(part.read('a/b.yaml')).rejects.toThrow(/not in the repository/);
});
