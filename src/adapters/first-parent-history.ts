// The first-parent history of some paths, from git, by the cheapest exact route. In a flat directory of thousands
// of apps every commit's tree diff walks the whole directory, so a walk costs about commits × apps whatever it asks
// (20,000 apps × 10,000 commits: 5.5 s of git). With changed-path Bloom filters in the commit-graph, only the
// commits that may touch a wanted path are diffed; without them, git walks, limited by pathspecs when they are few
// (a long pathspec list costs git more than reading every change and keeping the wanted ones).
import { isAbsolute, join } from 'node:path';
import type { HistoryCommit } from '../core/ports.js';
import { ChangedPathGraph, PreparedPaths } from './commit-graph.js';

export interface HistoryGit {
  cwd: string;
  /** Runs git; never throws on a non-zero exit (the code says it). */
  output(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }>;
  parse(out: string): HistoryCommit[];
}

const PATHSPEC_LIMIT = 200;
/** Above this many filter tests (paths × commits; ~50 ns each) testing costs more than it can save. */
const TEST_LIMIT = 10_000_000;
/** When most commits are candidates anyway, one walk is cheaper than naming them. */
const CANDIDATE_SHARE = 0.5;
export const RAW_LOG = ['--no-renames', '--raw', '--no-abbrev', '-z', '--format=%x01%H %cI'];

/**
 * Every first-parent commit of `ref` that changes one of `paths` (and possibly others: callers keep what they
 * asked for), newest first, with its changes against its first parent. Without paths, every commit.
 */
export async function firstParentHistory(git: HistoryGit, ref: string, paths?: readonly string[]): Promise<HistoryCommit[]> {
  const narrowed = paths?.length ? await throughFilters(git, ref, paths) : undefined;
  if (narrowed) return narrowed;
  const spec = paths && paths.length <= PATHSPEC_LIMIT ? [...paths].sort() : [];
  return git.parse(await must(git, ['log', '--first-parent', ...RAW_LOG, ref, '--', ...spec]));
}

async function throughFilters(git: HistoryGit, ref: string, paths: readonly string[]): Promise<HistoryCommit[] | undefined> {
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
  return git.parse(await must(git, args, `${candidates.join('\n')}\n`));
}

async function must(git: HistoryGit, args: string[], input?: string): Promise<string> {
  const r = await git.output(args, input);
  if (r.code !== 0) throw new Error(`git ${args[0]} failed (exit ${r.code}): ${r.stderr.trim().split('\n').pop()}`);
  return r.stdout;
}

/** The commit-graph git itself would read, unless git is told not to read graphs or their filters. */
async function openGraph(git: HistoryGit): Promise<ChangedPathGraph | undefined> {
  const cfg = await git.output(['config', '--type=bool', '--get-regexp', '^(core\\.commitgraph|commitgraph\\.readchangedpaths)$']);
  if (/\sfalse$/m.test(cfg.stdout)) return undefined;
  const r = await git.output(['rev-parse', '--git-path', 'objects']);
  const dir = r.stdout.trim();
  if (r.code !== 0 || !dir) return undefined;
  return ChangedPathGraph.open(isAbsolute(dir) ? dir : join(git.cwd, dir));
}
