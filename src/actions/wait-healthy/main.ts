// The wait-healthy action: typed inputs → core → outputs (verdict, healthy, …), job summary, an annotation when not
// healthy; exit 0 healthy, 1 unhealthy, 2 bad input, 3 unknown. Every header value, token and kubeconfig
// credential is masked before anything is logged. The checkout at `path` is the config repository: its history
// (fetched with `token` when a synced commit is missing) tells whether a synced revision carries the commit.
import * as core from '@actions/core';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CONFIG_FILE, loadConfig } from '../../core/config/config.js';
import { UserError, quote } from '../../core/errors.js';
import { planWaitHealthy } from '../../core/health/plan.js';
import { comparesCommits, runWaitHealthy } from '../../core/health/run-wait-healthy.js';
import { adhocSpec, checkCommit, checkVersion, checksFromText, parseHeaderLines } from '../../core/health/sources.js';
import { checkName } from '../../core/validate-names.js';
import { required, text } from '../../adapters/action-inputs.js';
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
  for (const m of v.matchAll(/^\s*(?:token|client-key-data|client-certificate-data|password|id-token|refresh-token)\s*:\s*["']?([^\s"']+)/gm)) maskSecrets([m[1] as string]);
  const dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'gitops-promote-kube-'));
  const path = join(dir, 'kubeconfig');
  writeFileSync(path, v, { mode: 0o600 });
  return { path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** gitops-promote.yaml (or the `config` input) in the checkout, when there is one. */
function readConfig(root: string, configPath: string | undefined): { parsed: ReturnType<typeof loadConfig>; text: string; file: string } | undefined {
  const file = configPath ?? CONFIG_FILE;
  if (existsSync(join(root, file))) {
    const t = readFileSync(join(root, file), 'utf8');
    return { parsed: loadConfig(t, file), text: t, file };
  }
  if (configPath !== undefined) throw new UserError(`input "config" ${quote(configPath)} is not in ${root}; expected a path from the repository root`);
  return undefined;
}

async function waitHealthy(): Promise<void> {
  const ctx = runContext();
  // Secrets first, before anything can be logged.
  const headerLines = core.getInput('headers');
  const argoToken = text('argocd-token');
  const gitToken = text('token');
  maskSecrets([argoToken, gitToken]);
  const headers = headerLines.trim() ? parseHeaderLines([headerLines], 'input "headers"') : undefined;
  maskSecrets(Object.values(headers ?? {}));
  const kube = kubeconfigInput();
  try {
    const env = checkName('env', required('env'));
    const app = text('app') ? checkName('app', text('app')) : undefined;
    const version = text('version') ? checkVersion('input "version"', text('version')) : undefined;
    const commit = text('commit') ? checkCommit('input "commit"', text('commit')) : undefined;
    const name = (n: string): string => `input ${quote(n)}`;
    const urls = core.getInput('url').split(/\n/).map((s) => s.trim()).filter(Boolean);
    const adhoc = adhocSpec({
      urls, expectVersion: text('expect-version') || undefined, versionField: text('version-field') || undefined, expectStatus: text('expect-status') || undefined,
      bodyMatch: text('body-match') || undefined, headers,
      prometheus: text('prometheus') || undefined, query: text('query') || undefined, successCondition: text('success-condition') || undefined, failureCondition: text('failure-condition') || undefined,
      argocdUrl: text('argocd-url') || undefined, argocdApp: text('argocd-app') || undefined,
      fluxKind: text('flux-kind') || undefined, fluxName: text('flux-name') || undefined, fluxNamespace: text('flux-namespace') || undefined,
      deployment: text('deployment') || undefined, statefulset: text('statefulset') || undefined, daemonset: text('daemonset') || undefined,
      rollout: text('rollout') || undefined, namespace: text('namespace') || undefined, kubeconfig: kube.path, context: text('context') || undefined,
      initialDelay: text('initial-delay') || undefined, interval: text('interval') || undefined, timeout: text('timeout') || undefined, requestTimeout: text('request-timeout') || undefined,
      successThreshold: text('success-threshold') || undefined, failureLimit: text('failure-limit') || undefined, inconclusiveLimit: text('inconclusive-limit') || undefined,
    }, name);
    const inline = core.getInput('checks').trim() ? checksFromText(core.getInput('checks'), 'input "checks"') : undefined;
    const root = resolve(text('path', ctx.workspace));
    const config = readConfig(root, text('config') || undefined);
    const environ: Record<string, string | undefined> = { ...process.env };
    if (argoToken) environ.ARGOCD_TOKEN = argoToken;
    const plan = planWaitHealthy({ env, app, version, commit, config, inline, adhoc, environ, kubeconfig: kube.path });
    maskSecrets(plan.checks.secrets);
    const history = await configLineage({ cwd: root, commit: comparesCommits(plan.checks) ? commit : undefined, token: gitToken || undefined, logger: actionLogger, mask: maskSecrets });
    const http = nodeHttp();
    try {
      const r = await runWaitHealthy({
        env, app, version, commit: history.commit ?? commit, checks: plan.checks, timing: plan.timing, http, kube: kubectlPort(),
        lineage: history.lineage, logger: actionLogger, whereOf: plan.whereOf,
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
