// LineagePort on the config repository's clone: `git merge-base --is-ancestor`. A commit the clone lacks (the agent
// synced a commit pushed after the checkout, or the checkout is shallow) is fetched with the branch, at most once
// per commit and not more often than every few seconds, so a run that polls every 10 s does not fetch every time.
import type { Logger } from '../core/ports.js';
import type { LineagePort } from '../core/health/lineage.js';
import type { GitCli } from './git-cli.js';
import { openGit, resolveBranch } from './promote-session.js';

export interface GitLineageOptions {
  git: GitCli;
  /** The branch the agent syncs, fetched when a commit is missing. */
  branch: string;
  logger: Logger;
  /** Least time between two fetches (default 5 s). */
  minFetchGapMs?: number;
  now?: () => number;
}

export function gitLineage(o: GitLineageOptions): LineagePort & { fetches(): number } {
  const answers = new Map<string, boolean>();
  const tried = new Set<string>();
  const now = o.now ?? Date.now;
  const gap = o.minFetchGapMs ?? 5000;
  let lastFetch = Number.NEGATIVE_INFINITY;
  let fetches = 0;
  let warned = false;

  const have = async (sha: string): Promise<boolean> => (await o.git.resolveCommit(sha)) !== undefined;

  async function fetchFor(missing: string[]): Promise<void> {
    if (missing.every((m) => tried.has(m)) || now() - lastFetch < gap) return;
    missing.forEach((m) => tried.add(m));
    lastFetch = now();
    fetches++;
    try {
      await o.git.fetchBranch(o.branch);
    } catch (e) {
      if (!warned) o.logger.warning(`cannot fetch ${o.branch} to look up synced commits: ${(e as Error).message}`);
      warned = true;
    }
  }

  return {
    fetches: () => fetches,
    async contains(descendant, ancestor) {
      const key = `${descendant}..${ancestor}`;
      const known = answers.get(key);
      if (known !== undefined) return known;
      let missing = [];
      for (const sha of [descendant, ancestor]) if (!(await have(sha))) missing.push(sha);
      if (missing.length) {
        await fetchFor(missing);
        missing = [];
        for (const sha of [descendant, ancestor]) if (!(await have(sha))) missing.push(sha);
        if (missing.length) return undefined;
      }
      const yes = await o.git.isAncestor(ancestor, descendant);
      answers.set(key, yes);
      return yes;
    },
  };
}

export interface ConfigLineage {
  lineage?: LineagePort;
  /** The commit as a full sha when the clone knows it (an abbreviated --commit works with history). */
  commit?: string;
  dispose(): Promise<void>;
}

/**
 * History for a run that was given a commit: the clone at `cwd` (the config repository's checkout), with the token
 * for fetching when it has one. No clone: no history, and only the commit itself counts (a warning says so).
 */
export async function configLineage(o: { cwd: string; commit?: string; token?: string; logger: Logger; mask?: (s: string[]) => void }): Promise<ConfigLineage> {
  if (!o.commit) return { commit: o.commit, dispose: async () => {} };
  let git: GitCli;
  try {
    git = await openGit({ cwd: o.cwd, token: o.token, logger: o.logger, mask: o.mask });
  } catch (e) {
    o.logger.warning(`no clone of the config repository (${(e as Error).message}); only a revision equal to ${o.commit.slice(0, 12)} counts, not one after it`);
    return { commit: o.commit, dispose: async () => {} };
  }
  const branch = await resolveBranch(git, undefined);
  const full = (await git.resolveCommit(o.commit)) ?? (o.commit.length === 40 ? o.commit : undefined);
  if (!full) await git.fetchBranch(branch).catch(() => undefined);
  const commit = full ?? (await git.resolveCommit(o.commit)) ?? o.commit;
  return { lineage: gitLineage({ git, branch, logger: o.logger }), commit, dispose: () => git.dispose() };
}
