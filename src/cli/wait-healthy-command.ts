// gitops-promote wait-healthy --env ENV [--app APP] [--version V] [--commit SHA] [checks as options]: waits until
// the promoted version is live and healthy. Checks come from health.<env> in gitops-promote.yaml (the working tree
// of --repo, or --ref REF), or from options, which replace them. Progress on stderr; the verdict on stdout.
// Exit 0 healthy, 1 unhealthy, 2 bad input, 3 unknown (no verdict). Header values and tokens are never printed.
// --repo is also the config repository's clone whose history tells whether a synced commit carries --commit.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIG_FILE, loadConfig } from '../core/config/config.js';
import { UserError, quote } from '../core/errors.js';
import { planWaitHealthy } from '../core/health/plan.js';
import { comparesCommits, runWaitHealthy } from '../core/health/run-wait-healthy.js';
import { adhocSpec, checkCommit, checkVersion, parseHeaderLines } from '../core/health/sources.js';
import { checkName } from '../core/validate-names.js';
import { configLineage } from '../adapters/git-lineage.js';
import { nodeHttp } from '../adapters/http-fetch.js';
import { kubectlPort } from '../adapters/kube.js';
import { cliLogger } from './cli-logger.js';
import type { Output } from './output.js';
import { tokenFromEnv } from './repo-options.js';
import { USAGE } from './usage.js';

export const WAIT_HEALTHY_USAGE = USAGE['wait-healthy'];

async function readConfig(repo: string, path: string | undefined, ref: string | undefined, out: Output): Promise<{ parsed: ReturnType<typeof loadConfig>; text: string; file: string } | undefined> {
  const file = path ?? CONFIG_FILE;
  let text: string | undefined;
  if (ref !== undefined) {
    const { cliGit, snapshotAt } = await import('./repo-options.js');
    const { git } = await cliGit(repo, cliLogger(out), false);
    try {
      const snap = await snapshotAt(git, ref);
      if (snap.files.includes(file)) text = await snap.read(file);
    } finally {
      await git.dispose();
    }
  } else if (existsSync(join(repo, file))) {
    text = readFileSync(join(repo, file), 'utf8');
  }
  if (text === undefined) {
    if (path !== undefined) throw new UserError(`--config ${quote(path)} is not in ${ref ? `${quote(ref)}` : quote(repo)}; expected a path from the repository root`);
    return undefined;
  }
  return { parsed: loadConfig(text, file), text, file };
}

export async function runWaitHealthyCommand(argv: string[], out: Output): Promise<number> {
  const { values: v } = parseArgs({
    args: argv, strict: true, allowPositionals: false,
    options: {
      env: { type: 'string' }, app: { type: 'string' }, version: { type: 'string' }, commit: { type: 'string' },
      config: { type: 'string' }, repo: { type: 'string' }, ref: { type: 'string' },
      url: { type: 'string', multiple: true }, 'expect-version': { type: 'string' }, 'version-field': { type: 'string' },
      'expect-status': { type: 'string' }, 'body-match': { type: 'string' }, header: { type: 'string', multiple: true },
      prometheus: { type: 'string' }, query: { type: 'string' }, 'success-condition': { type: 'string' }, 'failure-condition': { type: 'string' },
      'argocd-url': { type: 'string' }, 'argocd-app': { type: 'string' },
      'flux-kind': { type: 'string' }, 'flux-name': { type: 'string' }, 'flux-namespace': { type: 'string' },
      deployment: { type: 'string' }, statefulset: { type: 'string' }, daemonset: { type: 'string' }, rollout: { type: 'string' },
      namespace: { type: 'string' }, kubeconfig: { type: 'string' }, context: { type: 'string' },
      'initial-delay': { type: 'string' }, interval: { type: 'string' }, timeout: { type: 'string' }, 'request-timeout': { type: 'string' },
      'success-threshold': { type: 'string' }, 'failure-limit': { type: 'string' }, 'inconclusive-limit': { type: 'string' },
      json: { type: 'boolean', default: false }, summary: { type: 'string' }, verbose: { type: 'boolean', default: false },
    },
  });
  if (v.env === undefined) throw new UserError(`wait-healthy needs --env ENV; ${WAIT_HEALTHY_USAGE}`);
  const env = checkName('--env', v.env);
  const app = v.app === undefined ? undefined : checkName('--app', v.app);
  const version = v.version === undefined ? undefined : checkVersion('--version', v.version);
  const commit = v.commit === undefined ? undefined : checkCommit('--commit', v.commit);
  if (v['expect-version'] !== undefined) checkVersion('--expect-version', v['expect-version']);
  const adhoc = adhocSpec({
    urls: v.url, expectVersion: v['expect-version'], versionField: v['version-field'], expectStatus: v['expect-status'], bodyMatch: v['body-match'],
    headers: v.header ? parseHeaderLines(v.header, '--header') : undefined,
    prometheus: v.prometheus, query: v.query, successCondition: v['success-condition'], failureCondition: v['failure-condition'],
    argocdUrl: v['argocd-url'], argocdApp: v['argocd-app'], fluxKind: v['flux-kind'], fluxName: v['flux-name'], fluxNamespace: v['flux-namespace'],
    deployment: v.deployment, statefulset: v.statefulset, daemonset: v.daemonset, rollout: v.rollout,
    namespace: v.namespace, kubeconfig: v.kubeconfig, context: v.context,
    initialDelay: v['initial-delay'], interval: v.interval, timeout: v.timeout, requestTimeout: v['request-timeout'],
    successThreshold: v['success-threshold'], failureLimit: v['failure-limit'], inconclusiveLimit: v['inconclusive-limit'],
  }, (name) => `--${name}`);
  const repo = resolve(v.repo ?? '.');
  const config = await readConfig(repo, v.config, v.ref, out);
  const plan = planWaitHealthy({ env, app, version, commit, config, adhoc, environ: process.env, kubeconfig: v.kubeconfig });
  const logger = cliLogger(out, v.verbose);
  const history = await configLineage({ cwd: repo, commit: comparesCommits(plan.checks) ? commit : undefined, token: tokenFromEnv(), logger });
  const http = nodeHttp();
  try {
    const r = await runWaitHealthy({
      env, app, version, commit: history.commit ?? commit, checks: plan.checks, timing: plan.timing, http, kube: kubectlPort(),
      lineage: history.lineage, logger, whereOf: plan.whereOf,
    });
    if (v.summary) writeFileSync(v.summary, r.summary);
    if (v.json) {
      const samples = JSON.parse(r.outputs.samples as string) as unknown;
      out.stdout(JSON.stringify({ verdict: r.verdict, healthy: r.healthy, reason: r.outputs.reason, observedVersion: r.outputs['observed-version'], samples }));
    } else out.stdout(r.outputs.reason as string);
    return r.exitCode;
  } finally {
    http.close();
    await history.dispose();
  }
}
