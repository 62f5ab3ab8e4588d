// Which GitHub repository an action works on. Usually the run's own (GITHUB_REPOSITORY); but an app repository's
// workflow that checks out its config repository (actions/checkout with `repository:` and `path:`) promotes
// there, and its pull requests and commit links belong there. The checkout's origin says which, when it is on
// the same GitHub server as the run.

/**
 * "owner/repo" from a remote URL: https (with or without credentials or a port), ssh://, or scp-like
 * git@host:owner/repo; on github.com or any GitHub Enterprise Server host.
 */
export function repositoryFromUrl(url: string): string | undefined {
  const u = url.trim();
  // scheme://[user@]host[:port]/owner/repo, then git@host:owner/repo
  const m = /^[a-z+]+:\/\/(?:[^@/]+@)?[^/]+\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(u)
    ?? /^(?:[^@/]+@)?[^/:]+:([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(u);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

const hostOf = (url: string): string | undefined => {
  const ssh = /^(?:[\w.-]+@)?([\w.-]+):(?!\/\/)/.exec(url); // git@github.com:owner/repo.git
  if (ssh) return ssh[1]?.toLowerCase();
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
};

/** The checkout's repository when its origin is on `serverUrl`'s host; else the run's. */
export async function checkoutRepository(
  git: { remoteUrl(): Promise<string | undefined> },
  ctx: { repository: string; serverUrl: string },
): Promise<string> {
  const origin = await git.remoteUrl();
  if (!origin || hostOf(origin) !== hostOf(ctx.serverUrl)) return ctx.repository;
  return repositoryFromUrl(origin) ?? ctx.repository;
}
