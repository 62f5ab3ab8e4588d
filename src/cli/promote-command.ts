// gitops-promote promote --app A --to ENV [--version V] [--mode push|pull-request] [--dry-run] [--repo DIR] …
// Run inside a clone whose origin is the config repo. Same rules and exit codes as the action.
import { parseArgs } from 'node:util';
import { UserError } from '../core/errors.js';
import { configAt } from '../core/promote/config-at.js';
import { fetchTip } from '../core/promote/deliver-push.js';
import { runPromote } from '../core/promote/run-promote.js';
import { checkName, nameList } from '../core/validate-names.js';
import { resolveBranch } from '../adapters/promote-session.js';
import { cliLogger } from './cli-logger.js';
import type { Output } from './output.js';
import { actorName, cliGit, cliPullRequests, singleAppName } from './repo-options.js';

import { USAGE } from './usage.js';

export const PROMOTE_USAGE = USAGE.promote;

export async function runPromoteCommand(argv: string[], out: Output): Promise<number> {
  const { values: v } = parseArgs({
    args: argv, strict: true, allowPositionals: false,
    options: {
      app: { type: 'string' }, to: { type: 'string' }, version: { type: 'string' }, from: { type: 'string' },
      mode: { type: 'string' }, branch: { type: 'string' }, config: { type: 'string' }, 'dry-run': { type: 'boolean', default: false },
      'skip-gate': { type: 'string' }, 'allow-downgrade': { type: 'boolean', default: false }, 'freeze-override-reason': { type: 'string' },
      'max-attempts': { type: 'string' }, repo: { type: 'string' }, json: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false },
    },
  });
  if (v.to === undefined) throw new UserError(`promote needs --to ENV; ${PROMOTE_USAGE}`);
  const to = checkName('--to', v.to);
  const apps = v.app === undefined ? [] : nameList('--app', v.app);
  if (v.mode !== undefined && v.mode !== 'push' && v.mode !== 'pull-request') throw new UserError(`--mode ${JSON.stringify(v.mode)} is not a delivery mode; expected push or pull-request`);
  const maxAttempts = v['max-attempts'] === undefined ? undefined : Number(v['max-attempts']);
  if (maxAttempts !== undefined && (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > 100)) throw new UserError(`--max-attempts ${JSON.stringify(v['max-attempts'])} is not allowed; expected a whole number from 1 to 100`);
  if (v['skip-gate'] !== undefined && !v['skip-gate'].trim()) throw new UserError('--skip-gate needs a reason (it is recorded in the commit); expected e.g. --skip-gate "hotfix for INC-1234"');
  const logger = cliLogger(out, v.verbose);
  const { git, root } = await cliGit(v.repo, logger, true);
  try {
    const branch = await resolveBranch(git, v.branch, {});
    const config = await configAt(await git.snapshot(await fetchTip(git, branch)), v.config);
    const mode = (v.mode as 'push' | 'pull-request' | undefined) ?? config.delivery.mode ?? 'push';
    const result = await runPromote({
      git,
      pullRequests: cliPullRequests(git, logger),
      logger,
      request: {
        apps, to, version: v.version, from: v.from === undefined ? undefined : checkName('--from', v.from), skipGate: v['skip-gate'],
        allowDowngrade: v['allow-downgrade'], freezeOverrideReason: v['freeze-override-reason'], now: new Date(), actor: await actorName(git), singleAppName: singleAppName(root),
      },
      mode, branch, configPath: v.config, dryRun: v['dry-run'],
      maxAttempts: maxAttempts ?? config.delivery.maxAttempts ?? 10, labels: config.delivery.labels ?? [], autoMerge: config.delivery.autoMerge ?? false,
    });
    out.stdout(v.json ? JSON.stringify({ status: result.outcome.status, attempts: result.outcome.attempts, ...result.outputs, files: JSON.parse(result.outputs.files) as unknown, violations: result.outcome.plan.violations }) : result.summary.trimEnd());
    return result.exitCode;
  } finally {
    await git.dispose();
  }
}
