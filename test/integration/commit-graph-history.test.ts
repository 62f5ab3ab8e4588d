// History through git's changed-path Bloom filters (src/adapters/commit-graph.ts) must give exactly what git's own
// walk gives, on graphs written by the real git: filters never miss a change, whatever the path (non-ASCII bytes
// hash differently in version-1 filters), the commit (merges, deletions, too many changes to filter) or the graph's
// shape (one file, a split chain, a graph older than the branch, reading turned off by config).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { firstParentHistory, usePathspecs, type HistoryGit } from '../../src/adapters/first-parent-history.js';
import { parseRawLog } from '../../src/adapters/git-cli.js';
import { ChangedPathGraph, PreparedPaths } from '../../src/adapters/commit-graph.js';
import { disposeGitHome, gitEnv } from './helpers/git-repo.js';

const dirs = ['apps/a', 'apps/b', 'apps/c', 'apps/ünï', 'envs/prod', 'envs/staging'];
const files = dirs.flatMap((d) => ['kustomization.yaml', 'values.yaml'].map((f) => `${d}/${f}`));
let work: string;
let repo: string;

function git(args: string[], input?: string, env: NodeJS.ProcessEnv = {}): { code: number; stdout: string } {
  const r = spawnSync('git', args, { cwd: repo, env: gitEnv(env), input, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.error) throw r.error;
  return { code: r.status ?? 1, stdout: r.stdout };
}

/** A seeded stream for git fast-import: 400 first-parent commits, some merges, deletions and one huge commit. */
function history(): string {
  let seed = 7;
  const rand = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 1) % n);
  const out: string[] = [];
  let t = 1_700_000_000;
  const commit = (ref: string, mark: number, from: number | undefined, ops: string[], merge?: number): void => {
    out.push(`commit ${ref}`, `mark :${mark}`, `committer T <t@example.invalid> ${t++} +0000`, 'data 2', 'c');
    if (from) out.push(`from :${from}`);
    if (merge) out.push(`merge :${merge}`);
    out.push(...ops, '');
  };
  const put = (p: string, v: string): string[] => [`M 100644 inline ${p}`, `data ${Buffer.byteLength(v)}`, v];
  commit('refs/heads/main', 1, undefined, files.flatMap((f) => put(f, 'v0\n')));
  let side = 0;
  for (let i = 2; i <= 400; i++) {
    const f = files[rand(files.length)] as string;
    if (i === 150) {
      // More changed paths than git filters (512): a "too large" filter that must read as "maybe".
      commit('refs/heads/main', i, i - 1, Array.from({ length: 600 }, (_, k) => put(`bulk/f${k}`, `${i}\n`)).flat());
    } else if (i % 37 === 0) {
      commit('refs/heads/side', 10_000 + i, i - 1, put(f, `side ${i}\n`));
      side = 10_000 + i;
      commit('refs/heads/main', i, i - 1, [], side);
    } else if (i % 53 === 0) commit('refs/heads/main', i, i - 1, [`D ${f}`]);
    else commit('refs/heads/main', i, i - 1, put(f, `v${i}\n`));
  }
  return `${out.join('\n')}\n`;
}

function historyGit(env: NodeJS.ProcessEnv = {}, seen: string[][] = []): HistoryGit {
  return {
    cwd: repo,
    parse: parseRawLog,
    output: async (args, input, onText) => {
      seen.push(args);
      const r = git(args, input, env);
      // Streamed in small pieces, as a pipe delivers it: records cut anywhere must still parse whole.
      if (onText) for (let i = 0; i < r.stdout.length; i += 777) onText(r.stdout.slice(i, i + 777));
      return { code: r.code, stdout: onText ? '' : r.stdout, stderr: '' };
    },
  };
}

/** Path → [sha, blob] per change, newest first: the part of the answer that callers keep. */
function byPath(commits: Awaited<ReturnType<typeof firstParentHistory>>, want: readonly string[]): string[] {
  return commits.flatMap((c) => c.changes.filter((ch) => want.includes(ch.path)).map((ch) => `${c.sha} ${ch.path} ${ch.blob ?? '-'}`));
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'gitops-promote-graph-'));
  repo = join(work, 'repo');
  spawnSync('git', ['init', '-q', '--bare', repo], { env: gitEnv() });
  expect(git(['fast-import', '--quiet'], history()).code).toBe(0);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  disposeGitHome();
});

/** The reference answer: git's own walk, told not to read any commit-graph. */
const NO_GRAPH = { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'core.commitGraph', GIT_CONFIG_VALUE_0: 'false' };

