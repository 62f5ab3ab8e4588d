// history --max N reads only as far back as it needs, and still finds records further back when filters skip many.
import { describe, expect, it } from '@jest/globals';
import { latestRecords } from '../../src/core/history/latest-records.js';
import type { CommitInfo, GitPort } from '../../src/core/ports.js';

function fakeGit(n: number): { git: GitPort; asked: number[] } {
  const asked: number[] = [];
  // Newest first: commit i promotes app-(i % 10) to v<i>.
  const commits: CommitInfo[] = Array.from({ length: n }, (_, k) => {
    const i = n - k;
    return { sha: `c${i}`, parents: [], authorName: 'a', authorDate: '', committerDate: `2025-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`, message: `promote\n\nPromoted-App: app-${i % 10}\nPromoted-Env: prod\nPromoted-Version: v${i}\n` };
  });
  const git = {
    log: async (_ref: string, opts: { max?: number } = {}) => {
      asked.push(opts.max ?? Infinity);
      return commits.slice(0, opts.max);
    },
  } as unknown as GitPort;
  return { git, asked };
}

describe('latestRecords', () => {
  it('asks git for just the newest records when nothing is filtered out', async () => {
    const { git, asked } = fakeGit(50_000);
    const got = await latestRecords(git, 'HEAD', () => true, 50);
    expect(got.map((r) => r.version)).toEqual(Array.from({ length: 50 }, (_, k) => `v${50_000 - k}`));
    expect(asked).toEqual([50]);
  });

  it('reads further back, in growing pages, when a filter keeps few', async () => {
    const { git, asked } = fakeGit(50_000);
    const got = await latestRecords(git, 'HEAD', (r) => r.app === 'app-3', 50);
    expect(got).toHaveLength(50);
    expect(got.every((r) => r.app === 'app-3')).toBe(true);
    expect(got[0]?.version).toBe('v49993');
    expect(asked).toEqual([50, 200, 800]);
  });

  it('stops at the start of history with what there is', async () => {
    const { git } = fakeGit(30);
    expect(await latestRecords(git, 'HEAD', (r) => r.app === 'app-1', 50)).toHaveLength(3);
  });
});
