// verify-staging-parity: on pull_request / merge_group, the required check that blocks version changes that
// skipped the previous environment; on schedule (or workflow_dispatch), the drift report (drift-mode.ts), whole or
// one shard, and mode merge-reports, which combines the shards (merge-mode.ts). Inputs are read as the CLI's
// parity, drift and merge-reports verbs read their flags (src/core/verbs/resolve-*.ts).
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../../core/errors.js';
import { checkParity } from '../../core/parity/check-parity.js';
import { paritySummary } from '../../core/parity/report.js';
import {
  parityMode, resolveParityRequest, type ParityEvent, type ParitySource,
} from '../../core/verbs/resolve-parity.js';
import { text } from '../../adapters/action-inputs.js';
import { failAction } from '../../adapters/action-failure.js';
import { actionLogger, maskSecrets } from '../../adapters/action-logger.js';
import { actionSource } from '../../adapters/action-source.js';
import { openGit } from '../../adapters/promote-session.js';
import { runContext, type RunContext } from '../../adapters/run-context.js';
import { findRenderer } from '../../adapters/kustomize-renderer.js';
import { reportDrift } from './drift-mode.js';
import { mergeShardReports } from './merge-mode.js';

type Git = Awaited<ReturnType<typeof openGit>>;

function eventOf(): ParityEvent {
  const name = process.env.GITHUB_EVENT_NAME ?? '';
  const path = process.env.GITHUB_EVENT_PATH;
  return { name, ...(path ? (JSON.parse(readFileSync(path, 'utf8')) as Omit<ParityEvent, 'name'>) : {}) };
}

async function checkChange(git: Git, src: ParitySource, ctx: RunContext): Promise<void> {
  const req = await resolveParityRequest(src);
  const base = await git.ensureCommit(req.base, 'base');
  const head = await git.ensureCommit(req.head, 'head');
  let historyRef: string | undefined;
  if (req.history && 'branch' in req.history) {
    historyRef = await git.fetchBranch(req.history.branch);
    if (!historyRef) {
      const ref = JSON.stringify(req.history.branch);
      throw new UserError(`merge_group.base_ref ${ref} could not be fetched; expected the queue's target branch`);
    }
  }
  const { configPath, render } = req;
  const opts = { now: new Date(), configPath, singleAppName: ctx.repositoryName, render, findRenderer, historyRef };
  const report = await checkParity(git, base, head, opts);
  for (const v of report.violations) {
    core.error(v.reason, { file: v.file, startLine: v.line, title: `staging parity: ${v.rule}` });
  }
  for (const n of report.notices) core.notice(n);
  core.setOutput('ok', String(report.ok));
  core.setOutput('violations', JSON.stringify(report.violations));
  await core.summary.addRaw(paritySummary(report)).write();
  const rules = [...new Set(report.violations.map((v) => v.rule))].join(', ');
  if (!report.ok) core.setFailed(`staging parity: ${report.violations.length} violation(s): ${rules}`);
}

async function verify(): Promise<void> {
  const ctx = runContext();
  const token = text('token');
  if (token) maskSecrets([token]);
  const src: ParitySource = { ...actionSource(), event: eventOf() };
  const mode = parityMode(src);
  // Merging reads the downloaded shard reports only: no checkout, no git.
  if (mode === 'merge-reports') return mergeShardReports(src, ctx, token);
  const cwd = resolve(text('path', ctx.workspace));
  const git = await openGit({ cwd, token, logger: actionLogger, mask: maskSecrets });
  try {
    if (mode === 'pull-request') await checkChange(git, src, ctx);
    else await reportDrift(git, src, ctx, token);
  } finally {
    await git.dispose();
  }
}

/**
 * The action, for @github/local-action (which imports this file and awaits run()) and for index.ts (the runner's
 * entry). Importing this file runs nothing. Every failure ends here in one annotation and its exit code, so run()
 * never rejects and both hosts report the same.
 */
export async function run(): Promise<void> {
  await verify().catch(failAction);
}
