// gitops-promote merge-reports FILE... (flags: src/core/verbs/merge-reports.ts): the shard reports of
// `drift --json --shard I/N` (or `status --format json --shard I/N`) as the one report a single job would have
// written. Only this step keeps the tracking issue and fails on drift: shards only report.
import { UserError } from '../core/errors.js';
import { driftSummary } from '../core/parity/report.js';
import { syncTrackingIssue } from '../core/parity/tracking-issue.js';
import type { DriftItem } from '../core/parity/drift.js';
import { mergeReports, mergedTitle } from '../core/scale/merge-reports.js';
import { statusMatrix } from '../core/scale/status-matrix.js';
import { renderMatrix, type Matrix } from '../core/status/matrix.js';
import { optionOf } from '../core/verbs/definition.js';
import { MERGE_REPORTS } from '../core/verbs/merge-reports.js';
import { readBool, readText } from '../core/verbs/option-source.js';
import { resolveMergeRequest } from '../core/verbs/resolve-merge-reports.js';
import { usageLine } from '../core/verbs/render-help.js';
import { readShardReport } from '../adapters/shard-report-file.js';
import { cliLogger } from './cli-logger.js';
import type { Output } from './output.js';
import { tokenFromEnv } from './repo-options.js';
import { parseFlags } from './flag-source.js';

async function trackingIssue(out: Output, matrix: Matrix, drift: DriftItem[], runUrl?: string): Promise<void> {
  const token = tokenFromEnv();
  const repository = process.env.GITHUB_REPOSITORY;
  if (!token || !repository) {
    throw new UserError('--tracking-issue needs GITOPS_PROMOTE_TOKEN (or GITHUB_TOKEN) and GITHUB_REPOSITORY in the '
      + 'environment; expected both (a workflow step has GITHUB_REPOSITORY)');
  }
  const logger = cliLogger(out);
  const { fetchClient } = await import('../adapters/github-fetch.js');
  const { issuesOver } = await import('../adapters/github-issues.js');
  const client = fetchClient(token, process.env.GITHUB_API_URL || 'https://api.github.com', { logger });
  const r = await syncTrackingIssue(issuesOver(client.request, repository, logger), matrix, drift, runUrl);
  out.stderr(r.action === 'none' ? 'tracking issue: nothing to do' : `tracking issue ${r.action}: ${r.url}`);
}

const flag = (name: string) => optionOf(MERGE_REPORTS, name);

export async function runMergeReportsCommand(argv: string[], out: Output): Promise<number> {
  const { source, positionals } = parseFlags(MERGE_REPORTS, argv);
  const json = readBool(source, flag('json'));
  if (!positionals.length) throw new UserError(`merge-reports needs the shard reports; ${usageLine(MERGE_REPORTS)}`);
  const merged = mergeReports(positionals.map((f) => readShardReport(f)));
  const req = resolveMergeRequest(source, merged.kind);
  if (merged.kind === 'status') {
    out.stdout(json ? JSON.stringify(merged.report) : renderMatrix(statusMatrix(merged.report), 'markdown'));
    return 0;
  }
  const { matrix, drift } = merged.report;
  if (req.trackingIssue) await trackingIssue(out, matrix, drift, readText(source, flag('run-url')));
  const text = (): string => `${mergedTitle(merged)}\n\n${driftSummary(matrix, drift).trimEnd()}`;
  out.stdout(json ? JSON.stringify(merged.report) : text());
  return req.failOnDrift && drift.length ? 1 : 0;
}
