// The promote action: inputs (read as the CLI reads its flags, src/core/verbs) → core → outputs, job summary.
import { resolve } from 'node:path';
import { branchTip } from '../../core/promote/branch-tip.js';
import { runPromote } from '../../core/promote/run-promote.js';
import { readPromoteArgs, settleDelivery } from '../../core/verbs/resolve-delivery.js';
import { failAction } from '../../adapters/action-failure.js';
import { actionLogger, maskSecrets } from '../../adapters/action-logger.js';
import { actionSource } from '../../adapters/action-source.js';
import { text } from '../../adapters/action-inputs.js';
import { checkoutRepository } from '../../adapters/checkout-repository.js';
import { openGit, resolveBranch } from '../../adapters/promote-session.js';
import { testBackoffBaseMs } from '../../adapters/test-backoff.js';
import { runContext } from '../../adapters/run-context.js';
import { reportRun } from '../../adapters/action-result.js';

async function promote(): Promise<void> {
  const ctx = runContext();
  const token = text('token');
  if (token) maskSecrets([token]);
  const args = readPromoteArgs(actionSource());
  const cwd = resolve(text('path', ctx.workspace));
  const git = await openGit({ cwd, token, logger: actionLogger, env: ctx.identity, mask: maskSecrets });
  try {
    const branch = await resolveBranch(git, args.branch);
    // A config repository checked out at `path` by an app repository's workflow: its PRs and links go there.
    const repository = await checkoutRepository(git, ctx);
    const { tip, config } = await branchTip(git, branch, args.configPath);
    const delivery = settleDelivery(args, config);
    const octokit = async () => (await import('../../adapters/github-octokit.js'));
    const result = await runPromote({
      git,
      backoffBaseMs: testBackoffBaseMs(), // tests only: see src/adapters/test-backoff.ts
      pullRequests: async () => (await octokit()).actionPullRequests(token, repository, ctx.apiUrl, actionLogger)(),
      logger: actionLogger,
      request: {
        apps: args.apps, to: args.to, version: args.version, from: args.from, skipGate: args.skipGate,
        allowDowngrade: args.allowDowngrade, freezeOverrideReason: args.freezeOverrideReason, now: new Date(),
        actor: ctx.actor, runUrl: ctx.runUrl, singleAppName: ctx.repositoryName,
      },
      ...delivery, branch, tip, configPath: args.configPath, dryRun: args.dryRun,
      links: { commitUrl: (sha) => `${ctx.serverUrl}/${repository}/commit/${sha}`, runUrl: ctx.runUrl },
    });
    const why = result.outcome.plan.violations.map((v) => `${v.app}: ${v.message}`).join('; ');
    await reportRun(result, 'promotion refused', why);
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
