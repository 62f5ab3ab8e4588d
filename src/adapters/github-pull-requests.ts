// PullRequestPort over GitHub's REST and GraphQL APIs, written against a small `request(route, params)`
// function: actions pass Octokit's (github-octokit.ts), the CLI a plain fetch (github-fetch.ts), so the CLI
// never loads @actions/github. Retries and rate limits belong to those transports (the same rules in both):
// nothing here waits or retries.
import type { PullRequest, PullRequestPort } from '../core/ports.js';

export interface HttpError {
  status?: number;
  response?: { headers?: Record<string, string | undefined> };
  message: string;
}
export type ApiRequest = (route: string, params: Record<string, unknown>) => Promise<{ data: unknown }>;
export type GraphqlRequest = (query: string, variables: Record<string, unknown>) => Promise<unknown>;
/** What both transports offer: Octokit's request and graphql (github-octokit.ts), or fetch's (github-fetch.ts). */
export interface GitHubClient { request: ApiRequest; graphql: GraphqlRequest }

/** Runs one API call; a failure says what was being done: "creating the pull request failed: HTTP 422: …". */
export async function described<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    const err = e as HttpError;
    throw Object.assign(new Error(`${what} failed: ${err.status ? `HTTP ${err.status}: ` : ''}${err.message}`), {
      status: err.status,
      response: err.response,
    });
  }
}

const AUTO_MERGE = 'mutation($id: ID!) { enablePullRequestAutoMerge(input: {pullRequestId: $id, mergeMethod: SQUASH}) '
  + '{ pullRequest { number } } }';

export function pullRequestsOver(request: ApiRequest, graphql: GraphqlRequest, repository: string): PullRequestPort {
  const [owner, repo] = repository.split('/') as [string, string];
  type Raw = { number: number; html_url: string; node_id: string };
  const toPr = (d: Raw, created: boolean): PullRequest =>
    ({ number: d.number, url: d.html_url, nodeId: d.node_id, created });
  const findOpen = async (head: string, base: string): Promise<PullRequest | undefined> => {
    const params = { owner, repo, state: 'open', head: `${owner}:${head}`, base, per_page: 10 };
    const { data } = await described('listing pull requests', () => request('GET /repos/{owner}/{repo}/pulls', params));
    const list = data as Raw[];
    return list[0] ? toPr(list[0], false) : undefined;
  };
  const create = async (p: { head: string; base: string; title: string; body: string }): Promise<PullRequest> => {
    const params = { owner, repo, head: p.head, base: p.base, title: p.title, body: p.body };
    const fields = { ...params, maintainer_can_modify: false };
    try {
      const { data } = await request('POST /repos/{owner}/{repo}/pulls', fields);
      return toPr(data as Raw, true);
    } catch (e) {
      // The transport retries a 5xx; when the first attempt had landed after all, GitHub answers the retry with
      // 422 "already exists". Either way the PR may be there: look before failing.
      const status = (e as HttpError).status ?? 0;
      const found = status >= 422 ? await findOpen(p.head, p.base) : undefined;
      if (found) return found;
      return described('creating the pull request', () => Promise.reject(e));
    }
  };
  return {
    findOpen,
    create,
    async update(number, p) {
      const params = { owner, repo, pull_number: number, title: p.title, body: p.body };
      const route = 'PATCH /repos/{owner}/{repo}/pulls/{pull_number}';
      const { data } = await described('updating the pull request', () => request(route, params));
      return toPr(data as Raw, false);
    },
    async addLabels(number, labels) {
      const params = { owner, repo, issue_number: number, labels };
      const route = 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels';
      await described('labelling the pull request', () => request(route, params));
    },
    async enableAutoMerge(pr) {
      await described('enabling auto-merge', () => graphql(AUTO_MERGE, { id: pr.nodeId }));
    },
  };
}
