// wait-healthy's argocd, flux and kubernetes checks: the built CLI under Node 24 against an Argo CD API double and
// a Kubernetes API double (HTTPS, bearer token) read through the real kubectl. The objects served are the shapes
// the real servers return (see helpers/health-doubles.ts for where each comes from); what a live cluster and a live
// Argo CD do is not exercised here (docs/wait-healthy.md says what is and is not tested).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliBundle, type CliRun } from './helpers/action-runner.js';
import { argoApplication, argoDouble, deployment, fluxKustomization, helmRelease, kubeDouble, makeCerts, writeKubeconfig, type Certs, type Served } from './helpers/health-doubles.js';

const COMMIT = '3f2a9c1d5e7b8a6f4c2d1e0f9a8b7c6d5e4f3a2b';
const OLD = '0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e';
const ARGO_TOKEN = 'argo-token-7c1f9e2d';
const KUBE_TOKEN = 'kube-token-5b8a3c0e';

let dir: string;
let certs: Certs;
const servers: Served[] = [];
let kubeconfig: string;
/** Requests seen per path, so objects move on as a rollout would. */
const seen: Record<string, number> = {};
const step = (path: string): number => (seen[path] = (seen[path] ?? 0) + 1);
const at = <T>(list: T[], n: number): T => list[Math.min(n, list.length) - 1] as T;

const argoApps: Record<string, () => unknown> = {
  'web-prod': () => at([
    argoApplication('web-prod', { sync: 'Synced', revision: OLD, health: 'Healthy' }),
    argoApplication('web-prod', { sync: 'OutOfSync', revision: OLD, health: 'Healthy' }),
    argoApplication('web-prod', { sync: 'Synced', revision: COMMIT, health: 'Progressing', message: 'Waiting for rollout to finish: 1 of 3 updated replicas are available...' }),
    argoApplication('web-prod', { sync: 'Synced', revision: COMMIT, health: 'Healthy' }),
  ], step('argo/web-prod')),
  'multi-prod': () => argoApplication('multi-prod', { sync: 'Synced', revisions: ['6.5.3', COMMIT], health: 'Healthy' }),
  'broken-prod': () => argoApplication('broken-prod', { sync: 'Synced', revision: COMMIT, health: 'Degraded', message: 'Deployment "web" exceeded its progress deadline' }),
};

const kubeObjects: Record<string, () => unknown> = {
  '/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/flux-system/kustomizations/apps': () => at([
    fluxKustomization('apps', { applied: `main@sha1:${OLD}`, ready: 'True', reason: 'ReconciliationSucceeded' }),
    fluxKustomization('apps', { applied: `main@sha1:${OLD}`, attempted: `main@sha1:${COMMIT}`, ready: 'Unknown', reason: 'Progressing', message: 'Reconciliation in progress' }),
    fluxKustomization('apps', { applied: `main@sha1:${COMMIT}`, ready: 'True', reason: 'ReconciliationSucceeded' }),
  ], step('ks/apps')),
  '/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/flux-system/kustomizations/failing': () =>
    fluxKustomization('failing', { applied: `main@sha1:${OLD}`, attempted: `main@sha1:${COMMIT}`, ready: 'False', reason: 'HealthCheckFailed', message: 'health check failed after 5m0s: timeout waiting for: [Deployment/prod/web status: \'InProgress\']' }),
  '/apis/helm.toolkit.fluxcd.io/v2/namespaces/flux-system/helmreleases/web': () => at([
    helmRelease('web', { generation: 7, observed: 6, ready: 'True', reason: 'UpgradeSucceeded' }),
    helmRelease('web', { generation: 7, observed: 7, ready: 'True', reason: 'UpgradeSucceeded' }),
  ], step('hr/web')),
  '/apis/apps/v1/namespaces/prod/deployments/web': () => at([
    deployment('web', 'prod', { tag: 'v1.2.2' }),
    deployment('web', 'prod', { tag: 'v1.2.3', generation: 5, observed: 4 }),
    deployment('web', 'prod', { tag: 'v1.2.3', generation: 5, updated: 1, available: 3, total: 4 }),
    deployment('web', 'prod', { tag: 'v1.2.3', generation: 5, updated: 3, available: 2 }),
    deployment('web', 'prod', { tag: 'v1.2.3', generation: 5 }),
  ], step('deploy/web')),
  '/apis/apps/v1/namespaces/prod/deployments/stuck': () => deployment('stuck', 'prod', { tag: 'v1.2.3', updated: 1, deadlineExceeded: true }),
};

