// IssuePort over GitHub's REST API (the same `request` function as pull requests: Octokit in actions, fetch in
// the CLI; retries and rate limits are theirs).
//
// The tracking issue is found by its label and, failing that, by a hidden marker in its body. The marker matters
// because POST /issues silently drops labels when the token lacks push access (issues: write alone is not
// enough): found by label only, such an issue would be missed and a new one opened on every run.
// The marker is looked for in a paginated list of open issues, not through the search API: search is eventually
// consistent (an issue opened a minute ago may not be indexed yet, which is exactly the duplicate we must avoid),
// has its own 30-requests-a-minute limit, and matches words rather than the exact marker. A page of 100 open issues
// per request is cheap, and the list is read only when the label finds nothing.
import { quote } from '../core/errors.js';
import type { IssuePort, Logger, TrackingIssue } from '../core/ports.js';
import { described, type ApiRequest, type HttpError } from './github-pull-requests.js';

/** In the tracking issue's body; invisible once rendered. */
export const DRIFT_TRACKING_MARKER = '<!-- gitops-promote:drift-tracking -->';
/** Pages of 100 open issues read when looking for the marker. */
export const MARKER_PAGES = 10;

type Raw = { number: number; html_url: string; body?: string | null; pull_request?: unknown; labels?: unknown[] };

const withMarker = (body: string, marker: string): string =>
  (body.includes(marker) ? body : `${body.trimEnd()}\n\n${marker}\n`);
const labelName = (l: unknown): string => (typeof l === 'string' ? l : String((l as { name?: unknown }).name ?? ''));
const toIssue = (i: Raw): TrackingIssue => ({ number: i.number, url: i.html_url });

const ISSUES = 'GET /repos/{owner}/{repo}/issues';
const CREATE = 'POST /repos/{owner}/{repo}/issues';
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/{issue_number}';
const COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';

export function issuesOver(
  request: ApiRequest, repository: string, logger: Logger, marker = DRIFT_TRACKING_MARKER,
): IssuePort {
  const [owner, repo] = repository.split('/') as [string, string];
  const call = async (what: string, route: string, params: Record<string, unknown>): Promise<unknown> =>
    (await described(what, () => request(route, { owner, repo, ...params }))).data;
  // The issues API lists pull requests too: callers skip them.
  const list = async (params: Record<string, unknown>): Promise<Raw[]> =>
    (await call('listing issues', ISSUES, { state: 'open', ...params })) as Raw[];
  const byMarker = async (): Promise<Raw | undefined> => {
    for (let page = 1; page <= MARKER_PAGES; page++) {
      const issues = await list({ per_page: 100, page });
      const found = issues.find((i) => !i.pull_request && (i.body ?? '').includes(marker));
      if (found || issues.length < 100) return found;
    }
    logger.warning(`looked for the tracking issue's marker in the ${MARKER_PAGES * 100} newest open issues only`);
    return undefined;
  };
  const findOpen = async (label: string): Promise<TrackingIssue | undefined> => {
    const labelled = (await list({ labels: label, per_page: 10 })).find((i) => !i.pull_request);
    if (labelled) return toIssue(labelled);
    const marked = await byMarker();
    if (marked) logger.info(`tracking issue #${marked.number} found by its hidden marker (no label ${quote(label)})`);
    return marked ? toIssue(marked) : undefined;
  };
  const create = async (p: { title: string; body: string; labels: string[] }): Promise<TrackingIssue> => {
    const params = { title: p.title, body: withMarker(p.body, marker), labels: p.labels };
    const what = 'creating the tracking issue';
    let made: Raw;
    try {
      // Not retried blindly: a create that landed before a 5xx would make a second issue.
      made = (await request(CREATE, { owner, repo, ...params, request: { retries: 0 } })).data as Raw;
    } catch (e) {
      if (((e as HttpError).status ?? 500) < 500) return described(what, () => Promise.reject(e));
      const landed = await byMarker();
      if (landed) return toIssue(landed);
      made = (await call(what, CREATE, params)) as Raw;
    }
    warnDroppedLabels(made, p.labels, logger);
    return toIssue(made);
  };
  return {
    findOpen,
    create,
    async update(number, body) {
      await call('updating the tracking issue', UPDATE, { issue_number: number, body: withMarker(body, marker) });
    },
    async close(number, comment) {
      await call('commenting on the tracking issue', COMMENT, { issue_number: number, body: comment });
      const closed = { issue_number: number, state: 'closed', state_reason: 'completed' };
      await call('closing the tracking issue', UPDATE, closed);
    },
  };
}

function warnDroppedLabels(made: Raw, wanted: string[], logger: Logger): void {
  const got = new Set((made.labels ?? []).map((l) => labelName(l).toLowerCase()));
  const dropped = wanted.filter((l) => !got.has(l.toLowerCase()));
  if (!dropped.length) return;
  logger.warning(`the tracking issue #${made.number} was created without the label(s) ${dropped.join(', ')}: `
    + 'GitHub drops labels silently when the token lacks push access; the issue is found by its hidden marker instead');
}
