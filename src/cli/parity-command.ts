// gitops-promote parity (exit 1 on a violation) and drift: the verify-staging-parity action's two modes for a
// terminal. Flags are read as the action reads its inputs (src/core/verbs/resolve-parity.ts); without --base or
// --ref, origin/BRANCH after a quiet fetch is read (src/cli/read-ref.ts).
import { checkParity } from '../core/parity/check-parity.js';
import { computeDrift } from '../core/parity/drift.js';
import { driftSummary, paritySummary } from '../core/parity/report.js';
import { configAt } from '../core/promote/config-at.js';
import { inert } from '../core/health/untrusted.js';
import { optionOf } from '../core/verbs/definition.js';
import { readBool, readText } from '../core/verbs/option-source.js';
import { DRIFT, PARITY } from '../core/verbs/parity.js';
import { resolveDriftRequest, resolveDriftShard, resolveParityRequest } from '../core/verbs/resolve-parity.js';
import { findRenderer } from '../adapters/kustomize-renderer.js';
import { liveReader } from '../adapters/live-version.js';
import { cliLogger } from './cli-logger.js';
import { parseFlags } from './flag-source.js';
import type { Output } from './output.js';
import { commitOf, readRef, trackingRef } from './read-ref.js';
import { cliGit, singleAppName } from './repo-options.js';

export async function runParityCommand(argv: string[], out: Output): Promise<number> {
  const { source } = parseFlags(PARITY, argv);
  const flag = (name: string) => optionOf(PARITY, name);
  const logger = cliLogger(out, readBool(source, flag('verbose')));
  const { git, root } = await cliGit(readText(source, flag('repo')), logger, true);
  try {
    const noFetch = readBool(source, flag('no-fetch'));
    // Before a pull request exists: this branch (HEAD) against the remote's branch it would merge into.
    const defaults = async () => ({ base: (await trackingRef(git, !noFetch, logger, true)) ?? 'HEAD', head: 'HEAD' });
    const req = await resolveParityRequest({ ...source, defaults });
    const named = req.history && 'ref' in req.history ? req.history.ref : undefined;
    const historyRef = named === undefined ? undefined : await commitOf(git, named, '--history-ref');
    const base = await commitOf(git, req.base, '--base');
    const head = await commitOf(git, req.head, '--head');
    const { configPath, render } = req;
    const opts = { now: new Date(), configPath, singleAppName: singleAppName(root), render, findRenderer, historyRef };
    const report = await checkParity(git, base, head, opts);
    if (readBool(source, flag('json'))) out.stdout(JSON.stringify(report));
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
  const { source } = parseFlags(DRIFT, argv);
  const flag = (name: string) => optionOf(DRIFT, name);
  const shard = resolveDriftShard(source);
  const logger = cliLogger(out, readBool(source, flag('verbose')));
  const { git, root } = await cliGit(readText(source, flag('repo')), logger, true);
  try {
    const at = await readRef(git, readText(source, flag('ref')), readBool(source, flag('no-fetch')), logger);
    const configPath = readText(source, flag('config'));
    const config = await configAt(await git.snapshot(at.sha), configPath);
    const req = resolveDriftRequest(source, config);
    const live = req.live && config.drift.live ? liveReader(config.drift.live) : undefined;
    const { behindAfterMs } = req;
    const opts = { now: new Date(), configPath, singleAppName: singleAppName(root), behindAfterMs, live, shard };
    const { matrix, drift } = await computeDrift(git, at.sha, opts);
    // ref and shard let merge-reports check that shard reports belong together.
    const head = shard ? `Shard ${shard.index}/${shard.count}\n\n` : '';
    const json = readBool(source, flag('json'));
    const report = { ref: at.sha, shard: shard ?? null, matrix, drift };
    out.stdout(json ? JSON.stringify(report) : head + driftSummary(matrix, drift).trimEnd());
    return drift.length && req.failOnDrift ? 1 : 0;
  } finally {
    await git.dispose();
  }
}