describe('history through changed-path filters', () => {
  const sets = [files.slice(0, 3), ['apps/ünï/values.yaml', 'envs/prod/kustomization.yaml'], files, ['apps/none.yaml']];
  const walk = async (want: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<{ answer: string[]; narrowed: boolean }> => {
    const seen: string[][] = [];
    const answer = byPath(await firstParentHistory(historyGit(env, seen), 'main', want), want);
    return { answer, narrowed: seen.some((a) => a.includes('--no-walk=unsorted')) };
  };

  it('without a graph, walks without pathspecs for several paths (git tests every tree entry against each)', async () => {
    const seen: string[][] = [];
    await firstParentHistory(historyGit({}, seen), 'main', files.slice(0, 3));
    const log = seen.find((a) => a[0] === 'log') as string[];
    expect(log.slice(log.indexOf('--'))).toEqual(['--']);
    seen.length = 0;
    await firstParentHistory(historyGit({}, seen), 'main', [files[0] as string]);
    const one = seen.find((a) => a[0] === 'log') as string[];
    expect(one.slice(one.indexOf('--'))).toEqual(['--', files[0]]);
  });

  it('without a graph, walks with git and finds every change of the wanted paths', async () => {
    const { answer, narrowed } = await walk(files.slice(0, 3));
    expect(narrowed).toBe(false);
    // Each of these files changed at least once after the first commit.
    for (const f of files.slice(0, 3)) expect(answer.filter((l) => l.includes(` ${f} `)).length).toBeGreaterThan(1);
  });

  it.each([['one graph file', []], ['a split chain', ['--split']]])('with %s, gives the walk\'s exact answer', async (_, extra) => {
    const plain = await Promise.all(sets.map((s) => walk(s, NO_GRAPH)));
    expect(plain.some((p) => p.narrowed)).toBe(false);
    rmSync(join(repo, 'objects/info/commit-graph'), { force: true });
    rmSync(join(repo, 'objects/info/commit-graphs'), { recursive: true, force: true });
    expect(git(['commit-graph', 'write', '--reachable', '--changed-paths', ...(extra as string[])]).code).toBe(0);
    expect(await ChangedPathGraph.open(join(repo, 'objects'))).toBeDefined();
    for (const [i, s] of sets.entries()) {
      const got = await walk(s);
      expect(got.answer).toEqual(plain[i]?.answer);
    }
    // The narrow sets were answered through the filters (the non-ASCII one by the walk, by design).
    expect((await walk(sets[0] as string[])).narrowed).toBe(true);
    expect((await walk(['apps/none.yaml'])).answer).toEqual([]);
  });

  it('a graph older than the branch still gives the exact answer', async () => {
    const before = await walk(files.slice(2, 6), NO_GRAPH);
    expect(git(['update-ref', 'refs/heads/old', 'main~60']).code).toBe(0);
    rmSync(join(repo, 'objects/info/commit-graphs'), { recursive: true, force: true });
    const old = git(['rev-parse', 'old']).stdout;
    expect(git(['commit-graph', 'write', '--changed-paths', '--stdin-commits'], old).code).toBe(0);
    expect(await walk(files.slice(2, 6))).toEqual({ answer: before.answer, narrowed: true });
  });

  it('is not used when git is told not to read changed-path filters', async () => {
    const got = await walk(files.slice(0, 2), { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'commitGraph.readChangedPaths', GIT_CONFIG_VALUE_0: 'false' });
    expect(got.narrowed).toBe(false);
    expect(got.answer.length).toBeGreaterThan(2);
  });

  it('version-1 filters hash non-ASCII paths as git wrote them: none of their changes is missed', async () => {
    const graph = await ChangedPathGraph.open(join(repo, 'objects'));
    expect(graph).toBeDefined();
    const p = 'apps/ünï/values.yaml';
    const changed = git(['log', '--first-parent', '--format=%H', 'main', '--', p]).stdout.split('\n').filter(Boolean);
    expect(changed.length).toBeGreaterThan(3);
    const g = graph as ChangedPathGraph;
    const one = new PreparedPaths([p]);
    for (const c of changed) expect(g.mayChange(c, one) ?? [0]).toEqual([0]);
    const all = git(['rev-list', '--first-parent', 'main']).stdout.split('\n').filter(Boolean);
    // And the filters do rule commits out for it: the path is not simply always "maybe".
    expect(all.filter((c) => g.mayChange(c, one)?.length === 0).length).toBeGreaterThan(all.length / 2);
  });
});

describe('when pathspecs are named to git', () => {
  it('only where they cost at most half a plain walk: few paths, sorting early in the tree', () => {
    expect(usePathspecs(1)).toBe(true); // one path: at worst 1.45 walks
    expect(usePathspecs(3)).toBe(false); // where they sort is not known
    expect(usePathspecs(150, 0.0025)).toBe(true); // the first 50 of 20,000 apps: measured 0.23 walks
    expect(usePathspecs(3, 1)).toBe(false); // spread over the tree: measured 2.2 walks
    expect(usePathspecs(50, 0.5)).toBe(false);
    expect(usePathspecs(201, 0)).toBe(false);
    expect(usePathspecs(0, 0)).toBe(false);
  });
});

describe('a damaged commit-graph', () => {
  it('is not read (its checksum fails): the answer is git\'s own walk, whatever byte is damaged', async () => {
    const { readFileSync, writeFileSync, chmodSync } = await import('node:fs');
    rmSync(join(repo, 'objects/info/commit-graphs'), { recursive: true, force: true });
    rmSync(join(repo, 'objects/info/commit-graph'), { force: true });
    expect(git(['commit-graph', 'write', '--reachable', '--changed-paths']).code).toBe(0);
    const file = join(repo, 'objects/info/commit-graph');
    const good = readFileSync(file);
    const want = files.slice(0, 4);
    const reference = await firstParentHistory(historyGit(NO_GRAPH), 'main', want);
    chmodSync(file, 0o644);
    // Every 97th byte, so header, chunk table, OIDs, filter index and filter data are all hit.
    for (let at = 0; at < good.length; at += 97) {
      const bad = Buffer.from(good);
      bad[at] = (bad[at] as number) ^ 0x10;
      writeFileSync(file, bad);
      expect(await ChangedPathGraph.open(join(repo, 'objects'))).toBeUndefined();
    }
    // The last damage (a filter byte: all bits of it flipped) still gives the exact answer, through the walk.
    const bad = Buffer.from(good);
    const at = good.length - 40;
    bad[at] = (bad[at] as number) ^ 0xff;
    writeFileSync(file, bad);
    const got = await firstParentHistory(historyGit(), 'main', want);
    expect(byPath(got, want)).toEqual(byPath(reference, want));
    writeFileSync(file, good);
    expect(await ChangedPathGraph.open(join(repo, 'objects'))).toBeDefined();
  });
});
