// gitops-promote rollback: the rollback action's verb for a terminal. Flags are read as the action reads its
// inputs (src/core/verbs/resolve-delivery.ts); run inside a clone whose origin is the config repository.
import { branchTip } from '../core/promote/branch-tip.js';
import { runRollback } from '../core/rollback/run-rollback.js';
import { optionOf } from '../core/verbs/definition.js';
import { readBool, readText } from '../core/verbs/option-source.js';
import { readRollbackArgs, settleDelivery } from '../core/verbs/resolve-delivery.js';
import { ROLLBACK } from '../core/verbs/rollback.js';
import { resolveBranch } from '../adapters/promote-session.js';
import { testBackoffBaseMs } from '../adapters/test-backoff.js';
import { cliLogger } from './cli-logger.js';
import { parseFlags } from './flag-source.js';
import type { Output } from './output.js';
import { actorName, cliGit, cliPullRequests, singleAppName } from './repo-options.js';

export async function runRollbackCommand(argv: string[], out: Output): Promise<number> {
  const { source } = parseFlags(ROLLBACK, argv);
  const args = readRollbackArgs(source);
  const flag = (name: string) => optionOf(ROLLBACK, name);
  const logger = cliLogger(out, readBool(source, flag('verbose')));
  const { git, root } = await cliGit(readText(source, flag('repo')), logger, true);
  try {
    const branch = await resolveBranch(git, args.branch, {});
    const { tip, config } = await branchTip(git, branch, args.configPath);
    const { mode, maxAttempts } = settleDelivery(args, config);
    const result = await runRollback({
      git,
      backoffBaseMs: testBackoffBaseMs(), // tests only: see src/adapters/test-backoff.ts
      pullRequests: cliPullRequests(git, logger),
      logger,
      request: {
        app: args.app, env: args.env, toVersion: args.toVersion, toCommit: args.toCommit, region: args.region,
        reason: args.reason, force: args.force, actor: await actorName(git), singleAppName: singleAppName(root),
        configPath: args.configPath,
      },
      mode, branch, tip, dryRun: args.dryRun, maxAttempts,
    });
    const { outcome, outputs, summary } = result;
    const json = JSON.stringify({ status: outcome.status, ...outputs, violations: outcome.plan.violations });
    out.stdout(readBool(source, flag('json')) ? json : summary.trimEnd());
    return result.exitCode;
  } finally {
    await git.dispose();
  }
}
