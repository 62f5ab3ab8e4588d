// gitops-promote merge-reports FILE... (flags: src/core/verbs/merge-reports.ts): the shard reports of
// `drift --json --shard I/N` (or `status --format json --shard I/N`) as the one report a single job would have
// written. Only this step keeps the tracking issue and fails on drift: shards only report.
import { readFileSync } from 'node:fs';
import { UserError } from '../core/errors.js';
import { driftSummary } from '../core/parity/report.js';
import { syncTrackingIssue } from '../core/parity/tracking-issue.js';
import type { DriftItem } from '../core/parity/drift.js';
import { mergeReports, type StatusReport } from '../core/scale/merge-reports.js';
import { renderMatrix, type CellEntry, type Matrix } from '../core/status/matrix.js';
import { optionOf } from '../core/verbs/definition.js';
import { MERGE_REPORTS } from '../core/verbs/merge-reports.js';
import { readBool, readText } from '../core/verbs/option-source.js';
import { usageLine } from '../core/verbs/render-help.js';
import { cliLogger } from './cli-logger.js';
import type { Output } from './output.js';
import { tokenFromEnv } from './repo-options.js';
import { parseFlags } from './flag-source.js';

function readReport(file: string): { file: string; data: unknown } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new UserError(`cannot read: ${why}; expected a shard report (JSON)`, file);
  }
  try {
    return { file, data: JSON.parse(text) };
  } catch {
    throw new UserError('is not JSON; expected a shard report from `drift --json --shard I/N`', file, 1);
  }
}

/** status --format json's cells, back as a matrix to print. */
function statusMatrix(r: StatusReport): Matrix {
  type Cell = { file: string; region: string | null; version: string | null; problem?: string };
  const entry = (c: Cell): CellEntry =>
    ({ file: c.file, region: c.region ?? undefined, version: c.version ?? undefined, line: 1, problem: c.problem });
  const cells = (envs: Record<string, unknown[]>): Record<string, CellEntry[]> =>
    Object.fromEntries(Object.entries(envs).map(([env, list]) => [env, (list as Cell[]).map(entry)]));
  return { envs: r.envs, apps: r.apps.map((a) => ({ app: a.app, cells: cells(a.envs) })) };
}

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
  const failOnDrift = readBool(source, flag('fail-on-drift'));
  const tracking = readBool(source, flag('tracking-issue'));
  if (!positionals.length) throw new UserError(`merge-reports needs the shard reports; ${usageLine(MERGE_REPORTS)}`);
  const merged = mergeReports(positionals.map(readReport));
  if (merged.kind === 'status') {
    if (failOnDrift || tracking) {
      throw new UserError('--fail-on-drift and --tracking-issue need drift reports; '
        + 'expected `drift --json --shard I/N` files');
    }
    out.stdout(json ? JSON.stringify(merged.report) : renderMatrix(statusMatrix(merged.report), 'markdown'));
    return 0;
  }
  const { matrix, drift } = merged.report;
  if (tracking) await trackingIssue(out, matrix, drift, readText(source, flag('run-url')));
  const head = `Merged ${merged.shards} shard reports of ${merged.report.ref.slice(0, 12)}`;
  out.stdout(json ? JSON.stringify(merged.report) : `${head}\n\n${driftSummary(matrix, drift).trimEnd()}`);
  return failOnDrift && drift.length ? 1 : 0;
}
