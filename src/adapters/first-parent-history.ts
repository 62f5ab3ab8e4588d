// The first-parent history of some paths, from git, by the cheapest exact route. In a flat directory of thousands
// of apps every commit's tree diff walks the whole directory, so a walk costs about commits × apps whatever it asks
// (20,000 apps × 10,000 commits: 5.5 s of git). With changed-path Bloom filters in the commit-graph, only the
// commits that may touch a wanted path are diffed. Without them git walks, and pathspecs are used only when they
// pay: git tests every entry of a tree it diffs against every pathspec, up to the last entry a pathspec can match
// (20,000 apps × 10,000 commits: no pathspec 5.5 s; one path sorting last 8 s; 3 paths spread over apps/ 12 s;
// 9 paths 30 s; 50 paths 147 s; but 150 paths among the first 50 apps 1.3 s). So the cost of k pathspecs is
// about `extent × (k + 1) / 2` walks, where extent is how far into the tree (in git's order) the last one sorts.
import { isAbsolute, join } from 'node:path';
import type { HistoryCommit } from '../core/ports.js';
import { ChangedPathGraph, PreparedPaths } from './commit-graph.js';

export interface GitOutput { code: number; stdout: string; stderr: string }

export interface HistoryGit {
  cwd: string;
  /** Runs git; never throws on a non-zero exit (the code says it). With onText, stdout goes there as it comes. */
  output(args: string[], input?: string, onText?: (s: string) => void): Promise<GitOutput>;
  /** A raw log's commits; with `keep`, only the changes of the paths it keeps. */
  parse(out: string, keep?: (path: string) => boolean): HistoryCommit[];
}

/** Pathspecs only when they are expected to cost at most half the plain walk, and never more than this many. */
const PATHSPEC_LIMIT = 200;

/**
 * Whether to name the paths to git (see above). `extent`: the share of the tree's files (in git's order) up to the
 * last wanted path, when known; unknown, only a single path is named (at worst 1.45 walks).
 */
export function usePathspecs(count: number, extent?: number): boolean {
  if (count === 1) return true;
  if (extent === undefined || count < 1 || count > PATHSPEC_LIMIT) return false;
  return (extent * (count + 1)) / 2 < 0.5;
}
/** Above this many filter tests (paths × commits; ~20 ns each) testing costs more than it can save. */
const TEST_LIMIT = 20_000_000;
/** When most commits are candidates anyway, one walk is cheaper than naming them. */
const CANDIDATE_SHARE = 0.5;
export const RAW_LOG = ['--no-renames', '--raw', '--no-abbrev', '-z', '--format=%x01%H %cI'];

/**
 * The first-parent commits of `ref` that change one of `paths` (and possibly some that do not: callers keep what
 * they asked for), newest first, with their changes of those paths against the first parent. Without paths,
 * every commit with every change.
 */
export async function firstParentHistory(
  git: HistoryGit, ref: string, paths?: readonly string[], extent?: number,
): Promise<HistoryCommit[]> {
  const narrowed = paths?.length ? await throughFilters(git, ref, paths) : undefined;
  if (narrowed) return narrowed;
  const spec = paths && usePathspecs(paths.length, extent) ? [...paths].sort() : [];
  return parsed(git, ['log', '--first-parent', ...RAW_LOG, ref, '--', ...spec], undefined, paths);
}

async function throughFilters(
  git: HistoryGit, ref: string, paths: readonly string[],
): Promise<HistoryCommit[] | undefined> {
  if (paths.some((p) => /[^\x20-\x7e]/.test(p))) return undefined; // kept simple: such paths take git's walk
  const graph = await openGraph(git);
  if (!graph) return undefined;
  const commits = (await must(git, ['rev-list', '--first-parent', ref])).split('\n').filter(Boolean);
  if (commits.length * paths.length > TEST_LIMIT) return undefined;
  const prepared = new PreparedPaths(paths);
  const candidates: string[] = [];
  for (const c of commits) {
    if (graph.mayChange(c, prepared)?.length === 0) continue;
    candidates.push(c);
    if (candidates.length > commits.length * CANDIDATE_SHARE) return undefined; // the walk is cheaper: stop testing
  }
  if (!candidates.length) return [];
  // Each named commit once, in the order given, each diffed against its first parent: the walk's own output for
  // those commits, so the answer is the same as the full walk's.
  const args = ['log', '--no-walk=unsorted', '--stdin', '--first-parent', ...RAW_LOG];
  return parsed(git, args, `${candidates.join('\n')}\n`, paths);
}

async function must(git: HistoryGit, args: string[], input?: string, onText?: (s: string) => void): Promise<string> {
  const r = await git.output(args, input, onText);
  if (r.code !== 0) throw new Error(`git ${args[0]} failed (exit ${r.code}): ${r.stderr.trim().split('\n').pop()}`);
  return r.stdout;
}

/**
 * A raw log parsed as it streams: every complete commit (each starts with \x01) is parsed as soon as the next one
 * begins, so a 20 MB walk is never held whole, nor copied into one string. Linear in the output, however it is cut.
 */
async function parsed(
  git: HistoryGit, args: string[], input?: string, paths?: readonly string[],
): Promise<HistoryCommit[]> {
  const commits: HistoryCommit[] = [];
  // Only the wanted paths' changes are kept: a repository's first commit alone adds every file.
  const wanted = paths?.length ? new Set(paths) : undefined;
  const keep = wanted && ((p: string): boolean => wanted.has(p));
  let tail = '';
  const take = (s: string): void => {
    // Only the new piece is searched: a commit of 120,000 changes (a repository's first) spans hundreds of pieces,
    // and searching the whole tail each time would copy it each time.
    const at = s.lastIndexOf('\x01');
    const cut = at < 0 ? -1 : tail.length + at;
    tail += s;
    if (cut <= 0) return;
    for (const c of git.parse(tail.slice(0, cut), keep)) commits.push(c);
    tail = tail.slice(cut);
  };
  await must(git, args, input, take);
  for (const c of git.parse(tail, keep)) commits.push(c);
  return commits;
}

/** The commit-graph git itself would read, unless git is told not to read graphs or their filters. */
async function openGraph(git: HistoryGit): Promise<ChangedPathGraph | undefined> {
  const r = await git.output(['rev-parse', '--git-path', 'objects']);
  const dir = r.stdout.trim();
  if (r.code !== 0 || !dir) return undefined;
  const graph = await ChangedPathGraph.open(isAbsolute(dir) ? dir : join(git.cwd, dir));
  // Asked only when there is a graph: most clones have none, and then this costs no process.
  if (!graph) return undefined;
  const keys = '^(core\\.commitgraph|commitgraph\\.readchangedpaths)$';
  const cfg = await git.output(['config', '--type=bool', '--get-regexp', keys]);
  return /\sfalse$/m.test(cfg.stdout) ? undefined : graph;
}
