// What every repository verb shares: --repo DIR, the token from the environment (never a flag: flags show in
// `ps`), and the commit identity git already has.
import { basename, resolve } from 'node:path';
import { repositoryFromUrl } from '../adapters/checkout-repository.js';
import { GitCli } from '../adapters/git-cli.js';
import { openRepo } from '../adapters/promote-session.js';
import { UserError } from '../core/errors.js';
import type { Logger, PullRequestPort } from '../core/ports.js';

export const tokenFromEnv = (env: NodeJS.ProcessEnv = process.env): string | undefined =>
  env.GITOPS_PROMOTE_TOKEN || env.GITHUB_TOKEN || undefined;

export async function cliGit(
  repo: string | undefined, logger: Logger, withToken: boolean,
): Promise<{ git: GitCli; root: string }> {
  const cwd = resolve(repo ?? '.');
  return openRepo({ cwd, token: withToken ? tokenFromEnv() : undefined, logger });
}

/** The app name of a single-app repository: its directory name. */
export const singleAppName = (root: string): string => basename(root).replace(/\.git$/, '') || 'app';

export async function actorName(git: GitCli): Promise<string> {
  const r = await git.run(['config', 'user.name'], { allowFail: true });
  return r.stdout.trim() || process.env.USER || 'unknown';
}

/** Pull requests for the CLI: the token from the environment, the repository from origin, plain fetch. */
export function cliPullRequests(git: GitCli, logger: Logger): () => Promise<PullRequestPort> {
  return async () => {
    const token = tokenFromEnv();
    const repository = repositoryFromUrl((await git.remoteUrl()) ?? '');
    if (!token || !repository) {
      throw new UserError('--mode pull-request needs GITOPS_PROMOTE_TOKEN (or GITHUB_TOKEN) in the environment '
        + 'and a GitHub origin; expected both');
    }
    const { pullRequestsOver } = await import('../adapters/github-pull-requests.js');
    const { fetchClient } = await import('../adapters/github-fetch.js');
    const client = fetchClient(token, process.env.GITHUB_API_URL || 'https://api.github.com', { logger });
    return pullRequestsOver(client.request, client.graphql, repository);
  };
}
