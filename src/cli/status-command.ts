// gitops-promote status [--ref REF] [--format table|json|markdown] [--config PATH] [--repo DIR]: which version
// every app runs in every environment (and region).
import { parseArgs } from 'node:util';
import { UserError, quote } from '../core/errors.js';
import { configAt } from '../core/promote/config-at.js';
import { buildMatrix, renderMatrix } from '../core/status/matrix.js';
import { cliLogger } from './cli-logger.js';
import type { Output } from './output.js';
import { cliGit, singleAppName, snapshotAt } from './repo-options.js';

import { USAGE } from './usage.js';

export const STATUS_USAGE = USAGE.status;

export async function runStatusCommand(argv: string[], out: Output): Promise<number> {
  const { values: v } = parseArgs({
    args: argv, strict: true, allowPositionals: false,
    options: { ref: { type: 'string', default: 'HEAD' }, format: { type: 'string', default: 'table' }, config: { type: 'string' }, repo: { type: 'string' } },
  });
  if (!['table', 'json', 'markdown'].includes(v.format)) throw new UserError(`--format ${quote(v.format)} is not a format; expected table, json or markdown`);
  const { git, root } = await cliGit(v.repo, cliLogger(out), false);
  try {
    const snapshot = await snapshotAt(git, v.ref);
    const matrix = await buildMatrix(snapshot, await configAt(snapshot, v.config), singleAppName(root));
    out.stdout(renderMatrix(matrix, v.format as 'table' | 'json' | 'markdown'));
    return 0;
  } finally {
    await git.dispose();
  }
}
