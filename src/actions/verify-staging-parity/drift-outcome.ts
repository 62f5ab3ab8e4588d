// How the action publishes a drift report, whole (drift mode) or merged (merge-reports mode): warnings on the files,
// outputs, the job summary, the tracking issue and fail-on-drift. A shard (drift mode with shard) only reports.
import * as core from '@actions/core';
import { UserError } from '../../core/errors.js';
import type { DriftItem } from '../../core/parity/drift.js';
import { driftSummary } from '../../core/parity/report.js';
import { syncTrackingIssue } from '../../core/parity/tracking-issue.js';
import type { Matrix } from '../../core/status/matrix.js';
import { actionLogger } from '../../adapters/action-logger.js';
import type { RunContext } from '../../adapters/run-context.js';

export interface DriftPublish {
  /** A line above the summary (which shard, or how many were merged). */
  title?: string;
  /** Off for a shard: the merge job annotates every finding once. */
  annotate: boolean;
  trackingIssue: boolean;
  failOnDrift: boolean;
}

function annotate(drift: readonly DriftItem[]): void {
  for (const d of drift) {
    const where = d.file ? { file: d.file, startLine: d.line, title: `drift: ${d.kind}` } : {};
    core.warning(`${d.app} ${d.env}${d.region ? ` (${d.region})` : ''}: ${d.message}`, where);
  }
}

/** The summary's line about the issue; the token goes to the workflow's own API only. */
async function keepTrackingIssue(matrix: Matrix, drift: DriftItem[], ctx: RunContext, token: string): Promise<string> {
  if (!token) throw new UserError('tracking-issue needs a token with issues: write (input token)');
  const { octokitRequest } = await import('../../adapters/github-octokit.js');
  const { issuesOver } = await import('../../adapters/github-issues.js');
  const issues = issuesOver(await octokitRequest(token, ctx.apiUrl), ctx.repository, actionLogger);
  const result = await syncTrackingIssue(issues, matrix, drift, ctx.runUrl);
  core.setOutput('issue-url', result.action === 'none' ? '' : result.url);
  return result.action === 'none' ? '' : `\nTracking issue ${result.action}: ${result.url}\n`;
}

export async function publishDrift(
  matrix: Matrix, drift: DriftItem[], how: DriftPublish, ctx: RunContext, token: string,
): Promise<void> {
  if (how.annotate) annotate(drift);
  core.setOutput('drift', JSON.stringify(drift));
  core.setOutput('ok', String(drift.length === 0));
  let summary = `${how.title ? `${how.title}\n\n` : ''}${driftSummary(matrix, drift)}`;
  if (how.trackingIssue) summary += await keepTrackingIssue(matrix, drift, ctx, token);
  await core.summary.addRaw(summary).write();
  if (drift.length && how.failOnDrift) core.setFailed(`${drift.length} drift finding(s)`);
}
