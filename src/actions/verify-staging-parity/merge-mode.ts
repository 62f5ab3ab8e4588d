// merge-reports mode: the shard reports of the matrix's drift jobs (downloaded artifacts, input reports) combined
// exactly as `gitops-promote merge-reports` combines them; this step alone keeps the tracking issue and fails on
// drift. It reads files in the workspace only and needs no checkout.
import * as core from '@actions/core';
import { UserError } from '../../core/errors.js';
import { mergeReports, mergedTitle } from '../../core/scale/merge-reports.js';
import { statusMatrix } from '../../core/scale/status-matrix.js';
import { renderMatrix } from '../../core/status/matrix.js';
import { optionOf } from '../../core/verbs/definition.js';
import { MERGE_REPORTS } from '../../core/verbs/merge-reports.js';
import type { OptionSource } from '../../core/verbs/option-source.js';
import { resolveMergeRequest } from '../../core/verbs/resolve-merge-reports.js';
import type { RunContext } from '../../adapters/run-context.js';
import { readShardReport } from '../../adapters/shard-report-file.js';
import { workspaceFiles } from '../../adapters/workspace-files.js';
import { publishDrift } from './drift-outcome.js';

export async function mergeShardReports(src: OptionSource, ctx: RunContext, token: string): Promise<void> {
  const o = optionOf(MERGE_REPORTS, 'reports');
  const patterns = src.values(o);
  if (!patterns.length) {
    throw new UserError(`${src.label(o)} is required in mode merge-reports; expected the shard reports' paths or `
      + 'globs in the workspace, one per line');
  }
  const files = workspaceFiles(patterns, ctx.workspace, src.label(o));
  const merged = mergeReports(files.map((f) => readShardReport(f.path, f.name)));
  const req = resolveMergeRequest(src, merged.kind);
  if (merged.kind === 'status') {
    core.setOutput('ok', 'true');
    const table = renderMatrix(statusMatrix(merged.report), 'markdown');
    await core.summary.addRaw(`${mergedTitle(merged)}\n\n${table}\n`).write();
    return;
  }
  const { matrix, drift } = merged.report;
  await publishDrift(matrix, drift, { title: mergedTitle(merged), annotate: true, ...req }, ctx, token);
}
