// Wiring shared by the promote action and CLI: a GitCli on the config repo with token auth (env only, masked),
// and the branch to promote on.
import { GitCli } from './git-cli.js';
import { gitAuthEnv } from './git-auth.js';
import type { Logger } from '../core/ports.js';
import { checkBranch } from '../core/validate-names.js';
import { UserError, quote } from '../core/errors.js';

export interface SessionOptions {
  cwd: string;
  token?: string;
  logger: Logger;
  /** Commit identity and other env for git. */
  env?: Record<string, string>;
  mask?: (secrets: string[]) => void;
}

/** The clone's GitCli and its top directory: the check that cwd is a clone already asked git for it. */
export async function openRepo(o: SessionOptions): Promise<{ git: GitCli; root: string }> {
  const probe = new GitCli({ cwd: o.cwd, logger: o.logger, env: o.env });
  const top = await probe.run(['rev-parse', '--show-toplevel'], { allowFail: true });
  if (top.code !== 0) throw new UserError(`${quote(o.cwd)} is not a git repository; expected a clone of the config repository (actions/checkout first)`);
  const root = top.stdout.trim();
  const url = await probe.remoteUrl();
  if (!url) throw new UserError(`the repository in ${quote(o.cwd)} has no remote "origin"; expected a clone of the config repository`);
  if (!o.token) return { git: probe, root };
  const auth = gitAuthEnv(o.token, url);
  o.mask?.(auth.secrets);
  return { git: new GitCli({ cwd: o.cwd, logger: o.logger, env: { ...o.env, ...auth.env } }), root };
}

export async function openGit(o: SessionOptions): Promise<GitCli> {
  return (await openRepo(o)).git;
}

/** The branch asked for, else the ref the run is on, else the checkout's branch, else the remote's default. */
export async function resolveBranch(git: GitCli, asked: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (asked) return checkBranch('branch', asked);
  // On pull_request events GITHUB_REF_NAME is "12/merge": the PR's base branch is the one meant.
  if (env.GITHUB_BASE_REF) return checkBranch('branch', env.GITHUB_BASE_REF);
  if (env.GITHUB_REF_TYPE === 'branch' && env.GITHUB_REF_NAME) return checkBranch('branch', env.GITHUB_REF_NAME);
  const head = await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFail: true });
  if (head.code === 0 && head.stdout.trim()) return checkBranch('branch', head.stdout.trim());
  const def = await git.run(['symbolic-ref', '--quiet', '--short', `refs/remotes/${git.remote}/HEAD`], { allowFail: true });
  if (def.code === 0 && def.stdout.trim()) return checkBranch('branch', def.stdout.trim().replace(`${git.remote}/`, ''));
  return 'main';
}
