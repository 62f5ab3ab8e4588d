// gitops-promote status [--ref REF] [--format table|json|markdown] [--config PATH] [--repo DIR]: which version
// every app runs in every environment (and region).
import { parseArgs } from 'node:util';
import { UserError, quote } from '../core/errors.js';
import { configAt } from '../core/promote/config-at.js';
import { matrixOf, renderMatrix } from '../core/status/matrix.js';
import { discoverLayout } from '../core/layout.js';
import { parseShard, shardLayout } from '../core/scale/shard.js';
import { cliLogger } from './cli-logger.js';
import type { Output } from './output.js';
import { cliGit, singleAppName, snapshotAt } from './repo-options.js';

import { USAGE } from './usage.js';

export const STATUS_USAGE = USAGE.status;

export async function runStatusCommand(argv: string[], out: Output): Promise<number> {
  const { values: v } = parseArgs({
    args: argv, strict: true, allowPositionals: false,
    options: { ref: { type: 'string', default: 'HEAD' }, format: { type: 'string', default: 'table' }, config: { type: 'string' }, repo: { type: 'string' }, shard: { type: 'string' } },
  });
  if (!['table', 'json', 'markdown'].includes(v.format)) throw new UserError(`--format ${quote(v.format)} is not a format; expected table, json or markdown`);
  const { git, root } = await cliGit(v.repo, cliLogger(out), false);
  try {
    const snapshot = await snapshotAt(git, v.ref);
    const shard = v.shard === undefined ? undefined : parseShard(v.shard, '--shard');
    const layout = shardLayout(discoverLayout(await configAt(snapshot, v.config), snapshot.files, singleAppName(root)), shard);
    const text = renderMatrix(await matrixOf(snapshot, layout), v.format as 'table' | 'json' | 'markdown');
    // A shard's JSON names its commit and shard, for merge-reports; unsharded output stays as it was.
    out.stdout(shard && v.format === 'json' ? JSON.stringify({ ref: snapshot.commit, shard, ...(JSON.parse(text) as object) }) : text);
    return 0;
  } finally {
    await git.dispose();
  }
}
