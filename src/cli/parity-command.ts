// gitops-promote parity --base REF --head REF [--repo DIR] [--json]: exit 1 on a violation, 0 otherwise.
// gitops-promote drift [--ref REF] [--live] [--behind-after 7d] [--repo DIR] [--json]
import { parseArgs } from 'node:util';
import { UserError, quote } from '../core/errors.js';
import { checkParity } from '../core/parity/check-parity.js';
import { computeDrift } from '../core/parity/drift.js';
import { policyDuration as parseDuration } from '../core/durations.js';
import { driftSummary, paritySummary } from '../core/parity/report.js';
import { configAt } from '../core/promote/config-at.js';
import { liveReader } from '../adapters/live-version.js';
import { cliLogger } from './cli-logger.js';
import type { Output } from './output.js';
import { cliGit, singleAppName } from './repo-options.js';
import { USAGE } from './usage.js';
import { findRenderer } from '../adapters/kustomize-renderer.js';
import { renderChoice } from '../core/parity/render-choice.js';
import { inert } from '../core/health/untrusted.js';
import { parseShard } from '../core/scale/shard.js';

async function commit(git: Awaited<ReturnType<typeof cliGit>>['git'], ref: string, flag: string): Promise<string> {
  const sha = await git.resolveCommit(ref);
  if (!sha) throw new UserError(`${flag} ${quote(ref)} is not a commit in this repository; expected a branch, tag or sha`);
  return sha;
}

export async function runParityCommand(argv: string[], out: Output): Promise<number> {
  const options = {
    base: { type: 'string' }, head: { type: 'string' }, config: { type: 'string' }, repo: { type: 'string' },
    render: { type: 'string' }, 'history-ref': { type: 'string' }, json: { type: 'boolean', default: false },
  } as const;
  const { values: v } = parseArgs({ args: argv, strict: true, options });
  if (!v.base || !v.head) throw new UserError(`parity needs --base and --head; ${USAGE.parity}`);
  const render = renderChoice(v.render, '--render');
  const { git, root } = await cliGit(v.repo, cliLogger(out), false);
  try {
    const historyRef = v['history-ref'] ? await commit(git, v['history-ref'], '--history-ref') : undefined;
    const base = await commit(git, v.base, '--base');
    const head = await commit(git, v.head, '--head');
    const opts = { now: new Date(), configPath: v.config, singleAppName: singleAppName(root), render, findRenderer, historyRef };
    const report = await checkParity(git, base, head, opts);
    if (v.json) out.stdout(JSON.stringify(report));
    else {
      out.stdout(paritySummary(report).trimEnd());
      for (const x of report.violations) {
        const where = `${x.app} ${x.env}${x.region ? ` (${x.region})` : ''}`;
        out.stderr(inert(`error: ${x.file}:${x.line}: ${where}: ${x.rule}: ${x.reason}`, 2000));
      }
    }
    return report.ok ? 0 : 1;
  } finally {
    await git.dispose();
  }
}

export async function runDriftCommand(argv: string[], out: Output): Promise<number> {
  const { values: v } = parseArgs({ args: argv, strict: true, options: { ref: { type: 'string', default: 'HEAD' }, live: { type: 'boolean', default: false }, 'behind-after': { type: 'string' }, config: { type: 'string' }, repo: { type: 'string' }, json: { type: 'boolean', default: false }, shard: { type: 'string' } } });
  const shard = v.shard === undefined ? undefined : parseShard(v.shard, '--shard');
  const { git, root } = await cliGit(v.repo, cliLogger(out), false);
  try {
    const head = await commit(git, v.ref, '--ref');
    const config = await configAt(await git.snapshot(head), v.config);
    const behind = v['behind-after'] ?? config.drift.behindAfter;
    let behindAfterMs: number | undefined;
    try {
      behindAfterMs = behind ? parseDuration(behind) : undefined;
    } catch (e) {
      throw new UserError(`--behind-after: ${(e as Error).message}`);
    }
    if (v.live && !config.drift.live) throw new UserError('--live needs drift.live endpoints in gitops-promote.yaml; expected drift: {live: {prod: {url: ...}}}');
    const live = v.live && config.drift.live ? liveReader(config.drift.live) : undefined;
    const { matrix, drift } = await computeDrift(git, head, { now: new Date(), configPath: v.config, singleAppName: singleAppName(root), behindAfterMs, live, shard });
    // ref and shard let merge-reports check that shard reports belong together.
    if (v.json) out.stdout(JSON.stringify({ ref: head, shard: shard ?? null, matrix, drift }));
    else out.stdout(`${shard ? `Shard ${shard.index}/${shard.count}\n\n` : ''}${driftSummary(matrix, drift).trimEnd()}`);
    return 0;
  } finally {
    await git.dispose();
  }
}
