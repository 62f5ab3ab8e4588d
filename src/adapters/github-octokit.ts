// For actions: Octokit from @actions/github. Imported dynamically, and only where a pull request is made:
// loading @actions/github costs ~90 ms of start-up.
import type { Logger, PullRequestPort } from '../core/ports.js';
import { UserError } from '../core/errors.js';
import { pullRequestsOver, type ApiRequest } from './github-pull-requests.js';

export async function octokitPullRequests(token: string, repository: string, apiUrl: string, logger: Logger): Promise<PullRequestPort> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token, { baseUrl: apiUrl });
  return pullRequestsOver((route, params) => octokit.request(route, params), (q, v) => octokit.graphql(q, v), repository, logger);
}

/** Octokit's request function alone (issues and other REST calls). */
export async function octokitRequest(token: string, apiUrl: string): Promise<ApiRequest> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token, { baseUrl: apiUrl });
  return (route, params) => octokit.request(route, params);
}

/** Pull requests for an action: Octokit on the run's repository, loaded only when a PR is made. */
export function actionPullRequests(token: string, repository: string, apiUrl: string, logger: Logger): () => Promise<PullRequestPort> {
  return async () => {
    if (!token) throw new UserError('mode pull-request needs a token (input token); expected a GitHub token with pull-requests: write');
    return octokitPullRequests(token, repository, apiUrl, logger);
  };
}
