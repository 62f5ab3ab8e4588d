// gitops-promote rollback --app A --env E [--to VERSION | --to-commit SHA] [--region R] [--reason TEXT] …
import { parseArgs } from 'node:util';
import { UserError, quote } from '../core/errors.js';
import { checkValue } from '../core/edit-value.js';
import { runRollback } from '../core/rollback/run-rollback.js';
import { checkName } from '../core/validate-names.js';
import { resolveBranch } from '../adapters/promote-session.js';
import { cliLogger } from './cli-logger.js';
import type { Output } from './output.js';
import { actorName, cliGit, cliPullRequests, singleAppName } from './repo-options.js';
import { USAGE } from './usage.js';

export async function runRollbackCommand(argv: string[], out: Output): Promise<number> {
  const { values: v } = parseArgs({
    args: argv, strict: true, allowPositionals: false,
    options: {
      app: { type: 'string' }, env: { type: 'string' }, to: { type: 'string' }, 'to-commit': { type: 'string' }, region: { type: 'string' },
      reason: { type: 'string' }, force: { type: 'string' }, mode: { type: 'string' }, branch: { type: 'string' }, config: { type: 'string' },
      'dry-run': { type: 'boolean', default: false }, 'max-attempts': { type: 'string' }, repo: { type: 'string' }, json: { type: 'boolean', default: false },
    },
  });
  if (v.app === undefined || v.env === undefined) throw new UserError(`rollback needs --app and --env; ${USAGE.rollback}`);
  if (v.to !== undefined) checkValue(v.to);
  if (v['to-commit'] !== undefined && !/^[0-9a-f]{7,40}$/.test(v['to-commit'])) throw new UserError(`--to-commit ${quote(v['to-commit'])} is not a commit sha; expected 7 to 40 hex digits`);
  if (v.to !== undefined && v['to-commit'] !== undefined) throw new UserError('--to and --to-commit are both given; expected at most one');
  if (v.mode !== undefined && v.mode !== 'push' && v.mode !== 'pull-request') throw new UserError(`--mode ${quote(v.mode)} is not a delivery mode; expected push or pull-request`);
  const maxAttempts = v['max-attempts'] === undefined ? 10 : Number(v['max-attempts']);
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > 100) throw new UserError(`--max-attempts ${quote(v['max-attempts'] ?? '')} is not allowed; expected a whole number from 1 to 100`);
  if (v.force !== undefined && !v.force.trim()) throw new UserError('--force needs a reason (it is recorded in the commit)');
  const logger = cliLogger(out);
  const { git, root } = await cliGit(v.repo, logger, true);
  try {
    const branch = await resolveBranch(git, v.branch, {});
    const result = await runRollback({
      git,
      pullRequests: cliPullRequests(git, logger),
      logger,
      request: {
        app: checkName('--app', v.app), env: checkName('--env', v.env), toVersion: v.to, toCommit: v['to-commit'],
        region: v.region === undefined ? undefined : checkName('--region', v.region), reason: v.reason, force: v.force,
        actor: await actorName(git), singleAppName: singleAppName(root), configPath: v.config,
      },
      mode: (v.mode as 'push' | 'pull-request' | undefined) ?? 'push', branch, dryRun: v['dry-run'], maxAttempts,
    });
    out.stdout(v.json ? JSON.stringify({ status: result.outcome.status, ...result.outputs, violations: result.outcome.plan.violations }) : result.summary.trimEnd());
    return result.exitCode;
  } finally {
    await git.dispose();
  }
}