let argo: Served;
let kube: Served;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gitops-promote-wh-gitops-'));
  certs = makeCerts();
  argo = await argoDouble(ARGO_TOKEN, () => new Proxy({}, { get: (_t, p: string) => argoApps[p]?.() }) as Record<string, unknown>);
  servers.push(argo);
  kube = await kubeDouble(certs, KUBE_TOKEN, () => new Proxy({}, { get: (_t, p: string) => kubeObjects[p]?.() }) as Record<string, unknown>);
  servers.push(kube);
  kubeconfig = writeKubeconfig(dir, kube.url, certs.ca, KUBE_TOKEN);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  certs?.cleanup();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const wait = (args: string[], env: Record<string, string> = {}, cwd = dir): Promise<CliRun> =>
  runCliBundle(['wait-healthy', '--env', 'prod', '--interval', '200ms', '--json', ...args], cwd, env);
const out = (r: CliRun): { healthy: boolean; outcome: string; reason: string; observedVersion: string } => {
  try {
    return JSON.parse(r.stdout) as { healthy: boolean; outcome: string; reason: string; observedVersion: string };
  } catch {
    throw new Error(`not JSON: exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  }
};

describe('wait-healthy: Argo CD', () => {
  it('waits for the app to sync the commit and turn Healthy; multi-source apps; Degraded fails; a bad token stops at once', async () => {
    const [ok, multi, degraded, denied] = await Promise.all([
      wait(['--argocd-url', argo.url, '--argocd-app', 'web-prod', '--commit', COMMIT, '--success-threshold', '2', '--timeout', '15s'], { ARGOCD_TOKEN: ARGO_TOKEN }),
      wait(['--argocd-url', argo.url, '--argocd-app', 'multi-prod', '--commit', COMMIT.slice(0, 7), '--success-threshold', '1', '--timeout', '5s'], { ARGOCD_TOKEN: ARGO_TOKEN }),
      wait(['--argocd-url', argo.url, '--argocd-app', 'broken-prod', '--commit', COMMIT, '--failure-limit', '0', '--timeout', '5s'], { ARGOCD_TOKEN: ARGO_TOKEN }),
      wait(['--argocd-url', argo.url, '--argocd-app', 'web-prod', '--commit', COMMIT, '--failure-limit', '5', '--timeout', '5s'], { ARGOCD_TOKEN: 'not-the-token-1234' }),
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toContain(`waiting for argocd app web-prod to sync ${COMMIT.slice(0, 12)} (now ${OLD.slice(0, 12)})`);
    expect(ok.stderr).toContain('waiting for argocd app web-prod to be Healthy (now Progressing)');
    expect(out(ok).reason).toMatch(/^healthy: 2 consecutive samples/);
    expect(multi.code).toBe(0);
    expect(degraded.code).toBe(1);
    expect(out(degraded).reason).toBe(`unhealthy: 1 failed sample, more than failure-limit 0; last: argocd app broken-prod: Synced at ${COMMIT.slice(0, 12)}, Degraded (Deployment "web" exceeded its progress deadline)`);
    expect(denied.code).toBe(1);
    expect(out(denied).reason).toBe('unhealthy: argocd app web-prod: Argo CD refused the token (status 401); expected a token that may get application web-prod');
    for (const r of [ok, multi, degraded, denied]) expect(r.stdout + r.stderr).not.toMatch(/argo-token-7c1f9e2d|not-the-token-1234/);
    expect(argo.requests.every((q) => q.path.startsWith('/api/v1/applications/'))).toBe(true);
  });
});

describe('wait-healthy: Flux and Kubernetes through kubectl', () => {
  it('reads checks from gitops-promote.yaml: a Kustomization at the commit and a Deployment rolled out at the version', async () => {
    writeFileSync(join(dir, 'gitops-promote.yaml'), [
      'version: 1',
      'environments: [dev, prod]',
      'health:',
      '  prod:',
      '    interval: 200ms',
      '    timeout: 20s',
      '    successThreshold: 2',
      '    checks:',
      '      - type: flux',
      '        name: apps',
      `        kubeconfig: ${kubeconfig}`,
      '      - type: kubernetes',
      '        deployment: "{app}"',
      '        namespace: prod',
      `        kubeconfig: ${kubeconfig}`,
      '',
    ].join('\n'));
    const r = await wait(['--app', 'web', '--version', 'v1.2.3', '--commit', COMMIT]);
    expect(r.code).toBe(0);
    const o = out(r);
    expect(o.reason).toMatch(/^healthy: 2 consecutive samples with every check passing \(2 targets\)/);
    expect(o.observedVersion).toBe('v1.2.3');
    expect(r.stderr).toContain(`waiting for Kustomization flux-system/apps to apply ${COMMIT.slice(0, 12)} (now main@sha1:${OLD})`);
    expect(r.stderr).toMatch(/waiting for Deployment prod\/web to (run v1\.2\.3 \(now v1\.2\.2\)|observe generation 5|roll out \()/);
    expect(r.stderr).not.toContain(KUBE_TOKEN);
  });

  it('fails on a Kustomization whose attempt at the commit failed, with the config line; a HelmRelease catches up; a passed deadline and a missing Deployment', async () => {
    writeFileSync(join(dir, 'failing.yaml'), [
      'version: 1',
      'health:',
      '  prod:',
      '    checks:',
      '      - type: flux',
      '        name: failing',
      `        kubeconfig: ${kubeconfig}`,
      '',
    ].join('\n'));
    const [failing, helm, stuck, missing] = await Promise.all([
      wait(['--config', 'failing.yaml', '--commit', COMMIT, '--failure-limit', '0', '--timeout', '10s']),
      wait(['--flux-kind', 'HelmRelease', '--flux-name', 'web', '--kubeconfig', kubeconfig, '--success-threshold', '1', '--timeout', '10s']),
      wait(['--deployment', 'stuck', '--namespace', 'prod', '--kubeconfig', kubeconfig, '--version', 'v1.2.3', '--timeout', '10s']),
      wait(['--deployment', 'gone', '--namespace', 'prod', '--kubeconfig', kubeconfig, '--failure-limit', '0', '--timeout', '10s']),
    ]);
    expect(failing.code).toBe(1);
    expect(out(failing).reason).toMatch(/^unhealthy: 1 failed sample, more than failure-limit 0; last: Kustomization flux-system\/failing: Ready=False HealthCheckFailed: health check failed after 5m0s/);
    expect(failing.err).toContain(`error: failing.yaml:5: ${out(failing).reason}`);
    expect(helm.code).toBe(0);
    expect(helm.stderr).toContain('waiting for HelmRelease flux-system/web to reconcile generation 7 (now 6)');
    expect(stuck.code).toBe(1);
    expect(out(stuck).reason).toBe('unhealthy: Deployment prod/stuck: rollout exceeded its progress deadline: ReplicaSet "stuck-7d4b9c" has timed out progressing.');
    expect(missing.code).toBe(1);
    expect(out(missing).reason).toMatch(/last: Deployment prod\/gone: kubectl: Error from server \(NotFound\): deployments "gone" not found$/);
  });

  it('a wrong kubeconfig token is refused by the API server and stops at once', async () => {
    const bad = writeKubeconfig(mkdtempSync(join(dir, 'kc-')), kube.url, certs.ca, 'wrong-token-42');
    const r = await wait(['--deployment', 'web', '--namespace', 'prod', '--kubeconfig', bad, '--failure-limit', '5', '--timeout', '10s']);
    expect(r.code).toBe(1);
    expect(out(r).reason).toMatch(/^unhealthy: Deployment prod\/web: kubectl: .*Unauthorized/);
  });
});
