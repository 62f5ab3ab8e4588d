// gitops-promote history --app A [--env E] [--ref REF] [--repo DIR] [--max N] [--json]: promotions and
// rollbacks, read from commit trailers.
import { parseArgs } from 'node:util';
import { latestRecords } from '../core/history/latest-records.js';
import { UserError, quote } from '../core/errors.js';
import { checkName } from '../core/validate-names.js';
import { cliLogger } from './cli-logger.js';
import type { Output } from './output.js';
import { cliGit } from './repo-options.js';
import { sameEnv } from '../core/config/environments.js';

import { USAGE } from './usage.js';

export const HISTORY_USAGE = USAGE.history;

export async function runHistoryCommand(argv: string[], out: Output): Promise<number> {
  const { values: v } = parseArgs({
    args: argv, strict: true, allowPositionals: false,
    options: { app: { type: 'string' }, env: { type: 'string' }, ref: { type: 'string', default: 'HEAD' }, repo: { type: 'string' }, max: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const app = v.app === undefined ? undefined : checkName('--app', v.app);
  const env = v.env === undefined ? undefined : checkName('--env', v.env);
  const max = v.max === undefined ? 50 : Number(v.max);
  if (!Number.isInteger(max) || max < 1) throw new UserError(`--max ${quote(v.max ?? '')} is not allowed; expected a whole number of at least 1`);
  const { git } = await cliGit(v.repo, cliLogger(out), false);
  try {
    if (!(await git.resolveCommit(v.ref))) throw new UserError(`--ref ${quote(v.ref)} is not a commit in this repository; expected a branch, tag or sha such as HEAD or origin/main`);
    const records = await latestRecords(git, v.ref, (r) => (!app || r.app === app) && (!env || sameEnv(env, r.env)), max);
    if (v.json) {
      out.stdout(JSON.stringify(records));
      return 0;
    }
    if (!records.length) {
      out.stdout(`no promotions${app ? ` of ${app}` : ''}${env ? ` to ${env}` : ''} in ${v.ref}`);
      return 0;
    }
    const rows = records.map((r) => [r.date.replace('T', ' ').slice(0, 16), r.app, r.env, `${r.previous ?? '?'} -> ${r.version}`, r.kind === 'rollback' ? `rollback${r.reason ? `: ${r.reason}` : ''}` : r.from ? `from ${r.from}${r.gateSkipped ? ' (gate skipped)' : ''}` : '', r.by ?? '', r.sha.slice(0, 10)]);
    const head = ['when', 'app', 'env', 'version', 'how', 'by', 'commit'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
    for (const r of [head, ...rows]) out.stdout(r.map((c, i) => c.padEnd(widths[i] as number)).join('  ').trimEnd());
    return 0;
  } finally {
    await git.dispose();
  }
}
