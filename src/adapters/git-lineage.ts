// LineagePort on the config repository's clone: `git merge-base --is-ancestor`. A commit the clone lacks (the agent
// synced a commit pushed after the checkout, or the checkout is shallow) is fetched with the branch, at most once
// per commit and not more often than every few seconds, so a run that polls every 10 s does not fetch every time.
import type { Logger } from '../core/ports.js';
import type { LineagePort } from '../core/health/lineage.js';
import type { GitCli } from './git-cli.js';
import { openGit } from './promote-session.js';

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
/**
 * The branch the checkout is on (actions/checkout checks a branch out by name), else the remote's default branch:
 * the one the agent syncs. Not GITHUB_REF_NAME: the workflow may run in another repository than the config's.
 */
async function checkedOutBranch(git: GitCli): Promise<string> {
  const head = await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFail: true });
  if (head.code === 0 && head.stdout.trim()) return head.stdout.trim();
  const def = await git.run(['symbolic-ref', '--quiet', '--short', `refs/remotes/${git.remote}/HEAD`], { allowFail: true });
  return def.code === 0 && def.stdout.trim() ? def.stdout.trim().replace(`${git.remote}/`, '') : 'main';
}

export interface ConfigLineageOptions {
  cwd: string;
  commit?: string;
  token?: string;
  logger: Logger;
  mask?: (s: string[]) => void;
}

export async function configLineage(o: ConfigLineageOptions): Promise<ConfigLineage> {
  if (!o.commit) return { commit: o.commit, dispose: async () => {} };
  let git: GitCli;
  try {
    git = await openGit({ cwd: o.cwd, token: o.token, logger: o.logger, mask: o.mask });
  } catch (e) {
    const why = (e as Error).message;
    const only = `only a revision equal to ${o.commit.slice(0, 12)} counts, not one after it`;
    o.logger.warning(`no clone of the config repository (${why}); ${only}`);
    return { commit: o.commit, dispose: async () => {} };
  }
  const branch = await checkedOutBranch(git);
  const full = (await git.resolveCommit(o.commit)) ?? (o.commit.length === 40 ? o.commit : undefined);
  if (!full) await git.fetchBranch(branch).catch(() => undefined);
  const commit = full ?? (await git.resolveCommit(o.commit)) ?? o.commit;
  return { lineage: gitLineage({ git, branch, logger: o.logger }), commit, dispose: () => git.dispose() };
}
