// The promote action: typed inputs → core → outputs, job summary, annotations.
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { configAt } from '../../core/promote/config-at.js';
import { fetchTip } from '../../core/promote/deliver-push.js';
import { runPromote } from '../../core/promote/run-promote.js';
import { checkName, nameList } from '../../core/validate-names.js';
import { bool, choice, int, required, text } from '../../adapters/action-inputs.js';
import { failAction } from '../../adapters/action-failure.js';
import { actionLogger, maskSecrets } from '../../adapters/action-logger.js';
import { checkoutRepository } from '../../adapters/checkout-repository.js';
import { openGit, resolveBranch } from '../../adapters/promote-session.js';
import { reasonInput, runContext } from '../../adapters/run-context.js';

async function promote(): Promise<void> {
  const ctx = runContext();
  const token = text('token');
  if (token) maskSecrets([token]);
  const apps = nameList('app', required('app'));
  const to = checkName('to', required('to'));
  const from = text('from') ? checkName('from', text('from')) : undefined;
  const version = text('version') || undefined;
  const modeInput = choice('mode', ['push', 'pull-request'] as const, 'push');
  const dryRun = bool('dry-run', false);
  const skipGate = reasonInput('skip-gate');
  const allowDowngrade = bool('allow-downgrade', false);
  const freezeOverrideReason = text('freeze-override-reason') || undefined;
  const maxAttemptsInput = core.getInput('max-attempts').trim();
  const maxAttempts = int('max-attempts', 10, 1, 100); // validated now; the config's value applies when the input is empty
  const configPath = text('config') || undefined;

  const git = await openGit({ cwd: resolve(text('path', ctx.workspace)), token, logger: actionLogger, env: ctx.identity, mask: maskSecrets });
  try {
    const branch = await resolveBranch(git, text('branch') || undefined);
    // A config repository checked out at `path` by an app repository's workflow: its PRs and links go there.
    const repository = await checkoutRepository(git, ctx);
    const config = await configAt(await git.snapshot(await fetchTip(git, branch)), configPath);
    const mode = core.getInput('mode').trim() ? modeInput : config.delivery.mode ?? 'push';
    const result = await runPromote({
      git,
      pullRequests: async () => (await import('../../adapters/github-octokit.js')).actionPullRequests(token, repository, ctx.apiUrl, actionLogger)(),
      logger: actionLogger,
      request: { apps, to, version, from, skipGate, allowDowngrade, freezeOverrideReason, now: new Date(), actor: ctx.actor, runUrl: ctx.runUrl, singleAppName: ctx.repositoryName },
      mode, branch, configPath, dryRun,
      maxAttempts: maxAttemptsInput ? maxAttempts : config.delivery.maxAttempts ?? maxAttempts,
      labels: config.delivery.labels ?? [], autoMerge: config.delivery.autoMerge ?? false,
      links: { commitUrl: (sha) => `${ctx.serverUrl}/${repository}/commit/${sha}`, runUrl: ctx.runUrl },
    });
    for (const [k, v] of Object.entries(result.outputs)) core.setOutput(k, v);
    await core.summary.addRaw(result.summary).write();
    if (result.exitCode) core.setFailed(`promotion refused: ${result.outcome.plan.violations.map((v) => `${v.app}: ${v.message}`).join('; ')}`);
    else core.info(result.summary);
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
  await promote().catch(failAction);
}
