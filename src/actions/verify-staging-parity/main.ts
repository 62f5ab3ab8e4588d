// verify-staging-parity: on pull_request / merge_group, the required check that blocks version changes that
// skipped the previous environment; on schedule (or workflow_dispatch), the drift report.
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../../core/errors.js';
import { checkParity } from '../../core/parity/check-parity.js';
import { computeDrift } from '../../core/parity/drift.js';
import { policyDuration as parseDuration } from '../../core/durations.js';
import { driftSummary, paritySummary } from '../../core/parity/report.js';
import { syncTrackingIssue } from '../../core/parity/tracking-issue.js';
import { configAt } from '../../core/promote/config-at.js';
import { bool, choice, text } from '../../adapters/action-inputs.js';
import { failAction } from '../../adapters/action-failure.js';
import { actionLogger, maskSecrets } from '../../adapters/action-logger.js';
import { liveReader } from '../../adapters/live-version.js';
import { openGit } from '../../adapters/promote-session.js';
import { runContext } from '../../adapters/run-context.js';
import { findRenderer } from '../../adapters/kustomize-renderer.js';
import { renderChoice } from '../../core/parity/render-choice.js';

interface Event {
  pull_request?: { base?: { sha?: string }; head?: { sha?: string } };
  merge_group?: { base_sha?: string; head_sha?: string; base_ref?: string };
}

/** The target branch's tip for a merge_group event (fetched), or undefined outside the merge queue. */
async function mergeQueueTarget(git: Awaited<ReturnType<typeof openGit>>, baseRef: string | undefined): Promise<string | undefined> {
  if (!baseRef) return undefined;
  const branch = baseRef.replace(/^refs\/heads\//, '');
  const tip = await git.fetchBranch(branch);
  if (!tip) throw new UserError(`merge_group.base_ref ${JSON.stringify(baseRef)} could not be fetched; expected the queue's target branch`);
  return tip;
}

async function verifyParity(): Promise<void> {
  const ctx = runContext();
  const token = text('token');
  if (token) maskSecrets([token]);
  const eventName = process.env.GITHUB_EVENT_NAME ?? '';
  if (eventName === 'pull_request_target') {
    throw new UserError('verify-staging-parity must not run on pull_request_target (it would run with write access on code from forks); expected on: pull_request and merge_group');
  }
  const event: Event = process.env.GITHUB_EVENT_PATH ? (JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8')) as Event) : {};
  const auto = eventName === 'pull_request' || eventName === 'merge_group' ? 'pull-request' : 'drift';
  const asked = choice('mode', ['auto', 'pull-request', 'drift'] as const, 'auto');
  const mode = asked === 'auto' ? auto : asked;
  const configPath = text('config') || undefined;
  const git = await openGit({ cwd: resolve(text('path', ctx.workspace)), token, logger: actionLogger, mask: maskSecrets });
  try {
    if (mode === 'pull-request') {
      const baseSha = text('base') || event.merge_group?.base_sha || event.pull_request?.base?.sha;
      const headSha = text('head') || event.merge_group?.head_sha || event.pull_request?.head?.sha;
      if (!baseSha || !headSha) throw new UserError(`no base and head to compare: event ${JSON.stringify(eventName)} carries none; expected on: pull_request or merge_group, or inputs base and head`);
      const base = await git.ensureCommit(baseSha, 'base');
      const head = await git.ensureCommit(headSha, 'head');
      const render = renderChoice(text('render') || undefined, 'input render');
      // In the merge queue, base_sha may hold PRs queued ahead: "ran" means on the target branch itself.
      const historyRef = await mergeQueueTarget(git, event.merge_group?.base_ref);
      const opts = { now: new Date(), configPath, singleAppName: ctx.repositoryName, render, findRenderer, historyRef };
      const report = await checkParity(git, base, head, opts);
      for (const v of report.violations) core.error(v.reason, { file: v.file, startLine: v.line, title: `staging parity: ${v.rule}` });
      for (const n of report.notices) core.notice(n);
      core.setOutput('ok', String(report.ok));
      core.setOutput('violations', JSON.stringify(report.violations));
      await core.summary.addRaw(paritySummary(report)).write();
      if (!report.ok) core.setFailed(`staging parity: ${report.violations.length} violation(s): ${[...new Set(report.violations.map((v) => v.rule))].join(', ')}`);
      return;
    }
    const head = await git.ensureCommit(text('head') || 'HEAD', 'head');
    const config = await configAt(await git.snapshot(head), configPath);
    const behind = text('behind-after') || config.drift.behindAfter;
    let behindAfterMs: number | undefined;
    try {
      behindAfterMs = behind ? parseDuration(behind) : undefined;
    } catch (e) {
      throw new UserError(`behind-after: ${(e as Error).message}`);
    }
    const live = bool('live', false) && config.drift.live ? liveReader(config.drift.live) : undefined;
    const { matrix, drift } = await computeDrift(git, head, { now: new Date(), configPath, singleAppName: ctx.repositoryName, behindAfterMs, live });
    for (const d of drift) core.warning(`${d.app} ${d.env}${d.region ? ` (${d.region})` : ''}: ${d.message}`, d.file ? { file: d.file, startLine: d.line, title: `drift: ${d.kind}` } : {});
    core.setOutput('drift', JSON.stringify(drift));
    core.setOutput('ok', String(drift.length === 0));
    let summary = driftSummary(matrix, drift);
    if (bool('tracking-issue', false)) {
      if (!token) throw new UserError('tracking-issue needs a token with issues: write (input token)');
      const { octokitRequest } = await import('../../adapters/github-octokit.js');
      const { issuesOver } = await import('../../adapters/github-issues.js');
      const result = await syncTrackingIssue(issuesOver(await octokitRequest(token, ctx.apiUrl), ctx.repository, actionLogger), matrix, drift, ctx.runUrl);
      if (result.action !== 'none') summary += `\nTracking issue ${result.action}: ${result.url}\n`;
      core.setOutput('issue-url', result.action === 'none' ? '' : result.url);
    }
    await core.summary.addRaw(summary).write();
    if (drift.length && bool('fail-on-drift', false)) core.setFailed(`${drift.length} drift finding(s)`);
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
  await verifyParity().catch(failAction);
}
