// The drift tracking issue over both GitHub transports and the API double: found by its label or, when GitHub
// dropped the label (a token without push access), by the hidden marker in its body; never opened twice.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { DRIFT_TRACKING_MARKER, issuesOver } from '../../src/adapters/github-issues.js';
import type { IssuePort } from '../../src/core/ports.js';
import { startGitHubApiDouble, type GitHubApiDouble } from './helpers/github-api-double.js';
import { TRANSPORTS, recorder, type Recorder } from './helpers/github-transports.js';

const TOKEN = `ghs_${randomBytes(18).toString('hex')}`;
const LABEL = 'gitops-promote-drift';
const TITLE = 'Config drift: environments out of step';

let api: GitHubApiDouble;

afterEach(async () => {
  await api.close();
});

const toolViolations = (): string[] => api.violations().filter((v) => !/: double bug, /.test(v));

describe.each(TRANSPORTS)('%s', (_name, make) => {
  let r: Recorder;
  let issues: IssuePort;

  beforeEach(async () => {
    api = await startGitHubApiDouble({ expectedToken: TOKEN });
    r = recorder();
    issues = issuesOver((await make(TOKEN, api.url, r)).request, `${api.owner}/${api.repo}`, r.logger);
  });

  /** What syncTrackingIssue does while drift lasts: find the open issue, else create it. */
  async function report(body: string): Promise<number> {
    const open = await issues.findOpen(LABEL);
    if (open) {
      await issues.update(open.number, body);
      return open.number;
    }
    return (await issues.create({ title: TITLE, body, labels: [LABEL] })).number;
  }

  it('without push access the label is dropped: a warning; the next run finds the issue by its marker', async () => {
    api.setPushAccess(false);
    const first = await report('prod runs v3, which staging never ran');
    const marked = expect.stringContaining(DRIFT_TRACKING_MARKER);
    expect(api.issues()).toMatchObject([{ number: first, labels: [], body: marked }]);
    const dropped = `^warning: the tracking issue #${first} was created without the label\\(s\\) ${LABEL}: `
      + 'GitHub drops labels';
    expect(r.lines).toContainEqual(expect.stringMatching(new RegExp(dropped)));

    const second = await report('prod runs v4, which staging never ran');
    expect(second).toBe(first);
    expect(api.issues()).toHaveLength(1);
    expect(api.issues()[0]?.body).toBe(`prod runs v4, which staging never ran\n\n${DRIFT_TRACKING_MARKER}\n`);
    expect(r.lines).toContain(`info: tracking issue #${first} found by its hidden marker (no label "${LABEL}")`);
    expect(toolViolations()).toEqual([]);
  });

  it('with push access the label finds it, and the list of all issues is never read', async () => {
    const first = await report('drift');
    const listed = api.requests.length;
    expect(await report('more drift')).toBe(first);
    const lists = api.requests.slice(listed).filter((q) => q.operationId === 'issues/list-for-repo');
    expect(lists.map((q) => q.query.labels)).toEqual([LABEL]);
    expect(api.labelsOf(first)).toEqual([LABEL]);
  });

  it('finds the marker past the first page of open issues, and ignores pull requests and closed issues', async () => {
    api.seedIssue({ title: 'old tracking issue', body: `gone\n${DRIFT_TRACKING_MARKER}`, state: 'closed' });
    const marked = api.seedIssue({ title: TITLE, body: `drift\n\n${DRIFT_TRACKING_MARKER}\n` });
    for (let i = 0; i < 150; i++) api.seedIssue({ title: `bug ${i}` });
    api.seedPull({ head: 'feature', body: `quotes the marker: ${DRIFT_TRACKING_MARKER}` });
    await expect(issues.findOpen(LABEL)).resolves.toMatchObject({ number: marked.number });
    const pages = api.requests.filter((q) => q.query.page !== undefined).map((q) => q.query.page);
    expect(pages).toEqual(['1', '2']);
  });

  it('an issue with the label but no marker (made before markers) is found, and gains the marker', async () => {
    const old = api.seedIssue({ title: TITLE, body: 'drift', labels: [LABEL] });
    expect(await report('still drift')).toBe(old.number);
    expect(api.issues()[0]?.body).toContain(DRIFT_TRACKING_MARKER);
  });

  it('a 502 on create is not retried blindly: it looks for the marker, then creates once', async () => {
    api.failNext({ operationId: 'issues/create' }, { status: 502, body: { message: 'Server Error' } });
    await report('drift');
    expect(api.issues()).toHaveLength(1);
    const calls = api.requests.map((q) => `${q.operationId} ${q.status}`);
    expect(calls).toEqual([
      'issues/list-for-repo 200', 'issues/list-for-repo 200', // by label, then by marker
      'issues/create 502', 'issues/list-for-repo 200', 'issues/create 201',
    ]);
  });

  it('closes with a comment', async () => {
    const n = await report('drift');
    await issues.close(n, 'No drift any more: closing.');
    const closed = { state: 'closed', stateReason: 'completed', comments: ['No drift any more: closing.'] };
    expect(api.issues()[0]).toMatchObject(closed);
  });
});
