// verify-staging-parity: on pull_request / merge_group, the required check that blocks version changes that
// skipped the previous environment; on schedule (or workflow_dispatch), the drift report. Inputs are read as the
// CLI's parity and drift verbs read their flags (src/core/verbs/resolve-parity.ts).
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../../core/errors.js';
import { checkParity } from '../../core/parity/check-parity.js';
import { computeDrift } from '../../core/parity/drift.js';
import { driftSummary, paritySummary } from '../../core/parity/report.js';
import { syncTrackingIssue } from '../../core/parity/tracking-issue.js';
import { configAt } from '../../core/promote/config-at.js';
import { optionOf } from '../../core/verbs/definition.js';
import { readText } from '../../core/verbs/option-source.js';
import { DRIFT, PARITY } from '../../core/verbs/parity.js';
import {
  parityMode, resolveDriftRequest, resolveParityRequest, type ParityEvent, type ParitySource,
} from '../../core/verbs/resolve-parity.js';
import { text } from '../../adapters/action-inputs.js';
import { failAction } from '../../adapters/action-failure.js';
import { actionLogger, maskSecrets } from '../../adapters/action-logger.js';
import { actionSource } from '../../adapters/action-source.js';
import { liveReader } from '../../adapters/live-version.js';
import { openGit } from '../../adapters/promote-session.js';
import { runContext, type RunContext } from '../../adapters/run-context.js';
import { findRenderer } from '../../adapters/kustomize-renderer.js';

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

async function reportDrift(git: Git, src: ParitySource, ctx: RunContext, token: string): Promise<void> {
  // The commit reported on: input head (shared with the pull-request check), else the checkout's HEAD.
  const head = await git.ensureCommit(readText(src, optionOf(PARITY, 'head')) ?? 'HEAD', 'head');
  const configPath = readText(src, optionOf(DRIFT, 'config'));
  const config = await configAt(await git.snapshot(head), configPath);
  const req = resolveDriftRequest(src, config);
  const live = req.live && config.drift.live ? liveReader(config.drift.live) : undefined;
  const { behindAfterMs } = req;
  const opts = { now: new Date(), configPath, singleAppName: ctx.repositoryName, behindAfterMs, live };
  const { matrix, drift } = await computeDrift(git, head, opts);
  for (const d of drift) {
    const where = d.file ? { file: d.file, startLine: d.line, title: `drift: ${d.kind}` } : {};
    core.warning(`${d.app} ${d.env}${d.region ? ` (${d.region})` : ''}: ${d.message}`, where);
  }
  core.setOutput('drift', JSON.stringify(drift));
  core.setOutput('ok', String(drift.length === 0));
  let summary = driftSummary(matrix, drift);
  if (req.trackingIssue) {
    if (!token) throw new UserError('tracking-issue needs a token with issues: write (input token)');
    const { octokitRequest } = await import('../../adapters/github-octokit.js');
    const { issuesOver } = await import('../../adapters/github-issues.js');
    const issues = issuesOver(await octokitRequest(token, ctx.apiUrl), ctx.repository, actionLogger);
    const result = await syncTrackingIssue(issues, matrix, drift, ctx.runUrl);
    if (result.action !== 'none') summary += `\nTracking issue ${result.action}: ${result.url}\n`;
    core.setOutput('issue-url', result.action === 'none' ? '' : result.url);
  }
  await core.summary.addRaw(summary).write();
  if (drift.length && req.failOnDrift) core.setFailed(`${drift.length} drift finding(s)`);
}

async function verify(): Promise<void> {
  const ctx = runContext();
  const token = text('token');
  if (token) maskSecrets([token]);
  const src: ParitySource = { ...actionSource(), event: eventOf() };
  const mode = parityMode(src);
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
