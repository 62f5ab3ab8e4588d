// drift --shard I/N: every app in exactly one shard, by a hash of its name alone; merge-reports puts the shards
// back together as the one report a single job would have written, and refuses shards that do not fit.
import { describe, expect, it } from '@jest/globals';
import { computeDrift } from '../../src/core/parity/drift.js';
import { mergeReports } from '../../src/core/scale/merge-reports.js';
import { nameHash, parseShard, shardOf } from '../../src/core/scale/shard.js';
import { promotionMessage } from '../../src/core/promote/commit-message.js';
import { MemoryGit, kustomization, overlay } from '../support/memory-repo.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const APPS = Array.from({ length: 12 }, (_, i) => `app-${i}`);

function repo(): MemoryGit {
  const files: Record<string, string> = { 'README.md': '# config\n' };
  for (const app of APPS) for (const dir of ['dev', 'staging', 'prod-eu', 'prod-us']) files[overlay(app, dir)] = kustomization(app, 'v1.0.0');
  const git = new MemoryGit(files);
  APPS.forEach((app, i) => {
    // Some apps skip staging (never-in-previous), some split their regions, others promote properly.
    const v = `v1.${i + 1}.0`;
    const dirs = i % 3 === 0 ? ['prod-eu', 'prod-us'] : i % 3 === 1 ? ['prod-eu'] : ['dev', 'staging'];
    git.advanceRemote(Object.fromEntries(dirs.map((d) => [overlay(app, d), kustomization(app, v)])), promotionMessage({ app, env: 'prod', version: v, previous: ['v1.0.0'], by: 'ci', targets: [] }));
  });
  return git;
}

describe('shards', () => {
  it('parse as I/N and refuse anything else', () => {
    expect(parseShard('2/4', '--shard')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', '1', 'a/b', '1/4/2', ' 1/4']) expect(() => parseShard(bad, '--shard')).toThrow(/--shard .* is not a shard; expected I\/N/);
  });

  it('are a stable hash of the app name: FNV-1a, the same on every machine', () => {
    expect(nameHash('')).toBe(0x811c9dc5);
    expect(nameHash('a')).toBe(0xe40c292c);
    expect(nameHash('foobar')).toBe(0xbf9cf968);
    // Adding apps moves none of the others.
    const before = APPS.map((a) => shardOf(a, 4));
    expect([...APPS, 'new-1', 'new-2'].map((a) => shardOf(a, 4)).slice(0, APPS.length)).toEqual(before);
  });

  it('merged, give exactly the report of one unsharded run', async () => {
    const git = repo();
    const whole = await computeDrift(git, git.tip(), { now: NOW, singleAppName: 'config' });
    expect(whole.drift.length).toBeGreaterThan(4);
    const inputs = await Promise.all([3, 1, 2].map(async (index) => {
      const shard = { index, count: 3 };
      const r = await computeDrift(git, git.tip(), { now: NOW, singleAppName: 'config', shard });
      // Each shard holds only its own apps.
      expect(r.matrix.apps.every((a) => shardOf(a.app, 3) === index)).toBe(true);
      return { file: `shard-${index}.json`, data: JSON.parse(JSON.stringify({ ref: git.tip(), shard, ...r })) };
    }));
    const merged = mergeReports(inputs);
    expect(merged.kind).toBe('drift');
    expect(merged.report).toEqual(JSON.parse(JSON.stringify({ ref: git.tip(), shard: null, ...whole })));
  });

  it('refuse shards that do not belong together', () => {
    const A = 'a'.repeat(40);
    const r = (index: number, count: number, ref = A): { file: string; data: unknown } => ({
      file: `s${index}.json`, data: { ref, shard: { index, count }, matrix: { envs: [], apps: [] }, drift: [] },
    });
    expect(() => mergeReports([r(1, 3), r(2, 3)])).toThrow('shard 3/3 missing; expected all 3 shard reports');
    expect(() => mergeReports([r(1, 2), r(1, 2)])).toThrow(/is shard 1\/2 again/);
    expect(() => mergeReports([r(1, 2), r(2, 3)])).toThrow(/expected one N/);
    expect(() => mergeReports([r(1, 2), r(2, 2, 'd'.repeat(40))])).toThrow(/expected the shards of one run/);
    // A tampered artifact's ref would reach the summary and the tracking issue: only a commit id is taken.
    expect(() => mergeReports([r(1, 1, '<img src=x onerror=alert(1)>')])).toThrow(/expected a commit id/);
    expect(() => mergeReports([r(1, 1, 'A'.repeat(40))])).toThrow(/expected a commit id/);
    expect(mergeReports([r(1, 1, 'b'.repeat(64))]).report.ref).toBe('b'.repeat(64));
    expect(() => mergeReports([{ file: 'x.json', data: { matrix: {} } }])).toThrow(/is not a shard report/);
    expect(() => mergeReports([{ file: 'x.json', data: { ref: A, matrix: { apps: [] }, drift: [] } }])).toThrow(/has no shard/);
  });
});
