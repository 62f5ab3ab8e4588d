// IssuePort over GitHub's REST API (the same `request` function as pull requests: Octokit in actions).
import type { IssuePort, Logger, TrackingIssue } from '../core/ports.js';
import { withApiRetry, type ApiRequest } from './github-pull-requests.js';

export function issuesOver(request: ApiRequest, repository: string, logger: Logger): IssuePort {
  const [owner, repo] = repository.split('/') as [string, string];
  type Raw = { number: number; html_url: string; pull_request?: unknown };
  return {
    async findOpen(label) {
      const { data } = await withApiRetry('listing issues', () => request('GET /repos/{owner}/{repo}/issues', { owner, repo, state: 'open', labels: label, per_page: 10 }), logger, true);
      // The issues API lists pull requests too.
      const found = (data as Raw[]).find((i) => !i.pull_request);
      return found ? { number: found.number, url: found.html_url } : undefined;
    },
    async create(p): Promise<TrackingIssue> {
      const { data } = await withApiRetry('creating the tracking issue', () => request('POST /repos/{owner}/{repo}/issues', { owner, repo, title: p.title, body: p.body, labels: p.labels }), logger, false);
      const d = data as Raw;
      return { number: d.number, url: d.html_url };
    },
    async update(number, body) {
      await withApiRetry('updating the tracking issue', () => request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: number, body }), logger, true);
    },
    async close(number, comment) {
      await withApiRetry('commenting on the tracking issue', () => request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: number, body: comment }), logger, false);
      await withApiRetry('closing the tracking issue', () => request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: number, state: 'closed', state_reason: 'completed' }), logger, true);
    },
  };
}
