// gitops-promote status: which version every app runs in every environment (and region), read from origin/BRANCH
// after a quiet fetch (src/cli/read-ref.ts), the config from the same commit.
import { configAt } from '../core/promote/config-at.js';
import { discoverLayout } from '../core/layout.js';
import { parseShard, shardLayout } from '../core/scale/shard.js';
import { matrixOf, renderMatrix } from '../core/status/matrix.js';
import { optionOf } from '../core/verbs/definition.js';
import { readBool, readChoice, readText } from '../core/verbs/option-source.js';
import { STATUS } from '../core/verbs/read-verbs.js';
import { cliLogger } from './cli-logger.js';
import { parseFlags } from './flag-source.js';
import type { Output } from './output.js';
import { readRef } from './read-ref.js';
import { cliGit, singleAppName } from './repo-options.js';

export async function runStatusCommand(argv: string[], out: Output): Promise<number> {
  const { source } = parseFlags(STATUS, argv);
  const flag = (name: string) => optionOf(STATUS, name);
  const format = readChoice<'table' | 'json' | 'markdown'>(source, flag('format')) ?? 'table';
  const shardText = readText(source, flag('shard'));
  const shard = shardText === undefined ? undefined : parseShard(shardText, '--shard');
  const logger = cliLogger(out, readBool(source, flag('verbose')));
  const { git, root } = await cliGit(readText(source, flag('repo')), logger, true);
  try {
    const at = await readRef(git, readText(source, flag('ref')), readBool(source, flag('no-fetch')), logger);
    const snapshot = await git.snapshot(at.sha);
    const config = await configAt(snapshot, readText(source, flag('config')));
    const layout = shardLayout(discoverLayout(config, snapshot.files, singleAppName(root)), shard);
    const text = renderMatrix(await matrixOf(snapshot, layout), format);
    // A shard's JSON names its commit and shard, for merge-reports; unsharded output stays as it was.
    const tagged = (): string => JSON.stringify({ ref: at.sha, shard, ...(JSON.parse(text) as object) });
    out.stdout(shard && format === 'json' ? tagged() : text);
    return 0;
  } finally {
    await git.dispose();
  }
}
