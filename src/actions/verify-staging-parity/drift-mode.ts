// Drift mode: the report of the commit checked out, for every app or (input shard) one shard's apps. A shard
// writes the JSON report `drift --json --shard I/N` prints to a file for the merge-reports job, and only reports.
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { computeDrift } from '../../core/parity/drift.js';
import { configAt } from '../../core/promote/config-at.js';
import type { DriftReport } from '../../core/scale/merge-reports.js';
import type { Shard } from '../../core/scale/shard.js';
import { optionOf } from '../../core/verbs/definition.js';
import { readText, type OptionSource } from '../../core/verbs/option-source.js';
import { DRIFT, PARITY } from '../../core/verbs/parity.js';
import { resolveDriftRequest, resolveDriftShard } from '../../core/verbs/resolve-parity.js';
import { liveReader } from '../../adapters/live-version.js';
import type { openGit } from '../../adapters/promote-session.js';
import type { RunContext } from '../../adapters/run-context.js';
import { writeShardReport } from '../../adapters/shard-report-file.js';
import { publishDrift } from './drift-outcome.js';

type Git = Awaited<ReturnType<typeof openGit>>;

/**
 * Input report-file from the workspace, else in RUNNER_TEMP: outside the checkout (which stays clean) and emptied
 * when the job ends; actions/upload-artifact takes the path from the output.
 */
function reportPath(src: OptionSource, ctx: RunContext, shard: Shard): string {
  const given = readText(src, optionOf(DRIFT, 'report-file'));
  if (given !== undefined) return resolve(ctx.workspace, given);
  const name = `gitops-promote-drift-shard-${shard.index}-of-${shard.count}.json`;
  return join(process.env.RUNNER_TEMP || tmpdir(), name);
}

export async function reportDrift(git: Git, src: OptionSource, ctx: RunContext, token: string): Promise<void> {
  // Refused before anything is read, as the CLI refuses it.
  const shard = resolveDriftShard(src);
  // The commit reported on: input head (shared with the pull-request check), else the checkout's HEAD.
  const head = await git.ensureCommit(readText(src, optionOf(PARITY, 'head')) ?? 'HEAD', 'head');
  const configPath = readText(src, optionOf(DRIFT, 'config'));
  const config = await configAt(await git.snapshot(head), configPath);
  const req = resolveDriftRequest(src, config);
  const live = req.live && config.drift.live ? liveReader(config.drift.live) : undefined;
  const { behindAfterMs } = req;
  const opts = { now: new Date(), configPath, singleAppName: ctx.repositoryName, behindAfterMs, live, shard };
  const { matrix, drift } = await computeDrift(git, head, opts);
  if (!shard) {
    await publishDrift(matrix, drift, { ...req, annotate: true }, ctx, token);
    return;
  }
  const file = reportPath(src, ctx, shard);
  const report: DriftReport = { ref: head, shard, matrix, drift };
  writeShardReport(file, report);
  core.setOutput('report-file', file);
  const title = `Shard ${shard.index}/${shard.count} of ${head.slice(0, 12)}: the merge-reports job combines the `
    + 'shards, keeps the tracking issue and applies fail-on-drift.';
  await publishDrift(matrix, drift, { title, annotate: false, trackingIssue: false, failOnDrift: false }, ctx, token);
}
