// gitops-promote wait-healthy: the wait-healthy action's verb for a terminal. Flags are read as the action reads
// its inputs (src/core/verbs/resolve-wait-healthy.ts); the config comes from --ref (default HEAD) of the clone at
// --repo, as every verb reads it from a commit. Progress on stderr; the verdict on stdout. Exit 0 healthy,
// 1 unhealthy, 2 bad input, 3 unknown (no verdict). Header values and tokens are never printed.
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { planWaitHealthy } from '../core/health/plan.js';
import { comparesCommits, runWaitHealthy } from '../core/health/run-wait-healthy.js';
import { optionOf } from '../core/verbs/definition.js';
import { readBool, readText } from '../core/verbs/option-source.js';
import { readWaitHealthyArgs } from '../core/verbs/resolve-wait-healthy.js';
import { WAIT_HEALTHY } from '../core/verbs/wait-healthy.js';
import { configLineage } from '../adapters/git-lineage.js';
import { healthConfig } from '../adapters/health-config.js';
import { nodeHttp } from '../adapters/http-fetch.js';
import { kubectlPort } from '../adapters/kube.js';
import { cliLogger } from './cli-logger.js';
import { parseFlags } from './flag-source.js';
import type { Output } from './output.js';
import { tokenFromEnv } from './repo-options.js';

const flag = (name: string) => optionOf(WAIT_HEALTHY, name);

export async function runWaitHealthyCommand(argv: string[], out: Output): Promise<number> {
  const { source } = parseFlags(WAIT_HEALTHY, argv);
  const kubeconfig = readText(source, flag('kubeconfig'));
  const args = readWaitHealthyArgs(source, kubeconfig);
  const repo = resolve(readText(source, flag('repo')) ?? '.');
  const logger = cliLogger(out, readBool(source, flag('verbose')));
  const config = await healthConfig({
    root: repo, configPath: args.configPath, ref: readText(source, flag('ref')), env: args.env, app: args.app,
    singleAppName: basename(repo), logger, configLabel: '--config',
  });
  const plan = planWaitHealthy({ ...args, config, environ: process.env, kubeconfig });
  for (const w of plan.warnings) logger.warning(w.message, plan.whereOf(w.key));
  const commit = comparesCommits(plan.checks) ? args.commit : undefined;
  const history = await configLineage({ cwd: repo, commit, token: tokenFromEnv(), logger });
  const http = nodeHttp();
  try {
    const r = await runWaitHealthy({
      env: args.env, app: args.app, version: args.version, commit: history.commit ?? args.commit, checks: plan.checks,
      timing: plan.timing, http, kube: kubectlPort(), lineage: history.lineage, logger, whereOf: plan.whereOf,
    });
    const summary = readText(source, flag('summary'));
    if (summary) writeFileSync(summary, r.summary);
    if (readBool(source, flag('json'))) {
      const samples = JSON.parse(r.outputs.samples as string) as unknown;
      const observedVersion = r.outputs['observed-version'];
      const { verdict, healthy } = r;
      out.stdout(JSON.stringify({ verdict, healthy, reason: r.outputs.reason, observedVersion, samples }));
    } else out.stdout(r.outputs.reason as string);
    return r.exitCode;
  } finally {
    http.close();
    await history.dispose();
  }
}
