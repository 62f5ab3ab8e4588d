// The rollback action: typed inputs → core → outputs, job summary.
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { UserError } from '../../core/errors.js';
import { runRollback } from '../../core/rollback/run-rollback.js';
import { checkName } from '../../core/validate-names.js';
import { checkValue } from '../../core/edit-value.js';
import { choice, int, required, text, bool } from '../../adapters/action-inputs.js';
import { failAction } from '../../adapters/action-failure.js';
import { actionLogger, maskSecrets } from '../../adapters/action-logger.js';
import { checkoutRepository } from '../../adapters/checkout-repository.js';
import { openGit, resolveBranch } from '../../adapters/promote-session.js';
import { reasonInput, runContext } from '../../adapters/run-context.js';

async function rollBack(): Promise<void> {
  const ctx = runContext();
  const token = text('token');
  if (token) maskSecrets([token]);
  const app = checkName('app', required('app'));
  const env = checkName('env', required('env'));
  const toVersion = text('to') || undefined;
  if (toVersion !== undefined) checkValue(toVersion);
  const toCommit = text('to-commit') || undefined;
  if (toCommit !== undefined && !/^[0-9a-f]{7,40}$/.test(toCommit)) throw new UserError(`input "to-commit" is ${JSON.stringify(toCommit)}; expected a commit sha (7 to 40 hex digits)`);
  if (toVersion && toCommit) throw new UserError('inputs "to" and "to-commit" are both set; expected at most one');
  const region = text('region') ? checkName('region', text('region')) : undefined;
  const mode = choice('mode', ['push', 'pull-request'] as const, 'push');
  const git = await openGit({ cwd: resolve(text('path', ctx.workspace)), token, logger: actionLogger, env: ctx.identity, mask: maskSecrets });
  try {
    const branch = await resolveBranch(git, text('branch') || undefined);
    // A config repository checked out at `path` by an app repository's workflow: its PRs and links go there.
    const repository = await checkoutRepository(git, ctx);
    const result = await runRollback({
      git,
      pullRequests: async () => (await import('../../adapters/github-octokit.js')).actionPullRequests(token, repository, ctx.apiUrl, actionLogger)(),
      logger: actionLogger,
      request: {
        app, env, toVersion, toCommit, region, reason: text('reason') || undefined, force: reasonInput('force'),
        actor: ctx.actor, runUrl: ctx.runUrl, singleAppName: ctx.repositoryName, configPath: text('config') || undefined,
      },
      mode, branch, dryRun: bool('dry-run', false), maxAttempts: int('max-attempts', 10, 1, 100),
      links: { commitUrl: (sha) => `${ctx.serverUrl}/${repository}/commit/${sha}`, runUrl: ctx.runUrl, failedRunUrl: text('failed-run-url') || undefined },
    });
    for (const [k, v] of Object.entries(result.outputs)) core.setOutput(k, v);
    await core.summary.addRaw(result.summary).write();
    if (result.exitCode) core.setFailed(`rollback refused: ${result.outcome.plan.violations.map((v) => v.message).join('; ')}`);
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
  await rollBack().catch(failAction);
}
