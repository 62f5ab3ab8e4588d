// What a read verb (status, history, drift, parity) reads when no ref is given: origin/BRANCH after a quiet fetch,
// so that what was just pushed (by a promotion from this CLI, or anyone) is what is shown. --no-fetch reads HEAD
// and says how far it is behind origin/BRANCH as last fetched.
import { UserError, quote } from '../core/errors.js';
import type { Logger } from '../core/ports.js';
import type { GitCli } from '../adapters/git-cli.js';

export interface ReadRef {
  /** What was read, as a user would name it (origin/main, HEAD, the --ref given). */
  name: string;
  sha: string;
}

/** An explicit ref, or an error naming the flag it came from. */
export async function commitOf(git: GitCli, ref: string, flag: string): Promise<string> {
  const sha = await git.resolveCommit(ref);
  if (sha) return sha;
  throw new UserError(`${flag} ${quote(ref)} is not a commit in this repository; expected a branch, tag or sha `
    + 'such as HEAD or origin/main');
}

/**
 * The branch origin/BRANCH names. Read verbs: HEAD's upstream on origin, else origin's default branch, else HEAD's
 * branch. parity (`target`): origin's default branch first, the one a pull request would merge into.
 */
async function remoteBranch(git: GitCli, target: boolean): Promise<string | undefined> {
  const ask = async (args: string[]): Promise<string> => {
    const r = await git.run(args, { allowFail: true });
    return r.code === 0 ? r.stdout.trim() : '';
  };
  const onRemote = (ref: string): string => (ref.startsWith(`${git.remote}/`) ? ref.slice(git.remote.length + 1) : '');
  const upstream = async () => onRemote(await ask(['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{u}']));
  const def = async () => onRemote(await ask(['symbolic-ref', '-q', '--short', `refs/remotes/${git.remote}/HEAD`]));
  const found = target ? (await def()) || (await upstream()) : (await upstream()) || (await def());
  return found || (await ask(['symbolic-ref', '--quiet', '--short', 'HEAD'])) || undefined;
}

async function behindBy(git: GitCli, tracking: string): Promise<number> {
  const r = await git.run(['rev-list', '--count', `HEAD..${tracking}`], { allowFail: true });
  return r.code === 0 ? Number(r.stdout.trim()) : 0;
}

/** origin/BRANCH, fetched quietly first unless `fetch` is false; undefined without an origin or such a branch. */
export async function trackingRef(
  git: GitCli, fetch: boolean, logger: Logger, target = false,
): Promise<string | undefined> {
  const branch = (await git.remoteUrl()) ? await remoteBranch(git, target) : undefined;
  if (!branch) return undefined;
  const tracking = `${git.remote}/${branch}`;
  if (fetch) {
    const refspec = `+refs/heads/${branch}:refs/remotes/${tracking}`;
    const r = await git.run(['fetch', '--quiet', '--no-tags', git.remote, refspec], { allowFail: true });
    const why = r.stderr.trim().split('\n').pop();
    if (r.code !== 0) {
      logger.warning(`could not fetch ${branch} from ${git.remote} (${why}); reading ${tracking} as last fetched`);
    }
  }
  return (await git.resolveCommit(tracking)) ? tracking : undefined;
}

/** `asked` (the --ref given), else origin/BRANCH after a quiet fetch, else HEAD; --no-fetch: HEAD, how far behind. */
export async function readRef(
  git: GitCli, asked: string | undefined, noFetch: boolean, logger: Logger, flag = '--ref',
): Promise<ReadRef> {
  if (asked !== undefined) return { name: asked, sha: await commitOf(git, asked, flag) };
  const tracking = await trackingRef(git, !noFetch, logger);
  if (tracking && !noFetch) return { name: tracking, sha: await commitOf(git, tracking, tracking) };
  if (tracking) {
    const behind = await behindBy(git, tracking);
    const commits = `${behind} commit${behind === 1 ? '' : 's'}`;
    if (behind) logger.warning(`reading HEAD (--no-fetch), ${commits} behind ${tracking} as last fetched`);
  }
  return { name: 'HEAD', sha: await commitOf(git, 'HEAD', 'HEAD') };
}
