// gitops-promote promote: the promote action's verb for a terminal. Flags are read as the action reads its inputs
// (src/core/verbs/resolve-delivery.ts); run inside a clone whose origin is the config repository.
import { branchTip } from '../core/promote/branch-tip.js';
import { runPromote } from '../core/promote/run-promote.js';
import { optionOf } from '../core/verbs/definition.js';
import { PROMOTE } from '../core/verbs/promote.js';
import { readPromoteArgs, settleDelivery } from '../core/verbs/resolve-delivery.js';
import { readBool, readText } from '../core/verbs/option-source.js';
import { resolveBranch } from '../adapters/promote-session.js';
import { testBackoffBaseMs } from '../adapters/test-backoff.js';
import { cliLogger } from './cli-logger.js';
import { parseFlags } from './flag-source.js';
import type { Output } from './output.js';
import { actorName, cliGit, cliPullRequests, singleAppName } from './repo-options.js';

export async function runPromoteCommand(argv: string[], out: Output): Promise<number> {
  const { source } = parseFlags(PROMOTE, argv);
  const args = readPromoteArgs(source);
  const flag = (name: string) => optionOf(PROMOTE, name);
  const json = readBool(source, flag('json'));
  const logger = cliLogger(out, readBool(source, flag('verbose')));
  const { git, root } = await cliGit(readText(source, flag('repo')), logger, true);
  try {
    // The branch as the action finds it, minus the workflow's variables: the checkout's, else the remote's default.
    const branch = await resolveBranch(git, args.branch, {});
    const { tip, config } = await branchTip(git, branch, args.configPath);
    const delivery = settleDelivery(args, config);
    const result = await runPromote({
      git,
      backoffBaseMs: testBackoffBaseMs(), // tests only: see src/adapters/test-backoff.ts
      pullRequests: cliPullRequests(git, logger),
      logger,
      request: {
        apps: args.apps, to: args.to, version: args.version, from: args.from, skipGate: args.skipGate,
        allowDowngrade: args.allowDowngrade, freezeOverrideReason: args.freezeOverrideReason, now: new Date(),
        actor: await actorName(git), singleAppName: singleAppName(root),
      },
      ...delivery, branch, tip, configPath: args.configPath, dryRun: args.dryRun,
    });
    if (!json) out.stdout(result.summary.trimEnd());
    else {
      const { outcome, outputs } = result;
      const files = JSON.parse(outputs.files) as unknown;
      const { status, attempts, plan } = outcome;
      out.stdout(JSON.stringify({ status, attempts, ...outputs, files, violations: plan.violations }));
    }
    return result.exitCode;
  } finally {
    await git.dispose();
  }
}
