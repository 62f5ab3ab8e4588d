// The wait-healthy action: inputs (read as the CLI reads its flags, src/core/verbs) → core → outputs (verdict,
// healthy, …), job summary, an annotation when not healthy; exit 0 healthy, 1 unhealthy, 2 bad input, 3 unknown.
// Every header value, token and kubeconfig credential is masked before anything is logged. The checkout at `path`
// is the config repository: its history (fetched with `token` when a synced commit is missing) tells whether a
// synced revision carries the commit.
import * as core from '@actions/core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { planWaitHealthy } from '../../core/health/plan.js';
import { comparesCommits, runWaitHealthy } from '../../core/health/run-wait-healthy.js';
import { parseHeaderLines } from '../../core/health/sources.js';
import { optionOf } from '../../core/verbs/definition.js';
import { readWaitHealthyArgs } from '../../core/verbs/resolve-wait-healthy.js';
import { WAIT_HEALTHY } from '../../core/verbs/wait-healthy.js';
import { text } from '../../adapters/action-inputs.js';
import { actionSource } from '../../adapters/action-source.js';
import { healthConfig } from '../../adapters/health-config.js';
import { failAction } from '../../adapters/action-failure.js';
import { actionLogger, maskSecrets } from '../../adapters/action-logger.js';
import { configLineage } from '../../adapters/git-lineage.js';
import { nodeHttp } from '../../adapters/http-fetch.js';
import { kubectlPort } from '../../adapters/kube.js';
import { runContext } from '../../adapters/run-context.js';

/** The kubeconfig input: a path, or the content itself (written to a private temp file, its credentials masked). */
function kubeconfigInput(): { path?: string; cleanup: () => void } {
  const v = core.getInput('kubeconfig');
  if (!v.trim()) return { path: undefined, cleanup: () => {} };
  if (!v.includes('\n') && !/^\s*(apiVersion|kind|clusters)\s*:/.test(v)) return { path: v.trim(), cleanup: () => {} };
  const credential =
    /^\s*(?:token|client-key-data|client-certificate-data|password|id-token|refresh-token)\s*:\s*["']?([^\s"']+)/gm;
  for (const m of v.matchAll(credential)) maskSecrets([m[1] as string]);
  const dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'gitops-promote-kube-'));
  const path = join(dir, 'kubeconfig');
  writeFileSync(path, v, { mode: 0o600 });
  return { path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

async function waitHealthy(): Promise<void> {
  const ctx = runContext();
  // Secrets first, before anything can be logged.
  const argoToken = text('argocd-token');
  const gitToken = text('token');
  maskSecrets([argoToken, gitToken]);
  const src = actionSource();
  maskSecrets(Object.values(parseHeaderLines(src.values(optionOf(WAIT_HEALTHY, 'headers')), 'input "headers"')));
  const kube = kubeconfigInput();
  try {
    const args = readWaitHealthyArgs(src, kube.path);
    const root = resolve(text('path', ctx.workspace));
    const config = await healthConfig({
      root, configPath: args.configPath, env: args.env, app: args.app, singleAppName: ctx.repositoryName,
      logger: actionLogger, configLabel: 'input "config"',
    });
    const environ: Record<string, string | undefined> = { ...process.env };
    if (argoToken) environ.ARGOCD_TOKEN = argoToken;
    const plan = planWaitHealthy({ ...args, config, environ, kubeconfig: kube.path });
    maskSecrets(plan.checks.secrets);
    for (const w of plan.warnings) actionLogger.warning(w.message, plan.whereOf(w.key));
    const commit = comparesCommits(plan.checks) ? args.commit : undefined;
    const token = gitToken || undefined;
    const history = await configLineage({ cwd: root, commit, token, logger: actionLogger, mask: maskSecrets });
    const http = nodeHttp();
    try {
      const r = await runWaitHealthy({
        env: args.env, app: args.app, version: args.version, commit: history.commit ?? args.commit, checks: plan.checks,
        timing: plan.timing, http, kube: kubectlPort(), lineage: history.lineage, logger: actionLogger,
        whereOf: plan.whereOf,
      });
      for (const [k, val] of Object.entries(r.outputs)) core.setOutput(k, val);
      await core.summary.addRaw(r.summary).write();
      // The annotation with the evidence was written by the run (on the config line of the check when there is one).
      process.exitCode = r.exitCode;
      if (r.healthy) actionLogger.info(r.outputs.reason as string);
    } finally {
      http.close();
      await history.dispose();
    }
  } finally {
    kube.cleanup();
  }
}

/**
 * The action, for @github/local-action (which imports this file and awaits run()) and for index.ts (the runner's
 * entry). Importing this file runs nothing. Every failure ends here in one annotation and its exit code, so run()
 * never rejects and both hosts report the same.
 */
export async function run(): Promise<void> {
  await waitHealthy().catch(failAction);
}
